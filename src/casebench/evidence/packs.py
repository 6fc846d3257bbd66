"""Packs: many small blobs in one age file (decision 47).

A pack is written like a blob (evidence/xx/ID.age, the case's evidence recipient, its
id reserved as pending first) but its plaintext is a ustar archive whose members are
named by blob id, so `age -d -i key pack.age | tar -x` recovers every blob with standard
tools. What a small file cost on its own — a file creation, an age header with its key
exchange, a data sync — is paid once per pack.

Reading one member decrypts only the 64 KiB STREAM chunks that cover it (the open case's
evidence key keeps the payload keys of a few recently opened packs, until it closes); a
full verify reads a pack once, in order, from the disk.
A pack never keeps content no blob row lists: `drop_dead_members` rewrites it without
them (new pack id pending, written, synced, rows moved in one commit, old file removed),
or removes it when nothing in it is listed any more.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import tarfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from casebench.domain.progress import OperationCancelled
from casebench.evidence.agestream import AgeBlobError
from casebench.evidence.contentstore import (
    BlobTarget,
    BlobWriter,
    Identity,
    StoredBlob,
    identity_key,
    open_plaintext_views,
    relative_blob_path,
    remove_blob,
)
from casebench.evidence.hashing import Digests
from casebench.store import age, pendingblobs
from casebench.store import packs as repo
from casebench.store.atomic import fsync_dir
from casebench.store.case import Case, utc_now
from casebench.store.workers import single_worker

MEMBER_MAX = 4 * 1024 * 1024  # larger files stay one age file each (their header is negligible)
PACK_FILES = 500  # members per pack at most (an intake batch)
PACK_BYTES = 64 * 1024 * 1024  # plaintext per pack at most
BLOCK = 512
END = b"\0" * (2 * BLOCK)  # a tar archive ends with two empty blocks


def _tarinfo_header(blob_id: str, size: int) -> bytes:
    info = tarfile.TarInfo(blob_id)
    info.size, info.mode, info.mtime, info.type = size, 0o600, 0, tarfile.REGTYPE
    return info.tobuf(format=tarfile.USTAR_FORMAT, encoding="ascii", errors="strict")


_TEMPLATE = _tarinfo_header("", 0)  # tarfile's own ustar header, filled in below
_NAME, _SIZE, _CHKSUM = slice(0, 100), slice(124, 136), slice(148, 156)
_SIZE_MAX = 8**11 - 1  # eleven octal digits; larger never goes into a pack (MEMBER_MAX)


def member_header(blob_id: str, size: int) -> bytes:
    """The ustar header of one member: its name is the blob id, nothing of the source file.

    The same bytes tarfile writes (tested), built from its header for an empty name: a
    member's header cost more than sealing a small file when tarfile built each one."""
    name = blob_id.encode("ascii")
    if len(name) > 100 or not 0 <= size <= _SIZE_MAX:
        return _tarinfo_header(blob_id, size)
    buf = bytearray(_TEMPLATE)
    buf[: len(name)] = name
    buf[_SIZE] = b"%011o\0" % size
    buf[_CHKSUM] = b" " * 8
    buf[_CHKSUM] = b"%06o\0 " % sum(buf)
    return bytes(buf)


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


@dataclass(frozen=True)
class PackedBlob:
    """A member as written: where its content lies in the pack's plaintext."""

    blob_id: str
    offset: int
    size: int


QUEUE_BYTES = 1024 * 1024  # content add() hands to the pack's writer thread at a time


