"""Names for ids and the Links section of an entity (issue 13 item 1)."""

from __future__ import annotations

from casebench.services import entity_links as links
from casebench.services import evidence
from casebench.services.entities import EntityDraft, Source, add_entity, merge
from casebench.store.case import Case
from casebench.store.exhibits import ExhibitDraft


def _e(case: Case, schema: str, *values: tuple[str, str], source: Source | None = None) -> str:
    return add_entity(case, EntityDraft(schema, list(values)), source)


def _world(case: Case) -> dict[str, str]:
    ana = _e(case, "Person", ("name", "Ana Lopes"))
    bob = _e(case, "Person", ("name", "Bob Jallow"))
    carla = _e(case, "Person", ("name", "Carla Lopes"))
    firm = _e(case, "Company", ("name", "Pesca Azul Lda"))
    for _ in range(3):
        _e(case, "Call", ("caller", ana), ("receiver", bob), ("date", "2024-03-01"))
    _e(case, "Call", ("caller", bob), ("receiver", ana), ("date", "2024-03-02"))
    _e(case, "Call", ("caller", ana), ("receiver", carla))
    _e(case, "Call", ("caller", ana), ("receiverNumber", "+34 612 345 678"))
    _e(case, "Payment", ("payer", ana), ("beneficiary", bob), ("amount", "100"), ("currency", "EUR"))
    _e(case, "Payment", ("payer", ana), ("beneficiary", bob), ("amount", "50.5"), ("currency", "EUR"))
    _e(case, "Payment", ("payer", bob), ("beneficiary", ana), ("amount", "20"), ("currency", "EUR"))
    _e(case, "Family", ("person", ana), ("relative", carla), ("relationship", "sister"))
    _e(case, "Directorship", ("director", ana), ("organization", firm), ("role", "manager"))
    event = _e(case, "Event", ("name", "Meeting in Vigo"), ("involved", ana), ("involved", bob))
    return {"ana": ana, "bob": bob, "carla": carla, "firm": firm, "event": event}


def test_calls_and_payments_are_counted_per_counterpart_with_totals(case: Case) -> None:
    w = _world(case)
    result = links.links_of(case, w["ana"])
    calls = result.group("Call")
    assert calls is not None and calls.count == 6
    by_name = {c.name: c for c in calls.entries}
    assert by_name["Bob Jallow"].count == 4
    assert (by_name["Bob Jallow"].outgoing, by_name["Bob Jallow"].incoming) == (3, 1)
    assert by_name["Bob Jallow"].id == w["bob"]
    assert by_name["Carla Lopes"].count == 1
    number = by_name["+34612345678"]  # a call that names only the number
    assert number.id == "" and number.open_id  # opens the call itself
    assert calls.entries[0].name == "Bob Jallow"  # most calls first

    payments = result.group("Payment")
    assert payments is not None and payments.count == 3
    assert payments.paid_out == (("EUR", 150.5),)
    assert payments.paid_in == (("EUR", 20.0),)
    bob = payments.entries[0]
    assert (bob.name, bob.count, bob.paid_out, bob.paid_in) == ("Bob Jallow", 3, (("EUR", 150.5),),
                                                                (("EUR", 20.0),))

    family = result.group("Family")
    assert family is not None and family.entries[0].name == "Carla Lopes"
    assert family.entries[0].detail == "sister"
    companies = result.group("Directorship")
    assert companies is not None and companies.entries[0].id == w["firm"]
    mentions = result.group(links.MENTIONS)
    assert mentions is not None
    assert [(c.id, c.props) for c in mentions.entries] == [(w["event"], ("involved",))]


def test_a_relationship_page_lists_what_it_names(case: Case) -> None:
    w = _world(case)
    event = links.links_of(case, w["event"])
    refers = event.group(links.REFERS)
    assert refers is not None
    assert sorted(c.name for c in refers.entries) == ["Ana Lopes", "Bob Jallow"]
    assert all(c.props == ("involved",) for c in refers.entries)


def test_exhibits_linked_or_cited_are_listed(case: Case) -> None:
    xid = evidence.add_exhibit(case, ExhibitDraft("MA-EX-001", description="phone of Ana"))
    evidence.add_exhibit(case, ExhibitDraft("MA-EX-002", description="bank statement"))
    ana = _e(case, "Person", ("name", "Ana Lopes"))
    evidence.link_entity(case, xid, ana, "owner")
    _e(case, "Person", ("name", "Other"))
    bob = _e(case, "Person", ("name", "Bob"), source=Source(source_exhibit="MA-EX-002"))
    assert [(c.name, c.detail) for c in links.links_of(case, ana).group(links.EXHIBITS).entries] == [
        ("MA-EX-001", "owner; phone of Ana")]
    cited = links.links_of(case, bob).group(links.EXHIBITS)
    assert cited is not None and [c.name for c in cited.entries] == ["MA-EX-002"]


def test_names_answer_entities_merged_ids_and_exhibits_in_bulk(case: Case) -> None:
    ana = _e(case, "Person", ("name", "Ana Lopes"))
    twin = _e(case, "Person", ("name", "Ana Lopes da Silva"))
    merge(case, twin, ana, "same passport")
    xid = evidence.add_exhibit(case, ExhibitDraft("MA-EX-009"))
    got = links.names(case, [ana, twin, xid, case.case_id, "not-an-id"])
    assert got[ana] == links.Named(ana, "Person", "Ana Lopes")
    assert got[twin].id == ana  # an old reference leads to the entity it was merged into
    assert got[xid] == links.Named(xid, links.EXHIBIT, "MA-EX-009")
    assert got[case.case_id] == links.Named("", links.CASE, "Operation Mar Azul")  # nothing to open
    assert "not-an-id" not in got


