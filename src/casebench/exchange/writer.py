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
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
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
from casebench.store.atomic import fsync_dir


@dataclass(frozen=True)
class FileEntry:
    """Evidence content to ship as files/NNNNNN; `open` yields the plaintext in chunks."""

    exhibit: str
    size: int
    open: Callable[[], Iterable[bytes]]
    sha256: str | None = None  # known hash (checked while streaming); None: hashed first


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


INLINE_HASH = 256 * 1024


def _hash_file(entry: FileEntry, cancelled: Cancelled) -> str:
    h = hashlib.sha256()
    for chunk in entry.open():
        if cancelled():
            raise OperationCancelled("export")
        h.update(chunk)
    return h.hexdigest()


def write_bundle(out: Path, content: BundleContent, identity: WorkbenchIdentity, recipients: list[str], *,
                 volume_size: int | None = None, progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> WriteResult:
    """Write the bundle; raises OperationCancelled (leaving nothing behind) when cancelled."""
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
    mtime = int(_epoch(manifest["created_at"]))
    sink = _VolumeFile(out, volume_size)
    done = 0
    hasher = ThreadPoolExecutor(1, thread_name_prefix="bundle-hash")
    try:
        age = AgeWriter(sink, recipients)  # type: ignore[arg-type]
        for name, data in [(bf.SUMS, sums), (bf.SIG, sig), (bf.MANIFEST, mbytes), *texts]:
            age.write(tarstream.header(name, len(data), mtime))
            age.write(data)
            age.write(tarstream.padding(len(data)))
            done += len(data)
        progress(done, total, "entities and statements written")
        for name, entry in files:
            age.write(tarstream.header(name, entry.size, mtime))
            h = hashlib.sha256()
            got = 0
            pending: deque[Future[None]] = deque()
            for chunk in entry.open():
                if cancelled():
                    raise OperationCancelled("export")
                got += len(chunk)
                if got > entry.size:
                    break
                if len(chunk) < INLINE_HASH:  # handing a small file to a thread costs more than hashing it
                    while pending:
                        pending.popleft().result()
                    h.update(chunk)
                else:  # hashlib releases the GIL: hashing overlaps encryption on another core.
                    pending.append(hasher.submit(h.update, chunk))
                    if len(pending) > 8:
                        pending.popleft().result()
                age.write(chunk)
                done += len(chunk)
                progress(done, total, name)
            for fut in pending:
                fut.result()
            if got != entry.size or h.hexdigest() != hashes[name]:
                raise BundleError(out, f"the content of exhibit {entry.exhibit} changed while it was "
                                       "exported (its size or SHA-256 no longer matches the record)",
                                 code="export.content_changed", exhibit=entry.exhibit)
            age.write(tarstream.padding(entry.size))
        age.write(tarstream.END)
        age.close()
        paths = sink.finish()
    except BaseException:
        sink.abort()
        raise
    finally:
        hasher.shutdown(wait=True)
    progress(total, total, "bundle written")
    return WriteResult(paths, sink.size, hashlib.sha256(sums).hexdigest(), len(texts) + 3 + len(files),
                       sink.hexdigest())


def _epoch(iso: str) -> float:
    import datetime as dt

    return dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
