"""The window walk's bank statement: its payer and beneficiary, named by name, are the Person
and the Company already in the case, and the wizard's last page says so (decision 65)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.ui.conftest import shown
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
    assert result.by_name.text() == "2 linked to the entity of the case bearing the name"
    i18n.install("es")
    try:
        said = result.by_name_text(report)
    finally:
        i18n.install("en")
    assert said == "2 vinculados a la entidad del caso que lleva ese nombre"
    # a proposal says where it is reviewed (the review lives on the Bundles page)
    assert result.by_name_text(dataclasses.replace(report, matched=0, proposed=2)) == (
        "0 linked to the entity of the case bearing the name · 2 merge proposals to review "
        "(Bundles › Merge review)")


def test_a_tables_merge_proposal_says_where_it_came_from(qtbot, qtmodeltester) -> None:
    from PySide6.QtCore import Qt

    from casebench.services.merge_review import Review
    from casebench.ui.merge_review import Col, ReviewModel, ReviewRow

    model = ReviewModel()
    rows = [ReviewRow(Review(1, "name", "a", "b", "names only", 1.0, "table:4f1c-run", "pending", "2024-03-11",
                             None, None), "Fatou Ceesay", "Fatou Ceesay", "LegalEntity", "Person"),
            ReviewRow(Review(2, "name", "c", "d", "names only", 1.0, "bundle-7", "pending", "2024-03-11",
                             None, None), "Usman Diallo", "Ousman Diallo", "Person", "Person")]
    model.set_rows(rows)
    qtmodeltester.check(model)
    tips = [shown(model.index(r, Col.IMPORTED).data(Qt.ItemDataRole.ToolTipRole)) for r in range(2)]
    assert tips == ["Fatou Ceesay\nimported from a table (import 4f1c-run)\na",
                    "Usman Diallo\nimported in bundle bundle-7\nc"]
    i18n.install("pt")
    try:
        tip = shown(model.index(0, Col.IMPORTED).data(Qt.ItemDataRole.ToolTipRole))
    finally:
        i18n.install("en")
    assert tip == "Fatou Ceesay\nimportada de uma tabela (importação 4f1c-run)\na"
