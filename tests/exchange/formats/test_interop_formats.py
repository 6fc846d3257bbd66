"""FtM export checked by followthemoney and round-tripped; STIX by stix2; CASE/UCO as JSON-LD."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from casebench.domain.schema import SCHEMATA
from casebench.domain.values import PropType
from casebench.exchange.formats.ftm import FTM_PROPERTIES
from casebench.services import evidence, interop
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft, add_entity, get, set_tags
from casebench.services.interop import Selection
from casebench.store.case import Case
from casebench.store.custody import CustodyDraft
from casebench.store.exhibits import ExhibitDraft

followthemoney = pytest.importorskip("followthemoney")
stix2 = pytest.importorskip("stix2")
PASS = "correct horse battery staple"


def _populate(case: Case, tmp: Path) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["curro"] = add_entity(case, EntityDraft("Person", [
        ("name", "Francisco Romero Delgado"), ("alias", "Curro"), ("birthDate", "1971-05-02"),
        ("nationality", "es"), ("phone", "+34 612 345 678"), ("email", "curro@example.org"),
        ("role", "suspected organiser"), ("website", "https://frutas.example.com/")]))
    ids["company"] = add_entity(case, EntityDraft("Company", [
        ("name", "Frutas del Atlántico SL"), ("jurisdiction", "es"), ("registrationNumber", "B-11223344")]))
    ids["account"] = add_entity(case, EntityDraft("BankAccount", [
        ("iban", "ES91 2100 0418 4502 0005 1332"), ("bankName", "Banco Sur"), ("holder", ids["company"])]))
    ids["wallet"] = add_entity(case, EntityDraft("CryptoWallet", [
        ("publicKey", "TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW"), ("currency", "USDT"), ("holder", ids["curro"])]))
    ids["call"] = add_entity(case, EntityDraft("Call", [
        ("caller", ids["curro"]), ("callerNumber", "+34612345678"), ("receiverNumber", "+220 770 1234"),
        ("date", "2024-03-11T14:05:09+01:00"), ("duration", "95")]))
    ids["seizure"] = add_entity(case, EntityDraft("Seizure", [
        ("name", "Algeciras seizure"), ("date", "2024-03~"), ("substance", "cocaine"),
        ("quantity", "1200"), ("unit", "kg"), ("country", "es")]))
    ids["payment"] = add_entity(case, EntityDraft("Payment", [
        ("payer", ids["company"]), ("beneficiary", ids["curro"]), ("amount", "15000"),
        ("currency", "EUR"), ("payerAccount", ids["account"]), ("date", "2024-03-01/2024-03-31")]))
    set_tags(case, ids["curro"], add=["core"])
    set_tags(case, ids["call"], add=["core"])
    evidence.add_exhibit(case, ExhibitDraft("MA-EX-010", type="device", description="Skipper's phone",
                                            device_make="Samsung", device_model="SM-A546B",
                                            seized_at="2024-03-11T14:05+01:00", seized_place="Vigo"))
    src = tmp / "src"
    src.mkdir()
    (src / "chat.txt").write_text("llega el jueves")
    (src / "photo.jpg").write_bytes(bytes(range(256)) * 40)
    evidence.intake(case, "MA-EX-010", [src], md5=True)
    evidence.add_custody(case, "MA-EX-010", CustodyDraft(
        "transfer", from_person="Agente 4471", to_person="Perito 12", to_org="Comisaría General de Policía Científica",
        place="Madrid", country="es", purpose="extraction", seal_before="ES-0042117",
        seal_after="ES-0042117"))
    return ids


@pytest.fixture
def populated(case: Case, tmp_path: Path) -> tuple[Case, dict[str, str]]:
    return case, _populate(case, tmp_path)


def test_ftm_property_table_matches_followthemoney() -> None:
    model = followthemoney.model
    for name, props in FTM_PROPERTIES.items():
        schema = model.get(name)
        assert schema is not None, name
        for prop in props:
            assert prop in schema.properties, f"{name}.{prop}"
    for sch in SCHEMATA.values():
        if not sch.abstract:
            assert model.get(sch.ftm) is not None, sch.name
            for prop in FTM_PROPERTIES.get(sch.ftm, ()):
                if prop in sch.properties:
                    fp = model.get(sch.ftm).properties[prop]
                    assert (fp.type.name == "entity") == (sch.properties[prop].type is PropType.ENTITY)


def test_ftm_export_is_valid_and_round_trips(populated: tuple[Case, dict[str, str]],
                                              tmp_path: Path) -> None:
    case, ids = populated
    out = tmp_path / "case.ftm.json"
    report = interop.export_ftm(case, out)
    assert report.entities == len(ids)
    model = followthemoney.model
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    for data in lines:
        proxy = model.get_proxy(data, cleaned=False)
        cleaned = proxy.to_dict()["properties"]
        assert {k: sorted(v) for k, v in cleaned.items()} == \
            {k: sorted(v) for k, v in data["properties"].items()}, data["schema"]
    by_id = {d["id"]: d for d in lines}
    assert by_id[ids["seizure"]]["schema"] == "Event"
    assert by_id[ids["seizure"]]["casebench"]["properties"]["substance"] == ["cocaine"]
    assert by_id[ids["call"]]["properties"]["date"] == ["2024-03-11T13:05:09"]
    assert by_id[ids["payment"]]["properties"]["payerAccount"] == [ids["account"]]

    other = create_case(tmp_path / "Other.casebench", PASS, user="partner", title="Other",
                        originator_country="pt", default_tlp="AMBER")
    try:
        first = interop.import_ftm(other, out)
        assert first.entities == len(ids) and first.present == 0
        assert [p for p in first.problems if "left out" in p and "no " not in p] == []
        for key, eid in ids.items():
            mine, theirs = get(case, eid), get(other, eid)
            assert theirs.schema == mine.schema, key
            assert theirs.properties() == mine.properties(), key
            assert {s.provenance.locator for s in theirs.statements} <= {
                f"line {n}" for n in range(1, len(lines) + 1)}
        assert get(other, ids["curro"]).tags == ["core"]
        again = interop.import_ftm(other, out)
        assert again.already_imported
        copy = tmp_path / "copy.ftm.json"
        copy.write_bytes(out.read_bytes() + b"\n")
        third = interop.import_ftm(other, copy)
        assert third.entities == 0 and third.present == len(ids)
    finally:
        other.close()


def test_ftm_import_from_other_tools(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "aleph.json"
    path.write_text("\n".join(json.dumps(d) for d in [
        {"id": "ofac-1", "schema": "Person", "properties": {"name": ["Ana Sousa"], "topics": ["sanction"],
                                                            "nationality": ["pt"], "notAThing": ["x"]}},
        {"id": "email-1", "schema": "Email", "properties": {"title": ["Re: barco"]}},
        {"id": "sim-1", "schema": "Similar", "properties": {"name": ["bond"]}},
        {"id": "own-1", "schema": "Ownership", "properties": {"owner": ["ofac-1"], "asset": ["nowhere"]}},
    ]) + "\nnot json\n")
    report = interop.import_ftm(case, path)
    assert report.entities == 3
    text = "\n".join(report.problems)
    assert "line 3: casebench has no schema for FtM 'Similar'" in text
    assert "line 5 is not JSON" in text
    assert "line 4: asset points to nowhere" in text
    assert report.not_imported["Person.notAThing"] == 1
    assert get(case, "email-1").schema == "Document"


def test_stix_bundle_parses_strictly(populated: tuple[Case, dict[str, str]], tmp_path: Path) -> None:
    case, _ = populated
    out = tmp_path / "case.stix.json"
    interop.export_stix(case, out)
    text = out.read_text("utf-8")
    parsed = stix2.parse(text, allow_custom=False)
    objects = {o.id: o for o in parsed.objects}
    kinds = sorted({o.type for o in parsed.objects})
    assert kinds == ["email-addr", "identity", "marking-definition", "relationship", "url",
                     "user-account"]
    values = {getattr(o, "user_id", None) or getattr(o, "value", None) for o in parsed.objects}
    assert {"+34612345678", "ES9121000418450200051332", "TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW",
            "curro@example.org", "https://frutas.example.com/"} <= values
    curro = next(o for o in parsed.objects if o.type == "identity" and o.name == "Francisco Romero Delgado")
    assert curro.identity_class == "individual"
    assert curro.id.split("--")[1][14] == "4"  # UUIDv4, as STIX requires for identities
    related = {objects[r.target_ref].type for r in parsed.objects
               if r.type == "relationship" and r.source_ref == curro.id}
    assert related == {"email-addr", "url", "user-account"}
    # the payment links the company to Curro, the call Curro to the number he called
    company = next(o for o in parsed.objects if o.type == "identity" and o.name.startswith("Frutas"))
    descriptions = {(r.source_ref, r.target_ref): r.description for r in parsed.objects
                    if r.type == "relationship" and "description" in r}
    assert descriptions[(company.id, curro.id)].startswith("payment of 15000 EUR")
    gambian = next(o for o in parsed.objects if getattr(o, "user_id", "") == "+2207701234")
    assert descriptions[(curro.id, gambian.id)].startswith("call of 95 s")
    # deterministic observable ids, as stix2 computes them
    phone = next(o for o in parsed.objects if getattr(o, "user_id", "") == "+34612345678")
    assert stix2.UserAccount(user_id="+34612345678", display_name="phone number").id == phone.id
    again = tmp_path / "again.stix.json"
    interop.export_stix(case, again)
    assert curro.id in again.read_text("utf-8")  # stable across exports
    tagged = tmp_path / "core.stix.json"
    interop.export_stix(case, tagged, Selection(tag="core"))
    assert len([o for o in stix2.parse(tagged.read_text(), allow_custom=False).objects
                if o.type == "identity"]) == 2  # the workbench and Curro


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_case_uco_json_ld(populated: tuple[Case, dict[str, str]], tmp_path: Path) -> None:
    case, _ = populated
    out = tmp_path / "case.jsonld"
    report = interop.export_case_uco(case, out)
    assert report.exhibits == 1
    doc = json.loads(out.read_text("utf-8"))
    assert "@context" in doc and isinstance(doc["@graph"], list)
    nodes = doc["@graph"]
    types = {n["@type"] for n in nodes}
    assert {"case-investigation:Investigation", "case-investigation:ProvenanceRecord",
            "case-investigation:InvestigativeAction", "uco-observable:File",
            "uco-observable:Device", "uco-identity:Identity"} <= types
    hashes = {}
    for n in nodes:
        if n["@type"] == "uco-observable:File":
            facets = {f["@type"]: f for f in n["uco-core:hasFacet"]}
            name = facets["uco-observable:FileFacet"]["uco-observable:fileName"]
            for h in facets["uco-observable:ContentDataFacet"]["uco-observable:hash"]:
                hashes[(name, h["uco-types:hashMethod"])] = h["uco-types:hashValue"]["@value"]
    src = tmp_path / "src"
    for name in ("chat.txt", "photo.jpg"):
        data = (src / name).read_bytes()
        assert hashes[(name, "SHA256")] == hashlib.sha256(data).hexdigest()
        assert hashes[(name, "MD5")] == hashlib.md5(data).hexdigest()
    for f in evidence.content_files(case, "MA-EX-010"):
        assert hashes[(f.name, "SHA256")] == f.sha256
    actions = [n for n in nodes if n["@type"] == "case-investigation:InvestigativeAction"]
    assert "transfer" in {a["uco-core:name"] for a in actions}
    ids = {n["@id"] for n in nodes}
    for a in actions:  # the chain: each action's object and result are provenance records
        assert a["uco-action:object"][0]["@id"] in ids and a["uco-action:result"][0]["@id"] in ids
    rdflib = pytest.importorskip("rdflib")
    g = rdflib.Graph().parse(data=out.read_text("utf-8"), format="json-ld")
    sha_pred = rdflib.URIRef("https://ontology.unifiedcyberontology.org/uco/types/hashValue")
    assert len(list(g.triples((None, sha_pred, None)))) == 4


def test_exports_leave_out_what_is_above_the_ceiling(case: Case, tmp_path: Path) -> None:
    from casebench.domain.handling import TLP, Handling
    from casebench.services.entities import Source, add_values

    red = add_entity(case, EntityDraft("Person", [("name", "Informante Rojo")]),
                     Source(handling=Handling(tlp=TLP.RED)))
    amber = add_entity(case, EntityDraft("Person", [("name", "Ana Gomes")]))
    add_values(case, amber, [("alias", "La Jefa")], Source(handling=Handling(tlp=TLP.AMBER_STRICT)))
    add_entity(case, EntityDraft("Associate", [("person", amber), ("associate", red)]))

    out = tmp_path / "x.ftm.json"
    report = interop.export_ftm(case, out)
    text = out.read_text("utf-8")
    assert "Informante Rojo" not in text and "La Jefa" not in text and red not in text
    assert "Ana Gomes" in text
    assert report.withheld >= 3  # the RED person, the AMBER+STRICT alias, the link's pointer
    full = interop.export_ftm(case, tmp_path / "all.ftm.json", Selection(max_tlp=TLP.RED))
    text = (tmp_path / "all.ftm.json").read_text("utf-8")
    # RED goes only to recipients it names, and an export file names none: it stays home
    # even under a RED ceiling; the AMBER+STRICT alias goes.
    assert "Informante Rojo" not in text and "La Jefa" in text
    assert full.withheld == 2  # the RED person and the link's pointer at it
    stix_out = tmp_path / "x.stix.json"
    interop.export_stix(case, stix_out)
    assert "Informante Rojo" not in stix_out.read_text("utf-8")
