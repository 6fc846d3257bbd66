"""The Create identity dialog advises before the user types and objects only afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from tests.ui.test_first_run import ID_PASS

from casebench.ui.identity_dialog import IdentityDialog


def test_what_is_missing_is_advice_until_the_user_types(qtbot, bench) -> None:
    qtbot.mouseClick(bench.welcome.identity_button, Qt.MouseButton.LeftButton)
    dialog = bench.identity_dialog
    assert isinstance(dialog, IdentityDialog)
    qtbot.waitExposed(dialog)
    assert dialog.hint.text() == "Give your name as partners know you."
    assert "#555" in dialog.hint.styleSheet()  # grey: nothing is wrong yet, nothing was typed
    qtbot.keyClicks(dialog.name, "Ines Carvalho")
    qtbot.keyClicks(dialog.first, "short")
    assert "at least" in dialog.hint.text() and "#b00020" in dialog.hint.styleSheet()  # red: typed, not enough
    dialog.first.clear()
    qtbot.keyClicks(dialog.first, ID_PASS)
    qtbot.keyClicks(dialog.second, ID_PASS)
    assert dialog.hint.text().startswith("Ready.") and "#1b7a1b" in dialog.hint.styleSheet()
    dialog.reject()
