"""The values of one entity with their provenance, grade and handling (a thin adapter)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casebench.domain.model import Entity, Statement
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType
from casebench.services.entity_links import Named
from casebench.ui.common import plain_tooltips, tlp_cell
from casebench.ui.kind_icons import kind_icon
from casebench.ui.labels import prop_label
from casebench.ui.links import link_role
from casebench.ui.value_labels import DATA_SUBJECT, country_label, prop_value_label, value_label

Index = QModelIndex | QPersistentModelIndex


class SCol(enum.IntEnum):
    PROPERTY = 0
    VALUE = 1
    ORIGINAL = 2
    SOURCE = 3
    GRADE = 4
    HANDLING = 5
    RECORDED = 6


@plain_tooltips
class StatementModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._schema = ""
        self._types: dict[str, PropType] = {}
        self._rows: list[Statement] = []
        self._names: dict[str, Named] = {}

    def set_entity(self, entity: Entity | None, names: dict[str, Named] | None = None) -> None:
        """The entity's values; ``names`` gives the name and kind of each entity a value names."""
        self.beginResetModel()
        self._names = dict(names or {})
        self._schema = entity.schema if entity else ""
        self._types = ({n: p.type for n, p in get_schema(entity.schema).properties.items()}
                       if entity else {})
        rows = list(entity.statements) if entity else []
        rows.sort(key=lambda s: (s.retracted, s.prop, s.created_at))
        self._rows = rows
        self.endResetModel()

    def statement(self, row: int) -> Statement | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def reference(self, row: int) -> Named | None:
        """The entity a value names (a call's caller, an event's involved), if it is one."""
        s = self.statement(row)
        if s is None or self._types.get(s.prop) is not PropType.ENTITY:
            return None
        return self._names.get(s.value)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SCol)

    def _source(self, s: Statement) -> str:
        p = s.provenance
        parts = [p.author]
        if p.source_exhibit:
            parts.append(self.tr("exhibit {ref}").format(ref=p.source_exhibit))
        if p.locator:
            parts.append(p.locator)
        if p.origin:
            parts.append(self.tr("from workbench {id}").format(id=p.origin[:12]))
        return ", ".join(parts)

    def _handling(self, s: Statement) -> str:
        h = s.handling
        parts = [h.tlp.label, *h.codes]
        if h.data_subject is not None:
            parts.append(value_label(DATA_SUBJECT, h.data_subject.value))
        if h.no_judicial_use:
            parts.append(self.tr("no judicial use"))
        return " · ".join(parts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        s = self._rows[index.row()]
        col = SCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is SCol.PROPERTY:
                return prop_label(self._schema, s.prop)
            if col is SCol.VALUE:
                if self._types.get(s.prop) is PropType.COUNTRY:
                    return f"{country_label(s.value)} ({s.value.upper()})"
                ref = self.reference(index.row())
                return ref.name if ref is not None else prop_value_label(s.prop, s.value)
            if col is SCol.ORIGINAL:
                if self._types.get(s.prop) is PropType.ENTITY:
                    return ""  # the id as typed is the id: the name is in Value
                return s.original if s.original != s.value else ""
            if col is SCol.SOURCE:
                return self._source(s)
            if col is SCol.GRADE:
                return str(s.provenance.grade) if s.provenance.grade else "—"
            if col is SCol.HANDLING:
                return self._handling(s)
            return s.created_at[:16].replace("T", " ")
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole and s.retracted:
            return self.tr("Retracted: {reason}").format(reason=s.retracted_reason)
        ref = self.reference(index.row()) if col is SCol.VALUE else None
        if ref is not None:
            if role == Qt.ItemDataRole.DecorationRole:
                return kind_icon(ref.kind)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{name}\nDouble-click or Enter opens it; Alt+Left comes back.\n{id}").format(
                    name=ref.name, id=s.value)
            if not s.retracted and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
                return link_role(role)
        if role == Qt.ItemDataRole.FontRole and s.retracted:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and s.retracted:
            return QBrush(QColor("#888888"))
        if col is SCol.HANDLING:
            return tlp_cell(s.tlp, role)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(SCol):
            return None
        return (self.tr("Property"), self.tr("Value"), self.tr("As recorded"), self.tr("Source"),
                self.tr("Grade"), self.tr("Handling"), self.tr("Recorded"))[section]
