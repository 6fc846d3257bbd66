"""A list of relationships reads as a table of links (decision 62): the Calls and Payments
lists of the navigator show each call's or payment's two ends, date, amount or duration,
names cut at their end and whole in the tooltip, sort by what can be sorted, and still open
the relationship; calls kept as compact records show the same cells as calls kept as
statements."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from tests.compact_pair import compact_pair
from tests.conftest import PASSPHRASE
from tests.ui import test_i18n
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services import entities as es
from casebench.services.cases import create_case, open_case
from casebench.ui.caseview import ENTITY_GROUPS
from casebench.ui.entity_model import Col, EntityTableModel, duration_text
from casebench.ui.session import CaseSession
from casebench.ui.workbench import Workbench

compiled = test_i18n.compiled  # the translations, compiled for the test
LONG = "Alejandro Francisco Javier Romero Delgado de la Fuente"
CALLS = next(i for i, (label, _s) in enumerate(ENTITY_GROUPS) if label == "Calls")
PAYMENTS = next(i for i, (label, _s) in enumerate(ENTITY_GROUPS) if label == "Payments")
LINKS = next(i for i, (label, _s) in enumerate(ENTITY_GROUPS) if label == "Links")


@pytest.fixture
def links_case(case_path: Path) -> Path:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    person = {n: es.add_entity(c, es.EntityDraft("Person", [("name", n)]))
              for n in (LONG, "Ana Gomes", "Carla Mendes")}
    for payer, to, amount, date in ((LONG, "Ana Gomes", "2300.50", "2024-03-11"),
                                    ("Ana Gomes", "Carla Mendes", "950", "2024-03-02"),
                                    ("Carla Mendes", LONG, "12000", "2024-02-20")):
        es.add_entity(c, es.EntityDraft("Payment", [("payer", person[payer]), ("beneficiary", person[to]),
                                                    ("amount", amount), ("currency", "EUR"), ("date", date)]))
    es.add_entity(c, es.EntityDraft("Call", [("caller", person[LONG]), ("receiverNumber", "+34600000000"),
                                             ("date", "2024-03-01T10:05:00+01:00"), ("duration", "125")]))
    es.add_entity(c, es.EntityDraft("Family", [("person", person["Ana Gomes"]),
                                               ("relative", person["Carla Mendes"]), ("startDate", "1990")]))
    c.close()
    return case_path


def _open(qtbot, bench: Workbench, path: Path) -> None:
    bench.resize(1280, 800)
    bench.open_case(str(path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)


def _pick(qtbot, bench: Workbench, group: int) -> None:
    """Click the navigator's entry of ``group`` (Calls, Payments…)."""
    cv = bench.caseview
    top = cv.navigator.topLevelItem(0)
    item = top.child(group)
    rect = cv.navigator.visualItemRect(item)
    qtbot.mouseClick(cv.navigator.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert cv.navigator.currentItem() is item
    model = cv.entities.model
    qtbot.waitUntil(lambda: model.ready and model.row(0) is not None, timeout=TIMEOUT)


def _shown_headers(page) -> list[str]:
    hh, model = page.table.horizontalHeader(), page.model
    return [str(model.headerData(hh.logicalIndex(v), Qt.Orientation.Horizontal)) for v in range(hh.count())
            if not hh.isSectionHidden(hh.logicalIndex(v))]


def _column(model, header: str) -> int:
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == header)


