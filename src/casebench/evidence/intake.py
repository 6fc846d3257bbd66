"""Content intake: files and whole folders into an exhibit, hashed and encrypted in one pass.

Order of writes (so that a crash at any instant costs nothing committed):
  1. an `intakes` row with status "running" is committed;
  2. each small file (up to 4 MiB) is read and hashed once and appended to the batch's
     pack (evidence.packs: one age file per batch); a larger one is streamed once into
     a blob of its own (not yet synced);
  3. every few hundred files (or every two seconds) the batch's pack, its blobs and the
     folders listing them are made durable together on a worker thread
     (BlobWriter.sync_in_background) while the next batch is written; once that is
     done, the batch's rows are committed in one transaction; nothing is synced after
     the commit;
  4. at the end the intake is closed with a custody "image" event and an audit record.
Blob and pack ids are reserved (committed as pending, store.pendingblobs) before
the files are written. A crash leaves committed files in place and pending blobs without rows,
which `recover` removes at the next intake or when the evidence store is opened; it
also closes the unfinished intake as "interrupted" in the custody chain. Unlisted
blobs that were never pending are quarantined, not deleted (contentstore.tidy). Cancel or a
failure removes every file of the intake: nothing of it stays visible.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import mimetypes
import os
import stat
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from casebench import __version__
from casebench.domain.progress import OperationCancelled, Progress
from casebench.evidence import custody, packs
from casebench.evidence.contentstore import (
    BlobWriter,
    ReadFailed,
    StoredBlob,
    TidyResult,
    dedupe_key,
    relative_blob_path,
    remove_blob,
    tidy,
)
from casebench.evidence.hashing import Digests, hash_pool, listing_sha256
from casebench.store import audit, pendingblobs
from casebench.store import exhibits as repo
from casebench.store import packs as packs_repo
from casebench.store.case import Case, utc_now
from casebench.store.custody import CustodyDraft
from casebench.store.errors import InvalidInput
from casebench.store.exhibits import NewFile

TOOL = f"casebench {__version__}"
BATCH_FILES = 500
WORKERS = 2
PARALLEL_BELOW = packs.MEMBER_MAX  # files up to this size are read two at a time, into a pack
# Small files are read in groups: a task per file cost more in waking threads (a
# hand-over is tens of microseconds on a virtual machine) than reading it.
GROUP_FILES = 32
GROUP_BYTES = 2 * 1024 * 1024
BATCH_SECONDS = 2.0  # at most this much work is redone after a crash; each batch syncs its folders once
RESERVE = BATCH_FILES + 20  # blob and pack ids reserved per commit: one reservation per batch
PROGRESS_EVERY = 0.05



@dataclass(frozen=True)
class SourceFile:
    open_path: str  # what to open (the file itself, or an in-folder link's target)
    rel_path: str  # as recorded: top folder name / path inside it
    raw_path: bytes
    size: int
    note: str = ""


@dataclass
class IntakeReport:
    intake_id: str
    exhibit_id: str
    files: int = 0
    bytes: int = 0
    duplicates: int = 0  # files whose content was already stored (kept once)
    skipped: list[str] = field(default_factory=list)  # "path: reason", in plain words
    status: str = "done"


# -- scanning -------------------------------------------------------------------------------
def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "backslashreplace")


def _link_target(path: str, root: str | None) -> tuple[str | None, str]:
    """(real target to open or None, reason when skipped) for a symbolic link."""
    target = os.path.realpath(path)
    if root is None:
        return None, "is a symbolic link (links given directly are not followed)"
    if not os.path.exists(target):
        return None, "is a broken symbolic link (skipped)"
    if os.path.commonpath([root, target]) != root:
        return None, "is a symbolic link to a place outside the folder (not followed)"
    if not os.path.isfile(target):
        return None, "is a symbolic link to a folder or special file (not followed)"
    return target, ""


def scan(paths: Sequence[Path | str]) -> tuple[list[SourceFile], list[str]]:
    """Every regular file under the given files and folders, plus what was skipped and why."""
    found: list[SourceFile] = []
    skipped: list[str] = []
    for given in paths:
        top = os.path.abspath(os.fspath(given))
        base = os.path.basename(top.rstrip(os.sep)) or top
        try:
            st = os.lstat(top)
        except OSError as exc:
            skipped.append(f"{given}: cannot be read ({exc.strerror})")
            continue
        if stat.S_ISLNK(st.st_mode):
            skipped.append(f"{given}: {_link_target(top, None)[1]}")
        elif stat.S_ISREG(st.st_mode):
            raw = os.fsencode(base)
            found.append(SourceFile(top, _text(raw), raw, st.st_size))
        elif stat.S_ISDIR(st.st_mode):
            _walk(top, base, found, skipped)
        else:
            skipped.append(f"{given}: is not a regular file or folder (skipped)")
    return found, skipped


def _walk(root: str, base: str, found: list[SourceFile], skipped: list[str]) -> None:
    real_root = os.path.realpath(root)
    stack = [(root, base)]
    while stack:
        folder, rel = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            skipped.append(f"{_text(os.fsencode(rel))}: folder cannot be read ({exc.strerror})")
            continue
        subdirs = []
        for entry in entries:
            rel_path = f"{rel}/{entry.name}"
            shown = _text(os.fsencode(rel_path))
            try:
                if entry.is_symlink():
                    target, reason = _link_target(entry.path, real_root)
                    if target is None:
                        skipped.append(f"{shown}: {reason}")
                        continue
                    note = "symbolic link to " + os.path.relpath(target, real_root)
                    size = os.stat(target).st_size
                    found.append(SourceFile(target, shown, os.fsencode(rel_path), size, note))
                elif entry.is_dir(follow_symlinks=False):
                    subdirs.append((entry.path, rel_path))
                elif entry.is_file(follow_symlinks=False):
                    size = entry.stat(follow_symlinks=False).st_size
                    found.append(SourceFile(entry.path, shown, os.fsencode(rel_path), size))
                else:
                    skipped.append(
                        f"{shown}: is not a regular file (device, pipe or socket; skipped)"
                    )
            except OSError as exc:
                skipped.append(f"{shown}: cannot be read ({exc.strerror})")
        stack.extend(reversed(subdirs))


# -- one file -------------------------------------------------------------------------------
_MAGIC = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
    (b"GIF8", "image/gif"),
    (b"PK\x03\x04", "application/zip"),
    (b"SQLite format 3\x00", "application/vnd.sqlite3"),
    (b"RIFF", "application/octet-stream"),
)


def media_type(name: str, head: bytes) -> str:
    guessed = mimetypes.guess_type(name, strict=False)[0]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "application/zip" and guessed and guessed != kind:
                return guessed  # docx, xlsx, apk, ... are zip files too
            return guessed if kind == "application/octet-stream" and guessed else kind
    if guessed:
        return guessed
    if head and b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "text/plain"
        except UnicodeDecodeError:
            pass
    return "application/octet-stream"


def _iso(ns: int) -> str:
    t = dt.datetime.fromtimestamp(ns / 1e9, dt.UTC)
    return t.isoformat(timespec="microseconds").replace("+00:00", "Z")


def open_source(path: str) -> int:
    """Open a source file read-only without following a final symbolic link."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags)


