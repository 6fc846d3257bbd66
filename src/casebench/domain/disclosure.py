"""The one handling decision: may this item go to this audience, and if not, why not.

Bundles, printed packs, interop exports and the screen all ask :func:`decide`; nothing
else in the workbench decides what leaves. The rules (docs/decisions.md, "One handling
decision") in the order they are checked, the first that applies giving the reason:

1. The screen is the author's own workstation: everything shows there.
2. A TLP ceiling chosen for a pack or an export keeps anything above it home.
3. A country the item is denied to may not be in the audience; when the item has
   denied countries and the audience's countries are unknown, it stays home too.
4. Handling codes forbidding dissemination (NODIS …) keep the item home, except a
   bundle going back to the workbench it came from.
5. Originator restrictions (Europol H2 "no dissemination without the provider's
   permission", ORCON) on a partner's item: only back to that partner; Europol H3 on a
   partner's item (restrictions written by the provider) likewise, as no one here can
   check them. Our own H2/H3 items are ours to give.
6. No judicial use (the flag or Europol H1 on a partner's item): never to a judicial
   audience (a bundle under an MLA request).
7. A permitted purpose other than the audience's declared purpose keeps it home.
8. TLP:RED received from a partner goes only back to that partner. Our own RED goes
   only to a recipient named on the item — by whole name or by pinned partner key —
   so never into an export file (it has no recipient) nor into a pack or bundle for
   someone the item does not name.
9. TLP:AMBER and AMBER+STRICT received from a partner stay inside our organisation:
   only back to the partner, never to a forum's pack or another organisation's bundle.
"""

from __future__ import annotations

import enum
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from casebench.domain.handling import TLP, Handling, PinnedRecipient

NO_DISSEMINATION = frozenset({"NODIS", "NO-DISSEMINATION", "NO DISSEMINATION", "ND", "NOFORN-LE"})
ORIGINATOR_ONLY = frozenset({"H2", "ORCON", "ORIGINATOR-ONLY"})
PROVIDER_RESTRICTED = frozenset({"H3"})
NOT_FOR_COURT = frozenset({"H1"})


class Kind(enum.Enum):
    """Where an item would go."""

    BUNDLE = "bundle"  # a signed bundle to one partner (or a passphrase recipient)
    PACK = "pack"  # a printed briefing pack for a forum, perhaps for one named recipient
    EXPORT = "export"  # an FtM / STIX / CASE file for other tools
    SCREEN = "screen"  # shown to the user on this workstation


@dataclass(frozen=True)
class Recipient:
    """Who receives, as far as handling needs to know. Every field may be unknown ("")."""

    name: str = ""
    agency: str = ""
    country: str = ""  # ISO alpha-2, lower case
    key_id: str = ""  # a pinned partner's signing key id (upper-case hex)
    fingerprint: str = ""  # a pinned partner's card fingerprint (32 hex digits)
    label: str = ""  # how the partner is shown: "Name (Agency, CC)"

    @property
    def pinned(self) -> bool:
        return bool(self.key_id or self.fingerprint)


@dataclass(frozen=True)
class Audience:
    kind: Kind
    recipient: Recipient | None = None  # bundle: the partner; pack: its named recipient
    countries: frozenset[str] = frozenset()  # a forum's countries (ISO alpha-2, lower case)
    max_tlp: TLP | None = None  # the ceiling chosen for a pack or an export
    purpose: str = ""  # the declared purpose of the disclosure, when one is given
    judicial: bool = False  # the disclosure may be used in court (an MLA request)

    def all_countries(self) -> frozenset[str]:
        own = {self.recipient.country.lower()} if self.recipient and self.recipient.country else set()
        return frozenset({c.lower() for c in self.countries} | own)


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: str = ""  # plain words, empty when allowed

    def __bool__(self) -> bool:
        return self.allowed


ALLOWED = Decision(True)


def _home(reason: str) -> Decision:
    return Decision(False, reason)


