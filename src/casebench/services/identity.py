"""The workbench identity: one per investigator, shared by all their cases, stored encrypted.

Lives in `user_home()/identity.age` (an age passphrase file). Its passphrase also
unlocks the partner directory.
"""

from __future__ import annotations

from pathlib import Path

from casebench.exchange import identity as ident
from casebench.exchange.errors import IdentityError
from casebench.exchange.identity import ContactCard, WorkbenchIdentity
from casebench.exchange.words import to_words
from casebench.services.settings import user_home
from casebench.store.case import utc_now

__all__ = ["ContactCard", "WorkbenchIdentity", "card_text", "create", "exists", "identity_path", "to_words", "unlock"]


def identity_path() -> Path:
    return user_home() / "identity.age"


def exists() -> bool:
    return identity_path().is_file()


def create(passphrase: str, *, name: str, agency: str, country: str,
           replace: bool = False) -> WorkbenchIdentity:
    """Make a new identity; refuses to overwrite one unless `replace` (partners would need new cards)."""
    path = identity_path()
    if not passphrase:
        raise IdentityError(path, "the identity passphrase is empty", code="passphrase.empty")
    if path.exists() and not replace:
        raise IdentityError(path, "this workbench already has an identity; replacing it means every "
                                  "partner must pin your new card", code="identity.exists")
    new = ident.generate(name, agency, country, utc_now())
    ident.save(path, new, passphrase)
    return new


def unlock(passphrase: str) -> WorkbenchIdentity:
    return ident.load(identity_path(), passphrase)


def card_text(identity: WorkbenchIdentity) -> str:
    """The public contact card to send to partners (file or pasted text)."""
    return identity.card.to_text()


def actor(identity: WorkbenchIdentity, login: str) -> str:
    """How audit, custody and provenance name the person acting: the investigator's
    identity (name, agency, the start of the key fingerprint partners compared) first, the
    computer login after it, so a record can be traced to a person and to a machine."""
    short = " ".join(identity.card.fingerprint_hex.split()[:2])
    agency = f" ({identity.agency})" if identity.agency else ""
    return f"{identity.name}{agency} · key {short} · login {login}"
