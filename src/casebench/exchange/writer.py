"""The bundle writer: tar members in the fixed order, age-encrypted, streamed to disk.

Nothing is staged in plaintext: members are built in memory (the small text
members) or streamed from their source (evidence content) straight through the
tar framing into the age stream. Output goes to temporary files renamed at the
end, so a cancelled or failed export leaves no partial bundle behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from casebench.domain.progress import Cancelled, OperationCancelled, Progress
from casebench.evidence.contentstore import Flusher
from casebench.evidence.hashing import Hasher, single_worker
from casebench.exchange import bundleformat as bf
from casebench.exchange import checks, tarstream
from casebench.exchange.agefmt import AgeWriter
from casebench.exchange.errors import BundleError, ExchangeError
from casebench.exchange.identity import WorkbenchIdentity
from casebench.store.age import RING, AgeError
from casebench.store.atomic import fsync_dir


@dataclass(frozen=True)
class FileEntry:
    """Evidence content to ship as files/NNNNNN; `open` yields the plaintext in chunks."""

    exhibit: str
    size: int
    open: Callable[[], Iterable[bytes]]
    sha256: str | None = None  # known hash (checked while streaming); None: hashed first
    name: str = ""  # the file's name in its exhibit, for messages
    reused_buffers: bool = False  # `open` yields views of buffers reused RING blocks later


@dataclass
class BundleContent:
    manifest: dict[str, Any]  # format, version, bundle_id, created_at, producer, … (members added here)
    entities: bytes = b""
    statements: bytes = b""
    custody: bytes = b""
    provenance: bytes = b""
    files: list[FileEntry] = field(default_factory=list)


@dataclass(frozen=True)
class WriteResult:
    paths: list[Path]
    size: int
    sha256: str  # of the signed SHA256SUMS: identifies exactly what the bundle holds
    members: int
    file_sha256: str = ""  # of the bytes written: the bundle file (its volumes joined in order)


DIGEST_BATCH = 1024 * 1024  # small files' chunks go to the bundle digest thread a MiB at a time


class _VolumeFile:
    """Writes one file, or volumes NAME.001, NAME.002 … each at most `limit` bytes."""

    def __init__(self, target: Path, limit: int | None) -> None:
        self.target = target
        self.limit = limit
        self.temps: list[Path] = []
        self._fh: BinaryIO | None = None
        self._in_volume = 0
        self.size = 0
        # the bundle file's SHA-256 on its own thread, beside the encryption
        self._digest = Hasher(single_worker("bundle-digest"))
        self._queued: list[bytes] = []  # small writes handed to the digest thread together
        self._queued_size = 0
        self._flusher: Flusher | None = None

    def _open_next(self) -> None:
        self._close_current()
        fd, tmp = tempfile.mkstemp(prefix=".tmp-bundle-", dir=self.target.parent)
        self.temps.append(Path(tmp))
        self._fh = os.fdopen(fd, "wb")
        self._flusher = Flusher(fd)  # the disk writes while the rest is encrypted
        self._in_volume = 0

    def _close_current(self) -> None:
        if self._fh is not None:
            self._fh.flush()
            if self._flusher is not None:
                self._flusher.finish()
            os.fsync(self._fh.fileno())
            self._fh.close()
            self._fh = None

    def hexdigest(self) -> str:
        """SHA-256 of every byte written (the volumes joined in order)."""
        self._hand_over(0)
        return self._digest.digests().sha256

    def _hand_over(self, at_least: int) -> None:
        if self._queued and self._queued_size >= at_least:
            self._digest.update_many(self._queued)
            self._queued, self._queued_size = [], 0

    def writelines(self, parts: list[bytes]) -> None:
        """Sealed chunks from the age writer: hashed as one task, then written."""
        self._queued += parts
        self._queued_size += sum(len(p) for p in parts)
        self._hand_over(DIGEST_BATCH)
        for part in parts:
            self._write(part)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self.writelines([data if isinstance(data, bytes) else bytes(data)])
        return len(data)

    def _write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data)
        n = len(view)
        self.size += n
        while view:
            if self._fh is None or (self.limit and self._in_volume >= self.limit):
                self._open_next()
            assert self._fh is not None
            room = len(view) if not self.limit else min(len(view), self.limit - self._in_volume)
            self._fh.write(view[:room])
            if self._flusher is not None:
                self._flusher.wrote(room, self._fh)
            self._in_volume += room
            view = view[room:]
        return n

    def finish(self) -> list[Path]:
        if self._fh is None:
            self._open_next()
        self._close_current()
        if self.limit is None:
            finals = [self.target]
        else:
            finals = [self.target.with_name(f"{self.target.name}.{i:03d}") for i in range(1, len(self.temps) + 1)]
        taken = [f for f in finals if f.exists()]
        if taken:  # never replace a file the user already has (an older bundle's volumes)
            self.abort()
            raise ExchangeError(taken[0], "already exists; choose another file name")
        for tmp, final in zip(self.temps, finals, strict=True):
            os.replace(tmp, final)
        fsync_dir(self.target.parent)
        return finals

    def abort(self) -> None:
        if self._flusher is not None:
            self._flusher.finish()
        self._queued = []
        self._digest.digests()  # let the digest worker finish
        with contextlib.suppress(OSError):
            if self._fh is not None:
                self._fh.close()
        for tmp in self.temps:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


def _hash_file(entry: FileEntry, cancelled: Cancelled) -> str:
    h = hashlib.sha256()
    for chunk in entry.open():
        if cancelled():
            raise OperationCancelled("export")
        h.update(chunk)
    return h.hexdigest()


# -- the pipeline: evidence read on one thread, the bundle encrypted on the caller's ------------
BATCH = 1024 * 1024  # plaintext handed over at a time
IN_FLIGHT = 32 * 1024 * 1024  # plaintext read but not yet encrypted, at most (memory stays flat)
VIEWS_KEPT = RING - 2  # reused-buffer blocks alive at once: the reader's ring must not wrap over them


@dataclass
class _Batch:
    pieces: list[bytes | memoryview]  # tar framing and content, in bundle order
    size: int  # bytes in pieces
    content: int  # of which evidence content (for progress)
    views: int  # pieces that are views of the reader's reused buffers
    name: str  # the member the batch ends in


class _Handover:
    """Bounded hand-over between the reading thread and the writing one.

    The reader puts batches (waiting while IN_FLIGHT bytes are not yet encrypted); the
    writer takes them and releases each once encrypted. Either side may stop() it: the
    other wakes at once (cancel, a failure on either thread)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._batches: deque[_Batch | BaseException | None] = deque()  # None: everything read
        self._bytes = 0
        self._views = 0
        self.stopped = False

    def stop(self) -> None:
        with self._cond:
            self.stopped = True
            self._cond.notify_all()

    def put(self, item: _Batch | BaseException | None) -> None:
        with self._cond:
            if isinstance(item, _Batch):
                while self._bytes and self._bytes + item.size > IN_FLIGHT and not self.stopped:
                    self._cond.wait()
                self._bytes += item.size
            if self.stopped:
                raise _Stopped
            self._batches.append(item)
            self._cond.notify_all()

    def view_taken(self) -> None:
        with self._cond:
            self._views += 1

    def room_for_a_view(self) -> None:
        """Wait until the reader may decrypt into its next reused buffer."""
        with self._cond:
            while self._views > VIEWS_KEPT - 1 and not self.stopped:
                self._cond.wait()
            if self.stopped:
                raise _Stopped

    def take(self, timeout: float) -> _Batch | BaseException | None:
        """The next batch; raises TimeoutError when nothing came within `timeout` seconds."""
        with self._cond:
            if not self._batches and not self._cond.wait_for(lambda: self._batches, timeout):
                raise TimeoutError
            return self._batches.popleft()

    def release(self, batch: _Batch) -> None:
        with self._cond:
            self._bytes -= batch.size
            self._views -= batch.views
            self._cond.notify_all()