def fold_name(text: str) -> str:
    """A name as compared: NFKC (so compatibility forms and composed accents agree),
    case-folded, runs of whitespace made one space, no leading or trailing space."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _fingerprint(text: str) -> str:
    return text.replace(" ", "").upper()


def is_named(recipient: Recipient | None, names: Iterable[str],
             pinned: Iterable[PinnedRecipient] = ()) -> bool:
    """Whether the item names this recipient: a pinned partner by key, or a whole name.

    A free-text name must equal the recipient's name, label or agency as a whole (after
    :func:`fold_name`); a run of words inside it never counts ("Lucía Ferreiro Otero"
    is not "Fiscal Lucía Ferreiro Otero (ES)"). A pinned entry matches the partner's key
    fingerprint; a recipient known only by name (a printed pack's) matches the name the
    entry was pinned under, again as a whole.
    """
    if recipient is None:
        return False
    if recipient.fingerprint and any(_fingerprint(p.fingerprint) == _fingerprint(recipient.fingerprint)
                                     for p in pinned):
        return True
    mine = {fold_name(x) for x in (recipient.name, recipient.label, recipient.agency) if fold_name(x)}
    if recipient.key_id:
        mine.add(fold_name(recipient.key_id))
    if not recipient.pinned:
        # A recipient without a key (a pack's, a passphrase bundle's) may be the one a
        # pinned entry was pinned under: its whole name as shown then.
        names = [*names, *(p.name for p in pinned)]
    return any(fold_name(n) in mine for n in names if fold_name(n))


def _codes(h: Handling, extra: Iterable[str]) -> set[str]:
    return {c.strip().upper() for c in (*h.codes, *extra) if c.strip()}


def europol_code(grade_text: str) -> str:
    """The handling code (H0–H3) of a Europol 4x4 grade written scheme:value, else ""."""
    scheme, _, value = grade_text.partition(":")
    if scheme.strip().lower() != "europol-4x4":
        return ""
    value = value.strip().upper()
    return value[-2:] if len(value) >= 4 and value[-2] == "H" else ""


def decide(h: Handling, origin: str, audience: Audience, *, codes: Iterable[str] = ()) -> Decision:
    """Whether an item with handling ``h`` may go to ``audience``, else why it stays home.

    ``origin`` is the key id of the partner workbench the item came from ("" = ours);
    ``codes`` are handling codes carried elsewhere (a Europol grade's H-code).
    """
    if audience.kind is Kind.SCREEN:
        return ALLOWED
    r = audience.recipient
    back_to_origin = (bool(origin) and audience.kind is Kind.BUNDLE and r is not None
                      and bool(r.key_id) and origin.upper() == r.key_id.upper())
    if audience.max_tlp is not None and h.tlp > audience.max_tlp:
        return _home(f"{h.tlp.label} is above the {audience.max_tlp.label} chosen for this {audience.kind.value}")
    if h.denied_countries:
        denied = sorted(audience.all_countries() & {c.lower() for c in h.denied_countries})
        if denied:
            return _home(f"{denied[0].upper()} is a denied country for this item")
        if not audience.all_countries():
            return _home("the item has denied countries and the audience's countries are unknown")
    all_codes = _codes(h, codes)
    if all_codes & NO_DISSEMINATION and not back_to_origin:
        return _home(f"handling code {sorted(all_codes & NO_DISSEMINATION)[0]} forbids dissemination")
    if origin and not back_to_origin:
        if all_codes & {"H2"}:
            return _home("Europol H2: no further dissemination without the provider's permission")
        if all_codes & ORIGINATOR_ONLY:
            return _home(f"handling code {sorted(all_codes & ORIGINATOR_ONLY)[0]}: "
                         "only with the originator's permission")
        if all_codes & PROVIDER_RESTRICTED:
            return _home("Europol H3: the provider's restrictions must be cleared with the provider first")
    if audience.judicial:
        if h.no_judicial_use:
            return _home("the item may not be used in judicial proceedings")
        if origin and all_codes & NOT_FOR_COURT:
            return _home("Europol H1: not for judicial use without the provider's permission")
    if (h.permitted_purpose and audience.purpose
            and fold_name(h.permitted_purpose) != fold_name(audience.purpose)):
        return _home(f"the item may be used only for: {h.permitted_purpose}")
    if h.tlp is TLP.RED:
        if back_to_origin:
            return ALLOWED
        if origin:
            return _home("TLP:RED received from a partner is never passed on")
        if not (h.named_recipients or h.pinned_recipients):
            return _home("TLP:RED goes only to recipients named on the item, and it names none")
        if r is None:
            return _home(f"TLP:RED goes only to recipients named on the item; this {audience.kind.value} "
                         "has no named recipient")
        if not is_named(r, h.named_recipients, h.pinned_recipients):
            return _home("TLP:RED goes only to recipients named on the item")
        return ALLOWED
    if (origin and h.tlp in (TLP.AMBER, TLP.AMBER_STRICT) and not back_to_origin
            and audience.kind is not Kind.EXPORT):
        return _home(f"{h.tlp.label} received from a partner may not be passed to another organisation")
    return ALLOWED
