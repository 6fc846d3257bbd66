"""Verify (re-read and re-hash stored content, check custody chains) and extract.

Verify is recorded as a custody "examine" event per exhibit with content; extract as
a "check-out" event. hash_before / hash_after of both are the SHA-256 of the
exhibit's files listed in `sha256sum` format (sorted by path): recorded vs. found.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from casebench.domain.progress import OperationCancelled, Progress
from casebench.evidence import custody, packs
from casebench.evidence.agestream import AgeBlobError
from casebench.evidence.contentstore import (
    blob_path,
    check_blob,
    file_sha256,
    relative_blob_path,
)
from casebench.evidence.hashing import Digests, Hasher, hash_pool, listing_sha256
from casebench.store import audit
from casebench.store import custody as custody_repo
from casebench.store import exhibits as repo
from casebench.store import packs as packs_repo
from casebench.store.atomic import atomic_writer, clean_leftovers, staging_folder
from casebench.store.case import Case
from casebench.store.custody import CustodyDraft
from casebench.store.directio import DirectWriter
from casebench.store.errors import CaseError, InvalidInput, NotFound
from casebench.store.exhibits import ContentFile

PARALLEL_BELOW = 4 * 1024 * 1024  # blobs up to this size are verified two at a time


class ExtractError(CaseError):
    """Extraction stopped; the message names the file and the problem."""


def _file_label(ref: str, f: ContentFile) -> str:
    return f"exhibit {ref}, file {f.rel_path!r}"


def _compare(f: ContentFile, d: Digests) -> str | None:
    if d.sha256 != f.sha256:
        return "content does not match its recorded SHA-256 (the stored copy was altered)"
    if d.size != f.size:
        return f"content has {d.size} bytes, {f.size} were recorded"
    if f.md5 and d.md5 != f.md5:
        return "content does not match its recorded MD5"
    if f.sha1 and d.sha1 != f.sha1:
        return "content does not match its recorded SHA-1"
    return None


@dataclass
class ContentCheck:
    problems: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    exhibits: int = 0


def verify(
    case: Case,
    exhibit_id: str | None,
    *,
    progress: Progress,
    cancelled: Callable[[], bool],
    record: bool = True,
) -> ContentCheck:
    """Check custody chains and re-hash content; then record an "examine" event per exhibit."""
    result = ContentCheck()
    heads = custody_repo.heads(case, exhibit_id)
    for eid, ref, head in heads:
        result.problems += custody.verify_chain(case, eid, ref, head)
    refs = {eid: ref for eid, ref, _ in heads}
    files = repo.content_files(case, exhibit_id)
    need_md5 = any(f.md5 for f in files)
    need_sha1 = any(f.sha1 for f in files)
    by_blob: dict[str, list[ContentFile]] = {}
    for f in files:
        by_blob.setdefault(f.blob_id, []).append(f)
    sizes = repo.blob_sizes(case, by_blob)
    total = sum(s for s, _ in sizes.values())
    # Older blobs have no recorded file hash (quick verify): hash the file in the same
    # read, and record it once the blob is found intact.
    unrecorded = {b for b, (_, h) in repo.blob_cipher_hashes(case, by_blob).items() if h is None}
    learned: dict[str, str] = {}
    done = [0]
    found: dict[str, list[tuple[str, str]]] = {}  # exhibit -> (rel_path, sha256 found)
    pool = hash_pool()

    def tick(n: int) -> None:
        done[0] += n
        progress(done[0], total, f"{len(found)} exhibit(s)")

    def one(blob_id: str, hash_pool_: ThreadPoolExecutor | None, on_bytes: Callable[[int], None]
            ) -> tuple[Digests | None, str]:
        if cancelled():
            raise OperationCancelled("verification")
        try:
            checked = check_blob(case.path, blob_id, case.evidence_key, hash_pool_, md5=need_md5,
                                 sha1=need_sha1, on_bytes=on_bytes, cancelled=cancelled,
                                 cipher=blob_id in unrecorded)
        except FileNotFoundError:
            return None, f"its encrypted copy {relative_blob_path(blob_id)} is missing"
        except (AgeBlobError, OSError) as exc:
            return None, f"its encrypted copy {relative_blob_path(blob_id)} is damaged ({exc})"
        if checked.cipher_sha256 and not any(_compare(f, checked.digests) for f in by_blob[blob_id]):
            learned[blob_id] = checked.cipher_sha256
        return checked.digests, ""

    # A large blob: decrypted here while the hash worker hashes the previous block. Small
    # blobs (a phone extraction's thousands) cost mostly per-file work (header, key
    # exchange): two of them are checked at a time, each in its own thread. A pack is read
    # once, in order, every member's content hashed as it passes (two packs at a time).
    where = packs.locate(case, ((b, sizes.get(b, (0, ""))[0]) for b in by_blob))
    packed: dict[str, list[packs.Where]] = {}
    for w in where.values():
        if w.pack_id is not None:
            packed.setdefault(w.pack_id, []).append(w)
    alone = [b for b in by_blob if where[b].pack_id is None]
    large = [b for b in alone if sizes.get(b, (0, ""))[0] > PARALLEL_BELOW]
    small = [b for b in alone if sizes.get(b, (0, ""))[0] <= PARALLEL_BELOW]
    counted = [0]

    def count(n: int) -> None:
        counted[0] += n  # reported by the calling thread as each small blob's result arrives

    def one_pack(pack_id: str) -> list[tuple[str, tuple[Digests | None, str]]]:
        if cancelled():
            raise OperationCancelled("verification")
        checked = packs.check_pack(case.path, pack_id, case.evidence_key, packed[pack_id],
                                   md5=need_md5, sha1=need_sha1, on_bytes=count, cancelled=cancelled)
        if checked.framing:
            result.problems.append(checked.framing)
        return [(w.blob_id, (checked.found.get(w.blob_id), checked.damaged.get(w.blob_id, "")))
                for w in packed[pack_id]]

    many = ThreadPoolExecutor(max_workers=2, thread_name_prefix="casebench-verify")
    try:
        outcomes = itertools.chain(
            ((b, one(b, pool, tick)) for b in large),
            zip(small, many.map(lambda b: one(b, None, count), small), strict=True),
            itertools.chain.from_iterable(many.map(one_pack, list(packed))))
        for blob_id, (digests, damage) in outcomes:
            users = by_blob[blob_id]
            if counted[0]:
                tick(counted[0])
                counted[0] = 0
            for f in users:
                ref = refs.get(f.exhibit_id, f.exhibit_id)
                got = "0" * 64
                if digests is None:
                    result.problems.append(f"{_file_label(ref, f)}: {damage}")
                else:
                    bad = _compare(f, digests)
                    if bad:
                        result.problems.append(f"{_file_label(ref, f)}: {bad}")
                    got = digests.sha256
                found.setdefault(f.exhibit_id, []).append((f.rel_path, got))
                result.files += 1
                result.bytes += f.size
    finally:
        many.shutdown(wait=True, cancel_futures=True)
        pool.shutdown(wait=True)
    result.exhibits = len(heads)
    if record:
        with case.transaction():
            repo.record_cipher_hashes(case, learned)
            for eid, rows in found.items():
                recorded = listing_sha256(
                    [(f.rel_path, f.sha256) for f in files if f.exhibit_id == eid]
                )
                now_hash = listing_sha256(rows)
                custody.append(
                    case,
                    eid,
                    CustodyDraft(
                        event="examine",
                        to_person=case.user,
                        purpose="verification: content re-read and re-hashed",
                        hash_before=recorded,
                        hash_after=now_hash,
                        matched=recorded == now_hash,
                        notes=f"{len(rows)} file(s) re-hashed with SHA-256",
                        details={"files": len(rows)},
                    ),
                )
    return result


QUICK_NOT_PROVEN = (
    "quick mode: each encrypted evidence file was compared with the SHA-256 recorded when it "
    "was written; nothing was decrypted, so this does not prove that the key still opens the "
    "files or that the content matches its recorded SHA-256 (run verify without --quick for that)"
)


@dataclass
class QuickCheck:
    problems: list[str] = field(default_factory=list)
    files: int = 0  # encrypted files compared with their recorded hash
    bytes: int = 0  # their size on disk
    exhibits: int = 0
    not_covered: int = 0  # older files without a recorded hash (a full verify records it)


def quick_verify(
    case: Case,
    exhibit_id: str | None,
    *,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> QuickCheck:
    """Custody chains, and each encrypted file re-hashed as it lies on disk (no decryption).

    Records nothing: a custody "examine" event states the content was re-hashed, which
    this mode does not do.
    """
    result = QuickCheck()
    heads = custody_repo.heads(case, exhibit_id)
    for eid, ref, head in heads:
        result.problems += custody.verify_chain(case, eid, ref, head)
    result.exhibits = len(heads)
    refs = {eid: ref for eid, ref, _ in heads}
    by_blob: dict[str, list[tuple[str, str]]] = {}  # blob -> (exhibit id, rel_path)
    for blob_id, eid, rel_path in repo.blob_files(case, exhibit_id):
        by_blob.setdefault(blob_id, []).append((eid, rel_path))
    recorded: dict[str, tuple[int, str | None]] = dict(repo.blob_cipher_hashes(case, by_blob))
    # a packed blob is checked as its pack: the pack file's SHA-256, once for all its members
    in_pack = packs_repo.locations(case, by_blob)
    pack_hashes = packs_repo.pack_hashes(case)
    by_file: dict[str, list[tuple[str, str]]] = {}
    for blob_id, users in by_blob.items():
        file_id = in_pack[blob_id][0] if blob_id in in_pack else blob_id
        by_file.setdefault(file_id, []).extend(users)
        if blob_id in in_pack:
            recorded[file_id] = pack_hashes.get(file_id, (0, None))
    total = sum(recorded.get(f, (0, None))[0] for f in by_file if recorded.get(f, (0, None))[1] is not None)
    done = [0]
    buf = bytearray(1 << 20)

    def tick(n: int) -> None:
        done[0] += n
        progress(done[0], total, f"{result.files} encrypted file(s)")

    for blob_id, users in by_file.items():
        if cancelled():
            raise OperationCancelled("verification")
        stored_size, want = recorded.get(blob_id, (0, None))
        if want is None:
            result.not_covered += 1
            continue
        try:
            got = file_sha256(case.path, blob_id, buf, tick, cancelled)
            problem = "" if got == want else (
                f"its encrypted copy {relative_blob_path(blob_id)} differs from the file written "
                "(SHA-256 of the encrypted file does not match the record)")
        except FileNotFoundError:
            problem = f"its encrypted copy {relative_blob_path(blob_id)} is missing"
        except OSError as exc:
            problem = f"its encrypted copy {relative_blob_path(blob_id)} cannot be read ({exc.strerror})"
        if problem:
            for eid, rel_path in users:
                result.problems.append(f"exhibit {refs.get(eid, eid)}, file {rel_path!r}: {problem}")
        result.files += 1
        result.bytes += stored_size
    return result


# -- extract ---------------------------------------------------------------------------------
def _safe_parts(case: Case, raw_path: bytes) -> list[bytes]:
    parts = raw_path.split(b"/")
    if any(
        p in (b"", b".", b"..") or b"\x00" in p or (b"\\" in p and os.name == "nt") for p in parts
    ):
        raise ExtractError(
            case.path,
            f"the recorded path {raw_path!r} is not safe to write; "
            "extract the file alone",
            code="extract.unsafe_path", recorded=raw_path.decode("utf-8", "replace"),
        )
    return parts


def select_files(case: Case, exhibit_id: str, ref: str, name: str | None) -> list[ContentFile]:
    files = repo.content_files(case, exhibit_id)
    if name is None:
        if not files:
            raise NotFound(case.path, f"exhibit {ref} has no content files to extract", code="exhibit.no_content",
                           reference=ref)
        return files
    exact = [f for f in files if f.rel_path == name or f.id == name]
    if not exact:
        exact = [f for f in files if f.name == name]
    if not exact:
        raise NotFound(case.path, f"exhibit {ref} has no file {name!r}", code="exhibit.no_file", reference=ref,
                       name=name)
    if len(exact) > 1:
        raise InvalidInput(
            case.path,
            f"exhibit {ref} has {len(exact)} files named {name!r}; "
            "give the path: " + ", ".join(f.rel_path for f in exact[:5]),
        )
    return exact


DIRECT_FROM = 16 * 1024 * 1024  # larger files are written past the page cache (store.directio)


def extract(
    case: Case,
    exhibit_id: str,
    dest: Path,
    reason: str,
    *,
    file_name: str | None = None,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> list[Path]:
    """Write original files under `dest`, re-hashed on the way out; never overwrite."""
    ref = repo.get_exhibit(case, exhibit_id).reference
    if not reason.strip():
        raise InvalidInput(
            case.path, "give the reason for the extraction (it is recorded as a disclosure)",
            code="extract.no_reason")
    files = select_files(case, exhibit_id, ref, file_name)
    _empty_destination(case, dest)
    single = file_name is not None
    rel_targets: list[tuple[ContentFile, list[bytes]]] = []
    for f in files:
        parts = [f.raw_path.split(b"/")[-1]] if single else _safe_parts(case, f.raw_path)
        if single:
            _safe_parts(case, parts[0])
        rel_targets.append((f, parts))
    total = sum(f.size for f in files)
    done = [0]
    written: list[Path] = []
    checked: list[tuple[str, str]] = []
    problems: list[str] = []
    pool = hash_pool()
    where = packs.locate(case, ((f.blob_id, f.size) for f in files))
    # Everything is written into a locked temporary folder of ours inside `dest` (made
    # by us, so it holds no links to follow); the custody event and the disclosure are
    # recorded next; only then do the files get their places in `dest`. A kill leaves a
    # record and at most our temporary folder, removed at the next start there.
    with staging_folder(dest) as stage:
        try:
            for f, parts in rel_targets:
                if cancelled():
                    raise OperationCancelled("extraction")
                target = Path(os.fsdecode(os.path.join(os.fsencode(stage), *parts)))
                _make_folders(stage, target.parent)
                hasher = Hasher(pool, sha1=bool(f.sha1), md5=bool(f.md5))
                try:
                    # Not synced: a plaintext copy outside the case that can be made again
                    # (decisions.md, "An extracted copy is not synced").
                    with atomic_writer(target, overwrite=False, durable=False) as out:
                        direct = DirectWriter.open(out.fileno()) if f.size >= DIRECT_FROM else None
                        write = direct.write if direct is not None else out.write
                        try:
                            for block in packs.open_content(case.path, where[f.blob_id], case.evidence_key):
                                if cancelled():
                                    raise OperationCancelled("extraction")
                                hasher.update(block)  # type: ignore[arg-type]
                                write(block)
                                done[0] += len(block)
                                progress(done[0], total, f.rel_path)
                            if direct is not None:
                                direct.finish()
                        except BaseException:
                            if direct is not None:
                                direct.abort()
                            raise
                        bad = _compare(f, hasher.digests())
                        if bad:
                            raise ExtractError(
                                case.path, f"{_file_label(ref, f)}: {bad}; it was not written"
                            )
                except ExtractError as exc:
                    problems.append(exc.problem)
                    checked.append((f.rel_path, hasher.digests().sha256))
                    continue
                except FileNotFoundError:
                    if blob_path(case.path, where[f.blob_id].file_id).exists():
                        raise
                    problems.append(
                        f"{_file_label(ref, f)}: its encrypted copy is missing; not written"
                    )
                    continue
                except AgeBlobError as exc:
                    problems.append(
                        f"{_file_label(ref, f)}: its encrypted copy is damaged ({exc}); not written"
                    )
                    continue
                mtime = _timestamp(f.modified_at)
                if mtime is not None:
                    os.utime(target, (mtime, mtime))
                written.append(Path(os.fsdecode(os.path.join(os.fsencode(dest), *parts))))
                checked.append((f.rel_path, hasher.digests().sha256))
        finally:
            pool.shutdown(wait=True)
        _record_extract(case, exhibit_id, ref, dest, reason, file_name, files, written, checked, problems)
        for name in os.listdir(stage):
            final = os.path.join(dest, name)
            if os.path.lexists(final):  # something appeared meanwhile: never overwrite it
                raise ExtractError(case.path, f"refusing to overwrite {final}; choose an empty folder",
                                   code="extract.would_overwrite", target=final)
            os.rename(os.path.join(stage, name), final)
    if problems:
        raise ExtractError(
            case.path,
            "; ".join(problems[:3])
            + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""),
        )
    return written


def _empty_destination(case: Case, dest: Path) -> None:
    """`dest` must be a new or empty folder (our own killed runs' leftovers aside)."""
    if os.path.lexists(dest) and not dest.is_dir():
        raise ExtractError(case.path, f"{dest} is a file; extract needs a folder (an empty or new one)",
                           code="extract.onto_file", folder=dest)
    dest.mkdir(parents=True, exist_ok=True)
    clean_leftovers(dest)
    present = os.listdir(dest)
    if present:
        raise ExtractError(case.path, f"refusing to write into {dest}: the folder is not empty "
                           f"({len(present)} item(s) in it); choose an empty or new folder",
                           code="extract.folder_not_empty", folder=dest)


def _make_folders(stage: Path, folder: Path) -> None:
    """Make `folder` under `stage` one level at a time, refusing anything but a real folder."""
    current = stage
    for part in folder.relative_to(stage).parts:
        current = current / part
        try:
            os.mkdir(current)
        except FileExistsError:
            if os.path.islink(current) or not current.is_dir():
                raise ExtractError(Path(stage), f"{current.name} inside the destination is not a folder") from None


def _record_extract(case: Case, exhibit_id: str, ref: str, dest: Path, reason: str, file_name: str | None,
                    files: list[ContentFile], written: list[Path], checked: list[tuple[str, str]],
                    problems: list[str]) -> None:
    recorded = listing_sha256([(f.rel_path, f.sha256) for f in files])
    found = listing_sha256(checked)
    with case.transaction():
        custody.append(
            case,
            exhibit_id,
            CustodyDraft(
                event="check-out",
                to_person=case.user,
                purpose=reason.strip(),
                hash_before=recorded,
                hash_after=found,
                matched=not problems and recorded == found,
                notes=f"{len(written)} of {len(files)} file(s) extracted to {dest}",
                details={"destination": str(dest), "files": len(written), "file": file_name or ""},
            ),
        )
        audit.append(
            case,
            "disclosure",
            "evidence extracted",
            target=exhibit_id,
            justification=reason.strip(),
            details={
                "destination": str(dest),
                "files": len(written),
                "exhibit": ref,
                "problems": len(problems),
            },
        )


def _timestamp(iso: str) -> float | None:
    try:
        return dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None
