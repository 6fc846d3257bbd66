"""minisign-format keys and signatures, made and checked with `cryptography` Ed25519.

A public key is base64("Ed" + key id (8 bytes) + Ed25519 key (32 bytes)); a
signature file is four lines: an untrusted comment, base64("Ed" + key id +
signature of the file), "trusted comment: …", and base64 of a global signature
over the signature and the trusted comment. We write the legacy "Ed" form (the
signed file, SHA256SUMS, is small) and read both "Ed" and the pre-hashed "ED"
form that `minisign -S` writes by default, so `minisign -Vm` verifies ours and
partners can sign bundles with the minisign command.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

MAX_SIG_FILE = 4096


class SignatureError(Exception):
    """The signature is malformed or does not verify; message in plain words."""


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it (little-endian number in upper-case hex)."""
    return key_id[::-1].hex().upper()


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes
    key: bytes  # 32 raw bytes

    @property
    def id_hex(self) -> str:
        return key_id_hex(self.key_id)

    def to_base64(self) -> str:
        return base64.b64encode(b"Ed" + self.key_id + self.key).decode("ascii")

    def to_file(self) -> str:
        return f"untrusted comment: minisign public key {self.id_hex}\n{self.to_base64()}\n"

    @classmethod
    def parse(cls, text: str) -> PublicKey:
        """From the base64 line or from a whole minisign.pub file."""
        lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
        if lines and lines[0].startswith("untrusted comment:"):
            lines = lines[1:]
        if len(lines) != 1:
            raise SignatureError("a minisign public key is one base64 line (RW…)")
        try:
            raw = base64.b64decode(lines[0], validate=True)
        except (binascii.Error, ValueError):
            raise SignatureError("the minisign public key is not valid base64") from None
        if len(raw) != 42 or raw[:2] != b"Ed":
            raise SignatureError("it is not a minisign Ed25519 public key")
        return cls(raw[2:10], raw[10:])

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.key)


def public_key_of(secret: Ed25519PrivateKey, key_id: bytes) -> PublicKey:
    return PublicKey(key_id, secret.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def derive_key_id(public: bytes) -> bytes:
    """casebench key ids are derived from the key (minisign's are random; both are 8 bytes)."""
    return hashlib.sha256(b"casebench key id\n" + public).digest()[:8]


def sign(secret: Ed25519PrivateKey, key_id: bytes, message: bytes, *, trusted_comment: str,
         untrusted_comment: str = "signature from casebench workbench key") -> str:
    if "\n" in trusted_comment or "\n" in untrusted_comment:
        raise ValueError("comments are one line")
    sig = secret.sign(message)
    glob = secret.sign(sig + trusted_comment.encode("utf-8"))
    return (f"untrusted comment: {untrusted_comment}\n"
            f"{base64.b64encode(b'Ed' + key_id + sig).decode()}\n"
            f"trusted comment: {trusted_comment}\n"
            f"{base64.b64encode(glob).decode()}\n")


@dataclass(frozen=True)
class Signature:
    algorithm: bytes  # b"Ed" (legacy) or b"ED" (pre-hashed with BLAKE2b-512)
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes

    @property
    def id_hex(self) -> str:
        return key_id_hex(self.key_id)


def parse_signature(data: bytes) -> Signature:
    if len(data) > MAX_SIG_FILE:
        raise SignatureError("the signature file is too large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureError("the signature file is not text") from None
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    if len(lines) != 4 or not lines[0].startswith("untrusted comment:") \
            or not lines[2].startswith("trusted comment: "):
        raise SignatureError("the signature file is not in minisign format (four lines)")
    try:
        raw = base64.b64decode(lines[1], validate=True)
        glob = base64.b64decode(lines[3], validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("the signature file has bad base64") from None
    if len(raw) != 74 or raw[:2] not in (b"Ed", b"ED") or len(glob) != 64:
        raise SignatureError("the signature file is not a minisign Ed25519 signature")
    return Signature(raw[:2], raw[2:10], raw[10:], lines[2][len("trusted comment: "):], glob)


def verify(public: PublicKey, sig: Signature, message: bytes) -> None:
    if sig.key_id != public.key_id:
        raise SignatureError(f"the signature was made by key {sig.id_hex}, not {public.id_hex}")
    signed = message if sig.algorithm == b"Ed" else hashlib.blake2b(message, digest_size=64).digest()
    key = public.verifier()
    try:
        key.verify(sig.signature, signed)
    except InvalidSignature:
        raise SignatureError("the signature does not match the signed file") from None
    try:
        key.verify(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise SignatureError("the trusted comment of the signature was altered") from None
