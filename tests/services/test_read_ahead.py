"""Rows planned on a second thread reach the import in order, failures where they happened,
and nothing keeps running once the import stops."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebench.services.read_ahead import read_ahead


class Unreadable(Exception):
    pass


def _rows(n: int, fail_at: int | None = None) -> Iterator[int]:
    for i in range(n):
        if i == fail_at:
            raise Unreadable(f"row {i}")
        yield i


@settings(max_examples=60, deadline=None)
@given(n=st.integers(0, 2000), batch=st.integers(1, 300), depth=st.integers(1, 8))
def test_every_row_arrives_once_in_order(n: int, batch: int, depth: int) -> None:
    with read_ahead(_rows(n), batch=batch, depth=depth) as rows:
        assert list(rows) == list(range(n))


@settings(max_examples=40, deadline=None)
@given(data=st.data(), batch=st.integers(1, 50))
def test_a_failure_comes_after_every_row_before_it(data: st.DataObject, batch: int) -> None:
    n = data.draw(st.integers(1, 500))
    fail_at = data.draw(st.integers(0, n - 1))
    got: list[int] = []
    with pytest.raises(Unreadable, match=f"row {fail_at}$"), read_ahead(_rows(n, fail_at), batch=batch) as rows:
        for row in rows:
            got.append(row)
    assert got == list(range(fail_at))


def test_stopping_early_stops_the_second_thread() -> None:
    made: list[int] = []

    def endless() -> Iterator[int]:
        i = 0
        while True:
            made.append(i)
            yield i
            i += 1

    before = {t.ident for t in threading.enumerate()}
    with read_ahead(endless(), batch=10, depth=2) as rows:
        for row in rows:
            if row == 25:
                break
        # the caller can come back to the same rows later (a table import's next chunk)
        assert next(rows) == 26
    assert {t.ident for t in threading.enumerate()} <= before
    settled = len(made)
    # at most the queue's worth ahead of the caller: its batches, the one in the caller's
    # hands, the one waiting to be queued and the row being made
    assert settled <= 27 + 10 * (2 + 2) + 1
    assert len(made) == settled  # and nothing more once the block is left


def test_a_failure_in_the_caller_stops_the_second_thread() -> None:
    before = {t.ident for t in threading.enumerate()}
    with pytest.raises(RuntimeError), read_ahead(iter(range(10**9)), batch=100, depth=2) as rows:
        for row in rows:
            if row == 500:
                raise RuntimeError("cancelled")
    assert {t.ident for t in threading.enumerate()} <= before
