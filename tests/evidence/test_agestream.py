"""The streaming age writer and reader: interoperable with pyrage and the age command."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest

from casebench.evidence.agestream import (
    CHUNK,
    AgeBlobError,
    AgeWriter,
    decrypt_chunks,
    parse_identity,
    parse_recipient,
)


def _encrypt(data: bytes, recipient: str, step: int = 37 * 1024 + 3) -> bytes:
    out = io.BytesIO()
    w = AgeWriter(out, parse_recipient(recipient))
    for i in range(0, len(data), step):
        w.write(data[i : i + step])
    w.close()
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 16 * CHUNK, 17 * CHUNK + 5])
def test_round_trip_and_pyrage(size: int) -> None:
    ident = pyrage.x25519.Identity.generate()
    data = os.urandom(size)
    blob = _encrypt(data, str(ident.to_public()))
    assert pyrage.decrypt(blob, [ident]) == data
    assert b"".join(decrypt_chunks(io.BytesIO(blob), parse_identity(str(ident)))) == data


def test_pyrage_output_is_readable() -> None:
    ident = pyrage.x25519.Identity.generate()
    data = os.urandom(3 * CHUNK + 9)
    blob = pyrage.encrypt(data, [ident.to_public()])
    assert b"".join(decrypt_chunks(io.BytesIO(blob), parse_identity(str(ident)))) == data


@pytest.mark.skipif(shutil.which("age") is None, reason="age command not installed")
def test_age_command_decrypts(tmp_path: Path) -> None:
    ident = pyrage.x25519.Identity.generate()
    data = os.urandom(2 * CHUNK + 100)
    (tmp_path / "b.age").write_bytes(_encrypt(data, str(ident.to_public())))
    (tmp_path / "key.txt").write_text(str(ident) + "\n")
    out = subprocess.run(
        ["age", "-d", "-i", str(tmp_path / "key.txt"), str(tmp_path / "b.age")],
        capture_output=True,
        check=True,
    )
    assert out.stdout == data


@pytest.mark.parametrize("where", ["header", "first", "middle", "last", "truncate", "extend"])
def test_damage_is_detected(where: str) -> None:
    ident = pyrage.x25519.Identity.generate()
    blob = bytearray(_encrypt(os.urandom(5 * CHUNK + 3), str(ident.to_public())))
    hdr = blob.index(b"\n---") + 2
    if where == "header":
        blob[hdr - 10] ^= 1
    elif where == "first":
        blob[hdr + 100] ^= 1
    elif where == "middle":
        blob[len(blob) // 2] ^= 1
    elif where == "last":
        blob[-1] ^= 1
    elif where == "truncate":
        del blob[-(CHUNK // 2) :]
    else:
        blob += os.urandom(CHUNK + 16)
    with pytest.raises(AgeBlobError):
        b"".join(decrypt_chunks(io.BytesIO(bytes(blob)), parse_identity(str(ident))))


def test_wrong_identity_is_refused() -> None:
    a, b = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    blob = _encrypt(b"secret", str(a.to_public()))
    with pytest.raises(AgeBlobError, match="not encrypted to this case"):
        list(decrypt_chunks(io.BytesIO(blob), parse_identity(str(b))))


def test_bad_keys_are_refused() -> None:
    with pytest.raises(AgeBlobError):
        parse_recipient("age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq")
    with pytest.raises(AgeBlobError):
        parse_identity("not-a-key")
