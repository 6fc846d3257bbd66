"""The workbench window: welcome screen or the open case, menus, status bar, lock.

It assembles the parts (welcome, wizard, unlock, case view, search, idle lock); the parts
do the work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from casebench.demo import DEMO_PASSPHRASE
from casebench.domain.handling import TLP
from casebench.services import about
from casebench.services import identity as identity_svc
from casebench.services.cases import (
    CaseInfo,
    act_as,
    case_info,
    create_case,
    open_case,
    opening_notes,
)
from casebench.services.errors import WrongPassphrase
from casebench.services.progress import OperationCancelled
from casebench.services.settings import current_user
from casebench.services.verify import VerifyReport, verify_case
from casebench.ui import captions, chart_view, first_run, i18n
from casebench.ui.caseview import CaseView
from casebench.ui.chart_actions import SHOW_ON_CHART_KEY
from casebench.ui.common import TlpBadge, clipboard_guard, plain_error, plain_labels
from casebench.ui.dialogs import ask
from casebench.ui.help import GuideBrowser
from casebench.ui.history import History, Location
from casebench.ui.identity_dialog import IdentityDialog, IdentityUnlockDialog, Keys
from casebench.ui.idle import IdleWatcher
from casebench.ui.pack_dialog import PackDialog
from casebench.ui.prefs import Prefs
from casebench.ui.progress import TaskRunner
from casebench.ui.search_view import SearchBox
from casebench.ui.session import ENTITIES, CaseSession
from casebench.ui.summary_dialog import SummaryDialog
from casebench.ui.table_import_wizard import TableImportWizard
from casebench.ui.unlock import UnlockDialog
from casebench.ui.welcome import WelcomePage
from casebench.ui.wizard import NewCaseWizard

QUIT_WAIT_SECONDS = 10.0  # how long quitting waits for cancelled work to stop


def _keys(key: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """``key`` everywhere, plus the platform's own (Cmd+[ on macOS), each once: a key bound
    twice to one action would be ambiguous and do nothing."""
    first = QKeySequence(key)
    return [first, *(k for k in QKeySequence.keyBindings(standard) if k != first)]


class Workbench(QMainWindow):
    def __init__(self, prefs: Prefs | None = None, session: CaseSession | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs or Prefs()
        self.session = session or CaseSession(self)
        self.session.closed.connect(self._drop_identity_prompt)
        self.setObjectName("workbench")
        self.info: CaseInfo | None = None
        self.case_path: str | None = None
        self.locked = False
        self.unlock_dialog: UnlockDialog | None = None
        self.identity_unlock: IdentityUnlockDialog | None = None
        self.demo_task: TaskRunner | None = None
        self.table_wizard: TableImportWizard | None = None
        self.pack_dialog: PackDialog | None = None
        self.summary_dialog: SummaryDialog | None = None
        self._discarded_on_lock = 0  # values the idle lock emptied from the forms, said after unlock
        self._charts_closed_on_lock = 0  # chart tabs with unsaved changes the idle lock closed
        self.resize(1280, 800)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.welcome = WelcomePage(self.prefs)
        self.welcome.newRequested.connect(self.new_case)
        self.welcome.openRequested.connect(self.choose_case)
        self.welcome.recentChosen.connect(self.open_case)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.identityRequested.connect(self.create_identity)
        self.identity_dialog: IdentityDialog | None = None
        self.guide: GuideBrowser | None = None
        self.caseview = CaseView(self.session)
        self.caseview.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        self._apply_chart_cap()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.caseview)
        self.search_box = SearchBox(self.session, self.caseview.search)
        self.search_box.resultsReady.connect(lambda *_: self.caseview.show_search())
        self.search_box.openRequested.connect(self._open_search_hit)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar_title = QLabel()
        self.toolbar_title.setObjectName("caseTitle")
        self.toolbar_title.setStyleSheet("font-weight: bold; padding: 0 12px;")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(self.toolbar_title)
        self.toolbar.addWidget(spacer)
        self.search_box.setMaximumWidth(420)
        self.toolbar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.case_label = QLabel()
        self.case_label.setObjectName("caseLabel")
        self.tlp_badge = TlpBadge()
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockButton")
        self.lock_button.clicked.connect(lambda: self.lock())
        sb = self.statusBar()
        sb.addWidget(self.case_label, 1)
        sb.addPermanentWidget(self.tlp_badge)
        sb.addPermanentWidget(self.lock_button)
        self.idle = IdleWatcher(self.prefs.idle_minutes(), self)
        self.idle.idle.connect(self._idle_lock)
        self._build_menus()
        self._build_history()
        self.retranslate()
        geo, state = self.prefs.window_state()
        if geo is not None:
            self.restoreGeometry(geo)
        if state is not None:
            self.restoreState(state)
        self.fit_to_screen()
        self.show_welcome()
        plain_labels(self)  # case data in labels is shown as written, never as markup

    def fit_to_screen(self) -> None:
        """Keep the window inside the screen's free area: a geometry saved on a bigger screen,
        or 1280×800 at 150 % scale, must not put the TLP banner and Lock out of reach."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        width, height = min(self.width(), free.width()), min(self.height(), free.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        x = min(max(self.x(), free.left()), free.right() + 1 - width)
        y = min(max(self.y(), free.top()), free.bottom() + 1 - height)
        if (x, y) != (self.x(), self.y()):
            self.move(x, y)

    # -- menus and texts ------------------------------------------------------------------------
    def _action(self, menu: QMenu, slot: Any, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        act = QAction(self)
        act.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.case_menu = bar.addMenu("")
        self.act_new = self._action(self.case_menu, self.new_case, QKeySequence.StandardKey.New)
        self.act_open = self._action(self.case_menu, self.choose_case, QKeySequence.StandardKey.Open)
        self.act_close = self._action(self.case_menu, self.ask_close_case)
        self.case_menu.addSeparator()
        self.act_lock = self._action(self.case_menu, self.lock, "Ctrl+L")
        self.act_verify = self._action(self.case_menu, self.verify)
        self.act_verify_quick = self._action(self.case_menu, self.verify_quick)
        self.act_verify_quick.setObjectName("verifyQuick")
        self.act_import_table = self._action(self.case_menu, self.import_table)
        self.act_import_table.setObjectName("importTable")
        self.toolbar.insertAction(self.toolbar.actions()[1], self.act_import_table)  # after the title
        self.act_print_pack = self._action(self.case_menu, self.print_pack, "Ctrl+P")
        self.act_show_on_chart = self._action(self.case_menu, self.show_on_chart, SHOW_ON_CHART_KEY)
        self.act_show_on_chart.setObjectName("showOnChartWindow")
        self.act_summary = self._action(self.case_menu, self.edit_summary)
        self.case_menu.addSeparator()
        self.act_quit = self._action(self.case_menu, self.close, QKeySequence.StandardKey.Quit)
        self._build_edit_menu()
        self.act_find = QAction(self)
        self.act_find.setShortcut(QKeySequence.StandardKey.Find)
        self.act_find.triggered.connect(self._focus_search)
        self.addAction(self.act_find)
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in ("", *i18n.SUPPORTED):
            act = QAction(self)
            act.setCheckable(True)
            act.setData(code)
            act.triggered.connect(lambda _c=False, c=code: self.set_language(c))
            self.language_group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[code] = act
        self.language_actions.get(self.prefs.language(), self.language_actions[""]).setChecked(True)
        self.act_idle = self._action(self.settings_menu, self.choose_idle)
        self.act_chart_cap = self._action(self.settings_menu, self.choose_chart_cap)
        self.help_menu = bar.addMenu("")
        self.act_guide = self._action(self.help_menu, self.show_guide, QKeySequence.StandardKey.HelpContents)
        self.act_demo = self._action(self.help_menu, self.open_demo)
        self.act_identity = self._action(self.help_menu, self.create_identity)
        self.help_menu.addSeparator()
        self.act_about = self._action(self.help_menu, self.about)

    def _build_edit_menu(self) -> None:
        """Edit › Undo / Redo of the values typed into the entity form on screen."""
        self.edit_menu = self.menuBar().addMenu("")
        self.act_undo = QAction(self)
        self.act_undo.setObjectName("editUndo")
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_undo.triggered.connect(lambda _c=False: self._step(undo=True))
        self.act_redo = QAction(self)
        self.act_redo.setObjectName("editRedo")
        self.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.act_redo.triggered.connect(lambda _c=False: self._step(undo=False))
        self.edit_menu.addAction(self.act_undo)
        self.edit_menu.addAction(self.act_redo)
        # opening the menu with the cursor still in a field: its typing becomes a step first
        self.edit_menu.aboutToShow.connect(self._commit_typing)
        group = self.caseview.undo_group
        for signal in (group.canUndoChanged, group.canRedoChanged, group.undoTextChanged,
                       group.redoTextChanged):
            signal.connect(lambda *_: self._update_edit_menu())
        group.activeStackChanged.connect(lambda _s: self._update_edit_menu())

    def _commit_typing(self) -> None:
        editor = self.caseview.active_editor()
        if editor is not None:
            editor.steps.commit_pending()

    def _step(self, *, undo: bool) -> None:
        editor = self.caseview.active_editor()
        if editor is not None:
            editor.undo() if undo else editor.redo()

    def _update_edit_menu(self) -> None:
        editor = self.caseview.active_editor()
        back = editor.steps.next_undo() if editor is not None else ""
        forward = editor.steps.next_redo() if editor is not None else ""
        # a property label with "&" must not become an accelerator
        self.act_undo.setText(self.tr("&Undo {what}").format(what=back.replace("&", "&&")) if back
                              else self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo {what}").format(what=forward.replace("&", "&&")) if forward
                              else self.tr("&Redo"))
        # disabled, the keys are free for the chart page's own Ctrl+Z
        self.act_undo.setEnabled(bool(back))
        self.act_redo.setEnabled(bool(forward))

    def retranslate(self) -> None:
        self.case_menu.setTitle(self.tr("&Case"))
        self.act_new.setText(self.tr("&New case…"))
        self.act_open.setText(self.tr("&Open case…"))
        self.act_close.setText(self.tr("&Close case"))
        self.act_lock.setText(self.tr("&Lock now"))
        self.act_verify.setText(self.tr("&Verify case"))
        self.act_verify_quick.setText(self.tr("Quick verify (encrypted files, not decrypted)"))
        self.act_verify_quick.setToolTip(self.tr("Compare each encrypted evidence file with the SHA-256 "
                                                 "recorded when it was written, without decrypting it"))
        self.act_import_table.setText(self.tr("&Import table…"))
        self.act_import_table.setToolTip(self.tr("Import call records, a bank statement or another "
                                                 "spreadsheet (CSV or Excel)"))
        self.act_print_pack.setText(self.tr("&Print briefing pack…"))
        self.act_show_on_chart.setText(self.tr("Show on c&hart"))
        self.act_show_on_chart.setToolTip(self.tr("Put what is selected (entities, search results, a "
                                                  "timeline item) on the link chart"))
        self.act_summary.setText(self.tr("&Executive summary…"))
        self.act_quit.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._update_edit_menu()
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.language_actions[""].setText(self.tr("System default"))
        for code in i18n.SUPPORTED:
            self.language_actions[code].setText(i18n.LANGUAGE_NAMES[code])
        self.act_idle.setText(self.tr("&Auto-lock…"))
        self.act_chart_cap.setText(self.tr("&Chart size limit…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_guide.setText(self.tr("&User guide"))
        self.act_demo.setText(self.tr("Open the &demo case"))
        self.act_identity.setText(self.tr("Create my &identity…"))
        self.act_about.setText(self.tr("&About casebench"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Close the case now; unlocking needs the passphrase (Ctrl+L)"))
        self.toolbar.setWindowTitle(self.tr("Search"))
        self._retranslate_history()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_status(self) -> None:
        is_case = self.case_path is not None
        if self.info is not None:
            title = self.info.title or Path(self.info.path).name
            ref = f" · {self.info.reference}" if self.info.reference else ""
            self.case_label.setText(self.tr("Case: {title}{ref} · user {user}").format(
                title=title, ref=ref, user=current_user()))
            self.setWindowTitle(f"{title} — casebench")
            self.toolbar_title.setText(title)
        elif is_case and self.locked:
            self.case_label.setText(self.tr("Case locked: {name}").format(name=Path(self.case_path or "").name))
            self.setWindowTitle("casebench")
        else:
            self.case_label.setText(self.tr("No case open"))
            self.setWindowTitle("casebench")
        if self.info is None:
            self.toolbar_title.setText("")
        self.tlp_badge.set_tlp(self.info.default_tlp if self.info else None)
        open_ = self.session.is_open
        self.lock_button.setVisible(open_)
        for act in self.case_only_actions():
            act.setEnabled(open_)
        self.toolbar.setVisible(open_ or self.locked)
        self.search_box.setEnabled(open_)
        self._update_history()

    def case_only_actions(self) -> tuple[QAction, ...]:
        """Actions that need an open case: disabled (greyed, shortcuts dead) on the welcome page."""
        return (self.act_close, self.act_lock, self.act_verify, self.act_verify_quick, self.act_import_table,
                self.act_print_pack, self.act_summary, self.act_find, self.act_show_on_chart)

    # -- Back and Forward (issue 13 item 1) ---------------------------------------------------------
    def _build_history(self) -> None:
        """Back/Forward across pages and entities: toolbar, Alt+Left/Right, the mouse's side buttons."""
        self.history = History(self)
        self.history.changed.connect(self._update_history)
        self._restoring = False
        self.caseview.navigated.connect(self._navigated)
        style = self.style()
        self.act_back = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), "", self)
        self.act_back.setObjectName("back")
        self.act_back.setShortcuts(_keys("Alt+Left", QKeySequence.StandardKey.Back))
        self.act_back.triggered.connect(lambda _c=False: self.go_back())
        self.act_forward = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), "", self)
        self.act_forward.setObjectName("forward")
        self.act_forward.setShortcuts(_keys("Alt+Right", QKeySequence.StandardKey.Forward))
        self.act_forward.triggered.connect(lambda _c=False: self.go_forward())
        first = self.toolbar.actions()[0]
        self.toolbar.insertAction(first, self.act_back)
        self.toolbar.insertAction(first, self.act_forward)
        self.addAction(self.act_back)  # shortcuts work wherever the focus is in the window
        self.addAction(self.act_forward)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._update_history()

    def _retranslate_history(self) -> None:
        self.act_back.setText(self.tr("Back"))
        self.act_back.setToolTip(self.tr("Back to the previous page (Alt+Left)"))
        self.act_forward.setText(self.tr("Forward"))
        self.act_forward.setToolTip(self.tr("Forward again (Alt+Right)"))

    def _navigated(self, loc: Location) -> None:
        if not self._restoring:
            self.history.push(loc)

    def _update_history(self) -> None:
        open_ = self.session.is_open
        self.act_back.setEnabled(open_ and self.history.can_back())
        self.act_forward.setEnabled(open_ and self.history.can_forward())

    def go_back(self) -> None:
        self._go(-1)

    def go_forward(self) -> None:
        self._go(+1)

    def _go(self, delta: int) -> None:
        """Back (-1) or Forward (+1). The history moves only once the page may be left: when
        the form on the way holds typed values and the user cancels, the page and the history
        stay as they were; when they save, the step is taken after the values are written."""
        if not self.session.is_open:
            return
        here, there = self.history.current, self.history.peek(delta)
        if there is None:
            return

        def after_save() -> None:  # the same step, if the user has not moved meanwhile
            if self.session.is_open and self.history.current == here and self.history.peek(delta) == there:
                self._go(delta)

        if not self.caseview.may_show(there, after_save):
            return
        self.history.move(delta)
        self._restore(there)

    def _restore(self, loc: Location | None) -> None:
        if loc is None:
            return
        self._restoring = True
        try:
            self.caseview.go(loc)
        finally:
            self._restoring = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The mouse's Back and Forward buttons, over any part of this window."""
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) \
                and event.button() in (Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton) \
                and isinstance(watched, QWidget) and watched.window() is self:
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
            else:
                self.go_forward()
            return True
        return super().eventFilter(watched, event)

    # -- pages --------------------------------------------------------------------------------------
    def show_welcome(self) -> None:
        self.welcome.refresh()
        self.pages.setCurrentWidget(self.welcome)
        self._update_status()

    # -- create / open / unlock -------------------------------------------------------------------
    def new_case(self) -> None:
        if self.session.is_open and not self._close_first(self._new_case):
            return
        self._new_case()

    def _new_case(self) -> None:
        wizard = NewCaseWizard(self)
        if not ask.exec(wizard):
            wizard.wipe()
            wizard.deleteLater()
            return
        values, secret = wizard.values(), wizard.secret()
        wizard.wipe()
        wizard.deleteLater()
        self.case_path = str(values.path)
        user = current_user()
        self.case_label.setText(self.tr("Creating the case…"))
        self.session.open(lambda: create_case(values.path, secret, user=user, title=values.title,
                                              reference=values.reference, originator=values.originator,
                                              originator_country=values.originator_country,
                                              default_tlp=values.default_tlp),
                          on_done=lambda _c: self._opened(), on_error=self._create_failed)

    def _create_failed(self, exc: BaseException) -> None:
        self.case_path = None
        self._update_status()
        ask.error(self, self.tr("New case"), plain_error(exc))

    def choose_case(self) -> None:
        path = ask.directory(self, self.tr("Open a case folder (.casebench)"))
        if path:
            self.open_case(path)

    def open_case(self, path: str) -> None:
        if self.session.is_open and self.case_path and Path(path).resolve() == Path(self.case_path).resolve():
            return
        # checked before the open case is closed: a wrong folder must not cost the user their case
        if not (Path(path) / "case.json").exists():
            ask.error(self, self.tr("Open case"), self.tr(
                "{path} is not a casebench case folder (it has no case.json).").format(path=path))
            return
        if self.session.is_open and not self._close_first(lambda: self._unlock_path(path)):
            return
        self._unlock_path(path)

    def _unlock_path(self, path: str) -> None:
        self.case_path = path
        self.ask_unlock()

    def ask_unlock(self, reason: str = "") -> UnlockDialog:
        assert self.case_path is not None
        dialog = UnlockDialog(self.session, self.case_path, self, reason=reason)
        dialog.unlocked.connect(lambda _c: self._opened())
        dialog.rejected.connect(self._unlock_cancelled)
        self.unlock_dialog = dialog
        dialog.open()
        return dialog

    def _unlock_cancelled(self) -> None:
        self.unlock_dialog = None
        self._discarded_on_lock = self._charts_closed_on_lock = 0  # the prompt said it
        if not self.session.is_open:
            self.caseview.clear()
            self.case_path = None
            self.locked = False
            self.show_welcome()

    def _discarded_text(self) -> str:
        # no names: the unlock prompt is on screen while the case is locked
        said = []
        if self._discarded_on_lock:
            said.append(self.tr("%n value(s) typed and not saved were discarded when the case locked.", "",
                                self._discarded_on_lock))
        if self._charts_closed_on_lock:
            said.append(self.tr("%n chart(s) with changes not saved were closed when the case locked.", "",
                                self._charts_closed_on_lock))
        return " ".join(said)

    def _opened(self) -> None:
        if self._discarded_on_lock or self._charts_closed_on_lock:
            self.statusBar().showMessage(self._discarded_text(), 60_000)
            self._discarded_on_lock = self._charts_closed_on_lock = 0
        self.unlock_dialog = None
        self.locked = False
        if self.case_path:
            self.prefs.add_recent(self.case_path)
        self.caseview.setEnabled(True)
        self.pages.setCurrentWidget(self.caseview)
        self.caseview.load()  # the list first: it is what the user looks at
        self.session.call(case_info, on_done=self._got_info)
        # opening tidied interrupted work (services.cases.open_case); never silently
        self.session.call(opening_notes, on_done=self._show_opening_notes, owner=self)
        self.idle.set_minutes(self.prefs.idle_minutes())
        self.idle.start()
        self._update_status()
        self._ask_identity()

    # -- who is acting (issue 13 item 7) ---------------------------------------------------------
    def _ask_identity(self) -> None:
        """Once per opening: records name the investigator, not only the computer login."""
        if self.session.keys is not None:
            self._act_as(self.session.keys)
        elif identity_svc.exists():
            dialog = IdentityUnlockDialog(self.session, self)
            dialog.unlocked.connect(self._act_as)
            dialog.rejected.connect(lambda: self.statusBar().showMessage(self.tr(
                "Your identity is not unlocked: records name this computer's login ({login}).").format(
                    login=current_user()), 15_000))
            self.identity_unlock = dialog
            dialog.setWindowModality(Qt.WindowModality.NonModal)  # the case can be read meanwhile
            dialog.show()

    def _drop_identity_prompt(self) -> None:
        if self.identity_unlock is not None:
            self.identity_unlock.reject()
            self.identity_unlock = None

    def _act_as(self, keys: Keys) -> None:
        if not self.session.is_open:
            return
        self.session.keys = keys
        self.identity_unlock = None
        who = identity_svc.actor(keys.identity, current_user())
        self.session.call(act_as, who, owner=self, on_done=lambda actor: self.statusBar().showMessage(
            self.tr("Records now name: {actor}").format(actor=captions.actor(actor)), 15_000))

    def _show_opening_notes(self, notes: list[str]) -> None:
        if notes:
            self.statusBar().showMessage(notes[0], 30_000)
            ask.notice(self, self.tr("Opening the case"), self.tr(
                "Opening the case did the following; the audit log keeps a record.") + "\n\n"
                + "\n".join(notes))

    def _got_info(self, info: CaseInfo) -> None:
        self.info = info
        region = (info.originator_country or "").upper() or None
        # every entity editor, the chart's side panel too (its new values were AMBER in any case)
        for editor in (self.caseview.entities.editor, *(p.editor for p in self.caseview.forum.pages),
                       self.caseview.chart.editor):
            editor.region = region
            editor.default_tlp = info.default_tlp
        # the export dialogs start at the case's level, as the briefing pack's does
        self.caseview.chart.default_tlp = info.default_tlp
        self.caseview.timeline.default_tlp = info.default_tlp
        self._update_status()

    def _close_first(self, then: Callable[[], None]) -> bool:
        """True when the open case was closed. False when the user kept it, or chose to save
        typed values first: ``then`` runs once they are saved and the case is closed."""
        if not ask.confirm(self, self.tr("Close case"), self.tr("Close the open case first?")):
            return False

        def close_then() -> None:
            self.close_case()
            then()

        if not self.leave_forms(close_then):
            return False
        self.close_case()
        return True

    def leave_forms(self, then: Callable[[], None]) -> bool:
        """Every entity form with values typed and not saved asks Save / Discard / Cancel.
        True: nothing is left unsaved, go on now. False: the user cancelled (they stay, with
        their values), or a save is running and ``then`` runs after it."""
        def after_save() -> None:
            if self.leave_forms(then):
                then()

        if not all(editor.leave(after_save) for editor in self.caseview.editors()):
            return False
        return self.leave_charts()

    def leave_charts(self) -> bool:
        """Chart tabs with changes not saved are named before the case closes: True to go on."""
        names = self.caseview.chart.unsaved_tabs()
        if not names or chart_view.confirm_lose_charts(self, self.tr("Charts not saved"), self.tr(
                "%n chart(s) have changes that are not saved: {names}. Close the case and lose them? "
                "(No keeps them: save them on the Link chart page.)", "", len(names)).format(
                    names=", ".join(f"“{n}”" for n in names))):
            return True
        self.caseview.select("chart")
        return False

    def ask_close_case(self) -> None:
        """Case › Close case: typed values are saved or discarded first, as the user says."""
        if self.session.is_open and self.leave_forms(self.close_case):
            self.close_case()

    def close_case(self) -> None:
        self.history.clear()
        self.idle.stop()
        if self.table_wizard is not None:
            self.table_wizard.discard()
        self._close_case_dialogs()
        self.caseview.clear()
        self.info = None
        self.case_path = None
        self.locked = False
        self.search_box.clear()
        self.session.close()
        self.show_welcome()

    # -- lock ---------------------------------------------------------------------------------------
    def _idle_lock(self) -> None:
        minutes = self.prefs.idle_minutes()
        self.lock(self.tr("The case was locked after %n minute(s) without activity.", "",
                          max(1, round(minutes))), idle=True)

    def lock(self, reason: str = "", *, idle: bool = False) -> None:
        """Close the case, clear every view, keep the window as it is, ask for the passphrase.

        Asked for (Ctrl+L, Lock), typed values are saved or discarded first as the user says.
        On the idle timeout nobody is there to answer: they are discarded, never kept (the
        lock drops what was read from the case) nor saved unseen (a saved value stays in
        the record for good), and the unlock prompt says how many went (decision 50)."""
        if not self.session.is_open or self.case_path is None:
            return
        if idle:
            ask.cancel_choices()  # a Save / Discard / Cancel left waiting: the lock answers it
            self._discarded_on_lock = self.caseview.discard_unsaved()
            self._charts_closed_on_lock = len(self.caseview.chart.unsaved_tabs())
            if self._discarded_on_lock or self._charts_closed_on_lock:
                reason = (reason + " " if reason else "") + self._discarded_text()
        elif not self.leave_forms(lambda: self.lock(reason)):
            return
        self.idle.stop()
        self.locked = True
        self.info = None
        self.history.clear()  # where the user was is case data too
        clipboard_guard().clear_now()  # an id or hash copied from the case goes with it
        if self.table_wizard is not None:
            self.table_wizard.discard()
        self._close_case_dialogs()
        self.search_box.clear()
        self.caseview.clear()
        self.caseview.setEnabled(False)
        self.session.close(on_done=lambda _r: self._update_status())
        self._update_status()
        self.ask_unlock(reason or self.tr("The case is locked."))

    def _close_case_dialogs(self) -> None:
        """The briefing pack and executive summary dialogs show the case and act on it: they
        go with it (they stayed above the passphrase prompt; printing behind the lock was
        cancelled, and once unlocked they printed or saved with what they read before)."""
        for dialog in (self.pack_dialog, self.summary_dialog):
            if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.reject()
        self.pack_dialog = self.summary_dialog = None

    def choose_idle(self) -> None:
        text = ask.text(self, self.tr("Auto-lock"),
                        self.tr("Lock the case after this many minutes without activity:"),
                        f"{self.prefs.idle_minutes():g}")
        if text is None:
            return
        try:
            minutes = float(text.replace(",", "."))
        except ValueError:
            minutes = 0
        if minutes <= 0:
            ask.warn(self, self.tr("Auto-lock"), self.tr("Give a number of minutes greater than 0."))
            return
        self.prefs.set_idle_minutes(minutes)
        self.idle.set_minutes(minutes)

    # -- link chart ---------------------------------------------------------------------------------
    def show_on_chart(self) -> None:
        """Case › Show on chart (Ctrl+Shift+G): what is selected on the page on screen."""
        if self.session.is_open:
            self.caseview.show_on_chart(self.caseview.chart_ids())

    def _apply_chart_cap(self) -> None:
        set_cap = getattr(self.caseview.pages.get("chart"), "set_cap", None)
        if callable(set_cap):
            set_cap(self.prefs.chart_cap())

    def choose_chart_cap(self) -> None:
        text = ask.text(self, self.tr("Chart size limit"),
                        self.tr("The most entities one link chart holds (asking for more explains "
                                "and offers filters):"), str(self.prefs.chart_cap()))
        if text is None:
            return
        try:
            cap = int(text.strip().replace(",", "").replace(".", ""))
        except ValueError:
            cap = 0
        if cap < 10:
            ask.warn(self, self.tr("Chart size limit"), self.tr("Give a whole number of at least 10."))
            return
        self.prefs.set_chart_cap(cap)
        self._apply_chart_cap()

    # -- language -----------------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.prefs.set_language(code)
        i18n.install(code)  # LanguageChange reaches every widget; they re-read their texts
        act = self.language_actions.get(code)
        if act is not None:
            act.setChecked(True)

    # -- search -------------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        if self.session.is_open:
            self.search_box.setFocus()
            self.search_box.selectAll()

    def _open_search_hit(self) -> None:
        eid = self.caseview.search.current_entity()
        if eid:
            self.caseview.open_entity(eid)

    # -- other actions ------------------------------------------------------------------------------
    def verify(self) -> None:
        self._run_verify(quick=False)

    def verify_quick(self) -> None:
        """Case ▸ Quick verify: the evidence checked as encrypted files (verify --quick)."""
        self._run_verify(quick=True)

    def _run_verify(self, *, quick: bool) -> None:
        if not self.session.is_open:
            return
        title = self.tr("Quick verify") if quick else self.tr("Verify case")
        runner = TaskRunner(self.session, self, title, self.tr(
            "Checking the database, the audit chain and the encrypted evidence files…") if quick
            else self.tr("Checking the database, the audit chain and the evidence…"))
        runner.finished.connect(self._verified)
        runner.failed.connect(lambda exc: ask.error(self, title, plain_error(exc)))
        runner.start(verify_case, quick=quick)

    def import_table(self) -> TableImportWizard | None:
        """The table import wizard (call records, bank statements, spreadsheets)."""
        if not self.session.is_open:
            return None
        wizard = TableImportWizard(self.session, self)
        wizard.imported.connect(lambda _r: self._table_imported())
        wizard.finished.connect(lambda _r: self._table_wizard_closed(wizard))
        self.table_wizard = wizard
        wizard.open()
        return wizard

    def print_pack(self) -> PackDialog | None:
        """Print briefing pack… (ui.pack_dialog): same service and audit record as the CLI."""
        if not self.session.is_open:
            return None
        dialog = PackDialog(self.session, self,
                            default_tlp=self.info.default_tlp if self.info else TLP.AMBER)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.printed.connect(self._pack_printed)
        dialog.open()
        self.pack_dialog = dialog
        return dialog

    def _pack_printed(self, paths: list[Path]) -> None:
        # the folder opens in the file manager where there is one; the status bar says it always
        if paths:
            self.statusBar().showMessage(self.tr("Briefing pack written in {folder}: {files}").format(
                folder=str(paths[0].parent), files=", ".join(p.name for p in paths)), 60_000)

    def edit_summary(self) -> SummaryDialog | None:
        """Case ▸ Executive summary… (ui.summary_dialog): the text that opens every pack."""
        if not self.session.is_open:
            return None
        dialog = SummaryDialog(self.session, self,
                               default_tlp=self.info.default_tlp if self.info else TLP.AMBER)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        self.summary_dialog = dialog
        return dialog

    def _table_imported(self) -> None:
        self.session.notify(ENTITIES)  # lists, counts, chart and timeline follow

    def _table_wizard_closed(self, wizard: TableImportWizard) -> None:
        if self.table_wizard is wizard:
            self.table_wizard = None
        wizard.deleteLater()

    def _verified(self, report: VerifyReport) -> None:
        checked = "\n".join(f"• {c}" for c in report.checked)
        title = self.tr("Quick verify") if report.quick else self.tr("Verify case")
        note = ("\n\n" + self.tr(
            "Quick mode: each encrypted evidence file was compared with the SHA-256 recorded when it "
            "was written. Nothing was decrypted, so this does not prove that the key still opens the "
            "files or that their content matches its recorded SHA-256; Verify case proves that.")
            if report.quick else "")
        if report.ok:  # the quick mode does not claim "intact": the content was not decrypted
            head = self.tr("No problems were found.") if report.quick else self.tr("The case is intact.")
            ask.info(self, title, head + note + "\n\n" + self.tr("Checked:") + "\n" + checked)
        else:
            ask.warn(self, title, self.tr("Problems were found:") + "\n"
                     + "\n".join(f"• {p}" for p in report.problems) + note + "\n\n" + self.tr("Checked:")
                     + "\n" + checked)

    # -- first run ----------------------------------------------------------------------------------
    def open_demo(self) -> None:
        """Open the demo case (passphrase `demo`), building it first when it is not there."""
        path = first_run.demo_path()
        if self.session.is_open:
            if self.case_path and Path(self.case_path).resolve() == path.resolve():
                return
            if not self._close_first(self._open_demo_closed):
                return
        self._open_demo_closed()

    def _open_demo_closed(self) -> None:
        if first_run.demo_exists():
            self._open_demo_now()
            return
        task = TaskRunner(self.session, self, self.tr("Demo case"),
                          self.tr("Building the demo case “Operation Mar Azul”…"), needs_case=False)
        task.finished.connect(lambda _p: self._open_demo_now())
        task.failed.connect(self._demo_failed)
        self.demo_task = task
        task.start(first_run.build_demo_case)

    def _open_demo_now(self) -> None:
        self.demo_task = None
        path = first_run.demo_path()
        self.case_path = str(path)
        user = current_user()
        self.case_label.setText(self.tr("Opening the demo case…"))
        self.session.open(lambda: open_case(path, DEMO_PASSPHRASE, user=user),
                          on_done=lambda _c: self._opened(), on_error=self._demo_open_failed)

    def _demo_open_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):  # a demo case whose passphrase was changed: ask
            self.ask_unlock()
            return
        self._create_failed(exc)

    def _demo_failed(self, exc: BaseException) -> None:
        self.demo_task = None
        if isinstance(exc, OperationCancelled):
            return
        ask.error(self, self.tr("Demo case"), plain_error(exc))

    def create_identity(self) -> None:
        if identity_svc.exists():
            ask.info(self, self.tr("Your investigator identity"), self.tr(
                "This computer already has your investigator identity. Its contact card is under "
                "Bundles › My contact card in an open case."))
            return
        dialog = IdentityDialog(self.session, self)
        dialog.created.connect(lambda keys: self._identity_created(keys))
        self.identity_dialog = dialog
        dialog.open()

    def _identity_created(self, keys: Keys) -> None:
        self.identity_dialog = None
        self.welcome.refresh()
        self.caseview.bundles.load_identity()  # an open case's Bundles page said there was none
        card = keys.identity.card
        ask.info(self, self.tr("Your investigator identity"), self.tr(
            "Your identity was created.\n\nFingerprint: {hex}\nIn words: {words}\n\nGive partners "
            "your contact card (Bundles › My contact card) and read them this fingerprint.").format(
            hex=card.fingerprint_hex, words=card.fingerprint_words))

    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = GuideBrowser(self)
        self.guide.show()
        self.guide.raise_()

    def about(self) -> None:
        self.session.run_plain(about.versions, on_done=self._show_about)

    def _show_about(self, versions: list[tuple[str, str]]) -> None:
        lines = "\n".join(f"{name}: {ver}" for name, ver in versions)
        ask.info(self, self.tr("About casebench"),
                 self.tr("Offline workbench for cross-border investigations.") + "\n\n" + lines)

    def _close_later(self) -> None:
        # after the save's own callback has returned: closing shuts the worker down
        QTimer.singleShot(0, self.close)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session.is_open and not self.leave_forms(lambda: self._close_later()):
            event.ignore()  # cancelled, or saving first: the window closes once saved
            return
        if self.session.busy and not ask.confirm(self, self.tr("Quit"), self.tr(
                "Work is still running. Stop it and quit? What it has not finished is put back "
                "as it was.")):
            event.ignore()
            return
        self.prefs.save_window_state(self.saveGeometry(), self.saveState())
        self.idle.stop()
        clipboard_guard().clear_now()
        # Tell running work to stop and close the case; wait a bounded time, never hang.
        self.session.shutdown(QUIT_WAIT_SECONDS)
        super().closeEvent(event)