class _IdPool:
    """Blob ids for one intake, each recorded as pending in the database before use."""

    def __init__(self, case: Case, intake_id: str) -> None:
        self.case = case
        self.owner = f"intake:{intake_id}"
        self.free: list[str] = []
        # A duplicate's row names content stored before (another exhibit's, perhaps a
        # stand-alone blob of a case from before packs): only ids taken here may be
        # removed or marked pending.
        self.taken: set[str] = set()

    def take(self) -> str:
        if not self.free:
            self.free = pendingblobs.reserve(self.case, self.owner, RESERVE)
        blob_id = self.free.pop()
        self.taken.add(blob_id)
        return blob_id

    def own(self, blob_ids: list[str]) -> list[str]:
        return [b for b in blob_ids if b in self.taken]


# -- the intake -----------------------------------------------------------------------------
def run(
    case: Case,
    exhibit_id: str,
    paths: Sequence[Path | str],
    *,
    md5: bool = False,
    sha1: bool = False,
    progress: Progress,
    cancelled: Callable[[], bool],
    on_commit: Callable[[list[str]], None] | None = None,
) -> IntakeReport:
    recover(case)
    files, skipped = scan(paths)
    total_bytes = sum(f.size for f in files)
    algorithms = ["sha256"] + (["md5"] if md5 else []) + (["sha1"] if sha1 else [])
    with case.transaction():
        intake_id = repo.start_intake(
            case,
            exhibit_id,
            started_at=utc_now(),
            tool=TOOL,
            sources=[os.path.abspath(os.fspath(p)) for p in paths],
            algorithms=algorithms,
        )
    report = IntakeReport(intake_id, exhibit_id, skipped=skipped)
    secret = repo.dedupe_secret(case)
    pool = hash_pool()
    ids = _IdPool(case, intake_id)
    writer = BlobWriter(case.path, case.evidence_recipient, pool, ids.take)
    batch: list[NewFile] = []
    seen = repo.rel_paths(case, exhibit_id)  # taken by earlier intakes, then by this one
    state = {"bytes": 0, "files": 0, "last": 0.0}
    current = [""]

    def tick(n: int) -> None:
        state["bytes"] += n
        now = time.monotonic()
        if now - state["last"] >= PROGRESS_EVERY:
            state["last"] = now
            progress(
                int(state["bytes"]),
                total_bytes,
                f"{int(state['files'])} of {len(files)} files: {current[0]}",
            )

    # A batch reaches the disk on a worker thread while the next one is encrypted (the
    # data syncs cost about as much as encrypting small files); its rows are committed
    # once its sync is done, at the next flush or at the end. At most one batch waits.
    syncing: deque[tuple[list[NewFile], _Pack | None, Future[None]]] = deque()
    open_pack: list[packs.PackTarget | None] = [None]
    packed_keys: dict[str, str] = {}  # dedupe key -> blob id of the content this intake packed

    def close_pack() -> _Pack | None:
        pack, open_pack[0] = open_pack[0], None
        if pack is None:
            return None
        return _Pack(pack.pack_id, pack.finish(), len(pack.members))

    def flush() -> None:
        if batch:
            syncing.append((batch.copy(), close_pack(), writer.sync_in_background()))
            batch.clear()
        while len(syncing) > (1 if batch_open[0] else 0):
            commit(*syncing[0])
            syncing.popleft()

    def commit(rows: list[NewFile], pack: _Pack | None, synced: Future[None]) -> None:
        """Commit the oldest syncing batch (still syncing[0]: on a failure its files are undone)."""
        synced.result()
        with case.transaction():
            if pack is not None:
                packs_repo.record_pack(case, pack.pack_id, stored_size=pack.stored.stored_size,
                                       cipher_sha256=pack.stored.cipher_sha256, members=pack.members,
                                       created_at=utc_now())
            used = repo.record_files(case, exhibit_id, intake_id, rows, hashed_by=case.user, hash_tool=TOOL)
            spare = [nf for nf, blob_id in zip(rows, used, strict=True) if blob_id != nf.blob_id]
            # still pending: the unused reserve, the files being written or synced (their
            # rows come in a later commit), and the duplicates until they are removed
            pendingblobs.set_pending(case, ids.owner, ids.free + uncommitted(skip_first=True)
                                     + [nf.blob_id for nf in spare])
        for nf in spare:  # identical content was already stored
            if nf.pack_id is None:
                remove_blob(case.path, nf.blob_id)
        packs.drop_dead_members(case, {nf.pack_id for nf in spare if nf.pack_id})
        report.duplicates += len(spare)
        if on_commit is not None:
            on_commit([nf.rel_path for nf in rows])

    def uncommitted(skip_first: bool = False) -> list[str]:
        """Blobs and packs written or being written whose rows are not committed, oldest first."""
        waiting = list(syncing)[1:] if skip_first else list(syncing)
        return ids.own([nf.blob_id for rows, _p, _job in waiting for nf in rows]
                + [p.pack_id for _rows, p, _job in waiting if p is not None]
                + [nf.blob_id for nf in batch]
                + ([open_pack[0].pack_id] if open_pack[0] is not None else [])
                + [b for group_blob_ids, _f in inflight for b in group_blob_ids] + group_ids)

    # Small files (a phone extraction's thousands) cost mostly per-file work that releases
    # the GIL (opening, creating, encrypting, hashing): two are stored at a time. Large
    # files go one by one (their hashing already runs beside their encryption). Ids are
    # taken here, in the thread that owns the database; results are used in file order.
    workers = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="casebench-intake")
    inflight: deque[tuple[list[str], Future[list[tuple[_Read | None, list[str]]]]]] = deque()
    last_flush = [time.monotonic()]
    batch_open = [True]  # False once every file is written: flush() then commits all

    def store(sf: SourceFile, blob_id: str, on_bytes: Callable[[int], None]) -> tuple[NewFile | None, list[str]]:
        notes: list[str] = []
        nf = _store_one(case, writer, sf, secret, md5=md5, sha1=sha1, tick=on_bytes,
                        cancelled=cancelled, skipped=notes, blob_id=blob_id)
        return nf, notes

    def take(nf: NewFile | None, notes: list[str]) -> None:
        report.skipped.extend(notes)
        state["files"] += 1
        if nf is None:
            return
        batch.append(nf)
        pack = open_pack[0]
        if (len(batch) >= BATCH_FILES or time.monotonic() - last_flush[0] >= BATCH_SECONDS
                or (pack is not None and pack.full)):
            flush()
            last_flush[0] = time.monotonic()

    def pack_one(blob_id: str, got: _Read, stored: str | None) -> NewFile:
        """Into the batch's pack, unless this content is stored already (then it is not written)."""
        stored = packed_keys.get(got.key) or stored
        if stored is not None:
            report.duplicates += 1
            return _new_file(got.sf, got.st, got.digests, got.data[:64], stored, got.key, 0, None)
        pack = open_pack[0]
        if pack is None:
            pack = open_pack[0] = packs.PackTarget(writer, ids.take())
        member = pack.add(blob_id, got.data)
        packed_keys[got.key] = blob_id
        share = packs.BLOCK + member.size + len(packs.padding(member.size))
        return _new_file(got.sf, got.st, got.digests, got.data[:64], blob_id, got.key, share, None,
                         pack_id=pack.pack_id, pack_offset=member.offset)

    def finish_group() -> None:
        blob_ids, fut = inflight[0]
        results = fut.result()
        inflight.popleft()
        # one query for the group's contents not packed by this intake already
        stored = packs_repo.blobs_with_keys(case, [got.key for got, _n in results
                                                   if got is not None and got.key not in packed_keys])
        for blob_id, (got, notes) in zip(blob_ids, results, strict=True):
            if cancelled():
                raise OperationCancelled("intake")
            if got is None:
                take(None, notes)
                continue
            current[0] = got.sf.rel_path
            tick(got.sf.size)
            take(pack_one(blob_id, got, stored.get(got.key)), notes)

    group: list[SourceFile] = []
    group_ids: list[str] = []

    def send_group() -> None:
        if group:
            inflight.append((group_ids.copy(), workers.submit(_read_group, group.copy(), secret, md5, sha1)))
            group.clear()
            group_ids.clear()
        while len(inflight) > 2 * WORKERS:
            finish_group()

    try:
        group_bytes = 0
        for sf in files:
            if cancelled():
                raise OperationCancelled("intake")
            if sf.rel_path in seen:
                report.skipped.append(
                    f"{sf.rel_path}: a file with this path is already in the exhibit (skipped)"
                )
                continue
            seen.add(sf.rel_path)
            blob_id = ids.take()
            if sf.size <= PARALLEL_BELOW:
                group.append(sf)
                group_ids.append(blob_id)
                group_bytes += sf.size
                if len(group) >= GROUP_FILES or group_bytes >= GROUP_BYTES:
                    send_group()
                    group_bytes = 0
                continue
            send_group()
            group_bytes = 0
            while inflight:
                finish_group()
            current[0] = sf.rel_path
            take(*store(sf, blob_id, tick))
        send_group()
        while inflight:
            finish_group()
        batch_open[0] = False
        flush()
    except BaseException:
        for _blob_ids, fut in inflight:  # let them end; their blobs are removed below
            fut.cancel()
            with contextlib.suppress(BaseException):
                fut.result()
        for _rows, _pack, job in syncing:
            with contextlib.suppress(BaseException):
                job.result()
        workers.shutdown(wait=True)
        if open_pack[0] is not None:
            open_pack[0].abort()
        _undo(case, intake_id, uncommitted(), ids.owner)
        pool.shutdown(wait=True)
        raise
    workers.shutdown(wait=True)
    pool.shutdown(wait=True)
    progress(total_bytes, total_bytes, f"{len(files)} of {len(files)} files")
    with case.transaction():
        report.files, report.bytes = _close(case, intake_id, exhibit_id, "done", report.skipped)
        pendingblobs.release(case, ids.owner)
    if not report.files:
        report.status = "empty"
    return report


