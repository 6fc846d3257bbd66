"""Theme lines: one lane per selected entity with the items that concern it; an item
between two selected entities sits on both lanes; ids that are not entities get none."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.services.test_charts import small_case

from casebench.services.entities import EntityDraft, add_entity
from casebench.services.theme_lines import MAX_THEMES, lanes_of, theme_lanes, theme_window
from casebench.store.case import Case

LO, HI = datetime(2024, 1, 1, tzinfo=UTC), datetime(2024, 12, 31, tzinfo=UTC)


def test_one_lane_per_selected_entity_in_the_order_selected(case: Case) -> None:
    ids = small_case(case)  # Ana called Bruno (11 March), Bruno paid Carla (20 March)
    meeting = add_entity(case, EntityDraft("Event", [("name", "Lunch"), ("involved", ids["carla"]),
                                                     ("date", "2024-04-02")]))
    got = theme_window(case, LO, HI, [ids["carla"], ids["ana"], "phone:+34600000000"])
    assert got.themes == (ids["carla"], ids["ana"]) and got.left_out == 1
    assert got.window.captions[ids["carla"]] == "Carla Mendes"
    placed = {(r.schema, got.themes[lane]) for r, lane in theme_lanes(got.window.rows, got.themes)}
    assert placed == {("Call", ids["ana"]), ("Payment", ids["carla"]), ("Event", ids["carla"])}
    assert meeting in {r.entity_id for r in got.window.rows}
    both = theme_window(case, LO, HI, [ids["ana"], ids["bruno"], ids["carla"]])
    lanes = {}
    for r, lane in theme_lanes(both.window.rows, both.themes):
        lanes.setdefault(r.schema, []).append(both.themes[lane])
    assert lanes["Call"] == [ids["ana"], ids["bruno"]]  # on both parties' lanes
    assert lanes["Payment"] == [ids["bruno"], ids["carla"]]


def test_nothing_selected_is_an_empty_window_and_too_many_are_counted(case: Case) -> None:
    ids = small_case(case)
    empty = theme_window(case, LO, HI, [])
    assert empty.themes == () and empty.window.rows == ()
    people = [add_entity(case, EntityDraft("Person", [("name", f"P{i}")])) for i in range(MAX_THEMES + 3)]
    many = theme_window(case, LO, HI, [ids["ana"], *people])
    assert len(many.themes) == MAX_THEMES and many.left_out == 4


def test_an_item_that_is_itself_selected_is_on_its_own_lane(case: Case) -> None:
    small_case(case)
    got = theme_window(case, LO, HI, [])
    assert got.window.rows == ()
    from casebench.store.timeline_extra import WindowRow

    row = WindowRow("s", "call1", "Call", "Call", "date", "2024", "a", "b", 0, ("ana", "bruno"))
    assert lanes_of(row, ["call1", "bruno", "x"]) == ["call1", "bruno"]
    assert lanes_of(row, ["x"], {"x"}) == ["x"]
