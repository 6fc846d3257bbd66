"""The values of one entity with their provenance, grade and handling (a thin adapter)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casebench.domain.model import Entity, Statement
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType
from casebench.services.display import number_text
from casebench.services.entity_links import Named
from casebench.ui import captions, i18n
from casebench.ui.common import tlp_cell
from casebench.ui.kind_icons import kind_icon
from casebench.ui.labels import prop_label, property_order
from casebench.ui.links import link_role
from casebench.ui.table_base import Column, TableModel
from casebench.ui.value_labels import DATA_SUBJECT, country_label, prop_value_label, value_label


class SCol(enum.IntEnum):
    PROPERTY = 0
    VALUE = 1
    ORIGINAL = 2
    SOURCE = 3
    GRADE = 4
    HANDLING = 5
    RECORDED = 6


class StatementModel(TableModel[Statement]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._schema = ""
        self._types: dict[str, PropType] = {}
        self._names: dict[str, Named] = {}
        self.column_specs = (
            Column(QT_TRANSLATE_NOOP("StatementModel", "Property"), lambda s: prop_label(self._schema, s.prop)),
            Column(QT_TRANSLATE_NOOP("StatementModel", "Value"), self._value, tooltip=self._reference_tip,
                   roles=self._reference_roles),
            Column(QT_TRANSLATE_NOOP("StatementModel", "As recorded"), self._original),
            Column(QT_TRANSLATE_NOOP("StatementModel", "Source"), self._source),
            Column(QT_TRANSLATE_NOOP("StatementModel", "Grade"),
                   lambda s: str(s.provenance.grade) if s.provenance.grade else "—"),
            Column(QT_TRANSLATE_NOOP("StatementModel", "Handling"), self._handling,
                   roles=lambda s, role: tlp_cell(s.tlp, role)),
            Column(QT_TRANSLATE_NOOP("StatementModel", "Recorded"), lambda s: s.created_at[:16].replace("T", " ")),
        )

    def set_entity(self, entity: Entity | None, names: dict[str, Named] | None = None) -> None:
        """The entity's values; ``names`` gives the name and kind of each entity a value names."""
        self._names = dict(names or {})
        self._schema = entity.schema if entity else ""
        self._types = ({n: p.type for n, p in get_schema(entity.schema).properties.items()}
                       if entity else {})
        rows = list(entity.statements) if entity else []
        if entity:  # as the form lists them: the name first, not by the property's code
            order = {p: i for i, p in enumerate(property_order(entity.schema, {s.prop for s in rows}))}
            rows.sort(key=lambda s: (s.retracted, order[s.prop], s.created_at))
        self.set_rows(rows)

    def statement(self, row: int) -> Statement | None:
        return self.row(row)

    def reference(self, row: int) -> Named | None:
        """The entity a value names (a call's caller, an event's involved), if it is one."""
        s = self.statement(row)
        return self._named(s) if s is not None else None

    def _named(self, s: Statement) -> Named | None:
        if self._types.get(s.prop) is not PropType.ENTITY:
            return None
        return self._names.get(s.value)

    def _value(self, s: Statement) -> str:
        if self._types.get(s.prop) is PropType.COUNTRY:
            return f"{country_label(s.value)} ({s.value.upper()})"
        if self._types.get(s.prop) is PropType.NUMBER:  # 2.300,50 in a Spanish window, as the pack prints it
            return number_text(s.value, i18n.current())
        ref = self._named(s)
        return captions.named(ref) if ref is not None else prop_value_label(s.prop, s.value)

    def _original(self, s: Statement) -> str:
        if self._types.get(s.prop) is PropType.ENTITY:
            return ""  # the id as typed is the id: the name is in Value
        return s.original if s.original != s.value else ""

    def _source(self, s: Statement) -> str:
        p = s.provenance
        parts = [captions.actor(p.author)]
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

    def _reference_tip(self, s: Statement) -> str | None:
        ref = self._named(s)
        if ref is None:
            return None
        return self.tr("{name}\nDouble-click or Enter opens it; Alt+Left comes back.\n{id}").format(
            name=captions.named(ref), id=s.value)

    def _reference_roles(self, s: Statement, role: int) -> Any:
        if self._named(s) is None:
            return None
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(self._names[s.value].kind)
        if not s.retracted and role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole):
            return link_role(role)
        return None

    def row_data(self, s: Statement, role: int) -> Any:
        # the id, and a retracted value struck out in grey with its reason, in every column
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        if not s.retracted:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Retracted: {reason}").format(reason=s.retracted_reason)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#888888"))
        return None