def _store_one(
    case: Case,
    writer: BlobWriter,
    sf: SourceFile,
    secret: bytes,
    *,
    md5: bool,
    sha1: bool,
    tick: Callable[[int], None],
    cancelled: Callable[[], bool],
    skipped: list[str],
    blob_id: str | None = None,
) -> NewFile | None:
    try:
        fd = open_source(sf.open_path)
    except OSError as exc:
        skipped.append(f"{sf.rel_path}: cannot be read ({exc.strerror}); skipped")
        return None
    with os.fdopen(fd, "rb", buffering=0) as src:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            skipped.append(f"{sf.rel_path}: is not a regular file (skipped)")
            return None
        try:
            blob = writer.store(
                src,
                blob_id=blob_id,
                md5=md5,
                sha1=sha1,
                on_bytes=tick,
                cancelled=cancelled,
            )
        except ReadFailed as exc:
            skipped.append(f"{sf.rel_path}: reading failed part-way ({exc}); skipped")
            return None
    return _new_file(sf, st, blob.digests, blob.head, blob.blob_id, dedupe_key(secret, blob.digests.sha256),
                     blob.stored_size, blob.cipher_sha256)


def _new_file(sf: SourceFile, st: os.stat_result, d: Digests, head: bytes, blob_id: str, key: str,
              stored_size: int, cipher_sha256: str | None, *, pack_id: str | None = None,
              pack_offset: int | None = None) -> NewFile:
    name = sf.rel_path.rsplit("/", 1)[-1]
    return NewFile(
        name=name,
        rel_path=sf.rel_path,
        raw_path=sf.raw_path,
        size=d.size,
        modified_at=_iso(st.st_mtime_ns),
        changed_at=_iso(st.st_ctime_ns),
        accessed_at=_iso(st.st_atime_ns),
        media_type=media_type(name, head),
        sha256=d.sha256,
        md5=d.md5,
        sha1=d.sha1,
        hashed_at=utc_now(),
        blob_id=blob_id,
        dedupe_key=key,
        stored_size=stored_size,
        note=sf.note,
        cipher_sha256=cipher_sha256,
        pack_id=pack_id,
        pack_offset=pack_offset,
    )


