"""Timeline and link chart views: geometry, models, clicks, expand, paths, saved charts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QModelIndex, QPointF, Qt

from casebench.domain.grading import Grade
from casebench.services import charts
from casebench.services.cases import create_case, open_case
from casebench.services.entities import EntityDraft, Source, add_entity
from casebench.store.timeline_extra import WindowRow
from casebench.ui.analysis_models import PathStepsModel, UndatedModel
from casebench.ui.analysis_timeline import Drawn, TimelineCanvas, epoch, ticks
from casebench.ui.chart_view import ChartView
from casebench.ui.session import CaseSession
from casebench.ui.timeline_view import TimelineView

PASSPHRASE = "correct horse battery staple"
TIMEOUT = 15_000


def ts(*parts: int) -> float:
    return datetime(*parts, tzinfo=UTC).timestamp()  # type: ignore[misc]


@pytest.fixture
def demo(case_path: Path) -> dict[str, str]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    ids: dict[str, str] = {}
    for key, name in (("ana", "Ana Gomes"), ("bruno", "Bruno Diallo"), ("carla", "Carla Mendes"),
                      ("dario", "Dário Sá")):
        ids[key] = add_entity(c, EntityDraft("Person", [("name", name)]))
    ids["co"] = add_entity(c, EntityDraft("Company", [("name", "Nha Terra Lda")]))
    add_entity(c, EntityDraft("Ownership", [("owner", ids["ana"]), ("asset", ids["co"])]),
               Source(grade=Grade.parse("admiralty", "A1")))
    ids["call"] = add_entity(c, EntityDraft("Call", [("caller", ids["ana"]), ("receiver", ids["bruno"]),
                                                     ("date", "2024-03-11T14:05Z")]))
    add_entity(c, EntityDraft("Payment", [("payer", ids["bruno"]), ("beneficiary", ids["carla"]),
                                          ("date", "2024-03-15")]))
    add_entity(c, EntityDraft("Associate", [("person", ids["carla"]), ("associate", ids["dario"])]))
    ids["meeting"] = add_entity(c, EntityDraft("Meeting", [("name", "Meeting in Bissau"),
                                                           ("date", "2024-03")]))
    ids["undated1"] = add_entity(c, EntityDraft("Event", [("name", "Unloading at night")]))
    ids["undated2"] = add_entity(c, EntityDraft("Event", [("name", "Boat refuelled")]))
    c.close()
    return ids


@pytest.fixture
def session(qtbot, case_path: Path, demo: dict[str, str]) -> Iterator[CaseSession]:
    s = CaseSession()
    s.open(lambda: open_case(case_path, PASSPHRASE, user="tester"))
    qtbot.waitUntil(lambda: s.is_open, timeout=TIMEOUT)
    yield s
    s.shutdown()


def row(eid: str, start: str, end: str, value: str, schema: str = "Event") -> WindowRow:
    return WindowRow("s-" + eid, eid, schema, eid, "date", value, start, end, 2)


def test_a_month_precision_event_spans_march(qtbot) -> None:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1150, 300)
    canvas.set_range(ts(2024, 2, 1), ts(2024, 5, 1), emit=False)
    march = Drawn(row("m", "2024-03-01T00:00:00.000000Z", "2024-03-31T23:59:59.999999Z", "2024-03"),
                  epoch("2024-03-01T00:00:00.000000Z"), epoch("2024-03-31T23:59:59.999999Z"), 0, True, False)
    exact = Drawn(row("e", "2024-03-11T14:05:00.000000Z", "2024-03-11T14:05:59.999999Z", "2024-03-11T14:05"),
                  epoch("2024-03-11T14:05:00.000000Z"), epoch("2024-03-11T14:05:59.999999Z"), 0, False, False)
    canvas.set_items([march, exact], ["Event"])
    r = canvas.item_rect(march)
    assert r.left() == pytest.approx(canvas.x_of(ts(2024, 3, 1)), abs=0.5)
    assert r.right() == pytest.approx(canvas.x_of(ts(2024, 4, 1)), abs=0.5)
    month_px = canvas.plot_width * 31 / 90
    assert r.width() == pytest.approx(month_px, abs=1)
    dot = canvas.item_rect(exact)
    assert dot.width() == 10 and dot.center().x() == pytest.approx(canvas.x_of(ts(2024, 3, 11, 14, 5)), abs=0.5)
    # zoomed in to one day, the same March event covers the whole view
    canvas.set_range(ts(2024, 3, 11), ts(2024, 3, 12), emit=False)
    wide = canvas.item_rect(march)
    assert wide.left() < canvas.x_of(canvas.t0) and wide.right() > canvas.x_of(canvas.t1)


def test_captions_on_a_busy_lane_never_cover_each_other_or_an_item(qtbot) -> None:
    # theme lines put every call of a person on one lane: 39 captions written in full on top
    # of each other were unreadable, and those of items before the view piled up at its left
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1150, 300)
    canvas.show()
    canvas.set_range(ts(2024, 3, 1), ts(2024, 5, 1), emit=False)
    items = []
    hours = [sum(5 + (k * 13) % 17 for k in range(i)) for i in range(30)]  # every 5 to 21 hours
    hours += [hours[-1] + 72 * (k + 1) for k in range(6)]  # then every 3 days
    hours += [24 * 50]  # and a lone one, with room for its caption in full
    for i, hour in enumerate(hours):
        start = datetime(2024, 3, 2, tzinfo=UTC).timestamp() + hour * 3600
        when = datetime.fromtimestamp(start, UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")
        name = "Lone call" if i == len(hours) - 1 else f"Call {i} Ana Gomes to Bruno Diallo"
        items.append(Drawn(row(name, when, when, when[:16], "Call"),
                           start, start + 59, 0, False, False))
    for i in range(5):  # before the view
        when = f"2024-02-{10 + i}T10:00:00.000000Z"
        items.append(Drawn(row(f"Early {i}", when, when, when[:16], "Call"), epoch(when), epoch(when) + 59,
                           0, False, False))
    canvas.set_items(items, ["Ana Gomes"])
    spots = canvas.label_spots(canvas.fontMetrics())
    boxes = [box for box, _ in spots]
    assert len(spots) >= 5  # the spaced ones keep a caption
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    rects = [canvas.item_rect(it) for it in items]
    assert not any(box.intersects(r) for box in boxes for r in rects)
    assert not any(text.startswith("Early") for _, text in spots)
    assert "Lone call" in {text for _, text in spots}  # room: in full
    canvas.grab()  # painted from the same spots


def test_ticks_go_from_years_to_minutes() -> None:
    years = ticks(ts(2000, 1, 1), ts(2030, 1, 1), 1000, UTC)
    assert [label for _, label in years][:2] == ["2000", "2005"]
    minutes = ticks(ts(2024, 3, 11, 14, 0), ts(2024, 3, 11, 14, 10), 1000, UTC)
    assert [label for _, label in minutes][:3] == ["14:00", "14:01", "14:02"]


@pytest.mark.parametrize(("lang", "march"), [("en", "Mar 2024"), ("es", "mar 2024"), ("pt", "mar. 2024"),
                                             ("fr", "mars 2024")])
def test_month_ticks_speak_the_window_language(qapp, lang: str, march: str) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(lang))
    try:
        months = ticks(ts(2024, 1, 1), ts(2024, 7, 1), 1000, UTC)
        assert march in [label for _, label in months]
    finally:
        QLocale.setDefault(before)


def test_undated_model_reorders(qtbot, qtmodeltester) -> None:
    model = UndatedModel()
    model.set_rows([("a", "Event", "First"), ("b", "Event", "Second"), ("c", "Event", "Third")])
    qtmodeltester.check(model)
    orders: list[list[str]] = []
    model.reordered.connect(orders.append)
    assert model.move(0, 1)
    assert model.ids() == ["b", "a", "c"] and orders[-1] == ["b", "a", "c"]
    assert model.move(2, -1)
    assert model.ids() == ["b", "c", "a"]
    assert model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert model.ids() == ["a", "b", "c"]
    assert not model.move(0, -1)
    assert model.data(model.index(0)) == "1. First"
    qtmodeltester.check(model)
    steps = PathStepsModel()
    steps.set_paths([(["1. A —x— B", "2. B —y— C"], ["L1", "L2"])])
    qtmodeltester.check(steps)
    assert steps.rowCount() == 3 and steps.path_number(2) == 1


def test_timeline_view_fetches_window_and_click_selects(qtbot, session, demo) -> None:
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    with qtbot.waitSignal(view.windowLoaded, timeout=TIMEOUT):
        view.load()
        assert view.canvas.message == "Reading the timeline…"  # not an empty axis while it reads
    canvas = view.canvas
    assert canvas.message == ""
    got = {d.row.entity_id for d in canvas.items}
    assert {demo["call"], demo["meeting"]} <= got
    two = (demo["undated1"], demo["undated2"])  # loaded after the first paint
    qtbot.waitUntil(lambda: [i for i in view.undated_model.ids() if i in two] == list(two), timeout=TIMEOUT)
    # only the visible window (and its margins) is fetched
    canvas.set_range(ts(2024, 3, 11, 13), ts(2024, 3, 11, 15), emit=False)
    with qtbot.waitSignal(view.windowLoaded, timeout=TIMEOUT):
        view.fetch()
    assert view._window is not None
    assert view._window.lo >= datetime(2024, 3, 11, 10, tzinfo=UTC)
    assert {d.row.entity_id for d in canvas.items} == {demo["call"], demo["meeting"]}
    item = canvas.item_for(demo["call"])
    assert item is not None
    centre = canvas.item_rect(item).center()
    with qtbot.waitSignal(view.selectionChanged, timeout=TIMEOUT) as blocker:  # a click selects
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert blocker.args == [[demo["call"]]]
    with qtbot.waitSignal(view.entitySelected, timeout=TIMEOUT) as blocker:  # a double-click opens
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert blocker.args == [demo["call"]]
    canvas.grab().save("/tmp/casebench-timeline-test.png")
    # filters: kind
    view.kind.setCurrentIndex(view.kind.findData("Meeting"))
    qtbot.waitUntil(lambda: {d.row.entity_id for d in canvas.items} == {demo["meeting"]}, timeout=TIMEOUT)
    # undated order is stored
    done: list[object] = []
    first = view.undated_model.ids().index(demo["undated1"])
    view.undated_model.move(first, 1)
    expected = view.undated_model.ids()
    session.call(lambda case: charts.timeline_overview(case).undated, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    stored = [u[0] for u in done[0]]  # type: ignore[attr-defined]
    assert stored == expected
    assert stored.index(demo["undated2"]) < stored.index(demo["undated1"])


def test_chart_view_expand_path_and_save(qtbot, session, demo) -> None:
    view = ChartView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        view.load()
    assert set(view.items) == {demo[k] for k in ("ana", "bruno", "carla", "dario", "co", "meeting",
                                                 "undated1", "undated2")}
    # start from Ana alone, expand her neighbours
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        view.set_nodes([demo["ana"]])
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        view.items[demo["ana"]].setSelected(True)
        view.expand_selected()
    assert set(view.items) == {demo["ana"], demo["bruno"], demo["co"]}
    ana_pos = view.positions[demo["ana"]]
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        view.expand([demo["bruno"]])
    assert set(view.items) == {demo["ana"], demo["bruno"], demo["co"], demo["carla"]}
    assert view.positions[demo["ana"]] == ana_pos  # placed nodes stay where they were
    # selecting one entity tells the selection owner its id (and opens nothing)
    view.scene.clearSelection()
    with qtbot.waitSignal(view.selectionChanged, timeout=TIMEOUT) as blocker:
        view.items[demo["carla"]].setSelected(True)
    assert blocker.args == [[demo["carla"]]]
    assert view.editor.entity is None
    # find the path Ana -> Dário (Dário joins the chart), highlighted and listed
    view.scene.clearSelection()
    view.items[demo["ana"]].setSelected(True)
    view.items[demo["carla"]].setSelected(True)
    view._sel_order = [demo["ana"], demo["carla"]]
    with qtbot.waitSignal(view.chartChanged, timeout=TIMEOUT):
        view.find_path()
    assert view.steps_model.rowCount() == 3  # header + two steps
    assert "Ana Gomes —called→ Bruno Diallo" in view.steps_model.data(view.steps_model.index(1))
    assert view.items[demo["bruno"]].highlighted and not view.items[demo["co"]].highlighted
    # drag a node and save the chart under a name; reopen it
    view.items[demo["co"]].setPos(QPointF(999, 555))
    assert view.positions[demo["co"]] == (999.0, 555.0)
    done: list[object] = []
    view.save("Ana's network")
    qtbot.waitUntil(lambda: view.charts.findData("Ana's network") >= 0, timeout=TIMEOUT)
    session.call(charts.load_chart, "Ana's network", on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    saved = done[0]
    assert isinstance(saved, charts.SavedChart) and saved.positions[demo["co"]] == (999.0, 555.0)
    view.grab().save("/tmp/casebench-chart-test.png")
