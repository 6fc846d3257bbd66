"""The demo pack's network chart reads on paper: checked on the drawing model, not by eye.

The chart is planned exactly as the PDF prints it (its landscape page, no scaling
afterwards), so the boxes and sizes in the plan are those on paper.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from casebench.demo import DEMO_PASSPHRASE
from casebench.domain.drawing import Chart
from casebench.domain.placement import crosses, gap_between, inside, intersects
from casebench.reports import content, labels
from casebench.reports.chart_render import OWN_MARGIN, ChartPlan, plan_chart
from casebench.reports.fonts import pack_fonts
from casebench.reports.pack import BriefingPack
from casebench.reports.pdf import (
    CHART_HEADING_H,
    LAND_FRAME_H,
    LAND_FRAME_W,
    network_planned,
    render_pdf,
)
from casebench.services.briefing_chart import MAX_THINNED_LINES
from casebench.services.cases import open_case

from .conftest import DemoPack

MIN_PT = 7.0


@pytest.fixture(scope="module")
def demo_chart(demo_pack: DemoPack) -> Chart:
    chart = demo_pack("en").chart
    assert chart is not None
    return chart


def _check(plan: ChartPlan) -> None:
    labels = plan.labels
    for a, b in itertools.combinations(labels, 2):
        assert not intersects(a.box, b.box), (a.lines, b.lines)
    for p in labels:
        for nid, spot in plan.spots.items():
            assert not intersects(p.box, spot.box), (p.lines, nid)
    for c in plan.captions:
        for p in labels:
            assert not intersects(c.box, p.box), (c.lines, p.lines)
        for spot in plan.spots.values():
            assert not intersects(c.box, spot.box), c.lines
    for a, b in itertools.combinations(plan.captions, 2):
        assert not intersects(a.box, b.box), (a.lines, b.lines)
    area = (0.0, 0.0, plan.width, plan.height)
    for p in plan.texts():
        assert inside(p.box, area), p.lines
        assert p.size >= MIN_PT, p.lines


def _printed_block(pack: BriefingPack) -> content.ChartBlock:
    """The chart as the pack prints it: its chart and the notes under its legend."""
    return next(b for b in content.build_blocks(pack) if isinstance(b, content.ChartBlock))


def test_demo_pack_chart_reads_at_print_size(demo_chart: Chart, demo_pack: DemoPack) -> None:
    fonts = pack_fonts()
    drawing, plan = network_planned(demo_chart, "en", fonts, _printed_block(demo_pack("en")).notes)
    # printed as drawn: it fits the landscape frame under the heading, so nothing is scaled down
    assert drawing.width <= LAND_FRAME_W and drawing.height <= LAND_FRAME_H - CHART_HEADING_H
    assert len(plan.spots) == len(demo_chart.nodes) >= 20
    _check(plan)
    # every name is written beside its own symbol, in full where it is short
    assert not plan.numbered and {p.owner for p in plan.labels} == set(plan.spots)
    full = {p.owner: " ".join(p.lines) for p in plan.labels}
    for n in demo_chart.nodes:
        if len(n.label) <= 24:
            assert full[n.id] == n.label
    # the relationships are labelled; calls only where their label stands clear of other lines
    kinds = {plan.lines[int(c.owner)][0].kind for c in plan.captions}
    assert {"Ownership", "Directorship"} <= kinds
    for c in plan.captions:
        edge = plan.lines[int(c.owner)][0]
        if edge.kind == "Call":
            others = [seg for i, (_, seg) in enumerate(plan.lines) if i != int(c.owner)]
            assert not any(crosses(seg, c.box) for seg in others)
    # the labels that did not fit are counted in the legend, not printed on top of each other
    assert plan.dropped_captions == len(plan.lines) - len(plan.captions)


def test_pack_pdf_prints_the_chart_on_a_landscape_page(
    demo_chart: Chart, tmp_path: Path, demo_pack: DemoPack
) -> None:
    pack = demo_pack("en")
    out = tmp_path / "pack.pdf"
    render_pdf(replace(pack, chart=demo_chart), out)

    reader = PdfReader(str(out))
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    landscape = [i for i, (w, h) in enumerate(sizes) if w > h]
    assert len(landscape) == 1  # the chart's page only; the others stay portrait
    text = reader.pages[landscape[0]].extract_text()
    assert "Network" in text and "Legend" in text and "TLP:" in text
    assert "calledcalled" not in text.replace(" ", "")


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_each_name_is_nearest_its_own_symbol(demo_pack: DemoPack, lang: str) -> None:
    """Names inside the ring of 32 people, among link labels, could be anyone's: on paper
    every name is nearer its own symbol than any other, by a clear margin, and short
    names are still written whole."""
    block = _printed_block(demo_pack(lang))
    _, plan = network_planned(block.chart, lang, pack_fonts(), block.notes)
    assert not plan.numbered and {p.owner for p in plan.labels} == set(plan.spots)
    full = {p.owner: " ".join(p.lines) for p in plan.labels}
    for n in block.chart.nodes:
        if len(n.label) <= 24:
            assert full[n.id] == n.label
    for p in plan.labels:
        own = gap_between(p.box, plan.spots[p.owner].box)
        for nid, spot in plan.spots.items():
            if nid != p.owner:
                assert gap_between(p.box, spot.box) >= own + OWN_MARGIN, (p.lines, nid)


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_only_the_most_frequent_callers_are_linked_and_the_page_says_so(
    demo_pack: DemoPack, tmp_path: Path, lang: str
) -> None:
    """The demo's 32 charted people share hundreds of pairs of callers: drawn all, the
    page was a hairball. Only the pairs that called most are drawn, each with its
    count, and the page says in words which were not and where every call is."""
    pack = demo_pack(lang)
    chart = pack.chart
    assert chart is not None
    calls = [e for e in chart.edges if e.kind == "Call"]
    assert 0 < len(calls) <= MAX_THINNED_LINES
    (left,) = chart.left_off
    assert left.kind == "Call" and left.pairs > 100 and left.links > left.pairs
    assert min(e.count for e in calls) >= left.below > 1  # the strongest are drawn, nothing weaker
    # relationships are never left off
    assert {"Ownership", "Directorship", "Family", "Associate"} <= {e.kind for e in chart.edges}
    out = tmp_path / "pack.pdf"
    render_pdf(pack, out)
    reader = PdfReader(str(out))
    page = next(p for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height))
    text = " ".join(page.extract_text().split())
    for number in (left.below, left.pairs):
        assert str(number) in text
    annex = labels.text(lang, "calls")
    assert annex in text  # where the reader finds every call


@pytest.mark.parametrize("size", [(520.0, 360.0), (1100.0, 760.0)])
def test_any_sheet_size_keeps_labels_apart(demo_chart: Chart, size: tuple[float, float]) -> None:
    plan = plan_chart(demo_chart, size[0], size[1], "en", pack_fonts())
    _check(plan)


def test_demo_people_stand_a_name_apart_on_screen(demo_case: Path) -> None:
    """The chart page's force layout of the whole demo (181 entities, about 3.6 links
    each): the closest two entities used to be 70 units apart, under the width of one
    name (up to 136), so names were shortened or hidden."""
    from casebench.services.chart_content import ChartContent, load_graph
    from casebench.services.layout import SPACING, layout

    with open_case(demo_case, DEMO_PASSPHRASE, user="tester") as case:
        graph = load_graph(case).graph
    shown = ChartContent(sorted(graph.nodes), cap=len(graph.nodes)).visible_graph(graph)
    pos = layout("force", list(shown.nodes), shown.edge_pairs(), seed=0)  # what the chart page runs
    people = [n for n in shown.nodes if shown.nodes[n].kind == "Person"]
    assert len(people) > 20 and len(pos) > 150

    def closest(ids: list[str]) -> float:
        return min(math.dist(pos[a], pos[b]) for a, b in itertools.combinations(ids, 2))

    # 1.3 spacings are asked for (156); well clear of one name's width (up to 136)
    assert closest(people) >= 1.2 * SPACING
    assert closest(list(pos)) >= 0.85 * SPACING