@dataclass(frozen=True)
class _Read:
    """A small file read whole and hashed (on a worker), waiting for its place in a pack."""

    sf: SourceFile
    st: os.stat_result
    data: bytes
    digests: Digests
    key: str  # dedupe key of the content


@dataclass(frozen=True)
class _Pack:
    pack_id: str
    stored: StoredBlob
    members: int


def _read_group(sfs: list[SourceFile], secret: bytes, md5: bool, sha1: bool) -> list[tuple[_Read | None, list[str]]]:
    """_read_small for consecutive small files, in order (one task for a worker)."""
    return [_read_small(sf, secret, md5, sha1) for sf in sfs]


def _read_small(sf: SourceFile, secret: bytes, md5: bool, sha1: bool) -> tuple[_Read | None, list[str]]:
    """Read and hash a small file (the GIL is released for both); its encryption comes in
    the pack, in file order, on the intake's thread."""
    notes: list[str] = []
    try:
        fd = open_source(sf.open_path)
    except OSError as exc:
        notes.append(f"{sf.rel_path}: cannot be read ({exc.strerror}); skipped")
        return None, notes
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            notes.append(f"{sf.rel_path}: is not a regular file (skipped)")
            return None, notes
        try:
            data = _read_whole(fd, sf.size)
        except OSError as exc:
            notes.append(f"{sf.rel_path}: reading failed part-way ({exc.strerror or exc}); skipped")
            return None, notes
    finally:
        os.close(fd)
    if len(data) != sf.size:
        raise InvalidInput(Path(sf.open_path), f"{sf.rel_path} changed while it was being taken in (its size "
                           f"is not the {sf.size} bytes it had when the folders were read); nothing of this "
                           "intake was kept", code="intake.source_changed", source=sf.rel_path)
    algos = [hashlib.sha256(data)]
    if md5:
        algos.append(hashlib.md5(data, usedforsecurity=False))
    if sha1:
        algos.append(hashlib.sha1(data, usedforsecurity=False))
    digests = Digests(algos[0].hexdigest(), algos[1].hexdigest() if md5 else None,
                      algos[-1].hexdigest() if sha1 else None, len(data))
    return _Read(sf, st, data, digests, dedupe_key(secret, digests.sha256)), notes


