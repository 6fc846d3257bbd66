"""Each RED value is listed with what it holds, so two values of one property are told apart."""

from __future__ import annotations

from casebench.domain.handling import TLP, Handling
from casebench.services import entities as es
from casebench.services import recipients
from casebench.store.case import Case


def test_red_values_carry_their_value_and_a_linked_entity_its_name(case: Case) -> None:
    red = es.Source(handling=Handling(tlp=TLP.RED, named_recipients=("Fiscalía Antidroga",)))
    ana = es.add_entity(case, es.EntityDraft("Person", [("name", "Ana Gomes")]))
    bruno = es.add_entity(case, es.EntityDraft("Person", [("name", "Bruno Diallo")]))
    meeting = es.add_entity(case, es.EntityDraft("Event", [("name", "Meeting in Praia")]))
    es.add_values(case, meeting, [("involved", ana), ("involved", bruno)], red)
    es.add_values(case, ana, [("nationality", "sn")], red)
    got = sorted((i.caption, i.prop, i.value) for i in recipients.red_items(case) if i.kind == "statement")
    assert got == [("Ana Gomes", "nationality", "sn"), ("Meeting in Praia", "involved", "Ana Gomes"),
                   ("Meeting in Praia", "involved", "Bruno Diallo")]
