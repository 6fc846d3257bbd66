"""The counts `info` shows are kept by the database through every write, and `verify`
notices when they are wrong."""

from __future__ import annotations

from casebench.services import cases
from casebench.services.bulk import add_entities
from casebench.services.entities import (
    EntityDraft,
    add_entity,
    add_values,
    count_entities,
    get,
    merge,
    retract,
    unmerge,
)
from casebench.services.verify import verify_case
from casebench.store import stats
from casebench.store.case import Case


def counted(case: Case) -> tuple[int, int, int]:
    """(statements, entities, audit records) counted the slow way."""
    conn = case.conn
    return (conn.execute("SELECT count(*) FROM statements WHERE retracted = 0").fetchone()[0],
            conn.execute("SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM merges m"
                         " WHERE m.source_id = e.id AND m.undone_at IS NULL)").fetchone()[0],
            conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def shown(case: Case) -> tuple[int, int, int]:
    info = cases.case_info(case)
    return info.statements, info.entities, info.audit_records


def test_counts_follow_adds_bulk_loads_retractions_and_merges(case: Case) -> None:
    assert shown(case) == counted(case)
    ana = add_entity(case, EntityDraft("Person", [("name", "Ana Gomes"), ("nationality", "pt")]))
    bruno = add_entity(case, EntityDraft("Person", [("name", "Bruno Diallo")]))
    add_values(case, ana, [("phone", "+34 600 111 222")])
    add_entities(case, (EntityDraft("Person", [("name", f"P{i}"), ("phone", f"+3460000{i:04d}")])
                        for i in range(50)), total=50)
    assert shown(case) == counted(case)
    assert shown(case)[1] == 52
    [phone] = [s for s in get(case, ana).statements if s.prop == "phone"]
    retract(case, phone.id, "typo")
    assert shown(case) == counted(case)
    merge(case, bruno, ana, "same person")
    assert shown(case) == counted(case) and count_entities(case) == 51
    unmerge(case, bruno, "not the same")
    assert shown(case) == counted(case) and count_entities(case) == 52
    assert stats.kept_count_problems(case) == []


def test_a_failed_write_leaves_the_counts_right(case: Case) -> None:
    before = shown(case)
    try:
        with case.transaction():
            add_entity(case, EntityDraft("Person", [("name", "Ana Gomes")]))
            raise RuntimeError("cancelled")
    except RuntimeError:
        pass
    assert shown(case) == before == counted(case)


def test_verify_reports_a_wrong_kept_count(case: Case) -> None:
    add_entity(case, EntityDraft("Person", [("name", "Ana Gomes")]))
    assert not [p for p in verify_case(case).problems if "kept count" in p]
    case.conn.execute("UPDATE case_counts SET n = n + 5 WHERE name = 'statements'")
    problems = verify_case(case).problems
    assert any("kept count of statements" in p for p in problems)
