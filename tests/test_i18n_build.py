"""Compiling the translations replaces each .qm whole: a window running from the same tree
keeps reading the file it loaded (lrelease writes in place, and a window reading a file
rewritten under it fell back to English)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebench import i18n_build


def test_each_qm_is_replaced_whole_never_rewritten_in_place(tmp_path: Path) -> None:
    if i18n_build.lrelease() is None:
        pytest.skip("lrelease is not installed")
    src, out = tmp_path / "ts", tmp_path / "qm"
    src.mkdir()
    shutil.copy(i18n_build.ROOT / "translations" / "casebench_es.ts", src)
    assert i18n_build.main(src, out) == 0
    qm = out / "casebench_es.qm"
    first = qm.read_bytes()
    held = qm.open("rb")  # what a running window has open (Qt maps it)
    try:
        inode = qm.stat().st_ino
        assert i18n_build.main(src, out) == 0
        assert qm.stat().st_ino != inode  # a new file took the name
        assert held.read() == first  # the one open is untouched
    finally:
        held.close()
    assert qm.read_bytes() == first
    assert sorted(p.name for p in out.iterdir()) == ["casebench_es.qm"]  # no part file left
