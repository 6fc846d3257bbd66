"""Export wizard: what goes, to whom, on which legal basis; the withheld report; then write.

services.bundles.plan_export applies handling per recipient; the review page shows what
would go and what is withheld from whom and why before anything is written. Writing runs
on the case worker (TaskRunner: progress and Cancel); a cancelled write leaves no file and
records nothing.
"""

from __future__ import annotations

import enum
import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from casebench.domain.ordering import name_key
from casebench.services import bundles, evidence
from casebench.services import entities as entities_svc
from casebench.services.bundles import (
    ExportPlan,
    ExportResult,
    LegalBasis,
    PassphraseRecipient,
    Selection,
    Withheld,
)
from casebench.services.progress import OperationCancelled
from casebench.ui import captions
from casebench.ui.common import plain_error, plain_labels
from casebench.ui.dialogs import ask
from casebench.ui.identity_dialog import Keys
from casebench.ui.labels import prop_label, schema_label
from casebench.ui.pick_model import PickModel, PickRow
from casebench.ui.progress import TaskRunner
from casebench.ui.session import CaseSession
from casebench.ui.table_base import Column, TableModel
from casebench.ui.wizard import MIN_PASSPHRASE, country_combo

LIST_LIMIT = 300


def pick_list(model: PickModel, name: str, height: int = 130) -> QListView:
    view = QListView()
    view.setObjectName(name)
    view.setModel(model)
    view.setMinimumHeight(height)
    view.setUniformItemSizes(True)
    return view


def list_exhibit_rows(case: Any) -> list[PickRow]:
    return [PickRow(x.reference, f"{x.reference} — {x.description}"[:120], x.description)
            for x in evidence.list_exhibits(case, limit=LIST_LIMIT)]


# -- the withheld report ---------------------------------------------------------------------------
class WCol(enum.IntEnum):
    KIND = 0
    ITEM = 1
    RECIPIENT = 2
    REASON = 3


