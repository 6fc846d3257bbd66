"""The full-text tables follow every way statements are written, retracted, merged or
loaded in bulk (imports in chunks, FtM and bundles are checked in their own tests)."""

from __future__ import annotations

import pytest
from tests.search_index import index_problems

from casebench.services import entities as es
from casebench.services import search
from casebench.services.bulk import add_entities
from casebench.store import index_triggers
from casebench.store.case import Case


def _ids(case: Case, text: str) -> list[str]:
    return [h.entity_id for h in search.search(case, text)]


def test_values_added_retracted_and_changed_are_found_as_they_stand(case: Case) -> None:
    eid = es.add_entity(case, es.EntityDraft("Person", [("name", "Søren N'Diaye"), ("notes", "lives on Karl Straße")]))
    es.add_values(case, eid, [("alias", "El Danés")])
    assert _ids(case, "strasse") == _ids(case, "ndiaye") == _ids(case, "danes") == [eid]
    alias = next(s for s in es.get(case, eid).statements if s.prop == "alias")
    es.retract(case, alias.id, "wrong")
    assert _ids(case, "danes") == []
    # a value changed in place (no command does it; a repair might): old words gone, new found
    case.conn.execute("UPDATE statements SET value = 'lives in Porto' WHERE entity_id = ? AND prop = 'notes'",
                      (eid,))
    assert _ids(case, "strasse") == [] and _ids(case, "porto") == [eid]
    assert index_problems(case) == []


def test_merged_entities_are_found_once_under_the_entity_they_are_in(case: Case) -> None:
    a = es.add_entity(case, es.EntityDraft("Person", [("name", "Ousman Jallow")]))
    b = es.add_entity(case, es.EntityDraft("Person", [("name", "O. Jallow"), ("alias", "Tounkara")]))
    es.merge(case, b, a, "same passport")
    assert _ids(case, "jallow") == [a] and _ids(case, "tounkara") == [a]
    found = search.find(case, "jallow")
    assert (found.total, found.has_more) == (1, False)
    es.unmerge(case, b)
    assert sorted(_ids(case, "jallow")) == sorted([a, b]) and _ids(case, "tounkara") == [b]
    assert index_problems(case) == []


def test_a_bulk_load_fills_the_tables_in_one_pass_and_puts_the_triggers_back(case: Case) -> None:
    before = es.add_entity(case, es.EntityDraft("Person", [("name", "Ana Vera")]))
    triggers = dict(case.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    # the insert triggers have the shape a load replays set-wise (else they fire per row)
    assert index_triggers.replay_sql(triggers["search_names_ai"]) is not None
    assert index_triggers.replay_sql(triggers["search_values_ai"]) is not None
    add_entities(case, (es.EntityDraft("Person", [("name", f"Vera {i}"), ("notes", f"seen in Vigo {i}")])
                        for i in range(300)), total=300)
    assert dict(case.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()) == triggers
    assert search.find(case, "vera").total == 301 and search.find(case, "vigo").total == 300
    assert _ids(case, "ana")[:1] == [before]
    assert index_problems(case) == []


def test_a_bulk_load_that_fails_leaves_tables_and_triggers_as_they_were(case: Case) -> None:
    es.add_entity(case, es.EntityDraft("Person", [("name", "Ana Vera")]))
    triggers = dict(case.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())

    def drafts() -> object:
        yield es.EntityDraft("Person", [("name", "Vera Uno")])
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        add_entities(case, drafts(), total=2)  # type: ignore[arg-type]
    assert dict(case.conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()) == triggers
    assert search.find(case, "vera").total == 1
    assert index_problems(case) == []


def test_a_value_changed_or_retracted_within_a_bulk_load_is_indexed_as_the_load_leaves_it(case: Case) -> None:
    from casebench.domain.handling import Handling
    from casebench.domain.model import Provenance
    from casebench.store import bulk_links

    items = [bulk_links.LocatedEntity(bulk_links.new_id(), "Person", f"Vera {i}", Handling(), "",
                                      [("name", f"Vera {i}", f"Vera {i}", None, None, None)]) for i in range(2)]
    with bulk_links.bulk_load(case):
        bulk_links.insert_located(case, items, Provenance(author="tester"))
        case.conn.execute("UPDATE statements SET value = 'Vera Cruz' WHERE entity_id = ?", (items[0].id,))
        case.conn.execute("UPDATE statements SET retracted = 1 WHERE entity_id = ?", (items[1].id,))
    assert _ids(case, "cruz") == [items[0].id] and _ids(case, "vera") == [items[0].id]
    assert index_problems(case) == []
