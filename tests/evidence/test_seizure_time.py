"""A seizure time is evidence: a time of day carries its offset, or the zone it was seized in."""

from __future__ import annotations

import pytest

from casebench.services import evidence
from casebench.store.case import Case
from casebench.store.errors import InvalidInput
from casebench.store.exhibits import ExhibitDraft


def _add(case: Case, when: str, zone: str = "") -> str:
    return evidence.add_exhibit(case, ExhibitDraft("MA-EX-077", type="device", seized_at=when, seized_tz=zone))


def test_a_time_without_offset_or_zone_is_refused_and_nothing_is_kept(case: Case) -> None:
    with pytest.raises(InvalidInput) as err:
        _add(case, "2024-03-11T14:05")
    assert err.value.code == "exhibit.seized_no_zone" and "2024-03-11T14:05" in str(err.value)
    assert evidence.list_exhibits(case) == []


def test_the_zone_gives_the_offset_of_that_date_summer_time_included(case: Case) -> None:
    winter = evidence.get_exhibit(case, _add(case, "2024-03-11T14:05", "Europe/Madrid"))
    assert winter.seized_at == "2024-03-11T14:05+01:00" and winter.seized_tz == "Europe/Madrid"
    assert winter.seized_at_utc is not None and winter.seized_at_utc.startswith("2024-03-11T13:05")
    summer = evidence.get_exhibit(case, evidence.add_exhibit(case, ExhibitDraft(
        "MA-EX-078", type="device", seized_at="2024-07-02 06:20", seized_tz="Europe/Madrid")))
    assert summer.seized_at == "2024-07-02T06:20+02:00"
    fixed = evidence.get_exhibit(case, evidence.add_exhibit(case, ExhibitDraft(
        "MA-EX-079", type="device", seized_at="2024-03-09T14:05", seized_tz="-01:00")))
    assert fixed.seized_at == "2024-03-09T14:05-01:00"


def test_a_written_offset_wins_and_a_date_alone_needs_no_zone(case: Case) -> None:
    ex = evidence.get_exhibit(case, _add(case, "2024-03-11T14:05+00:00", "Europe/Madrid"))
    assert ex.seized_at == "2024-03-11T14:05Z"
    day = evidence.get_exhibit(case, evidence.add_exhibit(case, ExhibitDraft(
        "MA-EX-080", type="device", seized_at="2024-03-11")))
    assert day.seized_at == "2024-03-11"


def test_a_time_the_clocks_skipped_is_refused(case: Case) -> None:
    with pytest.raises(InvalidInput) as err:
        _add(case, "2024-03-31T02:30", "Europe/Madrid")
    assert err.value.code == "exhibit.seized_clock_change"
    with pytest.raises(InvalidInput) as err:
        _add(case, "2024-03-11T14:05", "Europe/Nowhere")
    assert err.value.code == "time.unknown_zone"
