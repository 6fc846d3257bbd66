"""Undo and redo on the chart page: one history per chart tab, Ctrl+Z and Ctrl+Shift+Z.

Each tab records a snapshot (:class:`~casebench.services.chart_history.ChartState`) when
it has been drawn after an edit, and when a drag of its nodes ends; the page's Undo and
Redo buttons and keys step the current tab through them. Kept out of ``chart_view`` so
the chart tab only has to say "I was drawn" (``TabUndo.drawn``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QToolButton, QWidget

from casebench.services.chart_history import ChartHistory, ChartState, Edit, Step
from casebench.ui.common import plain_tip

if TYPE_CHECKING:
    from casebench.ui.chart_view import ChartTab, ChartView


def _expanded_links(tab: Any) -> set[str] | None:
    """The aggregated links a tab shows as single links, when the chart aggregates them
    (``links.expanded`` of the tab, else of its page; None without aggregated links)."""
    links = getattr(tab, "links", None)
    if links is None:
        links = getattr(getattr(tab, "owner", None), "links", None)
    expanded = getattr(links, "expanded", None)
    return expanded if isinstance(expanded, set) else None


def expanded_links(tab: Any) -> set[str]:
    return set(_expanded_links(tab) or ())


def restore_expanded_links(tab: Any, keys: list[str] | frozenset[str]) -> None:
    expanded = _expanded_links(tab)
    if expanded is not None:
        expanded.clear()
        expanded.update(keys)


class TabUndo(QObject):
    """The history of one chart tab."""

    changed = Signal()

    def __init__(self, tab: ChartTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.history = ChartHistory()
        self.clean: ChartState | None = None  # what the tab showed when opened, first drawn or saved
        self._reset = True  # the first drawing of a tab is where its history starts
        self._restoring = False
        self._following = False  # the next drawing is the case changing under the chart
        self._keep_clean = False
        tab.view.viewport().installEventFilter(self)

    def state(self) -> ChartState:
        tab = self.tab
        c = tab.content
        return ChartState.of(c.node_ids, tab.positions, c.hidden_kinds, c.hidden_tags,
                             _expanded_links(tab) or ())

    def reset_on_draw(self) -> None:
        """The next drawing is a new start (a saved chart opened): nothing before it to undo."""
        self._reset = True

    def following(self) -> None:
        """The case changed under the chart (called before the tab takes the change): its next
        drawing is not an edit to undo but replaces what it shows now, and a chart holding no
        work of the user's (nothing to save) stays so."""
        if not self._reset:
            self._following = True
            self._keep_clean = self.clean is not None and self.state() == self.clean

    def drawn(self) -> None:
        """The tab was drawn: record what it shows (nothing when it did not change)."""
        if self.tab.laying_out:
            return  # an edit still being placed on the worker: recorded when it is drawn
        state = self.state()
        if self._reset:
            self.history.reset(state)
            self.clean = state
            self._reset = False
        elif self._restoring:
            self.history.settle(state)
            self._restoring = False
        elif self._following:
            self.history.settle(state)
            if self._keep_clean:
                self.clean = state
            self._following = False
        else:
            self.history.record(state)
        self.changed.emit()

    def unsaved(self) -> bool:
        """Whether closing the tab would lose work: entities added or removed, nodes moved,
        kinds hidden since it was opened or saved (undoing back to that point is no work)."""
        return bool(self.tab.content.node_ids) and self.clean is not None and self.state() != self.clean

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a drag of nodes ends with the mouse released: one "move" however far it went
        if (event.type() == QEvent.Type.MouseButtonRelease and not self._reset and not self.tab.laying_out
                and self.history.record(self.state(), dragged=True) is not None):
            self.changed.emit()
        return False

    def _apply(self, state: ChartState) -> None:
        tab = self.tab
        tab.content.set(state.node_ids)
        tab.content.hidden_kinds = set(state.hidden_kinds)
        tab.content.hidden_tags = set(state.hidden_tags)
        tab.positions = dict(state.positions)
        restore_expanded_links(tab, state.expanded_links)
        self._restoring = True
        tab.relayout(keep=True)  # redraws; only an entity never placed gets a place

    def undo(self) -> Step | None:
        step = self.history.next_undo()
        if step is None or self.tab.laying_out:
            return None
        state = self.history.undo()
        assert state is not None
        self._apply(state)
        return step

    def redo(self) -> Step | None:
        step = self.history.next_redo()
        if step is None or self.tab.laying_out:
            return None
        state = self.history.redo()
        assert state is not None
        self._apply(state)
        return step