def test_merged_links_follow_the_merge(case: Case) -> None:
    w = _world(case)
    twin = _e(case, "Person", ("name", "B. Jallow"))
    _e(case, "Call", ("caller", twin), ("receiver", w["ana"]))
    merge(case, twin, w["bob"], "same phone")
    calls = links.links_of(case, w["ana"]).group("Call")
    assert calls is not None
    assert {c.name: c.count for c in calls.entries}["Bob Jallow"] == 5


def test_the_incoming_lookup_uses_the_property_value_index(case: Case) -> None:
    props = links.entity_props()
    plan = case.conn.execute(
        "EXPLAIN QUERY PLAN SELECT entity_id, prop, value FROM statements INDEXED BY statements_prop_value"
        f" WHERE prop IN ({','.join('?' * len(props))}) AND value IN (?) AND retracted = 0",
        [*props, "x"]).fetchall()
    text = " ".join(str(r[-1]) for r in plan)
    assert "statements_prop_value" in text and "SCAN statements" not in text


def test_the_merge_preview_shows_names_for_entity_values(case: Case) -> None:
    ana = _e(case, "Person", ("name", "Ana Lopes"))
    a = _e(case, "Vessel", ("name", "Mar Azul"), ("imoNumber", "9074729"), ("owner", ana))
    b = _e(case, "Vessel", ("name", "Sea Blue"), ("imoNumber", "9074729"), ("owner", ana))
    preview = links.merge_preview(case, a, b)
    rows = {prop: (lv, rv) for prop, lv, rv in preview.rows}
    assert rows["owner"] == (["Ana Lopes"], ["Ana Lopes"])
    assert "owner" in preview.shared and "imoNumber" in preview.shared


READER_ORDER = ["álvaro Gómez", "Émile Durand", "João Silva", "José Silva", "Zoe Mendes"]  # as a reader looks


def test_counterparts_and_an_exhibit_s_entities_are_listed_in_name_order(case: Case) -> None:
    """Not by code point: "José" before "João", "álvaro" and "Émile" after "Z"."""
    hub = _e(case, "Person", ("name", "Hub"))
    xid = evidence.add_exhibit(case, ExhibitDraft("MA-EX-001"))
    for name in reversed(READER_ORDER):
        other = _e(case, "Person", ("name", name))
        _e(case, "Call", ("caller", hub), ("receiver", other), ("date", "2024-03-01"))
        evidence.link_entity(case, xid, other, "owner")
    calls = links.links_of(case, hub).group("Call")
    assert calls is not None and [c.name for c in calls.entries] == READER_ORDER
    assert [link.caption for link in evidence.get_exhibit(case, "MA-EX-001").links] == READER_ORDER


def test_the_links_table_has_one_row_per_call_and_payment_with_direction_date_and_amount(case: Case) -> None:
    w = _world(case)
    result = links.links_of(case, w["ana"])
    rows = result.rows
    calls = [r for r in rows if r.kind == "Call"]
    assert len(calls) == 6 == result.group("Call").count  # each call, not each counterpart
    bob_calls = [(r.direction, r.date) for r in calls if r.other_id == w["bob"]]
    # a counterpart's links together, by date; the direction is this entity's side
    assert bob_calls == [(links.OUT, "2024-03-01")] * 3 + [(links.IN, "2024-03-02")]
    number = next(r for r in calls if r.other_id == "")
    assert number.other_name == "+34612345678" and number.open_id == number.via != ""  # opens the call
    payments = [(r.direction, r.amount, r.currency, r.other_name) for r in rows if r.kind == "Payment"]
    assert sorted(payments) == [(links.IN, "20", "EUR", "Bob Jallow"), (links.OUT, "100", "EUR", "Bob Jallow"),
                                (links.OUT, "50.5", "EUR", "Bob Jallow")]
    family = next(r for r in rows if r.kind == "Family")
    assert (family.other_name, family.direction, family.detail) == ("Carla Lopes", links.UNDIRECTED, "sister")
    named_by = next(r for r in rows if r.kind == links.MENTIONS)
    assert (named_by.other_id, named_by.props) == (w["event"], ("involved",))
    # the rows follow the groups' order: calls, payments, family, directorship, named by
    kinds = list(dict.fromkeys(r.kind for r in rows))
    assert kinds == [g.kind for g in result.groups]


def test_an_event_naming_the_entity_gives_its_date_and_an_exhibit_its_role(case: Case) -> None:
    ana = _e(case, "Person", ("name", "Ana Lopes"))
    event = _e(case, "Event", ("name", "Meeting in Vigo"), ("involved", ana), ("date", "2024-03-05"))
    xid = evidence.add_exhibit(case, ExhibitDraft("MA-EX-001", description="phone of Ana"))
    evidence.link_entity(case, xid, ana, "owner")
    rows = {r.kind: r for r in links.links_of(case, ana).rows}
    assert (rows[links.MENTIONS].other_id, rows[links.MENTIONS].date) == (event, "2024-03-05")
    assert (rows[links.EXHIBITS].open_id, rows[links.EXHIBITS].detail) == (xid, "owner; phone of Ana")
    names = links.links_of(case, event).rows
    assert [(r.kind, r.other_id, r.props) for r in names] == [(links.REFERS, ana, ("involved",))]
