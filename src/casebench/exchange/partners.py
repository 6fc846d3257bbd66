"""The partner directory: pinned contact cards, stored encrypted (age passphrase file).

A partner is pinned only after the user confirmed the fingerprint out of band.
A card that claims a known partner (same name and agency) with other keys is a
changed key: refused loudly until the user re-confirms with `replace=True`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from casebench.exchange.errors import ChangedKey, PartnerError
from casebench.exchange.identity import ContactCard
from casebench.store import agecrypt
from casebench.store.atomic import atomic_write_bytes

DIRECTORY_FORMAT = "casebench-partners"


@dataclass
class Partner:
    card: ContactCard
    added_at: str
    confirmed_by: str  # how the fingerprint was confirmed: "user", "fingerprint", "bundle"
    previous_key_ids: list[str] = field(default_factory=list)

    @property
    def key_id(self) -> str:
        return self.card.key_id

    @property
    def name(self) -> str:
        return self.card.name

    def label(self) -> str:
        parts = [self.card.name]
        if self.card.agency:
            parts.append(f"({self.card.agency}")
            parts[-1] += f", {self.card.country.upper()})" if self.card.country else ")"
        return " ".join(parts)

    def to_json(self) -> dict[str, object]:
        return {"card": self.card.to_json(), "added_at": self.added_at,
                "confirmed_by": self.confirmed_by, "previous_key_ids": self.previous_key_ids}


def _same_person(a: ContactCard, b: ContactCard) -> bool:
    return a.name.casefold() == b.name.casefold() and a.agency.casefold() == b.agency.casefold()


@dataclass
class PartnerDirectory:
    partners: list[Partner] = field(default_factory=list)

    def by_key_id(self, key_id: str) -> Partner | None:
        key_id = key_id.upper()
        return next((p for p in self.partners if p.key_id == key_id), None)

    def claimant(self, name: str, agency: str) -> Partner | None:
        """A pinned partner with this name and agency (used to spot changed keys)."""
        return next((p for p in self.partners if p.card.name.casefold() == name.casefold()
                     and p.card.agency.casefold() == agency.casefold()), None)

    def find(self, ref: str) -> Partner:
        """By key id, fingerprint (hex, spaces ignored) or name (unique, case-insensitive)."""
        key = ref.replace(" ", "").upper()
        for p in self.partners:
            if key in (p.key_id, p.card.fingerprint.hex().upper()):
                return p
        named = [p for p in self.partners if p.card.name.casefold() == ref.strip().casefold()]
        if len(named) == 1:
            return named[0]
        if len(named) > 1:
            raise PartnerError(f"several partners are called {ref!r}; use the key id",
                               code="partner.ambiguous", ref=ref)
        raise PartnerError(f"no partner {ref!r}", code="partner.unknown", ref=ref)

    def add(self, card: ContactCard, *, now: str, confirmed_by: str = "user",
            replace: bool = False) -> Partner:
        same_key = self.by_key_id(card.key_id)
        if same_key is not None:
            if same_key.card == card:
                return same_key
            if (not _same_person(same_key.card, card)
                    or same_key.card.age_recipient != card.age_recipient) and not replace:
                raise ChangedKey(f"WARNING: signing key {card.key_id} is already pinned for "
                                 f"{same_key.label()} with other details; refused",
                                 code="partner.key_pinned_for_other", key_id=card.key_id,
                                 partner=same_key.label())
        old = next((p for p in self.partners if _same_person(p.card, card)), None)
        if old is not None and old.card != card and not replace:
            raise ChangedKey(
                f"WARNING: THE KEYS OF {old.label()} HAVE CHANGED (pinned key {old.key_id}, "
                f"new key {card.key_id}, new fingerprint {card.fingerprint_hex}). "
                "This can mean an impostor. Confirm the new fingerprint with the partner "
                "by phone or in person, then add the card again, replacing the old one",
                code="partner.keys_changed", partner=old.label(), pinned=old.key_id, key_id=card.key_id,
                fingerprint=card.fingerprint_hex)
        if old is not None and old.card == card:
            return old
        previous: list[str] = []
        for p in list(self.partners):
            if p is old or p is same_key:
                self.partners.remove(p)
                previous += [*p.previous_key_ids, p.key_id]
        partner = Partner(card, now, confirmed_by,
                          [k for k in dict.fromkeys(previous) if k != card.key_id])
        self.partners.append(partner)
        return partner

    def remove(self, ref: str) -> Partner:
        partner = self.find(ref)
        self.partners.remove(partner)
        return partner

    def to_json(self) -> dict[str, object]:
        return {"format": DIRECTORY_FORMAT, "version": 1,
                "partners": [p.to_json() for p in self.partners]}

    @classmethod
    def from_json(cls, data: object, path: Path) -> PartnerDirectory:
        if not isinstance(data, dict) or data.get("format") != DIRECTORY_FORMAT:
            raise PartnerError(path, "this is not a casebench partner directory")
        out = cls()
        for item in data.get("partners", []):
            try:
                card = ContactCard.from_json(item["card"], source=str(path))
                out.partners.append(Partner(card, str(item["added_at"]), str(item["confirmed_by"]),
                                            [str(k) for k in item.get("previous_key_ids", [])]))
            except (KeyError, TypeError):
                raise PartnerError(path, "the partner directory is damaged") from None
        return out


def load(path: Path, passphrase: str) -> PartnerDirectory:
    if not path.is_file():
        return PartnerDirectory()
    try:
        plain = agecrypt.decrypt_with_passphrase(path.read_bytes(), passphrase)
    except agecrypt.WrongPassphrase:
        raise PartnerError(path, "incorrect identity passphrase") from None
    except agecrypt.AgeError as exc:
        raise PartnerError(path, f"the partner directory is damaged ({exc})") from None
    try:
        return PartnerDirectory.from_json(json.loads(plain), path)
    except ValueError:
        raise PartnerError(path, "the partner directory is damaged (not JSON)") from None


def save(path: Path, directory: PartnerDirectory, passphrase: str) -> None:
    data = json.dumps(directory.to_json(), sort_keys=True, ensure_ascii=False).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_bytes(path, agecrypt.encrypt_with_passphrase(data, passphrase))
