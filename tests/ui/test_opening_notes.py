"""What opening a case repaired is told in the window, not only on the command line."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from tests.ui.conftest import TIMEOUT, unlock

from casebench.evidence.contentstore import QUARANTINE, blob_path
from casebench.ui.workbench import Workbench


def _notices(window: Workbench) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox, "noticeMessage") if b.isVisible()]


def test_unknown_evidence_quarantined_at_opening_is_told(qtbot, bench: Workbench, closed_case: Path) -> None:
    stray = blob_path(closed_case, "ab" * 16)  # evidence this (restored, older) database does not list
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"age-encryption.org/v1\n...")
    bench.open_case(str(closed_case))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bool(_notices(bench)), timeout=TIMEOUT)
    text = _notices(bench)[0].text()
    assert "quarantine" in text and "audit" in text
    assert (closed_case / "evidence" / QUARANTINE).is_dir() and not stray.exists()  # moved, not deleted
    _notices(bench)[0].close()


def test_a_clean_opening_says_nothing(qtbot, opened: Workbench) -> None:
    qtbot.wait(300)
    assert _notices(opened) == []
