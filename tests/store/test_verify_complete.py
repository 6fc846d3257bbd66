"""`verify` checks every key slot, case.json against the database, and lists stray files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebench.services.cases import open_case
from casebench.services.verify import verify_case
from casebench.store import keyslots
from casebench.store.case import Case
from casebench.store.errors import DamagedCase, WrongPassphrase

from ..conftest import PASSPHRASE

SECOND = "a second, different passphrase"


def _flip_b64(data: bytes, start: bytes) -> bytes:
    """Change the first base64 character after `start` in the age header."""
    i = data.index(start) + len(start)
    ch = data[i:i + 1]
    return data[:i] + (b"B" if ch != b"B" else b"C") + data[i + 1:]


def _reopen(path: Path, passphrase: str = PASSPHRASE) -> Case:
    return open_case(path, passphrase, user="tester")


def test_clean_case_verifies_through_slot_changes(case: Case) -> None:
    case.add_slot("recovery", SECOND)
    case.change_passphrase("a third passphrase for the slot", "recovery")
    assert verify_case(case).ok, verify_case(case).problems
    case.remove_slot("recovery")
    report = verify_case(case)
    assert report.ok, report.problems
    assert "key slots (structure and recorded digests)" in report.checked


@pytest.mark.parametrize("where", [b"-> scrypt ", b"\n-> scrypt ", b"---"])
def test_altered_slot_reads_differently_from_wrong_passphrase(case: Case, where: bytes) -> None:
    case.add_slot("recovery", SECOND)
    path = case.path
    case.close()
    slot = path / "keys" / "recovery.age"
    data = slot.read_bytes()
    if where == b"\n-> scrypt ":  # the wrapped key: the line after the stanza
        stanza_end = data.index(b"\n", data.index(b"-> scrypt ")) + 1
        altered = data[:stanza_end] + (b"B" if data[stanza_end:stanza_end + 1] != b"B" else b"C") \
            + data[stanza_end + 1:]
    elif where == b"---":
        altered = _flip_b64(data, b"--- ")
    else:
        altered = _flip_b64(data, where)
    slot.write_bytes(altered)
    # A flipped salt or wrapped key cannot be told from a wrong passphrase by the slot
    # alone; a flipped MAC can.
    expected = DamagedCase if where == b"---" else WrongPassphrase
    with pytest.raises(expected):
        open_case(path, SECOND, user="tester", slot="recovery")
    case = _reopen(path)  # the other slot opens, and says what happened to this one
    try:
        assert any("keys/recovery.age: key slot altered or damaged" in n for n in case.recovery)
        problems = verify_case(case).problems
        assert any(p.startswith("keys/recovery.age: key slot altered or damaged") for p in problems)
    finally:
        case.close()


def test_slot_replaced_by_text_and_missing_slot(case: Case) -> None:
    case.add_slot("recovery", SECOND)
    case.add_slot("backup", SECOND)
    (case.path / "keys" / "recovery.age").write_text("not a key, just text\n")
    (case.path / "keys" / "backup.age").unlink()
    problems = verify_case(case).problems
    assert "keys/recovery.age: key slot damaged: not an age file" in problems
    assert "keys/backup.age: key slot missing (case.db records it)" in problems


def test_slot_added_outside_casebench(case: Case) -> None:
    keyslots.write_slot(case.path, "intruder", case.secrets, "whatever")
    problems = verify_case(case).problems
    assert "keys/intruder.age: key slot unknown to case.db (added outside casebench?)" in problems


def test_case_json_and_stray_files(case: Case) -> None:
    manifest = case.path / "case.json"
    doc = json.loads(manifest.read_text())
    doc["case_id"] = "00000000-0000-4000-8000-000000000000"
    manifest.write_text(json.dumps(doc))
    (case.path / "notes.txt").write_text("x")
    (case.path / "keys" / "readme").write_text("x")
    problems = verify_case(case).problems
    assert any(p.startswith("case.json: case id '00000000-0000-4000-8000-000000000000' differs")
               for p in problems), problems
    assert "notes.txt: stray file in the case folder (not part of the case)" in problems
    assert "keys/readme: stray file (not a key slot)" in problems


def test_case_from_before_slot_digests_gets_them_once(case: Case) -> None:
    path = case.path
    with case.transaction():
        case.conn.execute("DELETE FROM meta WHERE key LIKE 'slot_digest:%'")
    case.close()
    case = _reopen(path)
    try:
        assert set(keyslots.recorded_digests(case)) == {"investigator"}
        assert verify_case(case).ok
    finally:
        case.close()
