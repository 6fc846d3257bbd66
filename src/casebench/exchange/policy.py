"""Handling rules applied per recipient at export: what may go to whom, and why not.

TLP 2.0 governs onward sharing. What this workbench originated may go to any
chosen recipient, except RED, which goes only to recipients named on the item.
What a partner sent us is re-shared only as its TLP allows: CLEAR and GREEN
freely, AMBER, AMBER+STRICT and RED only back to the workbench it came from.
Denied countries, no-dissemination codes and Europol H2 ("no further
dissemination without the provider's permission") are enforced the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from casebench.domain.handling import TLP, Handling

NO_DISSEMINATION = frozenset({"NODIS", "NO-DISSEMINATION", "NO DISSEMINATION", "ND", "NOFORN-LE"})
ORIGINATOR_ONLY = frozenset({"H2"})


@dataclass(frozen=True)
class RecipientInfo:
    """Who a bundle goes to, as far as handling rules need to know."""

    label: str
    name: str
    agency: str
    country: str  # ISO alpha-2, lower case; "" when unknown (passphrase mode)
    key_id: str = ""  # "" in passphrase mode

    def named_in(self, names: tuple[str, ...]) -> bool:
        wanted = {n.strip().casefold() for n in names if n.strip()}
        mine = {x.casefold() for x in (self.name, self.agency, self.key_id, self.label) if x}
        return bool(wanted & mine)


def withheld_reason(h: Handling, origin: str, r: RecipientInfo) -> str | None:
    """Why an item with handling `h` (from workbench `origin`, "" = ours) may not go to `r`."""
    back_to_origin = bool(origin) and origin.upper() == r.key_id.upper()
    if r.country and r.country.lower() in h.denied_countries:
        return f"{r.country.upper()} is a denied country for this item"
    if h.denied_countries and not r.country:
        return "the item has denied countries and the recipient's country is unknown"
    codes = {c.strip().upper() for c in h.codes}
    if codes & NO_DISSEMINATION and not back_to_origin:
        return f"handling code {sorted(codes & NO_DISSEMINATION)[0]} forbids dissemination"
    if origin and codes & ORIGINATOR_ONLY and not back_to_origin:
        return "Europol H2: no further dissemination without the provider's permission"
    if h.tlp is TLP.RED:
        if back_to_origin:
            return None
        if origin:
            return "TLP:RED received from a partner is never passed on"
        if not r.named_in(h.named_recipients):
            return "TLP:RED goes only to recipients named on the item"
        return None
    if origin and h.tlp in (TLP.AMBER, TLP.AMBER_STRICT) and not back_to_origin:
        return f"{h.tlp.label} received from a partner may not be passed to another organisation"
    return None


def check_all(h: Handling, origin: str, recipients: list[RecipientInfo]) -> list[tuple[str, str]]:
    """(recipient label, reason) for every recipient that may not receive the item."""
    out = []
    for r in recipients:
        why = withheld_reason(h, origin, r)
        if why:
            out.append((r.label, why))
    return out
