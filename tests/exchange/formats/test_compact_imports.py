"""Calls kept as compact records (decision 53) load in chunks like any table import: an
interrupted import resumes to the same result, a killed one keeps its committed chunks,
Cancel leaves the case as it was, a rollback stopped half-way is finished later."""

from __future__ import annotations

import gc
import types
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import PASSPHRASE
from tests.exchange.formats.cdr import write_cdr

from casebench.exchange.formats.mapping import call_record_spec
from casebench.services import search, table_import
from casebench.services.cases import create_case
from casebench.services.progress import OperationCancelled
from casebench.services.table_import import import_table, rollback_import, unfinished_imports
from casebench.store import audit, records
from casebench.store.case import Case

ROWS = 1200


@pytest.fixture(autouse=True)
def _compact_small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_import, "COMPACT_SCHEMATA", frozenset({"Call"}))
    monkeypatch.setattr(table_import, "CHUNK_ROWS", 500)
    monkeypatch.setattr(table_import, "BATCH_ROWS", 200)


def _spec() -> Any:
    return call_record_spec("CDR", caller="Llamante", receiver="Destinatario", date="Fecha y hora",
                            duration="Duración (s)", record_id="Nº registro", tz="Europe/Madrid")


def _calls(case: Case) -> list[tuple[Any, ...]]:
    """What a reader sees of the calls, ids and times aside, in file order."""
    return [(e.caption, tuple((s.prop, s.value, s.original, s.provenance.locator,
                               s.provenance.source_exhibit) for s in e.statements))
            for e in records.all_entities(case)]


def _crash_after(calls: int) -> Any:
    seen = [0]

    def progress(done: int, total: int, message: str) -> None:
        seen[0] += 1
        if seen[0] >= calls:
            raise RuntimeError("power cut")
    return progress


def test_an_interrupted_import_resumes_to_what_one_import_makes(
        case: Case, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = write_cdr(tmp_path / "cdr.csv", ROWS, bad={3: (1, "31/02/2024 10:00:00"),
                                                      900: (2, "not a number")})
    with pytest.raises(RuntimeError):
        import_table(case, path, _spec(), progress=_crash_after(4))  # inside the second chunk
    [run] = unfinished_imports(case)
    assert run.done_row == 501 and records.count(case) == 499  # the first chunk, less its bad row
    report = import_table(case, path, _spec())
    assert report.resumed_after == 501
    assert (report.rows, report.imported_rows, report.rejected_rows) == (ROWS, ROWS - 2, 2)
    other = create_case(tmp_path_factory.mktemp("o") / "O.casebench", PASSPHRASE, user="tester",
                        title="O", default_tlp="AMBER")
    try:
        import_table(other, path, _spec())
        assert _calls(case) == _calls(other)
    finally:
        other.close()
    assert records.count(case) == records.recount(case) == ROWS - 2
    assert import_table(case, path, _spec()).already_imported


def test_cancel_leaves_no_record_and_a_rollback_stopped_half_way_is_finished_later(
        case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_cdr(tmp_path / "cdr.csv", ROWS)
    asked = [0]

    def cancel_in_the_third_chunk() -> bool:
        asked[0] += 1
        return asked[0] > 5

    with pytest.raises(OperationCancelled):
        import_table(case, path, _spec(), cancelled=cancel_in_the_third_chunk)
    assert records.recount(case) == records.count(case) == 0 and unfinished_imports(case) == []
    report = import_table(case, path, _spec())
    real = records.delete_some
    monkeypatch.setattr(records, "delete_some", lambda c, i, limit=0: real(c, i, 300))
    calls = iter(range(10))
    with pytest.raises(OperationCancelled):
        rollback_import(case, report.import_id, cancelled=lambda: next(calls) >= 1)
    [run] = unfinished_imports(case)
    assert run.state == "rolling back" and 0 < records.count(case) < ROWS
    rollback_import(case, run.id)
    assert records.recount(case) == records.count(case) == 0 and unfinished_imports(case) == []
    assert import_table(case, path, _spec()).imported_rows == ROWS
    assert audit.verify(case) == []


KILLED = r"""
import sys, time
from casebench.exchange.formats.mapping import call_record_spec
from casebench.services import table_import as t
from casebench.services.cases import open_case
t.CHUNK_ROWS, t.BATCH_ROWS = 500, 200
t.COMPACT_SCHEMATA = frozenset({"Call"})
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
def test_kill_9_during_an_import_keeps_committed_records_that_resume(case_path: Path, tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys

    from casebench.services.cases import open_case

    folder = case_path.parent / "K.casebench"
    create_case(folder, PASSPHRASE, user="tester", title="K", default_tlp="AMBER").close()
    path = write_cdr(tmp_path / "cdr.csv", ROWS)
    proc = subprocess.Popen([sys.executable, "-c", KILLED, str(folder), PASSPHRASE, str(path)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "KILL ME"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    case = open_case(folder, PASSPHRASE, user="tester")
    try:
        [run] = unfinished_imports(case)
        assert run.done_row == 1001 and records.count(case) == records.recount(case) == 1000
        report = import_table(case, path, _spec())
        assert report.resumed_after == 1001 and report.imported_rows == ROWS
        assert records.count(case) == ROWS
        hit = search.find(case, "+34 " + _a_number(case)).hits
        assert hit
        assert audit.verify(case) == []
    finally:
        case.close()


def _a_number(case: Case) -> str:
    last = list(records.all_entities(case))[-1]
    return next(s.value for s in last.statements if s.prop == "callerNumber").removeprefix("+34")


def test_refused_rows_leave_no_garbage_the_switched_off_collector_would_have_to_free(
        case: Case, tmp_path: Path) -> None:
    # half the rows refused (a day February lacks, a number that is none): each refused row's
    # error kept its traceback (and its finer error's), so the frames that held the row's
    # errors, a garbage cycle per row, which a load no longer collects
    bad = {i: (1, "30/02/2024 10:00:00") if i % 4 else (2, "not a number") for i in range(0, ROWS, 2)}
    path = write_cdr(tmp_path / "cdr.csv", ROWS, bad=bad)
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        assert import_table(case, path, _spec()).rejected_rows == ROWS // 2
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, (types.FrameType, types.TracebackType, BaseException))]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert left == []


def test_the_collector_is_off_during_a_load_and_its_thresholds_come_back(case: Case, tmp_path: Path) -> None:
    before = gc.get_threshold()
    seen: list[int] = []
    import_table(case, write_cdr(tmp_path / "cdr.csv", 300), _spec(),
                 progress=lambda done, total, message: seen.append(gc.get_threshold()[0]))
    assert 0 in seen  # a zero first threshold: no automatic collection (nor the window's)
    assert gc.get_threshold() == before
