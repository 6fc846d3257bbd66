"""Hashing in a second thread while the caller encrypts or decrypts the same blocks.

hashlib releases the GIL for large updates, so SHA-256 (and MD5/SHA-1 when a
partner asks for them) runs beside ChaCha20-Poly1305 instead of after it. At
most `DEPTH` blocks wait for the hasher, so memory stays flat.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

BLOCK = 1024 * 1024
DEPTH = 4
INLINE_LIMIT = 256 * 1024  # smaller blocks are hashed in the caller's thread


@dataclass(frozen=True)
class Digests:
    sha256: str
    md5: str | None = None
    sha1: str | None = None
    size: int = 0


class Hasher:
    """Feed blocks with update(); digests() waits for the worker and returns the result."""

    def __init__(
        self, pool: ThreadPoolExecutor | None, *, md5: bool = False, sha1: bool = False
    ) -> None:
        self._pool = pool
        self._algos: list[Any] = [hashlib.sha256()]
        self._md5 = hashlib.md5(usedforsecurity=False) if md5 else None
        self._sha1 = hashlib.sha1(usedforsecurity=False) if sha1 else None
        self._algos += [h for h in (self._md5, self._sha1) if h is not None]
        self._pending: deque[Future[None]] = deque()
        self.size = 0

    def _update(self, data: bytes) -> None:
        for h in self._algos:
            h.update(data)

    def update(self, data: bytes) -> None:
        """`data` must not be modified afterwards (pass bytes, not a reused buffer)."""
        self.size += len(data)
        if self._pool is None or len(data) < INLINE_LIMIT:
            self._drain(0)
            self._update(data)
            return
        self._drain(DEPTH - 1)
        self._pending.append(self._pool.submit(self._update, data))

    RING = DEPTH + 1  # buffers a caller turns through to pass views to update_view()

    def update_view(self, view: memoryview) -> None:
        """update() without copying: the buffer behind `view` may be filled again once
        RING - 1 further updates were made (then at most DEPTH - 1 blocks wait, all later)."""
        self.update(view)  # type: ignore[arg-type]

    def _drain(self, keep: int) -> None:
        while len(self._pending) > keep:
            self._pending.popleft().result()

    def digests(self) -> Digests:
        self._drain(0)
        return Digests(
            sha256=self._algos[0].hexdigest(),
            md5=self._md5.hexdigest() if self._md5 else None,
            sha1=self._sha1.hexdigest() if self._sha1 else None,
            size=self.size,
        )


def hash_pool() -> ThreadPoolExecutor:
    """One worker thread: updates to one hash object must stay in order."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="casebench-hash")


def listing_sha256(rows: Iterable[tuple[str, str]]) -> str:
    """SHA-256 of (path, digest) rows listed as `sha256sum` prints them, sorted by path."""
    h = hashlib.sha256()
    for rel_path, digest in sorted(rows):
        h.update(f"{digest}  {rel_path}\n".encode())
    return h.hexdigest()


def file_sha256(path: Path, progress: Callable[[int, int, str], None] | None = None) -> str:
    """SHA-256 of a file read in 1 MiB blocks (memory stays flat)."""
    digest = hashlib.sha256()
    size = path.stat().st_size
    done = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, size, f"hashing {path.name}")
    return digest.hexdigest()

