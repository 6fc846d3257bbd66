"""Input fields for property values, chosen by the property's type, validated as you type.

Validation uses the domain's own normalisation (pure functions, no case access), so what the
form accepts is exactly what the store accepts. Entity pickers search on the case worker.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.dates import DateValue
from casebench.domain.phones import read_phone
from casebench.domain.schema import Property, concrete_schemata
from casebench.domain.values import PropType, normalise
from casebench.services import entities as svc
from casebench.ui.common import plain_error, plain_tip
from casebench.ui.labels import schema_label
from casebench.ui.session import CaseSession
from casebench.ui.value_labels import country_choices, country_label

BAD_STYLE = "border: 1px solid #b00020;"
# Date precisions as shown in the hint under a date field.
_PRECISIONS = (QT_TRANSLATE_NOOP("ValueField", "year"), QT_TRANSLATE_NOOP("ValueField", "month"),
               QT_TRANSLATE_NOOP("ValueField", "day"), QT_TRANSLATE_NOOP("ValueField", "hour"),
               QT_TRANSLATE_NOOP("ValueField", "minute"), QT_TRANSLATE_NOOP("ValueField", "second"))


# What a field shows: its text and, for an entity picked from the list, that entity's id.
FieldState = tuple[str, str]


def _undo_key(event: QKeyEvent) -> str:
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo):
        return "redo"
    return ""


class _FormKeys:
    """Ctrl+Z / Ctrl+Shift+Z step the entity's form, not only the field's own typing (a text
    field takes those keys before any window shortcut sees them); leaving the field (not for
    a popup: the list of entities found, a menu) records its value as one step. The signals
    (undoAsked, redoAsked, left) are each field class's own: Qt makes them per class."""

    def _emit(self, signal: str) -> None:
        getattr(self, signal).emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = _undo_key(event)
        if key:
            self._emit("undoAsked" if key == "undo" else "redoAsked")
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # type: ignore[misc]
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._emit("left")


class FieldLine(_FormKeys, QLineEdit):
    """A value's line; Enter records it too."""

    undoAsked = Signal()
    redoAsked = Signal()
    left = Signal()


class FieldText(_FormKeys, QPlainTextEdit):
    """A long value (notes, an address): Enter is a new line here, so only leaving the field
    records it."""

    undoAsked = Signal()
    redoAsked = Signal()
    left = Signal()


