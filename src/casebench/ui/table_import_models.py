"""Item models for the table import wizard: the preview, the column mapping, the problems.

The whole-file check the summary page runs is `services.table_import.check_rows`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from casebench.domain.schema import get_schema
from casebench.domain.values import PropType
from casebench.services.table_import import CellError, Preview, PreviewRow, column_targets
from casebench.ui.common import plain_error
from casebench.ui.labels import prop_label, schema_label
from casebench.ui.table_base import Column, Index, TableModel

ERROR_BACKGROUND = QColor("#f8d7da")
ERROR_FOREGROUND = QColor("#8a1c1c")


# -- property choices -------------------------------------------------------------------------------
def property_choices(schema_name: str) -> list[tuple[str, str]]:
    """(path, label) a column can feed in ``schema_name``: its own values, then linked
    entities' that identify that end (`column_targets` decides which), each by label."""
    own: list[tuple[str, str]] = []
    linked: list[tuple[str, str]] = []
    for path in column_targets(schema_name):
        (linked if "." in path else own).append((path, path_label(schema_name, path)))
    own.sort(key=lambda c: c[1].casefold())
    linked.sort(key=lambda c: c[1].casefold())
    return own + linked


def reads_numbers(schema_name: str) -> bool:
    """Whether a column can feed a number whose decimal mark must be known (an amount, a capital,
    a tonnage, a latitude). A call's duration alone does not count: it is whole seconds or
    h:mm:ss, read without one."""
    try:
        schema = get_schema(schema_name)
    except ValueError:
        return False
    return any(p in schema.properties and schema.properties[p].type is PropType.NUMBER and p != "duration"
               for p in column_targets(schema_name))


def path_label(schema_name: str, path: str) -> str:
    head, dot, tail = path.partition(".")
    if not dot:
        return prop_label(schema_name, head)
    try:
        target = get_schema(get_schema(schema_name).get(head).range or "Thing").name
    except ValueError:
        return path
    return f"{prop_label(schema_name, head)} › {prop_label(target, tail)}"


