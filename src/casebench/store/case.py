"""The case folder: create, open (unlock), lock against other processes, close.

    NAME.casebench/
      case.json   format, version, case id, created_at (no secrets, no title)
      case.db     SQLCipher 4, keyed with a random raw 256-bit key
      keys/*.age  key slots (age passphrase files) holding the case secrets
      evidence/   age-encrypted evidence content
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage
import sqlcipher3

from casebench.store import keyslots, migrations
from casebench.store.atomic import atomic_write_bytes, fsync_dir
from casebench.store.errors import (
    CaseError,
    CaseExists,
    CaseLocked,
    DamagedCase,
    NewerVersion,
    NotACase,
    storage_error,
)
from casebench.store.keyslots import CaseSecrets

CASE_FORMAT = "casebench-case"
CASE_FORMAT_VERSION = 1
APPLICATION_ID = 0x43424E43  # "CBNC": tells a casebench database from any other SQLite file
PAGE_SIZE = 4096
PLAINTEXT_HEADER = b"SQLite format 3\x00"
# Full cipher integrity check at open is O(size); above this we leave it to `verify`.
FULL_CHECK_LIMIT = 256 * 1024 * 1024


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


class _Lock:
    """An exclusive advisory lock on case.lock, released by the OS if we crash."""

    def __init__(self, case_dir: Path) -> None:
        self.path = case_dir / "case.lock"
        self.fh: Any = None

    def acquire(self) -> None:
        fh = open(self.path, "a+b")  # noqa: SIM115 - held for the life of the case
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise CaseLocked(
                self.path.parent,
                "the case is already open in another casebench window or process; close it there first",
            ) from None
        self.fh = fh

    def release(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None


def _connect(db_path: Path, key: bytes) -> Any:
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _configure(conn: Any) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    # Every page read is decrypted and HMAC-checked: a larger cache saves that work.
    conn.execute("PRAGMA cache_size = -65536")


def _check_db_file(case_dir: Path, db_path: Path) -> None:
    if not db_path.is_file():
        raise DamagedCase(case_dir, "case.db is missing")
    size = db_path.stat().st_size
    if size == 0:
        raise DamagedCase(case_dir, "case.db is damaged: the file is empty (0 bytes)")
    with open(db_path, "rb") as fh:
        head = fh.read(16)
    if head == PLAINTEXT_HEADER:
        raise DamagedCase(
            case_dir, "case.db is not encrypted (it has a plain SQLite header); refusing to open it"
        )
    if size % PAGE_SIZE:
        raise DamagedCase(
            case_dir,
            f"case.db is damaged: truncated at byte {size} (not a whole number of {PAGE_SIZE}-byte pages)",
        )


class Case:
    """An open, unlocked case. Use as a context manager or call close()."""

    def __init__(self, path: Path, conn: Any, secrets: CaseSecrets, lock: _Lock, user: str,
                 slot: str) -> None:
        self.path = path
        self.conn = conn
        self._secrets = secrets
        self._lock = lock
        self.user = user
        self.slot = slot
        self._tx_depth = 0
        # What opening did to repair the case after a crash or a restore, in plain words
        # (filled by services.cases.open_case; shown by the CLI and the GUI).
        self.recovery: list[str] = []

    # -- life cycle -----------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, passphrase: str, *, user: str, title: str = "",
               reference: str = "", originator: str = "", originator_country: str = "",
               default_tlp: str = "AMBER", slot: str = "investigator") -> Case:
        path = Path(path)
        if path.exists() and any(path.iterdir()):
            raise CaseExists(path, "a folder with this name already exists and is not empty")
        if not passphrase:
            raise CaseError(path, "the passphrase is empty")
        if not path.parent.is_dir():
            # A typo in the path should not quietly create a folder tree somewhere.
            raise CaseError(path, f"the folder {path.parent} does not exist")
        # Owner-only: everything in here is encrypted, but names and sizes still say something.
        path.mkdir(exist_ok=True, mode=0o700)
        (path / "keys").mkdir(exist_ok=True, mode=0o700)
        (path / "evidence").mkdir(exist_ok=True, mode=0o700)
        case_id = str(uuid.uuid4())
        identity = pyrage.x25519.Identity.generate()
        secrets = CaseSecrets(case_id, os.urandom(32), str(identity))
        lock = _Lock(path)
        lock.acquire()
        try:
            keyslots.write_slot(path, slot, secrets, passphrase)
            (path / "case.db").touch(mode=0o600)
            conn = _connect(path / "case.db", secrets.db_key)
            conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _configure(conn)
            case = cls(path, conn, secrets, lock, user, slot)
            case._migrate()
            with case.transaction():
                case.set_meta("case_id", case_id)
                case.set_meta("created_at", utc_now())
                case.set_meta("title", title)
                case.set_meta("reference", reference)
                case.set_meta("originator", originator)
                case.set_meta("originator_country", originator_country.lower())
                case.set_meta("default_tlp", default_tlp)
                case.set_meta("evidence_recipient", str(identity.to_public()))
            manifest = {"format": CASE_FORMAT, "version": CASE_FORMAT_VERSION, "case_id": case_id,
                        "created_at": utc_now()}
            atomic_write_bytes(path / "case.json", json.dumps(manifest, indent=2).encode() + b"\n")
            fsync_dir(path)
        except BaseException:
            lock.release()
            raise
        from casebench.store import audit

        audit.append(case, "collection", "case created", target=case_id)
        return case

    @classmethod
    def open(cls, path: Path | str, passphrase: str, *, user: str, slot: str | None = None) -> Case:
        path = Path(path)
        read_manifest(path)
        lock = _Lock(path)
        lock.acquire()
        try:
            slot_name, secrets = keyslots.unlock(path, passphrase, slot)
            db_path = path / "case.db"
            _check_db_file(path, db_path)
            try:
                conn = _connect(db_path, secrets.db_key)
            except sqlcipher3.Error as exc:
                raise (storage_error(exc, path) or exc) from None
            try:
                app_id = conn.execute("PRAGMA application_id").fetchone()[0]
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlcipher3.DatabaseError as exc:
                plain = storage_error(exc, path)
                if not isinstance(plain, DamagedCase):  # a full disk, an I/O error: not damage
                    conn.close()
                    raise (plain or exc) from None
                # The slot proved the key, so undecryptable pages are damage: find the first one.
                bad = damaged_pages(conn)
                conn.close()
                where = f"page {bad[0]}" if bad and bad[0] else "page 1"
                raise DamagedCase(
                    path, f"case.db is damaged at {where}: it cannot be decrypted with the case key"
                ) from None
            if app_id != APPLICATION_ID:
                conn.close()
                raise NotACase(path, "case.db is not a casebench database (foreign application id)")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > migrations.latest_version():
                conn.close()
                raise NewerVersion(
                    path,
                    f"the case was made by a newer casebench (database version {version}, "
                    f"this program reads up to {migrations.latest_version()}); update casebench",
                )
            if db_path.stat().st_size <= FULL_CHECK_LIMIT:
                bad = damaged_pages(conn)
                if bad:
                    conn.close()
                    raise DamagedCase(path, f"case.db is damaged at page {bad[0]} ({bad[1]})")
            _configure(conn)
            case = cls(path, conn, secrets, lock, user, slot_name)
            if case.get_meta("case_id") != secrets.case_id:
                conn.close()
                raise NotACase(path, "the key slot belongs to another case")
            case._migrate()
        except BaseException:
            lock.release()
            raise
        return case

    def close(self) -> None:
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None
        self._lock.release()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    # -- secrets and ids ---------------------------------------------------------------
    @property
    def case_id(self) -> str:
        return self._secrets.case_id

    @property
    def evidence_identity(self) -> str:
        return self._secrets.evidence_identity

    @property
    def evidence_recipient(self) -> str:
        return self.get_meta("evidence_recipient") or ""

    @property
    def secrets(self) -> CaseSecrets:
        return self._secrets

    # -- transactions --------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One atomic unit of work; nested calls join the outer transaction."""
        if self._tx_depth:
            self._tx_depth += 1
            try:
                yield self.conn
            finally:
                self._tx_depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.Error as exc:
            raise (storage_error(exc, self.path) or exc) from None
        self._tx_depth = 1
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._tx_depth = 0
            # SQLite has already rolled back after some errors (a full disk): rolling back
            # again would raise "no transaction is active" and hide the real error.
            if self.conn.in_transaction:
                with contextlib.suppress(sqlcipher3.Error):
                    self.conn.execute("ROLLBACK")
            plain = storage_error(exc, self.path, generic=False)
            if plain is None:
                raise
            raise plain from exc
        self._tx_depth = 0

    def _migrate(self) -> None:
        current = self.conn.execute("PRAGMA user_version").fetchone()[0]
        for version, upgrade in migrations.steps():
            if version <= current:
                continue
            with self.transaction():
                upgrade(self.conn)
                self.conn.execute(f"PRAGMA user_version = {version}")

    # -- metadata -------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    @property
    def title(self) -> str:
        return self.get_meta("title") or self.path.stem

    # -- key slots ------------------------------------------------------------------------
    def add_slot(self, name: str, passphrase: str) -> None:
        keyslots.check_slot_name(self.path, name)
        if name in keyslots.list_slots(self.path):
            raise CaseExists(self.path, f"key slot {name!r} already exists")
        keyslots.write_slot(self.path, name, self._secrets, passphrase)
        from casebench.store import audit

        audit.append(self, "alteration", "key slot added", target=name)

    def remove_slot(self, name: str) -> None:
        keyslots.remove_slot(self.path, name)
        from casebench.store import audit

        audit.append(self, "erasure", "key slot removed", target=name)

    def change_passphrase(self, new_passphrase: str, slot: str | None = None) -> None:
        """Rewrite one slot with a new passphrase; the database is not touched."""
        name = slot or self.slot
        if name not in keyslots.list_slots(self.path):
            raise keyslots.MissingKeySlot(self.path, f"key slot {name!r} does not exist")
        keyslots.write_slot(self.path, name, self._secrets, new_passphrase)
        from casebench.store import audit

        audit.append(self, "alteration", "passphrase changed", target=name)


