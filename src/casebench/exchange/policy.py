"""Handling rules applied per recipient at export: what may go to whom, and why not.

The rules themselves live in :mod:`casebench.domain.disclosure` (one decision for
bundles, packs, exports and the screen); this module only says who a bundle's
recipients are in the terms that decision needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from casebench.domain.disclosure import Audience, Kind, Recipient, decide, europol_code
from casebench.domain.handling import Handling


@dataclass(frozen=True)
class RecipientInfo:
    """Who a bundle goes to, as far as handling rules need to know."""

    label: str
    name: str
    agency: str
    country: str  # ISO alpha-2, lower case; "" when unknown (passphrase mode)
    key_id: str = ""  # "" in passphrase mode
    fingerprint: str = ""  # the pinned card's fingerprint (hex); "" in passphrase mode

    def recipient(self) -> Recipient:
        return Recipient(name=self.name, agency=self.agency, country=self.country, key_id=self.key_id,
                         fingerprint=self.fingerprint, label=self.label)


def withheld_reason(h: Handling, origin: str, r: RecipientInfo, *, grade: str = "",
                    judicial: bool = False) -> str | None:
    """Why an item with handling `h` (from workbench `origin`, "" = ours) may not go to `r`."""
    code = europol_code(grade)
    decision = decide(h, origin, Audience(Kind.BUNDLE, r.recipient(), judicial=judicial),
                      codes=(code,) if code else ())
    return None if decision.allowed else decision.reason


def check_all(h: Handling, origin: str, recipients: list[RecipientInfo], *,
              grade: str = "") -> list[tuple[str, str]]:
    """(recipient label, reason) for every recipient that may not receive the item."""
    out = []
    for r in recipients:
        why = withheld_reason(h, origin, r, grade=grade)
        if why:
            out.append((r.label, why))
    return out
