"""The timeline's lower bound (the longest reach of any item, kept by the database) never
hides an item that reaches into a window, whatever order its dates were recorded in."""

from __future__ import annotations

from casebench.domain.dates import DateValue
from casebench.services import timeline
from casebench.services.entities import EntityDraft, add_entity, add_values, get, retract
from casebench.store.case import Case
from casebench.store.timeline_extra import WindowFilter, reach_floor, window


def reach(case: Case) -> int:
    return int(case.conn.execute("SELECT n FROM case_counts WHERE name = 'timeline_reach_days'").fetchone()[0])


def ids_in(case: Case, lo_text: str, hi_text: str) -> set[str]:
    lo, hi = DateValue.parse(lo_text).sort_start(), DateValue.parse(hi_text).sort_end()
    rows, _ = window(case, lo, hi, WindowFilter())
    return {r.entity_id for r in rows} | {r.entity_id for r in timeline.rows(case, start=lo_text, end=hi_text)}


def test_the_reach_grows_with_long_items_and_ranges_in_either_order(case: Case) -> None:
    # many short items over two years, one long one early on
    for m in range(1, 13):
        add_entity(case, EntityDraft("Call", [("date", f"2023-{m:02d}-10T10:00Z")]))
    assert reach(case) == 0  # items within a UTC day never need the bound
    add_entity(case, EntityDraft("Call", [("date", "2023-03")]))
    assert 31 <= reach(case) <= 32
    # a range whose end is recorded after its start...
    trip = add_entity(case, EntityDraft("Event", [("name", "Trip"), ("startDate", "2023-01-05")]))
    add_values(case, trip, [("endDate", "2024-06-30")])
    assert 542 <= reach(case) <= 544
    assert trip in ids_in(case, "2024-06", "2024-06")  # reaches the window from 18 months before
    assert trip not in ids_in(case, "2024-07", "2024-07")
    # ...and one whose end comes first (an import can record them in any order)
    stay = add_entity(case, EntityDraft("Event", [("name", "Stay"), ("endDate", "2026-01-31")]))
    add_values(case, stay, [("startDate", "2022-01-01")])
    assert reach(case) >= 1491
    assert stay in ids_in(case, "2026-01", "2026-01")
    # a retraction leaves the bound as it was: looser, never wrong
    before = reach(case)
    [end] = [s for s in get(case, stay).statements if s.prop == "endDate"]
    retract(case, end.id, "wrong year")
    assert reach(case) == before
    assert stay not in ids_in(case, "2026-01", "2026-01")


def test_the_floor_is_the_window_start_less_the_reach_and_a_day(case: Case) -> None:
    add_entity(case, EntityDraft("Call", [("date", "2024-03")]))
    floor = reach_floor(case, "2024-06-15T00:00:00.000000Z")
    assert reach(case) == 31  # 30 days and 23:59:59.999999, in whole days plus one
    assert floor == "2024-05-14T00:00:00.000000Z"  # the read starts in May, not at the case's start
    assert reach_floor(case, "0001-01-02T00:00:00.000000Z") == ""  # nothing before year 1
