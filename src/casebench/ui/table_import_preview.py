"""The mapping page's "As it will be imported" panel: the first rows as the import would store
them (dates with their zone, amounts with their currency, which way the money went, the two
ends named) and, for a row the import would refuse, why.

The rows come from `services.table_preview.planned_preview`, run on the case worker: the
compiled specification's own row conversion, the one the import runs. This module only
shows what comes back; it never reads a cell itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QVBoxLayout, QWidget

from casebench.domain.dates import DateError, DateValue
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType
from casebench.services.display import day_text, number_text
from casebench.services.table_import import ImportSpec, Preview, TableFormat, preview
from casebench.services.table_preview import ImportPreview, PlannedRow, planned_preview
from casebench.services.types import Case
from casebench.ui import i18n
from casebench.ui.common import plain_error
from casebench.ui.moments import readable
from casebench.ui.table_base import Column, TableModel
from casebench.ui.table_import_models import ERROR_BACKGROUND, ERROR_FOREGROUND, path_label

RAW_ROWS = 20  # the file's cells as read, beside (as before)

_OWN_HEADERS = ("Import", "Direction", "Problem")


def mapping_look(case: Case, path: Path, spec: ImportSpec | None,
                 fmt: TableFormat) -> tuple[Preview, ImportPreview | None]:
    """On the case worker: the first rows as read (each cell's problem under ``spec``) and as
    the import would store them (none without a mapping)."""
    raw = preview(path, spec, fmt=fmt, rows=RAW_ROWS, case=case)
    return raw, (planned_preview(case, path, spec, fmt) if spec is not None else None)


def _t(text: str) -> str:
    return QCoreApplication.translate("PlannedPreviewModel", text)


def date_long(value: str) -> str:
    """The day in words in the window's language ("7 de agosto de 2023"), so a day and a month
    written alike (07/08/2023) cannot be mistaken for each other; "" for a date without a day."""
    try:
        start = DateValue.parse(value).start
    except (DateError, ValueError):
        return ""
    if start.month is None or start.day is None:
        return ""
    return day_text(start.year, start.month, start.day, i18n.current())


class PlannedPreviewModel(TableModel[PlannedRow]):
    """One row per data row; columns: what the import does with it, the two ends, the
    direction, each value the specification fills, and the problem (a refusal's reason)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.types: dict[str, PropType] = {}

    def set_preview(self, planned: ImportPreview | None) -> None:
        self.preview = planned
        self.types = {}
        columns: list[Column[PlannedRow]] = []
        if planned is not None and planned.problem == "":
            schema = get_schema(planned.schema)
            self.types = {n: p.type for n, p in schema.properties.items()}
            # the reason is in the last column and, for a glance, in this one's tooltip
            columns.append(Column(QT_TRANSLATE_NOOP("PlannedPreviewModel", "Import"), self._outcome,
                                  tooltip=lambda r: self._problem(r) or None, roles=self._outcome_roles))
            src, dst = planned.edge
            if src:
                columns.append(self._end(planned.schema, src, lambda r: r.source))
                columns.append(self._end(planned.schema, dst, lambda r: r.target))
            if planned.directed:
                columns.append(Column(QT_TRANSLATE_NOOP("PlannedPreviewModel", "Direction"), self._direction))
            for path in planned.paths:
                if path == "currency" and "amount" in planned.paths:
                    continue  # shown with the amount
                columns.append(self._value(planned.schema, path))
            columns.append(Column(QT_TRANSLATE_NOOP("PlannedPreviewModel", "Problem"), self._problem,
                                  tooltip=self._problem, roles=self._problem_roles))
        self.column_specs = columns
        self.set_rows(planned.rows if planned is not None else [])

    # -- columns -------------------------------------------------------------------------------
    def _end(self, schema: str, side: str, values: Any) -> Column[PlannedRow]:
        label = path_label(schema, side)  # the schema's own words: "Payer", "Caller"

        def text(r: PlannedRow) -> str:
            seen: list[str] = []
            for v in values(r):
                if v.value not in seen:
                    seen.append(v.value)
            return " · ".join(seen)

        def tip(r: PlannedRow) -> str | None:
            lines = [f"{path_label(schema, v.path)}: {v.value}" for v in values(r)]
            return "\n".join(lines) or None
        return Column(label, text, tooltip=tip)

    def header_label(self, section: int) -> str:
        header = str(self.column_specs[section].header)
        # the ends and values are labelled in the schema's words, translated when made
        return self.tr(header) if header in _OWN_HEADERS else header

    def _value(self, schema: str, path: str) -> Column[PlannedRow]:
        ptype = self.types.get(path)

        def text(r: PlannedRow) -> str:
            if r.refused:
                return ""
            value = r.value(path)
            if not value:
                return ""
            if ptype is PropType.DATE:
                # as read in its zone and in UTC: the zone the import applied, checked against the file
                return readable(value)
            if ptype is PropType.NUMBER:
                shown = number_text(value, i18n.current())
                currency = r.value("currency") if path == "amount" else ""
                return f"{shown} {currency}".strip()
            return value

        def tip(r: PlannedRow) -> str | None:
            found = next((v for v in r.values if v.path == path), None)
            if found is None:
                return None
            lines = [self.tr("Written in the file: {text}").format(text=found.written)]
            if ptype is PropType.DATE:
                long = date_long(found.value)
                lines += [long] if long else []
            return "\n".join(lines)

        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if ptype is PropType.NUMBER else None
        return Column(path_label(schema, path), text, tooltip=tip, align=align)

    def _outcome(self, r: PlannedRow) -> str:
        if r.refused:
            return self.tr("Refused")
        if r.warnings:
            return self.tr("Imported, check it")
        return self.tr("Imported")

    def _outcome_roles(self, r: PlannedRow, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and r.refused:
            return QBrush(ERROR_FOREGROUND)
        return None

    def _direction(self, r: PlannedRow) -> str:
        if r.direction == "out":
            return self.tr("money out (debit)")
        if r.direction == "in":
            return self.tr("money in (credit)")
        return ""

    def _problem(self, r: PlannedRow) -> str:
        problems = r.errors or r.warnings
        parts = []
        for e in problems:
            reason = plain_error(e.cause) if e.cause is not None else e.reason
            parts.append(f"{e.column}: {reason}" if e.column else reason)
        return "; ".join(parts)

    def _problem_roles(self, r: PlannedRow, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and r.refused:
            return QBrush(ERROR_FOREGROUND)
        return None

    def row_data(self, row: PlannedRow, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.refused:
            return QBrush(ERROR_BACKGROUND)
        return None

    def vertical_label(self, section: int) -> Any:
        return str(self._rows[section].number)  # the row number a spreadsheet shows

    # -- for the panel and tests ---------------------------------------------------------------
    def column_of(self, header: str) -> int:
        return next((i for i in range(self.columnCount()) if self.header_label(i) == header), -1)

    def text(self, row: int, column: int) -> str:
        return str(self.data(self.index(row, column)) or "")


class PlannedPreviewPanel(QWidget):
    """A summary line and the table of rows as they will be imported."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("plannedSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.summary)
        self.model = PlannedPreviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("plannedPreview")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setDefaultSectionSize(22)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        lay.addWidget(self.view, 1)

    def show_preview(self, planned: ImportPreview | None) -> None:
        self.model.set_preview(planned)
        if planned is None:
            self.summary.setText(self.tr("Map a column to see the rows as they will be imported."))
            return
        if planned.problem:
            problem = plain_error(planned.problem_error) if planned.problem_error else planned.problem
            self.summary.setText(problem)
            return
        self.view.resizeColumnsToContents()
        self.summary.setText(self.tr("Rows shown as they will be imported: {rows}. Refused: {refused} (the "
                                     "last column says why).").format(rows=len(planned.rows),
                                                                     refused=planned.refused))

    def clear(self, text: str = "") -> None:
        self.model.set_preview(None)
        self.summary.setText(text)
