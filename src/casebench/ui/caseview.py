"""The open case: navigator on the left, the chosen view in the middle. Assembles parts only."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QUndoGroup
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.schema import concrete_schemata
from casebench.services import entities as svc
from casebench.services.types import Case
from casebench.ui.audit_view import AuditPage
from casebench.ui.bundles_view import BundlesPage
from casebench.ui.chart_view import ChartView
from casebench.ui.editor import EntityEditor
from casebench.ui.entities_view import EntitiesPage
from casebench.ui.exhibits_view import ExhibitsPage
from casebench.ui.search_view import SearchResults
from casebench.ui.selection import SelectionOwner
from casebench.ui.session import ENTITIES, CaseSession
from casebench.ui.timeline_view import TimelineView

ROLE_KEY = Qt.ItemDataRole.UserRole
ROLE_ARG = Qt.ItemDataRole.UserRole + 1

EDGE_SCHEMATA = tuple(s.name for s in concrete_schemata() if s.is_edge)
# Navigator groups of entity kinds: (label, schemata).
OPENED = "opened"  # the source of a selection that is an entity opened on the Entities page
ENTITY_GROUPS: tuple[tuple[object, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("nav", "All entities"), ()),
    (QT_TRANSLATE_NOOP("nav", "People"), ("Person",)),
    (QT_TRANSLATE_NOOP("nav", "Organisations"),
     ("Organization", "Company", "PublicBody", "LegalEntity")),
    (QT_TRANSLATE_NOOP("nav", "Vessels"), ("Vessel",)),
    (QT_TRANSLATE_NOOP("nav", "Aircraft"), ("Airplane",)),
    (QT_TRANSLATE_NOOP("nav", "Vehicles"), ("Vehicle",)),
    (QT_TRANSLATE_NOOP("nav", "Bank accounts"), ("BankAccount",)),
    (QT_TRANSLATE_NOOP("nav", "Crypto wallets"), ("CryptoWallet",)),
    (QT_TRANSLATE_NOOP("nav", "User accounts"), ("UserAccount",)),
    (QT_TRANSLATE_NOOP("nav", "Addresses"), ("Address",)),
    (QT_TRANSLATE_NOOP("nav", "Identity documents"), ("Identification", "Passport")),
    (QT_TRANSLATE_NOOP("nav", "Documents and notes"), ("Document", "Note")),
    (QT_TRANSLATE_NOOP("nav", "Events and seizures"), ("Event", "Seizure", "Travel")),
    (QT_TRANSLATE_NOOP("nav", "Links"), EDGE_SCHEMATA),
    # the two kinds read by the thousand get lists of their own (decision 62)
    (QT_TRANSLATE_NOOP("nav", "Calls"), ("Call",)),
    (QT_TRANSLATE_NOOP("nav", "Payments"), ("Payment",)),
)
FORUM_TABS: tuple[tuple[object, str], ...] = (
    (QT_TRANSLATE_NOOP("nav", "Meetings"), "Meeting"),
    (QT_TRANSLATE_NOOP("nav", "Action items"), "ActionItem"),
    (QT_TRANSLATE_NOOP("nav", "Requests for co-operation"), "Request"),
)
SECTIONS: tuple[tuple[str, object], ...] = (
    ("entities", QT_TRANSLATE_NOOP("nav", "Entities")),
    ("exhibits", QT_TRANSLATE_NOOP("nav", "Exhibits")),
    ("timeline", QT_TRANSLATE_NOOP("nav", "Timeline")),
    ("chart", QT_TRANSLATE_NOOP("nav", "Link chart")),
    ("forum", QT_TRANSLATE_NOOP("nav", "Forum")),
    ("bundles", QT_TRANSLATE_NOOP("nav", "Bundles")),
    ("audit", QT_TRANSLATE_NOOP("nav", "Audit")),
)


def nav(text: object) -> str:
    return QCoreApplication.translate("nav", str(text))


def group_counts(case: Case) -> dict[str, int]:
    """Runs on the worker: how many entities each navigator group holds."""
    return {str(label): svc.count_entities(case, schema=list(names) or None) for label, names in ENTITY_GROUPS}


class ForumPage(QTabWidget):
    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: list[EntitiesPage] = []
        for label, schema in FORUM_TABS:
            page = EntitiesPage(session, (schema,))
            page.setObjectName(f"forum_{schema}")
            self.pages.append(page)
            self.addTab(page, nav(label))
        self.currentChanged.connect(lambda i: self.pages[i].load())

    def retranslate(self) -> None:
        for i, (label, _schema) in enumerate(FORUM_TABS):
            self.setTabText(i, nav(label))

    def load(self) -> None:
        self.pages[self.currentIndex()].load()

    def clear(self) -> None:
        for p in self.pages:
            p.clear()


class CaseView(QWidget):
    """Navigator + stacked views. `load()` after unlock, `clear()` on lock/close."""

    sectionChanged = Signal(str)
    navigated = Signal(object)  # a Location (ui.history): the user moved to another page or entity
    message = Signal(str)  # for the status bar (an editor saved values)

    def __init__(self, session: CaseSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.counts: dict[str, int] = {}
        self.current = "entities"
        self.current_arg = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("caseSplitter")
        lay.addWidget(self.splitter)
        self.navigator = QTreeWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setHeaderHidden(True)
        self.navigator.setMinimumWidth(210)
        self.splitter.addWidget(self.navigator)
        self.stack = QStackedWidget()
        # At 150 % or 200 % scale a page's toolbar can be wider than the screen; the page then
        # scrolls sideways instead of pushing the window (and its TLP banner and Lock) off-screen.
        self.page_area = QScrollArea()
        self.page_area.setObjectName("pageArea")
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setWidget(self.stack)
        self.splitter.addWidget(self.page_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 1040])
        self.pages: dict[str, QWidget] = {}
        self.entities = EntitiesPage(session)
        self.entities.setObjectName("entitiesPage")
        self.forum = ForumPage(session)
        self.audit = AuditPage(session)
        self.audit.itemFollowed.connect(self.open_item)
        self.bundles = BundlesPage(session)
        self.bundles.changed.connect(self._case_changed)
        self.search = SearchResults()
        self.search.entityChosen.connect(self.open_entity)
        self._add("entities", self.entities)
        self._add("exhibits", ExhibitsPage(session))
        self.timeline = TimelineView(session)
        self.chart = ChartView(session)
        self._add("timeline", self.timeline)
        self._add("chart", self.chart)
        self._add("forum", self.forum)
        self._add("bundles", self.bundles)
        self._add("audit", self.audit)
        self._add("search", self.search)
        # One owner of the current selection: the list, timeline and chart tell it what the
        # user picked, it marks the others (which emit nothing back while it does).
        self.selection = SelectionOwner(self)
        # The chart keeps what the user picked on it (two entities for Find path) while they
        # open entities on other pages; a selection made on the timeline or of several rows of
        # the list still marks it, and Show on chart puts an entity on it, selected.
        self.selection.register("timeline", functools.partial(self._apply_selection, "timeline"))
        self.selection.register("chart", functools.partial(self._apply_selection, "chart"), skip=(OPENED,))
        timeline_sig = getattr(self.pages["timeline"], "entitySelected", None)
        if timeline_sig is not None:  # a double-click on a timeline item opens it (one consultation)
            timeline_sig.connect(self.open_entity)
        picked = getattr(self.pages["timeline"], "selectionChanged", None)
        if picked is not None:  # a click on a timeline item selects it: the chart marks it
            picked.connect(lambda ids: self.selection.set(ids, "timeline"))
        chart_sig = getattr(self.pages["chart"], "selectionChanged", None)
        if chart_sig is not None:  # selecting on the chart marks the timeline; it opens nothing
            chart_sig.connect(lambda ids: self.selection.set(ids, "chart"))
        self.entities.entityOpened.connect(lambda eid: self.selection.set([eid], OPENED))
        # Names are links: following one opens it on the Entities page (Back returns).
        self.entities.entityOpened.connect(lambda eid: self._moved("entities", self.current_arg, eid))
        self.entities.editor.linkFollowed.connect(self.open_item)
        for i, page in enumerate(self.forum.pages):
            page.editor.linkFollowed.connect(self.open_item)
            page.entityOpened.connect(lambda eid, i=i: self._moved("forum", i, eid))
        chart_editor = getattr(self.pages["chart"], "editor", None)
        if chart_editor is not None:
            chart_editor.linkFollowed.connect(self.open_item)
        self.bundles.review.itemFollowed.connect(self.open_item)
        exhibit_followed = getattr(self.pages["exhibits"], "itemFollowed", None)
        if exhibit_followed is not None:
            exhibit_followed.connect(self.open_item)
        self.entities.entitiesSelected.connect(lambda ids: self.selection.set(ids, "entities"))
        # "Show on chart" from the list, the entity page, search results, the forum and the timeline
        for source in (self.entities, *self.forum.pages, self.search, self.pages["timeline"]):
            signal = getattr(source, "showOnChart", None)
            if signal is not None:
                signal.connect(self.show_on_chart)
        session.changed.connect(lambda topic: self.refresh_counts() if topic == ENTITIES else None)
        # The Edit menu's Undo and Redo act on the form on screen (its stack is made active
        # when it is shown). The chart's side panel keeps out: the chart page has its own
        # Ctrl+Z, and two shortcuts on one key would leave both dead.
        self.undo_group = QUndoGroup(self)
        for editor in (self.entities.editor, *(page.editor for page in self.forum.pages)):
            self.undo_group.addStack(editor.steps.stack)
        for editor in self.editors():
            editor.message.connect(self.message)
        self._build_navigator()
        self.navigator.currentItemChanged.connect(self._nav_changed)

    def _add(self, key: str, widget: QWidget) -> None:
        self.pages[key] = widget
        self.stack.addWidget(widget)

    # -- navigator -------------------------------------------------------------------------------
    def _build_navigator(self) -> None:
        self.navigator.blockSignals(True)
        current = self.navigator.currentItem()
        keep = (current.data(0, ROLE_KEY), current.data(0, ROLE_ARG)) if current else None
        self.navigator.clear()
        select: QTreeWidgetItem | None = None
        for key, label in SECTIONS:
            top = QTreeWidgetItem([nav(label)])
            top.setData(0, ROLE_KEY, key)
            top.setData(0, ROLE_ARG, 0)
            self.navigator.addTopLevelItem(top)
            if key == "entities":
                for i, (glabel, _names) in enumerate(ENTITY_GROUPS):
                    n = self.counts.get(str(glabel))
                    child = QTreeWidgetItem([nav(glabel) + (f"  ({QLocale().toString(n)})" if n is not None else "")])
                    child.setData(0, ROLE_KEY, key)
                    child.setData(0, ROLE_ARG, i)
                    top.addChild(child)
                    if keep == (key, i) and child.parent() is top and i > 0:
                        select = child
            if key == "forum":
                for i, (flabel, _schema) in enumerate(FORUM_TABS):
                    child = QTreeWidgetItem([nav(flabel)])
                    child.setData(0, ROLE_KEY, key)
                    child.setData(0, ROLE_ARG, i)
                    top.addChild(child)
            if keep == (key, 0) and select is None:
                select = top
        self.navigator.expandAll()
        # "Monederos de criptomonedas (1)" must not read "Monederos de criptomonedas…": widen
        # the navigator to its longest entry (within reason) after each fill and language.
        need = self.navigator.sizeHintForColumn(0) + 2 * self.navigator.frameWidth() + 8
        sizes = self.splitter.sizes()
        if len(sizes) == 2 and sizes[0] < need and sum(sizes) > 0:
            room = min(need, max(sizes[0], sum(sizes) // 4))
            self.splitter.setSizes([room, sum(sizes) - room])
        first = select or self.navigator.topLevelItem(0)
        if first is not None:
            self.navigator.setCurrentItem(first)
        self.navigator.blockSignals(False)

    def _nav_changed(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        self.show_section(str(item.data(0, ROLE_KEY)), int(item.data(0, ROLE_ARG) or 0))

    def select(self, key: str, arg: int = 0) -> None:
        """Select a navigator entry (and so the view)."""
        for i in range(self.navigator.topLevelItemCount()):
            top = self.navigator.topLevelItem(i)
            if top is None or top.data(0, ROLE_KEY) != key:
                continue
            child = top.child(arg) if 0 < arg < top.childCount() else None
            self.navigator.setCurrentItem(child or top)
            return

    def show_section(self, key: str, arg: int = 0) -> None:
        self.current = key
        self.current_arg = arg
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        if not self.session.is_open:
            return
        if key == "entities":
            self.entities.set_schemata(ENTITY_GROUPS[arg][1])
        elif key == "forum":
            self.forum.setCurrentIndex(arg)
            self.forum.load()
        elif key == "audit":
            self.audit.load()
        elif key == "bundles":
            entity = self.entities.editor.entity
            self.bundles.preselect = (entity.id, entity.caption) if entity is not None else None
            self.bundles.load()
        else:
            load: Any = getattr(page, "load", None)
            if callable(load):
                load()
        self.sectionChanged.emit(key)
        self._moved(key, arg, None)

    def _moved(self, key: str, arg: int, item: str | None) -> None:
        if self.session.is_open:
            self.navigated.emit((key, arg, item))

    def go(self, loc: tuple[str, int, str | None]) -> None:
        """Show a location again (Back, Forward): its section, its entry, its entity or exhibit."""
        key, arg, item = loc
        if key == "search":
            self.show_search()
            return
        if key not in self.pages:
            return
        self.select(key, arg)
        if self.stack.currentWidget() is not self.pages[key]:  # e.g. search results were on top
            self.show_section(key, arg)
        if item is None:
            return
        if key == "entities":
            self.entities.open_entity(item)
        elif key == "forum" and 0 <= arg < len(self.forum.pages):
            self.forum.pages[arg].open_entity(item)
        elif key == "exhibits":
            opener = getattr(self.pages[key], "open_exhibit", None)
            if opener is not None:
                opener(item)

    def may_show(self, loc: tuple[str, int, str | None], then: Callable[[], None]) -> bool:
        """True when ``loc`` may be shown now: the form it opens another entity in holds no
        typed values, or the user discarded them. False when they cancelled (nothing moves)
        or chose Save (``then`` runs once the values are written). Going back to the entity
        being typed for, or to a page without an entity, keeps the values and asks nothing."""
        key, arg, item = loc
        editor = self._editor_of(key, arg)
        if editor is None or item is None or (editor.entity is not None and editor.entity.id == item):
            return True
        return editor.leave(then)

    def _editor_of(self, key: str, arg: int) -> EntityEditor | None:
        if key == "entities":
            return self.entities.editor
        if key == "forum" and 0 <= arg < len(self.forum.pages):
            return self.forum.pages[arg].editor
        return None

    def show_search(self) -> None:
        self.stack.setCurrentWidget(self.search)
        self._moved("search", 0, None)  # Back from a result returns to the results

    # -- life cycle -----------------------------------------------------------------------------
    def load(self) -> None:
        item = self.navigator.currentItem()
        self._nav_changed(item, None)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        if self.session.is_open:
            self.session.call(group_counts, on_done=self._counts)

    def _counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self._build_navigator()

    def clear(self) -> None:
        self.counts = {}
        self.selection.ids = []
        self.entities.clear()
        self.forum.clear()
        self.audit.clear()
        self.bundles.clear()
        self.search.clear()
        for key in ("exhibits", "timeline", "chart"):
            clear: Any = getattr(self.pages[key], "clear", None)
            if callable(clear):
                clear()
        self._build_navigator()

    def editors(self) -> list[EntityEditor]:
        """Every entity form of the case: the Entities page, the forum's, beside the chart."""
        chart_editor = getattr(self.pages["chart"], "editor", None)
        return [self.entities.editor, *(page.editor for page in self.forum.pages),
                *([chart_editor] if isinstance(chart_editor, EntityEditor) else [])]

    def active_editor(self) -> EntityEditor | None:
        """The form the Edit menu's Undo and Redo act on."""
        stack = self.undo_group.activeStack()
        return next((e for e in self.editors() if e.steps.stack is stack), None) if stack else None

    def discard_unsaved(self) -> int:
        """Empty every form (the case locked itself); how many typed values went."""
        count = 0
        for editor in self.editors():
            count += editor.draft_count()
            editor.discard()
        return count

    def _case_changed(self) -> None:
        """An import or a merge decision: entity lists and counts are out of date."""
        self.session.notify(ENTITIES)

    def _apply_selection(self, key: str, ids: list[str]) -> None:
        page = self.pages.get(key)
        many = getattr(page, "select_entities", None)
        if many is not None:
            many(ids)
            return
        one = getattr(page, "select_entity", None)
        if one is not None and ids:
            one(ids[-1])

    def open_item(self, item_id: str, kind: str = "entity") -> None:
        """Follow a link: an exhibit on the Exhibits page, anything else on the Entities page."""
        if kind == "Exhibit":
            page = self.pages["exhibits"]
            opener = getattr(page, "open_exhibit", None)
            if opener is None:
                return
            self.select("exhibits")
            self.stack.setCurrentWidget(page)
            opener(item_id)
            self._moved("exhibits", 0, item_id)
            return
        self.open_entity(item_id)
    def show_on_chart(self, ids: list[str]) -> None:
        """Switch to the link chart and put ``ids`` on the chart in front (selected, in view)."""
        chart = self.pages["chart"]
        show: Any = getattr(chart, "show_entities", None)
        if not ids or not callable(show) or not self.session.is_open:
            return
        self.select("chart")
        self.stack.setCurrentWidget(chart)
        show(list(ids))

    def chart_ids(self) -> list[str]:
        """What is selected on the page on screen, for Case › Show on chart (Ctrl+Shift+G)."""
        page = self.stack.currentWidget()
        if page is self.forum:
            page = self.forum.pages[self.forum.currentIndex()]
        ids: Any = getattr(page, "chart_ids", None)
        return list(ids()) if callable(ids) else []

    def open_entity(self, entity_id: str) -> None:
        """Open from search, timeline, chart or a link: on the Entities page, without a stale filter.
        Asked first, before anything moves: a Cancel leaves the page and the history as they were."""
        if not self.may_show(("entities", 0, entity_id), lambda: self.open_entity(entity_id)):
            return
        self.entities.reset_filters(ENTITY_GROUPS[0][1])  # the list it is opened in: All entities
        self.select("entities", 0)
        self.stack.setCurrentWidget(self.entities)
        self.entities.open_entity(entity_id)

    def retranslate(self) -> None:
        self._build_navigator()
        self.forum.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
