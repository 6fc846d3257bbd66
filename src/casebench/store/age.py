"""age v1 (C2SP age), the one implementation casebench uses.

Key slots, identities and bundle key files are passphrase (scrypt) files; evidence blobs
and bundles are X25519 streams. All of them share this header parser (checked before
anything is decrypted: size, at most 20 stanzas, known types, canonical base64), the
header MAC and one STREAM chunk sealer/opener (ChaCha20-Poly1305 over 64 KiB chunks).

Our own code rather than pyrage: pyrage cannot hash the bytes in the same pass, cannot
show us a header before decrypting, and fixes scrypt's work factor (seconds per unlock).
`age -d` reads what this writes and the reverse (tests run the age command).
It lives in ``store`` (no SQL here) because key slots need it and every layer above may
import ``store``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import os
import re
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

INTRO = b"age-encryption.org/v1\n"
X25519_LABEL = b"age-encryption.org/v1/X25519"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
CHUNK = 64 * 1024
TAG = 16
SEALED = CHUNK + TAG
READ_CHUNKS = 16  # chunks opened per block when reading (about 1 MiB)
MAX_HEADER = 16 * 1024  # 20 X25519 stanzas need about 2.5 KiB
MAX_STANZAS = 20
MAX_LOG_N = 22  # age refuses more on decryption; so do we (denial of service)


class AgeError(Exception):
    """Not a well-formed age file, damaged, or not for this key; message in plain words."""


class WrongPassphrase(AgeError):
    """The passphrase does not open this file."""


# -- bech32 (BIP 173) as age uses it, without the 90-character limit --------------------------
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GEN = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


def _polymod(values: Sequence[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate(_GEN):
            chk ^= g if (top >> i) & 1 else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _convert(data: Sequence[int], frm: int, to: int, pad: bool) -> list[int]:
    acc = bits = 0
    out: list[int] = []
    maxv = (1 << to) - 1
    for value in data:
        acc = (acc << frm) | value
        bits += frm
        while bits >= to:
            bits -= to
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (to - bits)) & maxv)
    elif not pad and (bits >= frm or (acc << (to - bits)) & maxv):
        raise AgeError("the age key has bad padding")
    return out


def bech32_encode(hrp: str, data: bytes) -> str:
    five = _convert(data, 8, 5, True)
    chk = _polymod([*_hrp_expand(hrp), *five, 0, 0, 0, 0, 0, 0]) ^ 1
    five += [(chk >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in five)


def bech32_decode(text: str, hrp: str) -> bytes:
    text = text.strip()
    low = text.lower()
    if text not in (low, low.upper()):
        raise AgeError("the age key mixes upper and lower case")
    head, sep, data = low.rpartition("1")
    if not sep or head != hrp or len(data) < 6 or any(c not in _CHARSET for c in data):
        raise AgeError(f"not an age key of type {hrp!r}")
    values = [_CHARSET.index(c) for c in data]
    if _polymod([*_hrp_expand(head), *values]) != 1:
        raise AgeError("the age key's checksum does not match")
    return bytes(_convert(values[:-6], 5, 8, False))


def parse_recipient(text: str) -> bytes:
    """The 32-byte X25519 public key of an ``age1…`` recipient."""
    try:
        raw = bech32_decode(text, "age")
    except AgeError as exc:
        raise AgeError(f"{text.strip()[:20]!r}… is not an age recipient (age1…): {exc}") from None
    if len(raw) != 32:
        raise AgeError("an age recipient holds 32 bytes")
    return raw


def parse_identity(text: str) -> X25519PrivateKey:
    try:
        raw = bech32_decode(text, "age-secret-key-")
    except AgeError as exc:
        raise AgeError(f"not an age identity (AGE-SECRET-KEY-1…): {exc}") from None
    if len(raw) != 32:
        raise AgeError("an age identity holds 32 bytes")
    return X25519PrivateKey.from_private_bytes(raw)


def raw_public(identity: X25519PrivateKey) -> bytes:
    return identity.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def recipient_of(identity: X25519PrivateKey) -> str:
    return bech32_encode("age", raw_public(identity))


def identity_text(identity: X25519PrivateKey) -> str:
    raw = identity.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return bech32_encode("age-secret-key-", raw).upper()


def generate_identity() -> tuple[str, str]:
    """(AGE-SECRET-KEY-1…, age1…)"""
    key = X25519PrivateKey.generate()
    return identity_text(key), recipient_of(key)


# -- primitives -------------------------------------------------------------------------------
_B64 = re.compile(rb"[A-Za-z0-9+/]*")
_ARG = re.compile(rb"[\x21-\x7e]+")  # compiled once: a header is read per blob, thousands per verify


def b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def unb64(text: bytes) -> bytes:
    """age's unpadded base64, canonical only (as the age command insists)."""
    if not _B64.fullmatch(text) or len(text) % 4 == 1:
        raise AgeError("the age header has bad base64")
    data = base64.b64decode(text + b"=" * (-len(text) % 4))
    if b64(data) != text:
        raise AgeError("the age header has non-canonical base64")
    return data


def hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _header_mac(file_key: bytes, header: bytes) -> bytes:
    return hmac.new(hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()


def _wrap_lines(data: bytes) -> bytes:
    text = b64(data)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    if not lines or len(lines[-1]) == 64:
        lines.append(b"")
    return b"\n".join(lines)


def _scrypt_key(passphrase: str, salt: bytes, log_n: int) -> bytes:
    kdf = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1)
    return kdf.derive(passphrase.encode("utf-8"))


# -- stanzas ----------------------------------------------------------------------------------
def x25519_stanza(file_key: bytes, recipient: bytes) -> bytes:
    eph = X25519PrivateKey.generate()
    share = raw_public(eph)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient))
    if shared == b"\x00" * 32:
        raise AgeError("the age recipient is a low-order point")
    wrap = hkdf(shared, share + recipient, X25519_LABEL)
    body = ChaCha20Poly1305(wrap).encrypt(b"\x00" * 12, file_key, None)
    return b"-> X25519 " + b64(share) + b"\n" + _wrap_lines(body)


def scrypt_stanza(file_key: bytes, passphrase: str, log_n: int) -> bytes:
    if not passphrase:
        raise ValueError("the passphrase is empty")
    salt = os.urandom(16)
    body = ChaCha20Poly1305(_scrypt_key(passphrase, salt, log_n)).encrypt(b"\x00" * 12, file_key, None)
    return b"-> scrypt " + b64(salt) + b" " + str(log_n).encode() + b"\n" + _wrap_lines(body)


# -- header -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Stanza:
    type: str
    args: tuple[str, ...]
    body: bytes


@dataclass(frozen=True)
class Header:
    stanzas: tuple[Stanza, ...]
    raw: bytes  # up to and including "---"
    mac: bytes
    size: int  # bytes before the payload nonce


def _line(fh: BinaryIO, used: int) -> bytes:
    limit = MAX_HEADER - used + 1
    if hasattr(fh, "readline"):
        line = fh.readline(limit)
    else:  # a plain read() stream (bundle volumes joined end to end)
        buf = bytearray()
        while len(buf) < limit and not buf.endswith(b"\n"):
            ch = fh.read(1)
            if not ch:
                break
            buf += ch
        line = bytes(buf)
    if not line.endswith(b"\n"):
        if len(line) > MAX_HEADER - used:
            raise AgeError(f"the age header is larger than {MAX_HEADER} bytes")
        raise AgeError("the age header is truncated")
    return line


