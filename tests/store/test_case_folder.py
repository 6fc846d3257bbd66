"""Opening, locking and refusing cases: each failure has its own plain message."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE

from casebench.services.cases import create_case, open_case
from casebench.store import keyslots
from casebench.store.case import PAGE_SIZE, Case
from casebench.store.errors import (
    CaseExists,
    CaseLocked,
    DamagedCase,
    MissingKeySlot,
    NewerVersion,
    NotACase,
    SlotError,
    WrongPassphrase,
)


def _make(case_path: Path) -> Path:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Mar Azul")
    c.close()
    return case_path


def test_create_writes_the_documented_layout(case_path: Path) -> None:
    _make(case_path)
    manifest = json.loads((case_path / "case.json").read_text())
    assert manifest["format"] == "casebench-case"
    assert manifest["version"] == 1
    assert "title" not in manifest  # the title is case content: it lives encrypted
    assert (case_path / "case.db").stat().st_size % PAGE_SIZE == 0
    assert keyslots.list_slots(case_path) == ["investigator"]
    assert (case_path / "evidence").is_dir()


def test_reopen_with_the_right_passphrase(case_path: Path) -> None:
    _make(case_path)
    with open_case(case_path, PASSPHRASE, user="tester") as c:
        assert c.title == "Mar Azul"
        assert c.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert c.conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_wrong_passphrase(case_path: Path) -> None:
    _make(case_path)
    with pytest.raises(WrongPassphrase) as err:
        Case.open(case_path, "not the passphrase", user="tester")
    assert "incorrect passphrase" in str(err.value)
    assert case_path.name in str(err.value)


def test_not_a_case(tmp_path: Path) -> None:
    folder = tmp_path / "holiday-photos"
    folder.mkdir()
    with pytest.raises(NotACase, match="not a casebench case"):
        Case.open(folder, PASSPHRASE, user="tester")
    (folder / "case.json").write_text('{"format": "something-else"}')
    with pytest.raises(NotACase, match="not a casebench case"):
        Case.open(folder, PASSPHRASE, user="tester")
    with pytest.raises(NotACase, match="no such case folder"):
        Case.open(tmp_path / "missing", PASSPHRASE, user="tester")


def test_newer_case_format(case_path: Path) -> None:
    _make(case_path)
    doc = json.loads((case_path / "case.json").read_text())
    doc["version"] = 99
    (case_path / "case.json").write_text(json.dumps(doc))
    with pytest.raises(NewerVersion, match="newer casebench"):
        Case.open(case_path, PASSPHRASE, user="tester")


def test_newer_database_version(case_path: Path) -> None:
    c = create_case(case_path, PASSPHRASE, user="tester")
    c.conn.execute("PRAGMA user_version = 999")
    c.close()
    with pytest.raises(NewerVersion, match="database version 999"):
        Case.open(case_path, PASSPHRASE, user="tester")


def test_foreign_application_id(case_path: Path) -> None:
    c = create_case(case_path, PASSPHRASE, user="tester")
    c.conn.execute("PRAGMA application_id = 12345")
    c.close()
    with pytest.raises(NotACase, match="not a casebench database"):
        Case.open(case_path, PASSPHRASE, user="tester")


def test_zero_length_database(case_path: Path) -> None:
    _make(case_path)
    (case_path / "case.db").write_bytes(b"")
    with pytest.raises(DamagedCase, match="empty"):
        Case.open(case_path, PASSPHRASE, user="tester")


def test_truncated_database(case_path: Path) -> None:
    _make(case_path)
    db = case_path / "case.db"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) - 1000])
    with pytest.raises(DamagedCase, match="truncated at byte"):
        Case.open(case_path, PASSPHRASE, user="tester")


def test_plaintext_sqlite_database_is_refused(case_path: Path) -> None:
    _make(case_path)
    db = case_path / "case.db"
    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE x(a)")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedCase, match="not encrypted"):
        Case.open(case_path, PASSPHRASE, user="tester")


def _flip(db: Path, where: str) -> int:
    """Flip a bit in the first, middle or last page; the page's number (from 1)."""
    data = bytearray(db.read_bytes())
    pages = len(data) // PAGE_SIZE
    page = {"first": 0, "middle": pages // 2, "last": pages - 1}[where]
    data[page * PAGE_SIZE + 100] ^= 0x01
    db.write_bytes(bytes(data))
    return page + 1


def test_bit_flip_in_the_first_page_is_named_at_open(case_path: Path) -> None:
    _make(case_path)
    page = _flip(case_path / "case.db", "first")
    with pytest.raises(DamagedCase) as err:
        Case.open(case_path, PASSPHRASE, user="tester")
    assert f"page {page}" in str(err.value) and "damaged" in str(err.value)


@pytest.mark.parametrize("where", ["middle", "last"])
def test_bit_flip_in_a_later_page_is_named_by_verify(case_path: Path, where: str) -> None:
    """Open checks the header and the pages it reads (the schema); the whole database's
    pages are checked by verify, which names the damaged one (decision 3)."""
    from casebench.services import entities
    from casebench.services.verify import verify_case

    # values written after the case was made: the later pages hold them, not the schema that
    # every opening reads (a new case's last page may be a schema page, damage named at open)
    with Case.open(_make(case_path), PASSPHRASE, user="tester") as case:
        entities.add_entity(case, entities.EntityDraft("Note", [("name", "Seizure report"),
                                                                ("description", "x " * 20_000)]))
    page = _flip(case_path / "case.db", where)
    with Case.open(case_path, PASSPHRASE, user="tester") as case:
        for quick in (True, False):
            problems = verify_case(case, quick=quick).problems
            assert any(f"case.db is damaged at page {page}" in p for p in problems), problems


def test_missing_key_slot(case_path: Path) -> None:
    _make(case_path)
    (case_path / "keys" / "investigator.age").unlink()
    with pytest.raises(MissingKeySlot, match="no key slot"):
        Case.open(case_path, PASSPHRASE, user="tester")
    with pytest.raises(MissingKeySlot, match="'recovery' does not exist"):
        Case.open(case_path, PASSPHRASE, user="tester", slot="recovery")


def test_damaged_key_slot(case_path: Path) -> None:
    _make(case_path)
    (case_path / "keys" / "investigator.age").write_bytes(b"garbage")
    with pytest.raises(DamagedCase, match="key slot damaged"):
        Case.open(case_path, PASSPHRASE, user="tester")


def test_case_open_elsewhere_is_locked(case_path: Path) -> None:
    c = create_case(case_path, PASSPHRASE, user="tester")
    try:
        with pytest.raises(CaseLocked, match="already open"):
            Case.open(case_path, PASSPHRASE, user="tester")
    finally:
        c.close()
    Case.open(case_path, PASSPHRASE, user="tester").close()  # released on close


def test_lock_is_released_when_the_process_dies(case_path: Path) -> None:
    import subprocess
    import sys

    _make(case_path)
    code = (
        "import os,sys; os.environ['CASEBENCH_TEST_SCRYPT_LOG_N']='10';"
        "from casebench.store.case import Case;"
        f"c=Case.open({str(case_path)!r}, {PASSPHRASE!r}, user='x'); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    Case.open(case_path, PASSPHRASE, user="tester").close()


def test_create_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "x.casebench"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")
    with pytest.raises(CaseExists):
        create_case(folder, PASSPHRASE, user="tester")
    assert (folder / "notes.txt").read_text() == "keep me"


def test_slots_add_remove_and_passwd_never_rewrite_the_database(case_path: Path) -> None:
    c = create_case(case_path, PASSPHRASE, user="tester")
    c.close()
    db_before = (case_path / "case.db").read_bytes()
    with Case.open(case_path, PASSPHRASE, user="tester") as c:
        c.add_slot("recovery", "supervisor secret")
        with pytest.raises(CaseExists):
            c.add_slot("recovery", "again")
        c.change_passphrase("new investigator phrase")
        # audit writes touch the db; the key material does not change
        key_before = c.secrets.db_key
    with Case.open(case_path, "supervisor secret", user="boss") as c:
        assert c.slot == "recovery"
        assert c.secrets.db_key == key_before
        c.remove_slot("investigator")
        with pytest.raises(SlotError, match="last one"):
            c.remove_slot("recovery")
    with pytest.raises(WrongPassphrase):
        Case.open(case_path, "new investigator phrase", user="tester")
    # the database file was never re-encrypted: its first page (salt) is unchanged
    assert (case_path / "case.db").read_bytes()[:16] == db_before[:16]


def test_no_sqlcipher_noise_on_stderr(case_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    _make(case_path)
    db = case_path / "case.db"
    data = bytearray(db.read_bytes())
    data[200] ^= 0xFF
    db.write_bytes(bytes(data))
    with pytest.raises(DamagedCase):
        Case.open(case_path, PASSPHRASE, user="tester")
    _out, err = capfd.readouterr()
    assert err == ""


def test_keyslot_decrypts_with_the_age_command(case_path: Path) -> None:
    """docs/case-format.md: `age -d keys/investigator.age` gives the slot's JSON."""
    import shutil

    age = shutil.which("age")
    if age is None:
        pytest.skip("the age command is not installed")
    import pty
    import select

    _make(case_path)
    pid, fd = pty.fork()
    if pid == 0:  # child: age reads the passphrase from the terminal
        os.execv(age, [age, "-d", str(case_path / "keys" / "investigator.age")])
    out = b""
    sent = False
    while True:
        ready, _, _ = select.select([fd], [], [], 20)
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if not sent and b"passphrase" in out.lower():
            os.write(fd, PASSPHRASE.encode() + b"\n")
            sent = True
    os.waitpid(pid, 0)
    assert b'"db_key"' in out and b"AGE-SECRET-KEY-1" in out


def test_case_files_are_owner_only(case_path: Path) -> None:
    import stat

    _make(case_path)
    for p in (case_path, case_path / "keys", case_path / "evidence"):
        assert stat.S_IMODE(p.stat().st_mode) == 0o700, p
    for p in (case_path / "case.db", case_path / "keys" / "investigator.age"):
        assert stat.S_IMODE(p.stat().st_mode) & 0o077 == 0, p


def test_a_typo_in_the_parent_folder_creates_nothing(tmp_path: Path) -> None:
    from casebench.store.errors import CaseError

    target = tmp_path / "no-such-dir" / "x.casebench"
    with pytest.raises(CaseError, match="does not exist"):
        create_case(target, PASSPHRASE, user="tester")
    assert not (tmp_path / "no-such-dir").exists()


def test_a_file_is_not_a_case_folder(tmp_path: Path) -> None:
    f = tmp_path / "notes.txt"
    f.write_text("x")
    with pytest.raises(NotACase, match="file, not a case folder"):
        Case.open(f, PASSPHRASE, user="tester")


def test_the_consultation_record_outlives_a_process_killed_while_the_case_is_open(case_path: Path) -> None:
    """The opening's audit record is committed without waiting for the disk (decision NN):
    a process that dies with the case open, before any checkpoint, still leaves it."""
    import subprocess
    import sys

    from casebench.services import audit

    _make(case_path)
    code = (
        "import os; os.environ['CASEBENCH_TEST_SCRYPT_LOG_N']='10';"
        "from casebench.services.cases import open_case;"
        f"c=open_case({str(case_path)!r}, {PASSPHRASE!r}, user='killed'); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTEST_CURRENT_TEST": "x"})
    with open_case(case_path, PASSPHRASE, user="tester") as case:
        opened = [(r.user, r.action) for r in audit.records(case, category="consultation")]
        assert ("killed", "case opened") in opened and ("tester", "case opened") in opened
        assert audit.verify(case) == []
        # and the session's own changes are still synced: the setting is back to FULL
        assert case.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
