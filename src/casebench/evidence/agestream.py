"""Evidence blobs: age X25519 streams to the case's evidence recipient.

The format code is ``store.age`` (shared with key slots and bundles); this module gives
the evidence store its vocabulary: one recipient, public keys as objects, and blocks of
plaintext for hashing in the same pass. Memory stays flat: the writer holds back less
than one 64 KiB chunk, the reader opens about 1 MiB at a time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from casebench.store import age
from casebench.store.age import CHUNK, AgeError, parse_identity

__all__ = ["CHUNK", "AgeBlobError", "AgeWriter", "SealingAgeWriter", "decrypt_chunks", "decrypt_views", "parse_identity",
           "parse_recipient"]

AgeBlobError = AgeError  # a blob is not a well-formed age file for this identity, or is damaged


def parse_recipient(text: str) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(age.parse_recipient(text))


class AgeWriter(age.StreamWriter):
    """Encrypt a stream to one X25519 recipient: write() any number of times, then close()."""

    def __init__(self, out: BinaryIO, recipient: X25519PublicKey) -> None:
        file_key = os.urandom(16)
        raw = recipient.public_bytes(Encoding.Raw, PublicFormat.Raw)
        super().__init__(out, file_key, [age.x25519_stanza(file_key, raw)])


class SealingAgeWriter(age.BufferedStreamWriter):
    """AgeWriter sealing each chunk in place into the output's reused buffers (the blob
    file's ring, contentstore): no new bytes object per chunk."""

    def __init__(self, out: age.SealBuffers, recipient: X25519PublicKey) -> None:
        file_key = os.urandom(16)
        raw = recipient.public_bytes(Encoding.Raw, PublicFormat.Raw)
        super().__init__(out, file_key, [age.x25519_stanza(file_key, raw)])


def decrypt_chunks(src: BinaryIO, identity: X25519PrivateKey) -> Iterator[bytes]:
    """Yield the plaintext in blocks of about 1 MiB; raise AgeBlobError on any damage.

    A block is only yielded after its chunks authenticated; a truncated or extended
    blob fails at the end, so callers must not trust output until the iterator ends.
    """
    header = age.read_header(src, known=None)
    file_key = age.unwrap_x25519(header, [identity],
                                 not_ours="the blob is not encrypted to this case's evidence key")
    yield from age.open_payload(src, file_key)


def decrypt_views(src: BinaryIO, identity: X25519PrivateKey) -> Iterator[memoryview]:
    """decrypt_chunks without copies: each view is valid only while a few more are read
    (store.age.payload_views); for hashing and writing straight out."""
    header = age.read_header(src, known=None)
    file_key = age.unwrap_x25519(header, [identity],
                                 not_ours="the blob is not encrypted to this case's evidence key")
    yield from age.payload_views(src, file_key)
