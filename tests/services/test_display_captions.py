"""The window's captions and actor strings come from the pack's vocabulary and the stored
English text, which never changes (decision 57)."""

from __future__ import annotations

import pytest

from casebench.reports import vocab
from casebench.services import display
from casebench.services import entities as es
from casebench.services import identity as identity_svc


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Ana Gomes paid Carla Mendes"), ("es", "Ana Gomes pagó a Carla Mendes"),
    ("pt", "Ana Gomes pagou a Carla Mendes"), ("fr", "Ana Gomes a payé Carla Mendes"),
])
def test_a_payment_caption_reads_with_the_packs_verb(lang: str, expected: str) -> None:
    assert display.caption_text("Payment", "Ana Gomes paid Carla Mendes", lang) == expected
    assert vocab.edge_label(lang, "Payment", "paid") in expected  # the pack's table, not a second one


def test_kind_labels_typed_captions_and_other_entities_stay_case_data() -> None:
    assert display.caption_text("Payment", "Payment", "es") == vocab.schema_label("es", "Payment", "Payment")
    assert display.caption_text("Call", "+34612345678 called …", "pt") == "+34612345678 ligou para …"
    typed = frozenset({"a1"})
    assert display.caption_text("Associate", "business associate of Jones", "es", entity_id="a1",
                                typed=typed) == "business associate of Jones"
    assert display.caption_text("Associate", "Ana associate Carla", "es", entity_id="a2",
                                typed=typed) == "Ana asociado a Carla"
    assert display.caption_text("Person", "Ana paid Carla", "es") == "Ana paid Carla"  # a name
    assert display.caption_text("Note", "Ana called Carla", "es") == "Ana called Carla"


def test_typed_captions_lists_relationships_named_by_a_role_merged_ids_too(case) -> None:
    ana = es.add_entity(case, es.EntityDraft("Person", [("name", "Ana Gomes")]))
    carla = es.add_entity(case, es.EntityDraft("Person", [("name", "Carla Mendes")]))
    typed = es.add_entity(case, es.EntityDraft("Associate", [("person", ana), ("associate", carla),
                                                             ("relationship", "business associate of Jones")]))
    composed = es.add_entity(case, es.EntityDraft("Associate", [("person", carla), ("associate", ana)]))
    role = es.add_entity(case, es.EntityDraft("Ownership", [("owner", ana), ("asset", carla), ("role", "nominee")]))
    pay = es.add_entity(case, es.EntityDraft("Payment", [("payer", ana), ("beneficiary", carla)]))
    found = display.typed_captions(case)
    assert {typed, role} <= found and not {composed, pay, ana, carla} & found
    es.merge(case, typed, composed)  # the merged relationship is named by the role it now holds
    assert es.get(case, composed).caption == "business associate of Jones"
    assert composed in display.typed_captions(case)
    assert es.get(case, pay).caption == "Ana Gomes paid Carla Mendes"  # stored as before


def test_an_actor_string_is_read_back_into_its_parts() -> None:
    text = identity_svc.ACTOR_FORMAT.format(who="Ana Ruiz (UDYCO Madrid)", key="3F2A 91C0", login="aruiz")
    assert text == "Ana Ruiz (UDYCO Madrid) · key 3F2A 91C0 · login aruiz"
    assert identity_svc.actor_parts(text) == ("Ana Ruiz (UDYCO Madrid)", "3F2A 91C0", "aruiz")
    for other in ("aruiz", "tester", "Ana · key words · login x", "a key to the login"):
        assert identity_svc.actor_parts(other) is None