def damaged_pages(conn: Any) -> tuple[int, str] | None:
    """First page failing SQLCipher's HMAC check, or None when all pages are sound."""
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        path = Path(conn.execute("PRAGMA database_list").fetchone()[2]).parent
        plain = storage_error(exc, path)
        if plain is not None and not isinstance(plain, DamagedCase):
            raise plain from None  # a full disk or an I/O error is not damage
        return (0, str(exc))
    for (msg,) in rows:
        text = str(msg)
        digits = "".join(ch if ch.isdigit() else " " for ch in text).split()
        page = int(digits[0]) if digits else 0
        return (page, text)
    return None


def read_manifest(path: Path) -> dict[str, Any]:
    if path.is_file():
        raise NotACase(path, "this is a file, not a case folder (a case is a folder NAME.casebench)")
    if not path.is_dir():
        raise NotACase(path, "no such case folder")
    manifest = path / "case.json"
    if not manifest.is_file():
        raise NotACase(path, "not a casebench case (case.json is missing)")
    try:
        doc = json.loads(manifest.read_text("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise NotACase(path, "not a casebench case (case.json is not valid JSON)") from None
    if not isinstance(doc, dict) or doc.get("format") != CASE_FORMAT:
        raise NotACase(path, "not a casebench case (case.json has another format)")
    version = doc.get("version")
    if not isinstance(version, int) or version > CASE_FORMAT_VERSION:
        raise NewerVersion(
            path, f"the case was made by a newer casebench (case format {version}); update casebench"
        )
    return doc


def sqlcipher_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