def read_header(fh: BinaryIO, *, known: Sequence[str] | None = ("X25519",),
                max_stanzas: int = MAX_STANZAS) -> Header:
    """Parse and check the header without decrypting anything.

    ``known=None`` skips stanza types it does not know (rage adds random "grease" stanzas,
    which the age specification says to ignore); otherwise they refuse the file.
    """
    intro = fh.read(len(INTRO))
    if intro != INTRO:
        raise AgeError("it is not an age file (the first line is not age-encryption.org/v1)")
    raw = bytearray(intro)
    stanzas: list[Stanza] = []
    line = _line(fh, len(raw))
    while not line.startswith(b"---"):
        raw += line
        if not line.startswith(b"-> "):
            raise AgeError("the age header is malformed (expected a recipient stanza)")
        parts = line[3:-1].split(b" ")
        if not parts or not all(parts) or not all(_ARG.fullmatch(p) for p in parts):
            raise AgeError("the age header has a malformed stanza line")
        body = bytearray()
        while True:
            bl = _line(fh, len(raw))
            raw += bl
            if len(bl) > 65:
                raise AgeError("the age header has an over-long stanza body line")
            body += bl[:-1]
            if len(bl) < 65:
                break
        stanzas.append(Stanza(parts[0].decode("ascii"), tuple(p.decode("ascii") for p in parts[1:]),
                              unb64(bytes(body))))
        if len(stanzas) > max_stanzas:
            raise AgeError(f"it has more than {max_stanzas} recipients")
        line = _line(fh, len(raw))
    raw += line
    if not line.startswith(b"--- "):
        raise AgeError("the age header is malformed (bad MAC line)")
    mac = unb64(line[4:-1])
    if not stanzas:
        raise AgeError("the age header names no recipient")
    for st in stanzas:
        if known is not None and st.type not in known:
            raise AgeError(f"it uses an unknown recipient type {st.type[:20]!r}"
                           f" (only {', '.join(known)} is accepted)")
        if st.type == "X25519" and (len(st.args) != 1 or len(unb64(st.args[0].encode())) != 32
                                    or len(st.body) != 32):
            raise AgeError("an X25519 recipient stanza is malformed")
        if st.type == "scrypt" and (len(stanzas) != 1 or len(st.args) != 2 or len(st.body) != 32
                                    or len(unb64(st.args[0].encode())) != 16
                                    or not re.fullmatch(r"[1-9][0-9]?", st.args[1])):
            raise AgeError("the age scrypt stanza is malformed")
    if len(mac) != 32:
        raise AgeError("the age header MAC is malformed")
    return Header(tuple(stanzas), bytes(raw[: len(raw) - len(line) + 3]), mac, len(raw))


def _checked(header: Header, file_key: bytes) -> bytes:
    if not hmac.compare_digest(_header_mac(file_key, header.raw), header.mac):
        raise AgeError("the age header has been altered (MAC mismatch)")
    return file_key


def unwrap_x25519(header: Header, identities: Sequence[X25519PrivateKey], *,
                  not_ours: str = "it is not encrypted to this key") -> bytes:
    """The file key from the first stanza one of ``identities`` opens; MAC checked."""
    for ident in identities:
        ours = raw_public(ident)
        for st in header.stanzas:
            if st.type != "X25519":
                continue
            share = unb64(st.args[0].encode())
            try:
                shared = ident.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError:
                continue
            if shared == b"\x00" * 32:
                continue
            try:
                file_key = ChaCha20Poly1305(hkdf(shared, share + ours, X25519_LABEL)).decrypt(
                    b"\x00" * 12, st.body, None)
            except InvalidTag:
                continue
            return _checked(header, file_key)
    raise AgeError(not_ours)


def unwrap_scrypt(header: Header, passphrase: str, *, max_log_n: int = MAX_LOG_N) -> bytes:
    st = header.stanzas[0]
    if len(header.stanzas) != 1 or st.type != "scrypt":
        raise AgeError("the age file is not passphrase-encrypted (expected one scrypt stanza)")
    log_n = int(st.args[1])
    if log_n > max_log_n:
        raise AgeError(f"the age scrypt work factor {log_n} is out of range")
    key = _scrypt_key(passphrase, unb64(st.args[0].encode()), log_n)
    try:
        file_key = ChaCha20Poly1305(key).decrypt(b"\x00" * 12, st.body, None)
    except InvalidTag:
        raise WrongPassphrase("incorrect passphrase") from None
    return _checked(header, file_key)


