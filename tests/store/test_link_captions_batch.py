"""Relationships named again a batch at a time (`store.entities.name_links`, helper renamebatch)
read exactly as they did when each was named on its own: after a rename, a merge, an unmerge
or an import's naming, over random graphs — several values for one end, ends without a name,
an end named by its number or its account only, values retracted, merged ends and merged
relationships, an unknown link whose end is a call, captions left stale by an older version —
every entity's stored caption, folded caption and TLP are the same as the one-at-a-time way
(kept below as it was) gives. A cancel leaves the case as it was."""

from __future__ import annotations

import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence, Set
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.compact_pair import compact_pair
from tests.conftest import PASSPHRASE

from casebench.domain.handling import TLP, Handling
from casebench.domain.progress import OperationCancelled
from casebench.services import entities as svc
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft, Source
from casebench.store import entities as repo
from casebench.store.case import Case

# -- the one-at-a-time way, as it was before the batches --------------------------------------


def _old_refresh_captions(case: Case, entity_ids: Iterable[str]) -> None:
    ids = list(dict.fromkeys(entity_ids))
    edges: set[str] = set()
    for i in range(0, len(ids), 400):
        part = ids[i:i + 400]
        edges.update(eid for eid, schema in case.conn.execute(
            f"SELECT id, schema FROM entities WHERE id IN ({','.join('?' * len(part))})", part)
            if repo._is_edge(schema))
    changed = [eid for eid in sorted(ids, key=lambda e: e in edges)
               if repo.refresh_caption(case, eid, follow=False)]
    _old_refresh_links_naming(case, [m for eid in changed if eid not in edges
                                     for m in repo._members(case, repo.canonical_id(case, eid))], skip=set(ids))


def _old_refresh_links_naming(case: Case, entity_ids: Sequence[str], *, skip: Set[str] = frozenset(),
                              **_progress: Any) -> None:
    props, kinds = repo._end_props()
    marks = ",".join("?" * len(props))
    linking: dict[str, None] = {}
    for i in range(0, len(entity_ids), 400):
        part = list(entity_ids[i:i + 400])
        linking.update((eid, None) for (eid,) in case.conn.execute(
            f"SELECT DISTINCT s.entity_id FROM statements s JOIN entities e ON e.id = s.entity_id"
            f" WHERE s.prop IN ({marks}) AND s.value IN ({','.join('?' * len(part))}) AND s.retracted = 0"
            f" AND e.schema IN ({','.join('?' * len(kinds))})", [*props, *part, *kinds]))
    for eid in dict.fromkeys(repo.canonical_id(case, e) for e in linking if e not in skip):
        repo.refresh_caption(case, eid, follow=False)


class _Undo(Exception):
    pass


def _stored(case: Case) -> list[tuple[Any, ...]]:
    return case.conn.execute("SELECT id, schema, caption, caption_fold, tlp FROM entities ORDER BY id").fetchall()


def _after(case: Case, op: Callable[[], object]) -> list[tuple[Any, ...]]:
    """What the entities table holds after ``op``; then undone."""
    with pytest.raises(_Undo), case.transaction():
        op()
        seen = _stored(case)
        raise _Undo
    return seen


def _both_ways(case: Case, op: Callable[[], object], monkeypatch: pytest.MonkeyPatch) -> None:
    before = _stored(case)
    batched = _after(case, op)
    assert _stored(case) == before
    with monkeypatch.context() as m:
        m.setattr(repo, "refresh_links_naming", _old_refresh_links_naming)
        m.setattr(repo, "refresh_captions", _old_refresh_captions)
        one_at_a_time = _after(case, op)
    assert batched == one_at_a_time


# -- random graphs -----------------------------------------------------------------------------

NAMES = ["Ana Gomes", "GOMES, Ana", "Sines Reefer", "Transportes Sol SL", "Mamadou Diallo", "Ñandú & Cía"]
PHONES = ["+34612345678", "+34698765432", "+221771234567"]
IBANS = ["ES9121000418450200051332", "DE89370400440532013000", "GB29NWBK60161331926819"]
LEVELS = [TLP.CLEAR, TLP.GREEN, TLP.AMBER, TLP.RED]


def _source(draw: st.DrawFn) -> Source:
    return Source(handling=Handling(tlp=draw(st.sampled_from(LEVELS))))


