"""Amounts as statements write them come out as the same signed number and currency."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebench.domain.amounts import parse_amount

MARKS = [("", ""), ("R$ ", "BRL"), ("$ ", ""), ("€", "EUR"), ("USD ", "USD"), ("COP ", "COP"),
         (" EUR", "EUR"), (" €", "EUR"), ("₦", "NGN"), ("US$", "USD")]


def _grouped(integer: int, sep: str) -> str:
    text = f"{integer:,}"
    return text.replace(",", sep)


@settings(max_examples=500, deadline=None)
@given(cents=st.integers(min_value=-10**13, max_value=10**13),
       decimal=st.sampled_from([",", "."]), group=st.sampled_from(["", "thousands", " "]),
       mark=st.sampled_from(MARKS), negative_as=st.sampled_from(["-", "trailing", "()", "−"]))
def test_written_amounts_read_back_exactly(cents: int, decimal: str, group: str,
                                           mark: tuple[str, str], negative_as: str) -> None:
    value = Decimal(cents).scaleb(-2)
    integer, frac = divmod(abs(cents), 100)
    sep = ("." if decimal == "," else ",") if group == "thousands" else group
    body = f"{_grouped(integer, sep)}{decimal}{frac:02d}"
    symbol, code = mark
    text = symbol + body if not symbol.startswith(" ") else body + symbol
    if cents < 0:
        text = {"-": "-" + text, "trailing": text + "-", "()": f"({text})", "−": "−" + text}[negative_as]
    got = parse_amount(text, decimal)
    assert got.value == value and got.currency == code


@settings(max_examples=200, deadline=None)
@given(cents=st.integers(min_value=1000, max_value=10**12))
def test_the_other_convention_is_refused_not_rewritten(cents: int) -> None:
    """1234567.89 read with a decimal comma must not become 123456789."""
    text = f"{Decimal(cents).scaleb(-2)}"
    with pytest.raises(ValueError, match=r"group digits by three|decimal separator"):
        parse_amount(text, ",")


@pytest.mark.parametrize(("raw", "decimal", "value", "currency"), [
    ("R$ 1.234,56", ",", "1234.56", "BRL"),
    ("$ 300.357,63", ",", "300357.63", ""),
    ("-1,500.00 USD", ".", "-1500.00", "USD"),
    ("1.234,56-", ",", "-1234.56", ""),
    ("(250,00)", ",", "-250.00", ""),
    ("R$-1.234,56", ",", "-1234.56", "BRL"),
    ("1 234 567,89 €", ",", "1234567.89", "EUR"),
    ("1.234,56", "", "1234.56", ""),
    ("-4337847.15", ".", "-4337847.15", ""),
])
def test_statement_forms(raw: str, decimal: str, value: str, currency: str) -> None:
    assert parse_amount(raw, decimal) == parse_amount(value, ".").__class__(Decimal(value), currency)


@pytest.mark.parametrize(("raw", "decimal"), [("1.234.567", ""), ("12 minutes", ","),
                                              ("R$ 5 USD", ","), ("1,5", ".")])
def test_not_one_amount(raw: str, decimal: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(raw, decimal)


@settings(max_examples=200, deadline=None)
@given(thousands=st.integers(min_value=1, max_value=999), rest=st.integers(min_value=0, max_value=999),
       sep=st.sampled_from([".", ","]), sign=st.sampled_from(["", "-"]))
def test_one_separator_before_three_digits_is_not_guessed(thousands: int, rest: int, sep: str, sign: str) -> None:
    """'1.500' beside '12.500,00' on a Spanish statement is 1500, not 1.5: without a chosen
    separator it is refused; with one it reads each way exactly."""
    raw = f"{sign}{thousands}{sep}{rest:03d}"
    with pytest.raises(ValueError, match="choose the decimal separator"):
        parse_amount(raw)
    whole = Decimal(f"{sign}{thousands}{rest:03d}")
    assert parse_amount(raw, "," if sep == "." else ".").value == whole
    assert parse_amount(raw, sep).value == whole.scaleb(-3)


@pytest.mark.parametrize(("raw", "value"), [("1.5", "1.5"), ("0.500", "0.500"), ("12,50", "12.50"),
                                            ("1500", "1500"), ("1.5000", "1.5000")])
def test_a_lone_separator_that_cannot_group_is_decimal(raw: str, value: str) -> None:
    assert parse_amount(raw).value == Decimal(value)
