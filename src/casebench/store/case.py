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
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage
import sqlcipher3

from casebench.domain.names import fold
from casebench.store import errors, keyslots, migrations
from casebench.store.age import OpenedIdentity
from casebench.store.atomic import atomic_write_bytes, fsync_dir
from casebench.store.errors import (
    CaseError,
    CaseExists,
    CaseLocked,
    DamagedCase,
    NewerVersion,
    NotACase,
    ReadOnlyCase,
    storage_error,
)
from casebench.store.keyslots import CaseSecrets

CASE_FORMAT = "casebench-case"
CASE_FORMAT_VERSION = 1
APPLICATION_ID = 0x43424E43  # "CBNC": tells a casebench database from any other SQLite file
PAGE_SIZE = 4096
PLAINTEXT_HEADER = b"SQLite format 3\x00"
MANIFEST_LIMIT = 64 * 1024  # case.json is a few lines; more is not ours


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


class _Lock:
    """An advisory lock on case.lock, released by the OS if we crash.

    Writers hold it exclusively. A read-only opening never creates the file: it takes a
    shared lock on it when it exists and can be opened (so no writer works meanwhile),
    and none on a read-only medium where it cannot.
    """

    def __init__(self, case_dir: Path) -> None:
        self.path = case_dir / "case.lock"
        self.fh: Any = None

    def acquire(self, *, shared: bool = False) -> None:
        fh: Any
        if shared:
            try:
                fh = open(self.path, "rb")  # noqa: SIM115 - held for the life of the case
            except OSError:
                return  # no lock file, or one we may not open: nothing to share
        else:
            fh = open(self.path, "a+b")  # noqa: SIM115 - held for the life of the case
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
                fcntl.flock(fh.fileno(), mode | fcntl.LOCK_NB)
        except OSError:
            fh.close()
            raise CaseLocked(
                self.path.parent,
                "the case is already open in another casebench window or process; close it there first",
                code="case.in_use",
            ) from None
        self.fh = fh

    def release(self) -> None:
        if self.fh is not None:
            self.fh.close()
            self.fh = None


def _remove_stale_builds(target: Path) -> None:
    """Remove folders a killed `new` left beside `target` (never one still being built)."""
    prefix = f".{target.name}.tmp-"
    for build in target.parent.iterdir():  # not glob: a name may hold [ or *
        if not build.name.startswith(prefix) or not build.is_dir() or build.is_symlink():
            continue
        lock = _Lock(build)
        try:
            lock.acquire()
        except (CaseError, OSError):
            continue  # another `new` is building it right now
        try:
            shutil.rmtree(build, ignore_errors=True)
        finally:
            lock.release()


def _read_only_folder(path: Path) -> bool:
    """The case folder cannot be written (read-only medium or no permission)."""
    return not os.access(path, os.W_OK) or not os.access(path / "case.db", os.W_OK)


def register_functions(conn: Any) -> None:
    """SQL functions the schema's triggers call: every connection that writes needs them.

    `casebench_fold`: the name index (migration 10) is written in casebench's one folding.
    """
    conn.create_function("casebench_fold", 1, fold, deterministic=True)


def _connect(db_path: Path, key: bytes, *, read_only: bool = False) -> Any:
    if read_only:
        # immutable: SQLite writes nothing (no -shm, no -wal) and takes no locks. Only
        # when no unmerged -wal exists, which immutable would ignore.
        wal = db_path.with_name(db_path.name + "-wal")
        immutable = "&immutable=1" if not (wal.exists() and wal.stat().st_size) else ""
        uri = f"{db_path.resolve().as_uri()}?mode=ro{immutable}"
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")
    register_functions(conn)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


WAL_LIMIT_BYTES = 64 * 1024 * 1024


def _configure(conn: Any, *, read_only: bool = False) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    if not read_only:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not read_only:
        # A bulk load leaves a write-ahead log as large as the pages it wrote (656 MiB after a
        # million statements); without a limit the file keeps that size until the case closes.
        conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
    # Every page read is decrypted and HMAC-checked: a larger cache saves that work.
    conn.execute("PRAGMA cache_size = -65536")


