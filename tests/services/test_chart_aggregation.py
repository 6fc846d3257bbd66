"""Aggregated links: many calls or payments between two people are one line with a count."""

from __future__ import annotations

from decimal import Decimal

from casebench.domain.drawing import LineStyle
from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling
from casebench.services import charts
from casebench.services.entities import EntityDraft, Source, add_entity
from casebench.services.graph import aggregate_key, build_graph, to_chart
from casebench.store.case import Case

A1 = Source(grade=Grade.parse("admiralty", "A1"))  # confirmed
B2 = Source(grade=Grade.parse("admiralty", "B2"))  # probable
C4 = Source(grade=Grade.parse("admiralty", "C4"))  # unconfirmed


def _people(case: Case) -> tuple[str, str, str]:
    return tuple(add_entity(case, EntityDraft("Person", [("name", n)]))  # type: ignore[return-value]
                 for n in ("Ana Gomes", "Bruno Diallo", "Carla Mendes"))


def test_calls_both_ways_are_one_line_with_count_direction_and_weakest_grade(case: Case) -> None:
    ana, bruno, _ = _people(case)
    for day, (a, b), src in ((10, (ana, bruno), A1), (11, (ana, bruno), A1), (12, (bruno, ana), C4),
                             (13, (ana, bruno), B2)):
        add_entity(case, EntityDraft("Call", [("caller", a), ("receiver", b),
                                              ("date", f"2024-03-{day}T10:00Z")]), src)
    chart = to_chart(build_graph(case), {})
    [edge] = chart.edges
    assert edge.count == 4 and edge.caption == "called [C4] ×4"
    # drawn the way most go, with the one call back counted: arrows at both ends
    assert (edge.source, edge.target, edge.directed, edge.reverse) == (ana, bruno, True, 1)
    assert edge.both_ways
    assert edge.style is LineStyle.DOTTED  # as sure as the least sure call
    assert edge.weight > 1.0  # thicker than a single link
    assert [m.when[:10] for m in edge.members] == ["2024-03-10", "2024-03-11", "2024-03-12", "2024-03-13"]
    assert [m.grade for m in edge.members] == ["A1", "A1", "C4", "B2"]


def test_payments_total_per_currency(case: Case) -> None:
    ana, bruno, carla = _people(case)
    for amount, cur in (("1500.50", "EUR"), ("2000", "eur"), ("300", "USD")):
        add_entity(case, EntityDraft("Payment", [("payer", ana), ("beneficiary", bruno),
                                                 ("amount", amount), ("currency", cur)]), B2)
    add_entity(case, EntityDraft("Payment", [("payer", bruno), ("beneficiary", carla),
                                             ("amount", "99")]), B2)
    chart = to_chart(build_graph(case), {})
    edges = {frozenset((e.source, e.target)): e for e in chart.edges}
    paid = edges[frozenset((ana, bruno))]
    assert paid.count == 3 and paid.totals == (("EUR", Decimal("3500.50")), ("USD", Decimal("300")))
    assert paid.caption == "paid [B2] ×3 · 3,500.50 EUR + 300.00 USD"
    assert paid.short_caption == "×3"
    single = edges[frozenset((bruno, carla))]
    assert single.count == 1 and single.totals == (("", Decimal("99")),)


def test_expanding_an_aggregate_shows_its_single_links_side_by_side(case: Case) -> None:
    ana, bruno, _ = _people(case)
    for day in (10, 11, 12):
        add_entity(case, EntityDraft("Call", [("caller", ana), ("receiver", bruno),
                                              ("date", f"2024-03-{day}")]), B2)
    add_entity(case, EntityDraft("Associate", [("person", ana), ("associate", bruno)]), A1)
    graph = build_graph(case)
    key = aggregate_key(ana, bruno, "Call", "called")
    closed = to_chart(graph, {})
    assert sorted(e.count for e in closed.edges) == [1, 3]
    opened = to_chart(graph, {}, expanded=[key])
    calls = [e for e in opened.edges if e.kind == "Call"]
    assert len(calls) == 3 and all(e.count == 1 and e.key == key for e in calls)
    assert all(e.style is LineStyle.DASHED and e.grade == "B2" and e.directed for e in calls)
    # four parallel lines between the same pair: each in its own lane
    assert sorted(e.lane for e in opened.edges) == [-1, 0, 1, 2]


def test_withheld_single_links_are_recounted(case: Case) -> None:
    ana, bruno, _ = _people(case)
    for amount, src in (("100", A1), ("200", Source(grade=C4.grade, handling=Handling(tlp=TLP.RED)))):
        add_entity(case, EntityDraft("Payment", [("payer", ana), ("beneficiary", bruno),
                                                 ("amount", amount), ("currency", "EUR")]), src)
    screen = to_chart(build_graph(case), {})
    [edge] = screen.edges
    assert edge.style is LineStyle.DOTTED and edge.count == 2
    shown, left_out = charts.shown_for_export(case, screen, TLP.AMBER)
    [kept] = shown.edges  # the RED payment stays home: one payment, its total, its grade
    assert kept.count == 1 and kept.totals == (("EUR", Decimal("100")),) and kept.tlp is TLP.AMBER
    assert kept.style is LineStyle.SOLID and kept.grade == "A1"
    assert left_out.links_by_kind() == {"Payment": 1}
