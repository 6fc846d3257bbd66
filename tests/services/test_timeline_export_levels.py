"""A printed timeline carries only what may leave, at the level of what is printed.

The same handling decision as the chart export and the pack (decision 49): an item whose
entity or date may not leave is left out, an item is named by its first name that may
leave (else its kind), lanes per entity too; the sheet is marked with the highest level
printed. Texts are read from the SVG with an XML parser.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from casebench.domain.handling import TLP, Handling
from casebench.services import charts
from casebench.services.entities import EntityDraft, Source, add_entity, add_values
from casebench.store.case import Case

AMBER = Source(handling=Handling(tlp=TLP.AMBER))
RED = Source(handling=Handling(tlp=TLP.RED))
NODIS = Source(handling=Handling(tlp=TLP.GREEN, codes=("NODIS",)))


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    return "\n".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))


def event(case: Case, name: str, day: int, source: Source = AMBER, tlp: TLP = TLP.AMBER) -> str:
    return add_entity(case, EntityDraft("Event", [("name", name), ("date", f"2024-03-0{day}")],
                                        handling=Handling(tlp=tlp)), source)


def record(case: Case) -> dict[str, object]:
    [(details,)] = case.conn.execute(
        "SELECT details FROM audit WHERE action = 'timeline exported' ORDER BY seq DESC LIMIT 1").fetchall()
    out: dict[str, object] = json.loads(details)
    return out


def leaky_case(case: Case) -> dict[str, str]:
    ids = {"kept": event(case, "Meeting at the port", 1)}
    ids["red"] = event(case, "Raid planned Zulu", 2, RED, TLP.RED)
    ids["nodis"] = event(case, "Informant handover", 3, NODIS, TLP.GREEN)
    ids["renamed"] = add_entity(case, EntityDraft("Event", [("name", "Operation Nightjar")],
                                                  handling=Handling(tlp=TLP.AMBER)), RED)
    add_values(case, ids["renamed"], [("date", "2024-03-04")], AMBER)
    return ids


def test_an_amber_timeline_export_leaves_red_and_no_dissemination_texts_home(
        case: Case, tmp_path: Path) -> None:
    ids = leaky_case(case)
    assert "Operation Nightjar" in {it.label for it in charts.timeline_items(
        charts.timeline_window(case, *charts.timeline_extent(case) or ()).rows)}  # the screen shows it
    done = charts.export_timeline(case, tmp_path / "t.svg", max_tlp=TLP.AMBER)
    text = svg_text(done.path)
    assert "Meeting at the port" in text
    for secret in ("Zulu", "Informant", "Nightjar"):
        assert secret not in text
    assert done.tlp is TLP.AMBER and "TLP:AMBER" in text and "TLP:RED" not in text
    assert done.items == 2  # the renamed event is printed as its kind
    rec = record(case)
    assert rec["tlp"] == "AMBER" and rec["max_tlp"] == "AMBER" and rec["withheld"] == 2
    assert {e["id"] for e in rec["withheld_entities"]} == {ids["red"], ids["nodis"]}  # type: ignore[attr-defined]


def test_an_item_whose_only_date_is_withheld_is_left_out(case: Case, tmp_path: Path) -> None:
    event(case, "Meeting at the port", 1)
    secret = add_entity(case, EntityDraft("Event", [("name", "Dated in secret")],
                                          handling=Handling(tlp=TLP.AMBER)), AMBER)
    add_values(case, secret, [("date", "2024-03-05")], RED)
    done = charts.export_timeline(case, tmp_path / "t.svg", max_tlp=TLP.AMBER)
    assert "Dated in secret" not in svg_text(done.path) and done.withheld == 1


def test_entity_lanes_use_only_names_that_may_leave(case: Case, tmp_path: Path) -> None:
    ana = add_entity(case, EntityDraft("Person", [("name", "Ana Secreta")],
                                       handling=Handling(tlp=TLP.AMBER)), RED)
    bruno = add_entity(case, EntityDraft("Person", [("name", "Bruno Diallo")],
                                         handling=Handling(tlp=TLP.AMBER)), AMBER)
    add_entity(case, EntityDraft("Call", [("caller", ana), ("receiver", bruno), ("date", "2024-03-01")]),
               AMBER)
    done = charts.export_timeline(case, tmp_path / "t.svg", lanes="entity", max_tlp=TLP.AMBER)
    text = svg_text(done.path)
    assert "Secreta" not in text and "Bruno Diallo" in text
    assert done.tlp is TLP.AMBER and "TLP:RED" not in text


def test_a_relationship_names_an_end_without_a_name_that_may_leave_by_its_kind(
        case: Case, tmp_path: Path) -> None:
    """As the printed chart: "Person", not "Person 1a2b3c4d" (an id is no name for a reader)."""
    ana = add_entity(case, EntityDraft("Person", [("name", "Ana Secreta")],
                                       handling=Handling(tlp=TLP.AMBER)), RED)
    bruno = add_entity(case, EntityDraft("Person", [("name", "Bruno Diallo")],
                                         handling=Handling(tlp=TLP.AMBER)), AMBER)
    add_entity(case, EntityDraft("Call", [("caller", ana), ("receiver", bruno), ("date", "2024-03-01")]),
               AMBER)
    rows = charts.timeline_window(case, *charts.timeline_extent(case) or ()).rows
    for lang, kind in (("en", "Person"), ("es", "Persona")):
        items, _ = charts.timeline_for_export(case, rows, max_tlp=TLP.AMBER, lang=lang)
        [call] = [it for it in items if it.kind == "Call"]
        assert call.label.startswith(kind + " ") and call.label.endswith(" Bruno Diallo"), call.label
        assert ana[:8] not in call.label and "Secreta" not in call.label
    done = charts.export_timeline(case, tmp_path / "t.svg", max_tlp=TLP.AMBER)
    text = svg_text(done.path)
    assert "Bruno Diallo" in text and ana[:8] not in text and "Secreta" not in text
