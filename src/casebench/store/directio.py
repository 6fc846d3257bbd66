"""Writing a large new file past the page cache (O_DIRECT, Linux).

On a virtual machine, copying into the page cache is the dearest part of writing a
gigabyte: pages the machine has not touched before cost the host a fault each (2.6 s of
CPU for one gigabyte, then 0.2 s for the next once memory was warm, against 0.04 s for
the same gigabyte written direct at the disk's speed). Nothing reads such a file back
here (an extracted copy), so the data goes from page-aligned buffers of ours straight
to the disk, on a writer thread while the caller decrypts and hashes the next part.

Where direct writes are not available (another system, tmpfs, a file system that
refuses them, or refuses them part-way) every write is an ordinary one; the file is
the same bytes either way.
"""

from __future__ import annotations

import contextlib
import errno
import mmap
import os
from concurrent.futures import Future

from casebench.store.workers import single_worker

try:
    import fcntl
except ImportError:  # Windows: no direct writes, ordinary ones
    fcntl = None  # type: ignore[assignment]

ALIGN = 4096  # buffer addresses, lengths and file offsets of direct writes, in whole blocks
BUFFER = 4 * 1024 * 1024
BUFFERS = 3  # one filled by the caller, the others on their way to the disk

class DirectWriter:
    """Appends to a new, empty file open for writing: write() any number of times, then
    finish() (or abort()). The descriptor's own position is not used; the descriptor
    gets its flags back at the end."""

    def __init__(self, fd: int, flags: int) -> None:
        self.fd = fd
        self._flags = flags  # as they were before direct writes
        self.direct = True
        self._bufs = [mmap.mmap(-1, BUFFER) for _ in range(BUFFERS)]  # page-aligned
        self._views = [memoryview(b) for b in self._bufs]
        self._jobs: list[Future[None] | None] = [None] * BUFFERS
        self._cur = 0
        self._fill = 0
        self._offset = 0  # of the current buffer's first byte in the file

    @classmethod
    def open(cls, fd: int) -> DirectWriter | None:
        """A writer for `fd`, or None where direct writes cannot even be asked for."""
        flag = getattr(os, "O_DIRECT", 0)
        if not flag or fcntl is None:
            return None
        try:
            flags = fcntl.fcntl(fd, fcntl.F_GETFL)
            fcntl.fcntl(fd, fcntl.F_SETFL, flags | flag)
        except OSError:
            return None
        return cls(fd, flags)

    def write(self, data: bytes | bytearray | memoryview) -> None:
        view = memoryview(data).cast("B")
        while view:
            n = min(BUFFER - self._fill, len(view))
            self._views[self._cur][self._fill : self._fill + n] = view[:n]
            self._fill += n
            view = view[n:]
            if self._fill == BUFFER:
                self._jobs[self._cur] = single_worker("direct").submit(self._pwrite, self._views[self._cur], self._offset)
                self._offset += BUFFER
                self._cur = (self._cur + 1) % BUFFERS
                self._fill = 0
                self._wait(self._cur)

    def _wait(self, i: int) -> None:
        job, self._jobs[i] = self._jobs[i], None
        if job is not None:
            job.result()

    def _pwrite(self, view: memoryview, offset: int) -> None:
        while view:
            try:
                n = os.pwrite(self.fd, view, offset)
            except OSError as exc:
                if exc.errno != errno.EINVAL or not self.direct:
                    raise
                self._ordinary()  # alignment this file system does not take: ordinary writes
                continue
            view, offset = view[n:], offset + n
            if view and n % ALIGN:
                self._ordinary()  # a short write left the rest out of alignment

    def _ordinary(self) -> None:
        if self.direct and fcntl is not None:
            fcntl.fcntl(self.fd, fcntl.F_SETFL, self._flags)
        self.direct = False

    def finish(self) -> None:
        """Write what is left (its whole blocks direct, the last part block ordinarily)."""
        try:
            for i in range(BUFFERS):
                self._wait(i)
            view = self._views[self._cur][: self._fill]
            whole = self._fill - self._fill % ALIGN
            if whole:
                self._pwrite(view[:whole], self._offset)
            self._ordinary()
            if whole < self._fill:
                self._pwrite(view[whole:], self._offset + whole)
            view.release()
        except BaseException:
            self.abort()
            raise
        self._close()

    def abort(self) -> None:
        """Stop writing (the caller removes the file)."""
        for i in range(BUFFERS):
            with contextlib.suppress(BaseException):
                self._wait(i)
        with contextlib.suppress(OSError):
            self._ordinary()
        self._close()

    def _close(self) -> None:
        for v in self._views:
            v.release()
        for b in self._bufs:
            with contextlib.suppress(BufferError):  # still viewed by a failed write: freed with it
                b.close()
        self._views, self._bufs = [], []
