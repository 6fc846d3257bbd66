"""The audit chain names an edited, deleted or reordered record."""

from __future__ import annotations

from casebench.store import audit
from casebench.store.case import Case


def _fill(case: Case, n: int = 6) -> None:
    for i in range(n):
        audit.append(case, "consultation", f"entity viewed {i}", target=f"e{i}")


def test_intact_chain_verifies(case: Case) -> None:
    _fill(case)
    assert audit.verify(case) == []
    recs = audit.records(case)
    assert [r.seq for r in recs] == list(range(1, len(recs) + 1))
    assert recs[1].prev_hash == recs[0].hash


def test_edited_record_is_named(case: Case) -> None:
    _fill(case)
    case.conn.execute("UPDATE audit SET user = 'mallory' WHERE seq = 4")
    problems = audit.verify(case)
    assert any("record 4 was altered" in p for p in problems)


def test_deleted_record_is_named(case: Case) -> None:
    _fill(case)
    case.conn.execute("DELETE FROM audit WHERE seq = 3")
    problems = audit.verify(case)
    assert any("record 3 is missing" in p for p in problems)


def test_reordered_records_are_named(case: Case) -> None:
    _fill(case)
    rows = case.conn.execute("SELECT * FROM audit WHERE seq IN (3, 4) ORDER BY seq").fetchall()
    cols = [d[0] for d in case.conn.execute("SELECT * FROM audit LIMIT 0").description]
    with case.transaction() as conn:
        conn.execute("DELETE FROM audit WHERE seq IN (3, 4)")
        for seq, row in zip((4, 3), rows, strict=True):
            vals = list(row)
            vals[0] = seq
            conn.execute(f"INSERT INTO audit({','.join(cols)}) VALUES ({','.join('?' * len(cols))})", vals)
    problems = audit.verify(case)
    assert any("record 3" in p for p in problems)


def test_removed_newest_records_are_named(case: Case) -> None:
    _fill(case)
    last = case.conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
    case.conn.execute("DELETE FROM audit WHERE seq >= ?", (last - 1,))
    problems = audit.verify(case)
    assert any("were removed" in p for p in problems)


def test_filters(case: Case) -> None:
    _fill(case, 3)
    audit.append(case, "disclosure", "bundle exported", target="partner", justification="MLA 2024/117")
    assert [r.action for r in audit.records(case, category="disclosure")] == ["bundle exported"]
    assert audit.records(case, text="MLA 2024")[0].justification == "MLA 2024/117"


def test_newest_first_pages_keep_their_places_while_records_are_appended(case: Case) -> None:
    _fill(case, 7)
    first = audit.records(case, newest_first=True, limit=3)
    head = first[0].seq
    assert [r.seq for r in first] == [head, head - 1, head - 2]
    _fill(case, 2)  # appended while the list is read
    rest = audit.records(case, newest_first=True, upto=head, limit=100, offset=3)
    assert [r.seq for r in first + rest] == list(range(head, 0, -1))
    assert [r.seq for r in audit.records(case)] == sorted(r.seq for r in audit.records(case, newest_first=True))
    assert [r.action for r in audit.records(case, newest_first=True, text="viewed 1", upto=head)] == ["entity viewed 1"]
