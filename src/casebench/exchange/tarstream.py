"""A minimal tar writer and a strict, streaming tar reader (no tarfile module).

The writer emits POSIX ustar headers (a pax "size" record only for members of
8 GiB or more). The reader accepts only what a bundle may contain: regular
files, short pax headers with harmless keys, names checked by the caller, no
links, devices, directories, GNU long names or global headers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

BLOCK = 512
USTAR_MAX = 8**11 - 1
MAX_PAX = 4096
PAX_KEYS = frozenset({"path", "size", "mtime", "atime", "ctime", "uid", "gid", "uname", "gname"})
_TYPE_WORDS = {b"1": "a hard link", b"2": "a symbolic link", b"3": "a character device",
               b"4": "a block device", b"5": "a directory", b"6": "a FIFO", b"7": "a contiguous file",
               b"g": "a global pax header", b"L": "a GNU long name", b"K": "a GNU long link name",
               b"S": "a GNU sparse file", b"V": "a volume label", b"M": "a multi-volume continuation"}


class TarError(Exception):
    """The tar stream breaks a bundle rule; message in plain words."""


def _octal(value: int, width: int) -> bytes:
    return f"{value:0{width - 1}o}".encode("ascii") + b"\0"


def _pax_record(key: str, value: str) -> bytes:
    body = f" {key}={value}\n".encode()
    n = len(body) + 1
    while len(str(n)) + len(body) != n:
        n = len(str(n)) + len(body)
    return str(n).encode() + body


def header(name: str, size: int, mtime: int, *, typeflag: bytes = b"0") -> bytes:
    """Header block(s) for a regular file (pax size record when above the ustar limit)."""
    out = b""
    ustar_size = size
    if size > USTAR_MAX:
        rec = _pax_record("size", str(size))
        out = header("PaxHeader/" + name[-80:], len(rec), mtime, typeflag=b"x") + rec + padding(len(rec))
        ustar_size = 0
    raw = name.encode("utf-8")
    if len(raw) > 100:
        raise ValueError(f"tar member name too long: {name}")
    fixed, fixed_sum = _fixed_fields(mtime, typeflag)
    size_field = _octal(ustar_size, 12)
    h = bytearray(fixed)
    h[0 : len(raw)] = raw
    h[124:136] = size_field
    h[148:156] = f"{fixed_sum + sum(raw) + sum(size_field):06o}".encode() + b"\0 "
    return out + bytes(h)


@functools.lru_cache(maxsize=16)
def _fixed_fields(mtime: int, typeflag: bytes) -> tuple[bytes, int]:
    """A header block without name and size (the same for every member of a bundle), the
    checksum field as spaces, and the sum of its bytes (a header per file, thousands)."""
    h = bytearray(BLOCK)
    h[100:108] = _octal(0o644, 8)
    h[108:116] = _octal(0, 8)
    h[116:124] = _octal(0, 8)
    h[136:148] = _octal(mtime, 12)
    h[148:156] = b" " * 8
    h[156:157] = typeflag
    h[257:265] = b"ustar\x0000"
    h[329:337] = _octal(0, 8)
    h[337:345] = _octal(0, 8)
    return bytes(h), sum(h)


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


END = b"\0" * (BLOCK * 2)


# -- reading ---------------------------------------------------------------------------------------
class ChunkReader:
    """Exact-size reads over an iterator of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = bytearray()
        self._eof = False
        self.consumed = 0

    def _fill(self, n: int) -> None:
        while len(self._buf) < n and not self._eof:
            try:
                self._buf += next(self._chunks)
            except StopIteration:
                self._eof = True

    def read(self, n: int) -> bytes:
        self._fill(n)
        out = bytes(self._buf[:n])
        del self._buf[:n]
        self.consumed += len(out)
        return out

    def read_into(self, n: int, sink: Callable[[memoryview], None], piece: int = 1 << 20) -> int:
        """Pass exactly n bytes (fewer at end of stream) to sink in pieces; return the count."""
        done = 0
        while done < n:
            if not self._buf:
                self._fill(1)
                if not self._buf:
                    break
            take = min(n - done, len(self._buf), piece)
            sink(memoryview(self._buf)[:take])
            del self._buf[:take]
            done += take
        self.consumed += done
        return done

    def rest_is_zero(self) -> bool:
        while True:
            self._fill(1)
            if not self._buf:
                return True
            if self._buf.count(0) != len(self._buf):
                return False
            self._buf.clear()


