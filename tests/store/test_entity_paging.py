"""Pages of the entity list read from a neighbouring row or from the nearer end are the
same rows, in the same order, as reading the list from its start."""

from __future__ import annotations

import pytest

from casebench.domain.handling import TLP, Handling
from casebench.services.bulk import add_entities
from casebench.services.entities import (
    EntityDraft,
    Source,
    add_entity,
    count_entities,
    entity_page,
    list_entities,
)
from casebench.store.case import Case

ORDERS = [("caption", False), ("caption", True), ("schema", False), ("tlp", True), ("created", False)]


@pytest.fixture
def listed(case: Case) -> Case:
    # equal names in several cases of letters (ties broken by id), two kinds, two TLPs
    names = ["ana", "Ana", "ANA", "bruno", "Carla", "carla", "Émile", "zoe", "Zoé", "ana"]
    add_entities(case, (EntityDraft("Person", [("name", f"{names[i % len(names)]} {i // 20}")])
                        for i in range(37)), total=37)
    add_entities(case, (EntityDraft("Company", [("name", names[i % len(names)])]) for i in range(16)),
                 total=16, source=Source(handling=Handling(tlp=TLP.RED)))
    return case


@pytest.mark.parametrize(("order", "descending"), ORDERS)
def test_every_page_from_either_end_or_a_neighbour_is_the_same(listed: Case, order: str,
                                                                descending: bool) -> None:
    case, size = listed, 10
    total = count_entities(case)
    assert total == 53
    whole = list_entities(case, order=order, descending=descending)
    pages = [whole[i:i + size] for i in range(0, total, size)]
    for n, expected in enumerate(pages):
        offset = n * size
        assert entity_page(case, offset, size, total, order=order, descending=descending) == expected
        if n:  # the row before the page
            assert entity_page(case, offset, size, total, after=pages[n - 1][-1], order=order,
                               descending=descending) == expected
        if n + 1 < len(pages):  # the row after it
            assert entity_page(case, offset, size, total, before=pages[n + 1][0], order=order,
                               descending=descending) == expected


def test_a_filtered_list_pages_alike(listed: Case) -> None:
    total = count_entities(listed, schema="Company")
    whole = list_entities(listed, schema="Company")
    assert entity_page(listed, 10, 10, total, schema="Company") == whole[10:]
    assert entity_page(listed, 10, 10, total, after=whole[9], schema="Company") == whole[10:]


def test_names_are_listed_in_the_alphabets_order_whatever_their_accents(case: Case) -> None:
    # COLLATE NOCASE folded only A-Z: Álvaro and Óscar came after Zoe, José before João
    names = ["Zoe Martin", "Óscar Pérez", "José Luis García", "João Pedro Santos", "álvaro ruiz",
             "Íñigo Etxeberria", "Ana Costa", "N'Diaye Amadou", "Ndiaye Fatou", "Émile Durand"]
    add_entities(case, (EntityDraft("Person", [("name", n)]) for n in names), total=len(names))
    listed = [e.caption for e in list_entities(case, schema="Person")]
    assert listed == ["álvaro ruiz", "Ana Costa", "Émile Durand", "Íñigo Etxeberria", "João Pedro Santos",
                      "José Luis García", "N'Diaye Amadou", "Ndiaye Fatou", "Óscar Pérez", "Zoe Martin"]
    assert [e.caption for e in list_entities(case, schema="Person", descending=True)] == listed[::-1]
    total = count_entities(case, schema="Person")
    assert entity_page(case, 5, 5, total, schema="Person", after=list_entities(case, schema="Person")[4]) \
        == list_entities(case, schema="Person")[5:]


@pytest.mark.parametrize("schema", [None, "Person"])
def test_a_page_after_a_row_is_read_from_the_name_index(listed: Case, schema: str | None) -> None:
    from casebench.store import entities as store

    anchor = list_entities(listed, schema=schema)[3]
    where, args = store._list_filter(schema, None, None, None, None)
    key = store._order_key(anchor, "caption")
    plan = " ".join(str(r) for r in listed.conn.execute(
        "EXPLAIN QUERY PLAN SELECT e.id FROM entities e" + where
        + " AND (e.caption_fold, e.caption, e.id) > (?, ?, ?)"
        " ORDER BY e.caption_fold, e.caption, e.id LIMIT 10", [*args, *key, anchor.id]))
    assert "entities_name_order" in plan or "entities_schema_name_order" in plan, plan
    assert "TEMP B-TREE" not in plan, plan  # read in order, not sorted


