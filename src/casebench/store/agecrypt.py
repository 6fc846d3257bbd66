"""age v1 passphrase (scrypt) files, written and read with `cryptography`.

Why our own code instead of pyrage.passphrase: pyrage fixes the scrypt work
factor and takes seconds per call on a laptop-class CPU; key slots are opened on
every unlock and in every test. This module follows the age v1 specification
(C2SP age) exactly, so `age -d` decrypts what it writes and vice versa; the
interoperability is tested against the age command.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import sys

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

INTRO = b"age-encryption.org/v1\n"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
CHUNK = 64 * 1024
TAG = 16
DEFAULT_LOG_N = 18  # age's own default: about half a second on a laptop
MAX_LOG_N = 22  # age refuses more on decryption; so do we (denial of service)


class AgeError(Exception):
    """The file is not a well-formed age passphrase file."""


class WrongPassphrase(AgeError):
    """The passphrase does not open this file."""


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes) -> bytes:
    if not re.fullmatch(rb"[A-Za-z0-9+/]*", text):
        raise AgeError("bad base64 in age header")
    return base64.b64decode(text + b"=" * (-len(text) % 4))


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _wrap_key(passphrase: str, salt: bytes, log_n: int) -> bytes:
    kdf = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << log_n, r=8, p=1)
    return kdf.derive(passphrase.encode("utf-8"))


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


def _stream_encrypt(file_key: bytes, plaintext: bytes) -> bytes:
    nonce = os.urandom(16)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    out = [nonce]
    chunks = [plaintext[i : i + CHUNK] for i in range(0, len(plaintext), CHUNK)] or [b""]
    for counter, chunk in enumerate(chunks):
        last = counter == len(chunks) - 1
        out.append(aead.encrypt(counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00"), chunk, None))
    return b"".join(out)


def _stream_decrypt(file_key: bytes, payload: bytes) -> bytes:
    if len(payload) < 16 + TAG:
        raise AgeError("age payload is truncated")
    nonce, body = payload[:16], payload[16:]
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    out = []
    size = CHUNK + TAG
    chunks = [body[i : i + size] for i in range(0, len(body), size)]
    for counter, chunk in enumerate(chunks):
        last = counter == len(chunks) - 1
        n = counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        try:
            plain = aead.decrypt(n, chunk, None)
        except InvalidTag:
            raise AgeError("age payload is damaged or truncated") from None
        if last and not plain and counter > 0:
            raise AgeError("age payload ends with an empty chunk")
        out.append(plain)
    return b"".join(out)


def encrypt_with_passphrase(plaintext: bytes, passphrase: str, *, log_n: int | None = None) -> bytes:
    if not passphrase:
        raise ValueError("the passphrase is empty")
    log_n = work_factor() if log_n is None else log_n
    file_key = os.urandom(16)
    salt = os.urandom(16)
    body = ChaCha20Poly1305(_wrap_key(passphrase, salt, log_n)).encrypt(b"\x00" * 12, file_key, None)
    header = INTRO + b"-> scrypt " + _b64(salt) + b" " + str(log_n).encode() + b"\n"
    header += _b64(body) + b"\n---"
    mac = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    return header + b" " + _b64(mac) + b"\n" + _stream_encrypt(file_key, plaintext)


def decrypt_with_passphrase(data: bytes, passphrase: str, *, max_log_n: int = MAX_LOG_N) -> bytes:
    if not data.startswith(INTRO):
        raise AgeError("not an age file")
    end = data.find(b"\n---", len(INTRO))
    if end < 0 or end > 4096:
        raise AgeError("age header is damaged")
    line_end = data.find(b"\n", end + 4)
    if line_end < 0:
        raise AgeError("age header is truncated")
    header = data[: end + 4]
    mac_line = data[end + 4 : line_end]
    payload = data[line_end + 1 :]
    lines = data[len(INTRO) : end].split(b"\n")
    if len(lines) != 2 or not lines[0].startswith(b"-> "):
        raise AgeError("age file is not passphrase-encrypted (expected one scrypt stanza)")
    args = lines[0][3:].split(b" ")
    if len(args) != 3 or args[0] != b"scrypt":
        raise AgeError("age file is not passphrase-encrypted (expected one scrypt stanza)")
    salt = _unb64(args[1])
    if len(salt) != 16 or not args[2].isdigit():
        raise AgeError("age scrypt stanza is malformed")
    log_n = int(args[2])
    if not 1 <= log_n <= max_log_n:
        raise AgeError(f"age scrypt work factor {log_n} is out of range")
    body = _unb64(lines[1])
    if len(body) != 32 or not mac_line.startswith(b" "):
        raise AgeError("age header is damaged")
    try:
        file_key = ChaCha20Poly1305(_wrap_key(passphrase, salt, log_n)).decrypt(b"\x00" * 12, body, None)
    except InvalidTag:
        raise WrongPassphrase("incorrect passphrase") from None
    expected = hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()
    if not hmac.compare_digest(expected, _unb64(mac_line[1:])):
        raise AgeError("age header has been altered")
    return _stream_decrypt(file_key, payload)
