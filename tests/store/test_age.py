"""The one age implementation: header checks shared by key slots, evidence and bundles."""

from __future__ import annotations

import io
import os

import pyrage
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebench.evidence import agestream
from casebench.exchange import agefmt
from casebench.store import age, agecrypt


def _bundle_bytes(data: bytes, recipients: list[str]) -> bytes:
    out = io.BytesIO()
    w = agefmt.AgeWriter(out, recipients)
    w.write(data)
    w.close()
    return out.getvalue()


def test_pyrage_grease_stanzas_are_skipped_for_evidence_but_refused_in_bundles() -> None:
    ident = pyrage.x25519.Identity.generate()
    blob = pyrage.encrypt(b"exhibit", [ident.to_public()])  # rage adds a random grease stanza
    assert b"".join(agestream.decrypt_chunks(io.BytesIO(blob), age.parse_identity(str(ident)))) == b"exhibit"
    with pytest.raises(age.AgeError, match="unknown recipient type"):
        agefmt.read_header(io.BytesIO(blob))


def test_bundle_header_caps_recipients_before_decrypting() -> None:
    keys = [age.generate_identity() for _ in range(21)]
    with pytest.raises(age.AgeError, match="at most 20 recipients"):
        _bundle_bytes(b"x", [k[1] for k in keys])
    blob = _bundle_bytes(b"x", [k[1] for k in keys[:20]])
    header = agefmt.read_header(io.BytesIO(blob))
    assert len(header.stanzas) == 20
    key = agefmt.unwrap_file_key(header, [age.parse_identity(keys[19][0])])
    assert len(key) == 16


def test_a_header_larger_than_the_cap_is_refused_without_reading_on() -> None:
    huge = age.INTRO + b"-> X25519 " + b"A" * (age.MAX_HEADER + 10) + b"\n"
    with pytest.raises(age.AgeError, match="larger than"):
        age.read_header(io.BytesIO(huge))


def test_non_canonical_base64_in_a_stanza_is_refused() -> None:
    _ident, rcpt = age.generate_identity()
    blob = bytearray(_bundle_bytes(b"x", [rcpt]))
    line_end = blob.index(b"\n", len(age.INTRO))
    share = bytes(blob[len(age.INTRO) + len(b"-> X25519 "):line_end])
    # flip the unused low bits of the last base64 digit: same bytes, another spelling
    last = share[-1:]
    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    twin = bytes([alphabet[alphabet.index(last) ^ 1]])
    blob[line_end - 1:line_end] = twin
    with pytest.raises(age.AgeError):
        agefmt.read_header(io.BytesIO(bytes(blob)))


def test_passphrase_files_round_trip_with_pyrage_both_ways() -> None:
    ours = agecrypt.encrypt_with_passphrase(b"slot secrets", "pass phrase", log_n=10)
    assert pyrage.passphrase.decrypt(ours, "pass phrase") == b"slot secrets"
    theirs = pyrage.passphrase.encrypt(b"from rage", "pass phrase")
    assert agecrypt.decrypt_with_passphrase(theirs, "pass phrase") == b"from rage"
    with pytest.raises(agecrypt.WrongPassphrase):
        agecrypt.decrypt_with_passphrase(ours, "another")


def test_a_passphrase_file_is_not_taken_for_an_evidence_blob() -> None:
    ours = agecrypt.encrypt_with_passphrase(b"slot", "pass phrase", log_n=10)
    ident, _ = age.generate_identity()
    with pytest.raises(age.AgeError):
        list(agestream.decrypt_chunks(io.BytesIO(ours), age.parse_identity(ident)))


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=3 * age.CHUNK + 7), st.integers(min_value=1, max_value=age.CHUNK + 3))
def test_one_sealer_one_opener_for_any_write_pattern(data: bytes, step: int) -> None:
    ident, rcpt = age.generate_identity()
    out = io.BytesIO()
    w = age.StreamWriter.to_recipients(out, [age.parse_recipient(rcpt)])
    for i in range(0, len(data), step):
        w.write(data[i:i + step])
    w.close()
    assert w.written == len(data)
    fh = io.BytesIO(out.getvalue())
    key = age.unwrap_x25519(age.read_header(fh), [age.parse_identity(ident)])
    assert b"".join(age.open_payload(fh, key)) == data
    assert pyrage.decrypt(out.getvalue(), [pyrage.x25519.Identity.from_str(ident)]) == data
    if data:
        damaged = bytearray(out.getvalue())
        damaged[-1 - (os.urandom(1)[0] % min(len(damaged) - 200, 16))] ^= 0x40
        fh = io.BytesIO(bytes(damaged))
        with pytest.raises(age.AgeError):
            key = age.unwrap_x25519(age.read_header(fh), [age.parse_identity(ident)])
            b"".join(age.open_payload(fh, key))