class PackTarget:
    """One pack being written: add() members, or begin() one, write() its content and
    end() it; then finish().

    The pack is a blob of the given writer, so its data sync is the writer's sync() (once
    per batch) and an abort removes it whole."""

    def __init__(self, writer: BlobWriter, pack_id: str | None = None) -> None:
        self.target: BlobTarget = writer.open(plain_hash=False, blob_id=pack_id)
        self.pos = 0  # plaintext bytes the pack holds, or will once its queue is written
        self.members: list[PackedBlob] = []
        self._open: tuple[str, int, int] | None = None  # blob id, offset, bytes still due
        self._queue: list[tuple[str, bytes]] = []  # added, not yet handed to the writer thread
        self._queued = 0
        self._writing: deque[Future[None]] = deque()

    @property
    def pack_id(self) -> str:
        return self.target.blob_id

    @property
    def full(self) -> bool:
        return len(self.members) >= PACK_FILES or self.pos >= PACK_BYTES

    def _put(self, data: bytes | memoryview) -> None:
        self.target.write(data)
        self.pos += len(data)

    def begin(self, blob_id: str, size: int) -> int:
        """Start a member of `size` bytes; returns the offset of its content."""
        if self._open is not None:
            raise ValueError("a pack member was not ended")
        self._settle()
        self._put(member_header(blob_id, size))
        self._open = (blob_id, self.pos, size)
        return self.pos

    def write(self, data: bytes | memoryview, /) -> None:
        if self._open is None or len(data) > self._open[2]:
            raise ValueError("more content than the pack member was opened for")
        blob_id, offset, due = self._open
        self._open = (blob_id, offset, due - len(data))
        if data:
            self._put(data)

    def end(self) -> PackedBlob:
        if self._open is None or self._open[2]:
            raise ValueError("the pack member is shorter than announced")
        blob_id, offset, _ = self._open
        size = self.pos - offset
        self._put(padding(size))
        self._open = None
        member = PackedBlob(blob_id, offset, size)
        self.members.append(member)
        return member

    def add(self, blob_id: str, data: bytes) -> PackedBlob:
        """A whole member, placed at once; its sealing and writing happen on the pack's
        writer thread while the caller goes on (a few at a time: the intake's thread had
        spent more time sealing small files than on everything else it does). finish()
        or begin() waits for it; a failure to write it is raised there, or by a later add()."""
        if self._open is not None:
            raise ValueError("a pack member was not ended")
        size = len(data)
        member = PackedBlob(blob_id, self.pos + BLOCK, size)
        self.pos = member.offset + size + (-size % BLOCK)
        self.members.append(member)
        self._queue.append((blob_id, data))
        self._queued += size
        if self._queued >= QUEUE_BYTES:
            self._hand_over()
        return member

    def _hand_over(self) -> None:
        while len(self._writing) > 1:  # memory stays flat: at most two parts wait
            self._writing.popleft().result()
        if self._queue:
            self._writing.append(single_worker("pack").submit(self._write_members, self._queue))
            self._queue, self._queued = [], 0

    def _write_members(self, items: list[tuple[str, bytes]]) -> None:
        for blob_id, data in items:
            self.target.write(member_header(blob_id, len(data)))
            self.target.write(data)
            if pad := -len(data) % BLOCK:
                self.target.write(_ZEROS[:pad])

    def _settle(self) -> None:
        """Everything added is written (a writing failure is raised here)."""
        self._hand_over()
        while self._writing:
            self._writing.popleft().result()

    def finish(self) -> StoredBlob:
        """Close the archive and the age file; its data sync waits for the writer's sync().
        On a failure (a full disk) nothing of the pack stays, as after abort()."""
        try:
            self._settle()
            self._put(END)
            return self.target.finish()
        except BaseException:
            self.abort()
            raise

    def abort(self) -> None:
        self._queue = []
        for job in self._writing:
            with contextlib.suppress(BaseException):
                job.result()
        self._writing.clear()
        self.target.abort()


_ZEROS = bytes(BLOCK)


# -- reading ----------------------------------------------------------------------------------
def pack_path(case_dir: os.PathLike[str] | str, pack_id: str) -> str:
    return os.path.join(case_dir, relative_blob_path(pack_id))


def _payload(path: str, size: int, mtime_ns: int, identity: Identity, *, fresh: bool) -> age.Payload:
    """The header is read and the key exchanged once per pack, not once per member, while
    the case is open (kept by its OpenedIdentity, keyed by the file's size and time: a pack
    is never rewritten in place, only replaced by a new id). `fresh`: read from the disk
    and keep nothing (verify must see bit rot that changed neither size nor time)."""
    cache = identity if isinstance(identity, age.OpenedIdentity) and not fresh else None
    where = (path, size, mtime_ns)
    payload = cache.payload(where) if cache is not None else None
    if payload is None:
        with open(path, "rb", buffering=64 * 1024) as fh:
            header = age.read_header(fh, known=None)
            key = age.unwrap_x25519(header, [identity_key(identity)],
                                    not_ours="the pack is not encrypted to this case's evidence key")
            payload = age.payload_at(fh, key, size)
        if cache is not None:
            cache.keep(where, payload)
    return payload


