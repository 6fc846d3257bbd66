"""Property types and the normalisation that makes values comparable across workbenches.

`normalise` turns what an investigator typed (or a tool exported) into the canonical
value stored in a statement, plus a match key for strong identifiers. Two values with
the same match key denote the same phone, account, vessel or address on the network,
so import can propose a merge. The text as typed is always stored separately by the
caller: normalising never replaces the original.
"""

from __future__ import annotations

import enum
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit, urlunsplit

from casebench.domain.countries import COUNTRY_NAMES, ISO_ALPHA2, country_name, lookup_country
from casebench.domain.dates import DateError, DateValue
from casebench.domain.errors import InvalidValue
from casebench.domain.phones import read_phone

__all__ = [
    "COUNTRY_NAMES",
    "IBAN_LENGTHS",
    "Normalised",
    "PropType",
    "country_name",
    "normalise",
    "read_identifier",
]


class PropType(enum.StrEnum):
    """Value types, named as in FollowTheMoney where FtM has the type."""

    NAME = "name"
    STRING = "string"
    TEXT = "text"
    DATE = "date"
    COUNTRY = "country"
    PHONE = "phone"
    EMAIL = "email"
    IBAN = "iban"
    IDENTIFIER = "identifier"
    ENTITY = "entity"
    NUMBER = "number"
    URL = "url"
    ADDRESS = "address"
    IMO = "imo"
    MMSI = "mmsi"
    BIC = "bic"
    VIN = "vin"
    WALLET = "wallet"

    @property
    def label(self) -> str:
        return _LABELS.get(self, self.value)


_LABELS: dict[PropType, str] = {
    PropType.PHONE: "phone number",
    PropType.EMAIL: "e-mail address",
    PropType.IBAN: "IBAN",
    PropType.IMO: "IMO number",
    PropType.MMSI: "MMSI",
    PropType.BIC: "BIC (SWIFT code)",
    PropType.VIN: "vehicle identification number (VIN)",
    PropType.WALLET: "crypto wallet address",
    PropType.URL: "web address (URL)",
    PropType.ENTITY: "entity reference",
}


@dataclass(frozen=True)
class Normalised:
    """Canonical value, its cross-workbench match key, and date sort bounds."""

    value: str
    match_key: str | None = None
    sort_start: str | None = None
    sort_end: str | None = None
    # When a value is kept as recorded rather than normalised (a withheld caller, a short
    # code, a phone number that reads validly in two countries): why, and a machine tag.
    note: str = ""
    flag: str = ""


# IBAN lengths from the SWIFT IBAN registry, plus the national formats that BCEAO and
# BEAC banks (Senegal, Guinea-Bissau, Cabo Verde, Côte d'Ivoire ...) and a few others
# print on statements although SWIFT has not registered them: cases see those accounts.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24,
    "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18,
    "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20,
    "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20,
    "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24,
    "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
    "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    "YE": 30,
    # national formats not (yet) in the SWIFT registry
    "AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27, "CI": 28, "CM": 27, "CV": 25,
    "DZ": 26, "GA": 27, "GQ": 27, "GW": 25, "IR": 26, "KM": 27, "MA": 28, "MG": 27,
    "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TD": 27, "TG": 28,
}  # fmt: skip


def _bad(ptype: PropType, raw: str, why: str, *, code: str, **params: object) -> ValueError:
    """The refusal of `raw`; `code` names the reason (one per check) for the window's words."""
    return InvalidValue(f"{raw!r} is not a valid {ptype.label}: {why}", code=code, value=raw, **params)


# printable ASCII that is neither a letter nor a digit (what an identifier's key leaves out)
_ASCII_PUNCTUATION_GONE = str.maketrans("", "", "".join(
    chr(c) for c in range(32, 127) if not chr(c).isalnum()))


def identifier_key(raw: str) -> str:
    """An identifier as it is matched: letters and digits only, upper case ("MV-000123" →
    "MV000123"); what follows "identifier:" in its match key."""
    if raw.isascii() and raw.isprintable() and " " not in raw:
        return raw.upper().translate(_ASCII_PUNCTUATION_GONE)
    return re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", raw).upper())


