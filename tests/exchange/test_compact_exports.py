"""Calls kept as compact records (decision 53) leave the case exactly as calls stored as
statements: a bundle to a partner, FollowTheMoney, STIX and CASE/UCO carry the same
entities, values, provenance and handling filtering (ids are the records' derived ids), the
reference validators accept them, and a partner's bundle that comes back with values for
one of our records turns it into an ordinary entity first."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.compact_pair import Pair, compact_pair, locator_of
from tests.conftest import PASSPHRASE
from tests.exchange.conftest import Bench, make_bench, pin
from tests.exchange.test_roundtrip import do_import, export

from casebench.domain.handling import TLP, Handling
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType
from casebench.services import bundles, entities, interop
from casebench.services.bundles import Selection
from casebench.services.cases import create_case
from casebench.store import entities as repo
from casebench.store import exchange as xrepo
from casebench.store import records
from casebench.store.case import Case

EVERYTHING = interop.Selection(max_tlp=TLP.RED)


@pytest.fixture
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pair]:
    with compact_pair(tmp_path, monkeypatch) as p:
        yield p


def _all_ids(case: Case) -> list[str]:
    ids = [s.id for s in repo.list_entities(case)]
    known = set(ids)
    return ids + [e.id for e in records.all_entities(case) if e.id not in known]


def _view(case: Case, ids: list[str] | None = None) -> Counter[tuple[Any, ...]]:
    """Every entity as what a user sees of it: schema, caption, tags, handling, and each
    value with the caption of what it points at, its source row, author and handling."""
    out: Counter[tuple[Any, ...]] = Counter()
    for eid in ids if ids is not None else _all_ids(case):
        ent = repo.get_entity(case, eid)
        props = get_schema(ent.schema).properties
        values = []
        for s in ent.statements:
            value = s.value
            if props[s.prop].type is PropType.ENTITY:
                value = "-> " + repo.get_entity(case, value).caption
            values.append((s.prop, value, s.original, s.provenance.locator, s.provenance.author,
                           s.handling.tlp.short, s.provenance.source_exhibit or ""))
        out[(ent.schema, ent.caption, tuple(ent.tags), ent.handling.tlp.short, tuple(sorted(values)))] += 1
    return out


@pytest.fixture
def benches(pair: Pair, tmp_path: Path) -> Iterator[dict[str, tuple[Bench, Bench]]]:
    """Per kind of case: its sender (that case) and a partner with a fresh case."""
    made: dict[str, tuple[Bench, Bench]] = {}
    for kind, case in (("plain", pair.plain), ("compact", pair.compact)):
        a = make_bench(tmp_path, f"Ana {kind}", "UDYCO Madrid", "es", case)
        fresh = create_case(tmp_path / f"partner-{kind}.casebench", PASSPHRASE, user="bruno",
                            title="partner", reference="PT-2024-1", originator="PJ", originator_country="pt",
                            default_tlp="AMBER")
        b = make_bench(tmp_path, f"Bruno {kind}", "Policia Judiciaria", "pt", fresh)
        pin(a, b)
        pin(b, a)
        made[kind] = (a, b)
    try:
        yield made
    finally:
        for _a, b in made.values():
            if b.case.is_open:
                b.case.close()


def _send(benches: dict[str, tuple[Bench, Bench]], tmp_path: Path, sel: dict[str, Selection],
          back: bool = False) -> dict[str, bundles.ImportResult]:
    got = {}
    for kind, (a, b) in benches.items():
        src, dst = (b, a) if back else (a, b)
        n = len(list(tmp_path.glob(f"{kind}-*.cbx")))
        res = export(src, dst, tmp_path / f"{kind}-{'back' if back else 'out'}-{n}.cbx", sel[kind])
        got[kind] = do_import(dst, res.paths[0])
    return got


def test_bundle_of_the_calls_arrives_the_same(pair: Pair, benches: dict[str, tuple[Bench, Bench]],
                                              tmp_path: Path) -> None:
    sel = {"plain": Selection(tags=["cdr"]), "compact": Selection(tags=["cdr"])}
    plans = {kind: bundles.plan_export(a.case, sel[kind], [a.partners.by_key_id(b.identity.card.key_id)],
                                       identity=a.identity)  # type: ignore[list-item]
             for kind, (a, b) in benches.items()}
    assert plans["compact"].counts == plans["plain"].counts
    assert plans["compact"].counts["entities"] >= 399
    got = _send(benches, tmp_path, sel)
    assert got["compact"].statements_new == got["plain"].statements_new
    arrived = {kind: _view(b.case) for kind, (_a, b) in benches.items()}
    assert sum(arrived["plain"].values()) >= 399 + 2
    assert arrived["compact"] == arrived["plain"]
    # the partner holds the calls under the records' ids: the same at every export
    received = {e.id for e in records.all_entities(pair.compact)} & set(_all_ids(benches["compact"][1].case))
    assert len(received) == 399
    again = bundles.plan_export(pair.compact, sel["compact"], [benches["compact"][0].partners.by_key_id(
        benches["compact"][1].identity.card.key_id)], identity=benches["compact"][0].identity)  # type: ignore[list-item]
    assert set(again.entities) == set(plans["compact"].entities)


def test_bundle_of_a_person_and_its_calls(pair: Pair, benches: dict[str, tuple[Bench, Bench]],
                                          tmp_path: Path) -> None:
    sel = {kind: Selection(entity_ids=[pair.people["Ana Gomes"][i]], neighbours=True)
           for i, kind in enumerate(("plain", "compact"))}
    _send(benches, tmp_path, sel)
    arrived = {kind: _view(b.case) for kind, (_a, b) in benches.items()}
    assert sum(arrived["plain"].values()) > 2
    assert arrived["compact"] == arrived["plain"]


def test_red_handling_of_a_record_withholds_it_alike(pair: Pair, benches: dict[str, tuple[Bench, Bench]],
                                                     tmp_path: Path) -> None:
    # a handling change on one call (the record becomes an entity) and the export limit
    for i, case in enumerate((pair.plain, pair.compact)):
        call = _call_at(case, "row 10")
        repo.set_handling(case, "entity", call, Handling(tlp=TLP.RED))
        assert i == 0 or (not records.is_record_id(case, call) and repo.entity_exists(case, call))
    plans = {}
    for kind, (a, b) in benches.items():
        partner = a.partners.by_key_id(b.identity.card.key_id)
        assert partner is not None
        plans[kind] = bundles.plan_export(a.case, Selection(tags=["cdr"]), [partner], identity=a.identity,
                                          max_tlp=TLP.AMBER)
    assert plans["compact"].counts == plans["plain"].counts
    assert (sorted((w.kind, w.caption, w.reason) for w in plans["compact"].withheld)
            == sorted((w.kind, w.caption, w.reason) for w in plans["plain"].withheld))
    assert any(w.reason.startswith("it is RED") for w in plans["compact"].withheld)


def _call_at(case: Case, locator: str) -> str:
    for eid in _all_ids(case):
        if repo.entity_schema(case, eid) == "Call" and locator_of(case, eid) == locator:
            return eid
    raise AssertionError(locator)


def test_a_partners_values_on_our_record_materialize_it(pair: Pair, benches: dict[str, tuple[Bench, Bench]],
                                                        tmp_path: Path) -> None:
    sel = {"plain": Selection(tags=["cdr"]), "compact": Selection(tags=["cdr"])}
    _send(benches, tmp_path, sel)
    calls = {}
    for kind, (a, b) in benches.items():
        call = _call_at(a.case, "row 12")
        calls[kind] = call
        # the partner adds a value to our call and sends the call back
        with b.use():
            entities.add_values(b.case, call, [("notes", "seen at the border crossing")])
    assert records.is_record_id(pair.compact, calls["compact"])
    back = {kind: Selection(entity_ids=[calls[kind]]) for kind in benches}
    got = _send(benches, tmp_path, back, back=True)
    assert got["compact"].statements_new == got["plain"].statements_new >= 1
    assert got["compact"].entities_merged == got["plain"].entities_merged == 1
    assert not records.is_record_id(pair.compact, calls["compact"])
    assert pair.compact.conn.execute("SELECT 1 FROM entities WHERE id = ?", (calls["compact"],)).fetchone()
    for kind, case in (("plain", pair.plain), ("compact", pair.compact)):
        ent = repo.get_entity(case, calls[kind])
        assert "seen at the border crossing" in [s.value for s in ent.statements if s.prop == "notes"]
    vc, vp = _view(pair.compact), _view(pair.plain)
    assert vc - vp == vp - vc, (list(vc - vp)[:2], list(vp - vc)[:2])
    assert records.count(pair.compact) == 398


def test_store_readers_of_the_import_see_records(pair: Pair) -> None:
    case = pair.compact
    rec = next(iter(records.all_entities(case)))
    sid = rec.statements[0].id
    assert xrepo.existing_statement_ids(case, [sid, "nope"]) == {sid}
    assert xrepo.entity_schemas(case, [rec.id]) == {rec.id: "Call"}
    assert xrepo.entity_owner(case, rec.id) == "" and xrepo.statement_owner(case, sid) == ""
    assert xrepo.entity_caption(case, rec.id) == rec.caption
    dated = [s.value for s in rec.statements if s.prop == "date"]
    assert xrepo.prop_values(case, rec.id, ("date",)) == dated
    key = next(s.match_key for s in rec.statements if s.match_key)
    assert (rec.id, next(s.prop for s in rec.statements if s.match_key == key), key) in \
        xrepo.strong_matches(case, [key], [])
    from casebench.store import bulk_links

    assert bulk_links.existing_ids(case, [rec.id, "x"]) == {rec.id}


def test_red_rows_and_handlings_name_records(pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = pair.compact
    run = case.conn.execute("SELECT run FROM record_runs").fetchone()[0]
    red = Handling(tlp=TLP.RED)
    # a run imported as RED (as the table import writes it)
    case.conn.execute("UPDATE record_runs SET handling = ?, tlp = ? WHERE run = ?",
                      (json.dumps(red.to_json()), int(TLP.RED), run))
    rows = repo.red_rows(case)
    # the run stands for its records and their values: one row, not 399 and each value
    assert [(r.kind, r.count, r.handling.tlp) for r in rows if r.entity_id == r.id and r.kind == "records"] \
        == [("records", 399, TLP.RED)]
    assert not any(records.is_record_id(case, r.entity_id) for r in rows)
    rec = next(iter(records.all_entities(case))).id
    assert repo.entity_handlings(case)[rec][0].tlp is TLP.RED
    assert repo.handling_tlps(case)[rec] is TLP.RED
    assert rec in repo.entity_handlings(case) and len(repo.entity_handlings(case)) == len(_all_ids(case))


def _key_of(case: Case) -> dict[str, str]:
    """entity id -> a name for it in both cases of the pair (source row, else caption)."""
    return {eid: locator_of(case, eid) or repo.get_entity(case, eid).caption for eid in _all_ids(case)}


def _mapped(text: str, keys: dict[str, str]) -> str:
    # the two cases of the pair were made a moment apart: their creation times differ
    text = re.sub(r'"created_at":"[0-9T:.-]+Z"', '"created_at":"…"', text)
    return re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                  lambda m: keys.get(m.group(0), "?"), text)


def test_ftm_export_is_the_same(pair: Pair, tmp_path: Path) -> None:
    lines = {}
    for kind, case in (("plain", pair.plain), ("compact", pair.compact)):
        out = tmp_path / f"{kind}.ftm.json"
        report = interop.export_ftm(case, out, EVERYTHING)
        assert report.entities >= 399 + 3
        keys = _key_of(case)
        lines[kind] = sorted(_mapped(line, keys) for line in out.read_text("utf-8").splitlines())
    assert lines["compact"] == lines["plain"]
    assert "?" not in "".join(lines["compact"])


def test_ftm_export_of_a_tag_and_ids(pair: Pair, tmp_path: Path) -> None:
    for sel in (lambda i: interop.Selection(tag="cdr"),
                lambda i: interop.Selection(entity_ids=(pair.people["Ana Gomes"][i],))):
        lines = {}
        for i, (kind, case) in enumerate((("plain", pair.plain), ("compact", pair.compact))):
            out = tmp_path / f"{kind}-{id(sel)}.ftm.json"
            interop.export_ftm(case, out, sel(i))
            keys = _key_of(case)
            lines[kind] = sorted(_mapped(line, keys) for line in out.read_text("utf-8").splitlines())
        assert lines["compact"] == lines["plain"] and lines["plain"]


def _stix_shape(doc: dict[str, Any]) -> Counter[str]:
    out: Counter[str] = Counter()
    for o in doc["objects"]:
        out[json.dumps({k: v for k, v in o.items() if not k.endswith("ref") and not k.endswith("refs")
                        and k not in ("id", "created", "modified")}, sort_keys=True)] += 1
    return out


def test_stix_export_is_the_same(pair: Pair, tmp_path: Path) -> None:
    docs = {}
    for kind, case in (("plain", pair.plain), ("compact", pair.compact)):
        out = tmp_path / f"{kind}.stix.json"
        interop.export_stix(case, out, EVERYTHING)
        docs[kind] = json.loads(out.read_text("utf-8"))
    assert sum(o.get("description", "").startswith("call") for o in docs["compact"]["objects"]) >= 100
    assert _stix_shape(docs["compact"]) == _stix_shape(docs["plain"])
    assert len(docs["compact"]["objects"]) == len(docs["plain"]["objects"])


def test_case_uco_export_of_the_calls_is_the_same(pair: Pair, tmp_path: Path) -> None:
    shapes = {}
    for kind, case in (("plain", pair.plain), ("compact", pair.compact)):
        out = tmp_path / f"{kind}.jsonld"
        report = interop.export_case_uco(case, out, interop.Selection(tag="cdr", max_tlp=TLP.RED))
        assert report.exhibits == 1
        doc = json.loads(out.read_text("utf-8"))
        shapes[kind] = sorted(n["@type"] if isinstance(n["@type"], str) else "+".join(n["@type"])
                              for n in doc["@graph"])
    assert shapes["compact"] == shapes["plain"]


followthemoney = pytest.importorskip("followthemoney")
stix2validator = pytest.importorskip("stix2validator")


def test_validators_accept_the_compact_exports(pair: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.exchange.formats.test_validators import _ftm_problems

    out = tmp_path / "c.ftm.json"
    interop.export_ftm(pair.compact, out, EVERYTHING)
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sum(d["schema"] == "Call" for d in lines) >= 399
    assert _ftm_problems(lines) == []
    out = tmp_path / "c.stix.json"
    interop.export_stix(pair.compact, out, EVERYTHING)
    results = stix2validator.validate_file(str(out), stix2validator.ValidationOptions(strict=True))
    messages = [e.message for r in results.object_results for e in r.errors + r.warnings]
    assert results.is_valid and messages == [], messages[:5]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_case_validate_accepts_the_compact_case_uco(pair: Pair, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    case_validate = pytest.importorskip("case_utils.case_validate")
    import socket
    import warnings

    out = tmp_path / "c.jsonld"
    interop.export_case_uco(pair.compact, out, interop.Selection(tag="cdr", max_tlp=TLP.RED))

    def refuse(*_a: Any, **_k: Any) -> None:
        raise OSError("case_validate tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    with warnings.catch_warnings():
        warnings.simplefilter("error", case_validate.NonExistentCDOConceptWarning)
        result = case_validate.validate(str(out))
    assert result.conforms, result.text


def test_ftm_reimport_of_our_export_adds_to_the_record(pair: Pair, tmp_path: Path) -> None:
    """Our FtM export of a call, with a value added elsewhere, read back: the record takes
    the value as an ordinary entity would."""
    counts = {}
    for kind, case in (("plain", pair.plain), ("compact", pair.compact)):
        call = _call_at(case, "row 20")
        out = tmp_path / f"{kind}-one.ftm.json"
        interop.export_ftm(case, out, interop.Selection(entity_ids=(call,), max_tlp=TLP.RED))
        docs = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
        doc = next(d for d in docs if d["id"] == call)
        doc["properties"]["notes"] = ["from the FtM file"]
        out.write_text("\n".join(json.dumps(d) for d in docs) + "\n", "utf-8")
        report = interop.import_ftm(case, out)
        counts[kind] = (report.entities, report.updated, report.statements)
        ent = repo.get_entity(case, call)
        assert "from the FtM file" in [s.value for s in ent.statements if s.prop == "notes"]
    assert counts["compact"] == counts["plain"]
    assert not records.is_record_id(pair.compact, _call_at(pair.compact, "row 20"))


def _import_as_red(pair: Pair) -> None:
    """Both cases as if the CDR had been imported with RED handling."""
    red = json.dumps(Handling(tlp=TLP.RED).to_json())
    with pair.plain.transaction() as conn:
        calls = "SELECT entity_id FROM entity_tags WHERE tag = 'cdr'"
        conn.execute(f"UPDATE entities SET handling = ?, tlp = ? WHERE id IN ({calls})", (red, int(TLP.RED)))
        conn.execute(f"UPDATE statements SET handling = ?, tlp = ? WHERE entity_id IN ({calls})",
                     (red, int(TLP.RED)))
    with pair.compact.transaction() as conn:
        conn.execute("UPDATE record_runs SET handling = ?, tlp = ?", (red, int(TLP.RED)))


def test_a_red_import_stays_home_alike(pair: Pair, benches: dict[str, tuple[Bench, Bench]],
                                       tmp_path: Path) -> None:
    _import_as_red(pair)
    reports, lines = {}, {}
    for kind, case in (("plain", pair.plain), ("compact", pair.compact)):
        out = tmp_path / f"{kind}-red.ftm.json"
        reports[kind] = interop.export_ftm(case, out)  # up to AMBER
        keys = _key_of(case)
        lines[kind] = sorted(_mapped(line, keys) for line in out.read_text("utf-8").splitlines())
    assert reports["compact"].withheld == reports["plain"].withheld >= 399
    assert lines["compact"] == lines["plain"]
    assert not any('"schema":"Call","tags":["cdr"]' in line for line in lines["compact"])
    plans = {}
    for kind, (a, b) in benches.items():
        partner = a.partners.by_key_id(b.identity.card.key_id)
        assert partner is not None
        plans[kind] = bundles.plan_export(a.case, Selection(tags=["cdr"]), [partner], identity=a.identity)
    assert plans["compact"].counts == plans["plain"].counts
    assert (Counter((w.kind, w.caption, w.reason) for w in plans["compact"].withheld)
            == Counter((w.kind, w.caption, w.reason) for w in plans["plain"].withheld))
    assert len(plans["compact"].withheld) >= 399
    plain = Counter((r.kind, r.handling.tlp) for r in repo.red_rows(pair.plain))
    compact = [(r.kind, r.count, r.handling.tlp) for r in repo.red_rows(pair.compact)]
    # the calls kept as records are their import's one row (each call's entity row, plainly)
    assert compact == [("records", plain[("entity", TLP.RED)], TLP.RED)]


def test_a_value_retracted_from_a_record_travels_as_a_retraction(
        pair: Pair, benches: dict[str, tuple[Bench, Bench]], tmp_path: Path) -> None:
    sel = {"plain": Selection(tags=["cdr"]), "compact": Selection(tags=["cdr"])}
    _send(benches, tmp_path, sel)
    for case in (pair.plain, pair.compact):
        call = repo.get_entity(case, _call_at(case, "row 15"))
        duration = next(s for s in call.statements if s.prop == "duration")
        entities.retract(case, duration.id, "typed from the wrong line")
    plans = {}
    for kind, (a, b) in benches.items():
        partner = a.partners.by_key_id(b.identity.card.key_id)
        assert partner is not None
        plans[kind] = bundles.plan_export(a.case, sel[kind], [partner], identity=a.identity)
    assert plans["compact"].counts == plans["plain"].counts
    assert plans["compact"].counts["retractions"] == 1
    got = _send(benches, tmp_path, sel)
    assert got["compact"].retracted == got["plain"].retracted == 1
    arrived = {kind: _view(b.case) for kind, (_a, b) in benches.items()}
    assert arrived["compact"] == arrived["plain"]
    partner_call = _call_at(benches["compact"][1].case, "row 15")
    assert "duration" not in {s.prop for s in repo.get_entity(benches["compact"][1].case, partner_call).statements}
