"""A relationship list sorts by its ends' names and by the kind in the order a window names
the kinds (helper listui); the row of any entity in a sorted list is found without reading
the rows before it, and pages read from a neighbouring row are those of the whole list."""

from __future__ import annotations

import pytest

from casebench.services.entities import (
    KIND_ORDER,
    NAME_ORDER,
    EntityDraft,
    add_entity,
    count_entities,
    entity_page,
    entity_row,
    list_entities,
    merge,
)
from casebench.store.case import Case

KINDS = ("Call", "Family", "Payment")
FROM = NAME_ORDER + "caller|payer|person,payerAccount,callerNumber"
TO = NAME_ORDER + "receiver|beneficiary|relative,beneficiaryAccount,receiverNumber"


@pytest.fixture
def links(case: Case) -> Case:
    def add(schema: str, *values: tuple[str, str]) -> str:
        return add_entity(case, EntityDraft(schema, list(values)))

    p = {n: add("Person", ("name", n)) for n in ("Zoe", "ana", "Émile", "Bruno", "Bruno twin")}
    account = add("BankAccount", ("iban", "ES9121000418450200051332"))
    add("Payment", ("payer", p["Zoe"]), ("beneficiary", p["ana"]), ("amount", "5"))
    add("Payment", ("payerAccount", account), ("beneficiary", p["Émile"]), ("amount", "7"))  # no payer entity
    add("Call", ("callerNumber", "+34600000000"), ("receiver", p["Bruno twin"]))  # a number only
    add("Call", ("caller", p["Émile"]), ("receiver", p["Zoe"]))
    add("Family", ("person", p["Bruno"]), ("relative", p["ana"]))
    merge(case, p["Bruno twin"], p["Bruno"], "same man")  # the call's receiver is named Bruno now
    return case


def _kinds(case: Case, order: str, descending: bool = False) -> list[str]:
    return [r.schema for r in list_entities(case, schema=list(KINDS), order=order, descending=descending)]


def test_the_ends_sort_by_the_names_they_are_shown_by(links: Case) -> None:
    rows = list_entities(links, schema=list(KINDS), order=FROM)
    # the number first, then names folded (ana, Bruno, Émile as "emile", the IBAN's account
    # named by its caption, Zoe)
    froms = [r.caption for r in rows]
    assert froms[0].startswith("+34600000000")
    assert [c.split(" ")[0] for c in froms[1:]] == ["Bruno", "Émile", "ES9121000418450200051332", "Zoe"]
    tos = [r.caption.rsplit(" ", 1)[-1] for r in list_entities(links, schema=list(KINDS), order=TO)]
    # the merged-away receiver sorts as Bruno, beside the other ends named ana, Émile, Zoe
    assert tos[:2] == ["ana", "ana"]
    assert [r.caption for r in list_entities(links, schema=list(KINDS), order=TO, descending=True)][::-1] == \
        [r.caption for r in list_entities(links, schema=list(KINDS), order=TO)]


def test_kinds_sort_in_the_order_given(links: Case) -> None:
    # as a Spanish window names them: Familia, Llamada, Pago
    assert _kinds(links, KIND_ORDER + "Family|Call|Payment") == ["Family", "Call", "Call", "Payment", "Payment"]
    assert _kinds(links, KIND_ORDER + "Payment|Call|Family") == ["Payment", "Payment", "Call", "Call", "Family"]
    with pytest.raises(ValueError):
        list_entities(links, order=KIND_ORDER + "Call' OR 1=1 --")
    with pytest.raises(ValueError):
        list_entities(links, order=NAME_ORDER + "caller) --")


@pytest.mark.parametrize("order", [FROM, TO, KIND_ORDER + "Payment|Family|Call", "caption", "schema"])
@pytest.mark.parametrize("descending", [False, True])
def test_pages_and_rows_match_the_whole_list(links: Case, order: str, descending: bool) -> None:
    kw = {"schema": list(KINDS), "order": order, "descending": descending}
    whole = list_entities(links, **kw)
    total = count_entities(links, schema=list(KINDS))
    assert len(whole) == total == 5
    for n, row in enumerate(whole):
        assert entity_row(links, row.id, **kw) == n
        if n:
            assert entity_page(links, n, 2, total, after=whole[n - 1], **kw) == whole[n:n + 2]
        if n + 2 < total:
            assert entity_page(links, n, 2, total, before=whole[n + 2], **kw) == whole[n:n + 2]
    assert entity_row(links, "no-such-id", **kw) is None
