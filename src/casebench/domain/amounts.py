"""Amounts as bank statements write them: one signed number and, when the cell says so, a currency.

A cell such as ``R$ 1.234,56``, ``$ 300.357,63``, ``-1,500.00 USD``, ``1.234,56-``,
``(250,00)`` or ``1.234,56 D`` (a debit; ``C``, ``CR`` a credit, ``DR``, ``DB`` a debit) is read with the statement's decimal separator. Thousands separators must
group digits by three, so a number written with the other convention (``1234.56`` read
with a decimal comma) is refused rather than read as 123456: an amount is never changed.
Without a chosen separator, ``1.500`` or ``2,000`` (one separator before three digits) is
refused too: it is a thousand times more under one convention than under the other.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from casebench.domain.errors import InvalidValue

__all__ = ["Amount", "marked_debit", "parse_amount"]

# Symbols that name one currency. A bare "$" names none (pesos, dollars, escudos ...):
# the specification's currency applies.
_SYMBOLS = {
    "R$": "BRL", "US$": "USD", "U$S": "USD", "USD$": "USD", "RD$": "DOP", "COL$": "COP",
    "€": "EUR", "£": "GBP", "₦": "NGN", "GH₵": "GHS", "GH¢": "GHS", "₵": "GHS", "S/": "PEN",
    "S/.": "PEN", "BS": "VES", "BS.": "VES", "BS.S": "VES", "BS.F": "VEF", "BSF": "VEF",
    "BSS": "VES", "DH": "MAD", "DHS": "MAD", "¥": "JPY", "CHF": "CHF", "$": "",
}
# ISO 4217 codes of the currencies cases meet (and their neighbours').
_CODES = frozenset(
    ["EUR", "USD", "BRL", "COP", "VES", "VEF", "DOP", "NGN", "GHS", "GMD", "XOF", "XAF", "CVE", "MAD", "GBP", "CHF", "PEN", "MXN", "ARS", "CLP", "BOB", "PYG", "UYU", "CAD", "AUD", "JPY", "CNY", "HKD", "AED", "TRY", "RUB", "GNF", "SLL", "LRD", "MRU", "DZD", "TND", "EGP", "ZAR", "AOA", "GTQ", "HNL", "NIO", "CRC", "PAB", "TTD", "JMD", "BTC", "USDT"])
_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u202f']")
# a debit or credit mark right after the digits (spaces gone): D, C, DR, CR, DB
_MARKER = re.compile(r"(.*[0-9])(DR|CR|DB|D|C)\.?", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    value: Decimal
    currency: str = ""  # ISO code when the cell names one


def _currency(text: str) -> tuple[str, str]:
    """(text without its currency mark, ISO code or "")."""
    upper = text.upper()
    for code in sorted(_CODES, key=len, reverse=True):
        if upper.startswith(code) or upper.endswith(code):
            body = text[len(code):] if upper.startswith(code) else text[: -len(code)]
            return body, code
    for symbol in sorted(_SYMBOLS, key=len, reverse=True):
        if upper.startswith(symbol):
            return text[len(symbol):], _SYMBOLS[symbol]
        if upper.endswith(symbol):
            return text[: -len(symbol)], _SYMBOLS[symbol]
    return text, ""


def _grouped(integer: str, sep: str) -> str | None:
    if sep and sep in integer:
        if not re.fullmatch(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+", integer):
            return None
        return integer.replace(sep, "")
    return integer if re.fullmatch(r"\d+", integer) else None


def marked_debit(raw: str) -> bool | None:
    """Whether the mark after an amount's digits says debit (True: D, DR, DB) or credit
    (False: C, CR); None when it has none (the mark `parse_amount` reads)."""
    marker = _MARKER.fullmatch(_SPACES.sub("", unicodedata.normalize("NFKC", raw)))
    return None if marker is None else marker.group(2).upper().startswith("D")


def parse_amount(raw: str, decimal: str = "") -> Amount:
    """``raw`` as a signed Decimal; ``decimal`` is "," or "." ("" = a lone , or . is decimal).

    Raises ValueError in plain words when the text is not one amount.
    """
    text = _SPACES.sub("", unicodedata.normalize("NFKC", raw)).replace("\u2212", "-")
    negative = False
    marker = _MARKER.fullmatch(text)
    if marker:
        # "1.234,56 D" / "123.45 CR": the direction written after the digits, as Brazilian and
        # British statements do; with a sign as well, which one counts is not known
        text = marker.group(1)
        if re.search(r"[-+()]", text):
            raise InvalidValue("write an amount such as 1.234,56, -250.00, (250,00) or R$ 1.234,56",
                               code="amount.unreadable", raw=raw.strip())
        negative = marker.group(2).upper().startswith("D")
    currency = ""
    changed = True
    while changed and text:
        # signs, brackets and currency marks around the digits, in any order: -R$1.234,56,
        # R$-1.234,56, 1.234,56- USD, (1.234,56)
        changed = False
        if text.startswith("(") and text.endswith(")"):
            negative, text, changed = not negative, text[1:-1], True
        if text[:1] in "+-" and text:
            negative ^= text[0] == "-"
            text, changed = text[1:], True
        if text[-1:] in "+-" and text:
            negative ^= text[-1] == "-"
            text, changed = text[:-1], True
        if text and not (text[0].isdigit() and text[-1].isdigit()):
            body, found = _currency(text)
            if body != text:
                if found and currency and found != currency:
                    raise InvalidValue(f"{raw.strip()!r} names two currencies", code="amount.two_currencies",
                                       raw=raw.strip())
                currency = currency or found
                text, changed = body, True
    if not text or not re.fullmatch(r"[\d.,]+", text):
        raise InvalidValue("write an amount such as 1.234,56, -250.00, (250,00) or R$ 1.234,56",
                           code="amount.unreadable", raw=raw.strip())
    if decimal:
        thousands = "." if decimal == "," else ","
        whole, dot, frac = text.rpartition(decimal) if decimal in text else (text, "", "")
        if dot and not whole:
            whole = "0"
        if thousands in frac or (dot and not frac.isdigit()):
            raise InvalidValue(f"the decimal separator is {decimal!r}, but {raw.strip()!r} "
                               "does not read as one amount with it", code="amount.not_with_separator",
                               raw=raw.strip(), decimal=decimal)
        integer = _grouped(whole, thousands)
        if integer is None:
            raise InvalidValue(
                f"with {decimal!r} as the decimal separator, {thousands!r} must group digits by "
                f"three; {raw.strip()!r} does not, so it may be written the other way",
                code="amount.bad_grouping", raw=raw.strip(), decimal=decimal, thousands=thousands)
        number = integer + ("." + frac if dot else "")
    else:
        seps = [c for c in text if c in ".,"]
        if len(set(seps)) == 2:
            # 1.234,56 and 1,234.56 say which is which: the last one is the decimal point
            return parse_amount(raw, seps[-1])
        if len(seps) > 1:
            # no flag named here: the window shows this too (the CLI adds "--decimal")
            raise InvalidValue(f"{raw.strip()!r} has several {seps[0]!r} and no decimal separator; "
                               "choose the decimal separator", code="amount.no_decimal_separator",
                               raw=raw.strip(), separator=seps[0])
        if re.fullmatch(r"[1-9]\d{0,2}[.,]\d{3}", text):
            # 1.500 is 1500 on a Spanish statement and 1.5 on a British one: a guess would
            # change some amounts a thousandfold without a word
            raise InvalidValue(f"{raw.strip()!r} reads as {text.replace(seps[0], '')} or as "
                               f"{text.replace(',', '.')}; choose the decimal separator",
                               code="amount.ambiguous_separator", raw=raw.strip(), separator=seps[0])
        number = text.replace(",", ".")
    try:
        value = Decimal(number)
    except InvalidOperation:
        raise InvalidValue(f"{raw.strip()!r} is not an amount", code="amount.invalid",
                           raw=raw.strip()) from None
    return Amount(-value if negative else value, currency)