def _build(case: Case, draw: st.DrawFn) -> tuple[list[str], list[str], list[str]]:
    """Ends (people, companies, accounts) and relationships between them; returns (ends,
    accounts, relationships)."""
    ends = []
    for _ in range(draw(st.integers(2, 5))):
        kind = draw(st.sampled_from(["Person", "Company"]))
        names = draw(st.lists(st.sampled_from(NAMES), max_size=2, unique=True))
        values = [("name", n) for n in names] or [("country", "es")]  # no name: listed by its kind
        ends.append(svc.add_entity(case, EntityDraft(kind, values), _source(draw)))
    accounts = [svc.add_entity(case, EntityDraft("BankAccount", [("iban", iban)]))
                for iban in draw(st.lists(st.sampled_from(IBANS), max_size=2, unique=True))]
    links: list[str] = []
    plain_links: list[str] = []  # what an unknown link may name as its end (not another unknown link)
    for _ in range(draw(st.integers(1, 7))):
        kind = draw(st.sampled_from(["Call", "Payment", "Ownership", "UnknownLink"]))
        schema_ends = {"Call": ("caller", "receiver"), "Payment": ("payer", "beneficiary"),
                       "Ownership": ("owner", "asset"), "UnknownLink": ("subject", "object")}[kind]
        values: list[tuple[str, str]] = []
        for side in schema_ends:
            pool = ends + (plain_links if kind == "UnknownLink" else [])
            values += [(side, e) for e in draw(st.lists(st.sampled_from(pool), max_size=2))]
            if kind == "Call" and draw(st.booleans()):
                values.append((f"{side}Number", draw(st.sampled_from(PHONES))))
            if kind == "Payment" and accounts and draw(st.booleans()):
                values.append((f"{side}Account", draw(st.sampled_from(accounts))))
        if kind in ("Ownership", "UnknownLink") and draw(st.integers(0, 4)) == 0:
            values.append(("role", "nominee"))  # named by its role, not its ends
        if not values:
            values = [("notes", "nothing known of its ends")]
        first, rest = values[:1], values[1:]
        eid = svc.add_entity(case, EntityDraft(kind, first), _source(draw))
        for value in rest:  # values of several sources and levels, in the order drawn
            svc.add_values(case, eid, [value], _source(draw))
        links.append(eid)
        if kind != "UnknownLink":
            plain_links.append(eid)
        held = svc.get(case, eid).statements
        if len(held) > 1 and draw(st.integers(0, 3)) == 0:
            svc.retract(case, draw(st.sampled_from(held[1:])).id, "wrong end")
    return ends, accounts, links


def _merge_some(case: Case, draw: st.DrawFn, ends: list[str], links: list[str]) -> None:
    for pool in (ends, links):
        if len(pool) > 2 and draw(st.booleans()):
            a, b = draw(st.lists(st.sampled_from(pool), min_size=2, max_size=2, unique=True))
            try:
                svc.merge(case, a, b, "same")
            except Exception:  # a person into a company, a call into a payment: refused
                pass


def _stale(case: Case, draw: st.DrawFn, links: list[str]) -> None:
    """Captions and TLPs as an older version left them (named before an end was renamed)."""
    for eid in draw(st.lists(st.sampled_from(links), max_size=3, unique=True)):
        case.conn.execute("UPDATE entities SET caption = 'Old name paid …', tlp = 0 WHERE id = ?", (eid,))


def _operation(case: Case, draw: st.DrawFn, ends: list[str], accounts: list[str],
               links: list[str]) -> Callable[[], object]:
    what = draw(st.sampled_from(["rename", "rename", "merge", "unmerge", "import", "account"]))
    target = draw(st.sampled_from(ends))
    if what == "rename":
        names = [s for s in svc.get(case, target).statements if s.prop == "name"]
        new = draw(st.sampled_from(["Ana Gomes Tavares", "SINES REEFER LDA", "Diallo M."]))
        if names:
            def rename() -> None:
                svc.add_values(case, target, [("name", new)])
                svc.retract(case, names[0].id, "misspelt")
            return rename
        return lambda: svc.add_values(case, target, [("name", new)])  # an end without a name gets one
    if what == "account" and accounts:
        return lambda: svc.add_values(case, accounts[0], [("name", "cuenta nómina")])  # caption: the IBAN still
    if what == "merge":
        other = draw(st.sampled_from(ends))
        return lambda: svc.merge(case, other, target, "same") if repo.canonical_id(case, other) != \
            repo.canonical_id(case, target) and svc.get(case, other).schema == svc.get(case, target).schema else None
    if what == "unmerge":
        merged = [src for (src,) in case.conn.execute("SELECT source_id FROM merges WHERE undone_at IS NULL")]
        if merged:
            src = draw(st.sampled_from(merged))
            return lambda: svc.unmerge(case, src, "not the same")
    chosen = draw(st.lists(st.sampled_from(ends + links), min_size=1, unique=True))
    # an unknown link after the call it names: before it, one at a time read the call's old
    # name (`test_an_unknown_link_named_before_its_call_reads_the_calls_new_name`)
    chosen.sort(key=lambda e: repo.entity_schema(case, e) == "UnknownLink")
    return lambda: repo.refresh_captions(case, chosen)  # an import's naming


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_batched_naming_is_the_one_at_a_time_naming(data: st.DataObject, monkeypatch: pytest.MonkeyPatch) -> None:
    with tempfile.TemporaryDirectory() as folder:
        case = create_case(Path(folder) / "graph.casebench", PASSPHRASE, user="tester")
        try:
            ends, accounts, links = _build(case, data.draw)
            _merge_some(case, data.draw, ends, links)
            _stale(case, data.draw, links)
            _both_ways(case, _operation(case, data.draw, ends, accounts, links), monkeypatch)
        finally:
            case.close()


