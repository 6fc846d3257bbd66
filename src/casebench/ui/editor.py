"""Schema-driven entity editor: any schema, multi-valued properties, provenance shown, retract."""

from __future__ import annotations

import enum
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.grading import SCHEME_TITLES, Grade, GradeScheme
from casebench.domain.handling import TLP, DataSubject, Handling
from casebench.domain.model import Entity
from casebench.domain.schema import Property, get_schema
from casebench.services import entities as svc
from casebench.services import entity_links as el
from casebench.services.progress import Cancelled, Progress, never_cancelled, no_progress
from casebench.services.types import Case
from casebench.ui import captions
from casebench.ui.columns import fit_columns, refit
from casebench.ui.common import ExplainPane, TlpBadge, clipboard_guard, plain_error, plain_tip
from casebench.ui.dialogs import ask
from casebench.ui.fields import FieldState, PropertyRow, ValueField, make_field
from casebench.ui.form_undo import FormUndo
from casebench.ui.kind_icons import kind_icon
from casebench.ui.labels import featured_properties, prop_label, property_order, schema_label
from casebench.ui.links import LinkButton, follow
from casebench.ui.links_table import LinksPanel
from casebench.ui.progress import TaskRunner
from casebench.ui.renaming import Change, run_change
from casebench.ui.session import ENTITIES, CaseSession
from casebench.ui.statement_model import SCol, StatementModel
from casebench.ui.value_details import ValueDetails
from casebench.ui.value_labels import DATA_SUBJECT, refresh_texts, value_label
from casebench.ui.wizard import tlp_combo

# Shown before "all properties" even when the schema does not feature them.
HIDDEN = ("photo",)
MAX_REF_BUTTONS = 6  # names above the values; the rest are under Links (and in the table)
REFS_PER_LINE = 2  # a relationship's two ends side by side (payer and beneficiary, their accounts)
WHOLE_REFS = 4  # up to this many names (a payment's four) get a line each if they need it to be whole


class Choice(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


_ANSWERS = {QMessageBox.StandardButton.Save: Choice.SAVE, QMessageBox.StandardButton.Discard: Choice.DISCARD}


def ask_unsaved(parent: QWidget | None, name: str) -> Choice:
    """Save, Discard or Cancel for values typed for ``name`` and not saved. Every way of
    leaving an entity asks here, so tests replace this one function (a modal box would
    block an offscreen test run)."""
    title = QCoreApplication.translate("EntityEditor", "Values not saved")
    text = QCoreApplication.translate(
        "EntityEditor", "You typed values for “{name}” that are not saved.\n\n"
        "Save them now, discard them, or cancel to go back to them.").format(name=name)
    buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
               | QMessageBox.StandardButton.Cancel)
    answer = ask.choose(parent, title, text, buttons, QMessageBox.StandardButton.Save)
    return _ANSWERS.get(answer, Choice.CANCEL)


def _add_and_name(case: Case, draft: svc.EntityDraft, source: svc.Source) -> tuple[str, str]:
    """Runs on the worker: a new entity, and its name for the note that it was saved."""
    entity_id = svc.add_entity(case, draft, source)
    return entity_id, svc.get(case, entity_id).caption


def _add_values_and_name(case: Case, entity_id: str, values: list[tuple[str, str]],
                         source: svc.Source, *, progress: Progress = no_progress,
                         cancelled: Cancelled = never_cancelled) -> tuple[str, str]:
    svc.add_values(case, entity_id, values, source, progress=progress, cancelled=cancelled)
    return entity_id, svc.get(case, entity_id).caption


