"""Round trip details: link captions name their ends, tags travel, the import custody event is complete."""

from __future__ import annotations

from pathlib import Path

from tests.exchange.conftest import Bench
from tests.exchange.test_custody_graph import _exhibit, _send
from tests.exchange.test_roundtrip import LEGAL, do_import, export

from casebench.services import evidence
from casebench.services.bundles import Selection
from casebench.services.entities import EntityDraft, add_entity, get
from casebench.store import entities as repo


def test_links_are_captioned_with_their_ends_and_tags_travel(pair: tuple[Bench, Bench], tmp_path: Path) -> None:
    a, b = pair
    y = add_entity(a.case, EntityDraft("Company", [("name", "Frio Atlantico SL")]))
    links = []
    for i in range(8):  # several, so an unlucky refresh order cannot pass by chance
        x = add_entity(a.case, EntityDraft("Person", [("name", f"Kwame Asante {i}")]))
        links.append(add_entity(a.case, EntityDraft("Ownership", [("owner", x), ("asset", y)])))
    repo.add_tag(a.case, x, "skipper")
    captions = [get(a.case, link).caption for link in links]
    assert all("Kwame Asante" in c for c in captions)
    do_import(b, export(a, b, tmp_path / "a.cbx", Selection(entity_ids=links, neighbours=True)).paths[0])
    assert [get(b.case, link).caption for link in links] == captions
    assert get(b.case, x).tags == ["skipper"]


def test_import_custody_event_names_receiving_agency_and_legal_basis(pair: tuple[Bench, Bench],
                                                                     tmp_path: Path) -> None:
    a, b = pair
    ref = _exhibit(a, tmp_path)
    do_import(b, _send(a, b, tmp_path / "a.cbx", ref))
    ev = evidence.custody_events(b.case, ref)[-1]
    assert ev.event == "import"
    assert ev.to_org == "Policia Judiciaria"
    assert ev.authority == f"{LEGAL.kind} {LEGAL.reference}"