def _read_whole(fd: int, size: int) -> bytes:
    """The file's bytes: never more than the scan saw plus one, to tell that it grew (a
    log still being written to is not read whole into memory). Once `size` bytes are in
    and a read came back short of what was asked, that was the end of the file (no
    further read for it: a system call per file is worth sparing among thousands)."""
    parts: list[bytes] = []
    want = size + 1
    while want > 0:
        piece = os.read(fd, want)
        if not piece:
            break
        parts.append(piece)
        want -= len(piece)
        if want == 1:
            break
    return b"".join(parts)


def _undo(case: Case, intake_id: str, pending_blobs: list[str], owner: str) -> None:
    """Remove every trace of a cancelled or failed intake: its own packs go whole."""
    for blob_id in pending_blobs:
        remove_blob(case.path, blob_id)
    own_packs = packs_repo.packs_of_intake(case, intake_id)
    with case.transaction():
        unused = repo.delete_intake(case, intake_id)
        pendingblobs.release(case, owner)
    for blob_id in unused:
        remove_blob(case.path, blob_id)  # stand-alone blobs (nothing happens for a pack member)
    packs.drop_dead_members(case, own_packs)


def manifest_sha256(case: Case, intake_id: str) -> str:
    """SHA-256 of the intake's files listed as `sha256sum` would print them, sorted by path."""
    return listing_sha256(repo.intake_digest_rows(case, intake_id))