def _num(field: bytes, what: str) -> int:
    if field and field[0] & 0x80:  # GNU base-256
        value = int.from_bytes(bytes([field[0] & 0x7F]) + field[1:], "big")
        return value
    text = field.rstrip(b"\0 ").lstrip(b" ")
    if not text:
        return 0
    if not all(48 <= c <= 55 for c in text):
        raise TarError(f"a tar header has a malformed {what} field")
    return int(text, 8)


def _parse_pax(data: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        sp = data.find(b" ", pos)
        if sp < 0 or sp - pos > 5 or not data[pos:sp].isdigit():
            raise TarError("a pax header is malformed")
        length = int(data[pos:sp])
        rec = data[pos : pos + length]
        if length < 5 or len(rec) != length or not rec.endswith(b"\n") or b"=" not in rec:
            raise TarError("a pax header is malformed")
        key, _, value = rec[sp - pos + 1 : -1].partition(b"=")
        try:
            k, v = key.decode("utf-8"), value.decode("utf-8")
        except UnicodeDecodeError:
            raise TarError("a pax header is not UTF-8") from None
        if k not in PAX_KEYS:
            raise TarError(f"a pax header sets {k!r}, which a bundle may not use")
        if k in out:
            raise TarError(f"a pax header sets {k!r} twice")
        out[k] = v
        pos += length
    return out


@dataclass(frozen=True)
class MemberHeader:
    name: str
    size: int


def _check_name(name: str) -> None:
    if not name:
        raise TarError("a tar member has an empty name")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":") or name.startswith("\\"):
        raise TarError(f"member {name[:60]!r} has an absolute path")
    parts = name.replace("\\", "/").split("/")
    if ".." in parts:
        raise TarError(f"member {name[:60]!r} tries to leave the bundle (path traversal with ..)")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        raise TarError("a member name contains control characters")


def next_member(reader: ChunkReader) -> MemberHeader | None:
    """The next regular-file header, or None at the end-of-archive marker."""
    pax: dict[str, str] = {}
    while True:
        block = reader.read(BLOCK)
        if len(block) < BLOCK:
            raise TarError("the tar stream is truncated (no end-of-archive marker)")
        if block == b"\0" * BLOCK:
            second = reader.read(BLOCK)
            if second != b"\0" * BLOCK:
                raise TarError("the tar stream has a malformed end-of-archive marker")
            if pax:
                raise TarError("a pax header is not followed by a member")
            return None
        stored = _num(block[148:156], "checksum")
        if stored != sum(block[:148]) + 256 + sum(block[156:]):
            raise TarError("a tar header is damaged (bad checksum)")
        magic = block[257:265]
        if magic not in (b"ustar\x0000", b"ustar  \x00"):
            raise TarError("a tar header is not in ustar format")
        typeflag = block[156:157]
        size = _num(block[124:136], "size")
        name = block[0:100].split(b"\0", 1)[0]
        prefix = block[345:500].split(b"\0", 1)[0] if magic == b"ustar\x0000" else b""
        try:
            text = (prefix.decode("utf-8") + "/" if prefix else "") + name.decode("utf-8")
        except UnicodeDecodeError:
            raise TarError("a member name is not UTF-8") from None
        if typeflag == b"x":
            if pax:
                raise TarError("two pax headers in a row")
            if size > MAX_PAX:
                raise TarError(f"a pax header is {size} bytes (a bundle allows {MAX_PAX})")
            data = reader.read(size)
            reader.read(-size % BLOCK)
            if len(data) < size:
                raise TarError("the tar stream is truncated inside a pax header")
            pax = _parse_pax(data)
            continue
        if typeflag in _TYPE_WORDS:
            _check_name(pax.get("path", text))
            raise TarError(f"member {pax.get('path', text)[:60]!r} is {_TYPE_WORDS[typeflag]}; "
                           "a bundle holds regular files only")
        if typeflag not in (b"0", b"\0"):
            raise TarError(f"member {text[:60]!r} has an unknown tar type {typeflag!r}")
        if "path" in pax:
            text = pax["path"]
        if "size" in pax:
            if not pax["size"].isdigit() or len(pax["size"]) > 15:
                raise TarError("a pax size record is malformed")
            size = int(pax["size"])
        _check_name(text)
        return MemberHeader(text, size)
