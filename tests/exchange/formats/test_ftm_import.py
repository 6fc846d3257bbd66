"""FtM import as Aleph and OpenSanctions publish: fragments, releases, long ids, schemata."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.search_index import index_problems

from casebench.cli.main import main
from casebench.exchange.bundleformat import ID_RE
from casebench.exchange.formats.ftm import FtmError, parse_line, stable_id
from casebench.services import interop
from casebench.services.cases import create_case
from casebench.services.entities import get
from casebench.store import entities as repo
from casebench.store.case import Case

PASS = "correct horse battery staple"


def _write(path: Path, docs: list[dict[str, Any]], tail: str = "") -> Path:
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n" + tail, "utf-8")
    return path


def _values(case: Case, eid: str, prop: str) -> list[str]:
    return sorted(s.value for s in get(case, eid).statements if s.prop == prop)


def test_fragments_of_one_id_are_one_entity(case: Case, tmp_path: Path) -> None:
    path = _write(tmp_path / "frag.json", [
        {"id": "p1", "schema": "LegalEntity", "properties": {"name": ["Ana Sousa"]}},
        {"id": "c1", "schema": "Company", "properties": {"name": ["Atlântico Lda"]}},
        {"id": "p1", "schema": "Person", "properties": {"name": ["Ana Sousa"],
                                                        "birthDate": ["1970-02-03"]}},
        {"id": "d1", "schema": "Directorship", "properties": {"director": ["p1"],
                                                              "organization": ["c1"]}},
        {"id": "p1", "schema": "Person", "properties": {"alias": ["A. Sousa"]}},
    ])
    report = interop.import_ftm(case, path)
    assert report.entities == 3 and report.refused_lines == 0 and report.problems == []
    ana = get(case, "p1")
    assert ana.schema == "Person"  # the most specific of the fragments' schemata
    assert ana.properties() == {"name": ["Ana Sousa"], "birthDate": ["1970-02-03"],
                                "alias": ["A. Sousa"]}
    assert sorted(s.provenance.locator for s in ana.statements) == ["line 1", "line 3", "line 5"]
    assert index_problems(case) == []  # loaded in bulk, indexed in one pass


def test_incompatible_fragment_is_refused_by_line(case: Case, tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.json", [
        {"id": "x", "schema": "Person", "properties": {"name": ["Ana"]}},
        {"id": "x", "schema": "Vessel", "properties": {"name": ["Ana"]}},
    ])
    report = interop.import_ftm(case, path)
    assert report.entities == 1 and report.refused_lines == 1
    assert "line 2" in report.problems[0] and "Person" in report.problems[0]


def test_newer_release_adds_only_new_values_with_its_provenance(case: Case, tmp_path: Path) -> None:
    long_id = "os-" + "x" * 200
    first = _write(tmp_path / "2024-01.json", [
        {"id": long_id, "schema": "Person", "properties": {"name": ["Jean Mendy"]}},
        {"id": "s1", "schema": "Sanction", "properties": {"entity": [long_id],
                                                          "program": ["EU 2023/1"]}},
    ])
    r1 = interop.import_ftm(case, first)
    assert r1.entities == 2
    eid = stable_id(long_id)
    assert eid != long_id and len(eid) <= 128
    assert _values(case, eid, "sourceId") == [long_id]  # the source id stays findable
    second = _write(tmp_path / "2024-02.json", [
        {"id": long_id, "schema": "Person", "properties": {"name": ["Jean Mendy"],
                                                           "nationality": ["sn"]}},
        {"id": "s1", "schema": "Sanction", "properties": {"entity": [long_id],
                                                          "program": ["EU 2023/1"]}},
    ])
    before = repo.count_entities(case)
    r2 = interop.import_ftm(case, second)
    assert repo.count_entities(case) == before  # nothing duplicated
    assert (r2.entities, r2.updated, r2.present) == (0, 1, 1)
    person = get(case, eid)
    assert _values(case, eid, "name") == ["Jean Mendy"]
    new = [s for s in person.statements if s.prop == "nationality"]
    assert [s.value for s in new] == ["sn"]
    assert new[0].provenance.source_exhibit == r2.exhibit != r1.exhibit
    assert new[0].provenance.locator == "line 1"


def test_opensanctions_and_aleph_schemata_are_mapped_and_the_rest_reported(
        case: Case, tmp_path: Path) -> None:
    docs: list[dict[str, Any]] = [
        {"id": "p", "schema": "Person", "properties": {"name": ["Kofi Mensah"], "gender": ["male"],
                                                       "religion": ["x"]}},
        {"id": "c", "schema": "Company", "properties": {"name": ["Gold Coast Ltd"]}},
        {"id": "sanc", "schema": "Sanction", "properties": {"entity": ["p"], "authority": ["OFAC"],
                                                            "startDate": ["2022-05-01"]}},
        {"id": "pos", "schema": "Position", "properties": {"name": ["Minister of Finance"],
                                                           "country": ["gh"]}},
        {"id": "occ", "schema": "Occupancy", "properties": {"holder": ["p"], "post": ["pos"]}},
        {"id": "re", "schema": "RealEstate", "properties": {"name": ["Villa"], "latitude": ["5.6"]}},
        {"id": "sec", "schema": "Security", "properties": {"name": ["bond"], "isin": ["GH0000000001"]}},
        {"id": "ctl", "schema": "Control", "properties": {"controller": ["p"], "controlled": ["c"]}},
        {"id": "debt", "schema": "Debt", "properties": {"debtor": ["c"], "creditor": ["p"]}},
        {"id": "con", "schema": "Contract", "properties": {"title": ["Supply"]}},
        {"id": "cc", "schema": "CourtCase", "properties": {"name": ["R v Mensah"],
                                                           "caseNumber": ["CR-1"]}},
        {"id": "m", "schema": "Mention", "properties": {"document": ["con"], "resolved": ["p"],
                                                        "name": ["Mensah"]}},
        {"id": "a", "schema": "Asset", "properties": {"name": ["Gold"]}},
        {"id": "sim", "schema": "Similar", "properties": {}},
    ]
    report = interop.import_ftm(case, _write(tmp_path / "os.json", docs))
    assert report.entities == len(docs) - 1 and report.refused_lines == 1
    assert get(case, "sanc").schema == "Event"
    assert _values(case, "sanc", "involved") == ["p"]
    assert get(case, "occ").schema == "Employment" and _values(case, "occ", "employer") == ["pos"]
    assert _values(case, "ctl", "role") == ["controls"]
    assert get(case, "m").properties()["object"] == ["p"]
    assert _values(case, "p", "gender") == ["male"]
    assert report.not_imported["Similar (schema)"] == 1
    assert report.not_imported["Sanction.authority"] == 1
    assert report.not_imported["Security.isin"] == 1
    assert report.not_imported["Person.religion"] == 1


def test_strict_imports_nothing_and_lenient_exit_codes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    c = str(tmp_path / "S.casebench")
    create_case(tmp_path / "S.casebench", PASS, user="t", title="S", default_tlp="AMBER").close()
    docs = [{"id": f"p{i}", "schema": "Person", "properties": {"name": [f"N {i}"]}}
            for i in range(60)]
    path = _write(tmp_path / "x.json", docs, "not json\n" + "{}\n" * 59)
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    assert main(["import-ftm", c, str(path), "--strict"]) == 1
    out = capsys.readouterr().out
    assert "nothing imported" in out and out.rstrip().endswith("… and 10 more (use --json)")
    assert main(["import-ftm", c, str(path), "--json"]) == 1  # lines refused: exit 1
    data = json.loads(capsys.readouterr().out)
    assert data["entities"] == 60 and data["refused_lines"] == 60
    other = _write(tmp_path / "y.json", docs[:1], "not json\n")
    assert main(["import-ftm", c, str(other), "--lenient"]) == 0


@given(st.text(min_size=1, max_size=300))
def test_stable_ids_fit_and_never_change(source: str) -> None:
    sid = stable_id(source)
    assert ID_RE.fullmatch(sid)
    assert sid == stable_id(source)  # the next release finds the same entity
    assert (sid == source) == bool(ID_RE.fullmatch(source))


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(["id", "schema", "properties", "casebench",
                                                       "name", "Person", "Sanction"]),
                                      inner, max_size=5), max_leaves=20))
def test_any_json_line_is_an_entity_or_a_plain_refusal(doc: object) -> None:
    try:
        parse_line(1, json.dumps(doc))
    except FtmError as exc:
        assert str(exc).startswith("line 1")


def test_text_output_escapes_control_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    create_case(tmp_path / "E.casebench", PASS, user="t", title="E", default_tlp="AMBER").close()
    path = _write(tmp_path / "e.json", [{"id": "x", "schema": "\x1b[2JEvil", "properties": {}}])
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    assert main(["import-ftm", str(tmp_path / "E.casebench"), str(path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\\x1b[2JEvil (schema): 1" in out
