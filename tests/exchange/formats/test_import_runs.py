"""Table imports in chunks: each its own transaction, resumable after a crash, rolled back by id."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.exchange.formats.cdr import write_cdr
from tests.search_index import index_problems

from casebench.cli.main import main
from casebench.exchange.formats.mapping import call_record_spec
from casebench.services import entities, search, table_import
from casebench.services.cases import create_case
from casebench.services.progress import OperationCancelled
from casebench.services.table_import import import_table, rollback_import, unfinished_imports
from casebench.store import audit
from casebench.store.case import Case
from casebench.store.errors import InvalidInput, NotFound

pytestmark = pytest.mark.usefixtures("statement_path")  # see the fixture

ROWS = 1200


@pytest.fixture(autouse=True)
def _small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_import, "CHUNK_ROWS", 500)
    monkeypatch.setattr(table_import, "BATCH_ROWS", 200)


def _spec() -> Any:
    return call_record_spec("CDR", caller="Llamante", receiver="Destinatario", date="Fecha y hora",
                            duration="Duración (s)", record_id="Nº registro", tz="Europe/Madrid")


def _content(case: Case) -> list[tuple[str, ...]]:
    """What a user sees of the imported calls: captions, values, sources (not ids or times)."""
    return sorted(case.conn.execute(
        "SELECT e.schema, e.caption, e.caption_fold, s.prop, s.value, s.original, s.locator,"
        " s.source_exhibit FROM statements s JOIN entities e ON e.id = s.entity_id").fetchall())


def _crash_after(calls: int) -> Any:
    """A progress callback that kills the import (as a power cut would) at its n-th call."""
    seen = [0]

    def progress(done: int, total: int, message: str) -> None:
        seen[0] += 1
        if seen[0] >= calls:
            raise RuntimeError("power cut")
    return progress


def test_rows_load_in_chunks_and_are_found_like_rows_loaded_at_once(case: Case, tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "cdr.csv", ROWS, bad={7: (1, "31/02/2024 10:00:00")})
    report = import_table(case, path, _spec())
    assert report.imported and report.imported_rows == ROWS - 1 and report.rejected_rows == 1
    assert unfinished_imports(case) == []
    chunks = case.conn.execute("SELECT count(*) FROM import_chunks WHERE import_id = ?",
                               (report.import_id,)).fetchone()[0]
    assert chunks == 3  # 1,200 rows in chunks of 500
    # the full-text index was filled for every chunk: the last record is found by its id
    hits = search.find(case, "CDR-0001199").hits
    assert len(hits) == 1 and entities.get(case, hits[0].entity_id).first("recordId") == "CDR-0001199"
    # captions were folded without the per-row trigger
    assert not case.conn.execute("SELECT count(*) FROM entities WHERE caption_fold = ''").fetchone()[0]
    trig = {r[0] for r in case.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"search_names_ai", "search_values_ai", "entities_caption_fold_ai"} <= trig
    assert index_problems(case) == []
    assert audit.verify(case) == []


def test_an_interrupted_import_resumes_where_it_stopped(case: Case, tmp_path: Path,
                                                        tmp_path_factory: pytest.TempPathFactory) -> None:
    path = write_cdr(tmp_path / "cdr.csv", ROWS, bad={3: (1, "31/02/2024 10:00:00"),
                                                      900: (2, "not a number")})
    with pytest.raises(RuntimeError):
        import_table(case, path, _spec(), progress=_crash_after(4))  # inside the second chunk
    [run] = unfinished_imports(case)
    assert run.file_name == "cdr.csv" and run.done_row == 501  # row 1 is the header
    partial = case.conn.execute("SELECT count(*) FROM entities WHERE schema = 'Call'").fetchone()[0]
    assert partial == 499  # the first chunk only, less its bad row

    report = import_table(case, path, _spec())
    assert report.resumed_after == 501 and "resumed an interrupted import after row 501" in report.summary()
    assert (report.rows, report.imported_rows, report.rejected_rows) == (ROWS, ROWS - 2, 2)
    assert unfinished_imports(case) == []
    # the same case content as an import that was never interrupted
    other = create_case(tmp_path_factory.mktemp("o") / "O.casebench", "pw pw pw pw", user="tester",
                        title="O", originator_country="es", default_tlp="AMBER")
    try:
        import_table(other, path, _spec())
        mine = [r[:-1] for r in _content(case)]  # the exhibit reference is the same (content hash)
        assert mine == [r[:-1] for r in _content(other)]
    finally:
        other.close()
    # and the file is now known: importing it again adds nothing
    assert import_table(case, path, _spec()).already_imported
    assert index_problems(case) == []


def test_an_interrupted_import_can_be_rolled_back(case: Case, tmp_path: Path) -> None:
    before = entities.add_entity(case, entities.EntityDraft("Person", [("name", "Ana Gomes")]))
    path = write_cdr(tmp_path / "cdr.csv", ROWS)
    with pytest.raises(RuntimeError):
        import_table(case, path, _spec(), progress=_crash_after(5))
    [run] = unfinished_imports(case)
    done = rollback_import(case, run.id[:8])
    assert done.entities == 1000 and done.statements > 0
    assert unfinished_imports(case) == []
    assert [r[0] for r in case.conn.execute("SELECT id FROM entities")] == [before]
    assert search.find(case, "CDR-0000001").hits == []
    assert index_problems(case) == []  # the rows deleted left the full-text tables too
    assert audit.verify(case) == []
    assert audit.records(case)[-1].action == "table import rolled back"
    # the file imports again in full afterwards
    assert import_table(case, path, _spec()).imported_rows == ROWS


def test_a_finished_import_rolls_back_and_the_register_forgets_it(case: Case, tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "cdr.csv", 300)
    report = import_table(case, path, _spec())
    rollback_import(case, report.import_id)
    assert case.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 0
    with pytest.raises(NotFound, match="no import"):
        rollback_import(case, report.import_id)
    assert import_table(case, path, _spec()).imported_rows == 300


def test_a_merged_record_stops_a_rollback_without_deleting_anything(case: Case, tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "cdr.csv", 300)
    report = import_table(case, path, _spec())
    a, b = (r[0] for r in case.conn.execute("SELECT id FROM entities ORDER BY rowid LIMIT 2"))
    entities.merge(case, b, a, reason="same call")
    statements = case.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    with pytest.raises(InvalidInput, match="merged or added to"):
        rollback_import(case, report.import_id)
    assert case.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == statements


def test_cancel_after_committed_chunks_leaves_the_case_as_it_was(case: Case, tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "cdr.csv", ROWS)
    calls = iter(range(1000))
    with pytest.raises(OperationCancelled):
        import_table(case, path, _spec(), cancelled=lambda: next(calls) >= 8)
    assert case.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    assert case.conn.execute("SELECT count(*) FROM file_imports").fetchone()[0] == 0
    assert case.conn.execute("SELECT count(*) FROM search_values").fetchone()[0] == 0


def test_a_file_unreadable_half_way_names_the_file_and_leaves_the_case_as_it_was(
        case: Case, tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "cdr.csv", ROWS, encoding="utf-8")
    path.write_bytes(path.read_bytes() + "CDR-9;01/01/2024 10:00:00;+34 612345678;+34 612345679;1;Cádiz"
                     .encode("latin-1") + b"\r\n")
    fmt = table_import.sniff_table(path, _spec(), encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"cdr\.csv.*not valid utf-8") as err:
        import_table(case, path, _spec(), fmt=fmt)
    assert "in line 1202" in str(err.value)  # the header is line 1
    assert case.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    assert case.conn.execute("SELECT count(*) FROM file_imports").fetchone()[0] == 0


def test_cli_lists_unfinished_imports_and_rolls_one_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    case_path = tmp_path / "C.casebench"
    c = create_case(case_path, "pw pw pw pw", user="tester", title="T", originator_country="es",
                    default_tlp="AMBER")
    path = write_cdr(tmp_path / "cdr.csv", ROWS)
    with pytest.raises(RuntimeError):
        import_table(c, path, _spec(), progress=_crash_after(4))
    c.close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", "pw pw pw pw")
    assert main(["import-table", str(case_path), "--unfinished", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["file"] == "cdr.csv" and listed["done_row"] == 501
    assert main(["import-table", str(case_path), "--rollback", listed["import"]]) == 0
    assert "rolled back: 500 entities" in capsys.readouterr().out
    assert main(["import-table", str(case_path), "--unfinished"]) == 0
    assert "no unfinished import" in capsys.readouterr().out
    assert main(["import-table", str(case_path), str(path), "--schema", "Call", "--map",
                 "Nº registro=recordId", "--json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert done["imported_rows"] == ROWS and done["resumed_after"] == 0
    assert main(["import-table", str(case_path), "--rollback", done["import"], "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["entities"] == ROWS
    assert main(["import-table", str(case_path), "--rollback", "nosuchimport"]) == 1
    assert "no import 'nosuchimport'" in capsys.readouterr().err


def test_a_rollback_stopped_half_way_is_finished_later_and_never_resumed(case: Case, tmp_path: Path) -> None:
    path = write_cdr(tmp_path / "cdr.csv", ROWS)
    report = import_table(case, path, _spec())
    calls = iter(range(10))
    with pytest.raises(OperationCancelled):
        rollback_import(case, report.import_id, cancelled=lambda: next(calls) >= 1)
    [run] = unfinished_imports(case)
    assert run.state == "rolling back"
    assert 0 < case.conn.execute("SELECT count(*) FROM entities").fetchone()[0] < ROWS
    # the file cannot be imported again (nor resumed) until the rollback is finished
    with pytest.raises(InvalidInput, match="is being rolled back; finish rolling it back first"):
        import_table(case, path, _spec())
    rollback_import(case, run.id)
    assert case.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    assert unfinished_imports(case) == []
    assert import_table(case, path, _spec()).imported_rows == ROWS


KILLED = r"""
import sys, time
from casebench.exchange.formats.mapping import call_record_spec
from casebench.services import table_import as t
from casebench.services.cases import open_case
t.CHUNK_ROWS, t.BATCH_ROWS = 500, 200
t.COMPACT_SCHEMATA = frozenset()  # the statement path (see the statement_path fixture)
case = open_case(sys.argv[1], sys.argv[2], user="tester")
spec = call_record_spec("CDR", caller="Llamante", receiver="Destinatario", date="Fecha y hora",
                        duration="Duración (s)", record_id="Nº registro", tz="Europe/Madrid")
