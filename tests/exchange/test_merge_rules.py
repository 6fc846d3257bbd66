"""Merge proposals: strong identifiers propose, names only suggest, events never merge."""

from __future__ import annotations

from casebench.exchange.merge import identifier_proposals, identity_bearing


def test_people_sharing_a_phone_are_proposed() -> None:
    shared = [("local-1", "Person", "phone", "phone:+351912345678", ["pt"])]
    props = identifier_proposals("imported-1", "Person", ["pt"], shared)
    assert [(p.local_id, p.kind) for p in props] == [("local-1", "identifier")]
    assert "+351912345678" in props[0].reason


def test_calls_sharing_a_caller_number_are_not_proposed() -> None:
    shared = [("call-local", "Call", "callerNumber", "phone:+593963007741", [])]
    assert identifier_proposals("call-imported", "Call", [], shared) == []
    assert identifier_proposals("p1", "Person", [], shared) == []


def test_events_and_links_are_occurrences() -> None:
    assert not identity_bearing("Call")
    assert not identity_bearing("Payment")
    assert not identity_bearing("Seizure")
    assert not identity_bearing("Ownership")
    assert identity_bearing("Person")
    assert identity_bearing("Vessel")
    assert identity_bearing("BankAccount")
    assert identity_bearing("Passport")
