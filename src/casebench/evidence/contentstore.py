"""The encrypted content store: evidence/xx/ID.age, one age file per distinct content.

- ID is 128 random bits in hex: a blob's name reveals neither its hash nor its name.
- A blob is written straight to its final name and fsynced; the database row that
  makes it live is committed afterwards. Its id was reserved (committed as pending,
  store.pendingblobs) before it was written, so after a crash `tidy` removes exactly
  the pending blobs no row lists. Any other unlisted blob may be evidence that a
  restored, older case.db does not know about: it is moved to evidence/quarantine/,
  never deleted, and moved back when a database that lists it is opened.
- Identical content is found through a keyed HMAC of its SHA-256 kept in the
  database, never through file names.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from casebench.domain.progress import OperationCancelled
from casebench.evidence.agestream import (
    AgeBlobError,
    AgeWriter,
    decrypt_chunks,
    parse_identity,
    parse_recipient,
)
from casebench.evidence.hashing import BLOCK, Digests, Hasher
from casebench.store.atomic import fsync_dir

_BLOB_NAME = re.compile(r"^[0-9a-f]{32}\.age$")
QUARANTINE = "quarantine"
SMALL_BLOB = 1024 * 1024  # blobs up to this size are synced in batches (see BlobWriter.sync)
BATCH_SYNC_MIN = 16
OnBytes = Callable[[int], None]


class ReadFailed(Exception):
    """The source file could not be read to the end (the blob was removed)."""


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    stored_size: int
    digests: Digests
    head: bytes  # the first bytes of the content, for media-type sniffing (never stored)


def evidence_dir(case_dir: Path) -> Path:
    return case_dir / "evidence"


def blob_path(case_dir: Path, blob_id: str) -> Path:
    return evidence_dir(case_dir) / blob_id[:2] / f"{blob_id}.age"


def relative_blob_path(blob_id: str) -> str:
    return f"evidence/{blob_id[:2]}/{blob_id}.age"


def dedupe_key(secret: bytes, sha256_hex: str) -> str:
    return hmac.new(secret, bytes.fromhex(sha256_hex), hashlib.sha256).hexdigest()


class BlobWriter:
    """Writes blobs for one case; remembers which folders need an fsync before commit."""

    def __init__(self, case_dir: Path, recipient: str, pool: ThreadPoolExecutor | None,
                 next_id: Callable[[], str] | None = None) -> None:
        self.case_dir = case_dir
        # Ids must come from a reservation recorded in the database (see tidy); the
        # random default is for callers that remove their own blobs on failure.
        self.next_id = next_id or (lambda: secrets.token_hex(16))
        self.recipient = parse_recipient(recipient)
        self.pool = pool
        self.dirty_dirs: set[Path] = set()
        self.unsynced: list[Path] = []  # small blobs whose data sync waits for sync()

    def store(
        self,
        src: BinaryIO,
        *,
        md5: bool,
        sha1: bool,
        on_bytes: OnBytes,
        cancelled: Callable[[], bool],
    ) -> StoredBlob:
        """Encrypt and hash `src` in one pass into a new blob. Raises ReadFailed on an I/O error."""
        blob_id = self.next_id()
        path = blob_path(self.case_dir, blob_id)
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)
            fsync_dir(path.parent.parent)
        hasher = Hasher(self.pool, md5=md5, sha1=sha1)
        head = b""
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        flusher = _Flusher(fd)
        try:
            with os.fdopen(fd, "wb", buffering=256 * 1024) as out:
                writer = AgeWriter(out, self.recipient)
                while True:
                    if cancelled():
                        raise OperationCancelled()
                    try:
                        block = src.read(BLOCK)
                    except OSError as exc:
                        raise ReadFailed(exc.strerror or str(exc)) from None
                    if not block:
                        break
                    if not head:
                        head = block[:64]
                    hasher.update(block)
                    writer.write(block)
                    on_bytes(len(block))
                    flusher.wrote(len(block), out)
                writer.close()
                out.flush()
                flusher.finish()
                stored = out.tell()
                if stored > SMALL_BLOB:
                    os.fsync(out.fileno())
                else:  # made durable together with its batch in sync(), before the commit
                    self.unsynced.append(path)
            digests = hasher.digests()
        except BaseException:
            flusher.finish()
            hasher.digests()  # let the worker finish before the caller moves on
            with contextlib.suppress(OSError):
                path.unlink()
            raise
        self.dirty_dirs.add(path.parent)
        return StoredBlob(blob_id, stored, digests, head)

    def sync(self) -> None:
        """Make new blobs and their directory entries durable; call before committing their rows.

        One fsync per small file cost more than encrypting it (a phone extraction is
        thousands of tiny files), so a batch of them is flushed with a single sync of
        the file system where the platform has one.
        """
        if len(self.unsynced) >= BATCH_SYNC_MIN and hasattr(os, "sync"):
            os.sync()
        else:
            for path in self.unsynced:
                with contextlib.suppress(FileNotFoundError):  # removed meanwhile (a duplicate)
                    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
                    try:
                        os.fsync(fd)
                    finally:
                        os.close(fd)
        self.unsynced.clear()
        for d in self.dirty_dirs:
            fsync_dir(d)
        self.dirty_dirs.clear()


class _Flusher:
    """Start writing a big blob to disk while it is still being encrypted.

    Without this, a 1 GiB blob sits in the page cache until the final fsync, which then
    waits for the whole disk write after all the hashing and encryption is done. A
    data sync every FLUSH_EVERY bytes, on a worker thread (the GIL is released while it
    waits), lets the disk work in parallel; the final fsync has little left to do.
    """

    FLUSH_EVERY = 64 * 1024 * 1024

    _pool: ThreadPoolExecutor | None = None  # its own thread: hashing must never wait on the disk

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.pending = 0
        self.job: Future[None] | None = None

    def wrote(self, n: int, out: BinaryIO) -> None:
        self.pending += n
        if self.pending < self.FLUSH_EVERY:
            return
        if self.job is not None and not self.job.done():
            return  # the disk is still busy with the previous stretch
        out.flush()
        self.pending = 0
        if _Flusher._pool is None:
            _Flusher._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="casebench-flush")
        self.job = _Flusher._pool.submit(_datasync, self.fd)

    def finish(self) -> None:
        if self.job is not None:
            with contextlib.suppress(OSError):
                self.job.result()
            self.job = None


def _datasync(fd: int) -> None:
    (getattr(os, "fdatasync", None) or os.fsync)(fd)


def remove_blob(case_dir: Path, blob_id: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        blob_path(case_dir, blob_id).unlink()


def iter_blob_files(case_dir: Path) -> Iterator[tuple[str | None, Path]]:
    """(blob id or None for a stray file, path) for every file under evidence/ but quarantine/."""
    root = evidence_dir(case_dir)
    if not root.is_dir():
        return
    for sub in sorted(root.iterdir()):
        if sub.name == QUARANTINE and sub.is_dir() and not sub.is_symlink():
            continue
        if not sub.is_dir() or sub.is_symlink():
            yield None, sub
            continue
        for p in sorted(sub.iterdir()):
            ok = _BLOB_NAME.match(p.name) and p.name[:2] == sub.name and p.is_file()
            yield (p.name[:32] if ok else None), p


def quarantined_files(case_dir: Path) -> list[Path]:
    folder = evidence_dir(case_dir) / QUARANTINE
    if not folder.is_dir() or folder.is_symlink():
        return []
    return sorted(p for p in folder.iterdir())


@dataclass
class TidyResult:
    """What `tidy` did after a crash or a restored database, for the user and the audit."""

    removed: list[str] = field(default_factory=list)  # pending blobs of an interrupted write
    quarantined: list[str] = field(default_factory=list)  # unlisted blobs moved aside
    restored: list[str] = field(default_factory=list)  # listed blobs moved back from quarantine
    temporary: int = 0  # .tmp-* files removed


def tidy(case_dir: Path, known: set[str], pending: set[str]) -> TidyResult:
    """Bring the files under evidence/ in line with the database, deleting no evidence.

    - a blob no row lists whose id was reserved as pending: deleted (an interrupted write);
    - any other blob no row lists: moved to evidence/quarantine/ (kept, reported);
    - a quarantined blob a row lists and whose place is empty: moved back;
    - `.tmp-*` files: deleted. Anything else is left alone (verify lists it as stray).
    """
    result = TidyResult()
    moved_dirs: set[Path] = set()
    for blob_id, path in iter_blob_files(case_dir):
        if blob_id is not None and blob_id not in known:
            if blob_id in pending:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                result.removed.append(blob_id)
            else:
                _move(path, evidence_dir(case_dir) / QUARANTINE)
                moved_dirs.add(path.parent)
                result.quarantined.append(blob_id)
        elif blob_id is None and path.name.startswith(".tmp-") and path.is_file():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            result.temporary += 1
    for path in quarantined_files(case_dir):
        blob_id = path.name[:32]
        if _BLOB_NAME.match(path.name) and blob_id in known:
            target = blob_path(case_dir, blob_id)
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                os.rename(path, target)
                moved_dirs.update({target.parent, path.parent})
                result.restored.append(blob_id)
    for d in moved_dirs:
        fsync_dir(d)
    if result.quarantined:
        fsync_dir(evidence_dir(case_dir) / QUARANTINE)
    return result


def _move(path: Path, folder: Path) -> None:
    """Move a file into `folder` under its own name (a numbered name if that is taken)."""
    folder.mkdir(mode=0o700, exist_ok=True)
    if folder.is_symlink():  # never move evidence out of the case folder
        raise OSError(f"{folder} is a symbolic link; evidence is not moved there")
    target = folder / path.name
    n = 1
    while target.exists():
        target = folder / f"{path.name}.{n}"
        n += 1
    os.rename(path, target)


def open_plaintext(case_dir: Path, blob_id: str, identity: str) -> Iterator[bytes]:
    """Yield a blob's content in blocks; raises AgeBlobError or OSError on damage."""
    key = parse_identity(identity)
    with open(blob_path(case_dir, blob_id), "rb", buffering=0) as fh:
        yield from decrypt_chunks(fh, key)


def check_blob(
    case_dir: Path,
    blob_id: str,
    identity: str,
    pool: ThreadPoolExecutor | None,
    *,
    md5: bool,
    sha1: bool,
    on_bytes: OnBytes,
    cancelled: Callable[[], bool],
) -> Digests:
    """Decrypt and re-hash a blob without writing anything."""
    hasher = Hasher(pool, md5=md5, sha1=sha1)
    try:
        for block in open_plaintext(case_dir, blob_id, identity):
            if cancelled():
                raise OperationCancelled()
            hasher.update(block)
            on_bytes(len(block))
    finally:
        result = hasher.digests()
    return result


__all__ = [
    "AgeBlobError",
    "BlobWriter",
    "ReadFailed",
    "StoredBlob",
    "blob_path",
    "check_blob",
    "dedupe_key",
    "open_plaintext",
    "quarantined_files",
    "remove_blob",
    "tidy",
]