def read_member(case_dir: os.PathLike[str] | str, pack_id: str, offset: int, size: int,
                identity: Identity, *, fresh: bool = False) -> Iterator[memoryview]:
    """One member's content, decrypting only the chunks that cover it; raises AgeBlobError
    or OSError (FileNotFoundError: the pack file is missing). `fresh`: every chunk is read
    from the disk and authenticated again (verify), none reused from an earlier read."""
    path = pack_path(case_dir, pack_id)
    with open(path, "rb", buffering=0) as fh:
        st = os.fstat(fh.fileno())
        payload = _payload(path, st.st_size, st.st_mtime_ns, identity, fresh=fresh)
        yield from age.read_range(fh, payload, offset, size)


@dataclass(frozen=True)
class Where:
    """Where a blob's content lies: its own age file (pack_id None) or a pack member."""

    blob_id: str
    size: int
    pack_id: str | None = None
    offset: int = 0

    @property
    def file_id(self) -> str:
        """The id of the age file to open."""
        return self.pack_id or self.blob_id


def locate(case: Case, blobs: Iterable[tuple[str, int]]) -> dict[str, Where]:
    """Where each (blob id, size) lies; read in the database's thread, used in any."""
    blobs = list(blobs)
    found = repo.locations(case, (b for b, _ in blobs))
    out: dict[str, Where] = {}
    for blob_id, size in blobs:
        pack = found.get(blob_id)
        out[blob_id] = Where(blob_id, size, *pack) if pack else Where(blob_id, size)
    return out


def open_content(case_dir: os.PathLike[str] | str, where: Where,
                 identity: Identity) -> Iterator[bytes] | Iterator[memoryview]:
    """A blob's content in blocks, wherever it lies (see open_plaintext_views for how long a
    view of a stand-alone blob lives)."""
    if where.pack_id is None:
        return open_plaintext_views(os.fspath(case_dir), where.blob_id, identity)  # type: ignore[arg-type]
    return read_member(case_dir, where.pack_id, where.offset, where.size, identity)


