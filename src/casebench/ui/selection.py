"""The one owner of the case's "current selection" shared by the list, timeline and chart.

Views tell the owner what the user selected (``set``); the owner applies it to the other
views through their ``select_entity`` / ``select_entities`` methods, which must mark the
entities without emitting anything back. While a change is being applied, further changes
are ignored, so a view that does emit while being updated cannot start a loop
(chart → list → editor → chart used to recurse until ``RecursionError``).

Selecting never opens an entity and never writes to the audit log: only an opening the
user asked for (double-click, Enter, a click in the list) does, once.

A view may decline selections from some sources (``register(..., skip=)``): the link chart
keeps the entities the user picked on it when an entity is opened on another page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

Apply = Callable[[list[str]], None]


class SelectionOwner(QObject):
    changed = Signal(list)  # the ids now selected, in the order they were picked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ids: list[str] = []
        self._views: dict[str, Apply] = {}
        self._skips: dict[str, frozenset[str]] = {}
        self._applying = False

    def register(self, name: str, apply: Apply, *, skip: Iterable[str] = ()) -> None:
        """``apply(ids)`` marks ids in view ``name``; it must not call ``set`` back (it may).
        Selections ``set`` from a source in ``skip`` are not applied to it."""
        self._views[name] = apply
        self._skips[name] = frozenset(skip)

    @property
    def applying(self) -> bool:
        return self._applying

    def set(self, ids: list[str], source: str = "") -> None:
        ids = list(dict.fromkeys(ids))
        if self._applying or ids == self.ids:
            return
        self.ids = ids
        self._applying = True
        try:
            for name, apply in self._views.items():
                if name != source and source not in self._skips.get(name, frozenset()):
                    apply(list(ids))
            self.changed.emit(list(ids))
        finally:
            self._applying = False

    def clear(self) -> None:
        self.set([])
