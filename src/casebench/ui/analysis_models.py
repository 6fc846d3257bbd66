"""Item models of the analysis views: the undated band (reorderable) and path steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)

from casebench.ui import captions
from casebench.ui.labels import schema_label
from casebench.ui.table_base import Column, Index, TableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_MIME = "application/x-casebench-undated-row"


Undated = tuple[str, str, str]  # id, schema, caption
Step = tuple[str, int, list[str]]  # text, path number, link ids


class UndatedModel(TableModel[Undated]):
    """Dated kinds of entity with no date yet, in the order the user gave them.

    Rows move by drag and drop (``moveRows``) or :meth:`move`; ``reordered`` then
    carries the ids in their new order so the view can store it.
    """

    reordered = Signal(list)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # one column (a list view) without a header; the text numbers the row (its place)
        self.column_specs = (Column("", self._text, tooltip=self._tip),)

    def ids(self) -> list[str]:
        return [r[0] for r in self._rows]

    def _text(self, row: Undated) -> str:
        eid, schema, caption = row
        place = self._rows.index(row) + 1  # ids are unique; the list is short (undated entities)
        return f"{place}. {captions.caption(schema, caption, eid) or schema_label(schema)}"

    @staticmethod
    def _tip(row: Undated) -> str:
        eid, schema, caption = row
        return QCoreApplication.translate("UndatedModel", "{kind} — {name} (no date yet)").format(
            kind=schema_label(schema), name=captions.caption(schema, caption, eid))

    def header_label(self, section: int) -> Any:
        return None

    def row_data(self, row: Undated, role: int) -> Any:
        return row[0] if role == ID_ROLE else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(_MIME, QByteArray(",".join(map(str, rows)).encode()))
        return mime

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(_MIME):
            return False
        text = bytes(data.data(_MIME).data()).decode()
        if not text:
            return False
        src = int(text.split(",")[0])
        dest = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        return self.moveRows(QModelIndex(), src, 1, QModelIndex(), dest)

    def moveRows(self, sourceParent: Index, sourceRow: int, count: int, destinationParent: Index,
                 destinationChild: int) -> bool:
        if count != 1 or not 0 <= sourceRow < len(self._rows):
            return False
        dest = max(0, min(destinationChild, len(self._rows)))
        if dest in (sourceRow, sourceRow + 1):
            return False
        if not self.beginMoveRows(QModelIndex(), sourceRow, sourceRow, QModelIndex(), dest):
            return False
        item = self._rows.pop(sourceRow)
        self._rows.insert(dest - 1 if dest > sourceRow else dest, item)
        self.endMoveRows()
        first, last = min(sourceRow, dest), max(sourceRow, dest - 1)
        self.dataChanged.emit(self.index(first), self.index(max(first, min(last, len(self._rows) - 1))))
        self.reordered.emit(self.ids())
        return True

    def move(self, row: int, delta: int) -> bool:
        """Move one row up (-1) or down (+1)."""
        target = row + delta
        if not 0 <= row < len(self._rows) or not 0 <= target < len(self._rows):
            return False
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), target + (1 if delta > 0 else 0))


class PathStepsModel(TableModel[Step]):
    """The steps of the found paths: one header row per path, then its steps."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.column_specs = (Column("", lambda r: r[0], tooltip=lambda r: r[0]),)  # a list: no header

    def set_paths(self, paths: list[tuple[list[str], list[str]]]) -> None:
        """paths: (step lines, link ids of the path)."""
        rows: list[Step] = []
        for n, (lines, link_ids) in enumerate(paths, 1):
            rows.append((QCoreApplication.translate("PathStepsModel", "Path {n}: %n link(s)", None,
                                                    len(lines)).format(n=n), n, link_ids))
            rows += [(f"    {line}", n, link_ids) for line in lines]
        self.set_rows(rows)

    def header_label(self, section: int) -> Any:
        return None

    def row_data(self, row: Step, role: int) -> Any:
        if role == ID_ROLE:
            return row[1]
        if role == ID_ROLE + 1:
            return row[2]
        return None

    def path_number(self, row: int) -> int:
        return self._rows[row][1] if 0 <= row < len(self._rows) else 0