def _close(
    case: Case, intake_id: str, exhibit_id: str, status: str, skipped: list[str]
) -> tuple[int, int]:
    """Finish the intake row and record who hashed what, when, with which tool."""
    files, size = repo.intake_totals(case, intake_id)
    if not files:
        repo.delete_intake(case, intake_id)
        return 0, 0
    repo.finish_intake(case, intake_id, status, finished_at=utc_now(), skipped=skipped)
    manifest = manifest_sha256(case, intake_id)
    notes = (
        f"{files} file(s), {size} bytes hashed (SHA-256) and encrypted into the case by "
        f"{case.user} with {TOOL}"
    )
    if status != "done":
        notes = (
            "intake stopped before it finished (the program was closed or crashed); "
            f"{files} file(s) were recorded; " + notes
        )
    custody.append(
        case,
        exhibit_id,
        CustodyDraft(
            event="image",
            to_person=case.user,
            purpose="content intake into the case's encrypted evidence store",
            hash_after=manifest,
            notes=notes,
            details={
                "intake": intake_id,
                "files": files,
                "bytes": size,
                "tool": TOOL,
                "status": status,
                "skipped": len(skipped),
                "hash_after_is": "SHA-256 of the sha256sum listing of the intake's files",
            },
        ),
    )
    audit.append(
        case,
        "collection",
        "evidence content intake" if status == "done" else "evidence content intake interrupted",
        target=exhibit_id,
        details={"intake": intake_id, "files": files, "bytes": size, "tool": TOOL},
    )
    return files, size


