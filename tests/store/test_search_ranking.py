"""Search ranks in SQL exactly as the ranking rule says, checked against a small pure-Python
reading of the rule on random small cases (names with accents and case, phone numbers,
several properties, retracted values, merged entities, candidate limits)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import PASSPHRASE

from casebench.domain.names import fold
from casebench.domain.phones import phone_query
from casebench.services import entities as es
from casebench.services import search
from casebench.services.cases import create_case
from casebench.store import search as store_search
from casebench.store.case import Case
from casebench.store.entities import WHOLE_NUMBER_BELOW
from casebench.store.migrations.m0015_search_in_sql import NAME_PROPS

REGION = "ES"


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    """One case for every example, emptied before each (a case per example takes minutes)."""
    c = create_case(Path(tmp_path_factory.mktemp("rank")) / "rank.casebench", PASSPHRASE, user="tester",
                    title="Ranking", originator_country=REGION.lower())
    yield c
    c.close()


# ---- the rule, read plainly ------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    seq: int
    entity_id: str
    prop: str
    value: str
    match_key: str | None


def _terms(text: str) -> list[tuple[str, bool]]:
    """Every folded word typed: a prefix, or a whole word when it is a short number."""
    return [(w, w.isdigit() and len(w) < WHOLE_NUMBER_BELOW) for w in fold(text).split()]


def _hit(token: str, term: tuple[str, bool]) -> bool:
    word, whole = term
    return token == word if whole else token.startswith(word)


def _words_matched(value: str, terms: list[tuple[str, bool]]) -> tuple[int, int] | None:
    """(words of the folded value some typed word matches, its words), when every typed
    word matches one of its words."""
    tokens = fold(value).split()
    if not all(any(_hit(t, term) for t in tokens) for term in terms):
        return None
    return sum(1 for t in tokens if any(_hit(t, term) for term in terms)), len(tokens)


def _ranked(rows: list[Row], terms: list[tuple[str, bool]], cap: int) -> list[tuple[str, Row, int, int]]:
    """One table's ranking: the matches newest first until they name `cap` entities; each of
    those by its best value among them (more of it matched, then the newest)."""
    found = [(r, m) for r in sorted(rows, key=lambda r: -r.seq)
             if (m := _words_matched(r.value, terms)) is not None][:max(cap, store_search.COUNT_CAP)]
    named: list[str] = []
    read = []
    for r, m in found:
        if r.entity_id not in named:
            named.append(r.entity_id)
        read.append((r, m))
        if len(named) == cap:
            break
    best: dict[str, tuple[Fraction, int, Row, int, int]] = {}
    for r, (hits, words) in read:
        key = (Fraction(hits * hits, words), r.seq, r, hits, words)
        if r.entity_id not in best or key[:2] > best[r.entity_id][:2]:
            best[r.entity_id] = key
    ordered = sorted(best.values(), key=lambda b: (b[0], b[1]), reverse=True)
    return [(b[2].entity_id, b[2], b[3], b[4]) for b in ordered]


def reference(case: Case, text: str, *, limit: int, schema: str | None, count: bool,
              name_cap: int, text_cap: int) -> tuple[list[tuple[str, str, float]], int]:
    conn = case.conn
    live = [Row(*r) for r in conn.execute(
        "SELECT seq, entity_id, prop, value, match_key FROM statements WHERE retracted = 0")]
    merged = dict(conn.execute("SELECT source_id, canonical_id FROM merges WHERE undone_at IS NULL").fetchall())
    kinds = dict(conn.execute("SELECT id, schema FROM entities").fetchall())

    def canonical(eid: str) -> str:
        while eid in merged:
            eid = merged[eid]
        return eid

    terms = _terms(text)
    phone = phone_query(text, REGION)
    tiers: list[tuple[int, list[tuple[str, Row, int, int]]]] = []
    matched: set[str] = set()
    if phone is not None:
        rows = sorted((r for r in live if r.match_key and r.match_key.startswith("phone:") and (
            r.match_key == "phone:" + phone.e164 or r.match_key.endswith(phone.tail))),
            key=lambda r: (r.prop not in store_search.OWN_PHONE_PROPS, -r.seq))
        tiers.append((2, [(r.entity_id, r, 1, 1) for r in rows[:store_search.COUNT_CAP if count else limit]]))
    names = [r for r in live if r.prop in NAME_PROPS]
    values = [r for r in live if r.prop not in NAME_PROPS]
    placed: set[str] = set()
    if terms:
        tiers.append((1, _ranked(names, terms, max(name_cap, 2 * limit))))
        if schema or len({canonical(e) for _, ranked in tiers for e, *_ in ranked}) < limit:
            tiers.append((0, _ranked(values, terms, max(text_cap, 2 * limit))))
    order = []
    for tier, ranked in tiers:
        for eid, row, hits, words in ranked:
            cid = canonical(eid)
            matched.add(cid)
            if cid not in placed:
                placed.add(cid)
                order.append((cid, row.prop, 1000.0 * tier + hits / math.sqrt(words)))
    if count and terms:
        matched |= {canonical(r.entity_id) for r in live if _words_matched(r.value, terms) is not None}
    shown = [o for o in order if not schema or kinds[o[0]] == schema][:limit]
    total = len([c for c in matched if not schema or kinds[c] == schema])
    return shown, max(total, len(shown))


# ---- random small cases ----------------------------------------------------------------

# Few words, so that values share them and entities match several times; the same word
# written with and without accents, in upper and lower case.
WORDS = ["José", "jose", "Josefina", "García", "GARCIA", "Søren", "soren", "N'Diaye", "ndiaye",
         "Straße", "strasse", "da", "Silva", "12", "123", "2024-03"]
PHONES = ["+34 612 345 678", "+34 612 345 679", "+220 771 2345", "+593 99 412 7730"]
PHONE_TYPED = ["612 345 678", "+34612345678", "0034 612-345-679", "2345678", "+220 771 2345", "7712345",
               "412 7730", "345 678"]


@st.composite
def values(draw: st.DrawFn) -> str:
    sep = draw(st.sampled_from([" ", ", ", " - ", "/"]))
    return sep.join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4)))


@st.composite
def an_entity(draw: st.DrawFn) -> es.EntityDraft:
    props = [("name", draw(values()))]
    for prop in draw(st.lists(st.sampled_from(["alias", "notes", "description", "phone"]), max_size=6)):
        props.append((prop, draw(st.sampled_from(PHONES)) if prop == "phone" else draw(values())))
    return es.EntityDraft(draw(st.sampled_from(["Person", "Company"])), props)


@st.composite
def queries(draw: st.DrawFn) -> str:
    # mostly one word, so that several entities match and the candidate limits bite
    how = draw(st.sampled_from(["word", "word", "word", "prefix", "prefix", "words", "phone", "any"]))
    if how == "phone":
        return draw(st.sampled_from(PHONE_TYPED))
    if how == "any":
        return draw(st.text(alphabet="aeijosçãø' 0123-", max_size=8))
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=2 if how == "words" else 1))
    if how == "prefix":
        words = [w[:draw(st.integers(1, len(w)))] for w in words]
    return " ".join(w.upper() if draw(st.booleans()) else w for w in words)


def _empty(case: Case) -> None:
    with case.transaction() as conn:
        for table in ("merges", "entity_tags", "statements", "entities"):
            conn.execute(f"DELETE FROM {table}")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(an_entity(), min_size=4, max_size=12), st.data())
def test_sql_ranking_follows_the_rule(shared: Case, drafts: list[es.EntityDraft], data: st.DataObject) -> None:
    case = shared
    _empty(case)
    ids = [es.add_entity(case, d) for d in drafts]
    # values added later: an entity's matches interleave with other entities'
    for eid, prop, value in data.draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(["alias", "notes"]),
                                                         values()), max_size=4)):
        es.add_values(case, eid, [(prop, value)])
    statements = [s for eid in ids for s in es.get(case, eid).statements]
    for s in data.draw(st.lists(st.sampled_from(statements), max_size=3, unique_by=lambda s: s.id)):
        es.retract(case, s.id, "wrong")
    for src, dst in data.draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=2)):
        try:
            es.merge(case, src, dst, "same")
        except Exception:  # already one, or kinds that do not merge: the case stays as it was
            pass
    text = data.draw(queries())
    limit = data.draw(st.integers(1, 3))
    schema = data.draw(st.sampled_from([None, "Person", "Company"]))
    count = data.draw(st.booleans())
    name_cap, text_cap = data.draw(st.integers(1, 3)), data.draw(st.integers(1, 3))
    with mock.patch.object(store_search, "NAME_CANDIDATES", name_cap), \
            mock.patch.object(store_search, "TEXT_CANDIDATES", text_cap):
        got = store_search.find(case, text, limit=limit, schema=schema, region=REGION, count=count)
    want, total = reference(case, text, limit=limit, schema=schema, count=count, name_cap=name_cap,
                            text_cap=text_cap)
    assert [(h.entity_id, h.prop, round(h.score, 9)) for h in got.hits] == \
        [(e, p, round(s, 9)) for e, p, s in want]
    assert got.total == total


def test_the_reference_reads_the_rule_as_the_examples_of_the_search_tests(case: Case) -> None:
    """The reference agrees with hand-made expectations (a reference that is itself wrong
    would agree with a wrong search)."""
    person = es.add_entity(case, es.EntityDraft("Person", [("name", "Carlos Mendes")]))
    note = es.add_entity(case, es.EntityDraft("Note", [("description", "meeting with Mendes at the port of Praia")]))
    longer = es.add_entity(case, es.EntityDraft("Person", [("name", "Carlos Alberto Mendes Lopes")]))
    want, total = reference(case, "mendes", limit=10, schema=None, count=True, name_cap=100, text_cap=100)
    assert [e for e, _, _ in want] == [person, longer, note] and total == 3
    assert [round(s, 3) for _, _, s in want] == [1000 + round(1 / math.sqrt(2), 3), 1000.5,
                                                 round(1 / math.sqrt(8), 3)]
    assert [h.entity_id for h in search.search(case, "mendes")] == [person, longer, note]
