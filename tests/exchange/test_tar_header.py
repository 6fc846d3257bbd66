"""The bundle's tar headers (built from a cached block per bundle: thousands of files) read
back, by the standard library's tar and by the bundle reader, as the name, size and time written."""

from __future__ import annotations

import io
import tarfile

from hypothesis import given
from hypothesis import strategies as st

from casebench.exchange import tarstream

names = st.text(st.characters(min_codepoint=33, max_codepoint=0x24F, blacklist_characters="/\\\x7f"),
                min_size=1, max_size=30).map(lambda s: "files/" + s)


@given(names, st.integers(0, 2**40), st.integers(0, 2**33 - 1))
def test_header_reads_back_as_written(name: str, size: int, mtime: int) -> None:
    head = tarstream.header(name, size, mtime)
    with tarfile.open(fileobj=io.BytesIO(head + b"\0" * (size + 2048 if size < 4096 else 0)), mode="r:") as tar:
        info = tar.next()
    assert info is not None and (info.name, info.size, info.mtime) == (name, size, mtime)
    mh = tarstream.next_member(tarstream.ChunkReader(iter([head])))
    assert mh == tarstream.MemberHeader(name, size)
