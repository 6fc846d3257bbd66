"""Item models for the table import wizard: the preview, the column mapping, the problems.

The whole-file check the summary page runs is `services.table_import.check_rows`.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from casebench.domain.schema import get_schema
from casebench.domain.values import PropType
from casebench.services.table_import import CellError, Preview, PreviewRow
from casebench.ui.common import plain_tooltips
from casebench.ui.labels import prop_label, schema_label

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#f8d7da")
ERROR_FOREGROUND = QColor("#8a1c1c")


# -- property choices -------------------------------------------------------------------------------
def property_choices(schema_name: str) -> list[tuple[str, str]]:
    """(path, label) a column can feed in ``schema_name``: its own values and linked entities'."""
    try:
        schema = get_schema(schema_name)
    except ValueError:
        return []
    own: list[tuple[str, str]] = []
    linked: list[tuple[str, str]] = []
    for name, prop in schema.properties.items():
        if prop.type is not PropType.ENTITY:
            own.append((name, prop_label(schema.name, name)))
            continue
        try:
            target = get_schema(prop.range or "Thing")
        except ValueError:
            continue
        head = prop_label(schema.name, name)
        for sub, sp in target.properties.items():
            if sp.type is not PropType.ENTITY:
                linked.append((f"{name}.{sub}", f"{head} › {prop_label(target.name, sub)}"))
    own.sort(key=lambda c: c[1].casefold())
    linked.sort(key=lambda c: c[1].casefold())
    return own + linked


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
@plain_tooltips
class PreviewModel(QAbstractTableModel):
    """The first rows as read; a failing cell is tinted and its reason is the tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.header: list[str] = []
        self.rows: list[PreviewRow] = []

    def set_preview(self, preview: Preview | None) -> None:
        self.beginResetModel()
        self.header = list(preview.header) if preview else []
        self.rows = list(preview.rows) if preview else []
        self.endResetModel()

    def failing_cells(self) -> int:
        return sum(len(r.errors) for r in self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def error(self, row: int, column: int) -> str:
        r = self.rows[row]
        if not r.errors:
            return ""
        name = self.header[column] if 0 <= column < len(self.header) else ""
        return r.errors.get(name) or r.errors.get("", "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.header)):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[col] if col < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            reason = self.error(index.row(), col)
            return self.tr("Row {row}: {reason}").format(row=row.number, reason=reason) if reason else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ERROR_BACKGROUND) if self.error(index.row(), col) else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(ERROR_FOREGROUND) if self.error(index.row(), col) else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.header[section] if 0 <= section < len(self.header) else None
        return str(self.rows[section].number) if 0 <= section < len(self.rows) else None


# -- the mapping -------------------------------------------------------------------------------------------
class MCol(enum.IntEnum):
    COLUMN = 0
    SAMPLE = 1
    PROPERTY = 2


@plain_tooltips
class MappingModel(QAbstractTableModel):
    """One row per column of the file; PROPERTY (editable) is where its cells go.

    A column may feed several properties (a saved specification can say so); choosing a
    property in the window replaces them with that one; "" leaves the column out.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.schema = ""
        self.columns: list[str] = []
        self.samples: list[str] = []
        self.props: list[list[str]] = []

    def set_columns(self, header: list[str], samples: list[str]) -> None:
        self.beginResetModel()
        old = dict(zip(self.columns, self.props, strict=True))
        self.columns = list(header)
        self.samples = [samples[i] if i < len(samples) else "" for i in range(len(header))]
        self.props = [list(old.get(c, [])) for c in self.columns]
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MCol)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == MCol.PROPERTY:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.columns)):
            return None
        r, col = index.row(), MCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is MCol.COLUMN:
                return self.columns[r]
            if col is MCol.SAMPLE:
                return self.samples[r]
            if not self.props[r]:
                return self.tr("(not imported)")
            return ", ".join(path_label(self.schema, p) for p in self.props[r])
        if role == Qt.ItemDataRole.EditRole:
            if col is MCol.PROPERTY:
                return self.props[r][0] if self.props[r] else ""
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole and col is MCol.PROPERTY:
            return ", ".join(self.props[r]) or None
        if role == Qt.ItemDataRole.ForegroundRole and col is MCol.PROPERTY and not self.props[r]:
            return QBrush(QColor("#777777"))
        return None

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

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(MCol):
            return None
        return (self.tr("Column in the file"), self.tr("First value"),
                self.tr("Becomes ({schema})").format(schema=schema_label(self.schema)))[section]


# -- problems ----------------------------------------------------------------------------------------------
class PCol(enum.IntEnum):
    ROW = 0
    COLUMN = 1
    REASON = 2


@plain_tooltips
class ProblemModel(QAbstractTableModel):
    """Rows with problems: row number (as a spreadsheet shows it), column, reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.errors: list[CellError] = []

    def set_errors(self, errors: list[CellError]) -> None:
        self.beginResetModel()
        self.errors = list(errors)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.errors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PCol)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.errors)):
            return None
        e = self.errors[index.row()]
        col = PCol(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col is PCol.ROW:
                return str(e.row)
            if col is PCol.COLUMN:
                return e.column or self.tr("(whole row)")
            return e.reason
        if role == Qt.ItemDataRole.ForegroundRole and col is PCol.REASON:
            return QBrush(ERROR_FOREGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and col is PCol.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(PCol):
            return None
        return (self.tr("Row"), self.tr("Column"), self.tr("Problem"))[section]
