"""Natural order of paths (digits count as numbers) and the reading order of names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from casebench.domain.names import fold
from casebench.domain.ordering import name_key, natural_key


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


def test_names_sort_as_a_reader_orders_them() -> None:
    names = ["Zoe Mendes", "José Silva", "João Silva", "émile Durand", "Álvaro Gómez", "alvaro gomez",
             "Søren Kierkegaard", "Sophie Martin", "N'Diaye Awa", "Nadia Benali", "zé carlos"]
    assert sorted(names, key=name_key) == [
        "alvaro gomez", "Álvaro Gómez", "émile Durand", "João Silva", "José Silva", "Nadia Benali",
        "N'Diaye Awa", "Sophie Martin", "Søren Kierkegaard", "zé carlos", "Zoe Mendes"]


_LETTERS = "abcdeilnorsuzçñøæßáàâãéèêíóôõúüAEIOUZÇÑØÆÁÉÍÓÚ '-."


@given(st.lists(st.text(alphabet=_LETTERS, max_size=12)))
def test_any_names_sort_the_same_whatever_order_they_came_in(names: list[str]) -> None:
    ordered = sorted(names, key=name_key)
    assert sorted(ordered) == sorted(names)  # nothing lost or added
    assert sorted(reversed(names), key=name_key) == ordered  # a total order: ties broken by the text
    assert ordered == sorted(ordered, key=name_key)


@given(st.text(alphabet=_LETTERS, max_size=12), st.text(alphabet=_LETTERS, max_size=12))
def test_case_and_accents_do_not_move_a_name_past_another(a: str, b: str) -> None:
    """Upper case or an accent changes a name's place only among names that read the same."""
    plain_a, plain_b = fold(a), fold(b)
    if plain_a != plain_b:
        for variant in (a.upper(), a.lower(), fold(a)):
            assert (name_key(variant) < name_key(b)) == (plain_a < plain_b), (variant, b)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=10),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=1, max_size=10))
def test_plain_lower_case_names_keep_the_alphabet(a: str, b: str) -> None:
    if " ".join(a.split()) != " ".join(b.split()):
        assert (name_key(a) < name_key(b)) == (" ".join(a.split()) < " ".join(b.split()))