@pytest.fixture
def requests(case: Case) -> tuple[Case, dict[str, str]]:
    """Requests with a status and a sent date, some without, some sharing one; one whose
    status was updated (the newest value counts) and one whose date was retracted."""
    from casebench.services.entities import add_entity, add_values, get, retract

    statuses = ["open", "answered", "pending", "", "open", "signed", "answered"]
    dates = ["2024-03-01", "2024-01-25", "", "2024-02-27", "2024-03-01", "2024-04-22", "2023-12-31"]
    ids = {}
    for i in range(21):
        values = [("reference", f"REQ-{i:02d}")]
        if statuses[i % 7]:
            values.append(("status", statuses[i % 7]))
        if dates[i % 5]:
            values.append(("sentDate", dates[i % 5]))
        ids[f"REQ-{i:02d}"] = add_entity(case, EntityDraft("Request", values))
    add_values(case, ids["REQ-00"], [("status", "answered")])  # open, then answered
    sent = next(s for s in get(case, ids["REQ-01"]).statements if s.prop == "sentDate")
    retract(case, sent.id, "typed for the wrong request")
    return case, ids


def test_a_list_carries_the_newest_live_value_of_its_columns(requests) -> None:
    case, _ids = requests
    rows = {r.caption: r for r in list_entities(case, schema="Request", columns=("status", "sentDate"))}
    assert rows["REQ-00"].value("status") == "answered" and rows["REQ-00"].value("sentDate") == "2024-03-01"
    assert rows["REQ-01"].value("sentDate") == "" and rows["REQ-03"].value("status") == ""
    assert list_entities(case, schema="Request")[0].values == ()  # only what is asked for is read


@pytest.mark.parametrize(("order", "descending"), [("prop:sentDate", False), ("prop:sentDate", True),
                                                    ("prop:status", False), ("prop:status", True)])
def test_a_list_sorted_by_a_property_pages_alike(requests, order: str, descending: bool) -> None:
    case, _ids = requests
    columns = ("status", "sentDate")
    whole = list_entities(case, schema="Request", order=order, descending=descending, columns=columns)
    prop = order.removeprefix("prop:")
    keys = [r.value(prop) for r in whole]
    assert keys == sorted(keys, reverse=descending) and "" in keys
    total, size = len(whole), 4
    pages = [whole[i:i + size] for i in range(0, total, size)]
    for n, expected in enumerate(pages):
        offset = n * size
        kw = {"schema": "Request", "order": order, "descending": descending, "columns": columns}
        assert entity_page(case, offset, size, total, **kw) == expected
        if n:
            assert entity_page(case, offset, size, total, after=pages[n - 1][-1], **kw) == expected
        if n + 1 < len(pages):
            assert entity_page(case, offset, size, total, before=pages[n + 1][0], **kw) == expected


def test_only_a_property_name_reaches_the_sql(case: Case) -> None:
    with pytest.raises(ValueError):
        list_entities(case, order="prop:status' OR 1=1 --")
    with pytest.raises(ValueError):
        list_entities(case, columns=("x) FROM entities; --",))


@pytest.fixture
def payments(case: Case) -> tuple[Case, dict[str, str]]:
    people = {n: add_entity(case, EntityDraft("Person", [("name", n)])) for n in ("Ana Gomes", "Carla Mendes")}
    amounts = ["2300.50", "950", "", "12000", "950", "0.5", "-20", "1000"]
    for i, amount in enumerate(amounts):
        values = [("payer", people["Ana Gomes"]), ("beneficiary", people["Carla Mendes"]), ("currency", "EUR")]
        values += [("amount", amount)] if amount else []
        values += [("date", f"2024-03-{i + 1:02d}")] if i % 2 else [("startDate", f"2023-01-{i + 1:02d}")]
        add_entity(case, EntityDraft("Payment", values))
    return case, people