class ContentReader:
    """Opens the contents of a known list of blobs one after another, for one thread (the
    bundle writer's reader). A pack stays open from one of its members to the next, read
    through a 1 MiB buffer: members read in the order they lie in it cost no new open, no
    seek outside the buffer and no small read each; it is closed after the last member
    listed in it (or when the reader is dropped)."""

    BUFFER = 1024 * 1024

    def __init__(self, case_dir: os.PathLike[str] | str, identity: Identity, wheres: Iterable[Where]) -> None:
        self._dir = case_dir
        self._identity = identity
        self._left: dict[str, int] = {}
        for w in wheres:
            if w.pack_id is not None:
                self._left[w.pack_id] = self._left.get(w.pack_id, 0) + 1
        self._pack: str | None = None
        self._fh: Any = None
        self._payload: age.Payload | None = None
        self._carry: tuple[str, int, bytes] | None = None  # pack id, chunk index, its plaintext
        self._inbuf: bytearray | None = None

    def open(self, where: Where) -> Iterator[bytes] | Iterator[memoryview]:
        """As open_content."""
        if where.pack_id is None:
            return open_plaintext_views(os.fspath(self._dir), where.blob_id, self._identity)  # type: ignore[arg-type]
        return self._member(where.pack_id, where.offset, where.size)

    def _member(self, pack_id: str, offset: int, size: int) -> Iterator[memoryview]:
        if self._pack != pack_id:
            self.close()
            path = pack_path(self._dir, pack_id)
            self._fh = open(path, "rb", buffering=self.BUFFER)  # noqa: SIM115 (kept open across members)
            self._pack = pack_id
            st = os.fstat(self._fh.fileno())
            self._payload = _payload(path, st.st_size, st.st_mtime_ns, self._identity, fresh=False)
        assert self._payload is not None
        try:
            yield from age.read_range(self._fh, self._payload, offset, size)
        finally:
            self._left[pack_id] = self._left.get(pack_id, 1) - 1
            if self._left[pack_id] <= 0:
                self.close()

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        self._fh, self._pack, self._payload = None, None, None
        self._carry = None

    # -- whole tar records, for the bundle writer ----------------------------------------------
    def read_records(self, run: Sequence[Where], out: bytearray) -> memoryview:
        """The tar records (header, content, padding) of members that lie one after another
        in one pack, decrypted into `out` (room for records_room(run) bytes): a bundle's tar
        records of the same files have the same lengths, so the caller only rewrites the
        headers. Every chunk is authenticated; each member's header must name its blob id
        and size, so rows pointing at the wrong place, or another pack of the case put in
        this one's place (which decrypts with the same key), are refused, not read.

        Raises RecordUnreadable(index in run, why). The chunk the next run starts in (when
        it is this run's last) is kept, not decrypted twice."""
        pack_id = run[0].pack_id
        assert pack_id is not None
        start, end = record_span(run)
        if start < 0:
            raise RecordUnreadable(0, "the case's rows place it before the start of its pack")
        first, last = start // age.CHUNK, (end - 1) // age.CHUNK
        view = memoryview(out)
        try:
            if self._pack != pack_id:
                self.close()
                path = pack_path(self._dir, pack_id)
                self._fh = open(path, "rb", buffering=0)  # noqa: SIM115 (kept open across members)
                self._pack = pack_id
                st = os.fstat(self._fh.fileno())
                self._payload = _payload(path, st.st_size, st.st_mtime_ns, self._identity, fresh=False)
            assert self._payload is not None
            at = first
            carry = self._carry
            if carry is not None and carry[0] == pack_id and carry[1] == first:
                view[: len(carry[2])] = carry[2]
                at += 1
            count = last + 1 - at
            if self._inbuf is None or len(self._inbuf) < count * age.SEALED:
                self._inbuf = bytearray(max(count, age.READ_CHUNKS + 2) * age.SEALED)
            got = (at - first) * age.CHUNK + age.open_chunks_into(
                self._fh, self._payload, at, count, self._inbuf, view[(at - first) * age.CHUNK:])
        except FileNotFoundError:
            raise RecordUnreadable(0, f"its encrypted pack {relative_blob_path(pack_id)} is missing") from None
        except age.ChunkDamaged as exc:
            raise RecordUnreadable(_covering(run, exc.chunk, start), f"its encrypted pack "
                                   f"{relative_blob_path(pack_id)} is damaged ({exc})") from None
        except (AgeBlobError, OSError) as exc:
            raise RecordUnreadable(0, f"its encrypted pack {relative_blob_path(pack_id)} cannot be read "
                                   f"({exc})") from None
        finally:
            self._left[pack_id] = self._left.get(pack_id, len(run)) - len(run)
        if got < end - first * age.CHUNK:
            raise RecordUnreadable(len(run) - 1, f"its encrypted pack {relative_blob_path(pack_id)} ends "
                                   "before this file's content")
        base = first * age.CHUNK
        tail = (last - first) * age.CHUNK
        self._carry = (pack_id, last, bytes(view[tail:got]))
        for i, w in enumerate(run):
            h = w.offset - BLOCK - base
            name = bytes(view[h : h + 100]).rstrip(b"\0")
            size = bytes(view[h + 124 : h + 136]).strip(b"\0 ")
            if name != w.blob_id.encode("ascii") or _octal(size) != w.size:
                raise RecordUnreadable(i, f"its encrypted pack {relative_blob_path(pack_id)} holds other "
                                       "content where the case's rows place this file (the pack was "
                                       "replaced, or the rows do not match it)")
        if self._left[pack_id] <= 0:
            self.close()
        return view[start - base : end - base]


class RecordUnreadable(Exception):
    """A member of a run could not be read as recorded; `index` says which, `why` in plain words."""

    def __init__(self, index: int, why: str) -> None:
        super().__init__(why)
        self.index, self.why = index, why


