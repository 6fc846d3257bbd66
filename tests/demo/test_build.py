"""The demo case: size, realism of its identifiers, grading, handling, search and verify."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.demo.identifiers import container_number, imo_number, tron_address

from casebench.demo import DemoResult, build_demo
from casebench.demo.generate import local_stamp
from casebench.domain.dates import DateValue, Precision
from casebench.domain.handling import TLP, DataSubject
from casebench.domain.model import Statement
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType, normalise
from casebench.services import entities, search, timeline
from casebench.services.cases import create_case, open_case
from casebench.services.progress import OperationCancelled
from casebench.services.verify import verify_case
from casebench.store import entities as repo
from casebench.store.case import Case
from casebench.store.errors import CaseExists

COUNTRIES = {"ec", "gm", "gw", "cv", "br", "es", "pt"}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[DemoResult, float]:
    path = tmp_path_factory.mktemp("demo") / "Mar-Azul.casebench"
    started = time.perf_counter()
    result = build_demo(path)
    return result, time.perf_counter() - started


@pytest.fixture(scope="module")
def demo(built: tuple[DemoResult, float]) -> Iterator[Case]:
    case = open_case(built[0].path, "demo", user="tester")
    try:
        yield case
    finally:
        case.close()



def _statements(case: Case, prop: str | None = None) -> list[Statement]:
    ids = [e.id for e in repo.list_entities(case)]
    found = repo.statements_of(case, ids)
    return [s for s in found if prop is None or s.prop == prop]


def _values(case: Case, prop: str) -> list[str]:
    return [s.value for s in _statements(case, prop)]


def test_build_counts_are_reported(built: tuple[DemoResult, float]) -> None:
    # Build speed is not asserted here (timed tests flake on a shared machine).
    result, _seconds = built
    assert result.passphrase == "demo"
    assert result.people + result.organisations >= 40
    assert result.dated_items >= 150
    assert result.vessels >= 1 and result.aircraft >= 1 and result.vehicles >= 1
    assert result.calls >= 50 and result.payments >= 30
    assert result.action_items >= 6 and result.requests >= 4


def test_people_and_organisations(demo: Case) -> None:
    people = entities.count_entities(demo, schema="Person")
    orgs = entities.count_entities(demo, schema=["Company", "Organization", "PublicBody"])
    assert people + orgs >= 40
    for country in COUNTRIES:
        assert entities.count_entities(demo, schema="Person", country=country) >= 1, country
        assert (
            entities.count_entities(demo, schema=["Company", "Organization"], country=country) >= 1
        ), country


def test_name_variants_are_aliases(demo: Case) -> None:
    aliases = set(_values(demo, "alias")) | set(_values(demo, "weakAlias"))
    assert {"El Flaco", "João Santos", "Usman Diallo", "Ousmane Djaló"} <= aliases
    names = set(_values(demo, "name"))
    assert {"José Luis García Márquez", "João Pedro da Silva Santos", "Ousman Jallow"} <= names
    double = [n for n in _values(demo, "lastName") if " " in n]
    assert len(double) >= 15  # Spanish and Portuguese double surnames


def test_at_least_150_dated_items_in_the_timeline(demo: Case) -> None:
    rows = timeline.rows(demo)
    assert len(rows) >= 150
    dated_schemata = {r.schema for r in rows}
    assert {
        "Call",
        "Payment",
        "Event",
        "Seizure",
        "Travel",
        "Meeting",
        "ActionItem",
        "Request",
    } <= dated_schemata


def test_dates_have_mixed_precision_zones_ranges_and_approximation(demo: Case) -> None:
    values = [DateValue.parse(r.value) for r in timeline.rows(demo)]
    precisions = {v.precision for v in values}
    assert {
        Precision.YEAR,
        Precision.MONTH,
        Precision.DAY,
        Precision.MINUTE,
        Precision.SECOND,
    } <= precisions
    offsets = {v.start.offset_minutes for v in values if v.start.offset_minutes is not None}
    # Ecuador, Gambia/Bissau, Cape Verde, Brazil, Spain winter/summer (also Portugal summer)
    assert {-300, 0, -60, -180, 60, 120} <= offsets
    assert any(v.approximate for v in values)
    assert any(v.end is not None for v in values)
    originals = {r.original for r in timeline.rows(demo)}
    assert "2023-11~" in originals  # the air bridge, known only roughly


def test_summer_time_is_applied() -> None:
    from datetime import datetime

    assert local_stamp("es", datetime(2024, 1, 17, 10, 40)).endswith("+01:00")
    assert local_stamp("es", datetime(2024, 5, 21, 6, 0)).endswith("+02:00")
    assert local_stamp("pt", datetime(2024, 1, 17, 10, 40)).endswith("+00:00")
    assert local_stamp("pt", datetime(2024, 7, 1, 10, 0)).endswith("+01:00")
    assert local_stamp("ec", datetime(2024, 7, 1, 10, 0)).endswith("-05:00")
    assert local_stamp("cv", datetime(2024, 7, 1, 10, 0)).endswith("-01:00")


def test_ibans_are_valid_and_gambia_uses_account_numbers(demo: Case) -> None:
    ibans = _statements(demo, "iban")
    assert {s.value[:2] for s in ibans} >= {"ES", "PT", "BR", "CV", "GW"}
    for st in ibans:
        assert st.match_key == f"iban:{st.value}"
        assert normalise(PropType.IBAN, st.original).value == st.value  # as accepted on entry
        digits = "".join(str(int(c, 36)) for c in st.value[4:] + st.value[:4])
        assert int(digits) % 97 == 1
    gambian = entities.list_entities(demo, schema="BankAccount", country="gm")
    assert gambian
    for summary in gambian:
        ent = entities.get(demo, summary.id)
        assert ent.values("accountNumber") and not ent.values("iban")


def test_vessel_identifiers_are_valid(demo: Case) -> None:
    imos = _values(demo, "imoNumber")
    assert len(imos) >= 3
    for imo in imos:
        total = sum(int(d) * w for d, w in zip(imo[:6], range(7, 1, -1), strict=True))
        assert total % 10 == int(imo[6])
    assert all(len(m) == 9 for m in _values(demo, "mmsi"))
    assert set(_values(demo, "flag")) >= {"tg", "gw", "es"}
    assert "PR-LNZ" in _values(demo, "registrationNumber")


def test_check_digit_helpers_match_published_examples() -> None:
    assert imo_number("907472") == "IMO 9074729"
    assert container_number("CSQ", "305438") == "CSQU 305438 3"
    assert normalise(PropType.WALLET, tron_address("x")).value.startswith("T")


def test_phones_in_every_country_are_e164(demo: Case) -> None:
    phones = _statements(demo, "phone")
    prefixes = {"+593", "+220", "+245", "+238", "+55", "+34", "+351"}
    assert all(any(s.value.startswith(p) for s in phones) for p in prefixes)
    assert all(s.value.startswith("+") and " " not in s.value for s in phones)
    assert any(s.original != s.value for s in phones)  # typed with spaces, kept as typed
    assert _values(demo, "email")


def test_relationships_of_every_kind(demo: Case) -> None:
    for schema in ("Ownership", "Directorship", "Employment", "Family", "Associate", "Membership"):
        assert entities.count_entities(demo, schema=schema) >= 3, schema
    assert entities.count_entities(demo, schema="Vehicle") >= 3
    assert entities.count_entities(demo, schema="Airplane") == 1


def test_both_grading_schemes(demo: Case) -> None:
    schemes = {s.provenance.grade.scheme.value for s in _statements(demo) if s.provenance.grade}
    assert {"admiralty", "europol-4x4"} <= schemes


def test_tlp_levels_and_red_recipients(demo: Case) -> None:
    levels = {e.tlp for e in entities.list_entities(demo)}
    assert {TLP.CLEAR, TLP.GREEN, TLP.AMBER, TLP.AMBER_STRICT, TLP.RED} <= levels
    red = [s for s in _statements(demo) if s.tlp is TLP.RED]
    assert len(red) >= 10
    assert all(s.handling.named_recipients for s in red)
    assert all(s.handling.conditions for s in red)


def test_data_subjects_and_pseudonymous_source(demo: Case) -> None:
    subjects = set()
    for summary in entities.list_entities(demo, schema="Person"):
        ent = entities.get(demo, summary.id)
        if ent.values("sourcePseudonym"):
            source = ent
            continue
        assert ent.handling.data_subject is not None, ent.caption
        subjects.add(ent.handling.data_subject)
    assert subjects == set(DataSubject)
    assert source.tlp is TLP.RED
    assert source.caption == "HS-ES-0457"
    assert not (
        source.values("firstName")
        or source.values("lastName")
        or source.values("phone")
        or source.values("birthDate")
    )


def test_tags(demo: Case) -> None:
    tags = set(entities.all_tags(demo))
    assert {"route-atlantic", "financial", "seizure", "forum", "source-reporting"} <= tags
    assert entities.count_entities(demo, tag="financial") >= 20


def test_forum_meeting_action_items_and_requests(demo: Case) -> None:
    (meeting,) = entities.list_entities(demo, schema="Meeting")
    ent = entities.get(demo, meeting.id)
    assert len(ent.values("participants")) >= 5 and len(ent.values("agenda")) >= 4
    actions = [entities.get(demo, a.id) for a in entities.list_entities(demo, schema="ActionItem")]
    assert len(actions) >= 6
    for action in actions:
        assert action.values("owner") and action.values("deadline") and action.values("status")
        assert action.values("meeting") == [meeting.id]
    requests = [entities.get(demo, r.id) for r in entities.list_entities(demo, schema="Request")]
    assert {r.first("requestType") for r in requests} >= {"MLA", "JIT", "police", "INTERPOL"}
    for req in requests:
        for prop in ("fromAuthority", "toAuthority", "reference", "sentDate", "status"):
            assert req.values(prop), (req.caption, prop)
    assert sum(1 for r in requests if r.values("answeredDate")) >= 3


def test_seizures(demo: Case) -> None:
    seizures = [entities.get(demo, s.id) for s in entities.list_entities(demo, schema="Seizure")]
    assert len(seizures) >= 4
    for seizure in seizures:
        assert seizure.values("substance") and seizure.values("quantity")
        assert seizure.values("seizedBy")
    assert {s.first("country") for s in seizures} >= {"es", "pt", "gw", "cv", "ec"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Joao", "João Pedro da Silva Santos"),
        ("Djalo", "Ousman Jallow"),
        ("Quinonez", "Luis Alberto Mendoza Quiñónez"),
        ("el flaco", "José Luis García Márquez"),
        ("Marquez", "José Luis García Márquez"),
    ],
)
def test_accented_names_are_searchable(demo: Case, query: str, expected: str) -> None:
    captions = [h.caption for h in search.search(demo, query)]
    assert expected in captions


def test_verify_is_ok(demo: Case) -> None:
    report = verify_case(demo)
    assert report.ok, report.problems


def test_ids_map_readable_keys_to_entities(built: tuple[DemoResult, float], demo: Case) -> None:
    ids = built[0].ids
    for key, schema in (
        ("person:garcia-marquez", "Person"),
        ("vessel:brisa-de-manta", "Vessel"),
        ("event:seizure-algeciras", "Seizure"),
        ("airplane:pr-lnz", "Airplane"),
        ("request:mla-ecuador", "Request"),
        ("org:kombo-atlantic", "Company"),
        ("account:es-estrecho-sur", "BankAccount"),
        ("call:001", "Call"),
    ):
        assert entities.get(demo, ids[key]).schema == schema
    # every hand-built entity has a key; the imported call records and statement lines do not
    assert len(set(ids.values())) == len(ids) <= built[0].entities
    assert built[0].calls > 600  # the operator's CDR was imported through its saved spec


def test_every_value_fits_the_vocabulary(demo: Case) -> None:
    for summary in entities.list_entities(demo):
        schema = get_schema(summary.schema)
        assert not schema.abstract
        for st in entities.get(demo, summary.id).statements:
            assert st.prop in schema.properties


def _fingerprint(case: Case) -> list[tuple[str, str, str]]:
    out = []
    for summary in entities.list_entities(case):
        schema = get_schema(summary.schema)
        for st in entities.get(case, summary.id).statements:
            if schema.properties[st.prop].type is not PropType.ENTITY:
                out.append((summary.schema, st.prop, st.original))
    return sorted(out)


def test_the_demo_is_the_same_every_time(demo: Case, tmp_path: Path) -> None:
    other = build_demo(tmp_path / "again.casebench")
    with open_case(other.path, "demo", user="tester") as case:
        assert _fingerprint(case) == _fingerprint(demo)


def test_existing_folder_is_refused_without_replace(tmp_path: Path) -> None:
    path = tmp_path / "Mar-Azul.casebench"
    build_demo(path, evidence=False)
    with pytest.raises(CaseExists, match="replace it") as refused:
        build_demo(path, evidence=False)
    assert refused.value.code == "demo.exists"  # the CLI says it with --replace (cli/error_texts.py)
    result = build_demo(path, replace=True, evidence=False)
    assert result.entities > 300
    assert not result.exhibits_added


def test_replace_never_deletes_other_folders(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with pytest.raises(CaseExists, match="not a casebench case"):
        build_demo(folder, replace=True)
    assert (folder / "keep.txt").read_text() == "mine"

    real = tmp_path / "Real.casebench"
    create_case(real, "secret passphrase", user="tester").close()
    with pytest.raises(CaseExists, match="demo passphrase"):
        build_demo(real, replace=True)
    assert (real / "case.json").exists()

    same_passphrase = tmp_path / "Other.casebench"
    create_case(same_passphrase, "demo", user="tester").close()
    with pytest.raises(CaseExists, match="not a demo case"):
        build_demo(same_passphrase, replace=True)
    assert (same_passphrase / "case.json").exists()


def test_an_empty_folder_is_used(tmp_path: Path) -> None:
    path = tmp_path / "empty"
    path.mkdir()
    assert build_demo(path, evidence=False).people >= 30


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "Mar-Azul.casebench"
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 50

    with pytest.raises(OperationCancelled):
        build_demo(path, cancelled=cancelled, evidence=False)
    assert not path.exists()


def test_progress_is_reported_up_to_the_total(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    build_demo(tmp_path / "p.casebench", progress=lambda d, t, m: seen.append((d, t)),
               evidence=False)
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_exhibits_hook_receives_the_ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    received: dict[str, Any] = {}

    def add_demo_exhibits(case: Case, ids: dict[str, str], **kw: Any) -> None:
        received.update(ids=ids, open=case.is_open, **kw)
        kw["progress"](1, 1, "exhibits")

    from casebench.demo import build as demo_module

    monkeypatch.setattr(demo_module, "add_demo_exhibits", add_demo_exhibits)
    monkeypatch.setattr(demo_module, "import_demo_tables", lambda *a, **kw: None)
    result = build_demo(tmp_path / "e.casebench")
    assert result.exhibits_added
    assert received["open"]
    assert {"person:garcia-marquez", "event:seizure-algeciras"} <= set(received["ids"])
    assert callable(received["cancelled"])


def test_the_guide_shows_what_the_demo_reports(built: tuple[DemoResult, float]) -> None:
    """docs/guide/first-case.md prints the demo's summary line; it must be the one a reader sees."""
    result, _seconds = built
    guide = (Path(__file__).resolve().parents[2] / "docs" / "guide" / "first-case.md").read_text(encoding="utf-8")
    line = (f"{result.people} people, {result.organisations} organisations, {result.calls} calls, "
            f"{result.payments} payments")
    assert line in guide
    assert f"the {result.people} people" in guide
