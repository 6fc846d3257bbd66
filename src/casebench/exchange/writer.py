"""The bundle writer: tar members in the fixed order, age-encrypted, streamed to disk.

Nothing is staged in plaintext: members are built in memory (the small text
members) or streamed from their source (evidence content) straight through the
tar framing into the age stream. Output goes to temporary files renamed at the
end, so a cancelled or failed export leaves no partial bundle behind.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import tempfile
import threading
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from casebench.domain.progress import Cancelled, OperationCancelled, Progress
from casebench.evidence import packs
from casebench.evidence.contentstore import Flusher
from casebench.exchange import bundleformat as bf
from casebench.exchange import checks, tarstream
from casebench.exchange.agefmt import BufferedAgeWriter
from casebench.exchange.errors import BundleError, ExchangeError
from casebench.exchange.identity import WorkbenchIdentity
from casebench.store.age import CHUNK, MAX_HEADER, RING, SEALED, AgeError, SealBuffers
from casebench.store.atomic import fsync_dir
from casebench.store.workers import single_worker


@dataclass(frozen=True)
class FileEntry:
    """Evidence content to ship as files/NNNNNN; `open` yields the plaintext in chunks."""

    exhibit: str
    size: int
    open: Callable[[], Iterable[bytes]]
    sha256: str | None = None  # known hash (checked while streaming); None: hashed first
    name: str = ""  # the file's name in its exhibit, for messages
    reused_buffers: bool = False  # `open` yields views of buffers reused RING blocks later
    # A pack member (decision 51): its tar record is read whole from the pack, with the
    # members that follow it there, and not hashed again (see _Reader._read_run).
    packed: tuple[packs.ContentReader, packs.Where] | None = None


@dataclass
class BundleContent:
    manifest: dict[str, Any]  # format, version, bundle_id, created_at, producer, … (members added here)
    entities: bytes = b""
    statements: bytes = b""
    custody: bytes = b""
    provenance: bytes = b""
    files: list[FileEntry] = field(default_factory=list)
    # Called once the files are being read, so the text members are made beside the reading
    # (a custody record per file: thousands); it sets the fields above.
    fill: Callable[[BundleContent], None] | None = None


@dataclass(frozen=True)
class WriteResult:
    paths: list[Path]
    size: int
    sha256: str  # of the signed SHA256SUMS: identifies exactly what the bundle holds
    members: int
    file_sha256: str = ""  # of the bytes written: the bundle file (its volumes joined in order)


OUT_CHUNKS = 16  # sealed chunks per output buffer (about 1 MiB: one write, one hashing task)
OUT_BUFFERS = 6  # output buffers in turn: one being sealed into, the others written and hashed


class _VolumeFile(SealBuffers):
    """Writes one file, or volumes NAME.001, NAME.002 … each at most `limit` bytes.

    The age writer seals into this file's buffers in turn (take/put): each is written, then
    hashed into the bundle file's SHA-256 on its own thread, and handed out again once
    that is done. The ciphertext is never copied."""

    def __init__(self, target: Path, limit: int | None) -> None:
        self.target = target
        self.limit = limit
        self.temps: list[Path] = []
        self._fh: BinaryIO | None = None
        self._in_volume = 0
        self.size = 0
        # the bundle file's SHA-256 on its own thread, beside the encryption
        self._hasher = single_worker("bundle-digest")
        self._sha = hashlib.sha256()
        self._ring: list[bytearray | None] = [None] * OUT_BUFFERS
        self._hashing: list[Future[None] | None] = [None] * OUT_BUFFERS
        self._turn = 0
        self._last: Future[None] | None = None  # the newest hashing task (tasks run in order)
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
        self._wait_hashing()
        return self._sha.hexdigest()

    def _wait_hashing(self) -> None:
        if self._last is not None:
            self._last.result()

    def _hash(self, data: bytes | memoryview) -> Future[None]:
        self._last = self._hasher.submit(self._sha.update, data)
        return self._last

    def take(self) -> bytearray | memoryview:
        """The next output buffer, once the hashing of what it held before is done."""
        i = self._turn
        job = self._hashing[i]
        if job is not None:
            job.result()
            self._hashing[i] = None
        buf = self._ring[i]
        if buf is None:
            buf = self._ring[i] = bytearray(OUT_CHUNKS * SEALED)
        return buf

    def put(self, buf: bytearray | memoryview, n: int) -> None:
        """The first n bytes of the buffer taken last were sealed: write them, then hash them."""
        i = self._turn
        assert buf is self._ring[i]
        self._turn = (i + 1) % OUT_BUFFERS
        view = memoryview(buf)[:n]
        self._write(view)
        self._hashing[i] = self._hash(view)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """The age header (and anything else written directly): copied, hashed in order."""
        data = bytes(data)
        self._write(data)
        self._hash(data)
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
        with contextlib.suppress(Exception):
            self._wait_hashing()  # the digest worker is done with our buffers
        with contextlib.suppress(OSError):
            if self._fh is not None:
                self._fh.close()
        for tmp in self.temps:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


ALIGN = 4096  # O_DIRECT: buffer addresses, lengths and file offsets in whole blocks
DIRECT_ROOM = OUT_CHUNKS * SEALED + MAX_HEADER + 2 * ALIGN  # sealed chunks after a carried tail (or the header)


class _DirectFile(SealBuffers):
    """The bundle as one file written past the page cache (O_DIRECT, Linux), for bundles not
    split into volumes. Copying a gigabyte into the page cache cost more CPU than encrypting
    it (on a virtual machine, several times more), and the file is synced at the end anyway:
    nothing reads it back here. The age writer seals into page-aligned buffers in turn; each
    buffer's whole blocks are written on a writer thread while its new bytes are hashed on
    the digest thread, and the part of a block left over is carried to the next buffer.
    The last part block goes through an ordinary descriptor. A file system that refuses
    direct writes (EINVAL) gets ordinary ones from then on; the result is the same file."""

    def __init__(self, target: Path, fd: int, direct: int, tmp: Path) -> None:
        import mmap

        self.target = target
        self.temps = [tmp]
        self.size = 0
        self._fd, self._direct = fd, direct  # ordinary and O_DIRECT descriptors of the temporary file
        self._use_direct = True
        self._off = 0  # file offset of the current buffer's first byte (whole blocks)
        self._hasher = single_worker("bundle-digest")
        self._writer = single_worker("bundle-write")
        self._sha = hashlib.sha256()
        self._bufs = [mmap.mmap(-1, DIRECT_ROOM) for _ in range(OUT_BUFFERS)]  # page-aligned
        self._views = [memoryview(b) for b in self._bufs]
        self._jobs: list[list[Future[None]]] = [[] for _ in range(OUT_BUFFERS)]
        self._cur = 0
        self._fill = 0  # bytes in the current buffer: a carried part block, the header
        self._last: Future[None] | None = None

    @classmethod
    def open(cls, target: Path) -> _DirectFile | None:
        """None where direct writes are not available (another system, tmpfs, …)."""
        flag = getattr(os, "O_DIRECT", 0)
        if not flag:
            return None
        fd, tmp = tempfile.mkstemp(prefix=".tmp-bundle-", dir=target.parent)
        try:
            direct = os.open(tmp, os.O_WRONLY | flag)
        except OSError:
            os.close(fd)
            Path(tmp).unlink(missing_ok=True)
            return None
        return cls(target, fd, direct, Path(tmp))

    def _hash(self, data: bytes | memoryview) -> None:
        self._last = self._hasher.submit(self._sha.update, data)

    def _pwrite(self, view: memoryview, offset: int) -> None:
        while view:
            if self._use_direct:
                try:
                    n = os.pwrite(self._direct, view, offset)
                except OSError as exc:
                    if exc.errno != errno.EINVAL:
                        raise
                    self._use_direct = False  # alignment this file system does not take
                    continue
            else:
                n = os.pwrite(self._fd, view, offset)
            view, offset = view[n:], offset + n
            if view and n % ALIGN:
                self._use_direct = False  # a short write left the rest out of alignment

    def _wait(self, i: int) -> None:
        jobs, self._jobs[i] = self._jobs[i], []
        for job in jobs:
            job.result()

    def write(self, data: bytes | bytearray | memoryview) -> int:
        """The age header: into the current buffer, before the first sealed chunk."""
        n = len(data)
        if self._fill + n > DIRECT_ROOM - OUT_CHUNKS * SEALED:
            raise ValueError("more than an age header written outside the sealed chunks")
        self._views[self._cur][self._fill : self._fill + n] = data
        self._hash(bytes(data))
        self._fill += n
        self.size += n
        return n

    def take(self) -> memoryview:
        return self._views[self._cur][self._fill : self._fill + OUT_CHUNKS * SEALED]

    def put(self, buf: bytearray | memoryview, n: int) -> None:
        i, view = self._cur, self._views[self._cur]
        start, end = self._fill, self._fill + n
        self._hash(view[start:end])
        whole = end - end % ALIGN
        if self._last is not None:
            self._jobs[i].append(self._last)
        if whole:
            self._jobs[i].append(self._writer.submit(self._pwrite, view[:whole], self._off))
        self.size += n
        if not whole:  # less than a block so far: go on filling this buffer
            self._fill = end
            return
        j = (i + 1) % OUT_BUFFERS
        self._wait(j)
        tail = end - whole
        self._views[j][:tail] = view[whole:end]
        self._cur, self._fill, self._off = j, tail, self._off + whole

    def hexdigest(self) -> str:
        if self._last is not None:
            self._last.result()
        return self._sha.hexdigest()

    def finish(self) -> list[Path]:
        for i in range(OUT_BUFFERS):
            self._wait(i)
        if self._fill:
            self._use_direct = False  # the last part block: an ordinary write
            self._pwrite(self._views[self._cur][: self._fill], self._off)
        os.fsync(self._fd)
        self._close()
        if self.target.exists():  # never replace a file the user already has
            self.abort()
            raise ExchangeError(self.target, "already exists; choose another file name")
        os.replace(self.temps[0], self.target)
        fsync_dir(self.target.parent)
        return [self.target]

    def _close(self) -> None:
        for fd in (self._direct, self._fd):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._direct = self._fd = -1

    def abort(self) -> None:
        for i in range(OUT_BUFFERS):
            with contextlib.suppress(Exception):
                self._wait(i)  # no worker is still using a buffer or the descriptors
        self._close()
        with contextlib.suppress(FileNotFoundError):
            self.temps[0].unlink()


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
RUN_BYTES = 17 * CHUNK  # pack members read together: the chunks covering about 1 MiB of records
RUN_BUFFERS = 12  # buffers for those runs, in turn (a buffer returns once its run is encrypted)


@dataclass
class _Batch:
    pieces: list[bytes | memoryview]  # tar framing and content, in bundle order
    size: int  # bytes in pieces
    content: int  # of which evidence content (for progress)
    views: int  # pieces that are views of the reader's reused buffers
    name: str  # the member the batch ends in
    buffers: list[bytearray] = field(default_factory=list)  # run buffers to hand back once encrypted


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
        self._free: list[bytearray] = []  # run buffers handed back
        self._made = 0
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

    def run_buffer(self, room: int) -> bytearray:
        """A buffer of at least `room` bytes for a run, once one is free (a run larger than
        RUN_BYTES, one file of up to 4 MiB, gets its own)."""
        if room > RUN_BYTES:
            return bytearray(room)
        with self._cond:
            while not self._free and self._made >= RUN_BUFFERS and not self.stopped:
                self._cond.wait()
            if self.stopped:
                raise _Stopped
            if self._free:
                return self._free.pop()
            self._made += 1
        return bytearray(RUN_BYTES)

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
            self._free += [b for b in batch.buffers if len(b) == RUN_BYTES]
            self._cond.notify_all()


class _Stopped(Exception):
    """The hand-over was stopped: the reader ends quietly."""


class _Reader(threading.Thread):
    """Reads each file's content and hands the tar members to the writer in order.

    A file stored on its own (its own age file) is decrypted and its size and SHA-256
    checked against the record. Pack members that lie one after another in their pack are
    read together as the pack's own tar records, whose lengths are those of the bundle's:
    only the headers are rewritten. Their content is not hashed again (decision 51): every
    chunk authenticated, and each member's header in the pack names its blob id and size."""

    def __init__(self, out: Path, files: list[tuple[str, FileEntry]], hashes: dict[str, str], mtime: int,
                 handover: _Handover) -> None:
        super().__init__(name="casebench-bundle-read", daemon=True)
        self.out, self.files, self.hashes, self.mtime = out, files, hashes, mtime
        self.handover = handover
        self._pieces: list[bytes | memoryview] = []
        self._size = self._content = self._views = 0

    def run(self) -> None:
        try:
            self._read_all()
        except _Stopped:
            return
        except BaseException as exc:  # handed to the writer, which raises it in the caller's thread
            with contextlib.suppress(_Stopped):
                self.handover.put(exc)
            return
        finally:
            for reader in {id(e.packed[0]): e.packed[0] for _, e in self.files if e.packed}.values():
                reader.close()  # its pack file, when the export stopped before its last member
        with contextlib.suppress(_Stopped):
            self.handover.put(None)

    def _add(self, piece: bytes | memoryview, content: int = 0) -> None:
        self._pieces.append(piece)
        self._size += len(piece)
        self._content += content

    def _flush(self, name: str, buffers: list[bytearray] | None = None) -> None:
        if self._pieces:
            self.handover.put(_Batch(self._pieces, self._size, self._content, self._views, name, buffers or []))
            self._pieces, self._size, self._content, self._views = [], 0, 0, 0

    def _read_all(self) -> None:
        files = self.files
        i = 0
        while i < len(files):
            if self.handover.stopped:
                raise _Stopped
            if files[i][1].packed is not None:
                j = self._run_end(i)
                if self._pieces:
                    self._flush(files[i - 1][0])
                self._read_run(files[i:j])
                i = j
            else:
                self._read_one(*files[i])
                i += 1
        self._flush(files[-1][0] if files else "")

    def _run_end(self, i: int) -> int:
        """Where the run of members starting at files[i] ends: members that follow each other
        in one pack, read by one ContentReader, their chunks within RUN_BYTES (or one file)."""
        files = self.files
        packed = files[i][1].packed
        assert packed is not None
        reader, first = packed
        prev, k = first, i + 1
        while k < len(files):
            nxt = files[k][1].packed
            if (nxt is None or nxt[0] is not reader or not packs.follows(prev, nxt[1])
                    or packs.records_room([first, nxt[1]]) > RUN_BYTES):
                break
            prev, k = nxt[1], k + 1
        return k

    def _read_run(self, run: list[tuple[str, FileEntry]]) -> None:
        wheres = [e.packed[1] for _, e in run if e.packed is not None]
        reader = run[0][1].packed[0]  # type: ignore[index]
        buf = self.handover.run_buffer(packs.records_room(wheres))
        try:
            view = reader.read_records(wheres, buf)
        except packs.RecordUnreadable as exc:
            raise self._refused(*run[exc.index], f"its stored content cannot be read: {exc.why}") from exc
        pos = content = 0
        for name, entry in run:
            view[pos : pos + tarstream.BLOCK] = tarstream.header(name, entry.size, self.mtime)
            pos += tarstream.BLOCK + entry.size + len(tarstream.padding(entry.size))
            content += entry.size
        assert pos == len(view)
        self._add(view, content)
        self._flush(run[-1][0], [buf])

    def _read_one(self, name: str, entry: FileEntry) -> None:
        handover = self.handover
        self._add(tarstream.header(name, entry.size, self.mtime))
        h = hashlib.sha256()
        got = 0
        blocks = iter(entry.open())  # a generator: the content is opened at its first block
        try:
            while True:
                if handover.stopped:
                    raise _Stopped
                if entry.reused_buffers:
                    self._flush(name)  # its blocks must reach the writer before the reader's ring wraps
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
                self._add(block, n)
                if entry.reused_buffers:
                    handover.view_taken()
                    self._views += 1
                if self._size >= BATCH:
                    self._flush(name)
        finally:
            getattr(blocks, "close", lambda: None)()  # the blob or pack file is closed now
        if got != entry.size or h.hexdigest() != self.hashes[name]:
            raise self._refused(name, entry, "its size or SHA-256 no longer matches the record")
        pad = tarstream.padding(entry.size)
        if pad:
            self._add(pad)

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

    Two threads: one reads the evidence (decrypts it; checks a file stored on its own
    against its recorded SHA-256, a pack member by its pack's header, decision 51) while
    the caller's thread makes the text members (`content.fill`), then frames, encrypts and
    writes what was read, at most IN_FLIGHT bytes behind. SHA256SUMS, written first, lists
    the recorded hashes, which a partner's import checks every file against; a file that
    cannot be read as recorded stops the export before the bundle takes its name.
    Progress and Cancel are on the caller's thread."""
    progress = progress or (lambda d, t, m: None)
    cancelled = cancelled or (lambda: False)
    if volume_size is not None and not 1 <= volume_size <= bf.VOLUME_LIMIT:
        raise BundleError(out, f"volumes must be between 1 byte and {bf.VOLUME_LIMIT} bytes")
    hashes: dict[str, str] = {}
    files: list[tuple[str, FileEntry]] = []
    for i, entry in enumerate(content.files, start=1):
        files.append((f"files/{i:06d}", entry))
    for name, entry in files:
        if entry.sha256 is None:
            progress(0, sum(e.size for _, e in files), f"hashing {name}")
            hashes[name] = _hash_file(entry, cancelled)
        else:
            hashes[name] = entry.sha256
    mtime = int(_epoch(content.manifest["created_at"]))
    handover = _Handover()
    reader: _Reader | None = None
    sink: _VolumeFile | _DirectFile | None = None
    try:
        if files:  # reading starts while the text members and the manifest are made and signed
            reader = _Reader(out, files, hashes, mtime, handover)
            reader.start()
        if content.fill is not None:
            content.fill(content)
        texts = [(bf.ENTITIES, content.entities), (bf.STATEMENTS, content.statements),
                 (bf.CUSTODY, content.custody), (bf.PROVENANCE, content.provenance)]
        total = sum(e.size for _, e in files) + sum(len(d) for _, d in texts)
        manifest = checks.without_controls(dict(content.manifest))  # the case title may hold any text
        exhibit = {e.exhibit: checks.without_controls(e.exhibit) for _, e in files}  # a few, not one per file
        mbytes = manifest_json(manifest, [(n, len(d)) for n, d in texts],
                               [(n, e.size, exhibit[e.exhibit]) for n, e in files])
        sums_lines = [f"{hashlib.sha256(mbytes).hexdigest()}  {bf.MANIFEST}"]
        sums_lines += [f"{hashlib.sha256(d).hexdigest()}  {n}" for n, d in texts]
        sums_lines += [f"{hashes[n]}  {n}" for n, _ in files]
        sums = ("\n".join(sums_lines) + "\n").encode("ascii")
        sig = identity.sign(sums, f"casebench bundle {manifest['bundle_id']} {manifest['created_at']}"
                            ).encode("utf-8")
        sink = (_DirectFile.open(out) if volume_size is None else None) or _VolumeFile(out, volume_size)
        done = 0
        age = BufferedAgeWriter(sink, recipients)
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


_MEMBERS_SLOT = '\n "members": []'  # a top-level key: a string holds no raw newline, a nested key more indent


def manifest_json(manifest: dict[str, Any], texts: list[tuple[str, int]],
                  files: list[tuple[str, int, str]]) -> bytes:
    """MANIFEST.json: exactly ``json.dumps({**manifest, "members": [...]}, ensure_ascii=False,
    indent=1, sort_keys=True)`` and a newline, where members are the text members
    ({"name", "size"}) then the files ({"name", "size", "exhibit"}). The members are written
    here: with an indent, json.dumps runs its pure-Python encoder, thousands of dicts for a
    bundle of small files (tested against json.dumps, test_manifest_json.py)."""
    text = json.dumps({**manifest, "members": []}, ensure_ascii=False, indent=1, sort_keys=True)
    if not texts and not files:
        return text.encode("utf-8") + b"\n"
    if text.count(_MEMBERS_SLOT) != 1:  # cannot happen (see _MEMBERS_SLOT); never guess
        raise ValueError("manifest members slot not found")
    enc = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False
    rep = int.__repr__  # as json.dumps writes an int
    items = [f'{{\n   "name": {enc(n)},\n   "size": {rep(size)}\n  }}' for n, size in texts]
    heads = {ex: f'{{\n   "exhibit": {enc(ex)},\n   "name": ' for ex in {ex for _, _, ex in files}}
    items += [f'{heads[ex]}{enc(n)},\n   "size": {rep(size)}\n  }}' for n, size, ex in files]
    members = "[\n  " + ",\n  ".join(items) + "\n ]"
    return text.replace(_MEMBERS_SLOT, '\n "members": ' + members, 1).encode("utf-8") + b"\n"


def _epoch(iso: str) -> float:
    import datetime as dt

    return dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
