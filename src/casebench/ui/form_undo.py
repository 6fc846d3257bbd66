"""Undo and redo of the values typed into an entity's form, before they are saved.

One `QUndoStack` per entity editor, emptied when the form is (saved, discarded, another
entity shown, the case closed or locked: its steps hold what was typed). A step is one
value changed (recorded when its field is left or Enter is pressed, not per keystroke), or
one value added with "+" or taken away with "−". Steps name their field by property and
place, not by widget, so they survive the form being rebuilt (a language switch).
"""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack

from casebench.ui.fields import FieldState, PropertyRow, ValueField

EMPTY: FieldState = ("", "")


class Kind(enum.Enum):
    EDIT = "edit"
    ADD = "add"
    REMOVE = "remove"


class Step(QUndoCommand):
    def __init__(self, form: FormUndo, kind: Kind, prop: str, index: int,
                 before: FieldState, after: FieldState) -> None:
        super().__init__()
        self.form = form
        self.kind = kind
        self.prop = prop
        self.index = index
        self.before = before
        self.after = after
        self._done = kind is Kind.EDIT  # an edit is on screen already when it is recorded
        self.setText(form.what(self))

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.form.apply(self, forward=True)

    def undo(self) -> None:
        self.form.apply(self, forward=False)


class FormUndo(QObject):
    """The form's steps. ``rows`` finds the form's row of a property (the rows change when
    the form is rebuilt); ``label`` names a property for the Edit menu."""

    def __init__(self, rows: Callable[[str], PropertyRow], label: Callable[[str], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.label = label
        self.stack = QUndoStack(self)
        self.watched: list[PropertyRow] = []
        self._applying = False

    def watch(self, row: PropertyRow) -> None:
        row.recorded = True
        row.fieldEdited.connect(lambda field, before, after: self._edited(row, field, before, after))
        row.addAsked.connect(lambda: self.add(row))
        row.removeAsked.connect(lambda field: self.remove(row, field))
        row.undoAsked.connect(self.undo)
        row.redoAsked.connect(self.redo)
        self.watched.append(row)

    def forget_rows(self) -> None:
        self.watched = []

    # -- recording -------------------------------------------------------------------------
    def _edited(self, row: PropertyRow, field: ValueField, before: FieldState, after: FieldState) -> None:
        if self._applying or field not in row.fields or row not in self.watched:
            return
        self.stack.push(Step(self, Kind.EDIT, row.prop.name, row.fields.index(field), before, after))

    def add(self, row: PropertyRow) -> None:
        self.commit_pending()
        self.stack.push(Step(self, Kind.ADD, row.prop.name, len(row.fields), EMPTY, EMPTY))

    def remove(self, row: PropertyRow, field: ValueField) -> None:
        self.commit_pending()  # what was typed in it comes back with it
        if field not in row.fields[1:]:
            return
        self.stack.push(Step(self, Kind.REMOVE, row.prop.name, row.fields.index(field), field.state(), EMPTY))

    def commit_pending(self) -> None:
        """Typing not yet recorded (the field still has the cursor) becomes a step."""
        for row in self.watched:
            for field in list(row.fields):
                field.commit()

    # -- stepping --------------------------------------------------------------------------
    def undo(self) -> None:
        self.commit_pending()
        self.stack.undo()

    def redo(self) -> None:
        self.commit_pending()
        self.stack.redo()

    def clear(self) -> None:
        """Forget every step (saved, discarded, another entity): they hold what was typed."""
        self.stack.clear()

    def apply(self, step: Step, *, forward: bool) -> None:
        row = self.rows(step.prop)
        self._applying = True
        try:
            field: ValueField | None
            if step.kind is Kind.EDIT:
                field = row.fields[step.index] if step.index < len(row.fields) else None
                if field is not None:
                    field.restore(step.after if forward else step.before)
            elif (step.kind is Kind.ADD) == forward:
                field = row.insert_field(step.index, step.before)
            else:
                row.remove_at(step.index)
                field = row.fields[min(step.index, len(row.fields)) - 1]
        finally:
            self._applying = False
        if field is not None:
            # where the change happened: in view, with the cursor (all properties shown if needed)
            reveal = getattr(self.parent(), "reveal", None)
            if callable(reveal):
                reveal(field)
            field.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- words -----------------------------------------------------------------------------
    def what(self, step: Step) -> str:
        """The step in words, in the window's language now ("Undo <what>" in the Edit menu)."""
        prop = self.label(step.prop)
        if step.kind is Kind.ADD:
            return self.tr("adding a value to “{property}”").format(property=prop)
        if step.kind is Kind.REMOVE:
            return self.tr("removing a value from “{property}”").format(property=prop)
        return self.tr("typing in “{property}”").format(property=prop)

    def next_undo(self) -> str:
        """What Undo would take back, in words; '' when nothing."""
        step = self.stack.command(self.stack.index() - 1) if self.stack.canUndo() else None
        return self.what(step) if isinstance(step, Step) else ""

    def next_redo(self) -> str:
        step = self.stack.command(self.stack.index()) if self.stack.canRedo() else None
        return self.what(step) if isinstance(step, Step) else ""

    def retranslate(self) -> None:
        for i in range(self.stack.count()):
            step = self.stack.command(i)
            if isinstance(step, Step):
                step.setText(self.what(step))