calls = []
def progress(done, total, message):
    calls.append(done)
    if len(calls) == 5:  # in the third chunk, two committed
        print("KILL ME", flush=True)
        time.sleep(60)
t.import_table(case, sys.argv[3], spec, progress=progress)
"""


@pytest.mark.slow
def test_kill_9_during_an_import_leaves_committed_chunks_that_resume(case_path: Path, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    from tests.conftest import PASSPHRASE

    from casebench.services.cases import open_case

    create_case(case_path.parent / "K.casebench", PASSPHRASE, user="tester", title="K",
                originator_country="es", default_tlp="AMBER").close()
    path = write_cdr(tmp_path / "cdr.csv", ROWS)
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(case_path.parent / "K.casebench"),
                             PASSPHRASE, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "KILL ME"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    case = open_case(case_path.parent / "K.casebench", PASSPHRASE, user="tester")
    try:
        [run] = unfinished_imports(case)
        assert run.done_row == 1001
        calls = case.conn.execute("SELECT count(*) FROM entities WHERE schema = 'Call'").fetchone()[0]
        assert calls == 1000  # two whole chunks, nothing of the third
        report = import_table(case, path, _spec())
        assert report.resumed_after == 1001 and report.imported_rows == ROWS
        assert len(search.find(case, "CDR-0001199").hits) == 1
        assert audit.verify(case) == []
    finally:
        case.close()


def test_names_imported_in_chunks_are_found_as_typed(case: Case, tmp_path: Path) -> None:
    from casebench.exchange.formats.mapping import ColumnMap, ImportSpec

    path = tmp_path / "people.csv"
    path.write_text("Nombre;Teléfono\n" + "".join(f"Søren N'Diaye {i};+34 612 000 {i:03d}\n"
                                                  for i in range(700)), encoding="utf-8")
    spec = ImportSpec(name="people", schema="Person",
                      columns=[ColumnMap("Nombre", "name"), ColumnMap("Teléfono", "phone")])
    report = import_table(case, path, spec)
    assert report.imported_rows == 700
    # the name index (folded) and the full-text index were filled for every chunk
    hits = search.find(case, "soren ndiaye 699").hits
    assert [entities.get(case, h.entity_id).caption for h in hits][:1] == ["Søren N'Diaye 699"]
    assert search.find(case, "612000123").hits
    assert entities.count_entities(case, text="soren ndiaye") == 700
    folded = case.conn.execute("SELECT count(*) FROM search_names").fetchone()[0]
    assert folded == 700


def test_only_single_insert_index_triggers_are_replayed_set_wise() -> None:
    from casebench.store.index_triggers import replay_sql as _replay

    fts = ("CREATE TRIGGER t AFTER INSERT ON statements WHEN new.retracted = 0 AND new.prop IN ('name') BEGIN\n"
           "  INSERT INTO search_names(rowid, text, entity_id, prop) VALUES (new.seq, casebench_fold(new.value),"
           " new.entity_id, new.prop);\nEND")
    assert _replay(fts) == ("INSERT OR REPLACE INTO search_names(rowid, text, entity_id, prop)"
                            " SELECT seq, casebench_fold(value), entity_id, prop"
                            " FROM statements WHERE seq > ? AND seq <= ? AND (retracted = 0 AND prop IN ('name'))")
    two = ("CREATE TRIGGER t AFTER INSERT ON statements BEGIN\n"
           "  INSERT INTO a(rowid, value) VALUES (new.seq, new.value);\n"
           "  INSERT INTO b(rowid, value) VALUES (new.seq, new.value);\nEND")
    assert _replay(two) is None  # left in place: it fires per row
