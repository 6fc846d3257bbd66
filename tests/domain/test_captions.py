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


def _caption_as_first_written(schema, named):  # type: ignore[no-untyped-def]
    """The rule as it was first written (scanning the values per end): the reference the
    namer, which decides per property once, must agree with."""
    from casebench.domain.captions import _names_an_end

    if not schema.edge:
        return ""
    pairs = [(p, text) for p, text in named if text]
    ends = []
    for side in schema.edge:
        own = next((text for p, text in pairs if p == side), "")
        ends.append(own or next((text for p, text in pairs
                                 if p.startswith(side) and _names_an_end(schema, p)), ""))
    if not any(ends):
        return ""
    return f" {schema.edge_label} ".join(end or UNKNOWN_END for end in ends)


_PATHS = sorted({p for s in (PAYMENT, CALL, OWNERSHIP) for p in s.properties}
                | {"payerAccount.iban", "beneficiaryAccount.iban", "callerX", "owner.name"})


@given(st.sampled_from([PAYMENT, CALL, OWNERSHIP, get_schema("Person")]),
       st.lists(st.tuples(st.sampled_from(_PATHS), st.sampled_from(["", "Ana", "+34612345678", "ES91"])),
                max_size=8))
def test_the_namer_names_as_the_rule_was_first_written(schema, named) -> None:  # type: ignore[no-untyped-def]
    assert edge_caption(schema, named) == _caption_as_first_written(schema, named)
    assert edge_caption(schema, named) == edge_caption(schema, named)  # the decisions kept agree


def test_a_stored_caption_takes_another_verb_between_the_same_ends() -> None:
    """The window shows a stored caption in its language by the same rule (`compose`)."""
    from casebench.domain.captions import compose, relabel

    stored = edge_caption(PAYMENT, [("payer", "Ana Gomes"), ("beneficiary", "Carla Mendes")])
    assert relabel(PAYMENT, stored, "pagó a") == "Ana Gomes pagó a Carla Mendes"
    assert relabel(PAYMENT, f"{UNKNOWN_END} paid ES91", "a payé") == f"{UNKNOWN_END} a payé ES91"
    assert compose(PAYMENT, ["Ana", ""]) == f"Ana paid {UNKNOWN_END}"
    # the second end's name may hold the verb; text that is no composed caption stays as it is
    assert relabel(PAYMENT, "Ana paid Unpaid paid Ltd", "pagó a") == "Ana pagó a Unpaid paid Ltd"
    for other in ("Payment", "paid", " paid Ana", "Ana paid ", "rent"):
        assert relabel(PAYMENT, other, "pagó a") == other
    assert relabel(get_schema("Person"), "Ana paid Carla", "pagó a") == "Ana paid Carla"


@given(st.text(min_size=1).filter(lambda t: t.strip() and " paid " not in t and not t.endswith(" paid")),
       st.text(min_size=1).filter(str.strip))
def test_relabelling_gives_back_the_ends_as_they_were(payer: str, beneficiary: str) -> None:
    from casebench.domain.captions import relabel

    stored = edge_caption(PAYMENT, [("payer", payer), ("beneficiary", beneficiary)])
    assert relabel(PAYMENT, stored, "pagó a") == f"{payer} pagó a {beneficiary}"
    assert relabel(PAYMENT, stored, "paid") == stored
