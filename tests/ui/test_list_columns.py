"""The entity lists read at 1280×800: a call's caption fits its Name column, cut at the right
end when it cannot; the Requests for co-operation list shows where each stands (status) and
when it was sent, and sorts by either."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from tests.conftest import PASSPHRASE
from tests.ui import test_i18n
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.ui import i18n
from casebench.ui.entity_model import Col
from casebench.ui.workbench import Workbench

CALL = "+34617250297 called +34600000000"
compiled = test_i18n.compiled  # the translations, compiled for the test


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


def test_a_call_caption_keeps_both_ends_in_the_all_entities_list_at_1280(qtbot, bench, calls_case) -> None:
    _open(qtbot, bench, calls_case)
    assert (bench.width(), bench.height()) == (1280, 800)
    page = bench.caseview.entities
    table, model = page.table, page.model
    qtbot.waitUntil(lambda: model.rowCount() == 3 and model.row(0) is not None, timeout=TIMEOUT)
    row = next(r for r in range(model.rowCount()) if model.index(r, Col.CAPTION).data() == CALL)
    cell = table.visualRect(model.index(row, Col.CAPTION))
    assert cell.left() >= 0 and cell.right() <= table.viewport().width()  # on screen, not scrolled off
    # the list keeps its share (the form keeps a value's provenance on screen,
    # tests/ui/test_columns.py) and cuts a caption too long for it in the middle: the caller's
    # number starts it and the receiver's ends it, so calls of one caller stay apart
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    shown = table.fontMetrics().elidedText(CALL, Qt.TextElideMode.ElideMiddle, cell.width() - 30)
    assert shown.startswith("+3461") and shown.endswith("00"), shown


@pytest.fixture
def requests_case(case_path: Path) -> Path:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    for ref, status, sent in (("MLA-EC-031", "answered", "2024-02-27"), ("JIT-PT-04", "signed", "2024-04"),
                              ("NCB-2277", "open", "2024-03-01"), ("EIO-PT-0412", "", "")):
        values = [("reference", ref), *([("status", status)] if status else []),
                  *([("sentDate", sent)] if sent else [])]
        es.add_entity(c, es.EntityDraft("Request", values))
    c.close()
    return case_path


def _column(model, header: str) -> int:
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header)


def test_requests_show_their_status_and_sent_date_and_sort_by_them(qtbot, qtmodeltester, bench,
                                                                   requests_case) -> None:
    _open(qtbot, bench, requests_case)
    cv = bench.caseview
    page = cv.forum.pages[2]
    cv.select("forum", 2)
    assert cv.forum.currentWidget() is page
    model, table = page.model, page.table
    qtbot.waitUntil(lambda: model.ready and model.rowCount() == 4, timeout=TIMEOUT)
    qtmodeltester.check(model)
    hh = table.horizontalHeader()
    shown = [str(model.headerData(hh.logicalIndex(v), Qt.Orientation.Horizontal)) for v in range(hh.count())
             if not hh.isSectionHidden(hh.logicalIndex(v))]
    assert shown == ["Name", "Status", "Sent", "TLP", "Created"]
    status, sent = _column(model, "Status"), _column(model, "Sent")

    def rows() -> list[tuple[str, str, str]]:
        return [(model.index(r, Col.CAPTION).data(), model.index(r, status).data(), model.index(r, sent).data())
                for r in range(model.rowCount())]

    assert ("NCB-2277", "open", "2024-03-01") in rows() and ("EIO-PT-0412", "", "") in rows()
    for c in (status, sent):  # each readable whole beside the name
        assert table.columnWidth(c) >= table.sizeHintForColumn(c)
    x = hh.sectionViewportPosition(sent) + 5
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, hh.height() // 2))
    qtbot.waitUntil(lambda: model.ready and [r[2] for r in rows()] == ["", "2024-02-27", "2024-03-01", "April 2024"],
                    timeout=TIMEOUT)
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, hh.height() // 2))
    qtbot.waitUntil(lambda: model.ready and [r[0] for r in rows()] == ["JIT-PT-04", "NCB-2277", "MLA-EC-031",
                                                                       "EIO-PT-0412"], timeout=TIMEOUT)
    qtmodeltester.check(model)
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(hh.sectionViewportPosition(status) + 5, hh.height() // 2))
    qtbot.waitUntil(lambda: model.ready and [r[1] for r in rows()] == ["", "answered", "open", "signed"],
                    timeout=TIMEOUT)


def test_the_request_columns_speak_the_users_language(qtbot, compiled, bench, requests_case) -> None:
    _open(qtbot, bench, requests_case)
    i18n.install("es")
    page = bench.caseview.forum.pages[2]
    model = page.model
    bench.caseview.select("forum", 2)
    qtbot.waitUntil(lambda: model.ready and model.rowCount() == 4, timeout=TIMEOUT)
    status, sent = _column(model, "Estado"), _column(model, "Enviada")
    row = next(r for r in range(model.rowCount()) if model.index(r, Col.CAPTION).data() == "NCB-2277")
    assert model.index(row, status).data() == "abierta" and model.index(row, sent).data() == "2024-03-01"
    # a date known to the month in words, as every list and the pack show it (decision 66)
    row = next(r for r in range(model.rowCount()) if model.index(r, Col.CAPTION).data() == "JIT-PT-04")
    assert model.index(row, sent).data() == "abril de 2024"
