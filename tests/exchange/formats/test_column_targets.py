"""Where a column may go, decided from the schema (decision 56): one moment per row kind, and
of a linked entity only what identifies or places that end of the link."""

from __future__ import annotations

import pytest

from casebench.domain.schema import concrete_schemata, get_schema
from casebench.exchange.formats.mapping import ColumnMap, ImportSpec, compile_spec
from casebench.exchange.formats.targets import column_targets


def test_a_payment_and_a_call_offer_one_date_an_ownership_its_start() -> None:
    for schema in ("Payment", "Call"):
        targets = column_targets(schema)
        assert "date" in targets and "startDate" not in targets, schema
    assert "startDate" in column_targets("Ownership") and "date" not in column_targets("Ownership")


def test_a_linked_account_offers_what_identifies_it_and_nothing_else() -> None:
    linked = {p.partition(".")[2] for p in column_targets("Payment") if p.startswith("beneficiaryAccount.")}
    assert linked == {"iban", "accountNumber", "bic", "name", "bankName", "country"}
    payer = {p.partition(".")[2] for p in column_targets("Payment") if p.startswith("payer.")}
    assert {"name", "phone", "email", "registrationNumber", "taxNumber", "idNumber", "country"} <= payer
    assert not payer & {"photo", "notes", "website", "summary", "sourceUrl", "dissolutionDate", "sector"}


@pytest.mark.parametrize("schema", sorted(s.name for s in concrete_schemata()))
def test_every_offered_target_is_one_an_import_accepts(schema: str) -> None:
    targets = column_targets(schema)
    assert len(targets) == len(set(targets))
    for path in targets:
        compile_spec(ImportSpec(schema=schema, columns=(ColumnMap("A", path),)), ["A"])
    # every property of the row itself but a second name of its moment
    own = {p for p, prop in get_schema(schema).properties.items() if prop.type.name != "ENTITY"}
    assert own - set(targets) <= {"date", "startDate"}
