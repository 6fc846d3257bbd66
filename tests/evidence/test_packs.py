"""Packs: many small blobs in one age file whose plaintext is a tar of members named by blob id."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebench.evidence import packs
from casebench.evidence.agestream import CHUNK, AgeBlobError
from casebench.evidence.contentstore import BlobWriter, blob_path
from casebench.store.age import generate_identity

IDENT, RECIPIENT = generate_identity()


def _write_pack(case_dir: Path, contents: list[bytes]) -> tuple[str, list[packs.PackedBlob]]:
    writer = BlobWriter(case_dir, RECIPIENT, None)
    pack = packs.PackTarget(writer)
    members = [pack.add(os.urandom(16).hex(), data) for data in contents]
    stored = pack.finish()
    writer.sync()
    assert stored.stored_size == blob_path(case_dir, pack.pack_id).stat().st_size
    return pack.pack_id, members


def _read(case_dir: Path, pack_id: str, m: packs.PackedBlob) -> bytes:
    return b"".join(packs.read_member(case_dir, pack_id, m.offset, m.size, IDENT))


# sizes around the 64 KiB chunk boundaries, empty files and the largest packed size
_SIZES = st.one_of(st.integers(0, 3 * CHUNK), st.sampled_from(
    [0, 1, CHUNK - 512, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK - 511, packs.MEMBER_MAX]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sizes=st.lists(_SIZES, min_size=1, max_size=6))
def test_each_member_reads_back_exactly_wherever_it_lies(tmp_path: Path, sizes: list[int]) -> None:
    case_dir = tmp_path / f"case-{os.urandom(4).hex()}"
    contents = [os.urandom(n) for n in sizes]
    pack_id, members = _write_pack(case_dir, contents)
    for data, m in zip(contents, members, strict=True):
        assert m.size == len(data)
        assert _read(case_dir, pack_id, m) == data
    for data, m in reversed(list(zip(contents, members, strict=True))):  # no reliance on the order
        assert _read(case_dir, pack_id, m) == data
    # a range that straddles chunk boundaries reads the same bytes as the whole stream
    plain = pyrage.decrypt(blob_path(case_dir, pack_id).read_bytes(), [pyrage.x25519.Identity.from_str(IDENT)])
    for m in members:
        assert plain[m.offset : m.offset + m.size] == contents[members.index(m)]
    # and the plaintext is a tar archive whose members are named by blob id
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        assert [(t.name, t.size) for t in tar.getmembers()] == [(m.blob_id, m.size) for m in members]
        for m, data in zip(members, contents, strict=True):
            got = tar.extractfile(m.blob_id)
            assert got is not None and got.read() == data


@pytest.mark.skipif(shutil.which("age") is None or shutil.which("tar") is None,
                    reason="age or tar command not installed")
def test_standard_tools_recover_every_blob(tmp_path: Path) -> None:
    contents = [b"", b"x" * 100, os.urandom(CHUNK + 7), os.urandom(200_000)]
    pack_id, members = _write_pack(tmp_path / "case", contents)
    (tmp_path / "key.txt").write_text(IDENT + "\n")
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(f"age -d -i {tmp_path / 'key.txt'} {blob_path(tmp_path / 'case', pack_id)} | tar -x -C {out}",
                   shell=True, check=True)
    for m, data in zip(members, contents, strict=True):
        assert (out / m.blob_id).read_bytes() == data


def test_a_damaged_chunk_fails_only_the_members_it_covers(tmp_path: Path) -> None:
    contents = [os.urandom(3 * CHUNK), os.urandom(1000), os.urandom(2 * CHUNK)]
    pack_id, members = _write_pack(tmp_path, contents)
    path = blob_path(tmp_path, pack_id)
    raw = bytearray(path.read_bytes())
    raw[-100] ^= 1  # the last chunk: the end of the last member and the end of the archive
    path.write_bytes(bytes(raw))
    assert _read(tmp_path, pack_id, members[0]) == contents[0]
    with pytest.raises(AgeBlobError, match="damaged"):
        _read(tmp_path, pack_id, members[2])
    where = [packs.Where(m.blob_id, m.size, pack_id, m.offset) for m in members]
    checked = packs.check_pack(tmp_path, pack_id, IDENT, where, md5=False, sha1=False,
                               on_bytes=lambda n: None, cancelled=lambda: False)
    done, damage = checked.found, checked.damaged
    assert not checked.framing
    assert set(done) == {members[0].blob_id, members[1].blob_id}
    assert list(damage) == [members[2].blob_id] and "damaged" in damage[members[2].blob_id]


def test_a_truncated_pack_is_refused(tmp_path: Path) -> None:
    contents = [os.urandom(CHUNK // 2), os.urandom(CHUNK * 2)]
    pack_id, members = _write_pack(tmp_path, contents)
    path = blob_path(tmp_path, pack_id)
    path.write_bytes(path.read_bytes()[: -(CHUNK + 16)])
    with pytest.raises(AgeBlobError):
        _read(tmp_path, pack_id, members[1])


@settings(max_examples=200, deadline=None)
@given(blob_id=st.binary(min_size=16, max_size=16).map(bytes.hex), size=st.integers(0, 8**11 - 1))
def test_member_headers_are_the_ones_tarfile_writes(blob_id: str, size: int) -> None:
    info = tarfile.TarInfo(blob_id)
    info.size, info.mode, info.mtime, info.type = size, 0o600, 0, tarfile.REGTYPE
    assert packs.member_header(blob_id, size) == info.tobuf(format=tarfile.USTAR_FORMAT, encoding="ascii",
                                                            errors="strict")


def test_members_added_and_streamed_in_turn_lie_where_they_were_placed(tmp_path: Path) -> None:
    """add() places a member at once and writes it later; begin() writes what was added first."""
    contents = [os.urandom(70_000), os.urandom(3 * CHUNK + 5), b"", os.urandom(1_500_000), os.urandom(10)]
    writer = BlobWriter(tmp_path, RECIPIENT, None)
    pack = packs.PackTarget(writer)
    members = [pack.add(os.urandom(16).hex(), contents[0])]
    blob_id = os.urandom(16).hex()
    offset = pack.begin(blob_id, len(contents[1]))
    pack.write(contents[1][:1000])
    pack.write(contents[1][1000:])
    members.append(pack.end())
    assert members[1] == packs.PackedBlob(blob_id, offset, len(contents[1]))
    members += [pack.add(os.urandom(16).hex(), data) for data in contents[2:]]
    stored = pack.finish()
    writer.sync()
    path = blob_path(tmp_path, pack.pack_id)
    assert stored.stored_size == path.stat().st_size
    assert stored.cipher_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()  # what quick verify checks
    for m, data in zip(members, contents, strict=True):
        assert _read(tmp_path, pack.pack_id, m) == data
    plain = pyrage.decrypt(path.read_bytes(), [pyrage.x25519.Identity.from_str(IDENT)])
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        assert [(t.name, t.size) for t in tar.getmembers()] == [(m.blob_id, m.size) for m in members]
