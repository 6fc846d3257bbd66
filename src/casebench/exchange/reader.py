"""The strict bundle reader, in the order of DESIGN.md §5.

1. age header checked before anything is decrypted (size, ≤ 20 recipients, X25519 only);
2. the payload decrypted while streaming (every 64 KiB chunk authenticated, truncation caught);
3. tar members by our own parser: regular files only, whitelisted names in the fixed
   order, no duplicates or links, small pax headers, sizes exactly as the manifest says;
4. SHA256SUMS signature checked against the pinned key before any other member is used;
5. every member's SHA-256 checked; caps on manifest size, JSON depth and counts.

The result is a `VerifiedBundle` held in memory (evidence content goes to a
caller-supplied sink, which must stage it encrypted and discard it on failure).
Nothing here touches a case; the import service commits it in one transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from casebench.domain.progress import Cancelled, OperationCancelled, Progress
from casebench.exchange import bundleformat as bf
from casebench.exchange import checks, minisig, tarstream
from casebench.exchange.agefmt import (
    AgeFormatError,
    open_payload,
    parse_identity,
    read_header,
    unwrap_file_key,
)
from casebench.exchange.bundleformat import Caps, Manifest
from casebench.exchange.errors import BundleError

# (signer key id as minisign prints it, the manifest as claimed before it is verified) -> pinned key
ResolveSigner = Callable[[str, "dict[str, Any] | None"], minisig.PublicKey]


class FileTarget(Protocol):
    def write(self, data: memoryview, /) -> None: ...
    def finish(self, sha256: str) -> Any: ...
    def abort(self) -> None: ...


class FileSink(Protocol):
    def open(self, name: str, size: int, exhibit: str) -> FileTarget: ...


class _Discard:
    def write(self, data: memoryview, /) -> None:
        return None

    def finish(self, sha256: str) -> Any:
        return None

    def abort(self) -> None:
        return None


class DiscardSink:
    """Verify evidence content without keeping it (used when a case has no evidence store)."""

    def open(self, name: str, size: int, exhibit: str) -> FileTarget:
        return _Discard()


@dataclass(frozen=True)
class ReceivedFile:
    name: str
    size: int
    sha256: str
    exhibit: str
    handle: Any  # what the sink's finish() returned


@dataclass
class VerifiedBundle:
    path: Path
    manifest: Manifest
    signer: minisig.PublicKey
    entities: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    custody: list[dict[str, Any]] = field(default_factory=list)
    provenance: Any = None
    files: list[ReceivedFile] = field(default_factory=list)
    targets: list[FileTarget] = field(default_factory=list)

    def discard_files(self) -> None:
        for t in self.targets:
            with contextlib.suppress(Exception):
                t.abort()


def volumes(path: Path) -> list[Path]:
    """The bundle file, or its volumes NAME.001, NAME.002 … when it was split."""
    path = Path(path)
    given = path
    if path.suffix[1:].isdigit() and len(path.suffix) == 4:
        path = path.with_suffix("")
    if path.is_file():
        return [path]
    if path.exists() or (given.exists() and not given.is_file()):
        what = "a folder" if (path if path.exists() else given).is_dir() else "a device or special file"
        raise BundleError(given, f"it is {what}, not a bundle file", code="bundle.not_a_file")
    parts: list[Path] = []
    while (path.with_name(f"{path.name}.{len(parts) + 1:03d}")).is_file():
        parts.append(path.with_name(f"{path.name}.{len(parts) + 1:03d}"))
    later = sorted(p.name for p in path.parent.glob(f"{glob_escape(path.name)}.[0-9][0-9][0-9]")
                   if p.suffix[1:].isdigit() and int(p.suffix[1:]) > len(parts) + 1)
    if later:
        raise BundleError(path, f"volume {path.name}.{len(parts) + 1:03d} is missing "
                                f"(found {', '.join([*(p.name for p in parts), *later][:6])})",
                          code="bundle.volume_missing", volume=f"{path.name}.{len(parts) + 1:03d}")
    if not parts:
        raise BundleError(path, "the file does not exist", code="bundle.missing")
    return parts


def _next_volume_hint(parts: list[Path], problem: str) -> str:
    """A split bundle cut short most often lacks its next volume: say which."""
    last = parts[-1]
    if "truncated" not in problem or not (last.suffix[1:].isdigit() and len(last.suffix) == 4):
        return ""
    nxt = last.with_suffix(f".{int(last.suffix[1:]) + 1:03d}")
    return f"; it was read from {len(parts)} volume(s): if it was split into more, {nxt.name} is missing"


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)


class _Concat:
    def __init__(self, paths: list[Path]) -> None:
        self._paths = list(paths)
        self._fh: BinaryIO | None = None
        self.total = sum(p.stat().st_size for p in paths)
        self.pos = 0

    def read(self, n: int = -1) -> bytes:
        out = bytearray()
        while n < 0 or len(out) < n:
            if self._fh is None:
                if not self._paths:
                    break
                self._fh = open(self._paths.pop(0), "rb")  # noqa: SIM115 - closed below
            data = self._fh.read(-1 if n < 0 else n - len(out))
            if not data:
                self._fh.close()
                self._fh = None
                continue
            out += data
        self.pos += len(out)
        return bytes(out)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()


def _ndjson(data: bytes, what: str, caps: Caps, limit: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for no, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        if len(line) > caps.line:
            raise ValueError(f"{what} line {no} is longer than {caps.line} bytes")
        doc = bf.loads(line, f"{what} line {no}", caps.json_depth)
        if not isinstance(doc, dict):
            raise ValueError(f"{what} line {no} is not a JSON object")
        if b"\\u" in line or b"\xc2" in line:  # only escapes or raw U+0080..U+009F can carry controls
            checks.plain_text(doc, f"{what} line {no}")
        out.append(doc)
        if len(out) > limit:
            raise ValueError(f"{what} has more than {limit} records")
    return out


class _Reader:
    def __init__(self, path: Path, caps: Caps, progress: Progress, cancelled: Cancelled) -> None:
        self.path = path
        self.caps = caps
        self.progress = progress
        self.cancelled = cancelled

    def fail(self, problem: str, code: str | None = None) -> BundleError:
        return BundleError(self.path, problem, code=code)

    def counted(self, chunks: Iterator[bytes], src: _Concat) -> Iterator[bytes]:
        for chunk in chunks:
            if self.cancelled():
                raise OperationCancelled("import")
            self.progress(src.pos, src.total, "decrypting and checking")
            yield chunk

    def small(self, reader: tarstream.ChunkReader, name: str, size: int, cap: int) -> bytes:
        if size > cap:
            raise self.fail(f"{name} is {size} bytes, more than the {cap} bytes a bundle allows")
        data = reader.read(size)
        if len(data) < size:
            raise self.fail(f"the bundle is truncated inside {name}", "bundle.truncated")
        reader.read(-size % tarstream.BLOCK)
        return data


def read_bundle(path: Path | str, identities: list[str], resolve_signer: ResolveSigner, *,
                sink: FileSink | None = None, caps: Caps = bf.CAPS, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> VerifiedBundle:
    """Verify a bundle completely; raise BundleError naming the file and the problem."""
    path = Path(path)
    parts = volumes(path)
    r = _Reader(path, caps, progress or (lambda d, t, m: None), cancelled or (lambda: False))
    src = _Concat(parts)
    bundle: VerifiedBundle | None = None
    try:
        bundle = _read(r, src, identities, resolve_signer, sink or DiscardSink())
        return bundle
    except AgeFormatError as exc:
        not_ours = "not addressed to this workbench" in str(exc)  # agefmt.unwrap_file_key's words
        raise r.fail(str(exc) + _next_volume_hint(parts, str(exc)),
                     "bundle.not_addressed_to_us" if not_ours else None) from None
    except tarstream.TarError as exc:
        raise r.fail(str(exc) + _next_volume_hint(parts, str(exc))) from None
    except minisig.SignatureError as exc:
        raise r.fail(f"signature check failed: {exc}", "bundle.bad_signature") from None
    except ValueError as exc:
        raise r.fail(str(exc)) from None
    finally:
        src.close()


def _read(r: _Reader, src: _Concat, identities: list[str], resolve: ResolveSigner,
          sink: FileSink) -> VerifiedBundle:
    header = read_header(src)  # type: ignore[arg-type]
    file_key = unwrap_file_key(header, [parse_identity(i) for i in identities])
    reader = tarstream.ChunkReader(r.counted(open_payload(src, file_key), src))  # type: ignore[arg-type]
    first: dict[str, bytes] = {}
    for name, cap in ((bf.SUMS, r.caps.sums), (bf.SIG, minisig.MAX_SIG_FILE), (bf.MANIFEST, r.caps.manifest)):
        mh = tarstream.next_member(reader)
        if mh is None:
            raise r.fail(f"it ends before {name}")
        if mh.name != name:
            if mh.name in first:
                raise r.fail(f"it holds {mh.name!r} twice (duplicate member)")
            if bf.member_rank(mh.name) < 0:
                raise r.fail(f"it holds an unexpected member {mh.name[:60]!r}")
            raise r.fail(f"{name} must come {['first', 'second', 'third'][len(first)]} "
                         f"but the bundle has {mh.name!r} there")
        first[name] = r.small(reader, name, mh.size, cap)
    sums_raw, sig_raw, manifest_raw = first[bf.SUMS], first[bf.SIG], first[bf.MANIFEST]
    sig = minisig.parse_signature(sig_raw)
    try:
        claimed = bf.loads(manifest_raw, "manifest.json", r.caps.json_depth)
    except ValueError:
        claimed = None
    key = resolve(sig.id_hex, claimed if isinstance(claimed, dict) else None)
    minisig.verify(key, sig, sums_raw)
    sums = bf.parse_sums(sums_raw)
    if sums.get(bf.MANIFEST) != hashlib.sha256(manifest_raw).hexdigest():
        raise r.fail("manifest.json does not match its SHA-256 in the signed SHA256SUMS (altered or swapped)",
                     "bundle.altered")
    manifest = bf.check_manifest(bf.loads(manifest_raw, "manifest.json", r.caps.json_depth), r.caps)
    if manifest.key_id != sig.id_hex:
        raise r.fail(f"the manifest names signer {manifest.key_id} but the signature is by {sig.id_hex}")
    declared = {m.name: m for m in manifest.members}
    if set(sums) != {bf.MANIFEST, *declared}:
        extra = sorted(set(sums) ^ {bf.MANIFEST, *declared})
        raise r.fail(f"SHA256SUMS and manifest.json list different members ({', '.join(extra[:3])})")
    for need in bf.REQUIRED[3:]:
        if need not in declared:
            raise r.fail(f"it has no {need}")
    files = [m for m in manifest.members if m.name.startswith("files/")]
    if len(files) > r.caps.files:
        raise r.fail(f"it holds more than {r.caps.files} files")
    bundle = VerifiedBundle(r.path, manifest, key)
    texts: dict[str, bytes] = {}
    seen: set[str] = set(first)
    last_rank, file_no = 2, 0
    try:
        while True:
            mh = tarstream.next_member(reader)
            if mh is None:
                break
            if mh.name in seen:
                raise r.fail(f"it holds {mh.name!r} twice (duplicate member)")
            rank = bf.member_rank(mh.name)
            if rank < 0:
                raise r.fail(f"it holds an unexpected member {mh.name[:60]!r}")
            if mh.name not in declared:
                raise r.fail(f"member {mh.name!r} is not listed in the signed manifest")
            if rank < last_rank:
                raise r.fail(f"member {mh.name!r} is out of the fixed order")
            if rank == len(bf.FIXED_ORDER):
                file_no += 1
                if mh.name != f"files/{file_no:06d}":
                    raise r.fail(f"member {mh.name!r} is out of sequence (expected files/{file_no:06d})")
            seen.add(mh.name)
            last_rank = rank
            want = declared[mh.name].size
            if mh.size != want:
                more = "larger" if mh.size > want else "smaller"
                raise r.fail(f"member {mh.name!r} is {more} than the manifest declares "
                             f"({mh.size} bytes, declared {want})")
            if rank < len(bf.FIXED_ORDER):
                cap = r.caps.provenance if mh.name == bf.PROVENANCE else r.caps.ndjson
                data = r.small(reader, mh.name, mh.size, cap)
                if hashlib.sha256(data).hexdigest() != sums[mh.name]:
                    raise r.fail(f"{mh.name} does not match its SHA-256 in SHA256SUMS (altered or swapped)",
                             "bundle.altered")
                texts[mh.name] = data
                continue
            target = sink.open(mh.name, mh.size, declared[mh.name].exhibit)
            bundle.targets.append(target)
            h = hashlib.sha256()

            def feed(view: memoryview, h: Any = h, target: FileTarget = target) -> None:
                h.update(view)
                target.write(view)

            if reader.read_into(mh.size, feed) != mh.size:
                raise r.fail(f"the bundle is truncated inside {mh.name}", "bundle.truncated")
            reader.read(-mh.size % tarstream.BLOCK)
            digest = h.hexdigest()
            if digest != sums[mh.name]:
                raise r.fail(f"{mh.name} does not match its SHA-256 in SHA256SUMS (altered or swapped)",
                             "bundle.altered")
            handle = target.finish(digest)
            bundle.files.append(ReceivedFile(mh.name, mh.size, digest, declared[mh.name].exhibit, handle))
        missing = sorted(set(declared) - seen)
        if missing:
            raise r.fail(f"it lacks {missing[0]!r}, which the manifest lists")
        if not reader.rest_is_zero():
            raise r.fail("it has data after the end of the tar archive")
        bundle.entities = _ndjson(texts[bf.ENTITIES], bf.ENTITIES, r.caps, r.caps.entities)
        bundle.statements = _ndjson(texts[bf.STATEMENTS], bf.STATEMENTS, r.caps, r.caps.statements)
        bundle.custody = _ndjson(texts.get(bf.CUSTODY, b""), bf.CUSTODY, r.caps, r.caps.custody)
        if texts.get(bf.PROVENANCE):
            bundle.provenance = bf.loads(texts[bf.PROVENANCE], bf.PROVENANCE, r.caps.json_depth)
    except BaseException:
        bundle.discard_files()
        raise
    return bundle
