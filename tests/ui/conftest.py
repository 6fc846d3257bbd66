"""GUI fixtures: a workbench window, and one with a case already unlocked through the dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.conftest import PASSPHRASE

from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.ui import i18n
from casebench.ui.prefs import Prefs
from casebench.ui.workbench import Workbench

TIMEOUT = 15_000


@pytest.fixture(autouse=True)
def unsaved_question(monkeypatch) -> Iterator[list[str]]:
    """No test may meet the real Save / Discard / Cancel box: it is modal and would hang
    the offscreen run (at the latest when pytest-qt closes the window, before fixtures are
    torn down). Here it answers Discard and the test fails: a test that leaves typed values
    saves or discards them, or replaces `editor.ask_unsaved` with its own answers."""
    from casebench.ui import editor

    asked: list[str] = []

    def unexpected(_parent, name: str) -> editor.Choice:
        asked.append(name)
        return editor.Choice.DISCARD

    monkeypatch.setattr(editor, "ask_unsaved", unexpected)
    # charts changed in a test are closed with their tab or the window without a question
    # (a test of the question replaces this answer with its own)
    monkeypatch.setattr("casebench.ui.chart_view.confirm_lose_charts", lambda *_a: True)
    yield asked
    if asked:
        pytest.fail(f"values typed for {asked} were left unsaved: save or discard them in the test")


@pytest.fixture
def bench(qtbot) -> Iterator[Workbench]:
    # as the application does at start (app.py): the English catalogue carries the plural
    # forms ("2 links", not "2 link(s)"), so a test run alone sees what a user sees
    i18n.install("en")
    window = Workbench(Prefs())
    qtbot.addWidget(window)
    window.show()
    yield window
    window.idle.stop()
    window.session.shutdown()
    i18n.install("en")


@pytest.fixture
def closed_case(case_path: Path) -> Path:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul",
                    reference="ES-UDYCO-2024-0117", originator="UDYCO Madrid",
                    originator_country="es", default_tlp="AMBER")
    es.add_entity(c, es.EntityDraft("Vessel", [("name", "Mar Azul"), ("imoNumber", "9074729")]))
    es.add_entity(c, es.EntityDraft("Person", [("name", "Mamadou Diallo"), ("nationality", "sn")]))
    c.close()
    return case_path


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user; QTest can only synthesise ASCII keys, so other text is inserted."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.setFocus()
        widget.insert(text)


def unlock(qtbot, window: Workbench, passphrase: str = PASSPHRASE) -> None:
    dialog = window.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


@pytest.fixture
def opened(qtbot, bench: Workbench, closed_case: Path) -> Workbench:
    bench.open_case(str(closed_case))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    return bench


def shown(text: str | None) -> str:
    """What Qt displays for a tooltip or an AutoText label: markup rendered, entities decoded."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    if not text:
        return ""
    if not GuiQt.mightBeRichText(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()
