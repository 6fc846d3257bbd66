"""The entity lists read at 1280×800: a call's caption fits its Name column, cut at the right
end when it cannot; the Requests for co-operation list shows status and due date."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.ui.entity_model import Col
from casebench.ui.workbench import Workbench

CALL = "+34617250297 called +34600000000"


@pytest.fixture
def calls_case(case_path: Path) -> Path:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    es.add_entity(c, es.EntityDraft("Call", [("callerNumber", "+34617250297"), ("receiverNumber", "+34600000000"),
                                            ("date", "2024-03-01")]))
    es.add_entity(c, es.EntityDraft("Call", [("callerNumber", "+34617250297"),
                                            ("receiver", es.add_entity(c, es.EntityDraft(
                                                "Person", [("name", "Carlos Andrés Vera Bustamante de la Fuente")]))),
                                            ("date", "2024-03-02")]))
    c.close()
    return case_path


def _open(qtbot, bench: Workbench, path: Path) -> None:
    bench.resize(1280, 800)
    bench.open_case(str(path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)


def test_a_call_caption_is_read_whole_in_the_all_entities_list_at_1280(qtbot, bench, calls_case) -> None:
    _open(qtbot, bench, calls_case)
    assert (bench.width(), bench.height()) == (1280, 800)
    page = bench.caseview.entities
    table, model = page.table, page.model
    qtbot.waitUntil(lambda: model.rowCount() == 3 and model.row(0) is not None, timeout=TIMEOUT)
    row = next(r for r in range(model.rowCount()) if model.index(r, Col.CAPTION).data() == CALL)
    index = model.index(row, Col.CAPTION)
    cell = table.visualRect(index)
    needed = table.sizeHintForIndex(index).width()  # icon, text and margins, as the delegate draws it
    assert cell.width() >= needed, (cell.width(), needed)
    assert 0 <= cell.left() and cell.right() <= table.viewport().width()  # on screen, not scrolled off
    # a longer caption is cut at its end, so it still starts with the caller and the receiver's name
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    grabbed = bench.grab()
    assert not grabbed.isNull()
