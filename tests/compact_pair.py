"""Two cases holding the same call-detail record, one as statements, one as compact records
(decision 53), for differential tests: whatever a reader shows of the first, it must show of
the second (ids aside: a record's ids are derived from its import run and row).

Both cases hold the same two subscribers (a Person and a Company) whose numbers appear in
the file, so some calls link entities (caller / receiver), and the same hand-made Call.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import PASSPHRASE
from tests.exchange.formats.cdr import NUMBERS, write_cdr

from casebench.exchange.formats.mapping import call_record_spec
from casebench.services import entities, table_import
from casebench.services.cases import create_case
from casebench.services.table_import import ImportReport, import_table
from casebench.store.case import Case

ROWS = 400


def cdr_spec(**extra: Any) -> Any:
    return call_record_spec("CDR", caller="Llamante", receiver="Destinatario", date="Fecha y hora",
                            duration="Duración (s)", record_id="Nº registro", tz="Europe/Madrid",
                            phone_region="ES", **extra)


@dataclass
class Pair:
    plain: Case  # the calls as entities with statements
    compact: Case  # the calls as compact records
    reports: tuple[ImportReport, ImportReport]
    people: dict[str, tuple[str, str]]  # name -> (id in plain, id in compact)


def _subscribers(case: Case) -> dict[str, str]:
    ana = entities.add_entity(case, entities.EntityDraft(
        "Person", [("name", "Ana Gomes"), ("phone", f"+34 {NUMBERS[0]}")]))
    firm = entities.add_entity(case, entities.EntityDraft(
        "Company", [("name", "Transportes Sol SL"), ("phone", f"+34 {NUMBERS[1]}")]))
    entities.add_entity(case, entities.EntityDraft(
        "Call", [("callerNumber", f"+34 {NUMBERS[2]}"), ("receiverNumber", f"+34 {NUMBERS[3]}"),
                 ("date", "2024-02-03T10:00:00+01:00")]))
    return {"Ana Gomes": ana, "Transportes Sol SL": firm}


@contextlib.contextmanager
def compact_pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, rows: int = ROWS,
                 spec: Any = None) -> Iterator[Pair]:
    path = write_cdr(tmp_path / "cdr.csv", rows, bad={3: (1, "31/02/2024 10:00:00")})
    cases: list[Case] = []
    reports: list[ImportReport] = []
    ids: list[dict[str, str]] = []
    try:
        for schemata in (frozenset(), frozenset({"Call"})):
            monkeypatch.setattr(table_import, "COMPACT_SCHEMATA", schemata)
            case = create_case(tmp_path / f"pair-{len(schemata)}.casebench", PASSPHRASE, user="tester",
                               title="Operation Mar Azul", default_tlp="AMBER")
            cases.append(case)
            ids.append(_subscribers(case))
            reports.append(import_table(case, path, spec or cdr_spec(tags=("cdr",))))
        assert cases[1].conn.execute("SELECT count(*) FROM records").fetchone()[0] == rows - 1
        yield Pair(cases[0], cases[1], (reports[0], reports[1]),
                   {name: (ids[0][name], ids[1][name]) for name in ids[0]})
    finally:
        for c in cases:
            if c.is_open:
                c.close()


def locator_of(case: Case, entity_id: str) -> str:
    """A call's source row ("row 17"), which names it in both cases of a pair; "" for a
    hand-made entity."""
    ent = entities.get(case, entity_id)
    return next((s.provenance.locator for s in ent.statements if s.provenance.locator), "")