# -- payload ----------------------------------------------------------------------------------
class StreamWriter:
    """Writes an age file: the header for ``stanzas``, then write() any number of times, close().

    At most one chunk is held back: only close() knows which chunk is the last.
    """

    def __init__(self, out: BinaryIO, file_key: bytes, stanzas: Sequence[bytes]) -> None:
        self._out = out
        header = INTRO + b"\n".join(stanzas) + b"\n---"
        nonce = os.urandom(16)
        out.write(header + b" " + b64(_header_mac(file_key, header)) + b"\n" + nonce)
        self._aead = ChaCha20Poly1305(hkdf(file_key, nonce, b"payload"))
        self._counter = 0
        self._pending = b""
        self.written = 0  # plaintext bytes accepted
        self.closed = False

    @classmethod
    def to_recipients(cls, out: BinaryIO, recipients: Sequence[bytes]) -> StreamWriter:
        """Encrypt to raw X25519 public keys (duplicates dropped)."""
        if not recipients:
            raise AgeError("an age file needs at least one recipient")
        file_key = os.urandom(16)
        return cls(out, file_key, [x25519_stanza(file_key, r) for r in dict.fromkeys(recipients)])

    def write(self, data: bytes | bytearray | memoryview) -> int:
        n = len(data)
        if not n:
            return 0
        self.written += n
        view = memoryview(data)
        out: list[bytes] = []
        if self._pending:
            need = CHUNK - len(self._pending)
            self._pending += bytes(view[:need])
            view = view[need:]
            if not view:
                return n
            out.append(self._seal(self._pending, False))
            self._pending = b""
        full = (len(view) - 1) // CHUNK
        for i in range(full):
            out.append(self._seal(view[i * CHUNK : (i + 1) * CHUNK], False))
        self._pending = bytes(view[full * CHUNK :])
        if len(out) > 1 and hasattr(self._out, "writelines"):
            self._out.writelines(out)  # one call: a hashing output hands them on together
        else:
            for sealed in out:
                self._out.write(sealed)
        return n

    def _seal(self, chunk: bytes | memoryview, last: bool) -> bytes:
        sealed = self._aead.encrypt(_nonce(self._counter, last), chunk, None)
        self._counter += 1
        return sealed

    def close(self) -> None:
        """Write the final chunk (empty only when the whole plaintext is empty)."""
        if not self.closed:
            self._out.write(self._seal(self._pending, True))
            self._pending = b""
            self.closed = True


class SealBuffers:
    """Where a BufferedStreamWriter seals: take() a buffer (room for whole sealed chunks),
    put() it back with the bytes sealed into it. The output may hash or write it later, on
    another thread, and hand it out again only once that is done."""

    def take(self) -> bytearray | memoryview:
        raise NotImplementedError

    def put(self, buf: bytearray | memoryview, n: int) -> None:
        raise NotImplementedError


class BufferedStreamWriter(StreamWriter):
    """A StreamWriter that seals each chunk in place into the output's reused buffers
    (ChaCha20Poly1305.encrypt_into): a new 64 KiB bytes object per chunk, and the page
    faults of fresh memory, cost twice the encryption itself. The header goes to
    ``out.write``; the payload to ``out.take()`` / ``out.put()``."""

    def __init__(self, out: SealBuffers, file_key: bytes, stanzas: Sequence[bytes]) -> None:
        super().__init__(out, file_key, stanzas)  # type: ignore[arg-type]
        self._buffers = out
        self._held = bytearray(CHUNK)  # the chunk held back: only close() knows the last
        self._held_len = 0
        self._buf: bytearray | memoryview | None = None
        self._view = memoryview(b"")
        self._pos = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data).cast("B") if isinstance(data, memoryview) else memoryview(data)
        n = len(view)
        if not n:
            return 0
        self.written += n
        if self._held_len:
            take = min(CHUNK - self._held_len, n)
            self._held[self._held_len : self._held_len + take] = view[:take]
            self._held_len += take
            view = view[take:]
            if not view:
                return n
            self._seal_into(memoryview(self._held), False)
            self._held_len = 0
        full = (len(view) - 1) // CHUNK  # at least one byte held back
        for i in range(full):
            self._seal_into(view[i * CHUNK : (i + 1) * CHUNK], False)
        rest = len(view) - full * CHUNK
        self._held[:rest] = view[full * CHUNK :]
        self._held_len = rest
        return n

    def _seal_into(self, chunk: memoryview, last: bool) -> None:
        if self._buf is None:
            self._buf = self._buffers.take()
            self._view = memoryview(self._buf)
            self._pos = 0
        end = self._pos + len(chunk) + TAG
        self._aead.encrypt_into(_nonce(self._counter, last), chunk, None, self._view[self._pos : end])
        self._counter += 1
        self._pos = end
        if last or self._pos + SEALED > len(self._buf):
            self._view.release()
            self._buffers.put(self._buf, self._pos)
            self._buf = None

    def close(self) -> None:
        if not self.closed:
            self._seal_into(memoryview(self._held)[: self._held_len], True)
            self._held_len = 0
            self.closed = True


