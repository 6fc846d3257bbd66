"""Back and Forward across the pages of the open case (section, navigator entry, entity).

A location is ``(section, arg, item)``: the navigator section ("entities", "exhibits" …),
its entry (the entity group or forum tab) and the entity or exhibit shown on it, if any.
Opening an entity right after choosing its section replaces that step rather than adding
one, so Back from an entity goes to where the user was before, not to an empty editor.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

Location = tuple[str, int, str | None]
LIMIT = 200  # steps kept; older ones are dropped


class History(QObject):
    changed = Signal()  # can_back / can_forward may have changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps: list[Location] = []
        self.index = -1

    @property
    def current(self) -> Location | None:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def can_back(self) -> bool:
        return self.index > 0

    def can_forward(self) -> bool:
        return self.index < len(self.steps) - 1

    def push(self, loc: Location) -> None:
        cur = self.current
        if cur == loc:
            return
        del self.steps[self.index + 1:]  # a new step after Back drops the forward steps
        if cur is not None and cur[2] is None and loc[2] is not None and cur[:2] == loc[:2]:
            self.steps[self.index] = loc  # the section, then its entity: one step
        else:
            self.steps.append(loc)
            if len(self.steps) > LIMIT:
                del self.steps[0]
            self.index = len(self.steps) - 1
        self.changed.emit()

    def peek(self, delta: int) -> Location | None:
        """The step ``delta`` away from the current one (-1 Back, +1 Forward), without moving:
        the page is left first (the user may cancel), the history moves after."""
        i = self.index + delta
        return self.steps[i] if self.index >= 0 and 0 <= i < len(self.steps) else None

    def move(self, delta: int) -> Location | None:
        """Take the step ``delta`` away (once its page may be shown); None if there is none."""
        loc = self.peek(delta)
        if loc is not None:
            self.index += delta
            self.changed.emit()
        return loc

    def clear(self) -> None:
        self.steps, self.index = [], -1
        self.changed.emit()