# -- the preview -----------------------------------------------------------------------------------------
class PreviewModel(TableModel[PreviewRow]):
    """The first rows as read; a failing cell is tinted and its reason is the tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.header: list[str] = []

    @property
    def rows(self) -> list[PreviewRow]:
        return self._rows

    def set_preview(self, preview: Preview | None) -> None:
        self.header = list(preview.header) if preview else []
        # the file's own column names: shown as written, never translated (header_label)
        self.column_specs = [self._column(i, name) for i, name in enumerate(self.header)]
        self.set_rows(preview.rows if preview else [])

    def _column(self, col: int, name: str) -> Column[PreviewRow]:
        def tip(row: PreviewRow) -> str | None:
            reason = self._reason(row, col)
            return self.tr("Row {row}: {reason}").format(row=row.number, reason=reason) if reason else None

        def tint(row: PreviewRow, role: int) -> Any:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ERROR_BACKGROUND) if self._reason(row, col) else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ERROR_FOREGROUND) if self._reason(row, col) else None
            return None

        return Column(name, lambda row: row.cells[col] if col < len(row.cells) else "", tooltip=tip, roles=tint)

    def failing_cells(self) -> int:
        return sum(len(r.errors) for r in self._rows)

    def error(self, row: int, column: int) -> str:
        r = self.row(row)
        return self._reason(r, column) if r is not None else ""

    def _reason(self, r: PreviewRow, column: int) -> str:
        if not r.errors:
            return ""
        name = self.header[column] if 0 <= column < len(self.header) else ""
        if name not in r.errors:
            name = ""
        cause = r.causes.get(name)
        return plain_error(cause) if cause is not None else r.errors.get(name, "")

    def header_label(self, section: int) -> str:
        return self.header[section]

    def vertical_label(self, section: int) -> Any:
        return str(self._rows[section].number)  # the row number a spreadsheet shows


# -- the mapping -------------------------------------------------------------------------------------------
class MCol(enum.IntEnum):
    COLUMN = 0
    SAMPLE = 1
    PROPERTY = 2


class MappingModel(TableModel[int]):
    """One row per column of the file; PROPERTY (editable) is where its cells go.

    A column may feed several properties (a saved specification can say so); choosing a
    property in the window replaces them with that one; "" leaves the column out. A row is
    the number of a column of the file: ``columns``, ``samples`` and ``props`` run in parallel.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.schema = ""
        self.columns: list[str] = []
        self.samples: list[str] = []
        self.props: list[list[str]] = []
        # columns the page uses outside the mapping (the time of the date, the D/C column): what
        # for, in the window's words, so "Becomes" does not call them "(not imported)"
        self.uses: dict[str, str] = {}
        self.column_specs = (
            Column(QT_TRANSLATE_NOOP("MappingModel", "Column in the file"), lambda r: self.columns[r],
                   roles=self._same_edit(lambda r: self.columns[r])),
            Column(QT_TRANSLATE_NOOP("MappingModel", "First value"), lambda r: self.samples[r],
                   roles=self._same_edit(lambda r: self.samples[r])),
            Column(QT_TRANSLATE_NOOP("MappingModel", "Becomes ({schema})"), self._targets,
                   tooltip=lambda r: ", ".join(self.props[r]) or None, roles=self._target_roles),
        )

    def _reset(self) -> None:
        self._rows = list(range(len(self.columns)))

    def set_columns(self, header: list[str], samples: list[str]) -> None:
        self.beginResetModel()
        old = dict(zip(self.columns, self.props, strict=True))
        self.columns = list(header)
        self.samples = [samples[i] if i < len(samples) else "" for i in range(len(header))]
        self.props = [list(old.get(c, [])) for c in self.columns]
        self._reset()
        self.endResetModel()

    def set_schema(self, schema: str) -> None:
        if schema == self.schema:
            return
        self.beginResetModel()
        self.schema = schema
        self.props = [[] for _ in self.columns]
        self.endResetModel()

    def set_mapping(self, schema: str, pairs: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.schema = schema
        self.props = [[] for _ in self.columns]
        where = {c: i for i, c in enumerate(self.columns)}
        for column, prop in pairs:
            if column in where and prop not in self.props[where[column]]:
                self.props[where[column]].append(prop)
        self.endResetModel()

    def pairs(self) -> list[tuple[str, str]]:
        return [(c, p) for c, ps in zip(self.columns, self.props, strict=True) for p in ps]

    def set_property(self, column: str, prop: str) -> bool:
        if column not in self.columns:
            return False
        return self.setData(self.index(self.columns.index(column), MCol.PROPERTY), prop)

    def header_label(self, section: int) -> str:
        text = super().header_label(section)
        return text.format(schema=schema_label(self.schema)) if section == MCol.PROPERTY else text

    @staticmethod
    def _same_edit(text: Callable[[int], str]) -> Callable[[int, int], Any]:
        return lambda r, role: text(r) if role == Qt.ItemDataRole.EditRole else None

    def set_uses(self, uses: dict[str, str]) -> None:
        """``uses``: column → what the page uses it for (`uses`); shown under "Becomes"."""
        if uses == self.uses:
            return
        self.uses = dict(uses)
        if self.columns:
            self.dataChanged.emit(self.index(0, MCol.PROPERTY), self.index(len(self.columns) - 1, MCol.PROPERTY),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole])

    def _targets(self, r: int) -> str:
        parts = [path_label(self.schema, p) for p in self.props[r]]
        use = self.uses.get(self.columns[r], "")
        if use:
            parts.append(use)
        return ", ".join(parts) or self.tr("(not imported)")

    def _target_roles(self, r: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole:
            return self.props[r][0] if self.props[r] else ""
        if role == Qt.ItemDataRole.ForegroundRole and not self.props[r] and self.columns[r] not in self.uses:
            return QBrush(QColor("#777777"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == MCol.PROPERTY:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != MCol.PROPERTY \
                or not (0 <= index.row() < len(self.columns)):
            return False
        text = str(value or "").strip()
        new = [text] if text else []
        if new == self.props[index.row()]:
            return True
        self.props[index.row()] = new
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True


# -- problems ----------------------------------------------------------------------------------------------
class PCol(enum.IntEnum):
    ROW = 0
    COLUMN = 1
    REASON = 2


def _reason(e: CellError) -> str:
    """A value's own error worded by its code (in the window's language), else the reason as read."""
    return plain_error(e.cause) if e.cause is not None else e.reason


class ProblemModel(TableModel[CellError]):
    """Rows with problems: row number (as a spreadsheet shows it), column, reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.column_specs = (
            Column(QT_TRANSLATE_NOOP("ProblemModel", "Row"), lambda e: str(e.row), tooltip=lambda e: str(e.row),
                   align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(QT_TRANSLATE_NOOP("ProblemModel", "Column"), self._column, tooltip=self._column),
            Column(QT_TRANSLATE_NOOP("ProblemModel", "Problem"), _reason, tooltip=_reason,
                   roles=lambda e, role: QBrush(ERROR_FOREGROUND) if role == Qt.ItemDataRole.ForegroundRole
                   else None),
        )

    def _column(self, e: CellError) -> str:
        return e.column or self.tr("(whole row)")

    @property
    def errors(self) -> list[CellError]:
        return self._rows

    def set_errors(self, errors: list[CellError]) -> None:
        self.set_rows(errors)