def _clean_line(raw: str) -> str:
    return " ".join(unicodedata.normalize("NFC", raw).split())


def _compact(raw: str) -> str:
    # People copy identifiers with spaces, dashes and dots from printed documents.
    return re.sub(r"[\s\-.]", "", unicodedata.normalize("NFKC", raw)).upper()


def _iban(raw: str) -> Normalised:
    iban = _compact(raw)
    if iban.startswith("IBAN"):
        iban = iban[4:]
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]+", iban):
        raise _bad(
            PropType.IBAN, raw, "it must be a country code, two check digits and letters or digits", code="iban.bad_shape"
        )
    expected = IBAN_LENGTHS.get(iban[:2])
    if expected is None:
        raise _bad(PropType.IBAN, raw, f"{iban[:2]} does not issue IBANs", code="iban.no_such_country", country=iban[:2])
    if len(iban) != expected:
        raise _bad(
            PropType.IBAN,
            raw,
            f"IBANs from {country_name(iban[:2])} have {expected} characters, this one has {len(iban)}", code="iban.wrong_length", country=iban[:2], expected=expected, length=len(iban),
        )
    digits = "".join(str(int(c, 36)) for c in iban[4:] + iban[:4])
    if int(digits) % 97 != 1:
        raise _bad(
            PropType.IBAN, raw, "the check digits do not match; a character is probably mistyped", code="iban.check_digits"
        )
    return Normalised(iban, f"iban:{iban}")


def _imo(raw: str) -> Normalised:
    text = _compact(raw)
    text = text.removeprefix("IMO")
    if not re.fullmatch(r"[0-9]{7}", text):
        raise _bad(PropType.IMO, raw, "an IMO ship number has seven digits, e.g. IMO 9074729", code="imo.bad_shape")
    total = sum(int(d) * w for d, w in zip(text[:6], range(7, 1, -1), strict=True))
    if total % 10 != int(text[6]):
        raise _bad(PropType.IMO, raw, "the check digit (the last one) does not match", code="imo.check_digit")
    return Normalised(text, f"imo:{text}")


def _mmsi(raw: str) -> Normalised:
    text = _compact(raw).removeprefix("MMSI")
    if not re.fullmatch(r"[0-9]{9}", text):
        raise _bad(PropType.MMSI, raw, "an MMSI has exactly nine digits", code="mmsi.bad_shape")
    return Normalised(text, f"mmsi:{text}")


