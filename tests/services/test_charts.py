"""Saved charts, timeline windows, exports with the TLP marking, and the CLI commands."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from casebench.cli.main import main
from casebench.domain.handling import TLP, Handling
from casebench.services import charts
from casebench.services.entities import EntityDraft, Source, add_entity
from casebench.services.graph import build_graph
from casebench.store.case import Case
from casebench.store.errors import NotFound

PASSPHRASE = "correct horse battery staple"


def small_case(case: Case) -> dict[str, str]:
    ids = {}
    for name in ("Ana Gomes", "Bruno Diallo", "Carla Mendes"):
        ids[name.split()[0].lower()] = add_entity(case, EntityDraft("Person", [("name", name)]))
    ids["co"] = add_entity(case, EntityDraft("Company", [("name", "Nha Terra Lda")]))
    add_entity(case, EntityDraft("Ownership", [("owner", ids["ana"]), ("asset", ids["co"])]))
    add_entity(case, EntityDraft("Call", [("caller", ids["ana"]), ("receiver", ids["bruno"]),
                                          ("date", "2024-03-11T14:05+01:00")]))
    add_entity(case, EntityDraft("Payment", [("payer", ids["bruno"]), ("beneficiary", ids["carla"]),
                                             ("date", "2024-03-20")]))
    return ids


def test_saved_charts_by_name(case: Case) -> None:
    ids = small_case(case)
    assert charts.list_charts(case) == []
    saved = charts.SavedChart("Core", node_ids=[ids["ana"], ids["bruno"]],
                              positions={ids["ana"]: (10.0, 20.0)}, hidden_kinds=["Call"], seed=4)
    charts.save_chart(case, saved)
    charts.save_chart(case, charts.SavedChart("Money", node_ids=[ids["bruno"], ids["carla"]]))
    assert [c.name for c in charts.list_charts(case)] == ["Core", "Money"]
    back = charts.load_chart(case, "Core")
    assert back.node_ids == saved.node_ids and back.positions == saved.positions
    assert back.hidden_kinds == ["Call"] and back.seed == 4 and back.updated_by == "tester"
    saved.positions[ids["bruno"]] = (300.0, 20.0)
    charts.save_chart(case, saved)  # replace
    model = charts.chart_model(case, "Core")
    assert {n.id: (n.x, n.y) for n in model.nodes} == {ids["ana"]: (10.0, 20.0), ids["bruno"]: (300.0, 20.0)}
    assert model.edges == ()  # the call is hidden on this chart
    charts.rename_chart(case, "Money", "Money flows")
    charts.delete_chart(case, "Core")
    assert [c.name for c in charts.list_charts(case)] == ["Money flows"]
    with pytest.raises(NotFound):
        charts.load_chart(case, "Core")


def test_chart_model_places_new_nodes_and_keeps_saved_ones(case: Case) -> None:
    ids = small_case(case)
    graph = build_graph(case)
    nodes = sorted(graph.expand([ids["ana"]]))
    charts.save_chart(case, charts.SavedChart("Ana", node_ids=nodes, positions={ids["ana"]: (0.0, 0.0)}))
    model = charts.chart_model(case, "Ana", graph=graph)
    assert {n.id for n in model.nodes} == {ids["ana"], ids["bruno"], ids["co"]}
    assert model.node(ids["ana"]) is not None and (model.node(ids["ana"]).x, model.node(ids["ana"]).y) == (0.0, 0.0)  # type: ignore[union-attr]
    again = charts.chart_model(case, "Ana", graph=graph)
    assert again == model  # deterministic


def _png_has_colour(data: bytes, colour: tuple[int, int, int], box: tuple[float, float, float, float]) -> bool:
    img = Image.open(io.BytesIO(data)).convert("RGB")
    w, h = img.size
    crop = img.crop((int(box[0] * w), int(box[1] * h), int(box[2] * w), int(box[3] * h)))
    return any(abs(p[0] - colour[0]) + abs(p[1] - colour[1]) + abs(p[2] - colour[2]) < 40
               for _, p in crop.getcolors(maxcolors=1 << 24) or [])


def test_export_svg_and_png_carry_the_tlp_marking(case: Case, tmp_path: Path) -> None:
    ids = small_case(case)
    add_entity(case, EntityDraft("Person", [("name", "Source Kilo")]),
               Source(handling=Handling(tlp=TLP.RED)))
    add_entity(case, EntityDraft("Person", [("name", "Delta Strict")]),
               Source(handling=Handling(tlp=TLP.AMBER_STRICT)))
    model = charts.chart_model(case)
    assert model.tlp is TLP.RED  # the highest level drawn on screen
    svg = charts.export_chart(case, model, tmp_path / "chart.svg").path.read_text("utf-8")
    # our own RED names a recipient; an export file has none: the handling decision keeps it home
    assert "Source Kilo" not in svg and "Nha Terra Lda" in svg
    assert svg.count("TLP:AMBER+STRICT") == 2  # the highest level shown, top and bottom
    png = charts.export_chart(case, model, tmp_path / "chart.png").path.read_bytes()
    assert png.startswith(b"\x89PNG")
    assert _png_has_colour(png, (0xFF, 0xC0, 0x00), (0.75, 0.0, 1.0, 0.08))  # amber label, top right
    assert _png_has_colour(png, (0xFF, 0xC0, 0x00), (0.75, 0.92, 1.0, 1.0))  # and bottom right
    sub = charts.chart_model(case, None)
    assert sub.node(ids["ana"]) is not None
    rows = case.conn.execute("SELECT action, details FROM audit WHERE category = 'disclosure'").fetchall()
    assert [r[0] for r in rows] == ["chart exported", "chart exported"]
    assert '"withheld": 1' in rows[0][1] and '"tlp": "AMBER+STRICT"' in rows[0][1]


def test_export_timeline_marking_is_at_least_the_case_default(case: Case, tmp_path: Path) -> None:
    small_case(case)
    out = charts.export_timeline(case, tmp_path / "timeline.png").path
    assert _png_has_colour(out.read_bytes(), (0xFF, 0xC0, 0x00), (0.75, 0.0, 1.0, 0.2))  # AMBER
    svg = charts.export_timeline(case, tmp_path / "timeline.svg").path.read_text("utf-8")
    assert "TLP:AMBER" in svg
    with pytest.raises(Exception, match=r"svg or \.png"):
        charts.export_timeline(case, tmp_path / "timeline.jpg")


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def test_timeline_window_returns_only_the_visible_range(case: Case) -> None:
    def event(name: str, date: str) -> str:
        return add_entity(case, EntityDraft("Event", [("name", name), ("date", date)]))

    before = event("before", "2024-03-09T23:00Z")
    inside = event("inside", "2024-03-10T12:00Z")
    edge = event("late evening", "2024-03-09T23:59:30+00:00")
    month = event("in March", "2024-03")  # starts before the window, spans it
    year = event("in 2023", "2023~")
    rng = add_entity(case, EntityDraft("Travel", [("name", "trip"), ("startDate", "2024-02-01"),
                                                  ("endDate", "2024-03-15")]))
    after = event("after", "2024-03-12T00:00:01Z")
    w = charts.timeline_window(case, utc(2024, 3, 10), utc(2024, 3, 11, 23, 59, 59))
    got = {r.entity_id for r in w.rows}
    # the trip (1 Feb .. 15 Mar) reaches into the window through its end date
    assert got == {inside, month, rng}
    assert not ({before, edge, year, after} & got)
    assert not w.truncated
    assert next(r for r in w.rows if r.entity_id == rng).end.startswith("2024-03-15")
    w2 = charts.timeline_window(case, utc(2024, 2, 1), utc(2024, 2, 1, 12))
    assert [r.entity_id for r in w2.rows] == [rng]
    assert w2.rows[0].end.startswith("2024-03-15")  # drawn to the range's end
    w3 = charts.timeline_window(case, utc(2023, 6, 1), utc(2023, 6, 2))
    assert [r.entity_id for r in w3.rows] == [year]


def test_timeline_window_caps_and_reports_density(case: Case) -> None:
    for day in range(1, 29):
        add_entity(case, EntityDraft("Event", [("name", f"e{day}"), ("date", f"2024-02-{day:02d}T10:00Z")]))
    w = charts.timeline_window(case, utc(2024, 2, 1), utc(2024, 3, 1), limit=10, buckets=4, cap=5)
    assert w.truncated and w.rows == ()  # a crowded window is drawn as counts, rows unread
    assert w.density == (5, 5, 5, 5)  # capped per bucket
    flt = charts.WindowFilter(schemata=("Person",))
    assert charts.timeline_window(case, utc(2024, 2, 1), utc(2024, 3, 1), flt).rows == ()
    assert charts.latest_window(case, 5) is not None


def test_cli_chart_and_path(case: Case, case_path: Path, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    ids = small_case(case)
    case.close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "c.svg"
    assert main(["chart", str(case_path), "--layout", "circular", "--out", str(out)]) == 0
    assert "TLP:AMBER" in out.read_text("utf-8")
    pdf = tmp_path / "c.pdf"
    assert main(["chart", str(case_path), "-o", str(pdf), "--paper", "A3", "--orientation", "portrait",
                 "--lang", "es"]) == 0
    assert pdf.read_bytes().startswith(b"%PDF") and "wrote" in capsys.readouterr().out
    assert main(["path", str(case_path), "Nha Terra Lda", "Carla Mendes"]) == 0
    text = capsys.readouterr().out
    assert "Path 1 (3 links)" in text and "Bruno Diallo —paid→ Carla Mendes" in text
    assert main(["path", str(case_path), ids["carla"], ids["ana"], "--directed"]) == 0
    assert "no path that follows the arrows" in capsys.readouterr().out
    # in time order: the call (11 March) then the payment (20 March), not the other way
    assert main(["path", str(case_path), "Nha Terra Lda", "Carla Mendes", "--time-respecting", "--json"]) == 0
    [found] = json.loads(capsys.readouterr().out)
    assert found["length"] == 3 and [s["date"][:10] for s in found["steps"][1:]] == ["2024-03-11", "2024-03-20"]
    assert main(["path", str(case_path), ids["carla"], ids["co"], "--time-respecting"]) == 0
    assert "no path in time order" in capsys.readouterr().out
    assert main(["path", str(case_path), ids["ana"], "Nobody"]) == 1
    assert main(["chart", str(case_path), "--name", "missing", "--out", str(out)]) == 1


def test_saved_chart_keeps_expanded_links_and_old_charts_still_open(case: Case) -> None:
    from casebench.store import charts as repo
    from casebench.store.errors import InvalidInput

    ids = small_case(case)
    saved = charts.SavedChart("Now", node_ids=[ids["ana"], ids["bruno"]],
                              positions={ids["ana"]: (1.5, 2.5)}, hidden_kinds=["Payment"],
                              hidden_tags=["noise"], layout="circular", seed=3,
                              expanded_links=["Call|a|b"])
    charts.save_chart(case, saved)
    assert repo.load_chart(case, "Now").data["version"] == charts.CHART_FORMAT == 2
    back = charts.load_chart(case, "Now")
    assert (back.node_ids, back.positions, back.hidden_kinds, back.hidden_tags, back.layout, back.seed,
            back.expanded_links) == (saved.node_ids, saved.positions, ["Payment"], ["noise"], "circular", 3,
                                     ["Call|a|b"])
    # written by casebench before aggregated links (format 1), and one without a version at all
    repo.save_chart(case, "Old", {"version": 1, "nodes": [ids["ana"], ids["co"]],
                                  "positions": {ids["ana"]: [10, 20], ids["co"]: [30.5, 40]},
                                  "hidden_kinds": ["Call"], "hidden_tags": [], "layout": "force", "seed": 7})
    repo.save_chart(case, "Older", {"nodes": [ids["carla"]]})
    old = charts.load_chart(case, "Old")
    assert old.node_ids == [ids["ana"], ids["co"]] and old.positions[ids["co"]] == (30.5, 40.0)
    assert old.hidden_kinds == ["Call"] and old.seed == 7 and old.expanded_links == []
    model = charts.chart_model(case, "Old")
    assert {n.id: (n.x, n.y) for n in model.nodes} == {ids["ana"]: (10.0, 20.0), ids["co"]: (30.5, 40.0)}
    older = charts.load_chart(case, "Older")
    assert older.node_ids == [ids["carla"]] and older.layout == "force" and older.expanded_links == []
    charts.save_chart(case, old)  # saved again: in today's format
    assert repo.load_chart(case, "Old").data["version"] == 2
    # a chart saved by a newer casebench is refused with a message, not half read
    repo.save_chart(case, "Future", {"version": 99, "nodes": []})
    with pytest.raises(InvalidInput, match="newer"):
        charts.load_chart(case, "Future")
