"""Entities: lazy model, schema-driven editor, search, retract, merge and unmerge."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from tests.ui.conftest import TIMEOUT, type_text

from casebench.services import entities as es
from casebench.ui.dialogs import ask
from casebench.ui.entity_model import Col, EntityTableModel
from casebench.ui.merge import MergeDialog
from casebench.ui.session import CaseSession
from casebench.ui.statement_model import StatementModel


def _find(model, caption: str) -> int:
    for row in range(model.rowCount()):
        if model.index(row, Col.CAPTION).data() == caption:
            return row
    return -1


def test_add_person_with_partial_birth_date_and_phone_then_search_and_open(qtbot, opened) -> None:
    page = opened.caseview.entities
    action = next(a for a in page.new_menu.actions() if a.data() == "Person")
    action.trigger()
    editor = page.editor
    assert editor.schema == "Person" and editor.entity is None
    type_text(qtbot, editor.row("name").fields[0].editor, "Juan Pérez Gómez")
    birth = editor.row("birthDate").fields[0]
    qtbot.keyClicks(birth.editor, "1980-13")
    assert birth.problem()  # month 13 is refused as you type
    birth.editor.clear()
    qtbot.keyClicks(birth.editor, "1980-05")
    assert not birth.problem()
    assert "month" in birth.hint.text()
    phone = editor.row("phone")
    qtbot.keyClicks(phone.fields[0].editor, "600 123 456")  # read in the case's country (ES)
    assert "+34600123456" in phone.fields[0].hint.text()
    second = phone.add_field()  # multi-valued
    qtbot.keyClicks(second.editor, "+351 912 345 678")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.caption == "Juan Pérez Gómez",
                    timeout=TIMEOUT)
    ent = editor.entity
    assert ent.values("birthDate") == ["1980-05"]
    assert sorted(ent.values("phone")) == ["+34600123456", "+351912345678"]
    qtbot.waitUntil(lambda: _find(page.model, "Juan Pérez Gómez") >= 0, timeout=TIMEOUT)
    # provenance, grade and handling are shown for each value
    model = editor.values_model
    assert model.rowCount() == 4
    assert any("TLP:AMBER" in str(model.index(r, 5).data()) for r in range(model.rowCount()))

    # search and open
    editor.clear()
    opened.search_box.setFocus()
    type_text(qtbot, opened.search_box, "perez")
    qtbot.waitUntil(lambda: bool(opened.caseview.search.hits), timeout=TIMEOUT)
    assert opened.caseview.stack.currentWidget() is opened.caseview.search
    tree = opened.caseview.search.tree
    assert tree.topLevelItem(0).text(0).startswith("People")
    qtbot.keyClick(opened.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.entity is not None, timeout=TIMEOUT)
    assert editor.entity.caption == "Juan Pérez Gómez"
    assert opened.caseview.stack.currentWidget() is page


def test_invalid_values_are_refused_before_saving(qtbot, opened) -> None:
    editor = opened.caseview.entities.editor
    opened.caseview.entities.new_entity("Vessel")
    qtbot.keyClicks(editor.row("imoNumber").fields[0].editor, "1234568")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "IMO" in editor.error.text()
    assert editor.entity is None
    editor.discard()  # the refused value is not kept for the next test


def test_filters_sort_and_lazy_paging(qtbot, opened, qtmodeltester) -> None:
    session = opened.session
    done = []
    drafts = [es.EntityDraft("Person", [("name", f"Person {i:03d}")], tags=["op"] if i % 2 else [])
              for i in range(45)]

    def load(case):
        for d in drafts:
            es.add_entity(case, d)

    session.call(load, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    model = EntityTableModel(session, page=10)
    model.reload()
    qtbot.waitUntil(lambda: model.ready, timeout=TIMEOUT)
    # every row counts (the scrollbar shows the whole list), but only the first page is read
    assert model.total == 47 and model.rowCount() == 47 and model.loaded_rows() == 10
    # the end of the list reads only the last page
    assert model.index(46, Col.CAPTION).data() == "…"
    qtbot.waitUntil(lambda: model.index(46, Col.CAPTION).data() != "…", timeout=TIMEOUT)
    assert model.loaded_rows() == 17
    qtmodeltester.check(model)
    model.sort(Col.CAPTION, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.ready, timeout=TIMEOUT)
    assert model.index(0, Col.CAPTION).data() == "Person 044"
    model.update_filter(tag="op")
    qtbot.waitUntil(lambda: model.ready, timeout=TIMEOUT)
    assert model.total == 22
    model.update_filter(tag="", schema=("Vessel",))
    qtbot.waitUntil(lambda: model.ready, timeout=TIMEOUT)
    assert model.total == 1 and model.index(0, Col.TLP).data() == "TLP:AMBER"
    model.update_filter(schema=(), country="sn")
    qtbot.waitUntil(lambda: model.ready, timeout=TIMEOUT)
    assert model.total == 1 and model.index(0, Col.CAPTION).data() == "Mamadou Diallo"
    qtmodeltester.check(model)
    # the page's own widgets filter the same way
    page = opened.caseview.entities
    page.tlp.setCurrentIndex(page.tlp.findData(4))  # RED: nothing
    qtbot.waitUntil(lambda: page.model.ready and page.model.total == 0, timeout=TIMEOUT)
    assert "No entities match" in page.count.text()


def test_retract_with_reason(qtbot, opened) -> None:
    page = opened.caseview.entities
    row = _find(page.model, "Mamadou Diallo")
    page.table.selectRow(row)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.entity is not None, timeout=TIMEOUT)
    view = editor.values_view
    target = next(r for r in range(editor.values_model.rowCount())
                  if editor.values_model.statement(r).prop == "nationality")
    view.selectRow(target)
    with ask.scripted(["typing error in the report"]) as log:
        qtbot.mouseClick(editor.retract_button, Qt.MouseButton.LeftButton)
    assert log[0][0] == "text"
    qtbot.waitUntil(lambda: editor.entity is not None and not editor.entity.values("nationality"),
                    timeout=TIMEOUT)


def test_merge_with_preview_and_unmerge(qtbot, opened) -> None:
    session = opened.session
    ids: list[str] = []
    session.call(es.add_entity, es.EntityDraft("Person", [("name", "M. Diallo"), ("phone", "+221 77 123 45 67")]),
                 on_done=ids.append)
    qtbot.waitUntil(lambda: bool(ids), timeout=TIMEOUT)
    page = opened.caseview.entities
    page.reload()
    qtbot.waitUntil(lambda: _find(page.model, "M. Diallo") >= 0, timeout=TIMEOUT)
    main_id = page.model.summary(_find(page.model, "Mamadou Diallo")).id

    def do_merge(dialog: MergeDialog) -> int:
        dialog.choose(ids[0], "M. Diallo")
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=TIMEOUT)
        assert dialog.model.rowCount() >= 2  # side by side: name, nationality, phone
        assert dialog.model.horizontalHeaderItem(1).text() == "Mamadou Diallo"
        dialog.reason.setText("same phone in two reports")
        dialog.do_merge()
        qtbot.waitUntil(lambda: dialog.result_id is not None, timeout=TIMEOUT)
        return dialog.result()

    with ask.scripted([do_merge]):
        page.merge(main_id)
    editor = page.editor
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.merged_ids == [ids[0]],
                    timeout=TIMEOUT)
    assert editor.unmerge_button.isVisible()
    with ask.scripted(["wrong person"]):
        qtbot.mouseClick(editor.unmerge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.entity is not None and not editor.entity.merged_ids, timeout=TIMEOUT)


def test_statement_and_audit_models(qtbot, case, qtmodeltester) -> None:
    eid = es.add_entity(case, es.EntityDraft("Person", [("name", "Ana Costa"), ("birthDate", "1975")]))
    ent = es.show(case, eid)
    sm = StatementModel()
    sm.set_entity(ent)
    qtmodeltester.check(sm)
    assert sm.rowCount() == 2
    case.close()


def test_audit_page_lists_and_verifies(qtbot, opened, qtmodeltester) -> None:
    opened.caseview.select("audit")
    page = opened.caseview.audit
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    qtmodeltester.check(page.model)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "intact" in page.result.text(), timeout=TIMEOUT)
    page.category.setCurrentIndex(page.category.findData("consultation"))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and all(
        page.model.index(r, 3).data() == "consultation" for r in range(page.model.rowCount())),
        timeout=TIMEOUT)


def test_model_without_open_case_is_empty(qtbot, qtmodeltester, tmp_path: Path) -> None:
    session = CaseSession()
    model = EntityTableModel(session)
    model.reload()
    assert model.rowCount() == 0 and model.loaded_rows() == 0
    qtmodeltester.check(model)
    session.shutdown()


def test_phone_field_says_why_a_number_is_kept_as_written(qtbot) -> None:
    """A number valid in two readings is not normalised, and the form says so before saving."""
    from casebench.domain.schema import get_schema
    from casebench.ui.fields import ValueField

    field = ValueField(get_schema("Person").properties["phone"], region="CO")
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field.editor, "00584160996041")
    assert field.problem() == ""
    assert field.hint.isVisible()
    hint = field.hint.text()
    assert "+584160996041" in hint and "+84160996041" in hint and "not normalised" in hint
    field.clear()
    qtbot.keyClicks(field.editor, "+58 416 099 6041")
    assert field.hint.text() == "→ +584160996041"
    field.clear()
    type_text(qtbot, field.editor, "Anónimo")
    assert "withheld" in field.hint.text()


def test_the_tlp_column_shows_the_longest_marking_whole(qtbot, opened) -> None:
    from casebench.domain.handling import TLP, Handling

    done: list[object] = []
    opened.session.call(lambda c: es.add_entity(c, es.EntityDraft("Person", [("name", "Ana Strict")]),
                                                es.Source(handling=Handling(tlp=TLP.AMBER_STRICT))),
                        on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    table = opened.caseview.entities.table
    text = "TLP:AMBER+STRICT"
    assert table.columnWidth(Col.TLP) > table.fontMetrics().horizontalAdvance(text)


def test_a_draft_is_never_dropped_silently(qtbot, opened, monkeypatch) -> None:
    from casebench.ui import editor as editor_module

    page = opened.caseview.entities
    editor = page.editor
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2, timeout=TIMEOUT)
    first, second = (page.model.index(r, Col.CAPTION) for r in range(2))
    first_id = first.data(Qt.ItemDataRole.UserRole)
    second_id = second.data(Qt.ItemDataRole.UserRole)
    page.open_entity(first_id)
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == first_id, timeout=TIMEOUT)
    qtbot.keyClicks(editor.row("notes").fields[0].editor, "seen in Vigo on 21 May")
    # a refresh of the same entity (show retracted) keeps what was typed
    editor.show_retracted.setChecked(True)
    qtbot.wait(200)
    assert editor.row("notes").fields[0].value() == "seen in Vigo on 21 May"
    choices = [editor_module.Choice.CANCEL, editor_module.Choice.DISCARD]
    asked: list[str] = []
    monkeypatch.setattr(editor_module, "ask_unsaved", lambda _p, name: asked.append(name) or choices.pop(0))
    page.open_entity(second_id)  # Cancel: keep editing
    assert asked == [first.data()]
    qtbot.wait(100)
    assert editor.entity.id == first_id
    assert editor.row("notes").fields[0].value() == "seen in Vigo on 21 May"
    page.open_entity(second_id)  # Discard and go
    qtbot.waitUntil(lambda: editor.entity.id == second_id, timeout=TIMEOUT)
    assert editor.row("notes").fields[0].value() == ""


def test_plus_puts_the_cursor_in_the_new_field_and_minus_takes_it_away(qtbot, opened) -> None:
    page = opened.caseview.entities
    opened.show()
    page.new_entity("Person")
    row = page.editor.row("alias")
    qtbot.mouseClick(row.more, Qt.MouseButton.LeftButton)
    assert len(row.fields) == 2
    assert opened.focusWidget() is row.fields[1].editor  # focus within the window (it may be inactive offscreen)
    qtbot.keyClicks(row.fields[1].editor, "El Gallego")
    assert row.values() == ["El Gallego"]
    remove = row.fields[1].parentWidget().findChild(type(row.more), "removeValue")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert len(row.fields) == 1 and row.values() == []


def test_navigator_counts_follow_a_change(qtbot, opened) -> None:
    from casebench.ui.session import ENTITIES

    cv = opened.caseview
    qtbot.waitUntil(lambda: bool(cv.counts), timeout=TIMEOUT)
    people = next(k for k in cv.counts if "People" in k or "people" in k.lower())
    before = cv.counts[people]
    done: list[object] = []
    opened.session.mutate(ENTITIES, es.add_entity, es.EntityDraft("Person", [("name", "Nuno Tavares")]),
                          on_done=done.append)
    qtbot.waitUntil(lambda: bool(done) and cv.counts.get(people) == before + 1, timeout=TIMEOUT)
    texts = [cv.navigator.topLevelItem(0).child(i).text(0)
             for i in range(cv.navigator.topLevelItem(0).childCount())]
    assert any(t.startswith("People") and f"({before + 1})" in t for t in texts), texts


def test_pages_read_back_from_the_end_are_the_rows_of_the_list(qtbot, opened, qtmodeltester) -> None:
    """End reads the last page from the end of the list; the pages above it are read from
    the row below them (keyset paging), and every row is where the whole list has it."""
    session = opened.session
    done = []

    def load(case):
        for i in range(45):
            es.add_entity(case, es.EntityDraft("Person", [("name", f"Person {i % 7:03d}")]))  # ties
        return es.list_entities(case)

    session.call(load, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    whole = [s.caption for s in done[0]]
    model = EntityTableModel(session, page=10)
    model.reload()
    qtbot.waitUntil(lambda: model.ready, timeout=TIMEOUT)
    last = model.total - 1
    model.index(last, Col.CAPTION).data()
    qtbot.waitUntil(lambda: model.index(last, Col.CAPTION).data() != "…", timeout=TIMEOUT)
    for row in range(last, -1, -1):  # scrolling back up, page by page
        if model.index(row, Col.CAPTION).data() == "…":
            qtbot.waitUntil(lambda r=row: model.index(r, Col.CAPTION).data() != "…", timeout=TIMEOUT)
        assert model.index(row, Col.CAPTION).data() == whole[row], row
    assert model.loaded_rows() == model.total
    qtmodeltester.check(model)


def test_names_sharing_a_long_beginning_stay_apart_in_a_narrow_column(qtbot, opened) -> None:
    # Thirty calls of one caller were thirty rows of "Adilson Tavares …".
    names = ("Adilson Tavares Semedo called Bruno Miguel Costa Rodrigues",
             "Adilson Tavares Semedo called Lamin Sanneh")
    done: list[object] = []
    for name in names:
        opened.session.call(lambda c, n=name: es.add_entity(c, es.EntityDraft("Person", [("name", n)])),
                            on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 2, timeout=TIMEOUT)
    page = opened.caseview.entities
    page.model.reload()
    qtbot.waitUntil(lambda: all(_find(page.model, n) >= 0 for n in names), timeout=TIMEOUT)
    opened.show()
    qtbot.waitExposed(opened)
    table = page.table
    width = table.fontMetrics().horizontalAdvance("Adilson Tavares Semedo c")
    table.horizontalHeader().setSectionResizeMode(Col.CAPTION, table.horizontalHeader().ResizeMode.Fixed)
    table.setColumnWidth(Col.CAPTION, width)
    cells = []
    for name in names:
        index = page.model.index(_find(page.model, name), Col.CAPTION)
        table.scrollTo(index)
        qtbot.wait(50)
        cells.append(table.viewport().grab(table.visualRect(index)).toImage())
    assert cells[0].size() == cells[1].size() and cells[0] != cells[1]


def test_the_new_button_of_one_kind_makes_it_at_a_click_and_of_several_offers_them(qtbot, opened) -> None:
    page = opened.caseview.entities
    page.set_schemata(("Person",))
    assert page.new_button.text() == "New person"
    assert page.new_button.menu() is None  # no menu of one (its arrow sat on the text)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.editor.schema == "Person" and page.editor.entity is None
    page.set_schemata(("Person", "Company"))
    assert page.new_button.menu() is page.new_menu
    assert [a.data() for a in page.new_menu.actions()] == ["Person", "Company"]


def test_a_new_payment_or_call_offers_what_it_moved_and_when(qtbot, opened) -> None:
    # a payment typed by hand: who paid whom, when, how much, in what and why, without "Show all"
    page = opened.caseview.entities
    page.set_schemata(("Payment",))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert not editor.show_all.isChecked()
    shown = [r.prop.name for r in editor.rows]
    assert shown[:6] == ["payer", "beneficiary", "date", "amount", "currency", "purpose"]
    page.set_schemata(("Call",))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert [r.prop.name for r in page.editor.rows][:6] == ["caller", "receiver", "date", "callerNumber",
                                                           "receiverNumber", "duration"]


def test_an_amount_reads_in_the_windows_language(qtbot, opened) -> None:
    from casebench.ui import i18n
    from casebench.ui.statement_model import SCol

    done: list[str] = []
    opened.session.call(lambda c: es.add_entity(c, es.EntityDraft("Payment", [("amount", "1234567.5"),
                                                                            ("purpose", "rent")])),
                        on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    pay = done[0]
    editor = opened.caseview.entities.editor
    editor.show_entity(pay)
    model = editor.values_model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=TIMEOUT)

    def amount() -> str:
        row = next(r for r in range(model.rowCount()) if model.statement(r).prop == "amount")
        return str(model.index(row, SCol.VALUE).data())

    assert amount() == "1,234,567.5"
    i18n.install("es")
    try:
        assert amount() == "1.234.567,5"  # as a Spanish prosecutor writes it, and the pack prints it
    finally:
        i18n.install("en")
    assert model.statement(next(r for r in range(model.rowCount()) if model.statement(r).prop == "amount")).value \
        == "1234567.5"  # the stored value is untouched


def test_after_saving_a_new_person_her_row_is_selected_and_the_focus_stays_in_the_form(qtbot, opened) -> None:
    from PySide6.QtWidgets import QApplication

    opened.show()
    page = opened.caseview.entities
    page.set_schemata(("Person",))
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    field = editor.row("name").fields[0].editor
    field.setFocus()
    type_text(qtbot, field, "Zuleica Tavares Monteiro")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.caption == "Zuleica Tavares Monteiro",
                    timeout=TIMEOUT)

    def selected() -> str:
        rows = page.table.selectionModel().selectedRows()
        return str(page.model.index(rows[0].row(), Col.CAPTION).data()) if rows else ""

    qtbot.waitUntil(lambda: selected() == "Zuleica Tavares Monteiro", timeout=TIMEOUT)
    assert QApplication.focusWidget() is not opened.search_box
