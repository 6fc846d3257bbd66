"""Partner directory use cases: add a card (after the fingerprint is confirmed), list, remove.

The directory is encrypted with the identity passphrase under `user_home()/partners.age`.
"""

from __future__ import annotations

from pathlib import Path

from casebench.domain.ordering import name_key
from casebench.exchange import partners as directory
from casebench.exchange.errors import PartnerError
from casebench.exchange.identity import ContactCard
from casebench.exchange.partners import Partner, PartnerDirectory
from casebench.services.identity import unlock
from casebench.services.settings import user_home
from casebench.store.case import utc_now

__all__ = ["ContactCard", "Partner", "PartnerDirectory", "add", "directory_path", "list_partners",
           "load", "parse_card", "remove", "save"]


def directory_path() -> Path:
    return user_home() / "partners.age"


def load(passphrase: str) -> PartnerDirectory:
    unlock(passphrase)  # the same passphrase; a wrong one is reported against the identity
    return directory.load(directory_path(), passphrase)


def save(passphrase: str, partners: PartnerDirectory) -> None:
    directory.save(directory_path(), partners, passphrase)


def parse_card(text: str, source: str | None = None) -> ContactCard:
    return ContactCard.parse(text, source)


def add(passphrase: str, card: ContactCard, *, fingerprint_confirmed: bool, replace: bool = False,
        how: str = "user") -> Partner:
    """Pin a partner. The caller shows `card.fingerprint_hex` / `fingerprint_words` and asks first."""
    if not fingerprint_confirmed:
        raise PartnerError(directory_path(), f"the fingerprint of {card.name}'s card was not confirmed; "
                                             "compare it with the partner out of band first",
                           code="partner.not_confirmed", name=card.name)
    me = unlock(passphrase)
    if card.key_id == me.card.key_id:
        raise PartnerError(directory_path(), "this is your own contact card", code="partner.own_card")
    partners = directory.load(directory_path(), passphrase)
    partner = partners.add(card, now=utc_now(), confirmed_by=how, replace=replace)
    directory.save(directory_path(), partners, passphrase)
    return partner


def list_partners(passphrase: str) -> list[Partner]:
    return sorted(load(passphrase).partners, key=lambda p: (name_key(p.card.name), p.key_id))


def remove(passphrase: str, ref: str) -> Partner:
    partners = load(passphrase)
    gone = partners.remove(ref)
    directory.save(directory_path(), partners, passphrase)
    return gone