class _Stopped(Exception):
    """The hand-over was stopped: the reader ends quietly."""


class _Reader(threading.Thread):
    """Reads each file's content (decrypting it from the evidence store), checks its size and
    SHA-256 against the record, and hands the tar members to the writer in order."""

    def __init__(self, out: Path, files: list[tuple[str, FileEntry]], hashes: dict[str, str], mtime: int,
                 handover: _Handover) -> None:
        super().__init__(name="casebench-bundle-read", daemon=True)
        self.out, self.files, self.hashes, self.mtime = out, files, hashes, mtime
        self.handover = handover

    def run(self) -> None:
        try:
            self._read_all()
        except _Stopped:
            return
        except BaseException as exc:  # handed to the writer, which raises it in the caller's thread
            with contextlib.suppress(_Stopped):
                self.handover.put(exc)
            return
        with contextlib.suppress(_Stopped):
            self.handover.put(None)

    def _read_all(self) -> None:
        handover = self.handover
        pieces: list[bytes | memoryview] = []
        size = content = views = 0

        def flush(name: str) -> None:
            nonlocal pieces, size, content, views
            if pieces:
                handover.put(_Batch(pieces, size, content, views, name))
                pieces, size, content, views = [], 0, 0, 0

        for name, entry in self.files:
            head = tarstream.header(name, entry.size, self.mtime)
            pieces.append(head)
            size += len(head)
            h = hashlib.sha256()
            got = 0
            blocks = iter(entry.open())  # a generator: the content is opened at its first block
            try:
                while True:
                    if handover.stopped:
                        raise _Stopped
                    if entry.reused_buffers:
                        flush(name)  # its blocks must reach the writer before the reader's ring wraps
                        handover.room_for_a_view()
                    try:
                        block = next(blocks, None)
                    except (AgeError, OSError) as exc:
                        raise self._refused(name, entry, f"its stored content cannot be read: {exc}") from exc
                    if block is None:
                        break
                    n = len(block)
                    got += n
                    if got > entry.size:
                        break
                    h.update(block)  # hashlib releases the GIL: this overlaps the writer's encryption
                    pieces.append(block)
                    size += n
                    content += n
                    if entry.reused_buffers:
                        handover.view_taken()
                        views += 1
                    if size >= BATCH:
                        flush(name)
            finally:
                getattr(blocks, "close", lambda: None)()  # the blob or pack file is closed now
            if got != entry.size or h.hexdigest() != self.hashes[name]:
                raise self._refused(name, entry, "its size or SHA-256 no longer matches the record")
            pad = tarstream.padding(entry.size)
            if pad:
                pieces.append(pad)
                size += len(pad)
        flush(self.files[-1][0] if self.files else "")

    def _refused(self, name: str, entry: FileEntry, why: str) -> BundleError:
        file = entry.name or name
        return BundleError(self.out, f"the content of {file} in exhibit {entry.exhibit} is not what was "
                                     f"recorded ({why})", code="export.content_changed",
                           exhibit=entry.exhibit, file=file)


