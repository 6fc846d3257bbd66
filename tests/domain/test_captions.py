"""One rule names a relationship entity, whatever wrote it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from casebench.domain.captions import UNKNOWN_END, edge_caption
from casebench.domain.schema import get_schema

PAYMENT, CALL, OWNERSHIP = get_schema("Payment"), get_schema("Call"), get_schema("Ownership")


def test_ends_are_named_by_themselves_else_by_what_names_them() -> None:
    assert edge_caption(PAYMENT, [("payer", "Agencia Naviera"), ("beneficiary", "Sines Reefer")]) \
        == "Agencia Naviera paid Sines Reefer"
    # a bank statement records the accounts, not their holders
    assert edge_caption(PAYMENT, [("payerAccount.iban", "ES91"), ("beneficiaryAccount", "PT50")]) == "ES91 paid PT50"
    assert edge_caption(PAYMENT, [("payerAccount", "ES91"), ("payer", "Agencia")]) == "Agencia paid " + UNKNOWN_END
    assert edge_caption(PAYMENT, [("beneficiaryAccount", "ES91")]) == f"{UNKNOWN_END} paid ES91"  # cash paid in
    assert edge_caption(CALL, [("callerNumber", "+34612345678"), ("receiver", "Bruno")]) == "+34612345678 called Bruno"
    assert edge_caption(PAYMENT, [("purpose", "rent"), ("amount", "12")]) == ""  # no end named
    # a property that only starts like an end does not name it
    assert edge_caption(OWNERSHIP, [("ownershipType", "shares"), ("asset", "Morabeza")]) == f"{UNKNOWN_END} owns Morabeza"
    assert edge_caption(get_schema("Person"), [("name", "Ana")]) == ""


@given(st.text(min_size=1).filter(str.strip), st.text(min_size=1).filter(str.strip))
def test_an_ends_own_name_wins_over_what_else_names_it(holder: str, account: str) -> None:
    for order in ([("payerAccount", account), ("payer", holder)], [("payer", holder), ("payerAccount", account)]):
        assert edge_caption(PAYMENT, order).startswith(f"{holder} paid")
