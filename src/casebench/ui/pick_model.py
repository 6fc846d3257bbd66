"""A checkable list (entities, exhibits, tags, partners) whose ticks survive re-filtering."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from casebench.ui.table_base import Column, Index, TableModel


class Col(enum.IntEnum):
    LABEL = 0


@dataclass(frozen=True)
class PickRow:
    key: str
    label: str
    tooltip: str = ""


class PickModel(TableModel[PickRow]):
    """Rows are replaced by `set_rows` (e.g. after a filter); `checked` keeps every tick.

    One column (shown by list views), without a header."""

    checkedChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._checked: dict[str, str] = {}  # key -> label, in the order ticked
        self.column_specs = (Column("", lambda r: r.label, tooltip=lambda r: r.tooltip or r.label,
                                    roles=self._check_state),)

    def set_rows(self, rows: Iterable[PickRow]) -> None:
        unique: dict[str, PickRow] = {}
        for r in rows:
            unique.setdefault(r.key, r)
        super().set_rows(unique.values())

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
        r = self.row(row)
        return r.key if r is not None else None

    # -- Qt model ----------------------------------------------------------------------------
    def header_label(self, section: int) -> Any:
        return None  # a list: no header (a list model has none either)

    def row_data(self, r: PickRow, role: int) -> Any:
        return r.key if role == Qt.ItemDataRole.UserRole else None

    def _check_state(self, r: PickRow, role: int) -> Any:
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
        r = self.row(index.row())
        if r is None:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        self.set_checked(r.key, on)
        return True
