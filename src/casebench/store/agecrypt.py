"""age v1 passphrase (scrypt) files: key slots, identities, bundle key files.

The format code is ``store.age`` (one implementation for key slots, evidence and bundles);
this module chooses the scrypt work factor. Ours rather than pyrage.passphrase: pyrage fixes
the work factor and takes seconds per call on a laptop-class CPU, and key slots are opened
on every unlock and in every test. `age -d` decrypts what it writes (tested).
"""

from __future__ import annotations

import os
import sys

from casebench.store import age
from casebench.store.age import AgeError, WrongPassphrase

__all__ = ["DEFAULT_LOG_N", "MAX_LOG_N", "AgeError", "WrongPassphrase", "decrypt_with_passphrase",
           "encrypt_with_passphrase", "work_factor"]

DEFAULT_LOG_N = 18  # age's own default: about half a second on a laptop
MAX_LOG_N = age.MAX_LOG_N


TEST_LOG_N_VAR = "CASEBENCH_TEST_SCRYPT_LOG_N"


def under_test_runner() -> bool:
    """Whether the test suite runs us: pytest in this process, or its child processes
    (pytest sets PYTEST_CURRENT_TEST while a test runs), or a fixture script's flag."""
    return ("pytest" in sys.modules or bool(os.environ.get("PYTEST_CURRENT_TEST"))
            or os.environ.get("CASEBENCH_TEST_RUNNER") == "1")


def test_hook_refusal() -> str | None:
    """The plain refusal when the scrypt test hook is set outside the test suite."""
    if os.environ.get(TEST_LOG_N_VAR) and not under_test_runner():
        return (f"{TEST_LOG_N_VAR} is set: it weakens every key slot, identity and bundle key "
                "and works only in the test suite; unset it and run again")
    return None


def work_factor() -> int:
    """scrypt log2(N) for new files; tests lower it with CASEBENCH_TEST_SCRYPT_LOG_N.

    Outside the test runner the hook is ignored (the launcher also refuses to start
    with it), so a stray environment variable never writes weak real keys.
    """
    raw = os.environ.get(TEST_LOG_N_VAR)
    if raw and raw.isdigit() and 10 <= int(raw) <= MAX_LOG_N and under_test_runner():
        return int(raw)
    return DEFAULT_LOG_N


def encrypt_with_passphrase(plaintext: bytes, passphrase: str, *, log_n: int | None = None) -> bytes:
    return age.encrypt_with_passphrase(plaintext, passphrase, work_factor() if log_n is None else log_n)


def decrypt_with_passphrase(data: bytes, passphrase: str, *, max_log_n: int = MAX_LOG_N) -> bytes:
    return age.decrypt_with_passphrase(data, passphrase, max_log_n=max_log_n)
