"""age v1 passphrase (scrypt) files: key slots, identities, bundle key files.

The format code is ``store.age`` (one implementation for key slots, evidence and bundles);
this module chooses the scrypt work factor. Ours rather than pyrage.passphrase: pyrage fixes
the work factor and takes seconds per call on a laptop-class CPU, and key slots are opened
on every unlock and in every test. `age -d` decrypts what it writes (tested).
"""

from __future__ import annotations

import os

from casebench.store import age
from casebench.store.age import AgeError, WrongPassphrase

__all__ = ["DEFAULT_LOG_N", "MAX_LOG_N", "AgeError", "WrongPassphrase", "decrypt_with_passphrase",
           "encrypt_with_passphrase", "work_factor"]

DEFAULT_LOG_N = 18  # age's own default: about half a second on a laptop
MAX_LOG_N = age.MAX_LOG_N


def work_factor() -> int:
    """scrypt log2(N) for new files; tests lower it with CASEBENCH_TEST_SCRYPT_LOG_N."""
    raw = os.environ.get("CASEBENCH_TEST_SCRYPT_LOG_N")
    if raw and raw.isdigit() and 10 <= int(raw) <= MAX_LOG_N:
        return int(raw)
    return DEFAULT_LOG_N


def encrypt_with_passphrase(plaintext: bytes, passphrase: str, *, log_n: int | None = None) -> bytes:
    return age.encrypt_with_passphrase(plaintext, passphrase, work_factor() if log_n is None else log_n)


def decrypt_with_passphrase(data: bytes, passphrase: str, *, max_log_n: int = MAX_LOG_N) -> bytes:
    return age.decrypt_with_passphrase(data, passphrase, max_log_n=max_log_n)