def open_payload(fh: BinaryIO, file_key: bytes) -> Iterator[bytes]:
    """Plaintext in blocks of up to READ_CHUNKS chunks, each yielded only once authenticated.

    A truncated or extended file fails at its end, so callers must not trust the output
    until the iterator is exhausted.
    """
    nonce = fh.read(16)
    if len(nonce) != 16:
        raise AgeError("the encrypted payload is truncated (no nonce)")
    aead = ChaCha20Poly1305(hkdf(file_key, nonce, b"payload"))
    counter = 0
    want = SEALED * READ_CHUNKS
    buf = b""
    eof = False
    while True:
        while not eof and len(buf) <= want:
            more = fh.read(want + 1 - len(buf))
            if not more:
                eof = True
            else:
                buf += more
        if not buf:
            raise AgeError("the encrypted payload is truncated (its last chunk is missing)")
        view = memoryview(buf)
        out: list[bytes] = []
        pos = 0
        # Open every chunk held, except that the final chunk is only known at EOF.
        while len(view) - pos > SEALED or (eof and pos < len(view)):
            size = min(SEALED, len(view) - pos)
            last = eof and pos + size == len(view)
            if size < TAG:
                raise AgeError(f"the encrypted payload is truncated in chunk {counter + 1}")
            try:
                plain = aead.decrypt(_nonce(counter, last), view[pos : pos + size], None)
            except InvalidTag:
                raise AgeError(
                    f"the encrypted payload is damaged, altered or truncated in chunk {counter + 1} "
                    f"(bytes {counter * CHUNK} to {counter * CHUNK + CHUNK - 1} of the content)"
                ) from None
            if last and not plain and counter > 0:
                raise AgeError("the encrypted payload ends with an empty chunk")
            out.append(plain)
            counter += 1
            pos += size
        buf = bytes(view[pos:])
        view.release()
        if out:
            yield b"".join(out) if len(out) > 1 else out[0]
        if eof and not buf:
            return


RING = 12  # buffers payload_views() cycles through (a consumer may hold up to RING - 1 blocks)
_buffers = threading.local()


def _buffer(size: int, slot: int) -> bytearray:
    """Buffers kept per thread and reused from one blob to the next: allocating ~13 MiB
    per small blob cost more than decrypting it. A thread reads one payload at a time."""
    held: dict[int, bytearray] = _buffers.__dict__.setdefault("held", {})
    buf = held.get(slot)
    if buf is None or len(buf) != size:
        buf = held[slot] = bytearray(size)
    return buf


def payload_views(fh: BinaryIO, file_key: bytes, *, ring: int = RING) -> Iterator[memoryview]:
    """open_payload without copies: read into one buffer, decrypt into a ring of buffers.

    Each view yielded stays valid until `ring - 1` further views have been yielded in the
    same thread, by this payload or the next ones (the ring turns on from one payload to
    the next: the bundle writer keeps the last blocks of one blob while the next is read);
    a consumer that keeps more must copy. Same
    checks and the same plain-words errors as open_payload. The AEAD and hashlib release
    the GIL on these buffers, so a hashing thread works beside the decryption.
    """
    nonce = fh.read(16)
    if len(nonce) != 16:
        raise AgeError("the encrypted payload is truncated (no nonce)")
    aead = ChaCha20Poly1305(hkdf(file_key, nonce, b"payload"))
    readinto = getattr(fh, "readinto", None)
    inbuf = _buffer(SEALED * (READ_CHUNKS + 1), 0)
    inview = memoryview(inbuf)
    counter = have = 0
    eof = False
    while True:
        while not eof and have < len(inbuf):
            if readinto is not None:
                n = readinto(inview[have:])
            else:
                more = fh.read(len(inbuf) - have)
                n = len(more)
                inview[have : have + n] = more
            if not n:
                eof = True
            else:
                have += n
        if not have:
            raise AgeError("the encrypted payload is truncated (its last chunk is missing)")
        turn = _buffers.__dict__.get("turn", 0)
        _buffers.turn = turn + 1
        out = memoryview(_buffer(CHUNK * (READ_CHUNKS + 1), 1 + turn % ring))
        pos = opos = 0
        while have - pos > SEALED or (eof and pos < have):
            size = min(SEALED, have - pos)
            last = eof and pos + size == have
            if size < TAG:
                raise AgeError(f"the encrypted payload is truncated in chunk {counter + 1}")
            try:
                aead.decrypt_into(_nonce(counter, last), inview[pos : pos + size], None,
                                  out[opos : opos + size - TAG])
            except InvalidTag:
                raise AgeError(
                    f"the encrypted payload is damaged, altered or truncated in chunk {counter + 1} "
                    f"(bytes {counter * CHUNK} to {counter * CHUNK + CHUNK - 1} of the content)"
                ) from None
            if last and size == TAG and counter > 0:
                raise AgeError("the encrypted payload ends with an empty chunk")
            counter += 1
            pos += size
            opos += size - TAG
        inbuf[: have - pos] = inview[pos:have]  # at most one chunk held back (the last is known at EOF)
        have -= pos
        if opos:
            yield out[:opos]
        if eof and not have:
            return


