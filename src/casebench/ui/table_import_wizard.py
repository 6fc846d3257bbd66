"""Table import wizard: file → preview → mapping → check → import (progress, Cancel) → result.

Every read of the file and every service call runs on the case worker (`session.call`,
`session.run_plain`, `session.run_task`); the pages only show what comes back. The import
itself is `services.table_import.import_table`: the file is taken in as evidence, each
value points at its row, and the same file with the same specification adds nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casebench.domain.ordering import name_key
from casebench.domain.schema import concrete_schemata, get_schema
from casebench.domain.values import PropType, normalise
from casebench.services import specs
from casebench.services.progress import OperationCancelled
from casebench.services.table_import import (
    ColumnMap,
    ImportReport,
    ImportRun,
    ImportSpec,
    Preview,
    RowCheck,
    TableFormat,
    check_rows,
    import_table,
    layout,
    likely_schema,
    preview,
    rollback_import,
    sides_named,
    sniff_table,
    unfinished_imports,
)
from casebench.services.table_preview import ImportPreview
from casebench.services.types import Case
from casebench.ui.common import plain_error, plain_labels, plain_tip
from casebench.ui.dialogs import ask
from casebench.ui.labels import schema_label
from casebench.ui.progress import TaskRunner
from casebench.ui.session import ENTITIES, CaseSession
from casebench.ui.table_import_models import (
    MappingModel,
    MCol,
    PCol,
    PreviewModel,
    ProblemModel,
    path_label,
    property_choices,
    reads_numbers,
)
from casebench.ui.table_import_preview import PlannedPreviewPanel, mapping_look
from casebench.ui.value_labels import country_label

Index = QModelIndex | QPersistentModelIndex
PREVIEW_ROWS = 20
ERROR_STYLE = "color: #b00020;"
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")
DELIMITERS = (",", ";", "\t", "|")
# what the "statement of one account" fields own in a Payment specification
ACCOUNT_CONSTANTS = ("payerAccount.iban", "payerAccount.accountNumber")
STATEMENT_CONSTANTS = (*ACCOUNT_CONSTANTS, "currency")
IBAN_SHAPE = re.compile(r"(IBAN)?[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}")


def statement_account_path(text: str) -> str:
    """The payer account's property an account written on a statement fills: IBAN or number."""
    compact = re.sub(r"[\s.-]", "", text).upper()
    return "payerAccount.iban" if IBAN_SHAPE.fullmatch(compact) else "payerAccount.accountNumber"


# -- work on the case worker ----------------------------------------------------------------------
@dataclass
class Offer:
    """The first rows, the saved specifications, and the one whose columns all fit the file."""

    preview: Preview
    saved: list[ImportSpec]
    offered: ImportSpec | None


def first_look(case: Case, path: Path, fmt: TableFormat) -> Offer:
    saved = [specs.get_spec(case, s.name) for s in specs.list_specs(case)]
    raw = preview(path, None, fmt=fmt, rows=PREVIEW_ROWS, case=case)
    header = set(raw.header)
    offered = next((s for s in saved if s.columns and {c.column for c in s.columns} <= header), None)
    if offered is None:
        return Offer(raw, saved, None)
    return Offer(preview(path, offered, fmt=fmt, rows=PREVIEW_ROWS, case=case), saved, offered)


def look(path: Path, *, encoding: str | None, delimiter: str | None, sheet: str | None,
         header_row: int) -> tuple[TableFormat, list[str], int]:
    """How to read the file, its sheets (an Excel workbook's, else none) and the header's row.

    The format stays as chosen (header row 0 = detect each time), so a specification saved
    here is the same as one used on the command line.
    """
    fmt = sniff_table(path, encoding=encoding, delimiter=delimiter, sheet=sheet, header_row=header_row)
    settled, sheets = layout(path, fmt)
    return fmt, sheets, settled.header_row


