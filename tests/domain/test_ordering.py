"""Natural order of names and paths: digits count as numbers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from casebench.domain.ordering import natural_key


def test_numbers_sort_by_value() -> None:
    assert sorted(["f100", "f10", "f2", "f1", "F3"], key=natural_key) == ["f1", "f2", "F3", "f10", "f100"]
    assert sorted(["img-2/a", "img-10/a", "img-1/b"], key=natural_key) == ["img-1/b", "img-2/a", "img-10/a"]


@given(st.lists(st.text(alphabet="ab1290-/ ", max_size=8)))
def test_any_names_sort_and_numbers_keep_their_value(names: list[str]) -> None:
    ordered = sorted(names, key=natural_key)  # never a str-int comparison error
    assert sorted(ordered) == sorted(names)
    assert sorted(names, key=natural_key) == sorted(reversed(names), key=natural_key)  # a total order


@given(st.integers(0, 10**6), st.integers(0, 10**6))
def test_prefix_then_number(a: int, b: int) -> None:
    assert (natural_key(f"f{a}") < natural_key(f"f{b}")) == (a < b)
