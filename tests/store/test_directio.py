"""Writing past the page cache: the same bytes as an ordinary write, whatever the pieces,
the file system or a refusal part-way; a failure is raised, not swallowed."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casebench.store import directio
from casebench.store.directio import ALIGN, BUFFER, DirectWriter


def _write(path: Path, pieces: list[bytes]) -> DirectWriter | None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        w = DirectWriter.open(fd)
        if w is None:  # no direct writes here (tmpfs, another system): nothing to test
            pytest.skip("direct writes are not available on this file system")
        for p in pieces:
            w.write(p)
        w.finish()
        assert os.fstat(fd).st_size == sum(map(len, pieces))
        return w
    finally:
        os.close(fd)


_PIECE = st.one_of(st.integers(0, 3 * ALIGN), st.sampled_from([ALIGN - 1, ALIGN, BUFFER - 1, BUFFER, BUFFER + 1]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sizes=st.lists(_PIECE, max_size=8))
def test_the_file_holds_every_piece_in_order(tmp_path: Path, sizes: list[int]) -> None:
    pieces = [os.urandom(n) for n in sizes]
    path = tmp_path / f"out-{os.urandom(4).hex()}"
    _write(path, pieces)
    assert path.read_bytes() == b"".join(pieces)


def test_a_file_system_refusing_direct_writes_part_way_gets_ordinary_ones(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.pwrite
    refused = []

    def pwrite(fd: int, data: memoryview, offset: int) -> int:
        if offset >= BUFFER and os.O_DIRECT & directio.fcntl.fcntl(fd, directio.fcntl.F_GETFL):
            refused.append(offset)
            raise OSError(errno.EINVAL, "Invalid argument")
        return real(fd, data, offset)

    monkeypatch.setattr(directio.os, "pwrite", pwrite)
    data = os.urandom(3 * BUFFER + 12345)
    w = _write(tmp_path / "out", [data[:100], data[100:]])
    assert w is not None and not w.direct and refused
    assert (tmp_path / "out").read_bytes() == data


def test_a_full_disk_is_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int, data: memoryview, offset: int) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(directio.os, "pwrite", full)
    with pytest.raises(OSError) as failed:
        _write(tmp_path / "out", [os.urandom(2 * BUFFER + 1)])
    assert failed.value.errno == errno.ENOSPC
