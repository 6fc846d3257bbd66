"""Process-wide worker threads, one per kind of background work (hashing a ciphertext,
writing a blob or an extracted file, flushing to disk): one thread each, so the tasks of
one stream run in the order they were handed over."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

_named: dict[str, ThreadPoolExecutor] = {}
_lock = threading.Lock()


def single_worker(name: str) -> ThreadPoolExecutor:
    with _lock:
        if name not in _named:
            _named[name] = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"casebench-{name}")
        return _named[name]