def _click_header(qtbot, page, column: int) -> None:
    hh = page.table.horizontalHeader()
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(hh.sectionViewportPosition(column) + 5, hh.height() // 2))


def test_the_payments_list_reads_as_a_table_of_links(qtbot, qtmodeltester, bench, links_case) -> None:
    _open(qtbot, bench, links_case)
    _pick(qtbot, bench, PAYMENTS)
    page = bench.caseview.entities
    model, table = page.model, page.table
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=TIMEOUT)
    qtmodeltester.check(model)
    assert _shown_headers(page) == ["Payer", "Beneficiary", "Date", "Amount"]
    payer, to, date, amount = (_column(model, h) for h in ("Payer", "Beneficiary", "Date", "Amount"))

    def rows() -> list[tuple[str, str, str, str]]:
        return [tuple(model.index(r, c).data() for c in (payer, to, date, amount))  # type: ignore[misc]
                for r in range(model.rowCount())]

    assert (LONG, "Ana Gomes", "2024-03-11", "2,300.50 EUR") in rows()
    row = next(r for r in range(model.rowCount()) if model.index(r, payer).data() == LONG)
    # the name cut at its end, whole in the tooltip; the amount right-aligned
    assert table.textElideMode() == Qt.TextElideMode.ElideRight
    assert table.columnWidth(payer) < table.fontMetrics().horizontalAdvance(LONG)
    assert LONG in model.index(row, payer).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, amount).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    # the whole table on screen at 1280×800, each name column wider than a few letters
    assert table.horizontalHeader().length() <= table.viewport().width() + 1
    assert min(table.columnWidth(payer), table.columnWidth(to)) >= table.fontMetrics().horizontalAdvance("Carla Mendes")
    # sorted by the payer (the caption "<payer> paid <beneficiary>") at first; by amount on a click
    assert table.horizontalHeader().sortIndicatorSection() == payer
    assert [r[0] for r in rows()] == [LONG, "Ana Gomes", "Carla Mendes"]
    _click_header(qtbot, page, amount)
    qtbot.waitUntil(lambda: model.ready and [r[3] for r in rows()] == ["950 EUR", "2,300.50 EUR", "12,000 EUR"],
                    timeout=TIMEOUT)
    _click_header(qtbot, page, amount)
    qtbot.waitUntil(lambda: model.ready and [r[3] for r in rows()] == ["12,000 EUR", "2,300.50 EUR", "950 EUR"],
                    timeout=TIMEOUT)
    _click_header(qtbot, page, date)
    qtbot.waitUntil(lambda: model.ready and [r[2] for r in rows()] == ["2024-02-20", "2024-03-02", "2024-03-11"],
                    timeout=TIMEOUT)
    qtmodeltester.check(model)
    # the beneficiary sorts by the name it shows (helper listui; it could not be sorted before)
    _click_header(qtbot, page, to)
    qtbot.waitUntil(lambda: model.ready and [r[1] for r in rows()] == [LONG, "Ana Gomes", "Carla Mendes"],
                    timeout=TIMEOUT)
    assert table.horizontalHeader().sortIndicatorSection() == to
    qtmodeltester.check(model)
    # a double-click opens the payment
    row = next(r for r in range(model.rowCount()) if model.index(r, payer).data() == "Carla Mendes")
    rect = table.visualRect(model.index(row, date))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wanted = model.index(row, Col.CAPTION).data(Qt.ItemDataRole.UserRole)
    qtbot.waitUntil(lambda: page.editor.entity is not None and page.editor.entity.id == wanted, timeout=TIMEOUT)
    assert page.editor.entity.schema == "Payment"


def test_the_calls_list_and_the_links_list(qtbot, bench, links_case) -> None:
    _open(qtbot, bench, links_case)
    page = bench.caseview.entities
    model = page.model
    widths = [page.table.columnWidth(c) for c in Col]
    _pick(qtbot, bench, CALLS)
    assert _shown_headers(page) == ["Caller", "Receiver", "Date", "Duration"]
    caller, receiver, date, duration = (_column(model, h) for h in ("Caller", "Receiver", "Date", "Duration"))
    assert model.index(0, caller).data() == LONG
    assert model.index(0, receiver).data() == "+34600000000"  # no receiver entity: the number
    assert model.index(0, date).data() == "2024-03-01 09:05 UTC"
    assert model.index(0, duration).data() == "2:05"
    table = page.table
    # a date as its cell shows it ("… UTC"), a duration: whole, never elided
    for c in (date, duration):
        shown = str(model.index(0, c).data())
        assert table.columnWidth(c) >= table.fontMetrics().horizontalAdvance(shown) + 12, shown
    assert "125 seconds" in model.index(0, duration).data(Qt.ItemDataRole.ToolTipRole)
    _pick(qtbot, bench, LINKS)  # several kinds: From, To, the kind; no amount or duration
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=TIMEOUT)
    assert _shown_headers(page) == ["From", "To", "Date", "Kind"]
    frm, to, date = (_column(model, h) for h in ("From", "To", "Date"))
    cells = {tuple(model.index(r, c).data() for c in (frm, to, date)) for r in range(model.rowCount())}
    assert ("Ana Gomes", "Carla Mendes", "1990") in cells  # a family link: its start
    assert (LONG, "+34600000000", "2024-03-01 09:05 UTC") in cells
    _pick(qtbot, bench, 0)  # All entities keeps its columns
    assert _shown_headers(page) == ["Name", "Kind", "TLP", "Created"]
    assert [page.table.columnWidth(c) for c in Col] == widths  # the names keep their room
    assert page.table.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_the_columns_speak_the_windows_language(qtbot, compiled, bench, links_case) -> None:
    _open(qtbot, bench, links_case)
    bench.set_language("es")
    try:
        _pick(qtbot, bench, PAYMENTS)
        page = bench.caseview.entities
        model = page.model
        qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=TIMEOUT)
        headers = _shown_headers(page)
        assert "Amount" not in headers and "Payer" not in headers, headers
        amount = _column(model, headers[3])
        assert "2.300,50 EUR" in {model.index(r, amount).data() for r in range(model.rowCount())}
        _pick(qtbot, bench, LINKS)
        assert _shown_headers(page)[:2] == ["De", "A"]
    finally:
        bench.set_language("en")