def _stop_reader(reader: _Reader | None, handover: _Handover) -> None:
    handover.stop()
    if reader is not None:
        reader.join()


def write_bundle(out: Path, content: BundleContent, identity: WorkbenchIdentity, recipients: list[str], *,
                 volume_size: int | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> WriteResult:
    """Write the bundle; raises OperationCancelled (leaving nothing behind) when cancelled.

    Two threads: one reads the evidence (decrypts it, checks every SHA-256 against the
    record) while the caller's thread frames, encrypts and writes what was read before,
    at most IN_FLIGHT bytes behind. SHA256SUMS, written first, lists the recorded hashes;
    a file whose content no longer matches them stops the export before the bundle takes
    its name. Progress and Cancel are on the caller's thread."""
    progress = progress or (lambda d, t, m: None)
    cancelled = cancelled or (lambda: False)
    if volume_size is not None and not 1 <= volume_size <= bf.VOLUME_LIMIT:
        raise BundleError(out, f"volumes must be between 1 byte and {bf.VOLUME_LIMIT} bytes")
    texts = [(bf.ENTITIES, content.entities), (bf.STATEMENTS, content.statements),
             (bf.CUSTODY, content.custody), (bf.PROVENANCE, content.provenance)]
    hashes: dict[str, str] = {}
    files: list[tuple[str, FileEntry]] = []
    for i, entry in enumerate(content.files, start=1):
        files.append((f"files/{i:06d}", entry))
    total = sum(e.size for _, e in files) + sum(len(d) for _, d in texts)
    for name, entry in files:
        if entry.sha256 is None:
            progress(0, total, f"hashing {name}")
            hashes[name] = _hash_file(entry, cancelled)
        else:
            hashes[name] = entry.sha256
    mtime = int(_epoch(content.manifest["created_at"]))
    handover = _Handover()
    reader: _Reader | None = None
    sink: _VolumeFile | None = None
    try:
        if files:  # reading starts while the manifest is made and signed
            reader = _Reader(out, files, hashes, mtime, handover)
            reader.start()
        manifest = dict(content.manifest)
        manifest["members"] = ([{"name": n, "size": len(d)} for n, d in texts]
                               + [{"name": n, "size": e.size, "exhibit": e.exhibit} for n, e in files])
        manifest = checks.without_controls(manifest)  # the case title may hold any text
        mbytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8") + b"\n"
        sums_lines = [f"{hashlib.sha256(mbytes).hexdigest()}  {bf.MANIFEST}"]
        sums_lines += [f"{hashlib.sha256(d).hexdigest()}  {n}" for n, d in texts]
        sums_lines += [f"{hashes[n]}  {n}" for n, _ in files]
        sums = ("\n".join(sums_lines) + "\n").encode("ascii")
        sig = identity.sign(sums, f"casebench bundle {manifest['bundle_id']} {manifest['created_at']}"
                            ).encode("utf-8")
        sink = _VolumeFile(out, volume_size)
        done = 0
        age = AgeWriter(sink, recipients)  # type: ignore[arg-type]
        for name, data in [(bf.SUMS, sums), (bf.SIG, sig), (bf.MANIFEST, mbytes), *texts]:
            age.write(tarstream.header(name, len(data), mtime))
            age.write(data)
            age.write(tarstream.padding(len(data)))
            done += len(data)
        progress(done, total, "entities and statements written")
        while reader is not None:
            if cancelled():
                raise OperationCancelled("export")
            try:
                item = handover.take(0.1)  # Cancel is asked at least ten times a second
            except TimeoutError:
                continue
            if item is None:
                break
            if isinstance(item, BaseException):
                raise item
            for piece in item.pieces:
                age.write(piece)
            handover.release(item)
            done += item.content
            progress(done, total, item.name)
        age.write(tarstream.END)
        age.close()
        paths = sink.finish()
    except BaseException:
        _stop_reader(reader, handover)
        if sink is not None:
            sink.abort()
        raise
    _stop_reader(reader, handover)
    progress(total, total, "bundle written")
    return WriteResult(paths, sink.size, hashlib.sha256(sums).hexdigest(), len(texts) + 3 + len(files),
                       sink.hexdigest())


def _epoch(iso: str) -> float:
    import datetime as dt

    return dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
