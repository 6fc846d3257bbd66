"""The encrypted content store: evidence/xx/ID.age, one age file per distinct content.

- ID is 128 random bits in hex: a blob's name reveals neither its hash nor its name.
- A blob is written straight to its final name; a batch of them is made durable
  together (BlobWriter.sync) before the database rows that make them live are committed. Its id was reserved (committed as pending,
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
import itertools
import os
import re
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from casebench.domain.progress import OperationCancelled
from casebench.evidence.agestream import (
    AgeBlobError,
    SealingAgeWriter,
    decrypt_chunks,
    decrypt_views,
    parse_identity,
    parse_recipient,
)
from casebench.evidence.hashing import BLOCK, Digests, Hasher
from casebench.store.age import SEALED, OpenedIdentity, SealBuffers
from casebench.store.atomic import fsync_dir
from casebench.store.workers import single_worker

_BLOB_NAME = re.compile(r"^[0-9a-f]{32}\.age$")
QUARANTINE = "quarantine"
OnBytes = Callable[[int], None]


class ReadFailed(Exception):
    """The source file could not be read to the end (the blob was removed)."""


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    stored_size: int
    digests: Digests
    head: bytes  # the first bytes of the content, for media-type sniffing (never stored)
    cipher_sha256: str = ""  # SHA-256 of the blob file itself (checked by quick verify)


def evidence_dir(case_dir: Path) -> Path:
    return case_dir / "evidence"


def blob_path(case_dir: Path, blob_id: str) -> Path:
    return evidence_dir(case_dir) / blob_id[:2] / f"{blob_id}.age"


def relative_blob_path(blob_id: str) -> str:
    return f"evidence/{blob_id[:2]}/{blob_id}.age"


def dedupe_key(secret: bytes, sha256_hex: str) -> str:
    return hmac.new(secret, bytes.fromhex(sha256_hex), hashlib.sha256).hexdigest()


class BlobWriter:
    """The one writer of new blobs, for intake and bundle import alike.

    Blobs are written without waiting for the disk; `sync()` then makes all of them
    (and the folders that list them) durable together, once per batch, before the
    caller commits the rows that make them live. Nothing is synced after the commit.
    """

    def __init__(self, case_dir: Path, recipient: str, pool: ThreadPoolExecutor | None,
                 next_id: Callable[[], str] | None = None) -> None:
        self.case_dir = case_dir
        # Ids must come from a reservation recorded in the database (see tidy); the
        # random default is for callers that remove their own blobs on failure.
        self.next_id = next_id or (lambda: secrets.token_hex(16))
        self.recipient = parse_recipient(recipient)
        self.pool = pool
        self.dirty_dirs: set[Path] = set()
        self.unsynced: list[Path] = []  # blobs whose data sync waits for sync()
        # Intake writes small blobs from two threads: a blob finished before sync() takes
        # the list must be in it (its row may be in the batch being committed).
        self._lock = threading.Lock()
        self._rings: list[list[bytearray]] = []  # output buffers of finished blobs, reused
        self._reads: list[bytearray] | None = None  # store()'s read buffers, reused

    def _take_ring(self) -> list[bytearray]:
        with self._lock:
            if self._rings:
                return self._rings.pop()
        return [bytearray(OUT_CHUNKS * SEALED) for _ in range(OUT_BUFFERS)]

    def _give_ring(self, ring: list[bytearray]) -> None:
        with self._lock:
            self._rings.append(ring)

    def _take_reads(self) -> list[bytearray]:
        with self._lock:
            reads, self._reads = self._reads, None
        return reads or [bytearray(BLOCK) for _ in range(Hasher.RING)]

    def _give_reads(self, reads: list[bytearray]) -> None:
        with self._lock:
            self._reads = reads

    def open(self, *, md5: bool = False, sha1: bool = False, plain_hash: bool = True,
             blob_id: str | None = None) -> BlobTarget:
        """A new blob to write() into, then finish() (or abort()); see BlobTarget. Pass
        `blob_id` (taken from next_id in the database's thread) when writing from a worker."""
        blob_id = blob_id or self.next_id()
        path = blob_path(self.case_dir, blob_id)
        if not path.parent.is_dir():
            if not path.parent.parent.is_dir():
                path.parent.parent.mkdir(parents=True, exist_ok=True)
                with self._lock:
                    self.dirty_dirs.add(self.case_dir)
            path.parent.mkdir(exist_ok=True)
            with self._lock:
                self.dirty_dirs.add(path.parent.parent)  # the new fan-out folder's own entry
        return BlobTarget(self, blob_id, path, md5=md5, sha1=sha1, plain_hash=plain_hash)

    def store(
        self,
        src: BinaryIO,
        *,
        md5: bool,
        sha1: bool,
        on_bytes: OnBytes,
        cancelled: Callable[[], bool],
        blob_id: str | None = None,
    ) -> StoredBlob:
        """Encrypt and hash `src` in one pass into a new blob. Raises ReadFailed on an I/O error."""
        target = self.open(md5=md5, sha1=sha1, blob_id=blob_id)
        # read into buffers in turn, not a new 1 MiB bytes object per block: the page
        # faults of fresh memory cost a large file more than encrypting it
        ring = self._take_reads()
        try:
            for turn in itertools.count():
                if cancelled():
                    raise OperationCancelled()
                buf = memoryview(ring[turn % len(ring)])
                try:
                    n = src.readinto(buf)  # type: ignore[attr-defined]
                except OSError as exc:
                    raise ReadFailed(exc.strerror or str(exc)) from None
                if not n:
                    break
                target.write_view(buf[:n])
                on_bytes(n)
            return target.finish()
        except BaseException:
            target.abort()
            raise
        finally:
            self._give_reads(ring)  # the hashing of every block is done (finish or abort)

    def _written(self, path: Path) -> None:
        with self._lock:
            self.unsynced.append(path)
            self.dirty_dirs.add(path.parent)

    def sync(self) -> None:
        """Make new blobs and their directory entries durable; call before committing their rows.

        One fsync after another cost more than encrypting a small file (a phone
        extraction is thousands of them): each waits for its own journal commit. The
        batch's data syncs are issued together from several threads, so the file
        system commits them in a few groups; then each touched folder is synced once.
        Only our own files are synced (a whole-disk sync would wait for other programs).
        """
        _sync_batch(*self._take())

    def sync_in_background(self) -> Future[None]:
        """sync() of the blobs written so far, on a worker thread, so that the next batch
        is encrypted while this one reaches the disk. Commit the batch's rows only once
        the future is done; the batches' syncs run one after another, in order."""
        return single_worker("blobsync").submit(_sync_batch, *self._take())

    def _take(self) -> tuple[list[Path], list[Path]]:
        with self._lock:
            files, dirs = self.unsynced, sorted(self.dirty_dirs)
            self.unsynced, self.dirty_dirs = [], set()
        return files, dirs

    def discard(self, path: Path) -> None:
        """Forget a blob removed before sync() (a duplicate, an aborted write)."""
        with self._lock, contextlib.suppress(ValueError):
            self.unsynced.remove(path)


SYNC_THREADS = 8


def _sync_batch(files: Sequence[Path], dirs: Sequence[Path]) -> None:
    _sync_all(files, _datasync_path)
    _sync_all(dirs, fsync_dir)


def _sync_all(paths: Sequence[Path], fn: Callable[[Path], None]) -> None:
    if len(paths) <= 2:
        for p in paths:
            fn(p)
        return
    with ThreadPoolExecutor(max_workers=min(SYNC_THREADS, len(paths)),
                            thread_name_prefix="casebench-sync") as ex:
        for _ in ex.map(fn, paths):  # re-raises the first failure
            pass


def _datasync_path(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:  # removed meanwhile (a duplicate)
        return
    try:
        _datasync(fd)
    finally:
        os.close(fd)


OUT_CHUNKS = 16  # sealed chunks per output buffer (about 1 MiB: one write, one hashing task)
OUT_BUFFERS = 4  # buffers a blob file turns through: one sealed into, the others written and hashed


class _SealedFile(SealBuffers):
    """The blob file as the age writer sees it: chunks are sealed in place into a ring of
    buffers; each full buffer is written by the writer thread and hashed (the ciphertext's
    SHA-256, for quick verify, without reading the blob again) by the hashing thread, and
    handed out again once both are done. A new 64 KiB bytes object per chunk, its copy
    into a file buffer and hashing it in the caller's thread cost more than the encryption."""

    def __init__(self, fd: int, ring: list[bytearray]) -> None:
        self.fd = fd
        self.ring = ring
        self.jobs: list[list[Future[None]]] = [[] for _ in ring]
        self.loose: list[Future[None]] = []  # the header's
        self.turn = 0
        self.size = 0
        self.digest = hashlib.sha256()
        self.flusher = Flusher(fd)
        self._writes = single_worker("blobwrite")
        self._hashes = single_worker("cipherhash")

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """The age header (copied: the caller may reuse what it passed)."""
        data = bytes(data)
        self.loose += self._submit(data)
        return len(data)

    def take(self) -> bytearray:
        i = self.turn
        self._wait(self.jobs[i])
        return self.ring[i]

    def put(self, buf: bytearray | memoryview, n: int) -> None:
        i = self.turn
        self.turn = (i + 1) % len(self.ring)
        self.jobs[i] = self._submit(memoryview(buf)[:n])

    def _submit(self, data: bytes | memoryview) -> list[Future[None]]:
        self.size += len(data)
        return [self._writes.submit(self._write_all, data), self._hashes.submit(self.digest.update, data)]

    def _write_all(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]
        self.flusher.wrote(len(data), None)

    @staticmethod
    def _wait(jobs: list[Future[None]]) -> None:
        while jobs:
            jobs.pop().result()

    def finish(self) -> str:
        """Wait for every write and hash (re-raising a write's failure); the file's SHA-256."""
        self._settle(raise_first=True)
        return self.digest.hexdigest()

    def _settle(self, *, raise_first: bool) -> None:
        first: BaseException | None = None
        for jobs in [self.loose, *self.jobs]:
            for job in jobs:
                exc = job.exception()
                first = first or exc
            jobs.clear()
        self.flusher.finish()
        if first is not None and raise_first:
            raise first

    def abort(self) -> None:
        self._settle(raise_first=False)


class BlobTarget:
    """One blob being written: write() plaintext any number of times, then finish()."""

    def __init__(self, owner: BlobWriter, blob_id: str, path: Path, *, md5: bool, sha1: bool,
                 plain_hash: bool) -> None:
        self.owner = owner
        self.blob_id = blob_id
        self.path = path
        self.hasher = Hasher(owner.pool, md5=md5, sha1=sha1) if plain_hash else None
        self.head = b""
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        self.ring = owner._take_ring()
        self.out = _SealedFile(self.fd, self.ring)
        self.writer = SealingAgeWriter(self.out, owner.recipient)
        self.done = False

    def write(self, data: bytes | memoryview, /) -> None:
        if not self.head:
            self.head = bytes(data[:64])
        if self.hasher is not None:
            self.hasher.update(bytes(data) if isinstance(data, memoryview) else data)
        self.writer.write(data)

    def write_view(self, view: memoryview, /) -> None:
        """write() from a buffer the caller refills (see Hasher.update_view): no copy."""
        if not self.head:
            self.head = bytes(view[:64])
        if self.hasher is not None:
            self.hasher.update_view(view)
        self.writer.write(view)

    def finish(self, sha256: str = "") -> StoredBlob:
        """Close the blob; its data sync waits for the owner's sync() (before the commit).
        On a failure (a full disk) nothing of the blob stays, as after abort()."""
        try:
            self.writer.close()
            cipher_sha256 = self.out.finish()
        except BaseException:
            self.abort()
            raise
        self._release()
        digests = self.hasher.digests() if self.hasher is not None else Digests(sha256, size=self.writer.written)
        self.done = True
        self.owner._written(self.path)
        return StoredBlob(self.blob_id, self.out.size, digests, self.head, cipher_sha256)

    def _release(self) -> None:
        """Close the file and hand the ring back, once (the workers are done with both)."""
        if self.fd < 0:
            return
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self.fd = -1
        self.owner._give_ring(self.ring)

    def abort(self) -> None:
        """Remove the blob (and forget it): nothing of it stays."""
        self.out.abort()  # the workers are done with the ring before it is handed out again
        if self.hasher is not None:
            self.hasher.digests()  # let the worker finish before the caller moves on
        self._release()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        self.owner.discard(self.path)


class Flusher:
    """Start writing a big blob to disk while it is still being encrypted.

    Without this, a 1 GiB blob sits in the page cache until the final sync, which then
    waits for the whole disk write after all the hashing and encryption is done. A
    data sync every FLUSH_EVERY bytes, on a worker thread (the GIL is released while it
    waits), lets the disk work in parallel; the final sync has little left to do.
    """

    FLUSH_EVERY = 64 * 1024 * 1024

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.pending = 0
        self.job: Future[None] | None = None

    def wrote(self, n: int, out: BinaryIO | None) -> None:
        """`n` more bytes were written (to `out`, flushed first; None: written unbuffered)."""
        self.pending += n
        if self.pending < self.FLUSH_EVERY:
            return
        if self.job is not None and not self.job.done():
            return  # the disk is still busy with the previous stretch
        if out is not None:
            out.flush()
        self.pending = 0
        self.job = single_worker("flush").submit(_datasync, self.fd)  # hashing never waits on the disk

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


Identity = str | OpenedIdentity  # the open case's evidence_key: parsed once per case, not per blob


def identity_key(identity: Identity) -> Any:
    """The private key; a plain AGE-SECRET-KEY string is parsed each time (nothing keyed
    by a secret is kept past the case that holds it)."""
    return identity.key() if isinstance(identity, OpenedIdentity) else parse_identity(identity)


def _open_blob(case_dir: Path, blob_id: str) -> BinaryIO:
    # Buffered: the age header is read line by line (unbuffered, a system call per byte);
    # large reads go straight into the caller's buffer all the same.
    # a plain string path: pathlib cost more per small blob than its header
    return open(os.path.join(case_dir, relative_blob_path(blob_id)), "rb", buffering=64 * 1024)


def open_plaintext(case_dir: Path, blob_id: str, identity: Identity) -> Iterator[bytes]:
    """Yield a blob's content in blocks; raises AgeBlobError or OSError on damage."""
    key = identity_key(identity)
    with _open_blob(case_dir, blob_id) as fh:
        yield from decrypt_chunks(fh, key)


def open_plaintext_views(case_dir: Path, blob_id: str, identity: Identity,
                         cipher: Any = None) -> Iterator[memoryview]:
    """open_plaintext without copies (see store.age.payload_views for how long a view
    lives). `cipher`, a hashlib object, is fed the blob file's bytes as they are read."""
    key = identity_key(identity)
    with _open_blob(case_dir, blob_id) as fh:
        yield from decrypt_views(_HashedReads(fh, cipher) if cipher is not None else fh, key)  # type: ignore[arg-type]


class _HashedReads:
    """A blob file whose bytes are hashed as they are read (one pass, no second read)."""

    def __init__(self, fh: BinaryIO, digest: Any) -> None:
        self.fh, self.digest = fh, digest

    def read(self, n: int = -1) -> bytes:
        data = self.fh.read(n)
        self.digest.update(data)
        return data

    def readline(self, limit: int = -1) -> bytes:
        data = self.fh.readline(limit)
        self.digest.update(data)
        return data

    def readinto(self, buf: memoryview) -> int:
        n = self.fh.readinto(buf) or 0  # type: ignore[attr-defined]
        self.digest.update(buf[:n])
        return n


@dataclass(frozen=True)
class BlobCheck:
    digests: Digests
    cipher_sha256: str | None  # the blob file's SHA-256 when it was asked for


def check_blob(
    case_dir: Path,
    blob_id: str,
    identity: Identity,
    pool: ThreadPoolExecutor | None,
    *,
    md5: bool,
    sha1: bool,
    on_bytes: OnBytes,
    cancelled: Callable[[], bool],
    cipher: bool = False,
) -> BlobCheck:
    """Decrypt and re-hash a blob without writing anything; decryption and hashing run
    side by side (the hash worker takes each block while the next one is decrypted).
    With `cipher`, the blob file itself is hashed in the same read."""
    hasher = Hasher(pool, md5=md5, sha1=sha1)
    file_digest = hashlib.sha256() if cipher else None
    try:
        for block in open_plaintext_views(case_dir, blob_id, identity, file_digest):
            if cancelled():
                raise OperationCancelled()
            hasher.update(block)  # type: ignore[arg-type]
            on_bytes(len(block))
    finally:
        result = hasher.digests()
    return BlobCheck(result, file_digest.hexdigest() if file_digest is not None else None)


def file_sha256(case_dir: Path, blob_id: str, buf: bytearray, on_bytes: OnBytes,
                cancelled: Callable[[], bool]) -> str:
    """SHA-256 of the blob file as it lies on disk (quick verify: nothing is decrypted)."""
    digest = hashlib.sha256()
    view = memoryview(buf)
    # a plain string path: pathlib cost more per small blob than hashing it
    with open(os.path.join(case_dir, "evidence", blob_id[:2], blob_id + ".age"), "rb", buffering=0) as fh:
        while n := fh.readinto(view):
            if cancelled():
                raise OperationCancelled()
            digest.update(view[:n])
            on_bytes(n)
    return digest.hexdigest()


__all__ = [
    "AgeBlobError",
    "BlobCheck",
    "BlobTarget",
    "BlobWriter",
    "Identity",
    "ReadFailed",
    "StoredBlob",
    "blob_path",
    "check_blob",
    "dedupe_key",
    "file_sha256",
    "identity_key",
    "open_plaintext",
    "open_plaintext_views",
    "quarantined_files",
    "remove_blob",
    "tidy",
]
