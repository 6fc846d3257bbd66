"""Handling rules: TLP 2.0, handling codes, conditions and data-subject categories.

TLP labels are never translated (FIRST's TLP 2.0 standard says so), so they live
here as plain English strings and colours usable by every renderer.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class TLP(enum.IntEnum):
    """TLP 2.0 levels, ordered from least to most restricted."""

    CLEAR = 0
    GREEN = 1
    AMBER = 2
    AMBER_STRICT = 3
    RED = 4

    @property
    def label(self) -> str:
        return "TLP:AMBER+STRICT" if self is TLP.AMBER_STRICT else f"TLP:{self.name}"

    @property
    def short(self) -> str:
        return "AMBER+STRICT" if self is TLP.AMBER_STRICT else self.name

    @property
    def colour(self) -> str:
        """Foreground colour of the label (TLP 2.0 prints it on black)."""
        return TLP_COLOURS[self]

    @classmethod
    def parse(cls, text: str | TLP | None, default: TLP | None = None) -> TLP:
        if isinstance(text, TLP):
            return text
        if text is None or str(text).strip() == "":
            if default is None:
                raise ValueError("a TLP level is required")
            return default
        key = str(text).strip().upper()
        key = key.removeprefix("TLP:").removeprefix("TLP ").replace("+", "_").replace(" ", "_")
        if key == "WHITE":  # TLP 1.0 name, still common in older partner data
            key = "CLEAR"
        try:
            return cls[key]
        except KeyError:
            raise ValueError(
                f"unknown TLP level {text!r}: use CLEAR, GREEN, AMBER, AMBER+STRICT or RED"
            ) from None


# TLP 2.0 colour values (RGB) from the FIRST standard; background is black.
TLP_COLOURS: dict[TLP, str] = {
    TLP.CLEAR: "#FFFFFF",
    TLP.GREEN: "#33FF00",
    TLP.AMBER: "#FFC000",
    TLP.AMBER_STRICT: "#FFC000",
    TLP.RED: "#FF2B2B",
}


class DataSubject(enum.Enum):
    """Categories of data subject from art. 6 of the EU Law Enforcement Directive."""

    SUSPECT = "suspect"
    CONVICTED = "convicted"
    VICTIM = "victim"
    WITNESS = "witness"
    OTHER = "other"


@dataclass(frozen=True)
class PinnedRecipient:
    """A RED item's recipient chosen from the pinned partners: matched by key, shown by name.

    ``fingerprint`` is the partner card's fingerprint (32 hex digits, upper case, no
    spaces); ``name`` is the partner's label when pinned, kept only for showing.
    """

    fingerprint: str
    name: str = ""

    def to_json(self) -> dict[str, str]:
        return {"fingerprint": self.fingerprint, "name": self.name}

    @classmethod
    def from_json(cls, data: Any) -> PinnedRecipient:
        if not isinstance(data, dict):
            raise ValueError("a pinned recipient must be an object with a fingerprint")
        fpr = str(data.get("fingerprint", "")).replace(" ", "").upper()
        if len(fpr) != 32 or any(c not in "0123456789ABCDEF" for c in fpr):
            raise ValueError(f"pinned recipient fingerprint {fpr[:40]!r} is not 32 hex digits")
        return cls(fpr, str(data.get("name", ""))[:300])


@dataclass(frozen=True)
class Handling:
    """Handling conditions attached to an entity, a statement, an exhibit or a document."""

    tlp: TLP = TLP.AMBER
    codes: tuple[str, ...] = ()  # e.g. Europol H-codes "H2", national caveats
    conditions: str = ""  # written conditions from the originator
    originator: str = ""
    permitted_purpose: str = ""
    denied_countries: tuple[str, ...] = ()  # ISO 3166-1 alpha-2, lower case
    no_judicial_use: bool = False
    review_date: str = ""  # ISO date
    data_subject: DataSubject | None = None
    named_recipients: tuple[str, ...] = field(default=())  # who may receive RED items (free text)
    pinned_recipients: tuple[PinnedRecipient, ...] = field(default=())  # ... by partner key

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"tlp": self.tlp.short}
        if self.codes:
            out["codes"] = list(self.codes)
        if self.conditions:
            out["conditions"] = self.conditions
        if self.originator:
            out["originator"] = self.originator
        if self.permitted_purpose:
            out["permitted_purpose"] = self.permitted_purpose
        if self.denied_countries:
            out["denied_countries"] = list(self.denied_countries)
        if self.no_judicial_use:
            out["no_judicial_use"] = True
        if self.review_date:
            out["review_date"] = self.review_date
        if self.data_subject is not None:
            out["data_subject"] = self.data_subject.value
        if self.named_recipients:
            out["named_recipients"] = list(self.named_recipients)
        if self.pinned_recipients:
            out["pinned_recipients"] = [p.to_json() for p in self.pinned_recipients]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Handling:
        if not data:
            return cls()
        subject = data.get("data_subject")
        return cls(
            tlp=TLP.parse(data.get("tlp"), TLP.AMBER),
            codes=tuple(str(c) for c in data.get("codes", ())),
            conditions=str(data.get("conditions", "")),
            originator=str(data.get("originator", "")),
            permitted_purpose=str(data.get("permitted_purpose", "")),
            denied_countries=tuple(str(c).lower() for c in data.get("denied_countries", ())),
            no_judicial_use=bool(data.get("no_judicial_use", False)),
            review_date=str(data.get("review_date", "")),
            data_subject=DataSubject(subject) if subject else None,
            named_recipients=tuple(str(r) for r in data.get("named_recipients", ())),
            pinned_recipients=tuple(PinnedRecipient.from_json(p) for p in data.get("pinned_recipients", ())),
        )