@dataclass
class Payload:
    """An opened STREAM payload whose chunks can be read in any order (ranges of a pack)."""

    start: int  # file offset of the first sealed chunk
    chunks: int  # how many there are (the last is sealed as the last)
    aead: ChaCha20Poly1305
    # The last chunk opened (index, plaintext): members read in order share their boundary
    # chunks, which are then decrypted once. Replaced whole, so threads never see half of it.
    last: tuple[int, bytes] = (-1, b"")


class OpenedIdentity:
    """An age identity parsed once, and the payloads of the packs read lately (each holds
    its payload key and the last chunk it decrypted). Held by the open case, not by a
    module: forget() on closing drops them with the case (nothing keyed by the secret
    outlives it). Thread-safe: extraction and intake read from worker threads."""

    PAYLOADS = 16

    def __init__(self, text: str) -> None:
        self._text: str | None = text
        self._key: X25519PrivateKey | None = None
        self._payloads: dict[tuple[str, int, int], Payload] = {}
        self._lock = threading.Lock()

    def key(self) -> X25519PrivateKey:
        with self._lock:
            if self._key is None:
                if self._text is None:
                    raise AgeError("the case is closed: its evidence key is no longer held")
                self._key = parse_identity(self._text)
            return self._key

    def payload(self, where: tuple[str, int, int]) -> Payload | None:
        with self._lock:
            return self._payloads.get(where)

    def keep(self, where: tuple[str, int, int], payload: Payload) -> None:
        with self._lock:
            self._payloads.pop(where, None)
            while len(self._payloads) >= self.PAYLOADS:
                del self._payloads[next(iter(self._payloads))]  # the oldest
            self._payloads[where] = payload

    @property
    def held(self) -> int:
        """How many things derived from the secret are held (0 once forgotten)."""
        with self._lock:
            return len(self._payloads) + (self._key is not None) + (self._text is not None)

    def forget(self) -> None:
        with self._lock:
            self._text, self._key = None, None
            self._payloads.clear()


