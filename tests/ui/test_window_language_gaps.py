"""What a Spanish or French window still showed in English: a date known to the month, a
relationship's theme-line lane, the undated band's tooltip, and the audit's User filter,
which matched the stored English words while the column showed them translated."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE
from tests.ui import test_caption_language as captions_test
from tests.ui.conftest import TIMEOUT, shown, type_text
from tests.ui.test_i18n import compiled  # noqa: F401  (fixture)

from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.ui.audit_view import ACol
from casebench.ui.links_table import LCol
from casebench.ui.timeline_view import TimelineView
from casebench.ui.workbench import Workbench

ACTOR, _open = captions_test.ACTOR, captions_test._open
payments_case = captions_test.payments_case  # the fixture of the caption language tests


def _timeline(qtbot, bench: Workbench) -> TimelineView:
    timeline = bench.caseview.pages["timeline"]
    assert isinstance(timeline, TimelineView)
    timeline.resize(1200, 600)
    with qtbot.waitSignal(timeline.windowLoaded, timeout=TIMEOUT):
        bench.caseview.select("timeline")
    return timeline


@pytest.mark.usefixtures("compiled")
def test_a_date_known_to_the_month_reads_in_french(qtbot, bench, case_path: Path) -> None:
    c = create_case(case_path, PASSPHRASE, user=ACTOR, title="Opération Août", default_tlp="AMBER")
    ana = es.add_entity(c, es.EntityDraft("Person", [("name", "Ana Gomes")]))
    carla = es.add_entity(c, es.EntityDraft("Person", [("name", "Carla Mendes")]))
    es.add_entity(c, es.EntityDraft("Payment", [("payer", ana), ("beneficiary", carla), ("amount", "900"),
                                                ("currency", "EUR"), ("date", "2023-08")]))
    c.close()
    bench.set_language("fr")
    _open(qtbot, bench, case_path)
    editor = bench.caseview.entities.editor
    editor.show_entity(ana)
    model = editor.links_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=TIMEOUT)
    assert model.index(0, LCol.DATE).data() == "août 2023"  # was "August 2023"
    assert shown(model.index(0, LCol.DATE).data(Qt.ItemDataRole.ToolTipRole)) == "août 2023"


@pytest.mark.usefixtures("compiled")
def test_a_relationships_theme_line_is_named_in_spanish(qtbot, bench, case_path, payments_case) -> None:
    ids = payments_case
    bench.set_language("es")
    _open(qtbot, bench, case_path)
    timeline = _timeline(qtbot, bench)
    timeline.select_entities([ids["payment"], ids["ana"]])
    with qtbot.waitSignal(timeline.windowLoaded, timeout=TIMEOUT):
        timeline.lanes.setCurrentIndex(timeline.lanes.findData("selection"))
    assert timeline.canvas.lanes == ["Ana Gomes pagó a Carla Mendes", "Ana Gomes"]  # not "… paid …"


@pytest.mark.usefixtures("compiled")
def test_the_undated_bands_tooltip_reads_in_spanish(qtbot, bench, case_path, payments_case) -> None:
    ids = payments_case
    bench.set_language("es")
    _open(qtbot, bench, case_path)
    timeline = _timeline(qtbot, bench)
    model = timeline.undated_model
    if not model.ids():
        timeline.load_undated()
    qtbot.waitUntil(lambda: ids["call"] in model.ids(), timeout=TIMEOUT)
    row = model.ids().index(ids["call"])
    tip = shown(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert tip == "Llamada — Carla Mendes llamó a Ana Gomes (aún sin fecha)"  # was "Call — … (no date yet)"


@pytest.mark.usefixtures("compiled")
def test_the_audit_user_filter_finds_what_a_spanish_window_shows(qtbot, bench, case_path, payments_case) -> None:
    bench.set_language("es")
    _open(qtbot, bench, case_path)
    page = bench.caseview.audit
    model = page.model
    bench.caseview.select("audit")
    qtbot.waitUntil(lambda: model.ready and model.rowCount() > 0, timeout=TIMEOUT)

    def users_after(typed: str) -> list[str]:
        before = dict(model.filters)
        page.user.clear()
        type_text(qtbot, page.user, typed)
        qtbot.waitUntil(lambda: model.filters != before and model.ready, timeout=TIMEOUT)  # the read it asked for
        return [model.index(r, ACol.USER).data() for r in range(model.rowCount())]

    listed = "Ana Ruiz (UDYCO Madrid) · clave 3F2A 91C0 · usuario aruiz"
    for typed in ("usuario aruiz", "clave 3F2A", "aruiz", listed):  # as the column reads
        users = users_after(typed)
        assert users and set(users) == {listed}, typed
    assert users_after("usuario nadie") == []


@pytest.mark.usefixtures("compiled")
def test_an_open_entity_page_follows_a_switch_of_language(qtbot, bench, case_path, payments_case) -> None:
    # the page of a payment kept "Payment", "Created …" and "Add values" after a switch (window walk)
    _open(qtbot, bench, case_path)
    editor = bench.caseview.entities.editor
    editor.show_entity(payments_case["payment"])
    qtbot.waitUntil(lambda: editor.entity is not None and editor.kind.text() == "Payment", timeout=TIMEOUT)
    assert editor.meta.text().startswith("Created ") and editor.add_title.text() == "Add values"
    bench.set_language("es")
    qtbot.waitUntil(lambda: editor.kind.text() == "Pago", timeout=TIMEOUT)
    assert not editor.meta.text().startswith("Created") and editor.add_title.text() != "Add values"
    assert "pagó a" in editor.caption.text()


@pytest.mark.usefixtures("compiled")
def test_the_charts_added_note_agrees_in_number_in_spanish(qtbot) -> None:
    # "1 ya estaban" (walk): the count was formatted into one sentence for every number
    from PySide6.QtCore import QCoreApplication

    from casebench.ui import i18n

    i18n.install("es")
    try:
        said = [QCoreApplication.translate("ChartView", "%Ln already on it", "", n) for n in (1, 3)]
        assert said == ["1 ya estaba", "3 ya estaban"]
        assert QCoreApplication.translate("ChartView", "%Ln added to the chart", "", 1) == "1 añadida al gráfico"
    finally:
        i18n.install("en")
