"""The window walk's bank statement: its payer and beneficiary, named by name, are the Person
and the Company already in the case, and the wizard's last page says so (decision 65+)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.ui.test_table_import_gui import check_and_import
from tests.ui.test_table_import_statement import to_mapping, write

from casebench.services import entities as es
from casebench.services.cases import open_case
from casebench.ui import i18n


@pytest.fixture
def subjects(closed_case: Path) -> Path:
    c = open_case(closed_case, PASSPHRASE, user="tester")
    es.add_entity(c, es.EntityDraft("Person", [("name", "Fatou Ceesay")]))
    es.add_entity(c, es.EntityDraft("Company", [("name", "Mindelo Marine Services, Lda.")]))
    c.close()
    return closed_case


def test_the_statements_named_ends_are_the_cases_person_and_company(qtbot, subjects, opened, tmp_path) -> None:
    path = write(tmp_path / "transferencias.csv", "Fecha;Ordenante;Beneficiario;Importe",
                 ["03/02/2024;FATOU CEESAY;Mindelo Marine Services, Lda.;1.234,56",
                  "15/02/2024;Fatou Ceesay;Mindelo Marine Services Lda;300,00"])
    wizard = to_mapping(qtbot, opened, path)
    page = wizard.mapping_page
    for column, prop in (("Fecha", "date"), ("Ordenante", "payer.name"), ("Beneficiario", "beneficiary.name"),
                         ("Importe", "amount")):
        assert page.mapping.set_property(column, prop)
    page.decimal.setCurrentIndex(page.decimal.findData(","))
    check_and_import(qtbot, wizard)
    report = wizard.report
    assert (report.imported_rows, report.rejected_rows, report.matched) == (2, 0, 2), report.errors
    assert report.entities == 2  # the two payments, no second Fatou Ceesay or Mindelo
    result = wizard.result_page
    assert result.by_name.text() == "linked to entities already in the case: 2 · merge proposals to review: 0"
    i18n.install("es")
    try:
        said = result.by_name_text(report)
    finally:
        i18n.install("en")
    assert said == "vinculados a entidades que ya estaban en el caso: 2 · propuestas de fusión por revisar: 0"
