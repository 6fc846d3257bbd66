"""Moments in the window read by one rule, in the window's language (decision 66): a list's
cell shows every time whose offset is stated in UTC and a time without a stated zone says
so, so calls from operators on different clocks compare by eye and in the order they sort;
the tooltip has the time as recorded, its zone and UTC, in the window's words."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, shown
from tests.ui.test_i18n import compiled  # noqa: F401  (fixture)
from tests.ui.test_relationship_list import CALLS, _click_header, _column, _open, _pick

from casebench.domain import dates
from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.ui import i18n, moments
from casebench.ui.links_table import LCol
from casebench.ui.timeline_view import TimelineView
from casebench.ui.workbench import Workbench

# Four operators' records of calls made within the same hour, each on its own clock.
CALLS_AS_RECORDED = {
    "madrid": "2024-03-01T10:05:00+01:00",  # 09:05 UTC
    "lisbon": "2024-03-01T09:30:00Z",  # 09:30 UTC
    "sao_paulo": "2024-03-01T06:40:00-03:00",  # 09:40 UTC
    "unstated": "2024-03-01T09:50:00",  # a local time whose zone the file did not give
}
ON_ONE_CLOCK = ["2024-03-01 09:05 UTC", "2024-03-01 09:30 UTC", "2024-03-01 09:40 UTC",
                "2024-03-01 09:50 (no time zone)"]


@pytest.fixture
def calls_case(case_path: Path) -> tuple[Path, dict[str, str]]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    ids = {n: es.add_entity(c, es.EntityDraft("Person", [("name", n)])) for n in ("Ana Gomes", "Carla Mendes")}
    for key, when in CALLS_AS_RECORDED.items():
        ids[key] = es.add_entity(c, es.EntityDraft("Call", [
            ("caller", ids["Ana Gomes"]), ("receiver", ids["Carla Mendes"]), ("date", when), ("duration", "60")]))
    ids["payment"] = es.add_entity(c, es.EntityDraft("Payment", [
        ("payer", ids["Ana Gomes"]), ("beneficiary", ids["Carla Mendes"]), ("amount", "950"),
        ("currency", "EUR"), ("date", "2023-08~")]))
    c.close()
    return case_path, ids


def _dates(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _tips(model, column: int) -> list[str]:
    return [shown(model.index(r, column).data(Qt.ItemDataRole.ToolTipRole)) for r in range(model.rowCount())]


@pytest.mark.usefixtures("compiled")
def test_calls_from_several_operators_read_on_one_clock(qtbot, bench: Workbench, calls_case) -> None:
    path, ids = calls_case
    _open(qtbot, bench, path)
    _pick(qtbot, bench, CALLS)
    page = bench.caseview.entities
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=TIMEOUT)
    date = _column(model, "Date")
    _click_header(qtbot, page, date)  # in time order: the column reads in the order it sorts
    qtbot.waitUntil(lambda: model.ready and _dates(model, date) == ON_ONE_CLOCK, timeout=TIMEOUT)
    # the tooltip: the time as the operator recorded it, its zone, and UTC
    assert _tips(model, date) == [
        "2024-03-01 10:05:00 (UTC+01:00) = 09:05:00 UTC", "2024-03-01 09:30:00 UTC",
        "2024-03-01 06:40:00 (UTC-03:00) = 09:40:00 UTC", "2024-03-01 09:50:00 (time zone not stated)"]

    bench.set_language("es")
    try:
        qtbot.waitUntil(lambda: _dates(model, date)[3] == "2024-03-01 09:50 (sin zona horaria)", timeout=TIMEOUT)
        assert _tips(model, date)[3] == "2024-03-01 09:50:00 (zona horaria no indicada)"
        assert not any("time zone" in t for t in _tips(model, date))

        # the entity page's Links table: the same cells and tooltips, a month in words
        editor = page.editor
        bench.caseview.open_entity(ids["Ana Gomes"])
        panel = editor.links_panel
        qtbot.waitUntil(lambda: panel.links is not None and panel.links.entity_id == ids["Ana Gomes"],
                        timeout=TIMEOUT)
        links = panel.table.model()
        qtbot.waitUntil(lambda: links.rowCount() == 5, timeout=TIMEOUT)
        links.sort(LCol.DATE, Qt.SortOrder.AscendingOrder)
        assert _dates(links, LCol.DATE) == ["agosto de 2023~", *ON_ONE_CLOCK[:3],
                                            "2024-03-01 09:50 (sin zona horaria)"]
        assert _tips(links, LCol.DATE)[0] == "agosto de 2023 (aprox.)"
        assert _tips(links, LCol.DATE)[4] == "2024-03-01 09:50:00 (zona horaria no indicada)"

        # the timeline's item texts
        timeline = bench.caseview.pages["timeline"]
        assert isinstance(timeline, TimelineView)
        timeline.resize(1200, 600)
        with qtbot.waitSignal(timeline.windowLoaded, timeout=TIMEOUT):
            bench.caseview.select("timeline")
        canvas = timeline.canvas
        timeline.select_entity(ids["unstated"])
        qtbot.waitUntil(lambda: canvas.item_for(ids["unstated"]) is not None, timeout=TIMEOUT)
        tip = canvas.tip_for(canvas.item_for(ids["unstated"]))
        assert "2024-03-01 09:50:00 (zona horaria no indicada)" in tip and "T09:50" not in tip
        madrid = canvas.item_for(ids["madrid"])
        assert madrid is not None
        assert "2024-03-01 10:05:00 (UTC+01:00) = 09:05:00 UTC" in canvas.tip_for(madrid)
    finally:
        bench.set_language("en")


@pytest.mark.usefixtures("compiled")
@pytest.mark.parametrize(("lang", "unstated", "approx"), [
    ("pt", "2024-03-01 09:50:00 (fuso horário não indicado)", "agosto de 2023 (aprox.)"),
    ("fr", "2024-03-01 09:50:00 (fuseau horaire non indiqué)", "août 2023 (env.)"),
])
def test_tooltips_word_a_moment_in_the_windows_language(qtbot, lang: str, unstated: str, approx: str) -> None:
    i18n.install(lang)
    try:
        assert moments.readable(CALLS_AS_RECORDED["unstated"]) == unstated
        assert moments.readable("2023-08~") == approx
        assert moments.readable("2024-03-01T10:05+01:00") == "2024-03-01 10:05 (UTC+01:00) = 09:05 UTC"
        assert moments.readable("not a date") == "not a date"
    finally:
        i18n.install("en")


def test_the_window_translates_the_cores_own_words() -> None:
    """The ids and English texts Qt's lupdate reads here are the core's: one rule, one table."""
    assert moments.WORDS == dates.WORDS
