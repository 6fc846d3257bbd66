"""Verify names damaged content by exhibit and file; the custody chain names edits and deletions."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebench.services import evidence
from casebench.services.verify import verify_case
from casebench.store.case import Case
from casebench.store.custody import CustodyDraft
from casebench.store.errors import CaseError

from .conftest import stored_path


def _drop_guards(case: Case) -> None:
    case.conn.execute("DROP TRIGGER custody_no_update")
    case.conn.execute("DROP TRIGGER custody_no_delete")


def _history(case: Case, ref: str) -> None:
    for draft in (
        CustodyDraft(
            "seize",
            at="2024-03-11T14:05+01:00",
            to_person="Agente 4471",
            to_org="UDYCO",
            place="Vigo",
            country="es",
            authority="Auto 117/2024",
        ),
        CustodyDraft("seal", at="2024-03-11T15:00+01:00", seal_after="ES-0042117"),
        CustodyDraft(
            "transfer",
            at="2024-03-14T09:30+00:00",
            from_org="UDYCO",
            to_org="PJ Lisboa",
            place="Lisboa",
            country="pt",
            seal_before="ES-0042117",
            seal_after="ES-0042117",
            purpose="JIT analysis",
        ),
    ):
        evidence.add_custody(case, ref, draft)


def test_flipped_byte_is_named(case: Case, exhibit: str, tree: Path) -> None:
    evidence.intake(case, exhibit, [tree])
    assert verify_case(case).ok
    f = next(f for f in evidence.content_files(case, exhibit) if f.name == "big.bin")
    path = stored_path(case, f.blob_id)  # the pack of the intake's small files
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    report = verify_case(case)
    assert not report.ok
    assert any(
        "exhibit MA-EX-010" in p and "'extraction/media/big.bin'" in p and "damaged" in p
        for p in report.problems
    ), report.problems
    # only the file the damaged chunk holds is named: the others in the pack are intact
    assert [p for p in report.problems if "damaged" in p] == [
        p for p in report.problems if "big.bin" in p and "damaged" in p]
    last = evidence.custody_events(case, exhibit)[-1]
    assert last.event == "examine" and last.matched is False
    with pytest.raises(CaseError, match=r"big\.bin"):
        evidence.extract(case, exhibit, case.path.parent / "out", "court", file_name="big.bin")
    assert not (case.path.parent / "out" / "big.bin").exists()


def test_missing_blob_is_named(case: Case, exhibit: str, tree: Path) -> None:
    evidence.intake(case, exhibit, [tree])
    f = next(f for f in evidence.content_files(case, exhibit) if f.name == "empty.dat")
    stored_path(case, f.blob_id).unlink()
    problems = verify_case(case, exhibit=exhibit).problems
    assert any("'extraction/empty.dat'" in p and "missing" in p for p in problems), problems


def test_verify_records_examine(case: Case, exhibit: str, tree: Path) -> None:
    evidence.intake(case, exhibit, [tree], md5=True)
    result = evidence.verify_evidence(case, exhibit)
    assert result.problems == [] and result.files == 5
    ev = evidence.custody_events(case, exhibit)[-1]
    assert ev.event == "examine" and ev.matched is True and ev.hash_before == ev.hash_after


def test_custody_is_append_only(case: Case, exhibit: str) -> None:
    _history(case, exhibit)
    import sqlcipher3

    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        case.conn.execute("UPDATE custody_events SET place = 'x'")
    with pytest.raises(sqlcipher3.DatabaseError, match="append-only"):
        case.conn.execute("DELETE FROM custody_events")
    assert evidence.custody_problems(case) == []


def test_edited_event_is_named(case: Case, exhibit: str) -> None:
    _history(case, exhibit)
    _drop_guards(case)
    case.conn.execute("UPDATE custody_events SET to_org = 'Someone else' WHERE seq = 2")
    problems = verify_case(case).problems
    assert any(
        "exhibit MA-EX-010" in p and "custody event 2 (seal" in p and "altered" in p
        for p in problems
    ), problems


def test_deleted_event_is_named(case: Case, exhibit: str) -> None:
    _history(case, exhibit)
    _drop_guards(case)
    case.conn.execute("DELETE FROM custody_events WHERE seq = 2")
    problems = evidence.custody_problems(case, exhibit)
    assert problems == [
        "exhibit MA-EX-010: custody event 2 was deleted "
        "(the chain breaks before custody event 3 (transfer, 2024-03-14T09:30Z))"
    ]


def test_deleted_newest_event_is_named(case: Case, exhibit: str) -> None:
    _history(case, exhibit)
    _drop_guards(case)
    case.conn.execute("DELETE FROM custody_events WHERE seq = 3")
    assert evidence.custody_problems(case, exhibit) == [
        "exhibit MA-EX-010: the newest custody event 3 was deleted"
    ]


def test_bad_custody_input(case: Case, exhibit: str) -> None:
    with pytest.raises(CaseError, match="unknown custody event"):
        evidence.add_custody(case, exhibit, CustodyDraft("teleport"))
    with pytest.raises(CaseError, match="custody event time"):
        evidence.add_custody(case, exhibit, CustodyDraft("seal", at="yesterday-ish"))
    with pytest.raises(CaseError, match="no exhibit"):
        evidence.add_custody(case, "NOPE", CustodyDraft("seal"))
