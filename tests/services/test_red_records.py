"""A CDR imported as RED and kept as compact records (decision 53): its recipients are its
import's, pinned for every call at once (the calls stay records); a call named on its own
becomes an entity first, its recipients then its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.compact_pair import compact_pair

from casebench.domain.handling import TLP, Handling
from casebench.services import recipients
from casebench.store import entities as repo
from casebench.store import records

JUDGE = "Juzgado de Instrucción nº 3 de Algeciras"
FPR = "0123456789ABCDEF0123456789ABCDEF"


@pytest.fixture
def red_case(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    with compact_pair(tmp_path, monkeypatch, rows=30) as p:
        red = Handling(tlp=TLP.RED, named_recipients=(JUDGE,))
        with p.compact.transaction() as conn:  # as the table import writes a RED import
            conn.execute("UPDATE record_runs SET handling = ?, tlp = ?", (json.dumps(red.to_json()), int(TLP.RED)))
        yield p.compact


def test_a_red_import_is_one_item_naming_its_calls(red_case) -> None:  # type: ignore[no-untyped-def]
    items = recipients.red_items(red_case)
    assert [(i.kind, i.caption, i.count, i.names) for i in items] == [("records", "cdr.csv", 29, (JUDGE,))]
    assert recipients.free_text_names(red_case) == {JUDGE: 29}


def test_re_pinning_a_name_pins_every_call_and_keeps_them_records(red_case) -> None:  # type: ignore[no-untyped-def]
    assert recipients.pin(red_case, FPR, "Juzgado nº 3", replace_name=JUDGE) == 1
    assert records.count(red_case) == records.recount(red_case) == 29  # nothing turned into entities
    handling = repo.entity_handlings(red_case)[next(iter(records.all_entities(red_case))).id][0]
    assert handling.named_recipients == () and [p.fingerprint for p in handling.pinned_recipients] == [FPR]
    assert handling.tlp is TLP.RED
    assert recipients.free_text_names(red_case) == {}
    assert recipients.unpin(red_case, FPR) == 1
    assert repo.entity_handlings(red_case)[next(iter(records.all_entities(red_case))).id][0].pinned_recipients == ()


def test_one_call_pinned_on_its_own_becomes_an_entity_the_rest_stay_records(red_case) -> None:  # type: ignore[no-untyped-def]
    call = next(iter(records.all_entities(red_case))).id
    assert recipients.pin(red_case, FPR, "Juzgado nº 3", items=[call]) >= 1
    assert not records.is_record_id(red_case, call) and records.count(red_case) == 28
    kinds = {(i.kind, i.entity_id == call) for i in recipients.red_items(red_case)}
    assert kinds == {("records", False), ("entity", True), ("statement", True)}
    mine = [i for i in recipients.red_items(red_case) if i.entity_id == call]
    assert all(p.fingerprint == FPR for i in mine for p in i.pinned) and all(i.names == (JUDGE,) for i in mine)


def test_a_call_pinned_by_one_of_its_values_becomes_an_entity(red_case) -> None:  # type: ignore[no-untyped-def]
    call = next(iter(records.all_entities(red_case)))
    value = call.statements[0].id  # as `casebench entity show` prints it
    assert recipients.pin(red_case, FPR, "Juzgado nº 3", items=[value]) == 1
    assert not records.is_record_id(red_case, call.id) and records.count(red_case) == 28
