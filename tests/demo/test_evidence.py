"""The demo exhibits: content, custody and links, from exhibits.json and documents.json."""

from __future__ import annotations

from casebench.demo.evidence import add_demo_exhibits
from casebench.services import evidence
from casebench.services.entities import EntityDraft, add_entity
from casebench.services.progress import never_cancelled, no_progress
from casebench.services.verify import verify_case
from casebench.store.case import Case


def test_demo_exhibits(case: Case) -> None:
    pid = add_entity(case, EntityDraft("Person", [("name", "Ramón Romero Delgado")]))
    add_demo_exhibits(
        case, {"person:romero-delgado": pid}, progress=no_progress, cancelled=never_cancelled
    )
    rows = evidence.list_exhibits(case)
    assert len(rows) >= 12
    phone = evidence.get_exhibit(case, "MA-EX-008")
    assert phone.files >= 200
    photos = evidence.content_files(case, "MA-EX-002")
    assert photos and all(f.media_type == "image/jpeg" for f in photos)
    assert evidence.content_files(case, "MA-EX-005")[0].media_type == "application/pdf"
    countries = {e.country for e in evidence.custody_events(case, "MA-EX-003")}
    assert {"es", "pt"} <= countries
    assert any(link.entity_id == pid for link in evidence.get_exhibit(case, "MA-EX-006").links)
    assert verify_case(case).ok
