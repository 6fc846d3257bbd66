"""Debit and credit marks after an amount, as Brazilian (``1.234,56 D``) and British
(``123.45 CR``) statements write the direction."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebench.domain.amounts import parse_amount


@pytest.mark.parametrize(("raw", "decimal", "value", "currency"), [
    ("1.234,56 D", ",", "-1234.56", ""), ("1.234,56 C", ",", "1234.56", ""),
    ("1.234,56D", ",", "-1234.56", ""), ("R$ 1.234,56 D", ",", "-1234.56", "BRL"),
    ("1,234.56 CR", ".", "1234.56", ""), ("1,234.56 DR", ".", "-1234.56", ""),
    ("£1,234.56 Dr", ".", "-1234.56", "GBP"), ("12.50 Cr.", ".", "12.50", ""), ("12.50 DB", ".", "-12.50", ""),
    ("1.234,56 USD", ",", "1234.56", "USD"),  # a currency ending in D is no debit mark
    ("1.234,56 CAD", ",", "1234.56", "CAD"),
])
def test_a_mark_after_the_digits_gives_the_direction(raw: str, decimal: str, value: str, currency: str) -> None:
    amount = parse_amount(raw, decimal)
    assert (amount.value, amount.currency) == (Decimal(value), currency)


@pytest.mark.parametrize("raw", ["-1.234,56 D", "-1.234,56 C", "(1.234,56) C", "1.234,56- D", "D", "CR"])
def test_a_mark_and_a_sign_together_are_refused(raw: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_amount(raw, ",")
    assert getattr(caught.value, "code", "") == "amount.unreadable"


@settings(max_examples=200, deadline=None)
@given(value=st.decimals(min_value=0, max_value=10**12, places=2), mark=st.sampled_from(["D", "C", "DR", "CR", "Db", "cr"]),
       comma=st.booleans(), space=st.sampled_from(["", " ", "\u00a0"]))
def test_any_marked_amount_reads_as_its_signed_value(value: Decimal, mark: str, comma: bool, space: str) -> None:
    text = f"{value:,.2f}"
    if comma:
        text = text.replace(",", "_").replace(".", ",").replace("_", ".")
    amount = parse_amount(text + space + mark, "," if comma else ".")
    assert amount.value == (-value if mark.upper().startswith("D") else value)