def _bic(raw: str) -> Normalised:
    text = _compact(raw)
    if not re.fullmatch(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?", text):
        raise _bad(
            PropType.BIC,
            raw,
            "a BIC has 8 or 11 characters: bank (4 letters), country, place, branch", code="bic.bad_shape",
        )
    if text[4:6].lower() not in ISO_ALPHA2:
        raise _bad(PropType.BIC, raw, f"{text[4:6]} (characters 5-6) is not a country code", code="bic.no_such_country", country=text[4:6])
    return Normalised(text, f"bic:{text}")


_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(raw: str) -> Normalised:
    text = _compact(raw)
    if len(text) != 17:
        raise _bad(PropType.VIN, raw, f"a VIN has 17 characters, this one has {len(text)}", code="vin.wrong_length", length=len(text))
    if re.search(r"[IOQ]", text):
        raise _bad(PropType.VIN, raw, "VINs never contain the letters I, O or Q", code="vin.forbidden_letters")
    if not re.fullmatch(r"[A-Z0-9]{17}", text):
        raise _bad(PropType.VIN, raw, "a VIN has only letters and digits", code="vin.bad_characters")
    # Only North American VINs (first character 1-5) carry a check digit in position 9;
    # European manufacturers fill it freely.
    if text[0] in "12345":
        total = sum(_VIN_VALUES[c] * w for c, w in zip(text, _VIN_WEIGHTS, strict=True))
        check = "X" if total % 11 == 10 else str(total % 11)
        if text[8] != check:
            raise _bad(
                PropType.VIN, raw, f"the check digit (9th character) should be {check} for this VIN", code="vin.check_digit", check=check
            )
    return Normalised(text, f"vin:{text}")


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _base58check_ok(text: str) -> bool:
    number = 0
    for char in text:
        number = number * 58 + _B58.index(char)
    leading = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    data = b"\0" * leading + body
    if len(data) < 5:
        return False
    digest = hashlib.sha256(hashlib.sha256(data[:-4]).digest()).digest()
    return digest[:4] == data[-4:]


def _bech32_ok(text: str) -> bool:
    hrp, _, data = text.rpartition("1")
    if not hrp or len(data) < 6 or any(c not in _BECH32 for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    values += [_BECH32.index(c) for c in data]
    chk = 1
    for value in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ value
        for i, gen in enumerate((0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)):
            chk ^= gen if (top >> i) & 1 else 0
    # 1 is bech32 (segwit v0), 0x2BC830A3 is bech32m (taproot and later).
    return chk in (1, 0x2BC830A3)


def _wallet(raw: str) -> Normalised:
    text = unicodedata.normalize("NFKC", raw).strip()
    if not re.fullmatch(r"[A-Za-z0-9:_\-]{20,128}", text):
        raise _bad(
            PropType.WALLET, raw, "an address is 20 to 128 letters and digits without spaces", code="wallet.bad_shape"
        )
    lower = text.lower()
    if re.fullmatch(r"0x[0-9a-f]{40}", lower):
        # EVM addresses (Ethereum, BSC, Polygon): case only carries a checksum.
        return Normalised(text, f"wallet:{lower}")
    if lower.startswith(("bc1", "tb1", "ltc1")):
        if text not in (lower, text.upper()) or not _bech32_ok(lower):
            raise _bad(
                PropType.WALLET, raw, "the bech32 checksum does not match; check every character", code="wallet.segwit_checksum"
            )
        return Normalised(lower, f"wallet:{lower}")
    base58 = re.fullmatch(r"[13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33}", text)
    if base58 and not _base58check_ok(text):
        raise _bad(PropType.WALLET, raw, "the checksum does not match; check every character", code="wallet.checksum")
    # Base58 and other encodings are case-sensitive, so the key keeps the case.
    return Normalised(text, f"wallet:{text}")


def _phone(raw: str, default_region: str | None) -> Normalised:
    try:
        reading = read_phone(raw, default_region)
    except ValueError as exc:
        # `why` is the phone reader's own error, so each reader words it in its language
        raise InvalidValue(f"{raw!r} is not a valid {PropType.PHONE.label}: {exc}", code="value.invalid_phone",
                           value=raw, why=exc) from None
    if not reading.e164:
        # Withheld, short code or ambiguous: the text as recorded, never a guessed number.
        return Normalised(reading.text, note=reading.note, flag=reading.kind)
    return Normalised(reading.e164, f"phone:{reading.e164}")


def _email(raw: str) -> Normalised:
    text = unicodedata.normalize("NFC", raw).strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    local, at, domain = text.rpartition("@")
    if (
        not at
        or not local
        or re.search(r"[\s<>()\[\],;:\"@]", local + domain)
        or not re.fullmatch(r"[^.\s]+(\.[^.\s]+)+", domain)
    ):
        raise _bad(PropType.EMAIL, raw, "an e-mail address looks like name@example.org", code="email.bad_shape")
    value = f"{local}@{domain.lower()}"
    # Providers treat the local part case-insensitively in practice, so matching does too.
    return Normalised(value, f"email:{value.lower()}")


def _url(raw: str) -> Normalised:
    text = raw.strip()
    if re.search(r"\s", text):
        raise _bad(PropType.URL, raw, "a web address has no spaces", code="url.spaces")
    if not re.match(r"[A-Za-z][A-Za-z0-9+.\-]*:", text):
        raise _bad(PropType.URL, raw, "it has no scheme; start it with https:// or http://", code="url.no_scheme")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        if not parts.hostname:
            raise _bad(PropType.URL, raw, "it has no host name after //", code="url.no_host")
        netloc = parts.netloc.rsplit("@", 1)
        netloc[-1] = netloc[-1].lower()
        return Normalised(urlunsplit(parts._replace(scheme=scheme, netloc="@".join(netloc))))
    return Normalised(urlunsplit(parts._replace(scheme=scheme)))


def _number(raw: str) -> Normalised:
    text = unicodedata.normalize("NFKC", raw).strip()
    # Spaces (also thin and no-break) group thousands unambiguously; a lone comma or
    # point is the decimal separator, as partners write either.
    grouped = re.sub(r"(?<=\d)[\s_'](?=\d{3}\b)", "", text)
    if not re.fullmatch(r"[+-]?(\d+([.,]\d+)?|[.,]\d+)", grouped):
        raise _bad(
            PropType.NUMBER,
            raw,
            "write a plain number such as 1500 or 1,5 (no units, at most one decimal separator)", code="number.bad_shape",
        )
    try:
        number = Decimal(grouped.replace(",", "."))
    except InvalidOperation:
        raise _bad(PropType.NUMBER, raw, "it is not a number", code="number.invalid") from None
    return Normalised(format(number, "f"))


def read_identifier(raw: str) -> Normalised:
    """``normalise(PropType.IDENTIFIER, raw)``, without the dispatch a bulk import pays per
    row for its record ids."""
    if not raw.strip():
        raise InvalidValue(f"the {PropType.IDENTIFIER.label} is empty", code="value.empty",
                           type=PropType.IDENTIFIER.label)
    # the common record id ("MV-000123") has nothing to fold or collapse (a bulk import
    # reads one per row; the general path costs several times more)
    text = raw if raw.isascii() and raw.isprintable() and " " not in raw else _clean_line(raw)
    key = identifier_key(raw)
    if not key:
        raise _bad(PropType.IDENTIFIER, raw, "it has no letters or digits", code="value.no_identifier_characters")
    return Normalised(text, f"identifier:{key}")


def normalise(ptype: PropType | str, raw: str, *, default_region: str | None = None) -> Normalised:
    """Canonical form of ``raw`` for a property of type ``ptype``.

    ``default_region`` (an ISO country code such as "es") reads phone numbers written
    without a country code. Raises ValueError naming the value when it is not valid.
    """
    try:
        # FtM type names arrive as plain strings from bundles (the enum's own call costs a
        # microsecond per value of a bulk import, so a PropType is taken as it is).
        if type(ptype) is not PropType:
            ptype = PropType(ptype)
    except ValueError:
        raise InvalidValue(f"{ptype!r} is not a value type casebench knows", code="value.unknown_type",
                           type=ptype) from None
    if not raw.strip():
        raise InvalidValue(f"the {ptype.label} is empty", code="value.empty", type=ptype.label)
    if ptype in (PropType.NAME, PropType.STRING):
        return Normalised(_clean_line(raw))
    if ptype is PropType.ADDRESS:
        lines = [_clean_line(line) for line in raw.splitlines()]
        return Normalised(", ".join(line.rstrip(",") for line in lines if line))
    if ptype is PropType.TEXT:
        return Normalised(unicodedata.normalize("NFC", raw).strip())
    if ptype is PropType.DATE:
        try:
            date = DateValue.parse(raw)
        except DateError as exc:
            raise exc from None  # a ValueError already, and it keeps its code for the window
        return Normalised(date.format(), None, date.sort_start(), date.sort_end())
    if ptype is PropType.COUNTRY:
        code = lookup_country(raw)
        if code is None:
            raise InvalidValue(
                f"{raw!r} is not a country casebench knows; use the ISO code, e.g. ES or GMB",
                code="value.unknown_country", value=raw,
            )
        return Normalised(code)
    if ptype is PropType.ENTITY:
        text = raw.strip()
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:\-]{0,127}", text):
            raise _bad(ptype, raw, "entity ids are letters, digits and . _ : - only", code="value.bad_entity_id")
        return Normalised(text)
    if ptype is PropType.IDENTIFIER:
        return read_identifier(raw)
    if ptype is PropType.PHONE:
        return _phone(raw, default_region)
    if ptype is PropType.NUMBER:
        return _number(raw)
    if ptype is PropType.URL:
        return _url(raw)
    handlers = {
        PropType.EMAIL: _email,
        PropType.IBAN: _iban,
        PropType.IMO: _imo,
        PropType.MMSI: _mmsi,
        PropType.BIC: _bic,
        PropType.VIN: _vin,
        PropType.WALLET: _wallet,
    }
    return handlers[ptype](raw)
