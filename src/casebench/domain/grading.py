"""Source and information grades, each tagged with its scheme and carried verbatim.

Grades are never converted between schemes: an Admiralty "B2" and a Europol "B2"
mean different things, so a grade is always the pair (scheme, value).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from casebench.domain.errors import InvalidValue


class GradeScheme(enum.Enum):
    ADMIRALTY = "admiralty"  # source A–F, information 1–6
    UK_3X5X2 = "uk-3x5x2"  # source 1-3, intelligence A-E, handling P/C
    UK_5X5X5 = "uk-5x5x5"  # source A-E, intelligence 1-5, handling 1-5
    EUROPOL_4X4 = "europol-4x4"  # source A/B/C/X, information 1-4, handling H0-H3


_PATTERNS: dict[GradeScheme, re.Pattern[str]] = {
    GradeScheme.ADMIRALTY: re.compile(r"^[A-F][1-6]$"),
    GradeScheme.UK_3X5X2: re.compile(r"^[1-3][A-E][PC]$"),
    GradeScheme.UK_5X5X5: re.compile(r"^[A-E][1-5][1-5]$"),
    GradeScheme.EUROPOL_4X4: re.compile(r"^[ABCX][1-4](H[0-3])?$"),
}

SCHEME_TITLES: dict[GradeScheme, str] = {
    GradeScheme.ADMIRALTY: "Admiralty (NATO) system",
    GradeScheme.UK_3X5X2: "UK 3x5x2",
    GradeScheme.UK_5X5X5: "UK 5x5x5",
    GradeScheme.EUROPOL_4X4: "Europol 4x4",
}


@dataclass(frozen=True)
class Grade:
    scheme: GradeScheme
    value: str

    def __str__(self) -> str:
        return f"{self.value} ({self.scheme.value})"

    @classmethod
    def parse(cls, scheme: str | GradeScheme, value: str) -> Grade:
        try:
            sch = scheme if isinstance(scheme, GradeScheme) else GradeScheme(scheme.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in GradeScheme)
            raise InvalidValue(f"unknown grading scheme {scheme!r}: use one of {names}",
                               code="grade.unknown_scheme", scheme=scheme, schemes=names) from None
        norm = value.strip().upper().replace(" ", "").replace("/", "")
        if not _PATTERNS[sch].match(norm):
            raise InvalidValue(f"{value!r} is not a valid {SCHEME_TITLES[sch]} grade", code="grade.invalid",
                               value=value, scheme=SCHEME_TITLES[sch])
        return cls(sch, norm)

    @classmethod
    def from_text(cls, text: str) -> Grade:
        """Parse 'scheme:value', e.g. 'admiralty:B2'."""
        scheme, sep, value = text.partition(":")
        if not sep:
            raise InvalidValue(f"grade {text!r} must be written scheme:value, e.g. admiralty:B2",
                               code="grade.no_scheme", value=text)
        return cls.parse(scheme, value)

    def to_text(self) -> str:
        return f"{self.scheme.value}:{self.value}"

    @property
    def confidence(self) -> str:
        """Link-line style for charts: 'confirmed', 'probable' or 'unconfirmed'.

        Derived only from the information part within the same scheme; this is a
        drawing convention, not a conversion of the grade.
        """
        v = self.value
        # 3x5x2 puts the intelligence grade second as a letter, A (known directly) .. E;
        # Admiralty, 5x5x5 and Europol 4x4 put a digit there.
        letter = self.scheme is GradeScheme.UK_3X5X2
        info = "ABCDE".index(v[1]) + 1 if letter else int(v[1])
        if info == 1:
            return "confirmed"
        if info == 2:
            return "probable"
        return "unconfirmed"
