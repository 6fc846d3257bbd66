"""The export's legal basis page advises before anything is typed, objects afterwards, and
keeps its advice under the last field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from casebench.ui.bundle_wizard import LegalPage


def test_the_legal_page_advises_then_objects(qtbot, tmp_path: Path) -> None:
    page = LegalPage(str(tmp_path))
    qtbot.addWidget(page)
    page.resize(780, 520)
    page.show()
    qtbot.waitExposed(page)
    assert page.hint.text() == "Give the reference of the request, agreement or channel."
    assert "#555" in page.hint.styleSheet()  # advice: nothing typed yet
    assert page.hint.alignment() & Qt.AlignmentFlag.AlignTop
    qtbot.keyClicks(page.reference, "MLA ES-2024-0117")
    assert page.hint.text() == "State the purpose of the disclosure."
    assert "#b00020" in page.hint.styleSheet()
    qtbot.keyClicks(page.purpose, "joint analysis of payments")
    assert page.hint.text() == "" and page.isComplete()