class _Collect(age.SealBuffers):
    """Buffers of two sealed chunks (so a payload spans several), checked to be handed back
    filled with whole sealed chunks, never while one is still out."""

    def __init__(self) -> None:
        self.out = io.BytesIO()
        self.held: bytearray | None = None

    def write(self, data: bytes) -> int:
        return self.out.write(data)

    def take(self) -> bytearray:
        assert self.held is None
        self.held = bytearray(os.urandom(2 * age.SEALED))  # stale bytes must never leak out
        return self.held

    def put(self, buf: bytearray, n: int) -> None:
        assert buf is self.held
        self.out.write(bytes(buf[:n]))
        self.held = None


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=5 * age.CHUNK + 7), st.integers(min_value=1, max_value=2 * age.CHUNK + 3))
def test_sealing_in_place_writes_what_age_reads_for_any_write_pattern(data: bytes, step: int) -> None:
    ident, rcpt = age.generate_identity()
    sink = _Collect()
    w = agefmt.BufferedAgeWriter(sink, [rcpt])
    for i in range(0, len(data), step):
        w.write(memoryview(data)[i:i + step])
    w.close()
    assert w.written == len(data) and sink.held is None
    blob = sink.out.getvalue()
    sealed = -(-max(len(data), 1) // age.CHUNK)  # chunks; one empty chunk for no data
    assert len(blob) == blob.index(b"\n---") + len(b"\n--- ") + 43 + 1 + 16 + len(data) + sealed * age.TAG
    assert pyrage.decrypt(blob, [pyrage.x25519.Identity.from_str(ident)]) == data


def test_chunks_read_into_a_buffer_are_authenticated_and_a_short_file_is_refused() -> None:
    ident, rcpt = age.generate_identity()
    data = os.urandom(3 * age.CHUNK + 100)
    blob = _bundle_bytes(data, [rcpt])
    fh = io.BytesIO(blob)
    key = age.unwrap_x25519(age.read_header(fh), [age.parse_identity(ident)])
    payload = age.payload_at(fh, key, len(blob))
    out = bytearray(4 * age.CHUNK)
    inbuf = bytearray(4 * age.SEALED)
    assert age.open_chunks_into(fh, payload, 1, 3, inbuf, memoryview(out)) == 2 * age.CHUNK + 100
    assert out[: 2 * age.CHUNK + 100] == data[age.CHUNK:]
    with pytest.raises(age.ChunkDamaged, match="truncated") as err:  # the payload ends at chunk 4
        age.open_chunks_into(fh, payload, 2, 3, inbuf, memoryview(out))
    damaged = bytearray(blob)
    damaged[payload.start + 2 * age.SEALED + 5] ^= 1
    with pytest.raises(age.ChunkDamaged, match="chunk 3") as err:
        age.open_chunks_into(io.BytesIO(bytes(damaged)), payload, 0, 4, inbuf, memoryview(out))
    assert err.value.chunk == 2
    # cut after the third chunk: the third is not sealed as the last, so it must not pass for it
    cut = io.BytesIO(blob[: payload.start + 3 * age.SEALED])
    cut.seek(payload.start - 16)
    short = age.payload_at(cut, key, len(cut.getvalue()))
    assert short.chunks == 3
    with pytest.raises(age.ChunkDamaged, match="chunk 3"):
        age.open_chunks_into(cut, short, 0, short.chunks, inbuf, memoryview(out))
