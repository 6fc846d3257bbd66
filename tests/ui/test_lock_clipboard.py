"""Locking the case (by hand or after idle time) takes what casebench copied off the clipboard."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtGui import QGuiApplication
from tests.ui.conftest import TIMEOUT, bench, closed_case, opened  # noqa: F401 - fixtures

from casebench.ui.common import clipboard_guard


def test_lock_clears_a_copied_identifier(qtbot, opened) -> None:  # noqa: F811
    clipboard_guard().copy("6f1c3a52-copied-entity-id")
    assert QGuiApplication.clipboard().text() == "6f1c3a52-copied-entity-id"
    opened.lock()
    qtbot.waitUntil(lambda: not opened.session.is_open, timeout=TIMEOUT)
    assert QGuiApplication.clipboard().text() == ""


def test_lock_leaves_what_the_user_copied_elsewhere(qtbot, opened) -> None:  # noqa: F811
    clipboard_guard().copy("6f1c3a52-copied-entity-id")
    QGuiApplication.clipboard().setText("the user's own text")
    opened.lock()
    qtbot.waitUntil(lambda: not opened.session.is_open, timeout=TIMEOUT)
    assert QGuiApplication.clipboard().text() == "the user's own text"
