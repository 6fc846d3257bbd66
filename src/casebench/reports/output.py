"""Atomic output files: write a temporary file beside the target, fsync, rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_output(out_path: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces ``out_path`` in one step.

    On any exception (including ``RenderCancelled``) the temporary file is removed and
    ``out_path`` is left as it was, so a reader never sees half a pack.
    """
    out_path = Path(out_path)
    folder = out_path.parent if str(out_path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out_path.name}.", suffix=".part", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable (POSIX)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
