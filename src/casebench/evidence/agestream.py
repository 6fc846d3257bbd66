"""Streaming age v1 encryption to an X25519 recipient, and streaming decryption.

Why our own code instead of pyrage: pyrage encrypts a whole buffer or a file in one
call, so it cannot hash the same bytes in the same pass, and its Python-facing
streams cost more than they save. This module follows the age v1 specification
(C2SP age: X25519 recipient stanza, HMAC-SHA256 header MAC, STREAM with
ChaCha20-Poly1305 over 64 KiB chunks) so that `age -d -i identity.txt blob.age`
decrypts every blob; the tests prove it against the age command.

Memory stays flat: the writer keeps less than one 64 KiB chunk back, the reader
decrypts one block of chunks at a time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

INTRO = b"age-encryption.org/v1\n"
X25519_LABEL = b"age-encryption.org/v1/X25519"
CHUNK = 64 * 1024
TAG = 16
SEALED = CHUNK + TAG
READ_CHUNKS = 16  # chunks decrypted per read (about 1 MiB)
MAX_HEADER = 16 * 1024
MAX_STANZAS = 20


class AgeBlobError(Exception):
    """A blob is not a well-formed age file for this identity, or it is damaged."""


# -- Bech32 (BIP 173) as age uses it, without the 90-character limit -----------------------
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if (top >> i) & 1 else 0
    return chk


def _bech32_decode(text: str, hrp: str) -> bytes:
    lower = text.lower()
    if text != lower and text != text.upper():
        raise AgeBlobError("age key has mixed case")
    sep = lower.rfind("1")
    if lower[:sep] != hrp or sep < 1 or len(lower) - sep < 7:
        raise AgeBlobError(f"not an age key of type {hrp!r}")
    try:
        data = [_CHARSET.index(c) for c in lower[sep + 1 :]]
    except ValueError:
        raise AgeBlobError("age key has an invalid character") from None
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    if _polymod(expanded + data) != 1:
        raise AgeBlobError("age key checksum is wrong")
    acc, bits, out = 0, 0, bytearray()
    for v in data[:-6]:
        acc = (acc << 5) | v
        bits += 5
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    if bits >= 5 or (acc & ((1 << bits) - 1)):
        raise AgeBlobError("age key has bad padding")
    return bytes(out)


def parse_recipient(text: str) -> X25519PublicKey:
    raw = _bech32_decode(text.strip(), "age")
    if len(raw) != 32:
        raise AgeBlobError("age recipient has the wrong length")
    return X25519PublicKey.from_public_bytes(raw)


def parse_identity(text: str) -> X25519PrivateKey:
    raw = _bech32_decode(text.strip(), "age-secret-key-")
    if len(raw) != 32:
        raise AgeBlobError("age identity has the wrong length")
    return X25519PrivateKey.from_private_bytes(raw)


# -- helpers -----------------------------------------------------------------------------
def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    if not re.fullmatch(rb"[A-Za-z0-9+/]*", text) or len(text) % 4 == 1:
        raise AgeBlobError("bad base64 in the age header")
    return base64.b64decode(text + b"=" * (-len(text) % 4))


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _raw(pub: X25519PublicKey) -> bytes:
    return pub.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


# -- writing -----------------------------------------------------------------------------
class AgeWriter:
    """Encrypt a stream to one X25519 recipient: write() any number of times, then close()."""

    def __init__(self, out: BinaryIO, recipient: X25519PublicKey) -> None:
        self._out = out
        file_key = os.urandom(16)
        eph = X25519PrivateKey.generate()
        eph_share = _raw(eph.public_key())
        shared = eph.exchange(recipient)
        if shared == b"\x00" * 32:
            raise AgeBlobError("the age recipient is a low-order point")
        wrap = _hkdf(shared, eph_share + _raw(recipient), X25519_LABEL)
        body = ChaCha20Poly1305(wrap).encrypt(b"\x00" * 12, file_key, None)
        header = INTRO + b"-> X25519 " + _b64(eph_share) + b"\n" + _b64(body) + b"\n---"
        mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
        nonce = os.urandom(16)
        out.write(header + b" " + _b64(mac) + b"\n" + nonce)
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._counter = 0
        self._pending = b""  # at most one chunk held back: it may be the last one
        self.written = 0  # plaintext bytes accepted

    def write(self, data: bytes | memoryview) -> None:
        if not data:
            return
        self.written += len(data)
        view = memoryview(data)
        out: list[bytes] = []
        if self._pending:
            need = CHUNK - len(self._pending)
            self._pending += bytes(view[:need])
            view = view[need:]
            if not view:
                return  # a full chunk is held; it is the last one unless more comes
            out.append(self._seal(self._pending, False))
            self._pending = b""
        # Encrypt whole chunks, keeping back the final (possibly partial) one.
        full = (len(view) - 1) // CHUNK
        for i in range(full):
            out.append(self._seal(view[i * CHUNK : (i + 1) * CHUNK], False))
        self._pending = bytes(view[full * CHUNK :])
        if out:
            self._out.writelines(out)

    def _seal(self, chunk: bytes | memoryview, last: bool) -> bytes:
        sealed = self._aead.encrypt(_nonce(self._counter, last), chunk, None)
        self._counter += 1
        return sealed

    def close(self) -> None:
        """Write the final chunk (empty only when the whole plaintext is empty)."""
        self._out.write(self._seal(self._pending, True))
        self._pending = b""


# -- reading -----------------------------------------------------------------------------
def _read_header(src: BinaryIO) -> tuple[bytes, list[list[bytes]], bytes, bytes]:
    """(header up to and including '---', stanzas as [args..., body], mac, bytes read past it)."""
    data = b""
    while b"\n---" not in data:
        more = src.read(1024)
        if not more:
            raise AgeBlobError("the age header is truncated")
        data += more
        if len(data) > MAX_HEADER + 1024:
            raise AgeBlobError("the age header is too large")
    if not data.startswith(INTRO):
        raise AgeBlobError("not an age file")
    end = data.index(b"\n---")
    line_end = data.find(b"\n", end + 4)
    while line_end < 0:
        more = src.read(1024)
        if not more:
            raise AgeBlobError("the age header is truncated")
        data += more
        line_end = data.find(b"\n", end + 4)
    header, mac_line, rest = data[: end + 4], data[end + 4 : line_end], data[line_end + 1 :]
    if not mac_line.startswith(b" "):
        raise AgeBlobError("the age header is damaged")
    stanzas: list[list[bytes]] = []
    lines = data[len(INTRO) : end].split(b"\n") if end > len(INTRO) - 1 else []
    cur: list[bytes] | None = None
    for line in lines:
        if line.startswith(b"-> "):
            cur = [*line[3:].split(b" "), b""]
            stanzas.append(cur)
        elif cur is not None:
            cur[-1] += line
        else:
            raise AgeBlobError("the age header is damaged")
    if not stanzas or len(stanzas) > MAX_STANZAS:
        raise AgeBlobError("the age header has no usable recipient stanza")
    return header, stanzas, _unb64(mac_line[1:]), rest


def _unwrap(identity: X25519PrivateKey, stanzas: list[list[bytes]]) -> bytes:
    own = _raw(identity.public_key())
    for st in stanzas:
        if len(st) != 3 or st[0] != b"X25519":
            continue
        share = _unb64(st[1])
        body = _unb64(st[2])
        if len(share) != 32 or len(body) != 32:
            raise AgeBlobError("the age X25519 stanza is malformed")
        shared = identity.exchange(X25519PublicKey.from_public_bytes(share))
        wrap = _hkdf(shared, share + own, X25519_LABEL)
        try:
            return ChaCha20Poly1305(wrap).decrypt(b"\x00" * 12, body, None)
        except InvalidTag:
            continue
    raise AgeBlobError("the blob is not encrypted to this case's evidence key")


def decrypt_chunks(src: BinaryIO, identity: X25519PrivateKey) -> Iterator[bytes]:
    """Yield the plaintext in blocks of about 1 MiB; raise AgeBlobError on any damage.

    A block is only yielded after its chunks authenticated; a truncated or extended
    blob fails at the end, so callers must not trust output until the iterator ends.
    """
    header, stanzas, mac, buf = _read_header(src)
    file_key = _unwrap(identity, stanzas)
    expected = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, mac):
        raise AgeBlobError("the age header has been altered")
    while len(buf) < 16:
        more = src.read(16 - len(buf))
        if not more:
            raise AgeBlobError("the blob is truncated (no payload)")
        buf += more
    nonce, buf = buf[:16], buf[16:]
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter = 0
    want = SEALED * READ_CHUNKS
    eof = False
    while True:
        while not eof and len(buf) <= want:
            more = src.read(want + 1 - len(buf) if buf else want + 1)
            if not more:
                eof = True
            else:
                buf += more
        if not buf:
            raise AgeBlobError("the blob is truncated (its last chunk is missing)")
        view = memoryview(buf)
        out: list[bytes] = []
        pos = 0
        # Decrypt every chunk we hold, except that the final chunk is only known at EOF.
        while len(view) - pos > SEALED or (eof and pos < len(view)):
            size = min(SEALED, len(view) - pos)
            last = eof and pos + size == len(view)
            if size < TAG:
                raise AgeBlobError(f"the blob is truncated in chunk {counter + 1}")
            try:
                plain = aead.decrypt(_nonce(counter, last), view[pos : pos + size], None)
            except InvalidTag:
                raise AgeBlobError(
                    f"the blob is damaged or altered in chunk {counter + 1} "
                    f"(bytes {counter * CHUNK} to {counter * CHUNK + CHUNK - 1} of the content)"
                ) from None
            if last and not plain and counter > 0:
                raise AgeBlobError("the blob ends with an empty chunk")
            out.append(plain)
            counter += 1
            pos += size
        buf = bytes(view[pos:])
        view.release()
        if out:
            yield b"".join(out) if len(out) > 1 else out[0]
        if eof and not buf:
            return