@pytest.mark.parametrize("descending", [False, True])
def test_a_list_sorted_by_a_number_pages_alike(payments, descending: bool) -> None:
    """Order "num:amount": 950 before 12000 (not as text), amount-less rows first ascending;
    every page from either end or a neighbour is the same rows."""
    case, _people = payments
    columns = ("amount", "date|startDate")
    kw = {"schema": "Payment", "order": "num:amount", "descending": descending, "columns": columns}
    whole = list_entities(case, **kw)  # type: ignore[arg-type]
    shown = [r.value("amount") for r in whole]
    expected = ["", "-20", "0.5", "950", "950", "1000", "2300.50", "12000"]
    assert shown == (expected[::-1] if descending else expected)
    total, size = len(whole), 3
    pages = [whole[i:i + size] for i in range(0, total, size)]
    for n, page in enumerate(pages):
        offset = n * size
        assert entity_page(case, offset, size, total, **kw) == page  # type: ignore[arg-type]
        if n:
            assert entity_page(case, offset, size, total, after=pages[n - 1][-1], **kw) == page  # type: ignore[arg-type]
        if n + 1 < len(pages):
            assert entity_page(case, offset, size, total, before=pages[n + 1][0], **kw) == page  # type: ignore[arg-type]


@pytest.mark.parametrize("descending", [False, True])
def test_a_list_sorted_by_a_date_is_in_time_order_and_pages_alike(case: Case, descending: bool) -> None:
    """Order "time:date": calls recorded on different clocks in the order they happened (UTC),
    not in the order of their text ("10:05+01:00" is 09:05 UTC, before "09:30Z"); a date-less
    row first ascending; every page from either end or a neighbour is the same rows."""
    people = [add_entity(case, EntityDraft("Person", [("name", n)])) for n in ("Ana Gomes", "Carla Mendes")]
    recorded = ["2024-03-01T10:05:00+01:00", "2024-03-01T09:30:00Z", "2024-03-01T06:40:00-03:00",
                "2024-03-01T09:50:00", "", "2024-02-29", "2024-03-01T23:30-02:00"]
    for when in recorded:
        values = [("caller", people[0]), ("receiver", people[1])] + ([("date", when)] if when else [])
        add_entity(case, EntityDraft("Call", values))
    kw = {"schema": "Call", "order": "time:date", "descending": descending, "columns": ("date",)}
    whole = list_entities(case, **kw)  # type: ignore[arg-type]
    expected = ["", "2024-02-29", "2024-03-01T10:05:00+01:00", "2024-03-01T09:30:00Z", "2024-03-01T06:40:00-03:00",
                "2024-03-01T09:50:00", "2024-03-01T23:30-02:00"]
    assert [r.value("date") for r in whole] == (expected[::-1] if descending else expected)
    total, size = len(whole), 2
    pages = [whole[i:i + size] for i in range(0, total, size)]
    for n, page in enumerate(pages):
        offset = n * size
        assert entity_page(case, offset, size, total, **kw) == page  # type: ignore[arg-type]
        if n:
            assert entity_page(case, offset, size, total, after=pages[n - 1][-1], **kw) == page  # type: ignore[arg-type]
        if n + 1 < len(pages):
            assert entity_page(case, offset, size, total, before=pages[n + 1][0], **kw) == page  # type: ignore[arg-type]


def test_a_column_of_alternatives_and_the_names_of_the_ends(payments) -> None:
    case, people = payments
    rows = list_entities(case, schema="Payment", columns=("payer|caller", "beneficiary", "date|startDate"),
                         named=("payer|caller", "beneficiary"))
    assert {r.value("date|startDate")[:7] for r in rows} == {"2024-03", "2023-01"}  # either, whichever it has
    assert all(r.value("payer|caller") == people["Ana Gomes"] for r in rows)
    assert rows[0].names == ((people["Ana Gomes"], "Person", "Ana Gomes"),
                             (people["Carla Mendes"], "Person", "Carla Mendes"))
    assert list_entities(case, schema="Payment", columns=("amount",))[0].names == ()  # only when asked
    with pytest.raises(ValueError):
        list_entities(case, order="num:amount|x' --")


def test_a_column_is_read_through_the_entity_index(payments) -> None:
    """A property column is read per row by (entity_id, prop), never by walking every
    statement of that property (200 s for a page of 200,000 payments)."""
    from casebench.store import entities as repo

    case, _people = payments
    where, args = repo._list_filter("Payment", None, None, None, None)
    sql = f"SELECT {repo._prop_value('amount')} FROM entities e{where}"
    plan = " ".join(str(r[3]) for r in case.conn.execute("EXPLAIN QUERY PLAN " + sql, args))
    assert "statements_entity" in plan and "statements_prop_value" not in plan, plan