# -- calls kept as compact records show the same cells ------------------------------------------

def _session(qtbot, path: Path) -> CaseSession:
    s = CaseSession()
    opened: list[object] = []
    s.open(lambda: open_case(path, PASSPHRASE, user="tester"), on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    return s


@pytest.fixture
def sessions(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[CaseSession, CaseSession]]:
    with compact_pair(tmp_path, monkeypatch, rows=60) as pair:
        paths = pair.plain.path, pair.compact.path
    both = (_session(qtbot, paths[0]), _session(qtbot, paths[1]))
    yield both
    for s in both:
        s.shutdown(2)


@pytest.mark.parametrize("kinds", [("Call",), ENTITY_GROUPS[LINKS][1]])
def test_calls_kept_as_records_show_the_same_columns(qtbot, qtmodeltester, sessions, kinds) -> None:
    shown = []
    for s in sessions:
        model = EntityTableModel(s, page=10)
        model.set_kind(kinds)
        model.update_filter(schema=kinds)
        qtbot.waitUntil(lambda m=model: m.ready, timeout=TIMEOUT)
        for row in [model.rowCount() - 1, *range(0, model.rowCount(), 5)]:  # End, then from the top
            model.index(row, 0).data()
            qtbot.waitUntil(lambda m=model, r=row: m.row(r) is not None, timeout=TIMEOUT)
        qtmodeltester.check(model)
        shown.append(Counter(tuple(model.index(r, c).data() for c in range(len(Col), model.columnCount()))
                             for r in range(model.rowCount())))
    assert shown[0] == shown[1] and sum(shown[0].values()) == 60  # the CDR's 59 calls and one typed
    cells = list(shown[1])
    assert any("Ana Gomes" in (c[0], c[1]) for c in cells)  # a subscriber named, not its number
    assert all(c[0] and c[1] and c[2] for c in cells)  # every call has its two ends and a date
    if kinds == ("Call",):
        assert any(c[3] for c in cells)  # durations


def test_a_duration_reads_as_minutes_and_seconds() -> None:
    assert [duration_text(v) for v in ("0", "59", "125", "3725", "12.6", "n/a")] == \
        ["0:00", "0:59", "2:05", "1:02:05", "0:13", "n/a"]


def test_a_list_holding_calls_kept_as_records_is_not_sorted_by_a_property(qtbot, bench, links_case,
                                                                          tmp_path: Path) -> None:
    # Calls imported from a CDR are compact records: they come after the other calls in their
    # file's order whatever the sort, so a Duration sort ordered only the first rows (window walk)
    from tests.exchange.formats.cdr import write_cdr

    from casebench.exchange.formats.mapping import call_record_spec
    from casebench.services.table_import import import_table

    c = open_case(links_case, PASSPHRASE, user="tester")
    spec = call_record_spec("CDR", caller="Llamante", receiver="Destinatario", date="Fecha y hora",
                            duration="Duración (s)", record_id="Nº registro", tz="Europe/Madrid")
    assert import_table(c, write_cdr(tmp_path / "cdr.csv", 30), spec).imported_rows == 30
    c.close()
    _open(qtbot, bench, links_case)
    _pick(qtbot, bench, CALLS)
    page = bench.caseview.entities
    model, table = page.model, page.table
    qtbot.waitUntil(lambda: model.rowCount() == 31 and model.records == 30, timeout=TIMEOUT)
    duration = _column(model, "Duration")
    before = table.horizontalHeader().sortIndicatorSection()
    _click_header(qtbot, page, duration)
    assert table.horizontalHeader().sortIndicatorSection() == before  # the arrow stays
    assert "30 rows imported from a call record keep the file's order" in page.count.text()
    assert "Duration" in page.count.text()
