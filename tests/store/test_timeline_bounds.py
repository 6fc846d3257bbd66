"""The timeline read for a window is bounded on both sides and finds exactly what overlaps."""

from __future__ import annotations

import random

from casebench.domain.dates import DateValue
from casebench.services import timeline
from casebench.services.entities import EntityDraft, add_entity
from casebench.store.case import Case


def _overlaps(value: str, lo: str, hi: str, end: str | None) -> bool:
    dv = DateValue.parse(value)
    start, stop = dv.sort_start(), dv.sort_end()
    if end is not None:
        stop = max(stop, DateValue.parse(end).sort_end())
    return start <= hi and stop >= lo


def test_window_finds_short_long_and_ranged_items_and_nothing_else(case: Case) -> None:
    rnd = random.Random(7)
    expected_items: list[tuple[str, str | None]] = []
    for i in range(120):
        y, m, d = rnd.choice((2023, 2024)), rnd.randint(1, 12), rnd.randint(1, 28)
        kind = rnd.choice(("day", "minute", "month", "year", "range"))
        end = None
        if kind == "day":
            value = f"{y}-{m:02d}-{d:02d}"
        elif kind == "minute":
            value = f"{y}-{m:02d}-{d:02d}T{rnd.randint(0, 23):02d}:{rnd.randint(0, 59):02d}+01:00"
        elif kind == "month":
            value = f"{y}-{m:02d}"
        elif kind == "year":
            value = str(y)
        else:
            value = f"{y}-{m:02d}-{d:02d}"
            end = f"{y + 1}-{rnd.randint(1, 12):02d}"
        props = [("name", f"Trip {i}"), ("startDate", value)] + ([("endDate", end)] if end else [])
        add_entity(case, EntityDraft("Event", props))
        expected_items.append((value, end))
    for lo_text, hi_text in (("2024-03", "2024-03"), ("2023-11-05", "2023-11-05"),
                             ("2024-12", "2025"), ("2022", "2022")):
        lo, hi = DateValue.parse(lo_text).sort_start(), DateValue.parse(hi_text).sort_end()
        got = sorted(r.value for r in timeline.rows(case, start=lo_text, end=hi_text)
                     if r.prop == "startDate")
        want = sorted(v for v, e in expected_items if _overlaps(v, lo, hi, e))
        assert got == want, (lo_text, hi_text)
        starts = [r.start for r in timeline.rows(case, start=lo_text, end=hi_text)]
        assert starts == sorted(starts)


def test_limit_and_offset_page_through_the_same_order(case: Case) -> None:
    for d in range(1, 21):
        add_entity(case, EntityDraft("Event", [("name", f"Meeting {d}"), ("date", f"2024-05-{d:02d}")]))
    add_entity(case, EntityDraft("Event", [("name", "Season"), ("date", "2024-04")]))
    whole = [r.statement_id for r in timeline.rows(case, start="2024-04-30", end="2024-05-31")]
    pages = [r.statement_id for k in range(0, 30, 7)
             for r in timeline.rows(case, start="2024-04-30", end="2024-05-31", limit=7, offset=k)]
    assert pages == whole and len(whole) == 21


def test_a_month_is_read_from_the_timeline_indexes_even_beside_another_date_index(case: Case) -> None:
    # Any other index on date_start (a bench made one) drew SQLite away from the covering
    # index: a month at 1M events took 230 ms instead of 14.
    for d in range(1, 11):
        add_entity(case, EntityDraft("Event", [("name", f"Call {d}"), ("date", f"2024-05-{d:02d}T10:00Z")]))
    add_entity(case, EntityDraft("Event", [("name", "Fishing season"), ("date", "2024")]))  # a long item
    case.conn.execute("CREATE INDEX other_date ON statements(date_start) WHERE date_start IS NOT NULL")
    case.conn.execute("ANALYZE")
    real, plans = case.conn, []

    class Explaining:
        def execute(self, sql: str, args: object = ()) -> object:
            if sql.startswith("SELECT s.id"):
                plans.append(" ".join(r[3] for r in real.execute("EXPLAIN QUERY PLAN " + sql, args)))
            return real.execute(sql, args)

        def __getattr__(self, name: str) -> object:
            return getattr(real, name)

    case.conn = Explaining()  # type: ignore[assignment]
    try:
        got = timeline.rows(case, start="2024-05-01", end="2024-05-31", limit=200)
    finally:
        case.conn = real
    assert len(got) == 11
    month, long_items = plans[:2]  # then the date ranges reaching in: read from their ends
    assert "statements_timeline" in month and "other_date" not in month, month
    assert "statements_date_long" in long_items and "other_date" not in long_items, long_items


def test_a_short_range_starting_the_day_before_a_window_is_in_it(case: Case) -> None:
    # its start statement ends before the window and is not long; its endDate reaches in
    from casebench.store.timeline_extra import window

    trip = add_entity(case, EntityDraft("Event", [("name", "Night crossing"), ("startDate", "2024-04-05T23:59Z"),
                                                  ("endDate", "2024-04-06T00:10Z")]))
    rows, _ = window(case, "2024-04-06T00:00:00.000000Z", "2024-04-06T23:59:59.999999Z")
    assert [r.entity_id for r in rows] == [trip]
    assert [r.entity_id for r in timeline.rows(case, start="2024-04-06", end="2024-04-06")] == [trip]
