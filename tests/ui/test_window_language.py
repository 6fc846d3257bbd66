"""One language at a time (issue 13 item 6): values casebench writes and country names are
shown in the window's language, the stored values stay as written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.ui.conftest import TIMEOUT
from tests.ui.test_i18n import compiled  # noqa: F401  (fixture)

from casebench.services import entities as es
from casebench.services import evidence as ev
from casebench.ui import i18n
from casebench.ui.exhibit_dialogs import CustodyDialog, ExhibitDialog
from casebench.ui.exhibits_view import ExhibitsPage
from casebench.ui.statement_model import SCol
from casebench.ui.value_labels import (
    CUSTODY_EVENT,
    DATA_SUBJECT,
    EXHIBIT_TYPE,
    GENDER,
    country_choices,
    country_label,
    prop_value_label,
    value_label,
)


@pytest.mark.usefixtures("compiled")
def test_values_are_translated_for_display_and_case_data_is_left_alone(qtbot) -> None:
    i18n.install("es")
    try:
        assert value_label(CUSTODY_EVENT, "seize") == "incautación"
        assert value_label(CUSTODY_EVENT, "Transfer") == "Entrega"  # a capital stays a capital
        assert value_label(EXHIBIT_TYPE, "physical") == "físico"
        assert value_label(GENDER, "male") == "masculino"
        assert value_label(DATA_SUBJECT, "suspect") == "sospechoso"
        assert prop_value_label("status", "in progress") == "en curso"
        assert prop_value_label("dataSubject", "suspect") == "sospechoso"
        assert prop_value_label("requestType", "MLA") == "auxilio judicial"
        # Case data is never "translated": a vehicle's type, a name, an unknown status.
        assert prop_value_label("type", "refrigerated semi-trailer") == "refrigerated semi-trailer"
        assert prop_value_label("name", "open") == "open"
        assert value_label(CUSTODY_EVENT, "<b>seize</b>") == "<b>seize</b>"
        i18n.install("fr")
        assert value_label(CUSTODY_EVENT, "seal") == "mise sous scellé"
        i18n.install("pt")
        assert value_label(GENDER, "female") == "feminino"
    finally:
        i18n.install("en")
    assert value_label(CUSTODY_EVENT, "seize") == "seize"


def test_country_names_come_from_cldr_in_the_window_language() -> None:
    # Every ISO code, not only the hand list of the regions casebench started with.
    codes = {code for code, _ in country_choices("en")}
    assert {"bt", "de", "gm", "xk", "cv"} <= codes and len(codes) > 240
    assert country_label("bt", "es") == "Bután"
    assert country_label("de", "fr") == "Allemagne"
    assert country_label("pl", "pt") == "Polónia"  # European Portuguese, not Brazilian
    assert country_label("sn", "en") == "Senegal"
    es_names = [name for _, name in country_choices("es")]
    assert es_names.index("Alemania") < es_names.index("Österreich" if "Österreich" in es_names else "Austria")
    assert es_names.index("Angola") < es_names.index("Ecuador") < es_names.index("Zimbabue")


@pytest.fixture
def page(qtbot, opened) -> ExhibitsPage:
    opened.caseview.select("exhibits")
    p = opened.caseview.pages["exhibits"]
    assert isinstance(p, ExhibitsPage)
    qtbot.waitUntil(lambda: p.model.ready, timeout=TIMEOUT)
    return p


@pytest.mark.usefixtures("compiled")
def test_exhibit_types_and_custody_verbs_follow_a_live_switch(qtbot, qtmodeltester, opened, page) -> None:
    done: list = []
    opened.session.call(ev.add_exhibit, ev.ExhibitDraft("MA-EX-101", type="device"), on_done=done.append,
                        on_error=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    exhibit_id = done[0]
    assert isinstance(exhibit_id, str), exhibit_id
    opened.session.call(ev.add_custody, exhibit_id, ev.CustodyDraft(
        event="seize", at="2024-03-11T14:05+01:00", place="Algeciras"), on_done=done.append,
        on_error=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=TIMEOUT)
    page.model.reload()
    qtbot.waitUntil(lambda: page.model.ready and page.model.rowCount() == 1, timeout=TIMEOUT)
    page.open_exhibit(exhibit_id)
    qtbot.waitUntil(lambda: page.custody_model.rowCount() == 1, timeout=TIMEOUT)
    qtmodeltester.check(page.custody_model)
    assert page.model.index(0, 1).data() == "device"
    assert page.custody_model.index(0, 1).data() == "seize"
    opened.set_language("es")
    try:
        qtbot.waitUntil(lambda: page.custody_button.text() == "Añadir evento de custodia…", timeout=3000)
        assert page.model.index(0, 1).data() == "dispositivo"
        assert page.custody_model.index(0, 1).data() == "incautación"
        assert page.title.text().endswith("dispositivo")
        dialog = CustodyDialog(page, exhibit="MA-EX-101")
        qtbot.addWidget(dialog)
        combo = dialog.event_type
        assert combo.currentText() == "entrega" and combo.currentData() == "transfer"
        combo.setCurrentIndex(combo.findData("seize"))
        assert combo.currentText() == "incautación"
        assert dialog.draft().event == "seize"  # what is appended is the stored word
        new = ExhibitDialog(page)
        qtbot.addWidget(new)
        assert new.type.currentText() == "físico" and new.type.currentData() == "physical"
    finally:
        opened.set_language("en")
    stored: list = []
    opened.session.call(ev.custody_events, exhibit_id, on_done=stored.append, on_error=stored.append)
    qtbot.waitUntil(lambda: bool(stored), timeout=TIMEOUT)
    assert [e.event for e in stored[0]] == ["seize"]  # the log keeps the stored word


@pytest.mark.usefixtures("compiled")
def test_editor_values_and_countries_follow_a_live_switch(qtbot, qtmodeltester, opened) -> None:
    done: list = []
    opened.session.call(lambda c: es.add_entity(c, es.EntityDraft(
        "Person", [("name", "Fatou Sise"), ("gender", "female"), ("nationality", "gm")])),
        on_done=done.append, on_error=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    entity_id = done[0]
    assert isinstance(entity_id, str), entity_id
    editor = opened.caseview.entities.editor
    opened.caseview.open_entity(entity_id)
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == entity_id, timeout=TIMEOUT)
    model = editor.values_model
    qtmodeltester.check(model)

    def value(prop: str) -> str:
        row = next(r for r in range(model.rowCount()) if model.statement(r).prop == prop)
        return str(model.index(row, SCol.VALUE).data())

    assert value("gender") == "female" and value("nationality") == "Gambia (GM)"
    seen: list[int] = []
    model.dataChanged.connect(lambda *_: seen.append(1))
    model.modelReset.connect(lambda: seen.append(2))
    opened.set_language("fr")
    try:
        qtbot.waitUntil(lambda: value("gender") == "féminin", timeout=3000)
        assert value("nationality") == "Gambie (GM)"
        qtbot.waitUntil(lambda: bool(seen), timeout=3000)  # the view repaints the values
        row = next(r for r in range(model.rowCount()) if model.statement(r).prop == "gender")
        assert model.statement(row).value == "female"  # stored as written
        assert model.index(row, SCol.VALUE).data(Qt.ItemDataRole.DisplayRole) == "féminin"
    finally:
        opened.set_language("en")


@pytest.mark.usefixtures("compiled")
def test_merge_reasons_are_translated_and_names_left_as_written(qtbot, qtmodeltester) -> None:
    from casebench.exchange.merge import NameSubject, name_proposals  # the real wording
    from casebench.services.merge_review import Review
    from casebench.ui.merge_reasons import reason_label
    from casebench.ui.merge_review import Col, ReviewModel, ReviewRow

    [proposal] = name_proposals(NameSubject("a", "Person", ["Usman Diallo"], ["1979"], ["gm"]),
                                [NameSubject("b", "Person", ["Ousman Diallo"], ["1979"], ["gm"])])
    identifier = "same passportNumber X1234567 (GM); same e-mail u.diallo@example.org"
    tricky = "name 'same name initial' ~ 'no name in common' (0.81: different: a / b)"
    assert reason_label(identifier) == identifier  # English: unchanged
    i18n.install("es")
    try:
        shown = reason_label(proposal.reason)
        assert shown.startswith("solo nombres, un candidato que comprobar")
        assert "'Usman Diallo' ~ 'Ousman Diallo'" in shown  # names as written
        assert "variante del mismo nombre de pila" in shown and "misma fecha de nacimiento" in shown
        assert "same" not in shown
        assert reason_label(identifier) == ("mismo número de pasaporte X1234567 (GM); "
                                            "mismo correo electrónico u.diallo@example.org")
        # Quoted names are case data even when they look like casebench's words.
        assert reason_label(tricky) == "nombre 'same name initial' ~ 'no name in common' (0.81: distinto: a / b)"
        i18n.install("fr")
        model = ReviewModel()
        qtmodeltester.check(model)
        review = Review(1, "name", "a", "b", proposal.reason, 0.9, "bundle-1", "pending", "2024-03-11", None, None)
        model.set_rows([ReviewRow(review, "Usman Diallo", "Ousman Diallo", "Person", "Person")])
        qtmodeltester.check(model)
        cell = model.index(0, Col.REASON).data()
        assert cell.startswith("noms seulement") and "même date de naissance" in cell
        assert review.reason.startswith("names only")  # the stored reason is unchanged
    finally:
        i18n.install("en")


@pytest.mark.usefixtures("compiled")
def test_country_picker_lists_every_country_in_the_window_language(qtbot) -> None:
    from casebench.domain.schema import get_schema
    from casebench.ui.fields import CountryField

    i18n.install("es")
    try:
        field = CountryField(get_schema("Person").get("nationality"), "es")
        qtbot.addWidget(field)
        combo = field.editor
        index = combo.findText("Bután")  # not in the hand list of regions casebench began with
        assert index > 0 and combo.itemData(index) == "bt"
        combo.setCurrentIndex(index)
        assert field.value() == "bt" and field.problem() == ""
        combo.setCurrentIndex(combo.findData("de"))
        assert combo.currentText() == "Alemania" and field.value() == "de"
        combo.setEditText("Portugal")  # typed as a partner writes it: still read by name
        assert field.problem() == ""
    finally:
        i18n.install("en")