def _check_db_file(case_dir: Path, db_path: Path) -> None:
    if not db_path.is_file():
        raise DamagedCase(case_dir, "case.db is missing", code="case.db_missing")
    size = db_path.stat().st_size
    if size == 0:
        raise DamagedCase(case_dir, "case.db is damaged: the file is empty (0 bytes)", code="case.db_empty")
    with open(db_path, "rb") as fh:
        head = fh.read(16)
    if head == PLAINTEXT_HEADER:
        raise DamagedCase(
            case_dir, "case.db is not encrypted (it has a plain SQLite header); refusing to open it",
            code="case.db_plaintext")
    if size % PAGE_SIZE:
        raise DamagedCase(
            case_dir,
            f"case.db is damaged: truncated at byte {size} (not a whole number of {PAGE_SIZE}-byte pages)",
            code="case.db_truncated", size=size,
        )


class Case:
    """An open, unlocked case. Use as a context manager or call close()."""

    def __init__(self, path: Path, conn: Any, secrets: CaseSecrets, lock: _Lock, user: str,
                 slot: str, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only  # opened read-only: every write is refused
        self.forced_read_only = False  # read-only because the folder cannot be written
        self.conn = conn
        self._secrets = secrets
        self._evidence_key: OpenedIdentity | None = None
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
        """Build the case in a temporary folder beside `path`, then rename it into place.

        A crash or a full disk leaves no half-made case: at worst a hidden
        `.NAME.tmp-*` folder, removed by the next `new` of the same name.
        """
        path = Path(path)
        if path.is_symlink() or path.is_file() or (path.exists() and any(path.iterdir())):
            raise CaseExists(path, "a folder with this name already exists and is not empty",
                             code="case.folder_not_empty")
        if not passphrase:
            raise CaseError(path, "the passphrase is empty", code="passphrase.empty")
        if not path.parent.is_dir():
            # A typo in the path should not quietly create a folder tree somewhere.
            raise CaseError(path, f"the folder {path.parent} does not exist", code="case.no_parent_folder",
                            folder=path.parent)
        try:
            _remove_stale_builds(path)
            # mkdtemp makes it owner-only: everything in here is encrypted, but names and
            # sizes still say something.
            build = Path(tempfile.mkdtemp(prefix=f".{path.name}.tmp-", dir=path.parent))
        except OSError as exc:
            raise (storage_error(exc, path.parent) or exc) from None
        try:
            secrets = cls._build(build, passphrase, user=user, slot=slot, title=title,
                                 reference=reference, originator=originator,
                                 originator_country=originator_country, default_tlp=default_tlp)
            if path.exists():
                path.rmdir()  # the empty folder the user made for it
            os.rename(build, path)
            fsync_dir(path.parent)
        except BaseException as exc:
            shutil.rmtree(build, ignore_errors=True)
            plain = storage_error(exc, path.parent, generic=False)
            if isinstance(plain, errors.DiskFull):
                raise errors.full(path.parent, "the case was not created") from None
            if plain is not None:
                raise plain from None
            raise
        lock = _Lock(path)
        lock.acquire()
        try:
            return cls._open_unlocked(path, secrets, slot, lock, user, read_only=False)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _build(cls, build: Path, passphrase: str, *, user: str, slot: str, title: str,
               reference: str, originator: str, originator_country: str,
               default_tlp: str) -> CaseSecrets:
        """Make a complete, closed case in the folder `build`; return its secrets."""
        lock = _Lock(build)
        lock.acquire()  # first: a concurrent `new` must not take this folder for stale
        case: Case | None = None
        try:
            (build / "keys").mkdir(mode=0o700)
            (build / "evidence").mkdir(mode=0o700)
            case_id = str(uuid.uuid4())
            identity = pyrage.x25519.Identity.generate()
            secrets = CaseSecrets(case_id, os.urandom(32), str(identity))
            keyslots.write_slot(build, slot, secrets, passphrase)
            (build / "case.db").touch(mode=0o600)
            conn = _connect(build / "case.db", secrets.db_key)
            conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _configure(conn)
            case = cls(build, conn, secrets, _Lock(build), user, slot)
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
                keyslots.record_digest(case, slot)
            from casebench.store import audit

            audit.append(case, "collection", "case created", target=case_id)
            manifest = {"format": CASE_FORMAT, "version": CASE_FORMAT_VERSION, "case_id": case_id,
                        "created_at": utc_now()}
            atomic_write_bytes(build / "case.json", json.dumps(manifest, indent=2).encode() + b"\n")
            case.close()
            case = None
            fsync_dir(build)
            return secrets
        finally:
            if case is not None:
                with contextlib.suppress(Exception):
                    case.conn.close()
            lock.release()

    @classmethod
    def open(cls, path: Path | str, passphrase: str, *, user: str, slot: str | None = None,
             read_only: bool = False) -> Case:
        """Unlock and open. Read-only (asked, or forced by a folder that cannot be written)
        creates no lock file, writes nothing and refuses every change."""
        path = Path(path)
        read_manifest(path)
        forced = not read_only and _read_only_folder(path)
        read_only = read_only or forced
        lock = _Lock(path)
        lock.acquire(shared=read_only)
        try:
            slot_name, secrets = keyslots.unlock(path, passphrase, slot)
            case = cls._open_unlocked(path, secrets, slot_name, lock, user, read_only=read_only)
        except BaseException:
            lock.release()
            raise
        case.forced_read_only = forced
        return case

    @classmethod
    def _open_unlocked(cls, path: Path, secrets: CaseSecrets, slot_name: str, lock: _Lock,
                       user: str, *, read_only: bool) -> Case:
        db_path = path / "case.db"
        _check_db_file(path, db_path)
        try:
            conn = _connect(db_path, secrets.db_key, read_only=read_only)
        except sqlcipher3.Error as exc:
            raise (storage_error(exc, path) or exc) from None
        try:
            # The header, the schema and the case's own id: the pages every opening reads,
            # where damage is named by its page. The other pages are checked by verify
            # (decision 3); damage met later still reads as damage, never as a wrong passphrase.
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            stored_id = conn.execute("SELECT value FROM meta WHERE key = 'case_id'").fetchone() \
                if app_id == APPLICATION_ID else None
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
                path, f"case.db is damaged at {where}: it cannot be decrypted with the case key",
                code="case.db_damaged_page", page=bad[0] if bad and bad[0] else 1,
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
                code="case.newer_database", version=version, latest=migrations.latest_version(),
            )
        if read_only and version < migrations.latest_version():
            conn.close()
            raise ReadOnlyCase(path, "the case was made by an older casebench and must be upgraded, "
                               "which a read-only opening cannot do; open a writable copy",
                               code="case.upgrade_needs_write")
        _configure(conn, read_only=read_only)
        case = cls(path, conn, secrets, lock, user, slot_name, read_only=read_only)
        if (stored_id[0] if stored_id else None) != secrets.case_id:
            conn.close()
            raise NotACase(path, "the key slot belongs to another case", code="case.slot_of_other_case")
        case._migrate()
        return case

    def close(self) -> None:
        if self.conn is not None:
            if not self.read_only:
                with contextlib.suppress(Exception):
                    self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None
        if self._evidence_key is not None:
            self._evidence_key.forget()
            self._evidence_key = None
        self._lock.release()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    @property
    def generation(self) -> int:
        """A number that changes whenever anything in the case may have changed.

        SQLite's count of rows written on this connection (triggers included): every
        mutation, through any write path, moves it, so what is derived from the whole case
        (the link graph) can be kept while it stays the same. A rolled-back write moves it
        too, which only costs a rebuild. The case is locked to this process while open.
        """
        return int(self.conn.total_changes)

    # -- secrets and ids ---------------------------------------------------------------
    @property
    def case_id(self) -> str:
        return self._secrets.case_id

    @property
    def evidence_identity(self) -> str:
        return self._secrets.evidence_identity

    @property
    def evidence_key(self) -> OpenedIdentity:
        """The evidence identity as evidence readers take it: parsed once, with the packs'
        payload keys, held while the case is open and forgotten when it closes."""
        if self.conn is None:
            raise ValueError("the case is closed")  # a caller's mistake, not the user's
        if self._evidence_key is None:
            self._evidence_key = OpenedIdentity(self._secrets.evidence_identity)
        return self._evidence_key

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
        self.check_writable()
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

    @contextlib.contextmanager
    def unsynced(self) -> Iterator[None]:
        """Commits made inside do not wait for the disk: the write-ahead log keeps them in
        order, and they become durable with the next synced commit or the checkpoint at
        close. For a record whose loss in a power cut loses nothing else (the consultation
        record every opening writes: its sync was half of a command's time on a busy disk)."""
        self.conn.execute("PRAGMA synchronous = NORMAL")
        try:
            yield
        finally:
            self.conn.execute("PRAGMA synchronous = FULL")

    def check_writable(self) -> None:
        """Refuse, in plain words, any change to a case opened read-only."""
        if self.read_only:
            raise ReadOnlyCase(self.path, "the case is open read-only: nothing was changed")

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
        self.check_writable()
        keyslots.check_slot_name(self.path, name)
        if name in keyslots.list_slots(self.path):
            raise CaseExists(self.path, f"key slot {name!r} already exists", code="slot.exists", name=name)
        keyslots.write_slot(self.path, name, self._secrets, passphrase)
        keyslots.record_digest(self, name)
        from casebench.store import audit

        audit.append(self, "alteration", "key slot added", target=name)

    def remove_slot(self, name: str) -> None:
        self.check_writable()
        keyslots.remove_slot(self.path, name)
        keyslots.forget_digest(self, name)
        from casebench.store import audit

        audit.append(self, "erasure", "key slot removed", target=name)

    def change_passphrase(self, new_passphrase: str, slot: str | None = None) -> None:
        """Rewrite one slot with a new passphrase; the database is not touched."""
        self.check_writable()
        name = slot or self.slot
        if name not in keyslots.list_slots(self.path):
            raise keyslots.MissingKeySlot(self.path, f"key slot {name!r} does not exist", code="slot.missing",
                                          name=name)
        keyslots.write_slot(self.path, name, self._secrets, new_passphrase)
        keyslots.record_digest(self, name)
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
        raise NotACase(path, "this is a file, not a case folder (a case is a folder NAME.casebench)",
                       code="case.is_a_file")
    if not path.is_dir():
        raise NotACase(path, "no such case folder", code="case.no_such_folder")
    manifest = path / "case.json"
    if not manifest.is_file():
        raise NotACase(path, "not a casebench case (case.json is missing)", code="case.no_manifest")
    try:
        with open(manifest, "rb") as fh:
            raw = fh.read(MANIFEST_LIMIT + 1)
    except OSError as exc:
        raise (storage_error(exc, path) or exc) from None
    if len(raw) > MANIFEST_LIMIT:
        raise NotACase(path, f"not a casebench case (case.json is larger than {MANIFEST_LIMIT} bytes)")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise NotACase(path, "not a casebench case (case.json is not valid JSON)") from None
    except RecursionError:  # hostile nesting: [[[[...]]]]
        raise NotACase(path, "not a casebench case (case.json is nested too deeply)") from None
    if not isinstance(doc, dict) or doc.get("format") != CASE_FORMAT:
        raise NotACase(path, "not a casebench case (case.json has another format)")
    version = doc.get("version")
    if not isinstance(version, int) or version > CASE_FORMAT_VERSION:
        raise NewerVersion(
            path, f"the case was made by a newer casebench (case format {version}); update casebench",
            code="case.newer_format", version=version)
    return doc


def sqlcipher_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