def payload_at(fh: BinaryIO, file_key: bytes, file_size: int) -> Payload:
    """Open the payload after the header for random access. STREAM chunks decrypt on their
    own once the payload key is known; only the last-chunk flag needs the file's size."""
    nonce = fh.read(16)
    if len(nonce) != 16:
        raise AgeError("the encrypted payload is truncated (no nonce)")
    start = fh.tell()
    length = file_size - start
    if length < TAG:
        raise AgeError("the encrypted payload is truncated (its last chunk is missing)")
    return Payload(start, -(-length // SEALED), ChaCha20Poly1305(hkdf(file_key, nonce, b"payload")))


def read_range(fh: BinaryIO, payload: Payload, offset: int, length: int) -> Iterator[memoryview]:
    """Plaintext bytes [offset, offset + length), decrypting only the chunks that cover them;
    every chunk is authenticated before any of its bytes is yielded. The views are of
    immutable bytes: a caller may keep them."""
    if length <= 0:
        return
    first, last = offset // CHUNK, (offset + length - 1) // CHUNK
    if last >= payload.chunks:
        raise AgeError(f"the encrypted payload is truncated before chunk {last + 1}")
    end = offset + length

    def piece(c: int, plain: bytes) -> memoryview:
        base = c * CHUNK
        lo, hi = max(offset - base, 0), min(end - base, CHUNK)
        if len(plain) < hi:
            raise AgeError(f"the encrypted payload ends in chunk {c + 1}, before the bytes asked for")
        return memoryview(plain)[lo:hi]

    held = payload.last
    if held[0] == first:
        yield piece(first, held[1])
        first += 1
        if first > last:
            return
    fh.seek(payload.start + first * SEALED)
    for group in range(first, last + 1, READ_CHUNKS):
        count = min(READ_CHUNKS, last + 1 - group)
        data = memoryview(fh.read(count * SEALED))
        for i in range(count):
            c = group + i
            final = c == payload.chunks - 1
            try:
                plain = payload.aead.decrypt(_nonce(c, final), data[i * SEALED : (i + 1) * SEALED], None)
            except InvalidTag:
                raise AgeError(
                    f"the encrypted payload is damaged, altered or truncated in chunk {c + 1} "
                    f"(bytes {c * CHUNK} to {c * CHUNK + CHUNK - 1} of the content)") from None
            if c == last:
                payload.last = (c, plain)
            yield piece(c, plain)


class ChunkDamaged(AgeError):
    """A chunk did not authenticate (or is missing); `chunk` is its index from 0."""

    def __init__(self, message: str, chunk: int) -> None:
        super().__init__(message)
        self.chunk = chunk


def open_chunks_into(fh: BinaryIO, payload: Payload, first: int, count: int, inbuf: bytearray,
                     out: memoryview) -> int:
    """Decrypt chunks first … first + count - 1 into `out` (room for count * CHUNK bytes),
    reading their ciphertext into `inbuf` (room for count * SEALED) in one read; every chunk
    is authenticated, none is kept. Returns the plaintext length; raises ChunkDamaged."""
    if count <= 0:
        return 0
    if first + count > payload.chunks:
        raise ChunkDamaged(f"the encrypted payload is truncated before chunk {first + count}",
                           payload.chunks)
    want = count * SEALED
    src = memoryview(inbuf)[:want]
    at = payload.start + first * SEALED
    preadv = getattr(os, "preadv", None)
    fd = fh.fileno() if preadv is not None and isinstance(fh, io.FileIO) else -1
    if fd < 0:
        fh.seek(at)
    got = 0
    while got < want:  # one system call where it can (a seek and a read each let go of the GIL)
        n = preadv(fd, [src[got:]], at + got) if fd >= 0 else fh.readinto(src[got:])  # type: ignore[attr-defined,misc]
        if not n:
            break
        got += n
    for i in range(count):
        c = first + i
        final = c == payload.chunks - 1
        lo = i * SEALED
        size = min(SEALED, got - lo)
        if size < TAG or (size < SEALED and not final):
            raise ChunkDamaged(f"the encrypted payload is truncated in chunk {c + 1}", c)
        try:
            payload.aead.decrypt_into(_nonce(c, final), src[lo : lo + size], None,
                                      out[i * CHUNK : i * CHUNK + size - TAG])
        except InvalidTag:
            raise ChunkDamaged(
                f"the encrypted payload is damaged, altered or truncated in chunk {c + 1} "
                f"(bytes {c * CHUNK} to {c * CHUNK + CHUNK - 1} of the content)", c) from None
        if final and size == TAG and c > 0:
            raise ChunkDamaged("the encrypted payload ends with an empty chunk", c)
        if final:
            return i * CHUNK + size - TAG
    return count * CHUNK


# -- whole files in memory (key slots, identities, small key files) ---------------------------
def encrypt_with_passphrase(plaintext: bytes, passphrase: str, log_n: int) -> bytes:
    import io

    out = io.BytesIO()
    file_key = os.urandom(16)
    w = StreamWriter(out, file_key, [scrypt_stanza(file_key, passphrase, log_n)])
    w.write(plaintext)
    w.close()
    return out.getvalue()


def decrypt_with_passphrase(data: bytes, passphrase: str, *, max_log_n: int = MAX_LOG_N) -> bytes:
    import io

    fh = io.BytesIO(data)
    header = read_header(fh, known=("scrypt",), max_stanzas=1)
    file_key = unwrap_scrypt(header, passphrase, max_log_n=max_log_n)
    return b"".join(open_payload(fh, file_key))
