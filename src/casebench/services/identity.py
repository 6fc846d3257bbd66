"""The workbench identity: one per investigator, shared by all their cases, stored encrypted.

Lives in `user_home()/identity.age` (an age passphrase file). Its passphrase also
unlocks the partner directory.
"""

from __future__ import annotations

import re
from pathlib import Path

from casebench.exchange import identity as ident
from casebench.exchange.errors import IdentityError
from casebench.exchange.identity import ContactCard, WorkbenchIdentity
from casebench.exchange.words import to_words
from casebench.services.settings import user_home
from casebench.store.case import utc_now

__all__ = ["ContactCard", "WorkbenchIdentity", "actor", "actor_parts", "card_text", "create", "exists", "identity_path",
           "to_words", "unlock"]


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
    return ACTOR_FORMAT.format(who=f"{identity.name}{agency}", key=short, login=login)


# The words are stored in English whatever the window's language (audit, custody, provenance:
# a partner reads them); a reader shows them in its own (`actor_parts`).
ACTOR_FORMAT = "{who} · key {key} · login {login}"
_ACTOR = re.compile(r"(?P<who>.+) · key (?P<key>[0-9A-F]{4} [0-9A-F]{4}) · login (?P<login>.*)", re.DOTALL)


def actor_parts(text: str) -> tuple[str, str, str] | None:
    """(who, key, login) of a text `actor` wrote ("Ana Gomes (UDYCO) · key 3F2A 91C0 · login
    agomes"); None for any other text (a computer login alone, a name typed in a form)."""
    found = _ACTOR.fullmatch(text)
    return (found["who"], found["key"], found["login"]) if found is not None else None