def recover(case: Case) -> list[str]:
    """Close intakes a crash left running and tidy the evidence store; say what was done.

    Only blobs reserved as pending by an interrupted intake or import are deleted;
    other unlisted blobs are quarantined and recorded in the audit trail.
    """
    if case.read_only:
        return []  # nothing may be written or moved; the next writable opening does it
    done: list[str] = []
    # Read before closing anything: the pending ids are what may be deleted.
    pending = pendingblobs.all_pending(case)
    for intake_id, exhibit_id, _started, _tool in repo.running_intakes(case):
        with case.transaction():
            files, _ = _close(case, intake_id, exhibit_id, "interrupted", [])
        done.append(f"an interrupted intake was closed with {files} file(s) kept")
    result = tidy(case.path, repo.all_blob_ids(case) | packs_repo.all_pack_ids(case), pending)
    if pending or result.quarantined or result.restored:
        _record_tidy(case, result)
    # a deletion a crash cut short; a pack that cannot be read stays as it is (said below)
    untidy = packs.drop_dead_members(case, packs_repo.with_dead_members(case))
    if untidy:
        with case.transaction():
            audit.append(case, "alteration", "evidence packs could not be tidied", target="evidence",
                         details={"packs": {relative_blob_path(p): why for p, why in sorted(untidy.items())}})
    for pack_id, why in sorted(untidy.items()):
        done.append(f"the evidence pack {relative_blob_path(pack_id)} still holds the content of deleted "
                    f"file(s): it could not be rewritten without it ({why}); it is kept as it is and "
                    "tried again at the next opening (run verify)")

    if result.removed:
        done.append(f"{len(result.removed)} unfinished blob(s) of an interrupted write removed "
                    "from evidence/")
    if result.quarantined:
        done.append(
            f"{len(result.quarantined)} evidence file(s) that case.db does not list were moved to "
            "evidence/quarantine/ (nothing was deleted; was an older case.db restored?)"
        )
    if result.restored:
        done.append(f"{len(result.restored)} evidence file(s) listed by case.db were moved back "
                    "from evidence/quarantine/")
    return done


def _record_tidy(case: Case, result: TidyResult) -> None:
    with case.transaction():
        pendingblobs.release_all(case)
        if result.quarantined:
            audit.append(case, "alteration", "unlisted evidence files quarantined",
                         target="evidence/quarantine",
                         details={"files": len(result.quarantined),
                                  "blobs": result.quarantined[:200]})
        if result.restored:
            audit.append(case, "alteration", "evidence files restored from quarantine",
                         target="evidence/quarantine",
                         details={"files": len(result.restored), "blobs": result.restored[:200]})
