"""Bundles: age X25519 streams to several recipients, the header checked before decryption.

The format code is ``store.age`` (shared with key slots and evidence). The bundle reader
looks at the header first (how many recipients, which stanza types, sizes) and both
directions stream with progress and Cancel. `age -d -i key.txt` reads what `AgeWriter`
writes and `open_payload` reads what `age -r` writes (tested).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from casebench.store import age
from casebench.store.age import (
    CHUNK,
    INTRO,
    MAX_HEADER,
    TAG,
    Header,
    Stanza,
    generate_identity,
    identity_text,
    open_payload,
    parse_identity,
    parse_recipient,
    recipient_of,
)

__all__ = [
    "CHUNK", "INTRO", "KNOWN_STANZAS", "MAX_HEADER", "MAX_RECIPIENTS", "TAG", "AgeFormatError",
    "AgeWriter", "BufferedAgeWriter", "Header", "Stanza", "generate_identity", "identity_text", "open_payload",
    "parse_identity", "parse_recipient", "read_header", "recipient_of", "unwrap_file_key",
]

MAX_RECIPIENTS = age.MAX_STANZAS
KNOWN_STANZAS = ("X25519",)
AgeFormatError = age.AgeError  # malformed, damaged or not addressed to us; plain words


def _stanzas(recipients: Sequence[str]) -> tuple[bytes, list[bytes]]:
    if not recipients:
        raise AgeFormatError("an age file needs at least one recipient")
    if len(recipients) > MAX_RECIPIENTS:
        raise AgeFormatError(f"at most {MAX_RECIPIENTS} recipients, not {len(recipients)}")
    import os

    file_key = os.urandom(16)
    raws = dict.fromkeys(parse_recipient(r) for r in recipients)
    return file_key, [age.x25519_stanza(file_key, r) for r in raws]


class AgeWriter(age.StreamWriter):
    """A writable binary stream that age-encrypts to X25519 recipients (age1…) as it goes."""

    def __init__(self, out: BinaryIO, recipients: Sequence[str]) -> None:
        super().__init__(out, *_stanzas(recipients))


class BufferedAgeWriter(age.BufferedStreamWriter):
    """AgeWriter sealing into the output's reused buffers (the bundle writer's volume file)."""

    def __init__(self, out: age.SealBuffers, recipients: Sequence[str]) -> None:
        super().__init__(out, *_stanzas(recipients))


def read_header(fh: BinaryIO) -> Header:
    """Parse and check the header without decrypting anything."""
    return age.read_header(fh, known=KNOWN_STANZAS, max_stanzas=MAX_RECIPIENTS)


def unwrap_file_key(header: Header, identities: Sequence[X25519PrivateKey]) -> bytes:
    return age.unwrap_x25519(
        header, identities, not_ours="it is not addressed to this workbench (none of its"
        f" {len(header.stanzas)} recipients is our key)")
