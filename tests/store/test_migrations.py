"""Every migration step applies to a real case of the previous version, keeping its content."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from casebench.services import entities, search
from casebench.store import audit, migrations
from casebench.store.case import Case

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "v1.casebench"
PASSPHRASE = "fixture passphrase v1"


@pytest.fixture
def v1_case(tmp_path: Path) -> Path:
    target = tmp_path / "v1.casebench"
    shutil.copytree(FIXTURE, target)
    (target / "evidence").mkdir(exist_ok=True)
    return target


def _stop_before(monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    """Cases open at the version before `version` until `monkeypatch.undo()`."""
    before = [s for s in migrations.steps() if s[0] < version]
    monkeypatch.setattr(migrations, "steps", lambda: before)
    monkeypatch.setattr(migrations, "latest_version", lambda: len(before))


def test_each_migration_module_declares_the_version_of_its_file_name() -> None:
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(migrations.__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{migrations.__name__}.{info.name}")
            assert int(info.name[1:5]) == module.VERSION, info.name


def test_v1_fixture_upgrades_to_the_latest_version(v1_case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        people = entities.list_entities(case, schema="Person")
        assert [p.caption for p in people] == ["Maria da Conceição Lopes"]
        assert search.search(case, "Conceicao")[0].caption == "Maria da Conceição Lopes"
        assert audit.verify(case) == []
    # and a second open runs no migration again
    def must_not_run(conn: object) -> None:
        raise AssertionError("a migration ran twice")

    steps = [(v, must_not_run) for v, _ in migrations.steps()]
    monkeypatch.setattr(migrations, "steps", lambda: steps)
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()


def test_a_failing_migration_leaves_the_case_at_its_old_version(v1_case: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    real = migrations.steps()

    def broken(conn: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrations, "steps", lambda: [*real, (len(real) + 1, broken)])
    monkeypatch.setattr(migrations, "latest_version", lambda: len(real) + 1)
    with pytest.raises(RuntimeError):
        Case.open(v1_case, PASSPHRASE, user="tester")
    monkeypatch.undo()
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == len(real)


def test_step_9_adds_the_executive_summary_to_a_version_8_case(
        v1_case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A case at version 8 (no summary table) keeps its content and gains the summary."""
    from casebench.domain.handling import TLP
    from casebench.services import summary

    path = v1_case
    _stop_before(monkeypatch, 9)
    with Case.open(path, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == 8
        eid = entities.add_entity(case, entities.EntityDraft("Person", [("name", "Ana Gomes")], []),
                                  entities.Source())
    monkeypatch.undo()
    with Case.open(path, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert entities.get(case, eid).caption == "Ana Gomes"
        assert summary.get_summary(case) is None
        saved = summary.set_summary(case, "Route and state of play.", TLP.GREEN)
        assert (saved.author, saved.tlp) == ("tester", TLP.GREEN)
    with Case.open(path, PASSPHRASE, user="other") as case:
        again = summary.get_summary(case)
        assert again is not None and again.text == "Route and state of play." and again.author == "tester"
        assert audit.verify(case) == []


def test_step_10_indexes_names_in_one_folding_and_phone_numbers_by_their_end(
        v1_case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A case at version 9 (names in SQLite's folding, no phone tail index) gains both."""
    _stop_before(monkeypatch, 10)
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == 9
        søren = entities.add_entity(case, entities.EntityDraft(
            "Person", [("name", "Søren N'Diaye"), ("phone", "+220 771 2345")]))
    monkeypatch.undo()
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        conn = case.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "names_fts" not in tables  # names are in `search_names` since step 15
        # names and captions written before the step are folded by casebench's rule, and
        # new ones too
        for typed in ("soren", "ndiaye", "SØREN"):
            assert entities.count_entities(case, text=typed) == 1, typed
        assert "Maria da Conceição Lopes" in {e.caption for e in entities.list_entities(case, text="conceicao")}
        assert [h.entity_id for h in search.find(case, "soren").hits] == [søren]
        later = entities.add_entity(case, entities.EntityDraft("Person", [("name", "Đorđe Łukasz")]))
        assert [s.id for s in entities.list_entities(case, text="dorde lukasz")] == [later]
        # the last seven digits are an index look-up, not a read of every value
        assert [h.entity_id for h in search.find(case, "771 2345").hits] == [søren]
        plan = " ".join(str(r) for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT seq FROM statements WHERE substr(match_key, -7) = ?"
            " AND substr(match_key, 1, 6) = 'phone:' AND match_key LIKE ?", ("7712345", "%7712345")))
        assert "statements_phone_tail" in plan
        # a changed name leaves the index consistent (the triggers fold old and new alike)
        conn.execute("UPDATE statements SET value = 'Søren Kierkegaard' WHERE entity_id = ?"
                     " AND prop = 'name'", (søren,))
        assert [h.entity_id for h in search.find(case, "kierkegaard").hits] == [søren]
        assert search.find(case, "ndiaye").hits == []
        conn.execute("INSERT INTO search_names(search_names) VALUES ('integrity-check')")
        # and a changed caption is folded again for the list filter
        conn.execute("UPDATE entities SET caption = 'Søren Kierkegaard' WHERE id = ?", (søren,))
        assert entities.count_entities(case, text="kierkegaard") == 1
        assert entities.count_entities(case, text="ndiaye") == 0


def test_step_11_adds_the_register_of_imports_in_chunks(
        v1_case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A case at version 10 keeps its content and its register of imported files (finished
    imports, which cannot be rolled back: nobody recorded what they wrote), and can then
    record, list and roll back imports in chunks."""
    from casebench.store import import_runs, import_specs
    from casebench.store.errors import InvalidInput

    _stop_before(monkeypatch, 11)
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == 10
        kept = entities.add_entity(case, entities.EntityDraft("Person", [("name", "Ana Gomes")]))
        old = import_specs.record_import(case, kind="table", sha256="1" * 64, spec_digest="d",
                                         spec_name="cdr", file_name="old.csv", exhibit_id=None,
                                         at="2025-01-01T00:00:00Z", rows=3, entities=3,
                                         statements=9, rejected=0)
    monkeypatch.undo()
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert entities.get(case, kept).caption == "Ana Gomes"
        assert import_runs.unfinished(case) == []
        assert import_specs.find_import(case, "table", "1" * 64, "d").rows == 3
        with pytest.raises(InvalidInput, match="cannot be rolled back"):
            import_runs.rollback(case, old)
        run = import_runs.start(case, kind="table", sha256="0" * 64, spec_digest="d", spec_name="",
                                file_name="x.csv", exhibit_id=None, at="2026-01-01T00:00:00Z")
        assert [r.id for r in import_runs.unfinished(case)] == [run.id]
        assert import_runs.rollback(case, run.id).entities == 0
        assert import_runs.unfinished(case) == []
def test_step_12_keeps_the_counts_of_an_existing_case(v1_case: Path) -> None:
    """The counts start from what the old case holds, and verify agrees with them."""
    from casebench.services import cases
    from casebench.store import stats

    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        conn = case.conn
        info = cases.case_info(case)
        assert info.statements == conn.execute(
            "SELECT count(*) FROM statements WHERE retracted = 0").fetchone()[0] > 0
        assert info.audit_records == conn.execute("SELECT count(*) FROM audit").fetchone()[0]
        assert info.entities == len(entities.list_entities(case)) > 0
        assert stats.kept_count_problems(case) == []


def test_step_13_measures_the_reach_of_the_dated_items_already_there(v1_case: Path) -> None:
    """The timeline's lower bound starts from the longest item the old case holds."""
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        conn = case.conn
        reach = conn.execute("SELECT n FROM case_counts WHERE name = 'timeline_reach_days'").fetchone()[0]
        longest = conn.execute(
            "SELECT max(julianday(substr(date_end, 1, 19)) - julianday(substr(date_start, 1, 19)))"
            " FROM statements WHERE date_start IS NOT NULL"
            " AND substr(date_end, 1, 10) != substr(date_start, 1, 10)").fetchone()[0] or 0
        assert longest <= reach <= longest + 1


def test_step_15_moves_search_to_tables_with_entity_property_and_folded_text(
        v1_case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A case at version 14 (names in `names_fold`, other values in `statements_fts`, both
    without entity or property) gains the two full-text tables, filled from what it holds."""
    from tests.search_index import index_problems

    _stop_before(monkeypatch, 15)
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == 14
        søren = entities.add_entity(case, entities.EntityDraft(
            "Person", [("name", "Søren N'Diaye"), ("notes", "lives on Karl Straße"), ("alias", "El Danés")]))
        other = entities.add_entity(case, entities.EntityDraft("Person", [("name", "S. Ndiaye"),
                                                                          ("alias", "Tounkara")]))
        alias = next(s for s in entities.get(case, søren).statements if s.prop == "alias")
        entities.retract(case, alias.id, "wrong")
        entities.merge(case, other, søren, "same passport")
        live = case.conn.execute("SELECT count(*) FROM statements WHERE retracted = 0").fetchone()[0]
    monkeypatch.undo()
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        conn = case.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"search_names", "search_values"} <= tables
        assert not {"names_fold", "statements_fts"} & tables
        # every live statement, and only those, with its entity, property and folded value
        assert index_problems(case) == []
        rows = conn.execute("SELECT (SELECT count(*) FROM search_names) + (SELECT count(*) FROM search_values)")
        assert rows.fetchone()[0] == live
        # the content written before the step is found as typed, other values folded as names
        assert search.search(case, "Conceicao")[0].caption == "Maria da Conceição Lopes"
        assert [h.entity_id for h in search.find(case, "strasse").hits] == [søren]
        assert [h.entity_id for h in search.find(case, "ndiaye").hits] == [søren]  # merged: once
        assert search.find(case, "danes").hits == []  # retracted before the step
        assert [h.entity_id for h in search.find(case, "tounkara").hits] == [søren]
        # and what is written after it too
        later = entities.add_entity(case, entities.EntityDraft("Person", [("name", "Đorđe Łukasz")]))
        assert [h.entity_id for h in search.find(case, "dorde").hits] == [later]
        assert index_problems(case) == []


def test_step_16_reads_the_timeline_window_from_indexes(
        v1_case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Items written at version 15 (a range reaching in through its endDate, a retracted
    endDate, calls) show in the window after the step, now read from the covering indexes."""
    from casebench.services import charts
    from casebench.store import timeline_extra

    lo, hi = datetime(2024, 5, 1, tzinfo=UTC), datetime(2024, 5, 8, tzinfo=UTC)
    before = [s for s in migrations.steps() if s[0] < 16]
    monkeypatch.setattr(migrations, "steps", lambda: before)
    monkeypatch.setattr(migrations, "latest_version", lambda: len(before))
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == 15
        add = entities.add_entity
        add(case, entities.EntityDraft("Event", [("name", "Voyage"), ("startDate", "2024-04-20"),
                                                 ("endDate", "2024-05-03")]))
        cut = add(case, entities.EntityDraft("Event", [("name", "Stay"), ("startDate", "2024-05-02"),
                                                       ("endDate", "2024-06-30")]))
        for d in range(1, 10):  # the 8th at 18:00 and the 9th start after the window
            add(case, entities.EntityDraft("Call", [("callerNumber", "+34 600 000 001"),
                                                    ("date", f"2024-05-0{d}T18:00Z")]))
        end_of_stay = next(s for s in entities.get(case, cut).statements if s.prop == "endDate")
        entities.retract(case, end_of_stay.id, reason="wrong")
    monkeypatch.undo()
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        conn = case.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        rows = charts.timeline_window(case, lo, hi, with_parties=True).rows
        assert [r.schema for r in rows].count("Call") == 7
        ends = {r.caption: r.end for r in rows if r.schema == "Event"}
        assert ends["Voyage"] >= "2024-05-03"  # reaches in through its endDate
        assert ends["Stay"] < "2024-05-03"  # its retracted endDate no longer stretches it
        assert [r.start for r in rows] == sorted(r.start for r in rows)
        plan = " ".join(str(r) for r in conn.execute(
            "EXPLAIN QUERY PLAN " + timeline_extra._COLS + timeline_extra._BASE
            + " AND s.date_start >= ? AND s.date_start <= ? ORDER BY s.date_start, s.seq", ("a", "b")))
        assert "COVERING INDEX statements_timeline" in plan and "COVERING INDEX entities_label" in plan
        assert "TEMP B-TREE" not in plan  # already in (date_start, seq) order
        entities.add_entity(case, entities.EntityDraft("Event", [("name", "Later"), ("date", "2024-05-05")]))
        assert "Later" in {r.caption for r in charts.timeline_window(case, lo, hi).rows}


def test_step_17_keeps_stand_alone_blobs_and_packs_new_small_files(
        v1_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Blobs written at version 16 (one age file each) are read, verified and extracted as
    before; new small files go into packs; a casebench that reads only up to version 16
    then refuses the case instead of reporting the packed content missing."""
    from casebench.evidence import intake
    from casebench.evidence.contentstore import blob_path
    from casebench.services import evidence
    from casebench.services.verify import verify_case
    from casebench.store.errors import NewerVersion
    from casebench.store.exhibits import ExhibitDraft

    src = tmp_path / "phone"
    src.mkdir()
    for i in range(12):
        (src / f"{i:02d}.txt").write_bytes(f"message {i}\n".encode() * (i * 50 + 1))
    _stop_before(monkeypatch, 17)
    # casebench 16: no packs table, every file an age file of its own
    monkeypatch.setattr(intake, "PARALLEL_BELOW", -1)
    monkeypatch.setattr(intake.packs_repo, "all_pack_ids", lambda case: set())
    monkeypatch.setattr(intake.packs_repo, "with_dead_members", lambda case: set())
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == 16
        evidence.add_exhibit(case, ExhibitDraft("OLD-1", type="data"))
        evidence.intake(case, "OLD-1", [src])
        old = {f.rel_path: f.blob_id for f in evidence.content_files(case, "OLD-1")}
    monkeypatch.undo()
    assert all(blob_path(v1_case, b).is_file() for b in old.values())
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        conn = case.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert conn.execute("SELECT count(*) FROM blobs WHERE pack_id IS NULL").fetchone()[0] == 12
        evidence.add_exhibit(case, ExhibitDraft("NEW-1", type="data"))
        (src / "new.bin").write_bytes(os.urandom(70_000))
        evidence.intake(case, "NEW-1", [src])
        assert conn.execute("SELECT count(*), sum(members) FROM packs").fetchone() == (1, 1)  # the rest: known
        for quick in (False, True):  # (the fixture's key slot predates the slot digests)
            problems = [p for p in verify_case(case, quick=quick).problems if not p.startswith("keys/")]
            assert problems == []
        for ref in ("OLD-1", "NEW-1"):
            out = tmp_path / f"out-{ref}"
            evidence.extract(case, ref, out, "court")
            for f in evidence.content_files(case, ref):
                assert (out / f.rel_path).read_bytes() == (src.parent / f.rel_path).read_bytes()
    _stop_before(monkeypatch, 17)
    with pytest.raises(NewerVersion):
        Case.open(v1_case, PASSPHRASE, user="tester")


def test_step_18_lists_names_in_the_alphabets_order(v1_case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Names written at version 17 come in the alphabet's order after the step, not the code
    points' (Óscar after Zoe before), read through the new name indexes."""
    _stop_before(monkeypatch, 18)
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == 17
        for name in ("Zoe Martin", "Óscar Pérez", "José Luis García", "João Pedro Santos"):
            entities.add_entity(case, entities.EntityDraft("Person", [("name", name)]))
    monkeypatch.undo()
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        conn = case.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        names = [e.caption for e in entities.list_entities(case, schema="Person")]
        mine = [n for n in names if n in ("Zoe Martin", "Óscar Pérez", "José Luis García", "João Pedro Santos")]
        assert mine == ["João Pedro Santos", "José Luis García", "Óscar Pérez", "Zoe Martin"]
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"entities_name_order", "entities_schema_name_order"} <= indexes
        assert not {"entities_caption_nocase", "entities_schema_caption_nocase"} & indexes
