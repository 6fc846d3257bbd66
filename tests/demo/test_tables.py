"""The demo's CDR and bank statement import through saved specifications, deterministically."""

from __future__ import annotations

import hashlib
from pathlib import Path

from casebench.demo.tables import (
    CDR_SPEC,
    STATEMENT_SPEC,
    import_demo_tables,
    write_demo_cdr,
    write_demo_statement,
)
from casebench.services import specs
from casebench.services.entities import EntityDraft, add_entity
from casebench.store.case import Case


def test_demo_tables(case: Case, tmp_path: Path) -> None:
    ids = {
        "person:a": add_entity(case, EntityDraft("Person", [("name", "A"), ("phone", "+34612345678")])),
        "person:b": add_entity(case, EntityDraft("Person", [("name", "B"), ("phone", "+2207701234")])),
        "person:c": add_entity(case, EntityDraft("Person", [("name", "C"), ("phone", "+351912345678")])),
        "account:es": add_entity(case, EntityDraft("BankAccount", [("iban", "ES9121000418450200051332")])),
        "account:gb": add_entity(case, EntityDraft("BankAccount", [("iban", "GB82WEST12345698765432")])),
    }
    result = import_demo_tables(case, ids)
    assert result.calls is not None and result.calls.imported_rows == 600
    assert result.calls.rejected_rows == 0 and result.calls.linked == 1200
    assert result.payments is not None and result.payments.imported_rows == 48
    assert result.payments.rejected_rows == 0
    assert {s.name for s in specs.list_specs(case)} == {CDR_SPEC, STATEMENT_SPEC}
    phones = ["+34612345678", "+2207701234"]
    a = write_demo_cdr(tmp_path / "a.csv", phones)
    b = write_demo_cdr(tmp_path / "b.csv", phones)
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
    s = write_demo_statement(tmp_path / "s.csv", ["GB82WEST12345698765432"])
    assert ";-" in s.read_bytes().decode("cp1252")
