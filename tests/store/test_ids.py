"""Time-ordered ids (UUID version 7): one at a time or many at once, the same ids in form and order."""

from __future__ import annotations

import re

import pytest

from casebench.store import bulk_links
from casebench.store.bulk_links import new_id, new_ids

UUID7 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def _clock_and_sequence(ident: str) -> str:
    return ident[:18]  # 48-bit milliseconds, version, 12-bit sequence


@pytest.mark.parametrize("count", [1, 2, 4095, 4096, 4097, 10_000])
def test_many_ids_at_once_are_those_one_at_a_time_would_be(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    """With the clock standing still (a fast load), a batch takes the same milliseconds and
    sequence numbers as the same number of single calls, carrying into the next millisecond
    after 4,096, and the next id comes after the batch."""
    monkeypatch.setattr(bulk_links.time, "time_ns", lambda: 1_733_000_000_123 * 1_000_000)
    monkeypatch.setattr(bulk_links, "_clock", [0, 0])
    one_by_one = [new_id() for _ in range(count)] + [new_id()]
    monkeypatch.setattr(bulk_links, "_clock", [0, 0])
    batch = [*new_ids(count), new_id()]
    assert [_clock_and_sequence(i) for i in batch] == [_clock_and_sequence(i) for i in one_by_one]
    assert all(UUID7.fullmatch(i) for i in batch)
    assert batch == sorted(batch) and len(set(batch)) == len(batch)
    assert len({i[19:] for i in batch}) == len(batch)  # 62 random bits each


def test_ids_keep_their_order_across_calls_and_a_clock_that_goes_back(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [1_733_000_000_500]
    monkeypatch.setattr(bulk_links.time, "time_ns", lambda: now[0] * 1_000_000)
    made = [*new_ids(3), new_id()]
    now[0] += 7
    made += new_ids(5000)
    now[0] -= 1000  # the clock set back
    made += [new_id(), *new_ids(2), new_id()]
    assert made == sorted(made) and len(set(made)) == len(made)
    assert new_ids(0) == []