def table_view(model: QAbstractItemModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


def whole_choice(combo: QComboBox, note: str = "", *, columns: bool = False) -> None:
    """A choice a narrow window cuts is read whole in the combo's tooltip (before ``note``, a
    field's own explanation). Fixed texts size the combo to their longest; a file's column
    names (``columns``, any length) are cut at a reasonable width instead."""
    if columns:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
    else:
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def tip() -> None:
        combo.setToolTip(plain_tip("\n\n".join(t for t in (combo.currentText(), note) if t)))
    combo.currentIndexChanged.connect(lambda _i: tip())
    tip()


MAPPING_ROWS = 3  # the mapping table never shows fewer rows than this (768-pixel screens)
PLANNED_MIN_ROWS = 4  # nor the rows as they will be imported


def rows_high(view: QTableView, rows: int, *, scrolled: bool = True) -> int:
    """The height that shows ``rows`` rows of ``view`` whole under its header (and above a
    horizontal scroll bar when ``scrolled``): its minimum, so a splitter keeps them in sight."""
    row = view.verticalHeader().defaultSectionSize()
    header = max(view.horizontalHeader().sizeHint().height(), row)
    bar = view.horizontalScrollBar().sizeHint().height() if scrolled else 0
    return header + rows * row + bar + 2 * view.frameWidth()


def hint_label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


# -- page 1: the file ---------------------------------------------------------------------------------
class FilePage(QWizardPage):
    def __init__(self, wizard: TableImportWizard, path: str = "") -> None:
        super().__init__()
        self.wiz = wizard
        self.fmt: TableFormat | None = None
        self._asked = 0
        self.setTitle(self.tr("Choose the table"))
        self.setSubTitle(self.tr("A CSV file (any encoding or separator) or an Excel workbook (.xlsx): "
                                 "call records, a bank statement, a seizure list…"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.path = QLineEdit(path)
        self.path.setObjectName("tableFile")
        self.path.setPlaceholderText(self.tr("e.g. movistar-cdr-2024-T1.csv"))
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("tableBrowse")
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.encoding = QComboBox()
        self.encoding.setObjectName("tableEncoding")
        self.encoding.addItem(self.tr("Detect"), "")
        for enc in ENCODINGS:
            self.encoding.addItem(enc, enc)
        self.delimiter = QComboBox()
        self.delimiter.setObjectName("tableDelimiter")
        self.delimiter.addItem(self.tr("Detect"), "")
        for delim in DELIMITERS:
            self.delimiter.addItem(self.delimiter_name(delim), delim)
        self.sheet = QComboBox()
        self.sheet.setObjectName("tableSheet")
        self.sheet.addItem(self.tr("The first"), "")
        self.sheet.setEnabled(False)
        self.header_row = QSpinBox()
        self.header_row.setObjectName("tableHeaderRow")
        self.header_row.setRange(0, 1000)
        # 0: found past the bank's title rows
        self.header_row.setSpecialValueText(self.tr("Detect"))
        self.found = hint_label("tableFormat")
        # an import that was interrupted (the window closed, the computer stopped): resume
        # it by choosing the same file and specification, or roll it back from here
        self.unfinished_run: ImportRun | None = None
        self.unfinished = QFrame()
        self.unfinished.setObjectName("unfinishedImport")
        self.unfinished.setFrameShape(QFrame.Shape.StyledPanel)
        box = QHBoxLayout(self.unfinished)
        self.unfinished_text = hint_label("unfinishedImportText")
        self.rollback_button = QPushButton(self.tr("Roll back…"))
        self.rollback_button.setObjectName("rollbackImport")
        self.rollback_button.clicked.connect(lambda: self.wiz.roll_back_unfinished())
        box.addWidget(self.unfinished_text, 1)
        box.addWidget(self.rollback_button)
        self.unfinished.hide()
        form.addRow(self.unfinished)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Encoding:"), self.encoding)
        form.addRow(self.tr("Separator:"), self.delimiter)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow(self.tr("Column names in row:"), self.header_row)
        form.addRow("", self.found)
        note = hint_label()
        note.setText(self.tr("casebench guesses the encoding and the separator; if the preview on the "
                             "next page shows garbled letters or a single column, choose them here."))
        note.setStyleSheet("color: #555;")
        form.addRow("", note)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.sniff)
        self.path.textChanged.connect(lambda _t: self._changed())
        self.encoding.currentIndexChanged.connect(lambda _i: self._changed())
        self.delimiter.currentIndexChanged.connect(lambda _i: self._changed())
        self.sheet.currentIndexChanged.connect(lambda _i: self._changed())
        self.header_row.valueChanged.connect(lambda _v: self._changed())
        if path:
            self._changed()

    def show_unfinished(self, runs: list[ImportRun]) -> None:
        self.unfinished_run = runs[0] if runs else None
        self.unfinished.setVisible(bool(runs))
        if not runs:
            return
        run = runs[0]
        if run.state == "rolling back":
            text = self.tr("Rolling back the import of {file} stopped before it finished. Roll it "
                           "back to delete the rest of the rows it brought in.").format(file=run.file_name)
        else:
            text = self.tr("The import of {file} (specification {spec}) started on {date} stopped "
                           "after row {row}. To finish it, choose the same file with the same "
                           "specification: it goes on from the next row. Or roll it back: every "
                           "row it brought in is deleted.").format(
                file=run.file_name, spec=run.spec_name or self.tr("(unsaved)"),
                date=run.started_at[:10], row=run.done_row)
        if len(runs) > 1:
            text += " " + self.tr("{count} more unfinished imports follow this one.").format(
                count=len(runs) - 1)
        self.unfinished_text.setText(text)

    def delimiter_name(self, delim: str) -> str:
        return {",": self.tr("comma ( , )"), ";": self.tr("semicolon ( ; )"), "\t": self.tr("tab"),
                "|": self.tr("bar ( | )")}.get(delim, repr(delim))

    def describe(self, fmt: TableFormat) -> str:
        if fmt.kind == "xlsx":
            text = self.tr("Excel workbook, sheet {sheet}").format(sheet=fmt.sheet or self.tr("(the first)"))
        else:
            text = self.tr("CSV file, encoding {encoding}, separated by {separator}").format(
                encoding=fmt.encoding, separator=self.delimiter_name(fmt.delimiter))
        if fmt.header_row > 1:
            text += self.tr(", column names in row {row}").format(row=fmt.header_row)
        return text

    def _browse(self) -> None:
        start = str(Path(self.path.text()).parent) if self.path.text().strip() else self.wiz.start_folder
        paths = ask.open_files(self, self.tr("Choose a CSV or Excel file"), start)
        if paths:
            self.path.setText(paths[0])

    def file(self) -> Path:
        return Path(self.path.text().strip())

    def _changed(self) -> None:
        self.fmt = None
        self.found.setText("")
        self.completeChanged.emit()
        self._timer.start()

    def sniff(self) -> None:
        text = self.path.text().strip()
        if not text:
            return
        path = Path(text)
        if not path.is_file():
            self.found.setStyleSheet(ERROR_STYLE)
            self.found.setText(self.tr("There is no file {name} here.").format(name=path.name or text))
            return
        self._asked += 1
        ticket = self._asked
        self.found.setStyleSheet("")
        self.found.setText(self.tr("Reading the start of the file…"))
        self.wiz.session.run_plain(look, path, encoding=self.encoding.currentData() or None,
                                   delimiter=self.delimiter.currentData() or None,
                                   sheet=self.sheet.currentData() or None,
                                   header_row=self.header_row.value(),
                                   on_done=lambda found: self._sniffed(ticket, *found),
                                   on_error=lambda exc: self._failed(ticket, exc))

    def _show_sheets(self, sheets: list[str]) -> None:
        current = self.sheet.currentData() or ""
        names = [str(self.sheet.itemData(i)) for i in range(1, self.sheet.count())]
        if names == sheets:
            return
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItem(self.tr("The first"), "")
        for name in sheets:
            self.sheet.addItem(name, name)  # case data: a plain-text combo item
        self.sheet.setCurrentIndex(max(self.sheet.findData(current), 0))
        self.sheet.setEnabled(bool(sheets))
        self.sheet.blockSignals(False)

    def _sniffed(self, ticket: int, fmt: TableFormat, sheets: list[str], header_row: int) -> None:
        if ticket != self._asked:
            return
        self._show_sheets(sheets)
        self.fmt = fmt
        self.found.setStyleSheet("")
        shown = replace(fmt, header_row=header_row)
        self.found.setText(self.tr("Reading it as: {format}").format(format=self.describe(shown)))
        self.completeChanged.emit()

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._asked:
            return
        self.fmt = None
        self.found.setStyleSheet(ERROR_STYLE)
        self.found.setText(plain_error(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.fmt is not None


# -- page 2: the first rows -----------------------------------------------------------------------------
class PreviewPage(QWizardPage):
    def __init__(self, wizard: TableImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.offer: Offer | None = None
        self._asked = 0
        self.setTitle(self.tr("The first rows"))
        self.setSubTitle(self.tr("Check that the letters and the columns look right. Cells with a "
                                 "problem are tinted; point at one to read why."))
        lay = QVBoxLayout(self)
        self.summary = hint_label("previewSummary")
        lay.addWidget(self.summary)
        self.model = PreviewModel(self)
        self.table = table_view(self.model, "previewTable")
        lay.addWidget(self.table, 1)

    def initializePage(self) -> None:
        self.offer = None
        self.model.set_preview(None)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading the first rows…"))
        fp = self.wiz.file_page
        assert fp.fmt is not None
        self._asked += 1
        ticket = self._asked
        self.wiz.session.call(first_look, fp.file(), fp.fmt, on_done=lambda o: self._shown(ticket, o),
                              on_error=lambda exc: self._failed(ticket, exc))
        self.completeChanged.emit()

    def _shown(self, ticket: int, offer: Offer) -> None:
        if ticket != self._asked:
            return
        self.offer = offer
        self.model.set_preview(offer.preview)
        self.table.resizeColumnsToContents()
        text = self.tr("{rows} rows shown, {columns} columns.").format(
            rows=len(offer.preview.rows), columns=len(offer.preview.header))
        if offer.offered is not None:
            text += " " + self.tr("Checked against the saved specification “{spec}”, whose columns "
                                  "are all in this file: {cells} cells have a problem.").format(
                spec=offer.offered.name, cells=self.model.failing_cells())
        elif offer.saved:
            text += " " + self.tr("No saved specification fits these columns; map them on the next page.")
        else:
            text += " " + self.tr("Map the columns on the next page.")
        self.summary.setText(text)
        self.completeChanged.emit()

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._asked:
            return
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(plain_error(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.offer is not None and bool(self.offer.preview.header)


# -- page 3: the mapping ----------------------------------------------------------------------------------
class PropertyDelegate(QStyledItemDelegate):
    """A list of the schema's properties (and linked entities' ones) for the PROPERTY column."""

    def __init__(self, page: MappingPage) -> None:
        super().__init__(page)
        self.page = page

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(QCoreApplication.translate("MappingModel", "(not imported)"), "")
        for path, label in self.page.choices:
            combo.addItem(label, path)
        # a saved specification may map a path the list no longer offers (a payment's start
        # date): it stays choosable on its row, or editing the row would drop it
        mapped = self.page.mapping.props[index.row()] if index.row() < len(self.page.mapping.props) else []
        for path in mapped:
            if combo.findData(path) < 0:
                combo.addItem(path_label(self.page.mapping.schema, path), path)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class MappingPage(QWizardPage):
    def __init__(self, wizard: TableImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.saved: dict[str, ImportSpec] = {}
        self.base: ImportSpec | None = None  # the saved specification chosen
        self.choices: list[tuple[str, str]] = []
        self.checked: Preview | None = None
        self.problem = ""
        self._asked = 0
        self._loading = False
        self._prepared_for: tuple[str, tuple[str, ...]] | None = None
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(self.tr("Say what each row becomes and where each column goes, or pick a "
                                 "saved specification (one per operator or bank)."))
        lay = QVBoxLayout(self)
        top = QGridLayout()
        self.spec_combo = QComboBox()
        self.spec_combo.setObjectName("specCombo")
        self.spec_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.save_button = QPushButton(self.tr("Save as specification…"))
        self.save_button.setObjectName("saveSpec")
        self.save_button.clicked.connect(self.save_spec)
        self.schema_combo = QComboBox()
        self.schema_combo.setObjectName("schemaCombo")
        for sch in sorted(concrete_schemata(), key=lambda s: name_key(schema_label(s.name))):
            self.schema_combo.addItem(schema_label(sch.name), sch.name)
        self.date_formats = QLineEdit()
        self.date_formats.setObjectName("dateFormats")
        # the example fits the field; what an empty field reads is said beneath it
        self.date_formats.setPlaceholderText(self.tr("e.g. dd/mm/yyyy hh:mm:ss"))
        self.date_hint = hint_label("dateFormatHint")
        self.date_hint.setText(self.tr("Empty: 2024-03-11 or 11/03/2024"))
        self.date_formats.setToolTip(self.tr("How the file writes its dates, as dd/mm/yyyy hh:mm:ss or %d/%m/%Y "
                                             "%H:%M; several formats separated by ;. Times such as 7:15 PM or "
                                             "19h15 are read too."))
        self.date_hint.setStyleSheet("color: #555;")
        self.tz = QLineEdit()
        self.tz.setObjectName("sourceTz")
        self.tz.setPlaceholderText(self.tr("e.g. Europe/Madrid or +01:00"))
        self.phone_country = QLineEdit()
        self.phone_country.setObjectName("phoneCountry")
        self.phone_country.setMaxLength(2)
        self.phone_country.setPlaceholderText(self.tr("the case's"))
        self.decimal = QComboBox()
        self.decimal.setObjectName("decimal")
        self.decimal.addItem(self.tr("read each amount (1.5; refuses 1.500)"), "")
        # the two look alike at a glance: each says in words which mark is the decimal one
        self.decimal.addItem(self.tr("1.234,56 — decimal comma (es, pt, fr, de)"), ",")
        self.decimal.addItem(self.tr("1,234.56 — decimal point (en)"), ".")
        whole_choice(self.decimal)
        whole_choice(self.schema_combo)
        spec_row = QHBoxLayout()
        spec_row.addWidget(self.spec_combo, 1)
        spec_row.addWidget(self.save_button)
        top.addWidget(QLabel(self.tr("Specification:")), 0, 0)
        top.addLayout(spec_row, 0, 1, 1, 3)
        top.addWidget(QLabel(self.tr("Each row becomes:")), 1, 0)
        top.addWidget(self.schema_combo, 1, 1)
        top.addWidget(QLabel(self.tr("Date format:")), 1, 2)
        top.addWidget(self.date_formats, 1, 3)
        top.addWidget(self.date_hint, 2, 3)
        top.addWidget(QLabel(self.tr("Time zone of the source:")), 3, 0)
        top.addWidget(self.tz, 3, 1)
        top.addWidget(QLabel(self.tr("Phones without +code are from:")), 3, 2)
        top.addWidget(self.phone_country, 3, 3)
        self.time_column = QComboBox()
        self.time_column.setObjectName("timeColumn")
        self.time_column.addItem(self.tr("In the date column"), "")
        whole_choice(self.time_column, columns=True)
        # shown only where a number needs its decimal mark (not for calls: `reads_numbers`)
        self.decimal_label = QLabel(self.tr("Amounts are written:"))
        top.addWidget(self.decimal_label, 4, 0)
        top.addWidget(self.decimal, 4, 1)
        top.addWidget(QLabel(self.tr("The time of the date is in:")), 4, 2)
        top.addWidget(self.time_column, 4, 3)
        self._statement_fields(top, 5)
        top.setColumnStretch(1, 1)
        top.setColumnStretch(3, 1)
        lay.addLayout(top)
        self.edited = hint_label("specEdited")
        self.edited.setStyleSheet("color: #555;")
        lay.addWidget(self.edited)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("mappingSplit")
        # neither side can be dragged away (a collapsed mapping table is hard to find again)
        split.setChildrenCollapsible(False)
        self.split = split
        self.mapping = MappingModel(self)
        self.map_view = table_view(self.mapping, "mappingTable")
        self.map_view.setItemDelegateForColumn(MCol.PROPERTY, PropertyDelegate(self))
        self.map_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.map_view.verticalHeader().hide()
        hh = self.map_view.horizontalHeader()
        hh.setSectionResizeMode(MCol.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(MCol.SAMPLE, QHeaderView.ResizeMode.Interactive)
        hh.resizeSection(MCol.SAMPLE, 180)
        self.map_view.setMinimumHeight(rows_high(self.map_view, MAPPING_ROWS, scrolled=False))
        split.addWidget(self.map_view)
        below = QWidget()
        bl = QVBoxLayout(below)
        bl.setContentsMargins(0, 4, 0, 0)
        self.status = hint_label("mappingStatus")
        bl.addWidget(self.status)
        # the rows as the import will store them (or refuse them), and the file's cells as read
        self.planned = PlannedPreviewPanel()
        self.preview_model = PreviewModel(self)
        self.preview_view = table_view(self.preview_model, "mappingPreview")
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setObjectName("mappingPreviewTabs")
        self.preview_tabs.addTab(self.planned, self.tr("As it will be imported"))
        self.preview_tabs.addTab(self.preview_view, self.tr("The file's cells"))
        bl.addWidget(self.preview_tabs, 1)
        split.addWidget(below)
        self.planned.view.setMinimumHeight(rows_high(self.planned.view, PLANNED_MIN_ROWS))
        # the mapping table starts at its minimum, the rows as they will be imported get the rest;
        # a taller window grows both, the preview more
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([self.map_view.minimumHeight(), 10 * self.map_view.minimumHeight()])
        lay.addWidget(split, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.recheck)
        self.spec_combo.currentIndexChanged.connect(lambda _i: self._spec_chosen())
        self.schema_combo.currentIndexChanged.connect(lambda _i: self._schema_changed())
        for edit in (self.date_formats, self.tz, self.phone_country):
            edit.textChanged.connect(lambda _t: self._edited())
        self.decimal.currentIndexChanged.connect(lambda _i: self._edited())
        self.time_column.currentIndexChanged.connect(lambda _i: self._edited())
        self.account.textChanged.connect(lambda _t: self._account_typed())
        self.currency.textChanged.connect(lambda _t: self._edited())
        self.sides.currentIndexChanged.connect(lambda _i: self._sides_changed())
        self.debit.currentIndexChanged.connect(lambda _i: self._edited())
        self.credit.currentIndexChanged.connect(lambda _i: self._edited())
        self.direction.currentIndexChanged.connect(lambda _i: self._edited())
        self.mapping.dataChanged.connect(lambda *_a: self._edited())
        self.mapping.modelReset.connect(self._edited)

    def _statement_fields(self, top: QGridLayout, row: int) -> None:
        """A bank statement is one account's: whose it is, its currency and how money in and out
        are written (a signed amount or debit and credit columns). Shown for payments only."""
        self.account = QLineEdit()
        self.account.setObjectName("statementAccount")
        self.account.setPlaceholderText(self.tr("IBAN or account number"))
        self.account.setToolTip(self.tr("The account whose statement this file is. Leave it empty when the "
                                        "file is not one account's statement."))
        self.currency = QLineEdit()
        self.currency.setObjectName("statementCurrency")
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText(self.tr("e.g. EUR"))
        self.sides = QComboBox()
        self.sides.setObjectName("moneySides")
        self.sides.addItem(self.tr("amounts as written (no direction)"), "")
        self.sides.addItem(self.tr("one amount column: negative is money out"), "signed")
        self.sides.addItem(self.tr("a debit and a credit column"), "pair")
        self.sides.addItem(self.tr("an amount and a D/C column"), "marks")
        self.debit = QComboBox()
        self.debit.setObjectName("debitColumn")
        self.credit = QComboBox()
        self.credit.setObjectName("creditColumn")
        self.direction = QComboBox()
        self.direction.setObjectName("directionColumn")
        whole_choice(self.direction, columns=True, note=self.tr("The column whose D, DR, Debe, Cargo, Pago, Débito, Retrait or "
                                             "Withdrawal (money out) or C, CR, Haber, Abono, Ingreso, Crédito, "
                                             "Versement or Deposit (money in) says which way each amount went."))
        whole_choice(self.sides)
        for combo in (self.debit, self.credit):
            whole_choice(combo, columns=True)
        self.debit_label = QLabel(self.tr("Debit:"))
        self.credit_label = QLabel(self.tr("Credit:"))
        self.direction_label = QLabel(self.tr("D/C column:"))
        labels = [QLabel(self.tr("Statement of account:")), QLabel(self.tr("Currency:")),
                  QLabel(self.tr("Money in and out:"))]
        top.addWidget(labels[0], row, 0)
        top.addWidget(self.account, row, 1)
        top.addWidget(labels[1], row, 2)
        top.addWidget(self.currency, row, 3)
        top.addWidget(labels[2], row + 1, 0)
        # the choice spans the row (its words are long in Spanish and French), the columns it
        # asks for go on the next
        top.addWidget(self.sides, row + 1, 1, 1, 3, Qt.AlignmentFlag.AlignLeft)
        pair = QHBoxLayout()
        pair.setContentsMargins(0, 0, 0, 0)
        for w in self._side_widgets():
            pair.addWidget(w, 1 if isinstance(w, QComboBox) else 0)
        top.addLayout(pair, row + 2, 1, 1, 3)
        self.statement_widgets: list[QWidget] = [*labels, self.account, self.currency, self.sides]
        self._statement_shown = False
        self._show_statement(False)

    def _show_statement(self, shown: bool) -> None:
        for w in self.statement_widgets:
            w.setVisible(shown)
        self._statement_shown = shown
        self._show_pair()

    def _side_widgets(self) -> tuple[QWidget, ...]:
        return (self.debit_label, self.debit, self.credit_label, self.credit, self.direction_label, self.direction)

    def _show_pair(self) -> None:
        shown = self.sides.currentData() if self.sides.isVisibleTo(self) else None
        marks = shown == "marks"
        for w in self._side_widgets():
            # the debit and credit columns keep their room while a statement is shown, so choosing
            # them does not move the fields around; the D/C column takes that room when chosen
            policy = w.sizePolicy()
            policy.setRetainSizeWhenHidden(self._statement_shown and not marks and w not in self._direction_widgets())
            w.setSizePolicy(policy)
            w.setVisible(shown == "pair" if w not in self._direction_widgets() else marks)

    def _direction_widgets(self) -> tuple[QWidget, ...]:
        return (self.direction_label, self.direction)

    def _account_typed(self) -> None:
        # an account named means the file is its statement: the sign of the amount is its direction
        if self.account.text().strip() and not self.sides.currentData() and not self._loading:
            self._loading = True
            self.sides.setCurrentIndex(self.sides.findData("signed"))
            self._loading = False
            self._show_pair()
        self._edited()

    def _sides_changed(self) -> None:
        self._show_pair()
        self._edited()

    def _fill_statement(self, spec: ImportSpec | None) -> None:
        """The statement fields as a saved specification has them (empty for a new mapping)."""
        consts = dict(spec.constants) if spec is not None and spec.schema == "Payment" else {}
        self.account.setText(consts.get("payerAccount.iban") or consts.get("payerAccount.accountNumber") or "")
        self.currency.setText(consts.get("currency", ""))
        sides = ""
        if spec is not None and spec.debit and spec.credit:
            sides = "pair"
        elif spec is not None and spec.direction:
            sides = "marks"
        elif spec is not None and spec.signed:
            sides = "signed"
        self.sides.setCurrentIndex(max(self.sides.findData(sides), 0))
        self.debit.setCurrentIndex(max(self.debit.findData(spec.debit if spec else ""), 0))
        self.credit.setCurrentIndex(max(self.credit.findData(spec.credit if spec else ""), 0))
        self.direction.setCurrentIndex(max(self.direction.findData(spec.direction if spec else ""), 0))
        self._show_pair()

    def _statement_values(self, schema: str, pairs: list[tuple[str, str]]) -> dict[str, Any]:
        """constants, signed, debit and credit as the statement fields say (payments only)."""
        base = self.base if self.base is not None and self.base.schema == schema else None
        base_consts = base.constants if base is not None else ()
        if schema != "Payment":
            return {"constants": base_consts, "signed": base.signed if base else "",
                    "debit": base.debit if base else "", "credit": base.credit if base else "",
                    "direction": base.direction if base else ""}
        mapped = {p for _, p in pairs}
        wanted: dict[str, str] = {}
        account = self.account.text().strip()
        if account:
            kept = next((p for p, v in base_consts if p in ACCOUNT_CONSTANTS and v == account), "")
            wanted[kept or statement_account_path(account)] = account
        currency = self.currency.text().strip().upper()
        if currency and "currency" not in mapped:
            wanted["currency"] = currency
        constants: list[tuple[str, str]] = []
        for path, value in base_consts:  # the saved order, so an unchanged specification stays the same
            if path not in STATEMENT_CONSTANTS:
                constants.append((path, value))
            elif path in wanted:
                constants.append((path, wanted.pop(path)))
        constants.extend(wanted.items())
        sides = self.sides.currentData() or ""
        debit = str(self.debit.currentData() or "") if sides == "pair" else ""
        credit = str(self.credit.currentData() or "") if sides == "pair" else ""
        direction = str(self.direction.currentData() or "") if sides == "marks" else ""
        signed = ""
        if sides in ("signed", "marks") and "amount" in mapped:
            signed = "amount"
        elif sides == "pair" and base is not None and base.signed:
            signed = base.signed
        return {"constants": tuple(constants), "signed": signed, "debit": debit, "credit": credit,
                "direction": direction}

    def statement_problem(self, schema: str, pairs: list[tuple[str, str]]) -> str:
        """What the statement fields and the mapping say against each other, in plain words."""
        if schema != "Payment":
            return ""
        sides = self.sides.currentData() or ""
        mapped = {p for _, p in pairs}
        account = self.account.text().strip()
        if account and statement_account_path(account) == "payerAccount.iban":
            try:
                normalise(PropType.IBAN, account)
            except ValueError as exc:  # said once at the field, not on every row
                return self.tr("Statement of account: {problem}").format(problem=plain_error(exc))
        if account and any(p.startswith("payerAccount.") for p in mapped):
            return self.tr("The statement's own account is the payer: map the other party's columns "
                           "to Beneficiary account, not to Payer account.")
        if sides:
            # the core refuses it too (`mapping._one_side_only`): said here in the window's words
            payer, beneficiary = sides_named(get_schema(schema), pairs)
            if payer and beneficiary:
                return self.tr("The file names both the payer ({payer}) and the beneficiary ({beneficiary}): it "
                               "already says who paid whom. Under Money in and out choose “{written}”; a "
                               "direction is for a statement of one account.").format(
                    payer=", ".join(payer), beneficiary=", ".join(beneficiary),
                    written=self.tr("amounts as written (no direction)"))
        if sides in ("signed", "marks") and "amount" not in mapped:
            return self.tr("Map the column with the amounts to Amount, or choose a debit and a credit column.")
        if sides == "marks":
            direction = self.direction.currentData() or ""
            if not direction:
                return self.tr("Choose the column that says debit or credit.")
            if direction in {c for c, _p in pairs}:
                return self.tr("The column that says debit or credit is not a value: set it back to "
                               "“not imported”.")
        if sides == "pair":
            debit = self.debit.currentData() or ""
            credit = self.credit.currentData() or ""
            if not debit or not credit:
                return self.tr("Choose both the debit column and the credit column.")
            if debit == credit:
                return self.tr("The debit and the credit column must be two different columns.")
            if "amount" in mapped:
                return self.tr("The debit and credit columns give the amount: set the column mapped to "
                               "Amount back to “not imported”.")
        return ""

    def negative_amounts_hint(self, schema: str, pairs: list[tuple[str, str]], result: Preview) -> str:
        """Negative amounts read without a direction: the user may have a statement in hand."""
        if schema != "Payment" or self.sides.currentData():
            return ""
        columns = [c for c, p in pairs if p == "amount"]
        if not columns or columns[0] not in result.header:
            return ""
        at = result.header.index(columns[0])
        if any(at < len(r.cells) and r.cells[at].strip().startswith("-") for r in result.rows):
            return self.tr("Some amounts are negative: if this file is one account's statement, give its "
                           "account below and the sign will say which way the money went.")
        return ""

    def phone_country_hint(self, result: Preview) -> str:
        """Which country numbers without +code became: many are valid in several (a Portuguese
        912 345 678 is a Madrid number too), so the country is said, not assumed silently."""
        if not result.bare_phones or not result.phone_region:
            return ""
        country = country_label(result.phone_region)
        if self.phone_country.text().strip():
            return self.tr("Numbers without +code are read as numbers of {country}.").format(country=country)
        return self.tr("Numbers without +code are read as numbers of {country}, the case's country: if the "
                       "file comes from another country's operator, say so in “Phones without +code are "
                       "from”.").format(country=country)

    # -- filling ---------------------------------------------------------------------------------------
    def initializePage(self) -> None:
        offer = self.wiz.preview_page.offer
        assert offer is not None
        header = offer.preview.header
        key = (str(self.wiz.file_page.file()), tuple(header))
        if key == self._prepared_for:
            self.recheck()
            return
        self._prepared_for = key
        first = offer.preview.rows[0].cells if offer.preview.rows else []
        self._loading = True
        self.mapping.set_columns(header, first)
        self.time_column.clear()
        self.time_column.addItem(self.tr("In the date column"), "")
        for name in header:
            self.time_column.addItem(name, name)
        for combo in (self.debit, self.credit, self.direction):
            combo.clear()
            combo.addItem(self.tr("(choose a column)"), "")
            for name in header:
                combo.addItem(name, name)
        self.saved = {s.name: s for s in offer.saved}
        self.spec_combo.clear()
        self.spec_combo.addItem(self.tr("New mapping"), "")
        for name in sorted(self.saved, key=str.casefold):
            self.spec_combo.addItem(name, name)
        self._loading = False
        if offer.offered is not None:
            self.spec_combo.setCurrentIndex(self.spec_combo.findData(offer.offered.name))
        else:
            self.spec_combo.setCurrentIndex(0)
            guess = likely_schema(header)  # a new mapping starts on what the headers name
            if guess is not None and self.schema_combo.findData(guess) >= 0:
                self._loading = True
                self.schema_combo.setCurrentIndex(self.schema_combo.findData(guess))
                self._loading = False
        self._spec_chosen()

    def _spec_chosen(self) -> None:
        if self._loading:
            return
        name = self.spec_combo.currentData() or ""
        self.base = self.saved.get(name)
        self._loading = True
        if self.base is not None:
            b = self.base
            self.schema_combo.setCurrentIndex(max(self.schema_combo.findData(b.schema), 0))
            self.choices = property_choices(b.schema)
            self.mapping.set_mapping(b.schema, [(c.column, c.prop) for c in b.columns])
            self.date_formats.setText("; ".join(b.date_formats))
            self.tz.setText(b.tz)
            self.phone_country.setText(b.phone_region)
            self.decimal.setCurrentIndex(max(self.decimal.findData(b.decimal), 0))
            clock = b.time_columns[0][1] if b.time_columns else ""
            self.time_column.setCurrentIndex(max(self.time_column.findData(clock), 0))
        else:
            schema = self.schema_combo.currentData() or "Call"
            self.choices = property_choices(schema)
            self.mapping.set_mapping(schema, [])
        self._fill_statement(self.base)
        self._show_statement(self.schema_combo.currentData() == "Payment")
        self._loading = False
        self._edited()

    def _schema_changed(self) -> None:
        if self._loading:
            return
        schema = str(self.schema_combo.currentData() or "")
        self.choices = property_choices(schema)
        self.mapping.set_schema(schema)
        self._show_statement(schema == "Payment")
        self._edited()

    # -- the specification -----------------------------------------------------------------------------
    def spec(self) -> ImportSpec:
        schema = str(self.schema_combo.currentData() or "")
        pairs = self.mapping.pairs()
        fp = self.wiz.file_page
        values: dict[str, Any] = {
            "schema": schema, "columns": tuple(ColumnMap(c, p) for c, p in pairs),
            "date_formats": tuple(f.strip() for f in self.date_formats.text().split(";") if f.strip()),
            "tz": self.tz.text().strip(), "phone_region": self.phone_country.text().strip().lower(),
            "decimal": str(self.decimal.currentData() or ""),
            "encoding": str(fp.encoding.currentData() or ""),
            "delimiter": str(fp.delimiter.currentData() or ""),
            "sheet": str(fp.sheet.currentData() or ""), "header_row": fp.header_row.value(),
            "time_columns": self._time_columns(pairs),
            **self._statement_values(schema, pairs),
        }
        base = self.base
        if base is None or base.schema != schema:
            return ImportSpec(**values)
        if set(pairs) == {(c.column, c.prop) for c in base.columns}:
            values["columns"] = base.columns  # the saved order: the same digest, "already imported" works
        # keep what the window does not edit: linked entities, required, a signed amount still mapped
        mapped = {p for _, p in pairs} | {p for p, _ in values["constants"]}
        if values["debit"] and values["credit"]:
            mapped.add(values["signed"] or "amount")
        heads = {p.partition(".")[0] for p in mapped}
        if values["signed"] not in mapped:
            values["signed"] = ""
        spec = replace(base, **values,
                       related=tuple(r for r in base.related if r.prop in heads),
                       required=tuple(r for r in base.required if r in mapped or r in heads))
        if not values["encoding"]:
            spec = replace(spec, encoding=base.encoding)
        if not values["delimiter"]:
            spec = replace(spec, delimiter=base.delimiter)
        if not values["sheet"]:
            spec = replace(spec, sheet=base.sheet)
        if not values["header_row"]:
            spec = replace(spec, header_row=base.header_row)
        return spec if self.unchanged(spec) else replace(spec, name="")

    def _time_columns(self, pairs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
        """The chosen time column joins the column mapped to the date."""
        clock = str(self.time_column.currentData() or "")
        day = next((c for c, p in pairs if p == "date"), "")
        return ((day, clock),) if clock and day and clock != day else ()

    def uses(self, spec: ImportSpec) -> dict[str, str]:
        """The columns ``spec`` reads outside its mapping, and what for, as "Becomes" says it."""
        uses: dict[str, str] = {}
        for _day, clock in spec.time_columns:
            uses[clock] = self.tr("Time of the date")
        if spec.schema == "Payment":
            if spec.direction:
                uses[spec.direction] = self.tr("Says debit or credit")
            if spec.debit and spec.credit:
                uses[spec.debit] = self.tr("Amount paid out (debit)")
                uses[spec.credit] = self.tr("Amount paid in (credit)")
        return uses

    def unchanged(self, spec: ImportSpec) -> bool:
        base = self.base
        return base is not None and spec.digest() == base.digest()

    def _edited(self) -> None:
        if self._loading:
            return
        self.problem = ""
        self.checked = None
        spec = self.spec()
        if self.base is not None and not self.unchanged(spec):
            self.edited.setText(self.tr("Changed from “{spec}”: save it as a specification to reuse the "
                                        "new mapping.").format(spec=self.base.name))
        elif self.base is not None:
            self.edited.setText(self.tr("Saved specification “{spec}”.").format(spec=self.base.name)
                                + (" " + self.base.description if self.base.description else ""))
        else:
            self.edited.setText(self.tr("Click a cell under “Becomes” to choose where the column goes."))
        self.mapping.headerDataChanged.emit(Qt.Orientation.Horizontal, MCol.PROPERTY, MCol.PROPERTY)
        self._loading = True  # the model's change would come back here
        self.mapping.set_uses(self.uses(spec))
        self._loading = False
        numbers = reads_numbers(spec.schema)
        self.decimal_label.setVisible(numbers)
        self.decimal.setVisible(numbers)
        self.save_button.setEnabled(bool(spec.columns))
        self.completeChanged.emit()
        self._timer.start()

    def recheck(self) -> None:
        spec = self.spec()
        fp = self.wiz.file_page
        if fp.fmt is None:
            return
        self._asked += 1
        ticket = self._asked
        self.status.setStyleSheet("")
        if not spec.columns:
            self.status.setText(self.tr("No column is mapped yet."))
        else:
            self.status.setText(self.tr("Checking the first rows…"))
        self.wiz.session.call(mapping_look, fp.file(), spec if spec.columns else None, fp.fmt,
                              on_done=lambda found: self._checked(ticket, *found),
                              on_error=lambda exc: self._failed(ticket, exc))

    def _checked(self, ticket: int, result: Preview, planned: ImportPreview | None = None) -> None:
        if ticket != self._asked:
            return
        self.preview_model.set_preview(result)
        self.planned.show_preview(planned)
        self.preview_view.resizeColumnsToContents()
        if not self.mapping.pairs():
            self.checked = None
            self.status.setText(self.tr("No column is mapped yet."))
            self.completeChanged.emit()
            return
        self.checked = result
        schema = str(self.schema_combo.currentData() or "")
        pairs = self.mapping.pairs()
        # the page's own explanations first; the core's coded refusal in the window's words too
        self.problem = self.statement_problem(schema, pairs) or (
            plain_error(result.problem_error) if result.problem_error is not None else result.problem)
        if self.problem:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(self.problem)
            # said once, above; rows read by an incomplete mapping (the last mode's directions) are
            # not shown as if they were what the import will do
            self.planned.clear(self.tr("The rows as they will be imported show here once the problem "
                                       "above is solved."))
        else:
            bad = sum(1 for r in result.rows if r.errors)
            text = self.tr("First {rows} rows checked: {bad} with a problem (tinted; "
                           "point at a cell to read why).").format(rows=len(result.rows), bad=bad)
            hints = [self.negative_amounts_hint(schema, pairs, result), self.phone_country_hint(result)]
            self.status.setText(" ".join([text, *filter(None, hints)]))
        self.completeChanged.emit()

    def _failed(self, ticket: int, exc: BaseException) -> None:
        if ticket != self._asked:
            return
        self.checked = None
        self.problem = plain_error(exc)
        self.planned.clear()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.problem)
        self.completeChanged.emit()

    def save_spec(self) -> None:
        spec = self.spec()
        if not spec.columns:
            return
        default = self.base.name if self.base is not None else ""
        name = ask.text(self, self.tr("Save as specification"),
                        self.tr("Name (e.g. the operator or bank, so the next file from them uses it):"),
                        default)
        if not name or not name.strip():
            return
        if name.strip() in self.saved and not ask.confirm(
                self, self.tr("Save as specification"),
                self.tr("A specification named “{spec}” exists. Replace it?").format(spec=name.strip())):
            return
        self.wiz.session.call(specs.save_spec, spec, name.strip(), on_done=self._saved,
                              on_error=lambda exc: ask.error(self, self.tr("Save as specification"),
                                                             plain_error(exc)))

    def _saved(self, spec: ImportSpec) -> None:
        self.saved[spec.name] = spec
        self._loading = True
        if self.spec_combo.findData(spec.name) < 0:
            self.spec_combo.addItem(spec.name, spec.name)
        self.spec_combo.setCurrentIndex(self.spec_combo.findData(spec.name))
        self.base = spec
        self._loading = False
        self._edited()

    def isComplete(self) -> bool:
        return bool(self.mapping.pairs()) and self.checked is not None and not self.problem


# -- page 4: the check ------------------------------------------------------------------------------------
class CheckPage(QWizardPage):
    def __init__(self, wizard: TableImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.result: RowCheck | None = None
        self.task: int | None = None
        self.runner: TaskRunner | None = None
        self.setTitle(self.tr("Check every row"))
        self.setSubTitle(self.tr("Rows with a problem are listed by row number (as a spreadsheet shows "
                                 "them) and column. Nothing has been imported yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        lay = QVBoxLayout(self)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        lay.addWidget(self.bar)
        self.summary = hint_label("checkSummary")
        lay.addWidget(self.summary)
        self.problems = ProblemModel(self)
        self.table = table_view(self.problems, "checkProblems")
        self.table.verticalHeader().hide()
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(PCol.ROW, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(PCol.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table, 1)
        self.strict = QCheckBox(self.tr("Strict: import nothing if any row has a problem"))
        self.strict.setObjectName("strictMode")
        lay.addWidget(self.strict)
        self.after = hint_label("checkAfter")
        self.after.setStyleSheet("color: #555;")
        lay.addWidget(self.after)
        self.strict.toggled.connect(lambda _c: self._explain())

    def initializePage(self) -> None:
        self.result = None
        self.wiz.report = None
        self.problems.set_errors([])
        self.bar.setValue(0)
        self.bar.show()
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Reading every row…"))
        self.after.setText("")
        w = self.wiz
        self.task = w.session.run_task(check_rows, w.file_page.file(), w.mapping_page.spec(),
                                       w.file_page.fmt, on_done=self._checked, on_error=self._failed,
                                       on_progress=self._progress)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self.stop()

    def stop(self) -> None:
        if self.task is not None:
            self.wiz.session.cancel(self.task)
            self.task = None

    def _progress(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.bar.setValue(min(1000, done * 1000 // total))

    def _checked(self, result: RowCheck) -> None:
        self.task = None
        self.bar.hide()
        self.result = result
        if result.problem:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(plain_error(result.problem_error) if result.problem_error is not None
                                 else result.problem)
        else:
            self.summary.setText(self.tr("{rows} rows read — OK: {ok}, with problems: {bad}.").format(
                rows=result.rows, ok=result.ok_rows, bad=result.rejected_rows))
        self.problems.set_errors(result.errors)
        self._explain()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self.bar.hide()
        if isinstance(exc, OperationCancelled):
            return
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(plain_error(exc))
        self.completeChanged.emit()

    def _explain(self) -> None:
        r = self.result
        if r is None or r.problem:
            self.after.setText("")
            return
        if not r.rejected_rows:
            text = self.tr("Every row can be imported.")
        elif self.strict.isChecked():
            text = self.tr("Strict mode: rows with problems ({bad}) stop the import; nothing will be "
                           "imported.").format(bad=r.rejected_rows)
        else:
            text = self.tr("Rows to import: {ok}. Rows with problems ({bad}) are left out and "
                           "reported.").format(ok=r.ok_rows, bad=r.rejected_rows)
        self.after.setText(text + " " + self.tr("The file is first taken in as evidence; every value "
                                                "will point at its row."))

    def isComplete(self) -> bool:
        return self.result is not None and not self.result.problem and self.wiz.runner is None

    def validatePage(self) -> bool:
        if self.wiz.report is not None:
            return True
        if self.isComplete():
            self.wiz.start_import()
        return False


# -- page 5: the result -------------------------------------------------------------------------------------
class ResultPage(QWizardPage):
    def __init__(self, wizard: TableImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import finished"))
        lay = QVBoxLayout(self)
        self.headline = hint_label("resultHeadline")
        self.headline.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.headline)
        form = QFormLayout()
        self.imported = QLabel()
        self.imported.setObjectName("resultImported")
        self.rejected = QLabel()
        self.rejected.setObjectName("resultRejected")
        self.entities = QLabel()
        self.entities.setObjectName("resultEntities")
        self.by_name = QLabel()
        self.by_name.setObjectName("resultByName")
        self.by_name.setWordWrap(True)
        self.exhibit = QLabel()
        self.exhibit.setObjectName("resultExhibit")
        self.exhibit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Rows imported:"), self.imported)
        form.addRow(self.tr("Rows rejected:"), self.rejected)
        self.skipped = QLabel()
        self.skipped.setObjectName("resultSkipped")
        self.skipped.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Total and footer rows skipped:"), self.skipped)
        form.addRow(self.tr("New entities (values):"), self.entities)
        # payers, callers … named by a name: found in the case, or proposed (decision 65)
        form.addRow(self.tr("Found by name:"), self.by_name)
        form.addRow(self.tr("Evidence exhibit:"), self.exhibit)
        lay.addLayout(form)
        self.problems = ProblemModel(self)
        self.table = table_view(self.problems, "resultProblems")
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(PCol.ROW, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(PCol.COLUMN,
                                                           QHeaderView.ResizeMode.ResizeToContents)
        lay.addWidget(self.table, 1)

    def initializePage(self) -> None:
        r = self.wiz.report
        assert r is not None
        self.setSubTitle(self.tr("The file is kept in the case as evidence; every imported value "
                                 "points at its row.") if r.imported or r.already_imported else
                         self.tr("The case is as it was."))
        if r.already_imported:
            self.setTitle(self.tr("Already imported"))
            self.headline.setText(self.tr("{name} was already imported with this specification; nothing "
                                          "was added.").format(name=r.path.name))
        elif not r.imported:
            self.setTitle(self.tr("Nothing imported"))
            self.headline.setText(self.tr("Strict mode: {bad} of {rows} rows have a problem, so nothing "
                                          "was imported and the file was not taken in.").format(
                bad=r.rejected_rows, rows=r.rows))
        else:
            self.setTitle(self.tr("Import finished"))
            self.headline.setText(self.tr("{name} was imported.").format(name=r.path.name))
            if r.resumed_after:
                self.headline.setText(self.tr("{name} was imported: the interrupted import went on "
                                              "after row {row}.").format(name=r.path.name,
                                                                         row=r.resumed_after))
        self.imported.setText(self.tr("{new} new, {present} already present").format(
            new=r.imported_rows, present=r.present) if not r.already_imported else "—")
        self.rejected.setText(str(r.rejected_rows) if not r.already_imported else "—")
        self.entities.setText(f"{r.entities} ({r.statements})" if r.imported else "—")
        self.exhibit.setText(r.exhibit or "—")
        self.by_name.setText(self.by_name_text(r) if r.imported else "—")
        self.skipped.setText(", ".join(self.tr("row {row}").format(row=n) for n, _ in r.skipped[:10])
                             + (" …" if len(r.skipped) > 10 else "") or "—")
        self.problems.set_errors([*r.errors, *r.warnings])
        self.table.setVisible(bool(r.errors or r.warnings))


    def by_name_text(self, r: ImportReport) -> str:
        # only ends named by a name are counted here: ends found by a number or an IBAN
        # link as they always did, and are not "new entities" above
        text = self.tr("{matched} linked to the entity of the case bearing the name").format(matched=r.matched)
        if r.proposed:
            text += " · " + self.tr("{proposed} merge proposals to review (Bundles › Merge review)").format(
                proposed=r.proposed)
        if r.ambiguous:
            text += " · " + self.tr("names borne by several entities, not linked: {count}").format(
                count=r.ambiguous)
        return text


# -- the wizard -------------------------------------------------------------------------------------------
class TableImportWizard(QWizard):
    """Shown with open(); emits `imported(ImportReport)` once rows were added to the case."""

    imported = Signal(object)

    def __init__(self, session: CaseSession, parent: QWidget | None = None, *, path: str = "",
                 start_folder: str = "") -> None:
        super().__init__(parent)
        self.session = session
        self.start_folder = start_folder or str(Path.home())
        self.report: ImportReport | None = None
        self.runner: TaskRunner | None = None
        self.setObjectName("tableImportWizard")
        self.setWindowTitle(self.tr("Import a table"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # the width only: the height follows the pages (a page grows the window to keep its
        # tables in sight, `MappingPage`), 660 to start
        self.setMinimumWidth(940)
        self.resize(940, 660)
        self.file_page = FilePage(self, path)
        self.preview_page = PreviewPage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.result_page = ResultPage(self)
        for page in (self.file_page, self.preview_page, self.mapping_page, self.check_page,
                     self.result_page):
            self.addPage(page)
        plain_labels(self)  # case data in labels is shown as written, never as markup
        self.look_for_unfinished()

    def look_for_unfinished(self) -> None:
        self.session.call(unfinished_imports, on_done=self.file_page.show_unfinished, owner=self)

    def roll_back_unfinished(self) -> None:
        run = self.file_page.unfinished_run
        if run is None or self.runner is not None:
            return
        if not ask.confirm(self, self.tr("Roll back an import"),
                           self.tr("Delete every row the import of {file} brought into the case? "
                                   "The file stays in the case as evidence.").format(file=run.file_name)):
            return
        runner = TaskRunner(self.session, self, self.tr("Roll back an import"),
                            self.tr("Deleting the rows the import brought in…"))
        self.runner = runner
        runner.finished.connect(self._rolled_back)
        runner.failed.connect(self._rollback_failed)
        runner.start(rollback_import, run.id)

    def _rolled_back(self, done: Any) -> None:
        self.runner = None
        self.session.notify(ENTITIES)
        ask.info(self, self.tr("Roll back an import"),
                 self.tr("The import of {file} was rolled back: {count} records deleted.").format(
                     file=done.run.file_name, count=done.entities))
        self.look_for_unfinished()

    def _rollback_failed(self, exc: BaseException) -> None:
        self.runner = None
        self.session.notify(ENTITIES)
        if isinstance(exc, OperationCancelled):
            ask.info(self, self.tr("Roll back an import"),
                     self.tr("The rollback stopped; roll back again to delete the rest."))
        else:
            ask.error(self, self.tr("Roll back an import"), plain_error(exc))
        self.look_for_unfinished()

    def start_import(self) -> None:
        if self.runner is not None:
            return
        fp = self.file_page
        runner = TaskRunner(self.session, self, self.tr("Import a table"),
                            self.tr("Taking the file in as evidence and importing the rows…"))
        runner.label_format = lambda done, total, msg: self.tr("Importing {name}…").format(
            name=fp.file().name)
        self.runner = runner
        runner.finished.connect(self._imported)
        runner.failed.connect(self._failed)
        self.check_page.completeChanged.emit()
        runner.start(import_table, fp.file(), self.mapping_page.spec(),
                     strict=self.check_page.strict.isChecked(), fmt=fp.fmt)

    def _imported(self, report: ImportReport) -> None:
        self.runner = None
        self.report = report
        self.look_for_unfinished()
        self.next()
        if report.imported:
            self.imported.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self.runner = None
        self.check_page.completeChanged.emit()
        self.look_for_unfinished()  # an import that failed half-way can be rolled back
        if isinstance(exc, OperationCancelled):
            ask.info(self, self.tr("Import cancelled"),
                     self.tr("The import was cancelled: no rows were added to the case."))
        else:
            ask.error(self, self.tr("Import a table"), plain_error(exc))

    def discard(self) -> None:
        """The case is being locked or closed: stop any work and close without asking."""
        if self.runner is not None:
            self.runner.cancel()
            self.runner = None
        self.check_page.stop()
        self.preview_page.model.set_preview(None)
        self.mapping_page.preview_model.set_preview(None)
        self.mapping_page.planned.clear()
        self.done(int(QWizard.DialogCode.Rejected))

    def reject(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
            return
        self.check_page.stop()
        super().reject()
