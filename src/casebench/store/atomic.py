"""Atomic file writes: temp file in the same folder, fsync, rename, fsync the folder.

Disclosures (packs, extracts, charts, exports) are written inside
:func:`deferred_renames`: their files stay temporary until the block ends, so the
audit record is appended *before* the file appears under its name — a run killed in
between leaves a record and no disclosed file, never a file without a record.

Temporary files carry our own prefix and hold an advisory lock while their writer
lives; every atomic write first removes unlocked leftovers of ours from its folder
(a killed run's), so killed runs leave nothing behind for long.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

TMP_PREFIX = ".tmp-cb-"  # only ours: other programs' (and our bundle writer's) .tmp-* are left alone


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    """An exclusive advisory lock without waiting; True when we hold it."""
    try:
        import fcntl
    except ImportError:  # Windows: an open file cannot be deleted there anyway
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def clean_leftovers(folder: Path) -> list[str]:
    """Remove our temporary files and folders in `folder` whose writer is gone.

    A live writer holds a lock on its temporary file (or folder), so only a killed
    run's leftovers can be locked here. Returns the names removed.
    """
    removed: list[str] = []
    try:
        names = [n for n in os.listdir(folder) if n.startswith(TMP_PREFIX)]
    except OSError:
        return removed
    for name in names:
        path = os.path.join(folder, name)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue  # a link or something we may not open: not ours to touch
        try:
            if not _try_lock(fd):
                continue
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
            removed.append(name)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


@dataclass
class _Pending:
    fd: int  # kept open (and locked) until the rename
    tmp: str
    target: Path
    overwrite: bool


_held: contextvars.ContextVar[list[_Pending] | None] = contextvars.ContextVar("held_renames", default=None)


def _commit(tmp: str, target: Path, overwrite: bool, durable: bool = True) -> None:
    if overwrite:
        os.replace(tmp, target)
    else:
        os.link(tmp, target)  # fails if target appeared meanwhile
        os.unlink(tmp)
    if durable:
        fsync_dir(target.parent)


@contextlib.contextmanager
def deferred_renames() -> Iterator[None]:
    """Files written by :func:`atomic_writer` inside the block get their names only when
    the block ends without an error (record the disclosure inside it); on an error
    they are removed. Nested blocks belong to the outermost one."""
    if _held.get() is not None:
        yield
        return
    pending: list[_Pending] = []
    token = _held.set(pending)
    try:
        yield
        for p in pending:
            _commit(p.tmp, p.target, p.overwrite)
            p.tmp = ""
    finally:
        _held.reset(token)
        for p in pending:
            if p.tmp:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(p.tmp)
            os.close(p.fd)


def pending_path(target: Path) -> Path:
    """Where `target`'s content is while its rename is deferred (else `target` itself),
    e.g. to hash the file for the record written before it gets its name."""
    for p in _held.get() or ():
        if p.target == Path(target) and p.tmp:
            return Path(p.tmp)
    return Path(target)


@contextlib.contextmanager
def atomic_writer(target: Path, *, overwrite: bool = True, durable: bool = True) -> Iterator[BinaryIO]:
    """Yield a binary file; on success it replaces `target` in one rename.

    `durable=False` skips the syncs (file and folder): for copies that can be made again
    (an extracted plaintext copy, see docs/decisions.md). The rename still comes only
    after the whole file is written, so a killed run never leaves part of a file under
    its name; only a power cut before the kernel wrote the data back can."""
    target = Path(target)
    clean_leftovers(target.parent)
    fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, dir=target.parent)
    _try_lock(fd)
    held = False
    try:
        with os.fdopen(os.dup(fd), "wb") as fh:
            yield fh
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        if not overwrite and target.exists():
            raise FileExistsError(f"{target} already exists")
        pending = _held.get()
        if pending is not None:
            pending.append(_Pending(fd, tmp, target, overwrite))
            held = True
        else:
            _commit(tmp, target, overwrite, durable)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    finally:
        if not held:
            os.close(fd)


@contextlib.contextmanager
def staging_folder(parent: Path) -> Iterator[Path]:
    """A locked temporary folder of ours in `parent` (removed at the end, or by the next
    clean-up after a kill); move what it holds into place before leaving the block."""
    path = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=parent))
    fd = os.open(path, os.O_RDONLY)
    _try_lock(fd)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
        os.close(fd)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_writer(target) as fh:
        fh.write(data)