class ValueField(QWidget):
    """One value of one property: `value()` (raw text), `problem()` ('' when valid).

    `edited(before, after)` says the user changed what the field shows (one step of the
    form's undo); `restore(state)` puts a recorded state back without recording it."""

    changed = Signal()
    edited = Signal(object, object)
    undoAsked = Signal()
    redoAsked = Signal()

    def __init__(self, prop: Property, region: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prop = prop
        self.region = region
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        self.editor = self._make_editor()
        lay.addWidget(self.editor)
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.hint.setStyleSheet("color: palette(mid); font-size: 85%;")
        self.hint.hide()
        lay.addWidget(self.hint)
        keys: FieldLine | FieldText | None = None
        if isinstance(self.editor, (FieldLine, FieldText)):
            keys = self.editor
        elif isinstance(self.editor, QComboBox):
            line = self.editor.lineEdit()
            keys = line if isinstance(line, FieldLine) else None
            self.editor.activated.connect(lambda _i: self.commit())  # picked from the list
        if keys is not None:
            keys.undoAsked.connect(self.undoAsked)
            keys.redoAsked.connect(self.redoAsked)
            keys.left.connect(self.commit)
        if isinstance(keys, FieldLine):
            keys.returnPressed.connect(self.commit)
        self._committed: FieldState = self.state()

    def _make_editor(self) -> QWidget:
        edit = FieldLine()
        if self.prop.type is PropType.DATE:
            edit.setPlaceholderText(self.tr("e.g. 1980, 1980-05, 1980-05-17, ~1980"))
        elif self.prop.type is PropType.PHONE:
            edit.setPlaceholderText(self.tr("e.g. +34 600 123 456"))
        edit.textChanged.connect(self._on_change)
        return edit

    def value(self) -> str:
        assert isinstance(self.editor, QLineEdit)
        return self.editor.text().strip()

    def set_value(self, text: str) -> None:
        assert isinstance(self.editor, QLineEdit)
        self.editor.setText(text)

    def clear(self) -> None:
        self.set_value("")
        self._committed = self.state()

    # -- steps of the form's undo ----------------------------------------------------------
    def state(self) -> FieldState:
        return (self._shown(), "")

    def _shown(self) -> str:
        editor = self.editor
        if isinstance(editor, QLineEdit):
            return editor.text()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        if isinstance(editor, QComboBox):
            return editor.currentText()
        return ""

    def restore(self, state: FieldState) -> None:
        self._committed = state  # first: the change it makes is not a new step
        self.set_value(state[0])

    def commit(self) -> None:
        """Record what the user changed since the last step, if anything."""
        now = self.state()
        if now != self._committed:
            before, self._committed = self._committed, now
            self.edited.emit(before, now)

    def problem(self) -> str:
        raw = self.value()
        if not raw:
            return ""
        try:
            normalise(self.prop.type, raw, default_region=self.region)
        except ValueError as exc:
            return plain_error(exc)  # worded by its code, in the window's language
        return ""

    def _explain(self, raw: str) -> str:
        """What the value will be stored as, when that differs from what was typed."""
        try:
            norm = normalise(self.prop.type, raw, default_region=self.region)
        except ValueError:
            return ""
        if self.prop.type is PropType.DATE:
            dv = DateValue.parse(raw)
            return self.tr("→ {value} ({precision} precision)").format(
                value=dv.format(), precision=self.tr(dv.precision.name.lower()))
        if self.prop.type is PropType.PHONE and norm.flag:
            return self._phone_kept(raw)
        if self.prop.type is PropType.COUNTRY:
            return "→ " + country_label(norm.value)
        if norm.value != raw:
            return "→ " + norm.value
        return ""

    def _phone_kept(self, raw: str) -> str:
        """Why a phone number is kept as written: the user must know no number was chosen."""
        reading = read_phone(raw, self.region)
        if reading.why == "trunk zero":
            return self.tr("Kept as written, not normalised: the (0) after the country code may be part of "
                           "the number in that country ({options}). Write it with + and the country code, "
                           "without the brackets.").format(options=", ".join(reading.options) or "-")
        if reading.kind == "ambiguous":
            return self.tr("Kept as written, not normalised: it is a valid number in more than "
                           "one reading ({options}). Write it with + and the country code to "
                           "choose one.").format(options=", ".join(reading.options))
        if reading.kind == "withheld":
            return self.tr("Kept as written: a withheld or unknown number.")
        return self.tr("Kept as written: a short code, not a full number.")

    def _on_change(self) -> None:
        raw = self.value()
        problem = self.problem()
        self.editor.setStyleSheet(BAD_STYLE if problem else "")
        self.editor.setToolTip(plain_tip(problem))
        hint = problem or (self._explain(raw) if raw else "")
        self.hint.setText(hint)
        self.hint.setStyleSheet("color: #b00020; font-size: 85%;" if problem
                                else "color: palette(mid); font-size: 85%;")
        self.hint.setVisible(bool(hint))
        self.changed.emit()


class TextField(ValueField):
    def _make_editor(self) -> QWidget:
        edit = FieldText()
        edit.setFixedHeight(60)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._on_change)
        return edit

    def value(self) -> str:
        assert isinstance(self.editor, QPlainTextEdit)
        return self.editor.toPlainText().strip()

    def set_value(self, text: str) -> None:
        assert isinstance(self.editor, QPlainTextEdit)
        self.editor.setPlainText(text)


