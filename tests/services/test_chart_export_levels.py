"""A printed chart carries only what may leave, at the level of what is printed (issue 12 b).

A node's name is its first caption value the export may carry (else its kind), its level
that of its handling and of the name printed; identifier nodes and links are as high as
the values that make them. The sheet is marked with the highest level printed (never
below the case default). Texts are read from the files with a PDF or XML parser.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from casebench.domain.handling import TLP, Handling
from casebench.services import charts
from casebench.services.entities import EntityDraft, Source, add_entity, add_values
from casebench.store.case import Case

AMBER = Source(handling=Handling(tlp=TLP.AMBER))
RED = Source(handling=Handling(tlp=TLP.RED))
STRICT = Source(handling=Handling(tlp=TLP.AMBER_STRICT))
NODIS = Source(handling=Handling(tlp=TLP.GREEN, codes=("NODIS",)))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    return "\n".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))


def person(case: Case, *values: tuple[str, str], source: Source = AMBER) -> str:
    return add_entity(case, EntityDraft("Person", list(values), handling=Handling(tlp=TLP.AMBER)), source)


def call(case: Case, a: str, b: str, day: int = 1) -> str:
    return add_entity(case, EntityDraft("Call", [("caller", a), ("receiver", b),
                                                 ("date", f"2024-03-0{day}")]), AMBER)


def record(case: Case) -> dict[str, object]:
    [(details,)] = case.conn.execute(
        "SELECT details FROM audit WHERE action = 'chart exported' ORDER BY seq DESC LIMIT 1").fetchall()
    out: dict[str, object] = json.loads(details)
    return out


def test_a_red_alias_neither_prints_nor_stamps_the_sheet_red(case: Case, tmp_path: Path) -> None:
    ana = person(case, ("name", "Ana Gomes"))
    add_values(case, ana, [("alias", "La Jefa del Muelle")], RED)
    bruno = person(case, ("name", "Bruno Diallo"))
    call(case, ana, bruno)
    done = charts.export_chart(case, charts.chart_model(case), tmp_path / "c.pdf", max_tlp=TLP.AMBER)
    text = pdf_text(done.path)
    assert done.tlp is TLP.AMBER and "TLP:AMBER" in text and "TLP:RED" not in text
    assert "Ana Gomes" in text and "Bruno Diallo" in text and "La Jefa" not in text
    assert done.nodes == 2 and done.links == 1 and done.withheld == 0


def test_a_red_first_name_gives_way_to_the_amber_one(case: Case, tmp_path: Path) -> None:
    ana = add_entity(case, EntityDraft("Person", [("name", "Ana Secreta Gomes")],
                                       handling=Handling(tlp=TLP.AMBER)), RED)
    add_values(case, ana, [("name", "Ana Gomes")], AMBER)
    bruno = person(case, ("name", "Bruno Diallo"))
    call(case, ana, bruno)
    model = charts.chart_model(case)
    assert "Ana Secreta Gomes" in {n.label for n in model.nodes}  # the screen shows the first name
    done = charts.export_chart(case, model, tmp_path / "c.svg", max_tlp=TLP.AMBER)
    text = svg_text(done.path)
    assert "Ana Gomes" in text and "Secreta" not in text
    assert done.tlp is TLP.AMBER and "TLP:AMBER" in text and "TLP:RED" not in text
    assert done.names_replaced == 1 and done.names_as_kind == 0
    rec = record(case)
    assert rec["tlp"] == "AMBER" and rec["names_replaced"] == 1


def test_a_name_that_may_not_leave_is_printed_as_the_kind(case: Case, tmp_path: Path) -> None:
    ana = add_entity(case, EntityDraft("Person", [("name", "Ana Secreta Gomes")],
                                       handling=Handling(tlp=TLP.AMBER)), RED)
    nodis = add_entity(case, EntityDraft("Company", [("name", "Nodis Holdings SA")],
                                         handling=Handling(tlp=TLP.GREEN)), NODIS)
    bruno = person(case, ("name", "Bruno Diallo"))
    call(case, ana, bruno)
    add_entity(case, EntityDraft("Ownership", [("owner", bruno), ("asset", nodis)]), AMBER)
    done = charts.export_chart(case, charts.chart_model(case), tmp_path / "c.pdf", max_tlp=TLP.AMBER)
    text = pdf_text(done.path)
    assert "Secreta" not in text and "Nodis" not in text
    assert "Person" in text and "Company" in text and "Bruno Diallo" in text
    assert done.tlp is TLP.AMBER and done.nodes == 3 and done.links == 2
    assert done.names_as_kind == 2 and done.names_replaced == 2
    rec = record(case)
    assert rec["names_as_kind"] == 2 and rec["withheld_entities"] == []


def test_a_red_shared_phone_is_no_node_and_no_link(case: Case, tmp_path: Path) -> None:
    ana = person(case, ("name", "Ana Gomes"))
    bruno = person(case, ("name", "Bruno Diallo"))
    for who in (ana, bruno):
        add_values(case, who, [("phone", "+34 600 555 101")], RED)
    model = charts.chart_model(case)
    assert any(n.kind == "Phone" for n in model.nodes) and model.edges  # on screen: shared
    done = charts.export_chart(case, model, tmp_path / "c.svg", max_tlp=TLP.AMBER)
    text = svg_text(done.path)
    assert "600" not in text and "+34" not in text
    assert done.nodes == 2 and done.links == 0 and done.tlp is TLP.AMBER
    assert done.withheld_nodes == 1 and done.withheld_links == 2
    rec = record(case)
    assert rec["withheld_entities"] == [{"id": "phone:+34600555101", "kind": "Phone"}]
    assert rec["withheld_links"] == {"Identifier": 2}


def test_a_phone_shared_at_amber_is_amber_and_drawn_to_the_holders_it_may_name(
        case: Case, tmp_path: Path) -> None:
    ana = person(case, ("name", "Ana Gomes"))
    add_values(case, ana, [("alias", "La Jefa del Muelle")], RED)  # not on the sheet
    bruno = person(case, ("name", "Bruno Diallo"))
    carla = person(case, ("name", "Carla Mendes"))
    add_values(case, ana, [("phone", "+34 600 555 101")], AMBER)
    add_values(case, bruno, [("phone", "+34 600 555 101")], AMBER)
    add_values(case, carla, [("phone", "+34 600 555 101")], STRICT)  # above AMBER
    done = charts.export_chart(case, charts.chart_model(case), tmp_path / "c.svg", max_tlp=TLP.AMBER)
    text = svg_text(done.path)
    assert "+34600555101" in text.replace(" ", "") and "La Jefa" not in text
    assert done.nodes == 4 and done.links == 2 and done.withheld_links == 1  # Carla's link
    assert done.tlp is TLP.AMBER


def test_a_link_made_by_a_withheld_value_is_not_drawn(case: Case, tmp_path: Path) -> None:
    ana = person(case, ("name", "Ana Gomes"))
    bruno = person(case, ("name", "Bruno Diallo"))
    acct = add_entity(case, EntityDraft("BankAccount", [("iban", "ES9121000418450200051332")],
                                        handling=Handling(tlp=TLP.AMBER)), AMBER)
    add_values(case, acct, [("holder", ana)], RED)  # who holds it is RED
    call(case, ana, bruno)
    model = charts.chart_model(case)
    assert len(model.edges) == 2
    done = charts.export_chart(case, model, tmp_path / "c.pdf", max_tlp=TLP.AMBER)
    assert done.nodes == 3 and done.links == 1 and done.withheld_links == 1 and done.tlp is TLP.AMBER
    assert record(case)["withheld_links"] == {"Reference": 1}


def test_payment_amounts_that_may_not_leave_are_not_totalled(case: Case, tmp_path: Path) -> None:
    ana = person(case, ("name", "Ana Gomes"))
    bruno = person(case, ("name", "Bruno Diallo"))
    pay = add_entity(case, EntityDraft("Payment", [("payer", ana), ("beneficiary", bruno),
                                                   ("currency", "EUR")],
                                       handling=Handling(tlp=TLP.AMBER)), AMBER)
    add_values(case, pay, [("amount", "98765")], RED)
    done = charts.export_chart(case, charts.chart_model(case), tmp_path / "c.pdf", max_tlp=TLP.AMBER)
    text = pdf_text(done.path)
    assert done.links == 1 and "98,765" not in text and "98765" not in text and done.tlp is TLP.AMBER


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from casebench.demo import build_demo

    return build_demo(tmp_path_factory.mktemp("demo") / "Mar-Azul.casebench").path


def test_the_demo_printed_at_amber_is_stamped_amber_with_nothing_above_it(
        demo: Path, tmp_path: Path) -> None:
    from casebench.demo import DEMO_PASSPHRASE
    from casebench.services.cases import open_case

    case = open_case(demo, DEMO_PASSPHRASE, user="tester")
    try:
        done = charts.export_chart(case, charts.chart_model(case), tmp_path / "demo.pdf",
                                   max_tlp=TLP.AMBER)
        text = pdf_text(done.path)
        assert done.tlp is TLP.AMBER and "TLP:AMBER" in text and "TLP:RED" not in text
        rows = case.conn.execute("SELECT value, tlp FROM statements WHERE retracted = 0").fetchall()
        allowed = {v for v, t in rows if t <= int(TLP.AMBER)}
        # values above AMBER that no value the export may carry contains ("Pedro" is the
        # RED first name of one person and part of another's AMBER name)
        above = {v for v, t in rows if t > int(TLP.AMBER) and len(v) >= 5
                 and not any(v in a for a in allowed)}
        flat = " ".join(text.split())
        assert "Pedro Navarro Expósito" in above and "el hombre del puerto" in above
        assert not [v for v in above if " ".join(v.split()) in flat]
        assert done.withheld_nodes > 0 and done.names_as_kind + done.names_replaced >= 0
    finally:
        case.close()


def test_the_kind_is_printed_in_the_sheets_language_and_an_unnamed_entity_is_no_replacement(
        case: Case, tmp_path: Path) -> None:
    ana = add_entity(case, EntityDraft("Person", [("name", "Ana Secreta Gomes")],
                                       handling=Handling(tlp=TLP.AMBER)), RED)
    unnamed = person(case, ("nationality", "pt"))  # no name on screen either: "Person"
    call(case, ana, unnamed)
    done = charts.export_chart(case, charts.chart_model(case), tmp_path / "c.pdf", max_tlp=TLP.AMBER,
                               lang="es")
    text = pdf_text(done.path)
    assert "Secreta" not in text and text.count("Persona") >= 3  # two nodes and the legend
    assert done.names_as_kind == 1 and done.names_replaced == 1
