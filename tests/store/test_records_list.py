"""The entity list, its counts and its pages read compact call records (decision 53): the
same rows for a CDR kept as records as for one kept as statements; records come after
every entity, in file order, whatever the sort order."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.compact_pair import Pair, compact_pair, locator_of
from tests.exchange.formats.cdr import NUMBERS

from casebench.domain.handling import TLP
from casebench.services import entities as svc
from casebench.store import entities as repo
from casebench.store import stats
from casebench.store.case import Case

UNLINKED = NUMBERS[5]  # a number of the file no subscriber holds: calls show it in their caption


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    mp = pytest.MonkeyPatch()
    try:
        with compact_pair(tmp_path_factory.mktemp("pair"), mp) as p:
            yield p
    finally:
        mp.undo()


FILTERS: list[dict[str, Any]] = [
    {}, {"schema": "Call"}, {"schema": ["Call", "Person"]}, {"tag": "cdr"}, {"tlp": TLP.AMBER},
    {"text": f"+34{UNLINKED}"}, {"text": UNLINKED}, {"text": f"+34 {UNLINKED[:3]} {UNLINKED[3:]}"},
    {"schema": "Person"}, {"text": "gomes"}, {"tlp": TLP.RED},
]


def _captions(case: Case, **flt: Any) -> Counter[str]:
    return Counter(r.caption for r in svc.list_entities(case, **flt))


@pytest.mark.parametrize("flt", FILTERS, ids=str)
def test_the_list_and_its_count_read_records_as_entities(pair: Pair, flt: dict[str, Any]) -> None:
    plain, compact = _captions(pair.plain, **flt), _captions(pair.compact, **flt)
    assert compact == plain
    assert svc.count_entities(pair.compact, **flt) == svc.count_entities(pair.plain, **flt) == sum(plain.values())


def test_a_number_typed_in_the_filter_finds_its_calls(pair: Pair) -> None:
    rows = svc.list_entities(pair.compact, text=UNLINKED)
    assert rows and all(r.schema == "Call" and UNLINKED in r.caption for r in rows)
    assert any(r.place is not None for r in rows)


def test_records_follow_the_entities_in_file_order_in_every_order(pair: Pair) -> None:
    for order in ("caption", "schema", "tlp", "created", "id"):
        for descending in (False, True):
            rows = svc.list_entities(pair.compact, order=order, descending=descending)
            kinds = [r.place is not None for r in rows]
            assert kinds == sorted(kinds)  # entities, then records
            held = [r.place for r in rows if r.place is not None]
            assert held == sorted(held) and len(held) == 399  # type: ignore[type-var]
            rows_of = [int(locator_of(pair.compact, r.id).split()[1]) for r in rows[-5:]]
            assert rows_of == sorted(rows_of)
            if order != "caption":  # ties are broken by ids, which differ between the cases
                continue
            entities = [r for r in rows if r.place is None]
            plain_entities = [r for r in svc.list_entities(pair.plain, order=order, descending=descending)
                              if not locator_of(pair.plain, r.id)]
            assert [r.caption for r in entities] == [r.caption for r in plain_entities]


def _pages(case: Case, page: int, **kw: Any) -> Iterator[tuple[int, list[repo.EntitySummary],
                                                                  list[repo.EntitySummary]]]:
    total = svc.count_entities(case, **{k: v for k, v in kw.items() if k not in ("order", "descending")})
    whole = svc.list_entities(case, **kw)
    assert len(whole) == total
    for offset in range(0, total, page):
        yield offset, whole[offset:offset + page], whole


@pytest.mark.parametrize("kw", [{}, {"descending": True}, {"order": "created"}, {"schema": "Call"},
                                {"tag": "cdr"}, {"text": UNLINKED}], ids=str)
def test_every_page_is_the_slice_of_the_whole_list(pair: Pair, kw: dict[str, Any]) -> None:
    case = pair.compact
    flt = {k: v for k, v in kw.items() if k not in ("order", "descending")}
    for page in (7, 50):
        total = svc.count_entities(case, **flt)
        for offset, want, whole in _pages(case, page, **kw):
            # from the nearer end
            assert svc.entity_page(case, offset, page, total, **kw) == want
            assert svc.list_entities(case, limit=page, offset=offset, **kw) == want
            # from the row before it and from the row after it (keyset)
            if offset:
                assert svc.entity_page(case, offset, page, total, after=whole[offset - 1], **kw) == want
            if offset + page < total:
                assert svc.entity_page(case, offset, page, total, before=whole[offset + page], **kw) == want


def test_the_last_page_of_a_long_list_is_read_from_its_end(pair: Pair) -> None:
    case = pair.compact
    total = svc.count_entities(case)
    seen: list[str] = []
    case.conn.set_trace_callback(seen.append)
    try:
        last = svc.entity_page(case, total - 10, 200, total)
    finally:
        case.conn.set_trace_callback(None)
    assert last == svc.list_entities(case)[-10:]
    # the last records read backwards from the end, none skipped
    assert [s for s in seen if "FROM records" in s and "LIMIT" in s] == [
        "SELECT r.run, r.row, r.start, r.end, r.vals FROM records r ORDER BY r.run DESC, r.row DESC LIMIT 10 OFFSET 0"]


def test_counts_info_and_verify_include_records(pair: Pair) -> None:
    for case in (pair.plain, pair.compact):
        assert stats.live_entity_count(case) == 402
        assert svc.count_entities(case) == 402
        assert stats.kept_count_problems(case) == []


def test_a_changed_record_is_listed_once_as_an_entity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with compact_pair(tmp_path, monkeypatch, rows=30) as p:
        case = p.compact
        before = _captions(case)
        held = next(r for r in svc.list_entities(case) if r.place is not None)
        ent = svc.get(case, held.id)
        svc.retract(case, next(s.id for s in ent.statements if s.prop == "duration"), "typo")
        after = svc.list_entities(case)
        assert Counter(r.caption for r in after) == before
        assert [r.place for r in after if r.id == held.id] == [None]  # now among the entities
        assert svc.count_entities(case) == len(after) == svc.count_entities(case, schema="Call") + 2
        assert stats.kept_count_problems(case) == []


def _hits(case: Case, text: str, **kw: Any) -> list[tuple[str, str, str, str]]:
    from casebench.store.search import find

    found = find(case, text, limit=500, region="ES", **kw)
    rows = [(h.schema, h.caption, h.prop, h.snippet) for h in found.hits]
    return [*rows, ("total", str(found.total), str(found.more_than), "")]


@pytest.mark.parametrize("text", [f"+34 {NUMBERS[0]}", NUMBERS[0], f"+34{UNLINKED}", UNLINKED,
                                  f"0034 {UNLINKED}", "Ana Gomes", "Transportes"])
def test_search_finds_calls_kept_as_records_by_their_numbers(pair: Pair, text: str) -> None:
    plain, compact = _hits(pair.plain, text), _hits(pair.compact, text)
    assert compact == plain  # the same hits, in the same order: holders first, then the newest calls
    if any(c.isdigit() for c in text):
        assert any(h[0] == "Call" for h in compact)
    assert _hits(pair.compact, text, schema="Call") == _hits(pair.plain, text, schema="Call")


def test_a_subscribers_number_finds_her_calls_kept_as_records(pair: Pair) -> None:
    """The rule of decision 53's addendum: a record is found by either number, also where its
    caption shows the linked subscriber's name (a call kept as statements is found by its
    caption only), and by the subscriber's name."""
    by_number = {r.id for r in svc.list_entities(pair.compact, text=NUMBERS[0]) if r.place is not None}
    by_name = {r.id for r in svc.list_entities(pair.compact, text="ana gomes") if r.place is not None}
    assert by_number and by_number == by_name
    assert all("Ana Gomes" in r.caption for r in svc.list_entities(pair.compact, text=NUMBERS[0])
               if r.schema == "Call")


