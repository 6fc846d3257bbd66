"""Names instead of ids, links to follow, the Links section, Back and Forward (issue 13 item 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, shown, unlock

from casebench.services import entities as es
from casebench.services import evidence
from casebench.services.cases import create_case
from casebench.store import exchange
from casebench.store.case import utc_now
from casebench.store.exhibits import ExhibitDraft
from casebench.ui.links import LinkButton
from casebench.ui.links_table import LCol
from casebench.ui.statement_model import SCol
from casebench.ui.workbench import Workbench

HOSTILE = "<img src=x> <b>R&D</b> &Evil"


@pytest.fixture
def linked_case(case_path: Path) -> tuple[Path, dict[str, str]]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul",
                    originator_country="es", default_tlp="AMBER")

    def add(schema: str, *values: tuple[str, str]) -> str:
        return es.add_entity(c, es.EntityDraft(schema, list(values)))

    ids = {"ana": add("Person", ("name", "Ana Lopes")), "bob": add("Person", ("name", "Bob Jallow")),
           "carla": add("Person", ("name", "Carla Lopes"))}
    ids["call"] = add("Call", ("caller", ids["ana"]), ("receiver", ids["bob"]), ("date", "2024-03-01"))
    add("Call", ("caller", ids["ana"]), ("receiver", ids["bob"]), ("date", "2024-03-02"))
    add("Call", ("caller", ids["bob"]), ("receiver", ids["ana"]), ("date", "2024-03-03"))
    add("Call", ("caller", ids["ana"]), ("receiver", ids["carla"]), ("date", "2024-03-04"))
    add("Payment", ("payer", ids["ana"]), ("beneficiary", ids["bob"]), ("amount", "100"), ("currency", "EUR"))
    add("Payment", ("payer", ids["ana"]), ("beneficiary", ids["bob"]), ("amount", "50.5"), ("currency", "EUR"))
    add("Payment", ("payer", ids["bob"]), ("beneficiary", ids["ana"]), ("amount", "20"), ("currency", "EUR"))
    add("Family", ("person", ids["ana"]), ("relative", ids["carla"]), ("relationship", "sister"))
    ids["event"] = add("Event", ("name", "Meeting in Vigo"), ("involved", ids["ana"]), ("date", "2024-03-05"))
    # A partner's name that looks like markup and carries an accelerator.
    ids["hostile"] = add("Person", ("name", HOSTILE))
    ids["hostile_call"] = add("Call", ("caller", ids["hostile"]), ("receiver", ids["carla"]))
    # A merge proposal (as a bundle import makes) and an exhibit about Bob.
    ids["twin"] = add("Person", ("name", "Ana Lopes (partner)"))
    exchange.add_review(c, kind="strong", imported_id=ids["twin"], local_id=ids["ana"],
                        reason="same passport number", score=1.0, bundle_id="b-1", created_at=utc_now())
    ids["exhibit"] = evidence.add_exhibit(c, ExhibitDraft("MA-EX-001", description="Bob's phone"),
                                          links=[(ids["bob"], "seized from")])
    c.close()
    return case_path, ids


@pytest.fixture
def nav(qtbot, bench: Workbench, linked_case) -> tuple[Workbench, dict[str, str]]:
    path, ids = linked_case
    bench.open_case(str(path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    bench.activateWindow()  # shortcuts (Alt+Left) go to the active window
    qtbot.waitUntil(bench.isActiveWindow, timeout=TIMEOUT)
    return bench, ids


def _shows(qtbot, bench: Workbench, entity_id: str) -> None:
    editor = bench.caseview.entities.editor
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == entity_id, timeout=TIMEOUT)
    assert bench.caseview.stack.currentWidget() is bench.caseview.entities


def _row(model, prop: str) -> int:
    return next(r for r in range(model.rowCount()) if model.statement(r).prop == prop)


def test_a_call_shows_its_callers_name_and_opening_it_lands_on_the_person(qtbot, qtmodeltester, nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    editor = cv.entities.editor
    cv.open_entity(ids["call"])
    _shows(qtbot, bench, ids["call"])
    model = editor.values_model
    qtmodeltester.check(model)
    caller = model.index(_row(model, "caller"), SCol.VALUE)
    assert caller.data() == "Ana Lopes"  # the name, not the id
    assert ids["ana"] not in [model.index(r, c).data() for r in range(model.rowCount())
                              for c in (SCol.VALUE, SCol.ORIGINAL)]
    assert caller.data(Qt.ItemDataRole.DecorationRole) is not None  # the kind icon
    assert caller.data(Qt.ItemDataRole.FontRole).underline()  # link style
    # In the table: select the caller and press Enter.
    editor.tabs.setCurrentIndex(0)
    editor.values_view.setFocus()
    editor.values_view.setCurrentIndex(caller)
    qtbot.keyClick(editor.values_view, Qt.Key.Key_Return)
    _shows(qtbot, bench, ids["ana"])
    # The name buttons above the values: a click on the receiver opens Bob.
    cv.open_entity(ids["call"])
    _shows(qtbot, bench, ids["call"])
    qtbot.waitUntil(lambda: len(editor.link_buttons()) == 2, timeout=TIMEOUT)
    names = {b.name: b for b in editor.link_buttons()}
    assert set(names) == {"Ana Lopes", "Bob Jallow"}
    assert names["Bob Jallow"].toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    qtbot.mouseClick(names["Bob Jallow"], Qt.MouseButton.LeftButton)
    _shows(qtbot, bench, ids["bob"])


def test_the_links_table_lists_each_call_and_payment_with_direction_date_and_amount(qtbot, qtmodeltester,
                                                                                     nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    editor = cv.entities.editor
    cv.open_entity(ids["ana"])
    _shows(qtbot, bench, ids["ana"])
    panel = editor.links_panel
    qtbot.waitUntil(lambda: panel.links is not None and panel.links.entity_id == ids["ana"], timeout=TIMEOUT)
    editor.tabs.setCurrentWidget(panel)
    qtmodeltester.check(panel.model)
    assert editor.tabs.tabText(1) == "Links (9)"  # 4 calls, 3 payments, a sister, a meeting
    model = panel.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Kind", "Direction", "Other end", "Date", "Amount", "Details"]
    rows = panel.rows_shown()
    # each call on its own row, from Ana's side, a counterpart's calls together by date
    assert rows[:4] == [["Call", "→ to", "Bob Jallow", "2024-03-01", "", ""],
                        ["Call", "→ to", "Bob Jallow", "2024-03-02", "", ""],
                        ["Call", "← from", "Bob Jallow", "2024-03-03", "", ""],
                        ["Call", "→ to", "Carla Lopes", "2024-03-04", "", ""]]
    assert sorted(r[4] for r in rows if r[0] == "Payment") == ["100 EUR", "20 EUR", "50.5 EUR"]
    assert ["Payment", "← from", "Bob Jallow", "", "20 EUR", ""] in rows
    assert ["Family", "↔ with", "Carla Lopes", "", "", "sister"] in rows
    assert ["Named by", "", "Meeting in Vigo", "2024-03-05", "", "Event · Involved"] in rows
    assert panel.summary.text() == ("Calls (4) · Payments (3): paid 150.50 EUR; received 20 EUR"
                                    " · Family links (1) · Named by (1)")
    # the whole name, and how to open it, in the tooltip; the direction's tooltip says who is who
    bob = model.index(0, LCol.OTHER)
    assert shown(bob.data(Qt.ItemDataRole.ToolTipRole)) == ("Bob Jallow\nDouble-click or Enter opens it; "
                                                            "Alt+Left comes back.")
    assert shown(model.index(2, LCol.DIRECTION).data(Qt.ItemDataRole.ToolTipRole)) == (
        "Receiver: this entity\nCaller: Bob Jallow")
    # A click on a header sorts every row: the largest payment first.
    header = panel.table.horizontalHeader()
    panel.table.scrollTo(model.index(0, LCol.AMOUNT))
    for _ in range(2):  # ascending, then descending
        x = header.sectionViewportPosition(LCol.AMOUNT) + header.sectionSize(LCol.AMOUNT) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert [r[4] for r in panel.rows_shown()[:4]] == ["100 EUR", "50.5 EUR", "20 EUR", ""]
    # Following a row with the keyboard opens its other end.
    panel.table.setFocus()
    family = next(r for r in range(model.rowCount()) if model.index(r, LCol.KIND).data() == "Family")
    panel.table.setCurrentIndex(model.index(family, LCol.DATE))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    _shows(qtbot, bench, ids["carla"])


def test_a_double_click_on_a_link_opens_the_other_end_and_a_bare_number_its_call(qtbot, nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    editor = cv.entities.editor
    panel = editor.links_panel
    done: list[str] = []
    draft = es.EntityDraft("Call", [("caller", ids["carla"]), ("receiverNumber", "+34 612 345 678")])
    bench.session.mutate("entities", es.add_entity, draft, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    cv.open_entity(ids["carla"])
    _shows(qtbot, bench, ids["carla"])
    qtbot.waitUntil(lambda: panel.links is not None and panel.links.entity_id == ids["carla"]
                    and panel.model.rowCount() == 4, timeout=TIMEOUT)
    editor.tabs.setCurrentWidget(panel)
    model = panel.model

    def double_click(name: str) -> None:
        row = next(r for r in range(model.rowCount()) if model.index(r, LCol.OTHER).data() == name)
        rect = panel.table.visualRect(model.index(row, LCol.OTHER))
        # as a hand does it: the first click of the two, then the double-click
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    number = next(r for r in range(model.rowCount()) if model.index(r, LCol.OTHER).data() == "+34612345678")
    assert shown(model.index(number, LCol.OTHER).data(Qt.ItemDataRole.ToolTipRole)) == (
        "+34612345678\nDouble-click or Enter opens the link itself (Call).")
    double_click("+34612345678")
    _shows(qtbot, bench, done[0])  # the call itself: there is no one at the other end to open
    cv.open_entity(ids["carla"])
    _shows(qtbot, bench, ids["carla"])
    qtbot.waitUntil(lambda: panel.links is not None and panel.links.entity_id == ids["carla"], timeout=TIMEOUT)
    double_click("Ana Lopes")
    _shows(qtbot, bench, ids["ana"])


def _toolbar_button(bench: Workbench, action) -> QToolButton:
    button = bench.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def test_back_and_forward_across_three_pages_by_keys_buttons_and_mouse(qtbot, nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    editor = cv.entities.editor
    cv.open_entity(ids["ana"])  # page 1: Ana
    _shows(qtbot, bench, ids["ana"])
    cv.open_entity(ids["call"])  # page 2: a call; follow its receiver to page 3: Bob
    _shows(qtbot, bench, ids["call"])
    qtbot.waitUntil(lambda: len(editor.link_buttons()) == 2, timeout=TIMEOUT)
    qtbot.mouseClick(next(b for b in editor.link_buttons() if b.name == "Bob Jallow"),
                     Qt.MouseButton.LeftButton)
    _shows(qtbot, bench, ids["bob"])
    cv.select("audit")  # page 4: the audit log
    assert cv.stack.currentWidget() is cv.audit
    assert bench.act_back.isEnabled() and not bench.act_forward.isEnabled()

    qtbot.keyClick(cv.navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    _shows(qtbot, bench, ids["bob"])
    qtbot.mouseClick(_toolbar_button(bench, bench.act_back), Qt.MouseButton.LeftButton)
    _shows(qtbot, bench, ids["call"])
    qtbot.mouseClick(editor.values_view.viewport(), Qt.MouseButton.BackButton)  # the mouse's side button
    _shows(qtbot, bench, ids["ana"])
    assert not bench.act_back.isEnabled()

    qtbot.keyClick(editor.values_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    _shows(qtbot, bench, ids["call"])
    qtbot.mouseClick(_toolbar_button(bench, bench.act_forward), Qt.MouseButton.LeftButton)
    _shows(qtbot, bench, ids["bob"])
    qtbot.mouseClick(cv.navigator.viewport(), Qt.MouseButton.ForwardButton)
    qtbot.waitUntil(lambda: cv.stack.currentWidget() is cv.audit, timeout=TIMEOUT)
    assert not bench.act_forward.isEnabled()
    # A new step after Back drops the steps ahead, as in a browser.
    qtbot.mouseClick(_toolbar_button(bench, bench.act_back), Qt.MouseButton.LeftButton)
    _shows(qtbot, bench, ids["bob"])
    cv.open_entity(ids["carla"])
    _shows(qtbot, bench, ids["carla"])
    assert not bench.act_forward.isEnabled()


def test_closing_the_case_forgets_where_the_user_was(qtbot, nav) -> None:
    bench, ids = nav
    bench.caseview.open_entity(ids["ana"])
    bench.caseview.open_entity(ids["bob"])
    _shows(qtbot, bench, ids["bob"])
    assert bench.history.can_back()
    bench.close_case()
    assert bench.history.steps == [] and not bench.act_back.isEnabled()


def test_audit_items_show_names_and_open_them(qtbot, qtmodeltester, nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    cv.open_entity(ids["carla"])
    _shows(qtbot, bench, ids["carla"])
    cv.select("audit")
    model = cv.audit.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and any(model.named(r) for r in range(model.rowCount())),
                    timeout=TIMEOUT)
    qtmodeltester.check(model)
    shown = [model.index(r, 5).data() for r in range(model.rowCount())]
    assert "Carla Lopes" in shown and "Meeting in Vigo" in shown
    assert shown[-1] == "Operation Mar Azul"  # "case created" (the oldest): the case by its title, not its id
    assert model.index(len(shown) - 1, 5).data(Qt.ItemDataRole.FontRole) is None  # and not a link
    assert ids["carla"] not in shown
    row = shown.index("Ana Lopes")
    assert model.index(row, 5).data(Qt.ItemDataRole.DecorationRole) is not None
    cv.audit.table.setFocus()
    cv.audit.table.setCurrentIndex(model.index(row, 5))
    qtbot.keyClick(cv.audit.table, Qt.Key.Key_Return)
    _shows(qtbot, bench, ids["ana"])
    # The name shown is the name searched: typing it in the filter finds the records about it.
    cv.select("audit")
    qtbot.keyClicks(cv.audit.text, "Carla Lop")

    def items() -> set[str]:
        return {model.index(r, 5).data() for r in range(model.rowCount())}

    qtbot.waitUntil(lambda: "Carla Lopes" in items() and all("Carla Lop" in i for i in items()), timeout=TIMEOUT)


def test_opening_from_the_timeline_clears_an_unrelated_filter(qtbot, nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    cv.select("entities", 1)  # People
    qtbot.keyClicks(cv.entities.filter_text, "zzz")
    qtbot.waitUntil(lambda: cv.entities.model.ready and cv.entities.model.total == 0, timeout=TIMEOUT)
    timeline = cv.pages["timeline"]
    timeline.entitySelected.emit(ids["call"])  # a click on a call on the timeline
    _shows(qtbot, bench, ids["call"])
    assert cv.entities.filter_text.text() == ""
    assert cv.navigator.currentItem().data(0, Qt.ItemDataRole.UserRole + 1) == 0  # All entities
    qtbot.waitUntil(lambda: cv.entities.model.ready and cv.entities.model.total > 4, timeout=TIMEOUT)


def test_a_hostile_name_is_shown_as_written_on_links(qtbot, nav) -> None:
    bench, ids = nav
    editor = bench.caseview.entities.editor
    bench.caseview.open_entity(ids["hostile_call"])
    _shows(qtbot, bench, ids["hostile_call"])
    qtbot.waitUntil(lambda: len(editor.link_buttons()) == 2, timeout=TIMEOUT)
    button = next(b for b in editor.link_buttons() if b.target == ids["hostile"])
    assert button.name == HOSTILE  # every character, markup and & included
    assert button.text() == HOSTILE.replace("&", "&&")  # no accelerator taken from the name
    model = editor.values_model
    assert model.index(_row(model, "caller"), SCol.VALUE).data() == HOSTILE
    from PySide6.QtWidgets import QLabel
    for label in editor.refs.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_merge_review_names_open_the_entities(qtbot, qtmodeltester, nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    cv.select("bundles")
    view = cv.bundles.review
    qtbot.waitUntil(lambda: view.ready and view.model.rowCount() == 1, timeout=TIMEOUT)
    qtmodeltester.check(view.model)
    local = view.model.index(0, 2)
    assert local.data() == "Ana Lopes" and local.data(Qt.ItemDataRole.DecorationRole) is not None
    assert view.model.index(0, 1).data() == "Ana Lopes (partner)"
    view.table.setFocus()
    view.table.setCurrentIndex(local)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    _shows(qtbot, bench, ids["ana"])
    qtbot.keyClick(cv.navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to the queue
    qtbot.waitUntil(lambda: cv.stack.currentWidget() is cv.bundles, timeout=TIMEOUT)


def test_an_exhibit_shows_the_entities_it_is_about_as_links(qtbot, nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    cv.open_entity(ids["bob"])
    _shows(qtbot, bench, ids["bob"])
    panel = cv.entities.editor.links_panel
    qtbot.waitUntil(lambda: panel.links is not None and panel.links.entity_id == ids["bob"], timeout=TIMEOUT)
    cv.entities.editor.tabs.setCurrentWidget(panel)
    rows = panel.rows_shown()
    exhibit = next(i for i, r in enumerate(rows) if r[0] == "Exhibit")
    assert rows[exhibit][2] == "MA-EX-001" and rows[exhibit][-1] == "seized from; Bob's phone"
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(exhibit, LCol.OTHER))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # follows to the Exhibits page
    page = cv.pages["exhibits"]
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == ids["exhibit"], timeout=TIMEOUT)
    assert cv.stack.currentWidget() is page
    buttons = page.entity_links.findChildren(LinkButton)
    assert [b.name for b in buttons] == ["Bob Jallow"]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    _shows(qtbot, bench, ids["bob"])


def test_the_links_follow_a_call_recorded_elsewhere(qtbot, nav) -> None:
    bench, ids = nav
    editor = bench.caseview.entities.editor
    bench.caseview.open_entity(ids["carla"])
    _shows(qtbot, bench, ids["carla"])
    panel = editor.links_panel

    def calls() -> int:
        if panel.links is None or panel.links.entity_id != ids["carla"]:
            return -1
        return sum(r[0] == "Call" for r in panel.rows_shown())

    qtbot.waitUntil(lambda: calls() == 2, timeout=TIMEOUT)
    assert panel.summary.text().startswith("Calls (2)")
    draft = es.EntityDraft("Call", [("caller", ids["bob"]), ("receiver", ids["carla"])])
    bench.session.mutate("entities", es.add_entity, draft)  # as an import or another page does
    qtbot.waitUntil(lambda: calls() == 3, timeout=TIMEOUT)
    assert panel.summary.text().startswith("Calls (3)")
    assert ["Call", "← from", "Bob Jallow", "", "", ""] in panel.rows_shown()


def test_following_a_name_beside_the_chart_opens_it_without_a_stale_filter(qtbot, nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    qtbot.keyClicks(cv.entities.filter_text, "zzz")
    qtbot.waitUntil(lambda: cv.entities.model.ready and cv.entities.model.total == 0, timeout=TIMEOUT)
    chart = cv.pages["chart"]
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        cv.select("chart")
    chart.open_entity(ids["event"])  # double-click on the event: shown beside the chart
    qtbot.waitUntil(lambda: len(chart.editor.link_buttons()) == 1, timeout=TIMEOUT)
    assert cv.stack.currentWidget() is chart
    (ana,) = chart.editor.link_buttons()
    assert ana.name == "Ana Lopes"
    qtbot.mouseClick(ana, Qt.MouseButton.LeftButton)
    _shows(qtbot, bench, ids["ana"])
    assert cv.entities.filter_text.text() == ""
    qtbot.waitUntil(lambda: cv.entities.model.ready and cv.entities.model.total > 4, timeout=TIMEOUT)
    qtbot.keyClick(cv.navigator, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back to the chart
    qtbot.waitUntil(lambda: cv.stack.currentWidget() is chart, timeout=TIMEOUT)


def test_back_returns_to_a_forum_tab_and_its_entry(qtbot, nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    page = cv.forum.pages[0]  # Meetings
    cv.select("forum", 1)
    assert cv.stack.currentWidget() is cv.forum
    meeting = on_worker_add(qtbot, bench, "Meeting", [("forum", "JIT Mar Azul"), ("involved", ids["ana"])])
    page.open_entity(meeting)
    qtbot.waitUntil(lambda: page.editor.entity is not None and page.editor.entity.id == meeting, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(page.editor.link_buttons()) == 1, timeout=TIMEOUT)
    qtbot.mouseClick(page.editor.link_buttons()[0], Qt.MouseButton.LeftButton)  # Involved: Ana
    _shows(qtbot, bench, ids["ana"])
    qtbot.mouseClick(_toolbar_button(bench, bench.act_back), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cv.stack.currentWidget() is cv.forum and cv.forum.currentIndex() == 0, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.editor.entity is not None and page.editor.entity.id == meeting, timeout=TIMEOUT)


def on_worker_add(qtbot, bench: Workbench, schema: str, values: list[tuple[str, str]]) -> str:
    got: list[str] = []
    bench.session.mutate("entities", es.add_entity, es.EntityDraft(schema, values), on_done=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT)
    return got[0]


def test_back_from_a_search_result_returns_to_the_results(qtbot, nav) -> None:
    bench, ids = nav
    cv = bench.caseview
    cv.select("audit")
    bench.search_box.setFocus()
    qtbot.keyClicks(bench.search_box, "Carla")
    qtbot.keyClick(bench.search_box, Qt.Key.Key_Return)  # opens the first result
    _shows(qtbot, bench, ids["carla"])
    qtbot.keyClick(bench.search_box, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: cv.stack.currentWidget() is cv.search, timeout=TIMEOUT)
    assert cv.search.query == "Carla"
    qtbot.keyClick(cv.search.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: cv.stack.currentWidget() is cv.audit, timeout=TIMEOUT)


def test_timeline_tooltips_name_the_item_and_its_kind(qtbot, nav) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QToolTip

    bench, ids = nav
    cv = bench.caseview
    timeline = cv.pages["timeline"]
    with qtbot.waitSignal(timeline.windowLoaded, timeout=TIMEOUT):
        cv.select("timeline")
    canvas = timeline.canvas
    timeline.select_entity(ids["call"])  # brings it into view
    qtbot.waitUntil(lambda: canvas.item_for(ids["call"]) is not None, timeout=TIMEOUT)
    it = canvas.item_for(ids["call"])
    tip = canvas.tip_for(it)
    assert tip.startswith("Ana Lopes called Bob Jallow\nCall · Date: 2024-03-01")
    assert ids["call"] not in tip and ids["ana"] not in tip
    canvas.setMouseTracking(True)
    QTest.mouseMove(canvas, canvas.item_rect(it).center().toPoint())
    qtbot.waitUntil(lambda: "Ana Lopes called Bob Jallow" in QToolTip.text(), timeout=TIMEOUT)


def test_many_names_above_the_values_point_to_the_links_tab(qtbot, nav) -> None:
    bench, _ids = nav
    people = [on_worker_add(qtbot, bench, "Person", [("name", f"Crew {i}")]) for i in range(8)]
    event = on_worker_add(qtbot, bench, "Event", [("name", "Landing"), *(("involved", p) for p in people)])
    editor = bench.caseview.entities.editor
    bench.caseview.open_entity(event)
    _shows(qtbot, bench, event)
    qtbot.waitUntil(lambda: len(editor.link_buttons()) == 6, timeout=TIMEOUT)
    from PySide6.QtWidgets import QLabel
    assert any(lbl.text() == "and 2 more under Links" for lbl in editor.refs.findChildren(QLabel))
    panel = editor.links_panel
    qtbot.waitUntil(lambda: panel.links is not None and panel.links.entity_id == event, timeout=TIMEOUT)
    assert panel.summary.text() == "Names (8)" and panel.model.rowCount() == 8
    assert {r[0] for r in panel.rows_shown()} == {"Names"}


def test_a_language_switch_translates_the_links(qtbot, nav) -> None:
    from PySide6.QtWidgets import QLabel

    bench, ids = nav
    editor = bench.caseview.entities.editor
    bench.caseview.open_entity(ids["call"])
    _shows(qtbot, bench, ids["call"])
    qtbot.waitUntil(lambda: editor.links_panel.links is not None, timeout=TIMEOUT)
    bench.set_language("es")
    try:
        qtbot.waitUntil(lambda: bench.act_back.text() == "Atrás", timeout=3000)
        labels = {lbl.text() for lbl in editor.refs.findChildren(QLabel)}
        assert {"Llamante:", "Receptor:"} <= labels
        assert editor.tabs.tabText(1).startswith("Vínculos (")
        assert editor.links_panel.summary.text().startswith("Menciona (")
        assert editor.links_panel.model.headerData(LCol.OTHER, Qt.Orientation.Horizontal) == "Otro extremo"
        assert editor.links_panel.rows_shown()[0][0] == "Menciona"
    finally:
        bench.set_language("en")