class CountryField(ValueField):
    def _make_editor(self) -> QWidget:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setLineEdit(FieldLine())  # before the completer: the line edit owns it
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        combo.addItem("")
        for code, name in country_choices():
            combo.addItem(name, code)
        completer = QCompleter([combo.itemText(i) for i in range(combo.count())], combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setCompleter(completer)
        combo.editTextChanged.connect(self._on_change)
        return combo

    def value(self) -> str:
        assert isinstance(self.editor, QComboBox)
        text = self.editor.currentText().strip()
        # A name picked from the list is the window language's CLDR name: store its code.
        idx = self.editor.findText(text)
        return str(self.editor.itemData(idx)) if idx > 0 and self.editor.itemData(idx) else text

    def set_value(self, text: str) -> None:
        assert isinstance(self.editor, QComboBox)
        self.editor.setEditText(text)


class EntityField(ValueField):
    """Pick an entity of the property's range: type part of a name, choose from the list."""

    def __init__(self, prop: Property, session: CaseSession, region: str | None = None,
                 parent: QWidget | None = None) -> None:
        self.session = session
        self.exclude: set[str] = set()  # entities never offered (the merge dialog's own entity)
        super().__init__(prop, region, parent)
        # A child of the field: it goes with it, on the GUI thread. Unparented, it was owned by
        # the field's Python wrapper and destroyed wherever that wrapper was collected.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._search)
        rng = prop.range or "Thing"
        self.schemata = [s.name for s in concrete_schemata() if s.is_a(rng)]

    def _make_editor(self) -> QWidget:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setLineEdit(FieldLine())
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        line = combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Type part of a name to find the entity"))
        line.textEdited.connect(lambda _t: self._timer.start())
        combo.currentIndexChanged.connect(lambda _i: self._on_change())
        combo.editTextChanged.connect(lambda _t: self._on_change())
        return combo

    def _search(self) -> None:
        text = self.editor.currentText().strip() if isinstance(self.editor, QComboBox) else ""
        if not text or not self.session.is_open:
            return
        # latest request wins: typing fast must not let an older answer replace a newer one
        self.session.query("search", svc.list_entities, schema=self.schemata, text=text, limit=20,
                           on_done=self._fill)

    def _fill(self, rows: list) -> None:
        combo = self.editor
        assert isinstance(combo, QComboBox)
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        rows = [r for r in rows if r.id not in self.exclude]
        seen = Counter((r.caption, r.schema) for r in rows)
        for r in rows:
            # two people of one name are told apart by the start of their ids
            same = f" ({r.id[:8]})" if seen[(r.caption, r.schema)] > 1 else ""
            combo.addItem(f"{r.caption} — {schema_label(r.schema)}{same}", r.id)
        combo.setCurrentIndex(-1)
        combo.setEditText(typed)
        combo.blockSignals(False)
        if rows:
            combo.showPopup() if self.isVisible() else None

    def choose(self, entity_id: str, caption: str) -> None:
        combo = self.editor
        assert isinstance(combo, QComboBox)
        combo.addItem(caption, entity_id)
        combo.setCurrentIndex(combo.count() - 1)

    def value(self) -> str:
        combo = self.editor
        assert isinstance(combo, QComboBox)
        idx = combo.findText(combo.currentText())
        if idx >= 0 and combo.itemData(idx):
            return str(combo.itemData(idx))
        return combo.currentText().strip()

    def set_value(self, text: str) -> None:
        assert isinstance(self.editor, QComboBox)
        self.editor.setEditText(text)

    def state(self) -> FieldState:
        combo = self.editor
        assert isinstance(combo, QComboBox)
        text = combo.currentText()
        idx = combo.findText(text)
        data = combo.itemData(idx) if idx >= 0 else None
        return (text, str(data) if data else "")

    def restore(self, state: FieldState) -> None:
        text, entity_id = state
        self._committed = state
        combo = self.editor
        assert isinstance(combo, QComboBox)
        if not entity_id:
            combo.setEditText(text)
            return
        # the list may have been refilled by a later search: the chosen entity comes back with it
        idx = combo.findData(entity_id)
        if idx < 0:
            combo.addItem(text, entity_id)
            idx = combo.count() - 1
        combo.setCurrentIndex(idx)
        combo.setEditText(text)

    def problem(self) -> str:
        combo = self.editor
        assert isinstance(combo, QComboBox)
        text = combo.currentText().strip()
        if not text:
            return ""
        idx = combo.findText(text)
        if idx >= 0 and combo.itemData(idx):
            return ""
        return self.tr("Choose an entity from the list (type part of its name).")

    def _explain(self, raw: str) -> str:
        return ""


def make_field(prop: Property, session: CaseSession, region: str | None) -> ValueField:
    if prop.type is PropType.ENTITY:
        return EntityField(prop, session, region)
    if prop.type is PropType.COUNTRY:
        return CountryField(prop, region)
    if prop.type in (PropType.TEXT, PropType.ADDRESS):
        return TextField(prop, region)
    return ValueField(prop, region)


class PropertyRow(QWidget):
    """All new values for one property; '+' adds another (every property may hold several).

    With `recorded` set (the entity editor's form), '+' and '−' only ask (`addAsked`,
    `removeAsked`): the form's undo makes them steps and does them."""

    changed = Signal()
    fieldEdited = Signal(object, object, object)  # the field, its state before, after
    addAsked = Signal()
    removeAsked = Signal(object)  # the field
    undoAsked = Signal()
    redoAsked = Signal()

    def __init__(self, prop: Property, factory: Callable[[Property], ValueField],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prop = prop
        self.factory = factory
        self.recorded = False
        self.fields: list[ValueField] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.column = QVBoxLayout()
        self.column.setSpacing(2)
        outer.addLayout(self.column, 1)
        self.more = QToolButton()
        self.more.setText("+")
        self.more.setToolTip(self.tr("Add another value"))
        self.more.clicked.connect(self._more)
        outer.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        self.add_field()

    def _more(self) -> None:
        """'+': a new field, with the cursor in it (the user came to type a value)."""
        if self.recorded:
            self.addAsked.emit()
            return
        field = self.add_field()
        field.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _less(self, field: ValueField) -> None:
        if self.recorded:
            self.removeAsked.emit(field)
        else:
            self.remove_field(field)

    def add_field(self) -> ValueField:
        return self.insert_field(len(self.fields))

    def insert_field(self, index: int, state: FieldState | None = None) -> ValueField:
        """A field at ``index`` (the first one stays first), showing ``state`` if given."""
        field = self.factory(self.prop)
        field.changed.connect(self.changed)
        field.edited.connect(lambda before, after: self.fieldEdited.emit(field, before, after))
        field.undoAsked.connect(self.undoAsked)
        field.redoAsked.connect(self.redoAsked)
        index = max(1, min(index, len(self.fields))) if self.fields else 0
        if self.fields:  # an extra value can be taken away again
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(field, 1)
            remove = QToolButton()
            remove.setText("−")
            remove.setObjectName("removeValue")
            remove.setToolTip(self.tr("Remove this value"))
            remove.clicked.connect(lambda: self._less(field))
            line.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
            self.column.insertWidget(index, holder)
        else:
            self.column.addWidget(field)
        self.fields.insert(index, field)
        if state is not None:
            field.restore(state)
        for before, after in zip(self.fields, self.fields[1:], strict=False):
            QWidget.setTabOrder(before.editor, after.editor)  # Tab goes from one value to the next
        return field

    def remove_field(self, field: ValueField) -> None:
        if field not in self.fields[1:]:
            return
        self.remove_at(self.fields.index(field))

    def remove_at(self, index: int) -> None:
        if not 0 < index < len(self.fields):
            return
        field = self.fields.pop(index)
        holder = field.parentWidget()
        gone = holder if holder is not None and holder is not self else field
        gone.setParent(None)
        gone.deleteLater()
        self.fields[index - 1].editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def has_draft(self) -> bool:
        """Something typed that is not saved yet."""
        return any(f.value() for f in self.fields)

    def values(self) -> list[str]:
        return [f.value() for f in self.fields if f.value()]

    def problems(self) -> list[str]:
        return [p for p in (f.problem() for f in self.fields) if p]

    def states(self) -> list[FieldState]:
        return [f.state() for f in self.fields]

    def reset(self) -> None:
        for f in self.fields[1:]:
            holder = f.parentWidget()
            gone = holder if holder is not None and holder is not self else f
            gone.setParent(None)
            gone.deleteLater()
        self.fields = self.fields[:1]
        self.fields[0].clear()
