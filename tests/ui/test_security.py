"""Auto-lock after idle time, clipboard hygiene, nothing secret in settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock

from casebench.ui.common import ClipboardGuard
from casebench.ui.prefs import Prefs
from casebench.ui.workbench import Workbench


def test_auto_lock_after_idle_time(qtbot, closed_case: Path) -> None:
    prefs = Prefs()
    prefs.set_idle_minutes(0.005)  # 300 ms
    window = Workbench(prefs)
    qtbot.addWidget(window)
    window.show()
    try:
        window.open_case(str(closed_case))
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: window.session.is_open and window.caseview.entities.model.total == 2,
                        timeout=TIMEOUT)
        window.caseview.select("entities", 1)  # People
        sizes = window.caseview.splitter.sizes()
        qtbot.waitUntil(lambda: window.locked and not window.session.is_open, timeout=TIMEOUT)
        # views are cleared, layout kept, unlock dialog asks again
        assert window.caseview.entities.model.rowCount() == 0
        assert window.pages.currentWidget() is window.caseview
        assert window.caseview.splitter.sizes() == sizes
        dialog = window.unlock_dialog
        assert dialog is not None and dialog.isVisible()
        assert "without activity" in dialog.intro.text()
        assert window.info is None and "locked" in window.case_label.text().lower()
        unlock(qtbot, window)
        qtbot.waitUntil(lambda: window.session.is_open and window.caseview.entities.model.ready,
                        timeout=TIMEOUT)
        nav = window.caseview.navigator.currentItem()
        assert nav is not None and nav.text(0).startswith("People")
        assert window.caseview.entities.model.total == 1
    finally:
        window.idle.stop()
        window.session.shutdown()
    assert PASSPHRASE not in prefs.path.read_text()


def test_activity_postpones_the_lock(qtbot, opened) -> None:
    opened.idle.set_minutes(0.01)  # 600 ms
    opened.idle.start()
    for _ in range(5):
        qtbot.wait(200)
        qtbot.keyClick(opened.search_box, "a")
    assert opened.session.is_open and not opened.locked


def test_clipboard_cleared_after_timeout_if_unchanged(qtbot) -> None:
    cb = QGuiApplication.clipboard()
    guard = ClipboardGuard(seconds=0.2)
    guard.copy("0f3a…sha256")
    assert cb.text() == "0f3a…sha256"
    qtbot.waitUntil(lambda: cb.text() == "", timeout=3000)
    guard.copy("secret-id")
    cb.setText("something the user copied later")
    qtbot.wait(400)
    assert cb.text() == "something the user copied later"


def test_opening_a_folder_that_is_no_case_keeps_the_open_case(opened, tmp_path: Path) -> None:
    from casebench.ui.dialogs import ask

    open_path = opened.case_path
    with ask.scripted([None]) as log:
        opened.open_case(str(tmp_path))  # a folder of evidence files, no case.json
    assert [kind for kind, _t, _x in log] == ["error"] and "no case.json" in log[0][2]
    assert opened.session.is_open and opened.case_path == open_path
    assert opened.pages.currentWidget() is opened.caseview
