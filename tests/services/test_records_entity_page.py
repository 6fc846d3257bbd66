"""The entity page reads compact call records (decision 53) as it reads the same calls kept
as statements: a call's values with their provenance, and a subscriber's calls under
'referred by' (links)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.compact_pair import compact_pair, locator_of

from casebench.domain.model import Entity
from casebench.services import entities as svc
from casebench.services import entity_links
from casebench.store.case import Case


def _call_at(case: Case, row: str) -> str:
    """The id of the call imported from ``row`` (a linked one)."""
    for r in svc.list_entities(case, schema="Call"):
        if locator_of(case, r.id) == row:
            return r.id
    raise AssertionError(row)


def _page(case: Case, eid: str, names: dict[str, str]) -> tuple[Any, ...]:
    """What the page shows, a linked subscriber's id read as its name (``names``)."""
    named = entity_links.show_named(case, eid)
    ent: Entity = named.entity
    return (ent.schema, ent.caption, ent.tlp, tuple(ent.tags),
            tuple((s.prop, names.get(s.value, s.value), s.original, s.provenance.author,
                   s.provenance.locator, s.provenance.source_exhibit is not None,
                   s.provenance.grade, s.tlp, s.retracted) for s in ent.statements),
            sorted((n.kind, n.name) for n in named.names.values()))


def _links(case: Case, eid: str) -> list[Any]:
    out = []
    for g in entity_links.links_of(case, eid).groups:
        out.append((g.kind, g.count, [(c.schema, c.name, c.count, c.outgoing, c.incoming,
                                       sorted(locator_of(case, v) for v in c.via)) for c in g.entries]))
    return out


def test_a_call_kept_as_a_record_shows_as_the_same_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with compact_pair(tmp_path, monkeypatch, rows=120) as pair:
        names = [{ids[side]: n for n, ids in pair.people.items()} for side in (0, 1)]
        ana = pair.people["Ana Gomes"]
        linked = [r for r in svc.list_entities(pair.compact, text="Ana Gomes") if r.schema == "Call"]
        assert linked and all(r.place is not None for r in linked)
        for r in linked:
            row = locator_of(pair.compact, r.id)
            assert _page(pair.compact, r.id, names[1]) == _page(pair.plain, _call_at(pair.plain, row), names[0])
        # the subscriber's page lists her calls (referred by), with whom and how many
        compact_links, plain_links = _links(pair.compact, ana[1]), _links(pair.plain, ana[0])
        assert compact_links == plain_links
        assert compact_links[0][0] == "Call" and compact_links[0][1] == len(linked)