# -- examples a user meets ---------------------------------------------------------------------


def _calls_to(case: Case, number_holder: str, receivers: list[str], count: int) -> list[str]:
    from casebench.services.bulk import add_entities

    drafts = [EntityDraft("Call", [("caller", number_holder), ("receiver", receivers[i % len(receivers)]),
                                   ("callerNumber", PHONES[0]), ("duration", str(i))]) for i in range(count)]
    add_entities(case, drafts, total=count)
    ids = [eid for (eid,) in case.conn.execute("SELECT id FROM entities WHERE schema = 'Call'")]
    with case.transaction():
        repo.refresh_captions(case, ids)
    return ids


def test_a_holder_of_thousands_of_calls_renamed_names_every_call_and_the_link_to_one_of_them(
        case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    holder = svc.add_entity(case, EntityDraft("Person", [("name", "GOMES, Ana"), ("name", "Ana Gomes")]))
    people = [svc.add_entity(case, EntityDraft("Person", [("name", f"Receiver {i}")])) for i in range(7)]
    calls = _calls_to(case, holder, people, 4500)  # more than one batch
    # an unknown link from the holder to one of the calls: it reads the call's new name too,
    # whichever of the two is found first
    svc.add_entity(case, EntityDraft("UnknownLink", [("subject", holder), ("object", calls[0])]))
    first = next(s for s in svc.get(case, holder).statements if s.value == "GOMES, Ana")
    _both_ways(case, lambda: svc.retract(case, first.id, "as written first"), monkeypatch)
    svc.retract(case, first.id, "as written first")
    listed = Counter(r.caption.split(" called ")[0] for r in svc.list_entities(case, schema="Call"))
    assert listed == {"Ana Gomes": 4500}
    link = svc.list_entities(case, schema="UnknownLink")[0].caption
    assert link.startswith("Ana Gomes linked to Ana Gomes called Receiver ")


def test_cancelling_a_rename_of_a_holder_of_many_calls_leaves_the_case_as_it_was(case: Case) -> None:
    holder = svc.add_entity(case, EntityDraft("Person", [("name", "GOMES, Ana"), ("name", "Ana Gomes")]))
    receiver = svc.add_entity(case, EntityDraft("Person", [("name", "Sines Reefer")]))
    _calls_to(case, holder, [receiver], 4500)
    before = _stored(case)
    first = next(s for s in svc.get(case, holder).statements if s.value == "GOMES, Ana")
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _message: str) -> None:
        seen.append((done, total))

    with pytest.raises(OperationCancelled):
        svc.retract(case, first.id, "as written first", progress=progress, cancelled=lambda: len(seen) >= 2)
    assert _stored(case) == before
    assert not svc.get(case, holder).statements[0].retracted  # the value too: one transaction
    svc.retract(case, first.id, "as written first", progress=progress)
    assert seen[-1] == (4500, 4500)
    assert {r.caption for r in svc.list_entities(case, schema="Call")} == {"Ana Gomes called Sines Reefer"}


def test_records_and_statements_read_the_same_names_after_a_batched_rename(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with compact_pair(tmp_path, monkeypatch, rows=40) as p:
        ids = p.people["Ana Gomes"]
        for case, eid in zip((p.plain, p.compact), ids, strict=True):
            _both_ways(case, lambda c=case, e=eid: svc.add_values(c, e, [("name", "Ana Gomes Tavares")]), monkeypatch)
            svc.add_values(case, eid, [("name", "Ana Gomes Tavares")])
            first = next(s for s in svc.get(case, eid).statements if s.value == "Ana Gomes")
            _both_ways(case, lambda c=case, f=first.id: svc.retract(c, f, "married name"), monkeypatch)
            svc.retract(case, first.id, "married name")
        plain = Counter(r.caption for r in svc.list_entities(p.plain, schema="Call"))
        assert plain == Counter(r.caption for r in svc.list_entities(p.compact, schema="Call"))
        assert any("Ana Gomes Tavares" in c for c in plain)


def test_an_unknown_link_named_before_its_call_reads_the_calls_new_name(case: Case) -> None:
    """One at a time, a relationship whose end is another relationship named in the same pass
    read that one's old or new name depending on which came first (decision 60)."""
    ana = svc.add_entity(case, EntityDraft("Person", [("name", "Ana Gomes")]))
    sines = svc.add_entity(case, EntityDraft("Company", [("name", "Sines Reefer")]))
    call = svc.add_entity(case, EntityDraft("Call", [("caller", ana), ("receiver", sines)]))
    link = svc.add_entity(case, EntityDraft("UnknownLink", [("subject", ana), ("object", call)]))
    case.conn.execute("UPDATE entities SET caption = 'GOMES, Ana called …' WHERE id = ?", (call,))
    with case.transaction():
        repo.refresh_captions(case, [link, call])  # as an import lists them
    assert svc.get(case, link).caption == "Ana Gomes linked to Ana Gomes called Sines Reefer"
