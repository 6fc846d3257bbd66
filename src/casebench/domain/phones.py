"""Reading a phone number as it was written, without ever moving it to another country.

A number in a call-detail record or typed by an investigator can be read several ways:
``+CC…`` is international; ``00CC…`` is international in most of the world; the default
country's own international prefixes (Nigeria's ``009``, Brazil's ``00`` + carrier,
Colombia's ``005``/``007``/``009``) are international from there; ``0…`` and the bare
digits are national; and operators often write international numbers without the ``+``
(``34612345678``; tried only when no other reading is valid, as national numbers would
otherwise often also read as another country's). A reading counts only when the number
is *valid* (a real range of its country's plan, not merely the right length):

- one valid E.164 number among the readings: that is the number;
- several different valid numbers: the text is kept as recorded and flagged ambiguous
  (no E.164, no match key), because choosing would invent a value;
- withheld callers ("Anónimo", "Privado", "withheld" …) and short codes (112, 1004) are
  kept as text, without E.164;
- nothing valid: the value is refused with the reason.

European exports often write the trunk zero in brackets after the country code
(``+34 (0) 612 345 678``, ``0044 (0)20 7946 0958``): the ``(0)`` is dialled at home only,
so the number is read without it. Where numbers of that country may begin with 0 after
the country code (Italy's landlines, Côte d'Ivoire, Norway's 0-ranges …) or where the
digits with the 0 are a valid number too, whether the writer meant the 0 is not known:
the text is kept as recorded and flagged ambiguous, as above.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from casebench.domain.errors import InvalidValue

__all__ = ["PhoneQuery", "PhoneReading", "ambiguity", "phone_query", "read_phone"]

# Words operators and handsets write instead of a withheld or unknown number (es, pt, fr,
# en, nl), compared without case or accents.
_WITHHELD_WORDS = (
    "anonimo", "anonima", "anonymous", "anonyme", "anoniem", "privado", "private", "prive",
    "privee", "prive", "withheld", "unknown", "desconocido", "desconhecido", "inconnu",
    "onbekend", "oculto", "oculta", "restricted", "restringido", "restrito", "masque",
    "unavailable", "no disponible", "nao disponivel", "indisponible", "sin numero",
    "sem numero", "no number", "clir", "payphone", "no identificado", "nao identificado",
)
_EMPTY_LIKE = re.compile(r"[\s\-–—_*?#./]*|n/?a|nil|null|\(null\)|none|ninguno|nenhum|aucun")
_FORMATTING = re.compile(r"[\s\-./()\[\]\u2010-\u2015\u00a0]")
_SHORT_CODE = re.compile(r"[1-9][0-9]{2,5}")
# "+CC (0) …" / "00CC (0) …": the trunk zero written in brackets after the country code
_TRUNK_ZERO = re.compile(r"(\+|00)[\s\-.]*([1-9][0-9]{0,2})[\s\-.]*\(\s*0\s*\)(.*)")
_EXTENSION = re.compile(r"\s*(?:ext\.?|extension|extensión|ramal|poste|x|#)\s*\d{1,6}\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PhoneReading:
    """How a phone number was read: ``e164`` when it is one valid number."""

    text: str  # the number as recorded (whitespace tidied)
    e164: str = ""
    kind: str = "number"  # "number", "ambiguous", "withheld", "short code"
    # why an ambiguous number is ambiguous: "countries" (valid in several readings) or
    # "trunk zero" (a bracketed (0) after the country code that may be part of the number)
    why: str = ""
    note: str = ""  # plain words for the user when the value is not an E.164 number
    options: tuple[str, ...] = ()  # the valid readings of an ambiguous number


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in folded if not unicodedata.combining(c)).strip()


def _withheld(text: str) -> bool:
    plain = _plain(text)
    if _EMPTY_LIKE.fullmatch(plain):
        return True
    if any(c.isdigit() for c in plain):
        return False
    return any(re.search(rf"\b{re.escape(w)}\b", plain) for w in _WITHHELD_WORDS)


@functools.lru_cache(maxsize=65_536)
def _e164(text: str, region: str | None) -> str:
    """The E.164 form if ``text`` parses (with ``region``) to a valid number, else "".

    Remembered: a call record writes each number several ways (``+34 612…`` for the
    caller, ``0034612…`` for the receiver) that come to the same readings here, and
    phonenumbers takes tens of microseconds for each.
    """
    import phonenumbers  # here, not at the top: its metadata costs every command ~50 ms to load

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _readings(digits: str, plus: bool, region: str | None) -> dict[str, str]:
    """Every valid E.164 reading of the digits → how it was read (for the ambiguity note)."""
    if plus:
        found = _e164("+" + digits, None)
        return {found: "international"} if found else {}
    out: dict[str, str] = {}

    def add(e164: str, how: str) -> None:
        if e164 and e164 not in out:
            out[e164] = how

    if digits.startswith("00"):
        add(_e164("+" + digits[2:], None), "00 + country code")
    if region:
        # phonenumbers applies the region's own international prefixes (NG 009, BR 00 +
        # carrier, CO 005/007/009, US 011) and its national prefix and carrier codes.
        add(_e164(digits, region), f"dialled in {region}")
    if not out and not digits.startswith("0") and len(digits) >= 10:
        # Operators often drop the + (34612345678). Only when no other reading is valid:
        # a national number would otherwise often also read as some other country's.
        add(_e164("+" + digits, None), "country code without +")
    return out


def _possible_country(digits: str, plus: bool, region: str | None) -> InvalidValue:
    """Why nothing was valid, in plain words."""
    import phonenumbers

    try:
        number = phonenumbers.parse(("+" if plus else "") + digits, None if plus else region)
    except phonenumbers.NumberParseException:
        if not plus and region is None and not digits.startswith("00"):
            return InvalidValue("it has no country code; write it with + and the country code or choose "
                                "a country", code="phone.no_country_code")
        return InvalidValue("it does not look like a phone number", code="phone.not_a_number")
    if not phonenumbers.is_possible_number(number):
        return InvalidValue("it has the wrong number of digits for its country", code="phone.wrong_length")
    where = phonenumbers.region_code_for_number(number) or f"+{number.country_code}"
    return InvalidValue(f"it is not a number in use in the numbering plan of {where}",
                        code="phone.not_in_use", where=where)


@functools.cache
def _zero_led_codes() -> frozenset[int]:
    """Country codes whose numbers may begin with 0 after the code (phonenumbers' own
    example numbers say so: Italy's 06 …, Côte d'Ivoire's 07 …, Norway's 0-ranges)."""
    import phonenumbers

    return frozenset(
        n.country_code for r in phonenumbers.SUPPORTED_REGIONS for t in phonenumbers.PhoneNumberType.values()
        if (n := phonenumbers.example_number_for_type(r, t)) is not None and n.italian_leading_zero
        and n.country_code is not None)


def _trunk_zero(text: str, match: re.Match[str]) -> PhoneReading:
    """``+CC (0) rest``: the number without the 0, unless the 0 may belong to it."""
    code, rest = match.group(2), _FORMATTING.sub("", _EXTENSION.sub("", match.group(3)))
    if not rest.isdigit():
        raise InvalidValue("it does not look like a phone number", code="phone.not_a_number")
    dropped = _e164("+" + code + rest, None)
    kept = _e164("+" + code + "0" + rest, None)
    if dropped and (kept in ("", dropped)) and int(code) not in _zero_led_codes():
        return PhoneReading(text, e164=dropped)
    options = tuple(dict.fromkeys(e for e in (dropped, kept) if e))
    if not options and int(code) not in _zero_led_codes():
        raise _possible_country(code + rest, True, None)
    said = " or ".join(options) if options else "a number"
    return PhoneReading(text, kind="ambiguous", why="trunk zero", options=options,
                        note=f"the (0) after +{code} may be part of the number (could be {said}); "
                             "kept as recorded, not normalised")


def read_phone(raw: str, region: str | None) -> PhoneReading:
    """Read ``raw`` (``region``: ISO country for numbers dialled there); ValueError when invalid."""
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    region = region.upper() if region else None
    if _withheld(text):
        return PhoneReading(text, kind="withheld", note="withheld or unknown number, kept as recorded")
    trunk = _TRUNK_ZERO.fullmatch(text) if "(" in text else None
    if trunk:
        return _trunk_zero(text, trunk)
    # an extension (ext. 12, x12, #12) is kept in the text, not in the E.164 number
    compact = _FORMATTING.sub("", _EXTENSION.sub("", text))
    if compact.lower().startswith("tel:"):
        compact = compact[4:]
    plus = compact.startswith("+")
    digits = compact.lstrip("+")
    if plus and digits.startswith("00"):
        plus = False  # "+0034 …": the 00 form with a stray +
    if not digits.isdigit() or compact.count("+") > 1:
        raise InvalidValue("it does not look like a phone number", code="phone.not_a_number")
    if _SHORT_CODE.fullmatch(digits) and not plus:
        return PhoneReading(digits, kind="short code", note="short code, kept as recorded")
    found = _readings(digits, plus, region)
    if len(found) == 1:
        return PhoneReading(text, e164=next(iter(found)))
    if found:
        options = " or ".join(f"{e} ({how})" for e, how in found.items())
        return PhoneReading(text, kind="ambiguous", why="countries",
                            note=f"could be {options}; kept as recorded, not normalised",
                            options=tuple(found))
    raise _possible_country(digits, plus, region)


def ambiguity(reading: PhoneReading) -> InvalidValue:
    """An ambiguous reading as a coded warning, for the window's and the CLI's words."""
    options = " or ".join(reading.options)
    if reading.why == "trunk zero":
        return InvalidValue(f"{reading.text!r} {reading.note}", code="phone.trunk_zero_unclear",
                            value=reading.text, options=options or "-")
    return InvalidValue(f"{reading.text!r} {reading.note}", code="phone.ambiguous", value=reading.text,
                        options=options)


# A search for fewer digits than this is not treated as a phone number: six digits end
# too many numbers of a big case (and are years, amounts and postcodes as often).
MIN_TAIL_DIGITS = 7
_QUERY_CHARS = re.compile(r"[+0-9\s\-./()\[\]\u2010-\u2015\u00a0]+")


@dataclass(frozen=True)
class PhoneQuery:
    """What a search for a phone number looks for: the number, and the digits it ends with."""

    e164: str  # the whole number read as values are read ("" when not one valid number)
    tail: str  # its digits without a leading + or 0s: stored numbers ending so match


def phone_query(text: str, region: str | None) -> PhoneQuery | None:
    """Read a search text as a phone number, or None when it is not one.

    The text is read exactly as a value would be (`read_phone`, with the case's country
    for numbers without a country code), so ``+220 771 2345``, ``00220-7712345`` and
    ``7712345`` typed in a Gambian case all find ``+2207712345``. The tail finds numbers
    by their last seven or more digits, however the start was written.
    """
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain or not _QUERY_CHARS.fullmatch(plain):
        return None
    digits = "".join(c for c in plain if c.isdigit())
    tail = digits.lstrip("0")
    if len(tail) < MIN_TAIL_DIGITS:
        return None
    try:
        e164 = read_phone(plain, region).e164
    except ValueError:
        e164 = ""
    return PhoneQuery(e164, tail)
