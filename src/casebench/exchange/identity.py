"""A workbench identity (Ed25519 signing key + X25519 age key) and its public contact card.

The identity file is an age passphrase file (store.agecrypt) holding JSON; the
contact card is plain text a partner can read, paste into an e-mail, or write by
hand from an `age-keygen` recipient and a `minisign -G` public key:

    casebench contact card v1
    name: Ana Gomes
    agency: Policia Judiciaria
    country: pt
    age-recipient: age1…
    minisign-public-key: RW…
    fingerprint: 1A2B 3C4D …   (optional; checked when present)
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from casebench.exchange import agefmt, minisig
from casebench.exchange.errors import IdentityError, PartnerError
from casebench.exchange.words import to_words
from casebench.store import agecrypt
from casebench.store.atomic import atomic_write_bytes

CARD_HEADER = "casebench contact card v1"
IDENTITY_FORMAT = "casebench-identity"
MAX_CARD = 8192


def _clean(text: str, what: str, limit: int = 200) -> str:
    value = " ".join(str(text).split())
    if len(value) > limit:
        raise PartnerError(f"contact card: the {what} is longer than {limit} characters")
    return value


@dataclass(frozen=True)
class ContactCard:
    name: str
    agency: str
    country: str  # ISO 3166-1 alpha-2, lower case
    age_recipient: str
    signing_key: minisig.PublicKey

    @property
    def key_id(self) -> str:
        return self.signing_key.id_hex

    @property
    def fingerprint(self) -> bytes:
        pk = self.signing_key
        return hashlib.sha256(b"casebench card v1\n" + pk.key_id + pk.key + b"\n"
                              + self.age_recipient.encode("ascii")).digest()[:16]

    @property
    def fingerprint_hex(self) -> str:
        h = self.fingerprint.hex().upper()
        return " ".join(h[i : i + 4] for i in range(0, len(h), 4))

    @property
    def fingerprint_words(self) -> str:
        return " ".join(to_words(self.fingerprint))

    def to_text(self) -> str:
        pk = self.signing_key
        return "\n".join([
            CARD_HEADER, f"name: {self.name}", f"agency: {self.agency}", f"country: {self.country}",
            f"age-recipient: {self.age_recipient}", f"minisign-public-key: {pk.to_base64()}",
            f"fingerprint: {self.fingerprint_hex}", f"fingerprint-words: {self.fingerprint_words}",
        ]) + "\n"

    def to_json(self) -> dict[str, str]:
        pk = self.signing_key
        return {"name": self.name, "agency": self.agency, "country": self.country,
                "age_recipient": self.age_recipient, "minisign_public_key": pk.to_base64(),
                "key_id": pk.id_hex}

    @classmethod
    def from_json(cls, data: dict[str, object], source: str | None = None) -> ContactCard:
        try:
            return make_card(str(data["name"]), str(data.get("agency", "")), str(data.get("country", "")),
                             str(data["age_recipient"]), str(data["minisign_public_key"]), source=source)
        except KeyError as exc:
            raise PartnerError(source, f"the contact card has no {exc.args[0]}") from None

    @classmethod
    def parse(cls, text: str, source: str | None = None) -> ContactCard:
        if len(text) > MAX_CARD:
            raise PartnerError(source, "this is not a contact card (too large)")
        lines = [ln.strip() for ln in text.replace("\r\n", "\n").split("\n") if ln.strip()]
        if not lines or lines[0] != CARD_HEADER:
            raise PartnerError(source, f"this is not a contact card (the first line must be {CARD_HEADER!r})")
        fields: dict[str, str] = {}
        for line in lines[1:]:
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if not sep or key not in ("name", "agency", "country", "age-recipient",
                                      "minisign-public-key", "fingerprint", "fingerprint-words"):
                raise PartnerError(source, f"the contact card has an unknown line {line[:40]!r}")
            if key in fields:
                raise PartnerError(source, f"the contact card names {key} twice")
            fields[key] = value.strip()
        for need in ("name", "age-recipient", "minisign-public-key"):
            if not fields.get(need):
                raise PartnerError(source, f"the contact card has no {need}")
        card = make_card(fields["name"], fields.get("agency", ""), fields.get("country", ""),
                         fields["age-recipient"], fields["minisign-public-key"], source=source)
        given = fields.get("fingerprint", "").replace(" ", "").upper()
        if given and given != card.fingerprint.hex().upper():
            raise PartnerError(source, "the fingerprint written on the card does not match its keys; "
                                       "the card was altered or mistyped")
        return card


def make_card(name: str, agency: str, country: str, age_recipient: str, minisign_key: str, *,
              source: str | None = None) -> ContactCard:
    name = _clean(name, "name")
    if not name:
        raise PartnerError(source, "the contact card has no name")
    country = _clean(country, "country", 2).lower()
    if country and not re.fullmatch(r"[a-z]{2}", country):
        raise PartnerError(source, f"country {country!r} is not a two-letter ISO code")
    try:
        agefmt.parse_recipient(age_recipient.strip())
    except agefmt.AgeFormatError as exc:
        raise PartnerError(source, str(exc)) from None
    try:
        pk = minisig.PublicKey.parse(minisign_key)
    except minisig.SignatureError as exc:
        raise PartnerError(source, str(exc)) from None
    return ContactCard(name, _clean(agency, "agency"), country, age_recipient.strip().lower(), pk)


@dataclass(frozen=True)
class WorkbenchIdentity:
    """The unlocked identity: secrets in memory only."""

    name: str
    agency: str
    country: str
    signing_secret: Ed25519PrivateKey
    key_id: bytes
    age_identity: str  # AGE-SECRET-KEY-1…
    created_at: str

    @property
    def public_key(self) -> minisig.PublicKey:
        return minisig.public_key_of(self.signing_secret, self.key_id)

    @property
    def age_recipient(self) -> str:
        return agefmt.recipient_of(agefmt.parse_identity(self.age_identity))

    @property
    def card(self) -> ContactCard:
        return ContactCard(self.name, self.agency, self.country, self.age_recipient, self.public_key)

    def sign(self, message: bytes, trusted_comment: str) -> str:
        return minisig.sign(self.signing_secret, self.key_id, message, trusted_comment=trusted_comment)

    def to_json(self) -> dict[str, str]:
        seed = self.signing_secret.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return {"format": IDENTITY_FORMAT, "version": "1", "name": self.name, "agency": self.agency,
                "country": self.country, "ed25519_seed": base64.b64encode(seed).decode(),
                "key_id": self.key_id.hex(), "age_identity": self.age_identity,
                "created_at": self.created_at}

    @classmethod
    def from_json(cls, data: dict[str, str], path: Path) -> WorkbenchIdentity:
        try:
            if data["format"] != IDENTITY_FORMAT:
                raise IdentityError(path, "this is not a casebench identity file")
            secret = Ed25519PrivateKey.from_private_bytes(base64.b64decode(data["ed25519_seed"]))
            agefmt.parse_identity(data["age_identity"])
            return cls(data["name"], data["agency"], data["country"], secret,
                       bytes.fromhex(data["key_id"]), data["age_identity"], data["created_at"])
        except (KeyError, ValueError, TypeError, agefmt.AgeFormatError):
            raise IdentityError(path, "the identity file is damaged (its fields are incomplete)") from None


def generate(name: str, agency: str, country: str, created_at: str) -> WorkbenchIdentity:
    card_check = make_card(name, agency, country, agefmt.generate_identity()[1],
                           minisig.PublicKey(b"\0" * 8, b"\0" * 32).to_base64(), source="identity")
    secret = Ed25519PrivateKey.generate()
    pub = minisig.public_key_of(secret, b"\0" * 8).key
    age_secret, _ = agefmt.generate_identity()
    return WorkbenchIdentity(card_check.name, card_check.agency, card_check.country, secret,
                             minisig.derive_key_id(pub), age_secret, created_at)


def save(path: Path, ident: WorkbenchIdentity, passphrase: str) -> None:
    data = json.dumps(ident.to_json(), sort_keys=True).encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_bytes(path, agecrypt.encrypt_with_passphrase(data, passphrase))


def load(path: Path, passphrase: str) -> WorkbenchIdentity:
    if not path.is_file():
        raise IdentityError(path, "this workbench has no identity yet; create one first",
                            code="identity.none")
    try:
        plain = agecrypt.decrypt_with_passphrase(path.read_bytes(), passphrase)
    except agecrypt.WrongPassphrase:
        raise IdentityError(path, "incorrect identity passphrase", code="identity.wrong_passphrase") from None
    except agecrypt.AgeError as exc:
        raise IdentityError(path, f"the identity file is damaged ({exc})") from None
    try:
        data = json.loads(plain)
    except ValueError:
        raise IdentityError(path, "the identity file is damaged (not JSON)") from None
    if not isinstance(data, dict):
        raise IdentityError(path, "the identity file is damaged")
    return WorkbenchIdentity.from_json(data, path)
