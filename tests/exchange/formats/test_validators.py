"""The demo case's exports pass the reference validators: case_validate (CASE/UCO, current
CASE, no violations and no warnings, offline), stix2-validator --strict, followthemoney."""

from __future__ import annotations

import json
import socket
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casebench.demo import build_demo
from casebench.domain.handling import TLP
from casebench.services import evidence, interop
from casebench.services.cases import create_case, open_case
from casebench.store import entities as repo
from casebench.store.case import Case

followthemoney = pytest.importorskip("followthemoney")
stix2validator = pytest.importorskip("stix2validator")
case_validate = pytest.importorskip("case_utils.case_validate")
EVERYTHING = interop.Selection(max_tlp=TLP.RED)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    path = tmp_path_factory.mktemp("demo") / "Mar-Azul.casebench"
    build_demo(path)
    case = open_case(path, "demo", user="tester")
    try:
        yield case
    finally:
        case.close()


def _values(case: Case, prop: str) -> set[str]:
    ids = [e.id for e in repo.list_entities(case)]
    return {s.value for s in repo.statements_of(case, ids) if s.prop == prop}


class _NoNetwork(Exception):
    pass


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_case_uco_export_conforms_offline(demo: Case, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # a device with its manufacturer, and an exhibit with files, hashes and custody
    # (all fifteen exhibits validate too, in about a minute: too slow for every run)
    exhibits = evidence.list_exhibits(demo)
    device = next(x for x in exhibits if x.device_make)
    custody = next(x for x in exhibits if x.id != device.id
                   and evidence.custody_events(demo, x.id) and evidence.content_files(demo, x.id))
    out = tmp_path / "demo.jsonld"
    report = interop.export_case_uco(demo, out, EVERYTHING,
                                     exhibits=(device.reference, custody.reference))
    assert report.exhibits == 2

    def refuse(*_a: Any, **_k: Any) -> None:
        raise _NoNetwork("case_validate tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    with warnings.catch_warnings():
        warnings.simplefilter("error", case_validate.NonExistentCDOConceptWarning)
        result = case_validate.validate(str(out))
    assert result.conforms, result.text
    assert "Results (" not in result.text  # no warnings or infos either
    doc = json.loads(out.read_text("utf-8"))
    makers = [n for n in doc["@graph"] if n["@type"] == "uco-identity:Organization"]
    assert [m["uco-core:name"] for m in makers] == [device.device_make]


def test_stix_export_is_strictly_valid(demo: Case, tmp_path: Path) -> None:
    out = tmp_path / "demo.stix.json"
    interop.export_stix(demo, out, EVERYTHING)
    options = stix2validator.ValidationOptions(strict=True)
    results = stix2validator.validate_file(str(out), options)
    messages = [e.message for r in results.object_results for e in r.errors + r.warnings]
    assert results.is_valid and messages == [], messages[:5]
    objects = json.loads(out.read_text("utf-8"))["objects"]
    by_id = {o["id"]: o for o in objects}
    markings = {o["name"]: o for o in objects if o["type"] == "marking-definition"}
    assert markings["TLP:AMBER+STRICT"]["id"] == \
        "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"
    assert markings["TLP:AMBER"]["id"] == "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"
    rels = [o for o in objects if o["type"] == "relationship"]
    between = [r for r in rels if by_id[r["source_ref"]]["type"] == "identity"
               and by_id[r["target_ref"]]["type"] == "identity"]
    assert any(r["description"].startswith("Ownership") for r in between)
    assert sum(r.get("description", "").startswith("payment of") for r in rels) >= 48
    assert sum(r.get("description", "").startswith("call") for r in rels) >= 100
    identities = [o for o in objects if o["type"] == "identity" and "created_by_ref" in o]
    assert any(o["modified"] > o["created"] for o in identities)  # real modification times


def _ftm_problems(lines: list[dict[str, Any]]) -> list[str]:
    model = followthemoney.model
    ids = {d["id"] for d in lines}
    problems = []
    for d in lines:
        proxy = model.get_proxy(d, cleaned=False)
        problems += [f"{d['schema']} {d['id']} lacks {p}" for p in proxy.schema.required
                     if not proxy.get(p)]
        for prop, values in d["properties"].items():
            ptype = proxy.schema.properties[prop].type
            for v in values:
                if ptype.name == "entity" and v not in ids:
                    problems.append(f"{d['schema']}.{prop} points nowhere: {v}")
                elif ptype.clean(v, format=proxy.schema.properties[prop].format) != v:
                    problems.append(f"{d['schema']}.{prop} {v!r} is not FtM's form")
    return problems


def test_ftm_export_is_valid_and_complete(demo: Case, tmp_path: Path) -> None:
    out = tmp_path / "demo.ftm.json"
    report = interop.export_ftm(demo, out, EVERYTHING)
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert _ftm_problems(lines) == []
    schemata = {d["schema"] for d in lines}
    assert {"Trip", "Ownership", "Payment", "Call"} <= schemata
    props: dict[str, set[str]] = {}
    for d in lines:
        for prop, values in d["properties"].items():
            props.setdefault(prop, set()).update(values)
    # every IBAN kept: Cape Verde's and Guinea-Bissau's, which followthemoney does not accept
    # as IBANs, as account numbers
    national = {i for i in _values(demo, "iban") if i[:2] in ("CV", "GW")}
    assert len(national) == 2 and national <= props["accountNumber"]
    assert _values(demo, "iban") - national <= props["iban"]
    assert _values(demo, "gender") <= props["gender"]
    assert all(v.startswith("IMO") for v in props["imoNumber"])
    assert all(len(v) in (8, 11) and not v.endswith("XXX") for v in props["bic"])
    holders = [d for d in lines if d["schema"] == "Ownership"
               and d["properties"].get("ownershipType") == ["account holder"]]
    assert holders
    # casebench reads its own export back to the same entities, without the derived ones
    other = create_case(tmp_path / "Other.casebench", "correct horse battery staple",
                        user="p", title="Other", default_tlp="AMBER")
    try:
        back = interop.import_ftm(other, out)
        assert back.entities == report.entities and back.refused_lines == 0
        assert not back.not_imported, back.not_imported
    finally:
        other.close()