def test_search_follows_a_record_changed_into_an_entity(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from casebench.store.search import find

    with compact_pair(tmp_path, monkeypatch, rows=30) as p:
        for case in (p.plain, p.compact):
            call = next(r for r in svc.list_entities(case, schema="Call") if locator_of(case, r.id) == "row 2")
            number = next(s for s in svc.get(case, call.id).statements if s.prop == "callerNumber")
            assert call.id in {h.entity_id for h in find(case, number.value, region="ES").hits}
            svc.retract(case, number.id, "wrong line")
            ids = {h.entity_id for h in find(case, number.value, region="ES").hits}
            assert call.id not in ids
            # the other number still finds it, once, now as an ordinary entity
            other = next(s for s in svc.get(case, call.id).statements if s.prop == "receiverNumber")
            assert [h.entity_id for h in find(case, other.value, region="ES").hits].count(call.id) == 1


def test_verify_names_a_wrong_kept_count_of_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with compact_pair(tmp_path, monkeypatch, rows=10) as p:
        p.compact.conn.execute("UPDATE case_counts SET n = n + 1 WHERE name = 'records'")
        assert stats.kept_count_problems(p.compact) == ["kept count of records is 10, but the case holds 9"]
        assert svc.count_entities(p.compact) == 13  # the kept count, as `info` shows it


def test_the_calls_list_shows_hand_made_calls_then_the_records(pair: Pair) -> None:
    rows = svc.list_entities(pair.compact, schema="Call", order="caption", descending=True)
    assert rows[0].place is None and not locator_of(pair.compact, rows[0].id)  # the hand-made call
    assert all(r.place is not None for r in rows[1:]) and len(rows) == 400


@pytest.mark.parametrize("flt", [{}, {"schema": "Call"}, {"tag": "cdr"}, {"schema": "Person"}], ids=str)
def test_the_ids_of_a_list_are_the_lists_own_in_its_order(pair: Pair, flt: dict[str, Any]) -> None:
    # an export or a pack of the whole case asks only for the ids: the same ones, in the same order
    for order in ("caption", "id"):
        assert repo.list_entity_ids(pair.compact, order=order, **flt) \
            == [r.id for r in repo.list_entities(pair.compact, order=order, **flt)]


def test_a_lists_columns_show_a_records_values_as_an_entitys(pair: Pair) -> None:
    columns = ("duration", "callerNumber", "receiverNumber", "date")

    def shown(case: Case) -> Counter[tuple[str, tuple[tuple[str, str], ...]]]:
        return Counter((r.caption, r.values) for r in repo.list_entities(case, schema="Call", columns=columns))

    compact = shown(pair.compact)
    assert compact == shown(pair.plain)
    records = [r for r in repo.list_entities(pair.compact, schema="Call", columns=columns) if r.place is not None]
    assert records and all(r.value("date") and (r.value("callerNumber") or r.value("receiverNumber"))
                           for r in records)  # the values read, not the columns left empty


@pytest.mark.parametrize("flt", [{}, {"schema": "Call"}, {"tag": "cdr"}, {"tlp": TLP.AMBER}], ids=str)
def test_the_list_read_a_page_at_a_time_is_the_whole_list(pair: Pair, flt: dict[str, Any]) -> None:
    # `casebench entity list` prints it so: small pages cross the entities' end into the records
    whole = [r.id for r in svc.list_entities(pair.compact, **flt)]
    assert [r.id for r in svc.iter_entities(pair.compact, chunk=7, **flt)] == whole
    assert len(whole) > 7
