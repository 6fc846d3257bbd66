"""Grades are carried verbatim with their scheme; TLP parsing and ordering."""

from __future__ import annotations

import pytest

from casebench.domain.grading import Grade, GradeScheme
from casebench.domain.handling import TLP, DataSubject, Handling


@pytest.mark.parametrize(("scheme", "value", "stored"), [
    ("admiralty", "b2", "B2"), ("uk-3x5x2", "1A P", "1AP"), ("uk-5x5x5", "B21", "B21"),
    ("europol-4x4", "A1/H2", "A1H2"), ("europol-4x4", "X4", "X4"),
])
def test_valid_grades_are_kept_verbatim(scheme: str, value: str, stored: str) -> None:
    g = Grade.parse(scheme, value)
    assert g.value == stored
    assert Grade.from_text(g.to_text()) == g


@pytest.mark.parametrize(("scheme", "value"), [
    ("admiralty", "G1"), ("admiralty", "A7"), ("europol-4x4", "D1"), ("uk-3x5x2", "4AP"),
])
def test_invalid_grades_name_the_value(scheme: str, value: str) -> None:
    with pytest.raises(ValueError, match=value):
        Grade.parse(scheme, value)


def test_same_letters_in_two_schemes_are_different_grades() -> None:
    assert Grade.parse("admiralty", "B2") != Grade.parse("europol-4x4", "B2")
    with pytest.raises(ValueError, match="unknown grading scheme"):
        Grade.parse("nato", "B2")


def test_confidence_for_chart_lines() -> None:
    assert Grade.parse("admiralty", "A1").confidence == "confirmed"
    assert Grade.parse("europol-4x4", "B2").confidence == "probable"
    assert Grade.parse("uk-3x5x2", "2CP").confidence == "unconfirmed"
    assert GradeScheme("uk-5x5x5") is GradeScheme.UK_5X5X5


def test_tlp_order_and_labels() -> None:
    assert TLP.CLEAR < TLP.GREEN < TLP.AMBER < TLP.AMBER_STRICT < TLP.RED
    assert TLP.parse("amber+strict") is TLP.AMBER_STRICT
    assert TLP.parse("TLP:WHITE") is TLP.CLEAR
    assert TLP.AMBER_STRICT.label == "TLP:AMBER+STRICT"
    with pytest.raises(ValueError, match="unknown TLP"):
        TLP.parse("PURPLE")


def test_handling_round_trips_through_json() -> None:
    h = Handling(tlp=TLP.RED, codes=("H2",), conditions="no onward", originator="GNR",
                 denied_countries=("gm",), no_judicial_use=True, review_date="2025-01-01",
                 data_subject=DataSubject.VICTIM, named_recipients=("Eurojust ES desk",))
    assert Handling.from_json(h.to_json()) == h
    assert Handling.from_json(None) == Handling()