class WithheldModel(TableModel[Withheld]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.column_specs = (
            Column(QT_TRANSLATE_NOOP("WithheldModel", "Kind"), self._kind, tooltip=self._kind),
            Column(QT_TRANSLATE_NOOP("WithheldModel", "Item"), self._item,
                   tooltip=lambda w: f"{self._item(w)}\n{w.id}"),
            Column(QT_TRANSLATE_NOOP("WithheldModel", "Withheld from"), self._recipient, tooltip=self._recipient),
            Column(QT_TRANSLATE_NOOP("WithheldModel", "Reason"), lambda w: w.reason, tooltip=lambda w: w.reason,
                   roles=lambda w, role: QBrush(QColor("#8a1c1c")) if role == Qt.ItemDataRole.ForegroundRole
                   else None),
        )

    def kind_label(self, kind: str) -> str:
        return {"entity": self.tr("Entity"), "statement": self.tr("Value"),
                "exhibit": self.tr("Exhibit")}.get(kind, kind)

    def _kind(self, w: Withheld) -> str:
        return self.kind_label(w.kind)

    def _item(self, w: Withheld) -> str:
        """Schema and property in the window's language (the plan's label carries internal names)."""
        if w.prop:
            return f"{w.caption}: {prop_label(w.schema, w.prop)}"
        if w.schema and w.kind == "entity":
            return f"{schema_label(w.schema)} {captions.caption(w.schema, w.caption, w.id)}"
        return w.label

    def _recipient(self, w: Withheld) -> str:
        return self.tr("every recipient") if w.recipient == "all" else w.recipient

    def row_data(self, w: Withheld, role: int) -> Any:
        return w.id if role == Qt.ItemDataRole.UserRole else None


# -- pages ----------------------------------------------------------------------------------------
class SelectionPage(QWizardPage):
    def __init__(self, session: CaseSession) -> None:
        super().__init__()
        self.session = session
        self.setTitle(self.tr("What to send"))
        self.setSubTitle(self.tr("Tick entities and exhibits, or choose by date range or tag. "
                                 "Whatever a chosen value points at goes too."))
        grid = QGridLayout(self)
        self.entities = PickModel(self)
        self.exhibits = PickModel(self)
        self.tags = PickModel(self)
        self.filter = QLineEdit()
        self.filter.setObjectName("exportEntityFilter")
        self.filter.setPlaceholderText(self.tr("Find entities by name…"))
        self.filter.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.load_entities)
        self.filter.textChanged.connect(lambda _t: self._timer.start())
        self.entity_view = pick_list(self.entities, "exportEntities", 180)
        self.neighbours = QCheckBox(self.tr("Also send their links to other entities (neighbours)"))
        self.neighbours.setObjectName("exportNeighbours")
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Entities:")))
        left.addWidget(self.filter)
        left.addWidget(self.entity_view, 1)
        left.addWidget(self.neighbours)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Exhibits (with their files and custody):")))
        right.addWidget(pick_list(self.exhibits, "exportExhibits", 90), 1)
        right.addWidget(QLabel(self.tr("Everything tagged:")))
        right.addWidget(pick_list(self.tags, "exportTags", 70), 1)
        dates = QHBoxLayout()
        self.date_from = QLineEdit()
        self.date_from.setObjectName("exportDateFrom")
        self.date_from.setPlaceholderText(self.tr("from, e.g. 2024-03"))
        self.date_to = QLineEdit()
        self.date_to.setObjectName("exportDateTo")
        self.date_to.setPlaceholderText(self.tr("to, e.g. 2024-06-30"))
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        right.addWidget(QLabel(self.tr("Dated items in this range:")))
        right.addLayout(dates)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        for m in (self.entities, self.exhibits, self.tags):
            m.checkedChanged.connect(self.completeChanged)
        for e in (self.date_from, self.date_to):
            e.textChanged.connect(lambda _t: self.completeChanged.emit())

    def load(self) -> None:
        self.load_entities()
        self.session.call(list_exhibit_rows, on_done=self.exhibits.set_rows, owner=self)
        self.session.call(entities_svc.all_tags,
                          on_done=lambda tags: self.tags.set_rows(PickRow(t, t) for t in tags), owner=self)

    def load_entities(self) -> None:
        text = self.filter.text().strip() or None
        self.session.query("entities", entities_svc.list_entities, text=text, limit=LIST_LIMIT,
                           on_done=self._entities)

    def _entities(self, rows: list[Any]) -> None:
        # the list's SQL order puts "álvaro" after "Z" (see store.entities): read in name order
        self.entities.set_rows(PickRow(r.id, f"{captions.caption(r.schema, r.caption, r.id)} — {schema_label(r.schema)}")
                               for r in sorted(rows, key=lambda r: (name_key(r.caption), r.id)))

    def selection(self) -> Selection:
        return Selection(entity_ids=self.entities.checked(), neighbours=self.neighbours.isChecked(),
                         exhibits=self.exhibits.checked(), date_from=self.date_from.text().strip() or None,
                         date_to=self.date_to.text().strip() or None, tags=self.tags.checked())

    def isComplete(self) -> bool:
        s = self.selection()
        return bool(s.entity_ids or s.exhibits or s.tags or s.date_from or s.date_to)


