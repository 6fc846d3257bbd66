"""Compact call records (decision 53): an imported call read back is the entity the
statement path would have made, provenance included; changing one turns it into an ordinary
entity under the same ids; a rollback removes it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.compact_pair import compact_pair
from tests.conftest import PASSPHRASE
from tests.exchange.formats.cdr import write_cdr

from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling
from casebench.domain.model import Entity
from casebench.domain.values import identifier_key
from casebench.exchange.formats.mapping import call_record_spec
from casebench.services import table_import
from casebench.services.cases import create_case
from casebench.services.table_import import import_table, rollback_import
from casebench.store import entities, records
from casebench.store.case import Case
from casebench.store.errors import InvalidInput

ROWS = 300


def _spec(**extra: Any) -> Any:
    return call_record_spec("CDR", caller="Llamante", receiver="Destinatario", date="Fecha y hora",
                            duration="Duración (s)", record_id="Nº registro", tz="Europe/Madrid", **extra)


@pytest.fixture
def compact(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(table_import, "COMPACT_SCHEMATA", frozenset({"Call"}))


def _seen(e: Entity) -> tuple[Any, ...]:
    """What a reader can see of an imported call, ids and times aside."""
    return (e.schema, e.caption, tuple(sorted(e.tags)), e.handling.tlp,
            tuple(sorted((s.prop, s.value, s.original, s.match_key, s.provenance.locator,
                          s.provenance.source_exhibit, s.provenance.author,
                          s.provenance.grade.to_text() if s.provenance.grade else "",
                          s.handling.tlp, s.retracted) for s in e.statements)))


def _calls(case: Case) -> dict[str, tuple[Any, ...]]:
    """record id (locator) → what is seen, for the calls of a case, however stored."""
    ids = [r[0] for r in case.conn.execute("SELECT id FROM entities WHERE schema = 'Call'")]
    out = {}
    for e in [entities.get_entity(case, i) for i in ids] + list(records.all_entities(case)):
        out[e.statements[0].provenance.locator] = _seen(e)
    return out


def test_a_compact_call_reads_as_the_entity_the_statement_path_makes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_cdr(tmp_path / "cdr.csv", ROWS, bad={3: (1, "31/02/2024 10:00:00")})
    seen = []
    for compact in (frozenset(), frozenset({"Call"})):
        monkeypatch.setattr(table_import, "COMPACT_SCHEMATA", compact)
        case = create_case(tmp_path / f"{len(compact)}.casebench", PASSPHRASE, user="tester",
                           title="t", default_tlp="AMBER")
        report = import_table(case, path, _spec(tags=("cdr", "Algeciras")), grade=Grade.from_text("admiralty:B2"),
                              handling=Handling(tlp=TLP.RED))
        assert report.imported_rows == ROWS - 1 and report.rejected_rows == 1
        assert (case.conn.execute("SELECT count(*) FROM records").fetchone()[0] > 0) == bool(compact)
        seen.append((_calls(case), report.entities, report.statements))
        case.close()
    assert seen[0] == seen[1]
    assert len(seen[0][0]) == ROWS - 1


def test_a_record_is_an_entity_to_the_store(case: Case, tmp_path: Path, compact: None) -> None:
    import_table(case, write_cdr(tmp_path / "cdr.csv", 20), _spec())
    first = next(records.all_entities(case))
    assert entities.entity_exists(case, first.id) and entities.entity_schema(case, first.id) == "Call"
    assert entities.get_entity(case, first.id) == first
    st = first.statements[1]
    assert entities.statement(case, st.id) == st
    assert entities.captions(case, [first.id]) == {first.id: ("Call", first.caption)}
    assert " called " in first.caption
    assert records.count(case) == records.recount(case) == 20


def test_changing_a_record_makes_it_an_ordinary_entity_with_the_same_ids(
        case: Case, tmp_path: Path, compact: None) -> None:
    report = import_table(case, write_cdr(tmp_path / "cdr.csv", 20), _spec())
    first = next(records.all_entities(case))
    duration = next(s for s in first.statements if s.prop == "duration")
    entities.retract_statement(case, duration.id, "typo in the operator's reply")
    after = entities.get_entity(case, first.id, include_retracted=True)
    assert [s.id for s in after.statements] == [s.id for s in first.statements]
    assert [s.retracted for s in after.statements] == [s.id == duration.id for s in first.statements]
    assert records.count(case) == 19 and not records.is_record_id(case, first.id)
    assert case.conn.execute("SELECT count(*) FROM entities WHERE id = ?", (first.id,)).fetchone()[0] == 1
    # the import cannot be rolled back now: an investigator's change would be lost with it
    with pytest.raises(InvalidInput, match="merged or added to since"):
        rollback_import(case, report.import_id)
    assert records.count(case) == 19


def test_a_rollback_removes_the_records_and_the_file_can_come_in_again(
        case: Case, tmp_path: Path, compact: None, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_cdr(tmp_path / "cdr.csv", 50)
    report = import_table(case, path, _spec())
    monkeypatch.setattr(records, "delete_some", _small_batches(records.delete_some))
    rollback_import(case, report.import_id)
    assert records.count(case) == records.recount(case) == 0
    assert case.conn.execute("SELECT count(*) FROM record_runs").fetchone()[0] == 0
    again = import_table(case, path, _spec())
    assert again.imported_rows == 50 and records.count(case) == 50


def _small_batches(real: Any) -> Any:
    def delete_some(case: Case, import_id: str, limit: int = 0) -> int:
        return int(real(case, import_id, 7))
    return delete_some


def test_a_next_reply_adds_only_the_new_calls(case: Case, tmp_path: Path, compact: None) -> None:
    import_table(case, write_cdr(tmp_path / "first.csv", 30), _spec())
    second = import_table(case, write_cdr(tmp_path / "second.csv", 45), _spec())
    assert (second.present, second.imported_rows) == (30, 15)
    assert records.count(case) == 45


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_value = st.tuples(st.sampled_from(["callerNumber", "receiverNumber", "date", "duration", "recordId", "caller"]),
                   _text.filter(bool), _text, st.one_of(st.none(), _text), st.one_of(st.none(), _text),
                   st.one_of(st.none(), _text))


@given(values=st.lists(_value, max_size=6), dated=st.integers(-1, 5), keyed=st.booleans())
def test_a_row_reads_back_the_values_it_was_written_with(values: list[records.Value], dated: int,
                                                         keyed: bool) -> None:
    """The compact row format (property numbers, short keys, the row's own dates) loses nothing."""
    if keyed:  # keys the format shortens: prefix + value, an identifier folded from its original
        values = [(p, v, o, f"phone:{v}" if i % 2 else f"identifier:{identifier_key(o)}", ds, de)
                  for i, (p, v, o, _k, ds, de) in enumerate(values)]
    dated = dated if dated < len(values) else -1
    start, end = ("2024-01-01T00:00:00.000000Z", None) if dated >= 0 else (None, None)
    if dated >= 0:
        p, v, o, k, _ds, _de = values[dated]
        values[dated] = (p, v, o, k, start, start)
    run = records.RecordRun(1, "x" * 36, "Call", "tester", None, None, Handling(), (), "", [])
    places: dict[str, int] = {}
    fragments: dict[records.Value, str] = {}  # shared by the rows of one write, as `insert` does
    text = records._dump(run, places, values, dated, fragments)
    assert records._load(run, text, start, end) == values
    # a later row of the same write: the same values, in reverse, none of them the row's date
    again = values[::-1]
    assert records._load(run, records._dump(run, places, again, -1, fragments), None, None) == again


def _named(case: Case, e: Entity) -> tuple[Any, ...]:
    """`_seen` with linked entities named by caption (their ids differ between cases)."""
    names = {i: c for i, (_s, c) in entities.captions(
        case, [s.value for s in e.statements if s.prop in ("caller", "receiver")]).items()}
    seen = _seen(e)
    return (*seen[:4], tuple(sorted((names.get(v, v) if p in ("caller", "receiver") else v, p, *rest)
                                    for p, v, *rest in seen[4])))


def test_calls_linked_to_subscribers_read_the_same_both_ways(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    with compact_pair(tmp_path, monkeypatch) as pair:
        seen = []
        for case in (pair.plain, pair.compact):
            ids = [r[0] for r in case.conn.execute("SELECT id FROM entities WHERE schema = 'Call'")]
            calls = [entities.get_entity(case, i) for i in ids] + list(records.all_entities(case))
            seen.append(sorted(_named(case, e) for e in calls))
        assert seen[0] == seen[1]
        linked = [c for c in seen[1] if "Ana Gomes" in c[1]]
        assert linked and all(" called " in c[1] for c in linked)
