"""Atomic writes: deferred renames for disclosures, and killed runs' leftovers cleaned."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casebench.store.atomic import (
    TMP_PREFIX,
    atomic_write_bytes,
    atomic_writer,
    clean_leftovers,
    deferred_renames,
    pending_path,
)


def test_deferred_rename_names_the_file_only_after_the_block(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    with deferred_renames():
        atomic_write_bytes(target, b"%PDF")
        assert not target.exists()  # the record would be written here
        assert pending_path(target).read_bytes() == b"%PDF"
    assert target.read_bytes() == b"%PDF"
    assert os.listdir(tmp_path) == ["pack.pdf"]


def test_failure_inside_the_block_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    with pytest.raises(RuntimeError), deferred_renames():
        atomic_write_bytes(target, b"%PDF")
        raise RuntimeError("the audit append failed")
    assert os.listdir(tmp_path) == []


CHILD = """
import sys, time
from pathlib import Path
from casebench.store.atomic import atomic_writer
with atomic_writer(Path(sys.argv[1])) as fh:
    fh.write(b"half")
    fh.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def test_killed_writer_leftover_is_removed_at_the_next_write_there(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "x.pdf")], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    # While the writer lives, its temporary file is locked and kept.
    assert clean_leftovers(tmp_path) == []
    assert [n for n in os.listdir(tmp_path) if n.startswith(TMP_PREFIX)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    time.sleep(0.1)
    (tmp_path / ".tmp-other-program").write_bytes(b"not ours")
    atomic_write_bytes(tmp_path / "y.pdf", b"done")
    assert sorted(os.listdir(tmp_path)) == [".tmp-other-program", "y.pdf"]


def test_a_concurrent_writer_in_this_process_is_not_disturbed(tmp_path: Path) -> None:
    with atomic_writer(tmp_path / "a.bin") as fh:
        fh.write(b"a")
        atomic_write_bytes(tmp_path / "b.bin", b"b")  # cleans the folder: must keep a's temp file
    assert (tmp_path / "a.bin").read_bytes() == b"a"