class RecipientsPage(QWizardPage):
    def __init__(self, keys: Keys) -> None:
        super().__init__()
        self.keys = keys
        self.setTitle(self.tr("Who receives it"))
        self.setSubTitle(self.tr("Partners come from your directory (keys pinned after comparing "
                                 "fingerprints). For a recipient without casebench keys use "
                                 "passphrase mode: a key file protected by a passphrase you send "
                                 "by another channel."))
        lay = QVBoxLayout(self)
        self.to_partners = QRadioButton(self.tr("Partners from my directory"))
        self.to_partners.setObjectName("toPartners")
        self.to_passphrase = QRadioButton(self.tr("Passphrase mode (one recipient without keys)"))
        self.to_passphrase.setObjectName("toPassphrase")
        group = QButtonGroup(self)
        group.addButton(self.to_partners)
        group.addButton(self.to_passphrase)
        self.partners = PickModel(self)
        self.partners.set_rows(
            PickRow(p.key_id, p.label(), self.tr("fingerprint {fp}").format(fp=p.card.fingerprint_hex))
            for p in sorted(keys.partners.partners, key=lambda p: (name_key(p.card.name), p.key_id)))
        self.partner_view = pick_list(self.partners, "exportPartners", 120)
        self.empty = QLabel(self.tr("Your partner directory is empty. Add partners from their contact "
                                    "cards (Bundles › Add partner…), or use passphrase mode."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not keys.partners.partners)
        lay.addWidget(self.to_partners)
        lay.addWidget(self.partner_view, 1)
        lay.addWidget(self.empty)
        lay.addWidget(self.to_passphrase)
        self.pp_box = QWidget()
        form = QFormLayout(self.pp_box)
        self.pp_name = QLineEdit()
        self.pp_name.setObjectName("ppName")
        self.pp_agency = QLineEdit()
        self.pp_country = country_combo()
        self.pp_first = QLineEdit()
        self.pp_first.setObjectName("ppPassphrase1")
        self.pp_first.setEchoMode(QLineEdit.EchoMode.Password)
        self.pp_second = QLineEdit()
        self.pp_second.setObjectName("ppPassphrase2")
        self.pp_second.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Recipient name:"), self.pp_name)
        form.addRow(self.tr("Agency:"), self.pp_agency)
        form.addRow(self.tr("Country:"), self.pp_country)
        form.addRow(self.tr("Key file passphrase:"), self.pp_first)
        form.addRow(self.tr("Again:"), self.pp_second)
        lay.addWidget(self.pp_box)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b00020;")
        lay.addWidget(self.hint)
        (self.to_partners if keys.partners.partners else self.to_passphrase).setChecked(True)
        for w in (self.to_partners, self.to_passphrase):
            w.toggled.connect(self._update)
        self.partners.checkedChanged.connect(self._update)
        for e in (self.pp_name, self.pp_first, self.pp_second):
            e.textChanged.connect(self._update)
        self._update()

    def passphrase_mode(self) -> bool:
        return self.to_passphrase.isChecked()

    def recipients(self) -> list[bundles.Recipient]:
        if self.passphrase_mode():
            return [PassphraseRecipient(self.pp_name.text().strip(), self.pp_agency.text().strip(),
                                        str(self.pp_country.currentData() or ""))]
        chosen = set(self.partners.checked())
        return [p for p in self.keys.partners.partners if p.key_id in chosen]

    def key_passphrase(self) -> str | None:
        return self.pp_first.text() if self.passphrase_mode() else None

    def problem(self) -> str:
        if not self.passphrase_mode():
            return "" if self.partners.checked() else self.tr("Tick at least one partner.")
        if not self.pp_name.text().strip():
            return self.tr("Name the recipient.")
        if len(self.pp_first.text()) < MIN_PASSPHRASE:
            return self.tr("The key file passphrase needs at least {n} characters.").format(n=MIN_PASSPHRASE)
        if self.pp_first.text() != self.pp_second.text():
            return self.tr("The two passphrases differ.")
        return ""

    def _update(self) -> None:
        pp = self.passphrase_mode()
        self.partner_view.setEnabled(not pp)
        self.pp_box.setEnabled(pp)
        self.hint.setText(self.problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()


LEGAL_KINDS = ("MLA", "JIT", "police", "EIO", "other")  # services.bundles.LEGAL_KINDS


class LegalPage(QWizardPage):
    def __init__(self, start_folder: str) -> None:
        super().__init__()
        self.setTitle(self.tr("Legal basis and purpose"))
        self.setSubTitle(self.tr("Recorded in the bundle, in the audit log (a disclosure) and in the "
                                 "custody of every exported exhibit."))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("legalKind")
        labels = {"MLA": self.tr("Mutual legal assistance request"),
                  "JIT": self.tr("Joint investigation team agreement"),
                  "police": self.tr("Police co-operation channel"),
                  "EIO": self.tr("European Investigation Order"),
                  "other": self.tr("Other legal basis")}
        for code in LEGAL_KINDS:
            self.kind.addItem(labels[code], code)
        self.reference = QLineEdit()
        self.reference.setObjectName("legalReference")
        self.reference.setPlaceholderText(self.tr("e.g. MLA request ES-2024-0117, JIT-ES-PT-2024-03"))
        self.purpose = QPlainTextEdit()
        self.purpose.setObjectName("purpose")
        self.purpose.setPlaceholderText(self.tr("e.g. joint analysis of the Atlantic route ahead of "
                                                "the operational meeting"))
        self.purpose.setMaximumHeight(80)
        row = QHBoxLayout()
        self.output = QLineEdit(str(Path(start_folder) / "bundle.cbx"))
        self.output.setObjectName("bundleOutput")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.output, 1)
        row.addWidget(browse)
        self.hint = QLabel()
        self.hint.setObjectName("legalHint")
        self.hint.setWordWrap(True)
        # under the last field, not centred in the room left below the form
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Legal basis:"), self.kind)
        form.addRow(self.tr("Reference:"), self.reference)
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("Write to:"), row)
        form.addRow("", self.hint)
        self.reference.textChanged.connect(self._update)
        self.purpose.textChanged.connect(self._update)
        self.output.textChanged.connect(self._update)
        self._update()

    def _browse(self) -> None:
        path = ask.save_file(self, self.tr("Write the bundle to"), self.output.text(),
                             self.tr("casebench bundles (*.cbx)"))
        if path:
            self.output.setText(path if path.endswith(".cbx") else path + ".cbx")

    def legal_basis(self) -> LegalBasis:
        return LegalBasis(str(self.kind.currentData()), self.reference.text().strip())

    def out_path(self) -> Path:
        return Path(self.output.text().strip())

    def problem(self) -> str:
        if not self.reference.text().strip():
            return self.tr("Give the reference of the request, agreement or channel.")
        if not self.purpose.toPlainText().strip():
            return self.tr("State the purpose of the disclosure.")
        text = self.output.text().strip()
        if not text:
            return self.tr("Choose where to write the bundle.")
        out = self.out_path()
        if out.exists():
            return self.tr("{name} already exists; choose another file name.").format(name=out.name)
        if not out.parent.is_dir():
            return self.tr("The folder {folder} does not exist.").format(folder=str(out.parent))
        return ""

    def _update(self) -> None:
        self.hint.setText(self.problem())
        # what is missing is advice until something was typed, then a problem
        typed = bool(self.reference.text().strip() or self.purpose.toPlainText().strip())
        self.hint.setStyleSheet("color: #b00020;" if typed else "color: #555;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.problem()


class ReviewPage(QWizardPage):
    """The plan: counts, highest TLP and the withheld report; nothing is written yet."""

    def __init__(self, wizard: ExportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.plan: ExportPlan | None = None
        self.setTitle(self.tr("Check before sending"))
        self.setSubTitle(self.tr("Handling rules were applied per recipient. Nothing has been "
                                 "written yet."))
        lay = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Working out what may go…"))
        self.summary.setObjectName("exportSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)  # counts and our bold; errors are escaped
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.withheld_label = QLabel()
        self.withheld_label.setObjectName("withheldLabel")
        self.withheld_label.setTextFormat(Qt.TextFormat.RichText)  # a count and our bold only
        self.withheld_label.setWordWrap(True)
        lay.addWidget(self.withheld_label)
        self.model = WithheldModel(self)
        self.table = QTableView()
        self.table.setObjectName("withheldTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(WCol.KIND, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(WCol.ITEM, QHeaderView.ResizeMode.Interactive)
        hh.resizeSection(WCol.ITEM, 200)
        hh.setSectionResizeMode(WCol.RECIPIENT, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(WCol.REASON, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table, 1)

    def initializePage(self) -> None:
        self.plan = None
        self.model.set_rows([])
        self.summary.setText(self.tr("Working out what may go…"))
        self.summary.setStyleSheet("")
        self.withheld_label.setText("")
        w = self.wiz
        w.session.call(bundles.plan_export, w.selection_page.selection(), w.recipients_page.recipients(),
                       identity=w.keys.identity, on_done=self._planned, on_error=self._failed)
        self.completeChanged.emit()

    def _planned(self, plan: ExportPlan) -> None:
        self.plan = plan
        c = plan.counts
        text = self.tr("To go: {e} entities, {s} values, {x} exhibits ({f} files), {r} retractions. "
                       "Highest TLP in the bundle: {tlp}.").format(
            e=c["entities"], s=c["statements"], x=c["exhibits"], f=c["files"], r=c["retractions"],
            tlp=plan.max_tlp.label)
        if not plan.entities and not plan.exhibits.exhibit_ids:
            text += "<br><b>" + self.tr("Nothing can go: everything selected is withheld or the "
                                        "selection is empty.") + "</b>"
            self.summary.setStyleSheet("color: #b00020;")
        self.summary.setText(text)
        self.model.set_rows(plan.withheld)
        if plan.withheld:
            self.withheld_label.setText(self.tr("<b>Withheld ({n})</b> — these stay in the case; the "
                                                "reasons come from their handling:").format(
                n=len(plan.withheld)))
        else:
            self.withheld_label.setText(self.tr("Nothing is withheld."))
        self.table.resizeRowsToContents()
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.plan = None
        self.summary.setText(html.escape(plain_error(exc), quote=False))  # a rich label: escape
        self.summary.setStyleSheet("color: #b00020;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        p = self.plan
        return p is not None and bool(p.entities or p.exhibits.exhibit_ids)


class ExportWizard(QWizard):
    """Shown with open(); emits `written(ExportResult)` and closes once the bundle is written."""

    written = Signal(object)

    def __init__(self, session: CaseSession, keys: Keys, parent: QWidget | None = None, *,
                 start_folder: str = "", preselect: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.keys = keys
        self.result_: ExportResult | None = None
        self.runner: TaskRunner | None = None
        self.setObjectName("exportWizard")
        self.setWindowTitle(self.tr("Export a partner bundle"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumSize(820, 600)
        self.selection_page = SelectionPage(session)
        self.recipients_page = RecipientsPage(keys)
        self.legal_page = LegalPage(start_folder or str(Path.home()))
        self.review_page = ReviewPage(self)
        for page in (self.selection_page, self.recipients_page, self.legal_page, self.review_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Write bundle"))
        if preselect is not None:
            self.selection_page.entities.add_checked(PickRow(preselect[0], preselect[1]))
        self.selection_page.load()
        plain_labels(self)  # case data in labels is shown as written, never as markup

    def accept(self) -> None:
        """Finish: write the planned bundle on the worker with progress and Cancel."""
        plan = self.review_page.plan
        if plan is None or self.runner is not None:
            return
        legal = self.legal_page
        runner = TaskRunner(self.session, self, self.tr("Export a partner bundle"),
                            self.tr("Writing, signing and encrypting the bundle…"))
        self.runner = runner
        runner.finished.connect(self._written)
        runner.failed.connect(self._failed)
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        runner.start(bundles.write_export, plan, self.keys.identity, legal.out_path(),
                     legal_basis=legal.legal_basis(), purpose=legal.purpose.toPlainText().strip(),
                     key_passphrase=self.recipients_page.key_passphrase())

    def _written(self, result: ExportResult) -> None:
        self.runner = None
        self.result_ = result
        self._wipe()
        super().accept()
        self.written.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self.runner = None
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(exc, OperationCancelled):
            ask.info(self, self.tr("Export cancelled"),
                     self.tr("The export was cancelled: no file was written and nothing was recorded."))
        else:
            ask.error(self, self.tr("Export a partner bundle"), plain_error(exc))

    def _wipe(self) -> None:
        self.recipients_page.pp_first.clear()
        self.recipients_page.pp_second.clear()

    def reject(self) -> None:
        if self.runner is not None:
            self.runner.cancel()
            return
        self._wipe()
        super().reject()