class SourceBox(QGroupBox):
    """Where the new values come from, their grade and handling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Source, grading and handling of the new values"))
        form = QFormLayout(self)
        row = QHBoxLayout()
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("Not graded"), "")
        for scheme in GradeScheme:
            self.scheme.addItem(SCHEME_TITLES[scheme], scheme.value)
        self.grade = QLineEdit()
        self.grade.setPlaceholderText(self.tr("e.g. B2"))
        # the hint is read whole ("p. ej. B2") in a narrow form: the scheme's list gives way
        hint = self.grade.fontMetrics().horizontalAdvance(self.grade.placeholderText()) + 16
        self.grade.setMinimumWidth(hint)
        self.grade.setMaximumWidth(max(90, hint))
        row.addWidget(self.scheme, 1)
        row.addWidget(self.grade)
        self.exhibit = QLineEdit()
        self.exhibit.setPlaceholderText(self.tr("exhibit reference, if any"))
        self.locator = QLineEdit()
        self.locator.setPlaceholderText(self.tr("page, message id, row …"))
        self.tlp = tlp_combo()
        self.subject = QComboBox()
        self.subject.addItem(self.tr("Not set"), "")
        for ds, label in ((DataSubject.SUSPECT, self.tr("Suspect")),
                          (DataSubject.CONVICTED, self.tr("Convicted")),
                          (DataSubject.VICTIM, self.tr("Victim")),
                          (DataSubject.WITNESS, self.tr("Witness")),
                          (DataSubject.OTHER, self.tr("Other"))):
            self.subject.addItem(label, ds.value)
        form.addRow(self.tr("Grade:"), row)
        form.addRow(self.tr("Source exhibit:"), self.exhibit)
        form.addRow(self.tr("Locator:"), self.locator)
        form.addRow(self.tr("TLP:"), self.tlp)
        self.subject_label = QLabel(self.tr("Data subject:"))
        form.addRow(self.subject_label, self.subject)

    def set_default_tlp(self, tlp: TLP) -> None:
        self.tlp.setCurrentIndex(int(tlp))

    def handling(self) -> Handling:
        subject = self.subject.currentData()
        return Handling(tlp=TLP.parse(self.tlp.currentData()),
                        data_subject=DataSubject(subject) if subject and self.subject.isVisible() else None)

    def source(self) -> svc.Source:
        """Raises ValueError with a message when the grade does not fit its scheme."""
        grade = None
        scheme = self.scheme.currentData()
        if scheme:
            grade = Grade.parse(scheme, self.grade.text())
        return svc.Source(grade=grade, source_exhibit=self.exhibit.text().strip() or None,
                          locator=self.locator.text().strip(),
                          handling=Handling(tlp=TLP.parse(self.tlp.currentData())))


class EntityEditor(QWidget):
    saved = Signal(str)  # entity id (new or changed)
    changed = Signal()  # something in the case changed (merge, retract, unmerge)
    mergeRequested = Signal(str)
    linkFollowed = Signal(str, str)  # id, kind ("entity" or "Exhibit"): the user follows a link
    showOnChart = Signal(list)  # [entity id]: "Show on chart" on the entity page
    message = Signal(str)  # for the status bar ("Saved 3 changes to …")

    def __init__(self, session: CaseSession, parent: QWidget | None = None, *, beside_chart: bool = False) -> None:
        super().__init__(parent)
        self.session = session
        self.beside_chart = beside_chart  # the link chart's side panel: its empty state says how to open
        self._runner: TaskRunner | None = None  # a save, retract or unmerge under way
        self.region: str | None = None
        self.default_tlp = TLP.AMBER
        self.entity: Entity | None = None
        self.schema = ""
        self.rows: list[PropertyRow] = []
        self._clear_form = True  # the next entity shown starts with an empty form
        self._merged_names: dict[str, str] = {}
        self._refs: list[tuple[str, el.Named]] = []
        self.steps = FormUndo(self.row, lambda prop: prop_label(self.schema, prop), self)
        self._then: Callable[[], None] | None = None  # what leaving asked for, after a save
        self._had_focus = False  # the form held the focus when Save was pressed
        self._build()
        self.clear()
        # A call or payment added elsewhere changes this entity's Links: they follow.
        session.changed.connect(self._case_changed)

    def _case_changed(self, topic: str) -> None:
        if topic == ENTITIES and self.entity is not None and self.session.is_open and self.isVisible():
            self.session.query("links", el.links_of, self.entity.id, owner=self, on_done=self._got_links,
                               on_error=self._failed)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self.placeholder = ExplainPane("", "")
        outer.addWidget(self.placeholder)
        self.body = QWidget()
        outer.addWidget(self.body, 1)
        lay = QVBoxLayout(self.body)
        lay.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setObjectName("entityCaption")
        font = self.caption.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.caption.setFont(font)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.caption.setWordWrap(True)  # a long name wraps rather than widening the window
        self.kind = QLabel()
        self.kind_icon = QLabel()
        self.badge = TlpBadge()
        self.copy_id = QPushButton()
        self.copy_id.clicked.connect(self._copy_id)
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self._merge_clicked)
        self.chart_button = QPushButton()
        self.chart_button.setObjectName("showOnChart")
        self.chart_button.clicked.connect(
            lambda: self.showOnChart.emit([self.entity.id]) if self.entity is not None else None)
        head.addWidget(self.kind_icon)
        head.addWidget(self.caption, 1)
        head.addWidget(self.kind)
        head.addWidget(self.badge)
        lay.addLayout(head)
        # The actions share the row of the (wrapping) meta line, not the name's: in Spanish at
        # 150 % name, badge and three buttons on one row made the page wider than the window.
        meta_row = QHBoxLayout()
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        meta_row.addWidget(self.meta, 1)
        meta_row.addWidget(self.copy_id)
        meta_row.addWidget(self.merge_button)
        meta_row.addWidget(self.chart_button)
        lay.addLayout(meta_row)
        merged = QHBoxLayout()
        self.merged_label = QLabel()
        self.merged_label.setWordWrap(True)
        self.unmerge_button = QPushButton()
        self.unmerge_button.clicked.connect(self._unmerge)
        merged.addWidget(self.merged_label)
        self.merged_links = QHBoxLayout()
        merged.addLayout(self.merged_links)
        merged.addStretch(1)
        merged.addWidget(self.unmerge_button)
        lay.addLayout(merged)
        # What this entity names (a call's caller and receiver, a payment's accounts): names to
        # follow, two to a line, each property whole and the name cut to the room left (the
        # tooltip has it whole), so that many or long names never widen the window and none is
        # out of sight (a payment's "Beneficiary account" was, past the edge of a scroll area).
        self.refs = QWidget()
        self.refs.setObjectName("entityRefs")
        self.refs_layout = QGridLayout(self.refs)
        self.refs_layout.setContentsMargins(0, 0, 0, 0)
        self.refs_layout.setVerticalSpacing(0)
        self._ref_pairs: list[tuple[QLabel, LinkButton]] = []
        self._refs_more: QLabel | None = None
        self._refs_per_line = 0
        self.refs.installEventFilter(self)
        lay.addWidget(self.refs)
        self.values_view = QTableView()
        self.values_view.setObjectName("statements")
        self.values_model = StatementModel(self)
        self.values_view.setModel(self.values_model)
        self.values_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.values_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values_view.verticalHeader().hide()
        # Value takes the room left; the marking, source and grade come right after it so that
        # they are on screen at 1280×800; the pane under the table shows all of the provenance.
        fit_columns(self.values_view, fill=SCol.VALUE, fill_minimum="Operation Mar Azul",
                    samples={SCol.PROPERTY: "Place of birth", SCol.HANDLING: "TLP:AMBER+STRICT",
                             SCol.SOURCE: "i.moreno, exhibit", SCol.GRADE: "B2 (admiralty)",
                             SCol.ORIGINAL: "As recorded", SCol.RECORDED: "2024-03-11 14:05"},
                    order=[SCol.PROPERTY, SCol.VALUE, SCol.HANDLING, SCol.SOURCE, SCol.GRADE,
                           SCol.ORIGINAL, SCol.RECORDED])
        self.value_details = ValueDetails()
        self.value_details.watch(self.values_model, self.values_view.selectionModel())
        values_page = QWidget()
        values_lay = QVBoxLayout(values_page)
        values_lay.setContentsMargins(0, 0, 0, 0)
        values_lay.setSpacing(2)
        values_lay.addWidget(self.values_view, 1)
        values_lay.addWidget(self.value_details)
        follow(self.values_view, self._value_target, lambda eid: self.linkFollowed.emit(eid, "entity"))
        self.links_panel = LinksPanel()
        self.links_panel.followed.connect(self.linkFollowed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("entityTabs")
        self.tabs.addTab(values_page, "")
        self.tabs.addTab(self.links_panel, "")
        self._tab_texts()
        lay.addWidget(self.tabs, 2)
        actions = QHBoxLayout()
        self.retract_button = QPushButton()
        self.retract_button.setObjectName("retract")
        self.retract_button.clicked.connect(self._retract)
        self.show_retracted = QCheckBox()
        self.show_retracted.toggled.connect(lambda _c: self._reshow())
        actions.addWidget(self.retract_button)
        actions.addWidget(self.show_retracted)
        actions.addStretch(1)
        lay.addLayout(actions)
        self.add_title = QLabel()
        self.add_title.setStyleSheet("font-weight: bold;")
        lay.addWidget(self.add_title)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        lay.addWidget(self.form_scroll, 3)
        self.tabs.currentChanged.connect(lambda _i: self._tab_parts())
        bottom = QHBoxLayout()
        self.show_all = QCheckBox()
        self.show_all.setObjectName("showAll")
        self.show_all.toggled.connect(self._toggle_all)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        bottom.addWidget(self.show_all)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.save_button)
        lay.addLayout(bottom)
        self._button_texts()

    def on_links_tab(self) -> bool:
        """Whether the page of an entity shows its Links tab (not its values)."""
        return self.entity is not None and self.tabs.currentIndex() == 1

    def _tab_parts(self) -> None:
        """Show what applies to the tab on screen: retracting, the retracted values and the
        form that adds values belong to the Values tab; the Links tab is a list to read and
        follow, and has the room they leave. Save stays while typed values wait to be saved."""
        links = self.on_links_tab()
        values: tuple[QWidget, ...] = (self.retract_button, self.show_retracted)
        for w in values:
            w.setVisible(self.entity is not None and not links)
        form: tuple[QWidget, ...] = (self.add_title, self.form_scroll, self.show_all)
        for w in form:
            w.setVisible(not links)
        self.save_button.setVisible(not links or self.has_draft())

    def _merge_clicked(self) -> None:
        if self.entity is not None:
            self.mergeRequested.emit(self.entity.id)

    def _reshow(self) -> None:
        if self.entity is not None:
            self.show_entity(self.entity.id)

    def _button_texts(self) -> None:
        if self.beside_chart:
            # on the chart a click picks a node (for Find path); opening one is a double-click
            self.placeholder.set_texts(self.tr("No entity open"),
                                       self.tr("Double-click a node on the chart (or select it and press Enter) "
                                               "to open it here."))
        else:
            self.placeholder.set_texts(self.tr("No entity selected"),
                                       self.tr("Choose an entity in the list, or create one with New."))
        self.copy_id.setText(self.tr("Copy id"))
        self.copy_id.setToolTip(self.tr("Copies the entity id; it leaves the clipboard after 30 s"))
        self.merge_button.setText(self.tr("Merge…"))
        self.chart_button.setText(self.tr("Show on chart"))
        self.chart_button.setToolTip(plain_tip(
            self.tr("Put this entity on the link chart ({0})").format("Ctrl+Shift+G")))
        self.unmerge_button.setText(self.tr("Unmerge…"))
        self.retract_button.setText(self.tr("Retract value…"))
        self.show_retracted.setText(self.tr("Show retracted values"))
        self.show_all.setText(self.tr("Show all properties"))
        self.save_button.setText(self.tr("Save"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._tab_texts()
            self._button_texts()
            self.links_panel.retranslate()
            self._set_refs(self._refs)  # property labels and tooltips in the new language
            if self.entity is not None:  # its kind, dates and a relationship's verb in the new language
                self._entity_texts(self.entity)
            refresh_texts(self.values_model)  # values casebench wrote (male, open …), countries
            refit(self.values_view)  # headers changed length
            if self.schema:
                kept = self._draft_states()
                self._form(self.schema, keep_steps=True)
                self._restore_states(kept)
            self.steps.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.steps.stack.setActive(True)  # the window's Edit menu acts on the form on screen

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.steps.stack.isActive():
            self.steps.stack.setActive(False)

    def _tab_texts(self) -> None:
        n = self.values_model.rowCount()
        self.tabs.setTabText(0, self.tr("Values ({n})").format(n=n) if n else self.tr("Values"))
        links = self.links_panel.total()
        self.tabs.setTabText(1, self.tr("Links ({n})").format(n=links) if self.links_panel.links is not None
                             else self.tr("Links"))

    def _value_target(self, index: object) -> str | None:
        ref = self.values_model.reference(getattr(index, "row", lambda: -1)())
        return ref.id if ref is not None else None

    # -- states ----------------------------------------------------------------------------
    def has_draft(self) -> bool:
        """Values typed into the form and not saved yet (on screen or on a page behind)."""
        return not self.body.isHidden() and any(row.has_draft() for row in self.rows)

    def draft_count(self) -> int:
        return len(self.collected()) if self.has_draft() else 0

    def draft_name(self) -> str:
        return self.entity.caption if self.entity is not None else self.caption.text()

    def leave(self, then: Callable[[], None] | None = None) -> bool:
        """True when the entity may be left now: nothing typed, or the user discarded it.
        False when the user cancelled (the values stay), or chose Save: ``then`` runs once
        they are saved, and never when saving is refused (the user stays, with the reason).
        A draft is never dropped silently (the user may have typed a long note)."""
        self.steps.commit_pending()
        if not self.has_draft():
            return True
        choice = ask_unsaved(self, self.draft_name())
        if choice is Choice.DISCARD:
            self.discard()
            return True
        if choice is Choice.SAVE:
            self.save(then=then)
        return False

    def discard(self) -> None:
        """Empty the form and forget its steps (what was typed is not kept anywhere)."""
        for row in self.rows:
            row.reset()
        self.steps.clear()
        self.error.clear()

    def undo(self) -> None:
        self.steps.undo()

    def redo(self) -> None:
        self.steps.redo()

    def reveal(self, field: ValueField) -> None:
        """Show a field an undo or redo changed: all properties if it is among them, in view."""
        if self.on_links_tab():  # an undo changed a value of the form the Links tab hides
            self.tabs.setCurrentIndex(0)
        if self.rest_box.isAncestorOf(field) and not self.show_all.isChecked():
            self.show_all.setChecked(True)
        self.form_scroll.ensureWidgetVisible(field)

    def _draft_states(self) -> dict[str, list[FieldState]]:
        return {row.prop.name: row.states() for row in self.rows if len(row.fields) > 1 or row.has_draft()}

    def _restore_states(self, kept: dict[str, list[FieldState]]) -> None:
        for prop, states in kept.items():
            try:
                row = self.row(prop)
            except KeyError:
                continue
            for i, state in enumerate(states):
                field = row.fields[i] if i < len(row.fields) else row.insert_field(i)
                field.restore(state)

    def clear(self) -> None:
        """No entity (case closed or locked): what was typed goes, with its steps."""
        self.discard()
        self._then = None
        self._clear_form = True
        self.entity = None
        self.schema = ""
        self.values_model.set_entity(None)
        self.session.supersede(self, "links")
        self.links_panel.clear_links()
        self._set_refs([])
        self.placeholder.show()
        self.body.hide()

    def new_entity(self, schema: str) -> None:
        if not self.leave(lambda: self.new_entity(schema)):
            return
        self.entity = None
        self.values_model.set_entity(None)
        self.session.supersede(self, "links")
        self.links_panel.clear_links()
        self._set_refs([])
        self._set_merged([])
        self.placeholder.hide()
        self.body.show()
        self.caption.setText(self.tr("New {kind}").format(kind=schema_label(schema).lower()))
        self.kind.setText("")
        self.kind_icon.setPixmap(kind_icon(schema).pixmap(24, 24))
        self.badge.set_tlp(None)
        self.meta.setText(self.tr("Fill in what is known; every field accepts several values (+)."))
        for w in (self.copy_id, self.merge_button, self.merged_label, self.unmerge_button,
                  self.tabs, self.retract_button, self.show_retracted, self.chart_button):
            w.hide()
        self._tab_parts()
        self.add_title.setText(self.tr("Values"))
        self._form(schema)
        self.source_box.set_default_tlp(self.default_tlp)

    def show_entity(self, entity_id: str) -> None:
        if not self.session.is_open:
            return
        if (self.entity is None or self.entity.id != entity_id) \
                and not self.leave(lambda: self.show_entity(entity_id)):
            return
        if self.entity is None or self.entity.id != entity_id:
            self._clear_form = True
        self.session.call(el.show_named, entity_id, include_retracted=self.show_retracted.isChecked(),
                          on_done=self._display, on_error=self._failed)

    def _display(self, named: el.NamedEntity) -> None:
        entity = named.entity
        if self.entity is None or self.entity.id != entity.id:
            self.links_panel.clear_links()
        self.entity = entity
        self.placeholder.hide()
        self.body.show()
        for w in (self.copy_id, self.merge_button, self.tabs, self.chart_button):
            w.show()
        self._tab_parts()
        self.kind_icon.setPixmap(kind_icon(entity.schema).pixmap(24, 24))
        self.badge.set_tlp(entity.tlp)
        has_merged = bool(entity.merged_ids)
        self.merged_label.setVisible(has_merged)
        self.unmerge_button.setVisible(has_merged)
        self._entity_texts(entity)
        self._set_merged([(i, named.merged.get(i)) for i in entity.merged_ids])
        self.values_model.set_entity(entity, named.names)
        self._set_refs(self._references(entity, named.names))
        self.links_panel.own_schema = entity.schema
        self._tab_texts()
        # The links come after the page: a busy entity's links never hold up its values.
        self.session.query("links", el.links_of, entity.id, owner=self, on_done=self._got_links,
                           on_error=self._failed)
        if self.schema != entity.schema:
            self._form(entity.schema)
        elif self._clear_form:  # another entity, or after a save; a refresh keeps the draft
            self.discard()
        self._clear_form = False
        self.error.clear()

    def _entity_texts(self, entity: Entity) -> None:
        """The page's words about the entity shown, in the window's language (again when the
        language changes: its kind, "Created", "Add values" stayed English)."""
        self.caption.setText(captions.caption(entity.schema, entity.caption, entity.id))
        self.kind.setText(schema_label(entity.schema))
        meta = [self.tr("Created {date}").format(date=entity.created_at[:10])]
        if entity.tags:
            meta.append(self.tr("Tags: {tags}").format(tags=", ".join(entity.tags)))
        if entity.handling.data_subject is not None:
            meta.append(self.tr("Data subject: {category}").format(
                category=value_label(DATA_SUBJECT, entity.handling.data_subject.value)))
        self.meta.setText(" · ".join(meta))
        self.merged_label.setText(self.tr("Merged from:"))
        self.add_title.setText(self.tr("Add values"))

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(plain_error(exc))

    # -- names to follow --------------------------------------------------------------------------
    def _got_links(self, links: el.EntityLinks) -> None:
        if self.entity is None or links.entity_id != self.entity.id:
            return
        self.links_panel.set_links(links)
        self._tab_texts()

    @staticmethod
    def _references(entity: Entity, names: dict[str, el.Named]) -> list[tuple[str, el.Named]]:
        """(property, named entity) of the live values that name another entity, schema order."""
        schema = get_schema(entity.schema)
        order = {p: i for i, p in enumerate((*(schema.edge or ()), *schema.featured, *schema.properties))}
        out = [(s.prop, names[s.value]) for s in entity.statements
               if not s.retracted and s.value in names and s.prop in schema.properties]
        out.sort(key=lambda x: order.get(x[0], 999))
        return list(dict.fromkeys(out))

    def link_buttons(self) -> list[LinkButton]:
        return self.refs.findChildren(LinkButton)

    def _clear_layout(self, layout: QLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()

    def _set_refs(self, refs: list[tuple[str, el.Named]]) -> None:
        self._refs = refs
        self._clear_layout(self.refs_layout)
        self._ref_pairs = []
        self._refs_more = None
        schema = self.entity.schema if self.entity else ""
        for prop, named in refs[:MAX_REF_BUTTONS]:
            label = QLabel(prop_label(schema, prop) + ":")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # never cut
            button = LinkButton(named.id, named.kind, captions.named(named), elastic=True)
            button.followed.connect(self.linkFollowed)
            self._ref_pairs.append((label, button))
        if len(refs) > MAX_REF_BUTTONS:
            more = QLabel(self.tr("and %n more under Links", "", len(refs) - MAX_REF_BUTTONS))
            more.setTextFormat(Qt.TextFormat.PlainText)
            self._refs_more = more
        self._refs_per_line = 0
        self._arrange_refs()
        self.refs.setVisible(bool(refs))

    def _arrange_refs(self) -> None:
        """Two names to a line when both fit whole beside each other, else one to a line (a
        name too long even then is cut, whole in its tooltip); more than ``WHOLE_REFS`` names
        are two to a line, cut, so that they leave the values their room."""
        pairs = self._ref_pairs
        gap = self.refs_layout.horizontalSpacing()
        need = max((lbl.sizeHint().width() + gap + b.sizeHint().width() for lbl, b in pairs), default=0)
        fits = REFS_PER_LINE * (need + gap) <= self.refs.width()
        per_line = REFS_PER_LINE if fits or len(pairs) > WHOLE_REFS else 1
        if per_line == self._refs_per_line:
            return
        self._refs_per_line = per_line
        for label, button in pairs:
            self.refs_layout.removeWidget(label)
            self.refs_layout.removeWidget(button)
        for i, (label, button) in enumerate(pairs):
            row, col = divmod(i, per_line)
            self.refs_layout.addWidget(label, row, 2 * col)
            self.refs_layout.addWidget(button, row, 2 * col + 1, Qt.AlignmentFlag.AlignLeft)
        if self._refs_more is not None:
            self.refs_layout.removeWidget(self._refs_more)
            self.refs_layout.addWidget(self._refs_more, (len(pairs) + per_line - 1) // per_line, 0, 1, 2 * per_line)
        for col in range(REFS_PER_LINE):
            self.refs_layout.setColumnStretch(2 * col + 1, 1 if col < per_line else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.refs and event.type() == QEvent.Type.Resize:
            self._arrange_refs()
        return super().eventFilter(watched, event)

    def _set_merged(self, merged: list[tuple[str, el.Named | None]]) -> None:
        self._merged_names = {mid: n.name for mid, n in merged if n is not None}
        self._clear_layout(self.merged_links)
        for mid, named in merged:
            # A merged-in entity opens as this one: its former name is shown, not a link.
            if named is not None:
                icon = QLabel()
                icon.setPixmap(kind_icon(named.kind).pixmap(16, 16))
                self.merged_links.addWidget(icon)
            label = QLabel(named.name if named is not None else mid)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setToolTip(plain_tip(mid))
            self.merged_links.addWidget(label)

    # -- the form -----------------------------------------------------------------------------
    def _form(self, schema_name: str, *, keep_steps: bool = False) -> None:
        self.schema = schema_name
        if not keep_steps:
            self.steps.clear()
        self.steps.forget_rows()
        schema = get_schema(schema_name)
        featured = featured_properties(schema_name)
        rest = [p for p in property_order(schema_name, schema.properties) if p not in featured and p not in HIDDEN]
        holder = QWidget()
        col = QVBoxLayout(holder)
        self.form = QFormLayout()
        self.rest_form = QFormLayout()
        self.rest_box = QWidget()
        self.rest_box.setLayout(self.rest_form)
        self.rows = []

        def factory(prop: Property) -> ValueField:
            field: ValueField = make_field(prop, self.session, self.region)
            return field

        for name in featured:
            row = PropertyRow(schema.properties[name], factory)
            row.setObjectName(f"prop_{name}")
            self.rows.append(row)
            self.steps.watch(row)
            self.form.addRow(prop_label(schema_name, name) + ":", row)
        for name in rest:
            row = PropertyRow(schema.properties[name], factory)
            row.setObjectName(f"prop_{name}")
            self.rows.append(row)
            self.steps.watch(row)
            self.rest_form.addRow(prop_label(schema_name, name) + ":", row)
        col.addLayout(self.form)
        col.addWidget(self.rest_box)
        self.source_box = SourceBox()
        is_party = schema.is_a("LegalEntity")
        self.source_box.subject.setVisible(is_party and self.entity is None)
        self.source_box.subject_label.setVisible(is_party and self.entity is None)
        col.addWidget(self.source_box)
        col.addStretch(1)
        self.rest_box.setVisible(self.show_all.isChecked())
        self.form_scroll.setWidget(holder)

    def _toggle_all(self, checked: bool) -> None:
        if self.schema:
            self.rest_box.setVisible(checked)

    def row(self, prop: str) -> PropertyRow:
        for r in self.rows:
            if r.prop.name == prop:
                return r
        raise KeyError(prop)

    def collected(self) -> list[tuple[str, str]]:
        return [(r.prop.name, v) for r in self.rows for v in r.values()]

    # -- actions -----------------------------------------------------------------------------
    def save(self, then: Callable[[], None] | None = None) -> None:
        """Write the typed values; ``then`` runs after they are written (leaving the entity)."""
        self.steps.commit_pending()
        problems = [f"{prop_label(self.schema, r.prop.name)}: {p}" for r in self.rows for p in r.problems()]
        if problems:
            self.error.setText(problems[0])
            return
        values = self.collected()
        if not values:
            self.error.setText(self.tr("Type at least one value."))
            return
        try:
            source = self.source_box.source()
        except ValueError as exc:
            self.error.setText(plain_error(exc))
            return
        self.error.clear()
        focused = QApplication.focusWidget()
        # disabled while it writes, Save gives its focus away (to the search box): it takes it back
        self._had_focus = focused is not None and (focused is self or self.isAncestorOf(focused))
        self.save_button.setEnabled(False)
        self._then = then
        count = len(values)
        if self.entity is None:
            draft = svc.EntityDraft(self.schema, values, handling=self.source_box.handling())
            self.session.mutate(ENTITIES, _add_and_name, draft, source, owner=self,
                                on_done=lambda saved: self._saved(saved, count), on_error=self._save_failed)
        else:
            # a new name names again the calls and payments linking the entity: maybe thousands
            self._runner = run_change(self.session, self, Change.SAVE, _add_values_and_name, self.entity.id,
                                      values, source,
                                      on_done=lambda saved: self._saved(saved, count), on_error=self._save_failed)

    def _saved(self, saved: tuple[str, str], count: int) -> None:
        entity_id, name = saved
        self.save_button.setEnabled(True)
        if self._had_focus:
            self.save_button.setFocus()
        self.discard()  # saved: the form is empty again for the next values, nothing to undo
        self._clear_form = True
        self.message.emit(self.tr("Saved %n change(s) to {name}", "", count).format(name=name))
        self.saved.emit(entity_id)
        then, self._then = self._then, None
        if then is not None:
            then()  # the user was leaving: go where they asked
        else:
            self.show_entity(entity_id)

    def _save_failed(self, exc: BaseException) -> None:
        self._then = None  # the user stays, with the values and the reason
        self.save_button.setEnabled(True)
        if self._had_focus:
            self.save_button.setFocus()
        self.error.setText(plain_error(exc))

    def _selected_statement(self) -> str | None:
        rows = self.values_view.selectionModel().selectedRows()
        if not rows:
            return None
        st = self.values_model.statement(rows[0].row())
        return st.id if st and not st.retracted else None

    def _retract(self) -> None:
        sid = self._selected_statement()
        if sid is None:
            self.error.setText(self.tr("Select a value to retract first."))
            return
        reason = ask.text(self, self.tr("Retract value"),
                          self.tr("Why is this value retracted? (kept in the audit log)"))
        if not reason or not reason.strip():
            return
        self._runner = run_change(self.session, self, Change.RETRACT, svc.retract, sid, reason.strip(),
                                  on_done=lambda _r: self._after_change(), on_error=self._failed)

    def _unmerge(self) -> None:
        if not self.entity or not self.entity.merged_ids:
            return
        ids = self.entity.merged_ids
        shown = [f"{self._merged_names.get(i, i)} — {i}" for i in ids]
        picked = shown[0] if len(ids) == 1 else ask.item(
            self, self.tr("Unmerge"), self.tr("Which merged entity should be separated again?"), shown)
        if not picked:
            return
        chosen = ids[shown.index(picked)]
        reason = ask.text(self, self.tr("Unmerge"), self.tr("Reason (kept in the audit log):"))
        if reason is None:
            return
        self._runner = run_change(self.session, self, Change.UNMERGE, svc.unmerge, chosen, reason.strip(),
                                  on_done=lambda _r: self._after_change(), on_error=self._failed)

    def _after_change(self) -> None:
        if self.entity:
            self.show_entity(self.entity.id)
        self.changed.emit()

    def _copy_id(self) -> None:
        if self.entity:
            clipboard_guard().copy(self.entity.id)
