"""Check digits of the demo's identifiers, recomputed: the data files carry the values as an
investigator types them, and these say that each would pass a real validation."""

from __future__ import annotations

import hashlib


def imo_number(six: str) -> str:
    """IMO ship number: six digits and the weighted check digit."""
    total = sum(int(d) * w for d, w in zip(six, range(7, 1, -1), strict=True))
    return f"IMO {six}{total % 10}"


def container_number(owner: str, serial: str) -> str:
    """ISO 6346 container number (owner code + U + six digits + check digit)."""
    values: dict[str, int] = {}
    n = 10
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if n % 11 == 0:
            n += 1
        values[letter] = n
        n += 1
    code = owner + "U" + serial
    total = sum((values[c] if c.isalpha() else int(c)) * 2**i for i, c in enumerate(code))
    return f"{owner}U {serial} {total % 11 % 10}"


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def tron_address(seed: str) -> str:
    """A TRON (TRC-20) address with a valid base58check checksum."""
    payload = b"\x41" + hashlib.sha256(seed.encode()).digest()[:20]
    raw = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    number = int.from_bytes(raw, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _B58[rest] + out
    return out


def tron_valid(address: str) -> bool:
    number = 0
    for c in address:
        number = number * 58 + _B58.index(c)
    raw = number.to_bytes(25, "big")
    return raw[0] == 0x41 and hashlib.sha256(hashlib.sha256(raw[:21]).digest()).digest()[:4] == raw[21:]