def record_span(run: Sequence[Where]) -> tuple[int, int]:
    """Plaintext offsets of the first record's header and the end of the last record's padding."""
    last = run[-1]
    return run[0].offset - BLOCK, last.offset + last.size + len(padding(last.size))


def records_room(run: Sequence[Where]) -> int:
    """Bytes read_records needs in its buffer: the whole chunks that cover the records."""
    start, end = record_span(run)
    return ((end - 1) // age.CHUNK - start // age.CHUNK + 1) * age.CHUNK


def follows(prev: Where, nxt: Where) -> bool:
    """Does `nxt`'s record start where `prev`'s ends, in the same pack?"""
    return (prev.pack_id is not None and nxt.pack_id == prev.pack_id
            and nxt.offset - BLOCK == prev.offset + prev.size + len(padding(prev.size)))


def _octal(field: bytes) -> int:
    """A tar header's octal number, or -1 when the field holds something else."""
    try:
        return int(field, 8) if field else -1
    except ValueError:
        return -1


def _covering(run: Sequence[Where], chunk: int, start: int) -> int:
    """The first member of the run whose record has bytes in `chunk`."""
    lo, hi = chunk * age.CHUNK, (chunk + 1) * age.CHUNK
    for i, w in enumerate(run):
        if w.offset + w.size + len(padding(w.size)) > lo and w.offset - BLOCK < hi:
            return i
    return len(run) - 1 if lo >= start else 0


# -- full verify: each pack read once, in order ------------------------------------------------
@dataclass(frozen=True)
class PackCheck:
    found: dict[str, Digests]  # blob id -> digests of the member as read
    damaged: dict[str, str]  # blob id -> why its content could not be read
    framing: str = ""  # damage outside every member's content (a tar header, the archive's end)


def check_pack(case_dir: os.PathLike[str] | str, pack_id: str, identity: Identity, members: Sequence[Where], *,
               md5: bool, sha1: bool, on_bytes: Callable[[int], None],
               cancelled: Callable[[], bool]) -> PackCheck:
    """The digests of every member found, and the damage of each member that could not be
    read. A member's digests come only from chunks that authenticated; after damage, the
    members not read yet are read one by one from the disk, so only those the damage covers
    are named; damage no member's chunks cover is the pack's own (`framing`)."""
    todo = sorted(members, key=lambda w: w.offset)
    done: dict[str, Digests] = {}
    algos: list[Any] = []

    def new_algos() -> list[Any]:
        return [hashlib.sha256()] + ([hashlib.md5(usedforsecurity=False)] if md5 else []) + (
            [hashlib.sha1(usedforsecurity=False)] if sha1 else [])

    def digests(m: Where, hs: list[Any]) -> Digests:
        return Digests(hs[0].hexdigest(), hs[1].hexdigest() if md5 else None,
                       hs[-1].hexdigest() if sha1 else None, m.size)

    pos = idx = 0
    name = relative_blob_path(pack_id)
    try:
        for block in open_plaintext_views(os.fspath(case_dir), pack_id, identity):  # type: ignore[arg-type]
            if cancelled():
                raise OperationCancelled("verification")
            end = pos + len(block)
            while idx < len(todo):
                m = todo[idx]
                if m.offset > end or (m.offset == end and m.size):
                    break
                if not algos:
                    algos = new_algos()
                lo, hi = max(m.offset, pos) - pos, min(m.offset + m.size, end) - pos
                if hi > lo:
                    for h in algos:
                        h.update(block[lo:hi])
                if m.offset + m.size > end:
                    break
                done[m.blob_id] = digests(m, algos)
                algos = []
                idx += 1
            on_bytes(len(block))
            pos = end
    except FileNotFoundError:
        return PackCheck(done, {m.blob_id: f"its encrypted pack {name} is missing" for m in todo[idx:]})
    except (AgeBlobError, OSError) as exc:
        damaged: dict[str, str] = {}
        for m in todo[idx:]:
            hs = new_algos()
            try:
                for piece in read_member(case_dir, pack_id, m.offset, m.size, identity, fresh=True):
                    for h in hs:
                        h.update(piece)
            except (AgeBlobError, OSError) as one:
                damaged[m.blob_id] = f"its encrypted pack {name} is damaged ({one})"
            else:
                done[m.blob_id] = digests(m, hs)
        # every member that read is intact (its chunks authenticated); what is left is damage
        # no file's content lies in, said of the pack, not of its files
        return PackCheck(done, damaged, "" if damaged else f"the encrypted pack {name} is damaged outside the "
                         f"content of every file in it ({exc}); those files read intact")
    if idx < len(todo):
        return PackCheck(done, {m.blob_id: f"its encrypted pack {name} ends before this file's content"
                                for m in todo[idx:]})
    return PackCheck(done, {})


# -- deletion: no content survives in a pack once no row lists it ------------------------------
class MemberDamaged(AgeBlobError):
    """A live member's content is not what its row's SHA-256 says (a swapped or altered pack)."""


def drop_dead_members(case: Case, pack_ids: Iterable[str]) -> dict[str, str]:
    """Bring each pack in line with the rows (call after their commit, outside a transaction):
    a pack no row points at is removed; one holding members no row lists is rewritten
    without them. A crash at any point leaves either the old pack listed and the new one
    pending, or the new one listed and the old one pending: `tidy` deletes what is pending.

    A pack that cannot be read, or whose live content does not match its rows, is kept as
    it is (nothing damaged is copied into a new pack, nothing is lost by trying): returns
    pack id -> why, for the caller to report; the next writable opening tries again."""
    untidy: dict[str, str] = {}
    for pack_id in sorted(set(pack_ids)):
        written = repo.written_members(case, pack_id)
        if written is None:
            continue
        live = repo.members(case, pack_id)
        if len(live) == written:
            continue
        owner = "pack:" + secrets.token_hex(8)
        if not live:
            with case.transaction():
                repo.delete_pack(case, pack_id)
                pendingblobs.set_pending(case, owner, [pack_id])
        else:
            try:
                _rewrite(case, pack_id, live, owner)
            except FileNotFoundError:
                untidy[pack_id] = "the pack file is missing"
                continue
            except (AgeBlobError, OSError) as exc:
                untidy[pack_id] = str(exc)
                continue
        remove_blob(case.path, pack_id)
        fsync_dir((case.path / relative_blob_path(pack_id)).parent)  # gone before it stops being pending
        with case.transaction():
            pendingblobs.release(case, owner)
    return untidy


def _rewrite(case: Case, pack_id: str, live: list[repo.Member], owner: str) -> None:
    new_id = pendingblobs.reserve(case, owner, 1)[0]
    writer = BlobWriter(case.path, case.evidence_recipient, None)
    pack = PackTarget(writer, new_id)
    try:
        offsets: dict[str, int] = {}
        for m in live:
            offsets[m.blob_id] = pack.begin(m.blob_id, m.size)
            digest = hashlib.sha256()
            for block in read_member(case.path, pack_id, m.offset, m.size, case.evidence_key):
                digest.update(block)
                pack.write(block)
            pack.end()
            # chunks authenticate against the pack's own key: a whole other pack of the case
            # put in its place reads without error, so the content is checked against its row
            if digest.hexdigest() != m.sha256:
                raise MemberDamaged(f"the content of blob {m.blob_id} in it does not match its SHA-256")
        stored = pack.finish()
        writer.sync()
    except BaseException:
        pack.abort()
        with case.transaction():
            pendingblobs.release(case, owner)
        raise
    with case.transaction():
        repo.move_members(case, pack_id, new_id, offsets, stored_size=stored.stored_size,
                          cipher_sha256=stored.cipher_sha256, created_at=utc_now())
        pendingblobs.set_pending(case, owner, [pack_id])  # the old file, until it is removed


__all__ = ["END", "MEMBER_MAX", "ContentReader", "MemberDamaged", "PackCheck", "PackTarget", "PackedBlob",
           "RecordUnreadable", "Where", "check_pack", "drop_dead_members", "follows", "locate", "member_header",
           "open_content", "read_member", "record_span", "records_room"]
