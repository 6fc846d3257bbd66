"""Key slots: age passphrase files in keys/ holding the case secrets.

A slot holds the raw 256-bit database key and the case's age identity for
evidence. Every slot holds the same secrets, so changing a passphrase rewrites
one slot and never the database.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from casebench.store import age, agecrypt
from casebench.store.atomic import atomic_write_bytes
from casebench.store.errors import DamagedCase, MissingKeySlot, SlotError, WrongPassphrase

if TYPE_CHECKING:
    from casebench.store.case import Case

SLOT_FORMAT = "casebench-keyslot"
DIGEST_PREFIX = "slot_digest:"  # meta key: SHA-256 of the slot file as casebench last wrote it
SLOT_VERSION = 1
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


@dataclass(frozen=True)
class CaseSecrets:
    case_id: str
    db_key: bytes  # 32 bytes, SQLCipher raw key
    evidence_identity: str  # AGE-SECRET-KEY-1...

    def to_bytes(self) -> bytes:
        return json.dumps({
            "format": SLOT_FORMAT,
            "version": SLOT_VERSION,
            "case_id": self.case_id,
            "db_key": self.db_key.hex(),
            "evidence_identity": self.evidence_identity,
        }).encode()

    @classmethod
    def from_bytes(cls, data: bytes, where: Path) -> CaseSecrets:
        try:
            doc = json.loads(data)
            if doc.get("format") != SLOT_FORMAT:
                raise ValueError("not a key slot")
            key = bytes.fromhex(doc["db_key"])
            if len(key) != 32:
                raise ValueError("bad key length")
            return cls(str(doc["case_id"]), key, str(doc["evidence_identity"]))
        except (ValueError, KeyError, TypeError):
            raise DamagedCase(where, "the key slot is damaged (its content is not a casebench key)") from None


def slot_path(case_dir: Path, name: str) -> Path:
    return case_dir / "keys" / f"{name}.age"


def list_slots(case_dir: Path) -> list[str]:
    keys = case_dir / "keys"
    if not keys.is_dir():
        return []
    return sorted(p.stem for p in keys.glob("*.age") if p.is_file())


def check_slot_name(case_dir: Path, name: str) -> None:
    if not _NAME.match(name):
        raise SlotError(case_dir, f"slot name {name!r} must be lower-case letters, digits, - or _",
                        code="slot.bad_name", name=name)


def write_slot(case_dir: Path, name: str, secrets: CaseSecrets, passphrase: str) -> None:
    check_slot_name(case_dir, name)
    if len(passphrase) < 1:
        raise SlotError(case_dir, "the passphrase is empty", code="passphrase.empty")
    (case_dir / "keys").mkdir(exist_ok=True)
    data = agecrypt.encrypt_with_passphrase(secrets.to_bytes(), passphrase)
    atomic_write_bytes(slot_path(case_dir, name), data)


def unlock(case_dir: Path, passphrase: str, slot: str | None = None) -> tuple[str, CaseSecrets]:
    """Try the passphrase on one slot, or on each slot; return (slot name, secrets)."""
    names = [slot] if slot else list_slots(case_dir)
    if not names:
        raise MissingKeySlot(case_dir, "no key slot found in keys/ (the case cannot be unlocked)",
                             code="slot.none")
    damaged: list[str] = []
    for name in names:
        path = slot_path(case_dir, name)
        if not path.is_file():
            raise MissingKeySlot(case_dir, f"key slot {name!r} does not exist", code="slot.missing", name=name)
        try:
            plain = agecrypt.decrypt_with_passphrase(path.read_bytes(), passphrase)
        except agecrypt.WrongPassphrase:
            continue
        except agecrypt.AgeError as exc:
            damaged.append(f"{name} ({exc})")
            continue
        return name, CaseSecrets.from_bytes(plain, path)
    if damaged and len(damaged) == len(names):
        raise DamagedCase(case_dir, "key slot damaged: " + "; ".join(damaged))
    raise WrongPassphrase(case_dir)


def remove_slot(case_dir: Path, name: str) -> None:
    names = list_slots(case_dir)
    if name not in names:
        raise MissingKeySlot(case_dir, f"key slot {name!r} does not exist", code="slot.missing", name=name)
    if len(names) == 1:
        raise SlotError(case_dir, f"key slot {name!r} is the last one; add another before removing it",
                        code="slot.last", name=name)
    path = slot_path(case_dir, name)
    # Overwrite before unlinking: the old slot still opens the case with the old passphrase.
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.write(os.urandom(size))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()


# -- checking slots without their passphrase (verify) --------------------------------------
def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def record_digest(case: Case, name: str) -> None:
    """Remember the slot file's SHA-256 in the database, so a change to it can be named."""
    with case.transaction():
        case.set_meta(DIGEST_PREFIX + name, file_digest(slot_path(case.path, name)))


def forget_digest(case: Case, name: str) -> None:
    with case.transaction():
        case.conn.execute("DELETE FROM meta WHERE key = ?", (DIGEST_PREFIX + name,))


def recorded_digests(case: Case) -> dict[str, str]:
    rows = case.conn.execute(
        "SELECT key, value FROM meta WHERE substr(key, 1, ?) = ?", (len(DIGEST_PREFIX), DIGEST_PREFIX)
    ).fetchall()
    return {str(k)[len(DIGEST_PREFIX):]: str(v) for k, v in rows}


def record_missing_digests(case: Case) -> None:
    """Cases made before slot digests existed: record their slots as they are now (once)."""
    if recorded_digests(case):
        return  # a slot without a digest in a case that has them is reported, not trusted
    for name in list_slots(case.path):
        record_digest(case, name)


def structure_problem(data: bytes) -> str | None:
    """Why `data` is not a well-formed age passphrase file, or None (nothing is decrypted)."""
    fh = io.BytesIO(data)
    if not data.startswith(age.INTRO):
        return "not an age file"
    try:
        age.read_header(fh, known=("scrypt",), max_stanzas=1)
    except age.AgeError as exc:
        return str(exc)
    if len(data) - fh.tell() < 16 + age.TAG:
        return "its content is truncated"
    return None


def slot_problems(case: Case) -> list[str]:
    """Each key slot parsed and compared with the digest the database keeps of it."""
    problems: list[str] = []
    recorded = recorded_digests(case)
    names = list_slots(case.path)
    for name in names:
        path = slot_path(case.path, name)
        rel = f"keys/{name}.age"
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(f"{rel}: key slot cannot be read ({exc.strerror or exc})")
            continue
        broken = structure_problem(data)
        if broken:
            problems.append(f"{rel}: key slot damaged: {broken}")
        elif name not in recorded:
            problems.append(f"{rel}: key slot unknown to case.db (added outside casebench?)")
        elif hashlib.sha256(data).hexdigest() != recorded[name]:
            problems.append(f"{rel}: key slot altered or damaged since casebench wrote it (its "
                            "SHA-256 differs from the one case.db keeps); it may no longer open "
                            "the case even with the right passphrase")
    for name in sorted(set(recorded) - set(names)):
        problems.append(f"keys/{name}.age: key slot missing (case.db records it)")
    keys = case.path / "keys"
    if keys.is_dir():
        for p in sorted(keys.iterdir()):
            if not (p.suffix == ".age" and p.is_file() and _NAME.match(p.stem)):
                problems.append(f"keys/{shown_name(p.name)}: stray file (not a key slot)")
    return problems


def shown_name(name: str) -> str:
    """A file name found in the folder, safe to print (control and bidi characters escaped)."""
    return name if name.isprintable() else ascii(name)