class ChartUndo(QObject):
    """The page's Undo and Redo buttons and keys, acting on the chart tab in front."""

    def __init__(self, view: ChartView) -> None:
        super().__init__(view)
        self.view = view
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("chartUndo")
        self.redo_button = QToolButton()
        self.redo_button.setObjectName("chartRedo")
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        keys = ((QKeySequence("Ctrl+Z"), self.undo), (QKeySequence("Ctrl+Shift+Z"), self.redo),
                (QKeySequence("Ctrl+Y"), self.redo))
        self.shortcuts = []
        for key, slot in keys:
            # text fields (find box, the entity beside the chart) keep their own Ctrl+Z
            sc = QShortcut(key, view)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
            self.shortcuts.append(sc)
        self._follows_tabs = False  # the tabs are made after the buttons
        view.installEventFilter(self)
        self.retranslate()

    @property
    def buttons(self) -> list[QWidget]:
        return [self.undo_button, self.redo_button]

    def watch(self, tab: ChartTab) -> None:
        if not self._follows_tabs:
            self._follows_tabs = True
            self.view.tabs.currentChanged.connect(lambda _i: self.refresh())
        tab.undo.changed.connect(self.refresh)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.refresh()

    def what(self, step: Step) -> str:
        """The edit in words, for the buttons' tooltips and the note after undoing."""
        n = step.count
        texts = {
            Edit.ADD: self.tr("adding entities ({0})").format(n),
            Edit.REMOVE: self.tr("removing entities ({0})").format(n),
            Edit.CONTENT: self.tr("changing what is on the chart"),
            Edit.KINDS: self.tr("hiding or showing kinds"),
            Edit.LINKS: self.tr("expanding or combining links"),
            Edit.MOVE: self.tr("moving entities ({0})").format(n),
            Edit.LAYOUT: self.tr("the layout"),
        }
        return texts[step.edit]

    def refresh(self) -> None:
        if not self._follows_tabs or self.view.tabs.count() == 0:
            return
        history = self.view.tab.undo.history
        back, forward = history.next_undo(), history.next_redo()
        self.undo_button.setEnabled(back is not None)
        self.redo_button.setEnabled(forward is not None)
        self.undo_button.setToolTip(plain_tip(self.tr("Undo {0} (Ctrl+Z)").format(self.what(back)) if back
                                              else self.tr("Nothing to undo on this chart")))
        self.redo_button.setToolTip(plain_tip(self.tr("Redo {0} (Ctrl+Shift+Z)").format(self.what(forward))
                                              if forward else self.tr("Nothing to redo on this chart")))

    def _busy(self, tab: ChartTab) -> bool:
        if tab.laying_out:
            tab.notify(self.tr("The chart is still being laid out: undo or redo once it is drawn."))
        return tab.laying_out

    def undo(self) -> None:
        tab = self.view.tab
        if self._busy(tab):
            return
        step = tab.undo.undo()
        if step is not None:
            tab.notify(self.tr("Undone: {0}.").format(self.what(step)))
            self._after(tab)

    def redo(self) -> None:
        tab = self.view.tab
        if self._busy(tab):
            return
        step = tab.undo.redo()
        if step is not None:
            tab.notify(self.tr("Redone: {0}.").format(self.what(step)))
            self._after(tab)

    def _after(self, tab: ChartTab) -> None:
        if self.view.loaded is not None and self.view.tab is tab:
            self.view._fill_menus()  # the Kinds menu shows what is hidden now
        self.refresh()
