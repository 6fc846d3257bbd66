"""A checkable list (entities, exhibits, tags, partners) whose ticks survive re-filtering."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from casebench.ui.common import plain_tooltips

Index = QModelIndex | QPersistentModelIndex


class Col(enum.IntEnum):
    LABEL = 0


@dataclass(frozen=True)
class PickRow:
    key: str
    label: str
    tooltip: str = ""


@plain_tooltips
class PickModel(QAbstractListModel):
    """Rows are replaced by `set_rows` (e.g. after a filter); `checked` keeps every tick."""

    checkedChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PickRow] = []
        self._checked: dict[str, str] = {}  # key -> label, in the order ticked

    def set_rows(self, rows: Iterable[PickRow]) -> None:
        self.beginResetModel()
        seen: set[str] = set()
        self._rows = []
        for r in rows:
            if r.key not in seen:
                seen.add(r.key)
                self._rows.append(r)
        self.endResetModel()

    def add_checked(self, row: PickRow) -> None:
        """Tick a row (added on top when it is not listed)."""
        if all(r.key != row.key for r in self._rows):
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, row)
            self.endInsertRows()
        self.set_checked(row.key, True)

    def set_checked(self, key: str, on: bool) -> None:
        for i, r in enumerate(self._rows):
            if r.key == key:
                if on:
                    self._checked[key] = r.label
                else:
                    self._checked.pop(key, None)
                idx = self.index(i, 0)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.CheckStateRole])
                break
        else:
            if not on:
                self._checked.pop(key, None)
        self.checkedChanged.emit()

    def checked(self) -> list[str]:
        return list(self._checked)

    def key(self, row: int) -> str | None:
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    # -- Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return r.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.tooltip or r.label
        if role == Qt.ItemDataRole.UserRole:
            return r.key
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if r.key in self._checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if not 0 <= index.row() < len(self._rows):
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_checked(self._rows[index.row()].key, on)
        return True
