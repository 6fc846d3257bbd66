"""age v1 with X25519 recipients, streaming, written and read with `cryptography`.

Our own code (not pyrage) because the bundle reader must look at the header
before it decrypts anything (how many recipients, which stanza types, sizes),
and because both directions must stream with progress and Cancel. The format
follows the age v1 specification (C2SP age); `age -d -i key.txt` reads what
`AgeWriter` writes and `open_payload` reads what `age -r` writes (tested).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
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
MAX_RECIPIENTS = 20
MAX_HEADER = 16 * 1024  # 20 X25519 stanzas need about 2.5 KiB
KNOWN_STANZAS = ("X25519",)


class AgeFormatError(Exception):
    """The age layer is malformed, damaged or not addressed to us; message in plain words."""


# -- bech32 (BIP 173), as used for age keys ---------------------------------------------------
_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: Sequence[int]) -> int:
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i, g in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
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
        raise ValueError("bad bech32 padding")
    return out


def bech32_encode(hrp: str, data: bytes) -> str:
    five = _convert(data, 8, 5, True)
    chk = _polymod([*_hrp_expand(hrp), *five, 0, 0, 0, 0, 0, 0]) ^ 1
    five += [(chk >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[d] for d in five)


def bech32_decode(text: str, hrp: str) -> bytes:
    low = text.strip().lower()
    if text.strip() not in (low, low.upper()):
        raise ValueError("mixed case")
    head, sep, data = low.rpartition("1")
    if not sep or head != hrp or len(data) < 6 or any(c not in _CHARSET for c in data):
        raise ValueError(f"not a {hrp} key")
    values = [_CHARSET.index(c) for c in data]
    if _polymod([*_hrp_expand(head), *values]) != 1:
        raise ValueError("checksum does not match")
    return bytes(_convert(values[:-6], 5, 8, False))


def parse_recipient(text: str) -> bytes:
    """The 32-byte X25519 public key of an `age1…` recipient."""
    try:
        raw = bech32_decode(text, "age")
    except ValueError as exc:
        raise AgeFormatError(f"{text[:20]!r}… is not an age recipient (age1…): {exc}") from None
    if len(raw) != 32:
        raise AgeFormatError("an age recipient holds 32 bytes")
    return raw


def parse_identity(text: str) -> X25519PrivateKey:
    try:
        raw = bech32_decode(text.strip(), "age-secret-key-")
    except ValueError as exc:
        raise AgeFormatError(f"not an age identity (AGE-SECRET-KEY-1…): {exc}") from None
    if len(raw) != 32:
        raise AgeFormatError("an age identity holds 32 bytes")
    return X25519PrivateKey.from_private_bytes(raw)


def recipient_of(identity: X25519PrivateKey) -> str:
    return bech32_encode("age", identity.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def identity_text(identity: X25519PrivateKey) -> str:
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    raw = identity.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return bech32_encode("age-secret-key-", raw).upper()


def generate_identity() -> tuple[str, str]:
    """(AGE-SECRET-KEY-1…, age1…)"""
    key = X25519PrivateKey.generate()
    return identity_text(key), recipient_of(key)


# -- helpers ---------------------------------------------------------------------------------------
def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    if not re.fullmatch(rb"[A-Za-z0-9+/]*", text) or len(text) % 4 == 1:
        raise AgeFormatError("the age header has bad base64")
    data = base64.b64decode(text + b"=" * (-len(text) % 4))
    if _b64(data) != text:
        raise AgeFormatError("the age header has non-canonical base64")
    return data


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _wrap_lines(data: bytes) -> bytes:
    text = _b64(data)
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    if not lines or len(lines[-1]) == 64:
        lines.append(b"")
    return b"\n".join(lines)


# -- writing ---------------------------------------------------------------------------------------
def _x25519_stanza(file_key: bytes, recipient: bytes) -> bytes:
    eph = X25519PrivateKey.generate()
    share = eph.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient))
    wrap = _hkdf(shared, share + recipient, X25519_LABEL)
    body = ChaCha20Poly1305(wrap).encrypt(b"\x00" * 12, file_key, None)
    return b"-> X25519 " + _b64(share) + b"\n" + _wrap_lines(body)


class AgeWriter:
    """A writable binary stream that age-encrypts to X25519 recipients as it goes."""

    def __init__(self, out: BinaryIO, recipients: Sequence[str]) -> None:
        if not recipients:
            raise AgeFormatError("an age file needs at least one recipient")
        if len(recipients) > MAX_RECIPIENTS:
            raise AgeFormatError(f"at most {MAX_RECIPIENTS} recipients, not {len(recipients)}")
        self._out = out
        file_key = os.urandom(16)
        header = INTRO + b"\n".join(_x25519_stanza(file_key, parse_recipient(r)) for r in
                                    dict.fromkeys(recipients)) + b"\n---"
        mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
        nonce = os.urandom(16)
        out.write(header + b" " + _b64(mac) + b"\n" + nonce)
        self._aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
        self._buf = bytearray()
        self._counter = 0
        self.closed = False

    def _emit(self, data: bytes | bytearray | memoryview, last: bool) -> None:
        nonce = self._counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        self._out.write(self._aead.encrypt(nonce, bytes(data), None))
        self._counter += 1

    def write(self, data: bytes | bytearray | memoryview) -> int:
        view = memoryview(data)
        n = len(view)
        if self._buf:
            need = CHUNK - len(self._buf)
            self._buf += view[:need]
            view = view[need:]
            if not view:
                return n
            self._emit(self._buf, False)
            self._buf.clear()
        # Keep the tail (up to one chunk) buffered: only close() knows which chunk is last.
        full = (len(view) - 1) // CHUNK if view else 0
        for i in range(full):
            self._emit(view[i * CHUNK : (i + 1) * CHUNK], False)
        self._buf += view[full * CHUNK :]
        return n

    def close(self) -> None:
        if not self.closed:
            self._emit(self._buf, True)
            self._buf.clear()
            self.closed = True


# -- reading ---------------------------------------------------------------------------------------
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


def _read_line(fh: BinaryIO, budget: int) -> bytes:
    line = bytearray()
    while True:
        ch = fh.read(1)
        if not ch:
            raise AgeFormatError("the age header is truncated")
        line += ch
        if ch == b"\n":
            return bytes(line)
        if len(line) > budget:
            raise AgeFormatError(f"the age header is larger than {MAX_HEADER} bytes")


def read_header(fh: BinaryIO) -> Header:
    """Parse and check the header without decrypting anything."""
    intro = fh.read(len(INTRO))
    if intro != INTRO:
        raise AgeFormatError("it is not an age file (the first line is not age-encryption.org/v1)")
    raw = bytearray(intro)
    stanzas: list[Stanza] = []
    line = _read_line(fh, MAX_HEADER)
    while True:
        raw += line
        if len(raw) > MAX_HEADER:
            raise AgeFormatError(f"the age header is larger than {MAX_HEADER} bytes")
        if line.startswith(b"---"):
            break
        if not line.startswith(b"-> "):
            raise AgeFormatError("the age header is malformed (expected a recipient stanza)")
        parts = line[3:-1].split(b" ")
        if not parts or not all(parts) or not all(re.fullmatch(rb"[\x21-\x7e]+", p) for p in parts):
            raise AgeFormatError("the age header has a malformed stanza line")
        body = bytearray()
        while True:
            bl = _read_line(fh, MAX_HEADER)
            raw += bl
            if len(raw) > MAX_HEADER:
                raise AgeFormatError(f"the age header is larger than {MAX_HEADER} bytes")
            text = bl[:-1]
            if len(text) > 64:
                raise AgeFormatError("the age header has an over-long stanza body line")
            body += text
            if len(text) < 64:
                break
        stype = parts[0].decode("ascii")
        stanzas.append(Stanza(stype, tuple(p.decode("ascii") for p in parts[1:]), _unb64(bytes(body))))
        if len(stanzas) > MAX_RECIPIENTS:
            raise AgeFormatError(f"it has more than {MAX_RECIPIENTS} recipients")
        line = _read_line(fh, MAX_HEADER)
    if not line.startswith(b"--- "):
        raise AgeFormatError("the age header is malformed (bad MAC line)")
    mac = _unb64(line[4:-1])
    header_raw = bytes(raw[: len(raw) - len(line) + 3])
    if not stanzas:
        raise AgeFormatError("the age header names no recipient")
    for st in stanzas:
        if st.type not in KNOWN_STANZAS:
            raise AgeFormatError(f"it uses an unknown recipient type {st.type!r} (only X25519 is accepted)")
        if len(st.args) != 1 or len(_unb64(st.args[0].encode())) != 32 or len(st.body) != 32:
            raise AgeFormatError("an X25519 recipient stanza is malformed")
    if len(mac) != 32:
        raise AgeFormatError("the age header MAC is malformed")
    return Header(tuple(stanzas), header_raw, mac, len(raw))


def unwrap_file_key(header: Header, identities: Sequence[X25519PrivateKey]) -> bytes:
    for ident in identities:
        ours = ident.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        for st in header.stanzas:
            share = _unb64(st.args[0].encode())
            try:
                shared = ident.exchange(X25519PublicKey.from_public_bytes(share))
            except ValueError:
                continue
            if shared == b"\x00" * 32:
                continue
            wrap = _hkdf(shared, share + ours, X25519_LABEL)
            try:
                file_key = ChaCha20Poly1305(wrap).decrypt(b"\x00" * 12, st.body, None)
            except InvalidTag:
                continue
            mac = hmac.new(_hkdf(file_key, b"", b"header"), header.raw, hashlib.sha256).digest()
            if not hmac.compare_digest(mac, header.mac):
                raise AgeFormatError("the age header has been altered (MAC mismatch)")
            return file_key
    raise AgeFormatError(
        f"it is not addressed to this workbench (none of its {len(header.stanzas)} recipients is our key)")


def open_payload(fh: BinaryIO, file_key: bytes) -> Iterator[bytes]:
    """Decrypted plaintext chunks; raises AgeFormatError on damage or truncation."""
    nonce = fh.read(16)
    if len(nonce) != 16:
        raise AgeFormatError("the encrypted payload is truncated (no nonce)")
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    size = CHUNK + TAG
    cur = fh.read(size)
    counter = 0
    while True:
        nxt = fh.read(size) if len(cur) == size else b""
        last = not nxt
        if len(cur) < TAG:
            raise AgeFormatError("the encrypted payload is truncated")
        n = counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        try:
            plain = aead.decrypt(n, cur, None)
        except InvalidTag:
            if last:
                raise AgeFormatError(
                    f"the encrypted payload is damaged or truncated (chunk {counter + 1})") from None
            raise AgeFormatError(f"the encrypted payload is damaged (chunk {counter + 1})") from None
        if last and not plain and counter > 0:
            raise AgeFormatError("the encrypted payload ends with an empty chunk")
        yield plain
        if last:
            return
        cur = nxt
        counter += 1
