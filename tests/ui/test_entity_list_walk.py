"""Defects a window walk found on the Entities page at 1280×800 (helper listui): the list
keeps the open entity's row marked after Back and a rename, the Links tab shows only what
applies to links, a relationship list has room for its ends and whole amounts, the Links
list sorts by its ends and by the kind it shows, and a slow change says what it is doing."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

import time
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QProgressDialog, QSplitter
from tests.conftest import PASSPHRASE
from tests.ui import test_i18n
from tests.ui.conftest import TIMEOUT, type_text, unlock

from casebench.domain.ordering import name_key
from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.ui import renaming
from casebench.ui.caseview import ENTITY_GROUPS
from casebench.ui.dialogs import ask
from casebench.ui.entity_model import Col
from casebench.ui.links_table import LCol
from casebench.ui.workbench import Workbench

compiled = test_i18n.compiled  # the translations, compiled for the test
LINKS = next(i for i, (label, _s) in enumerate(ENTITY_GROUPS) if label == "Links")
PAYMENTS = next(i for i, (label, _s) in enumerate(ENTITY_GROUPS) if label == "Payments")

NAMES = ("Ana Gomes", "Bruno Costa", "Carla Mendes", "Zacarías Vidal Fuentes")


@pytest.fixture
def walk_case(case_path: Path) -> tuple[Path, dict[str, str]]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    ids = {n: es.add_entity(c, es.EntityDraft("Person", [("name", n)])) for n in NAMES}
    for payer, to, amount, date in (("Zacarías Vidal Fuentes", "Ana Gomes", "1234567890.5", "2024-03-11"),
                                    ("Bruno Costa", "Carla Mendes", "950", "2024-03-02")):
        ids[f"{payer}>{to}"] = es.add_entity(c, es.EntityDraft(
            "Payment", [("payer", ids[payer]), ("beneficiary", ids[to]), ("amount", amount),
                        ("currency", "EUR"), ("date", date)]))
    ids["call"] = es.add_entity(c, es.EntityDraft("Call", [("caller", ids["Carla Mendes"]),
                                                           ("receiver", ids["Bruno Costa"]),
                                                           ("date", "2024-03-01T10:05:00+01:00")]))
    ids["family"] = es.add_entity(c, es.EntityDraft("Family", [("person", ids["Ana Gomes"]),
                                                               ("relative", ids["Zacarías Vidal Fuentes"])]))
    for i in range(450):  # Zacarías's row is on the list's third page, read when it is drawn
        es.add_entity(c, es.EntityDraft("Person", [("name", f"Persona {i:03d}")]))
    c.close()
    return case_path, ids


@pytest.fixture
def window(qtbot, bench: Workbench, walk_case) -> tuple[Workbench, dict[str, str]]:
    path, ids = walk_case
    bench.resize(1280, 800)
    bench.open_case(str(path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    return bench, ids


def _row_of(page, caption: str) -> int:
    model = page.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == caption:
            return r
    raise AssertionError(f"{caption} not in the list")


def _click_row(qtbot, page, caption: str) -> None:
    rect = page.table.visualRect(page.model.index(_row_of(page, caption), 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _selected_ids(page) -> list[str]:
    return [page.model.index(i.row(), 0).data(Qt.ItemDataRole.UserRole)
            for i in page.table.selectionModel().selectedRows()]


# -- 1. the list keeps the open entity's row marked ---------------------------------------------

def _marked(page) -> list[str]:
    """The rows marked in the list and drawn in its viewport, by their names."""
    table, shown = page.table, []
    for i in table.selectionModel().selectedRows():
        rect = table.visualRect(i)
        assert table.viewport().rect().intersects(rect), "the marked row is out of view"
        shown.append(page.model.index(i.row(), 0).data())
    return shown


def test_after_following_a_link_back_and_forward_the_open_entity_is_the_row_marked(qtbot, window) -> None:
    bench, ids = window
    page = bench.caseview.entities
    editor = page.editor
    qtbot.waitUntil(lambda: page.model.row(0) is not None, timeout=TIMEOUT)
    _click_row(qtbot, page, "Ana Gomes")
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == ids["Ana Gomes"], timeout=TIMEOUT)
    # her Links tab: Zacarías, a relative, is followed with a double-click
    editor.tabs.setCurrentIndex(1)
    panel = editor.links_panel
    qtbot.waitUntil(lambda: panel.links is not None and panel.model.rowCount() >= 2, timeout=TIMEOUT)
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.row(r).other_name == "Zacarías Vidal Fuentes" and panel.model.row(r).kind == "Family")
    rect = panel.table.visualRect(panel.model.index(row, 2))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    zacarias = ids["Zacarías Vidal Fuentes"]
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == zacarias, timeout=TIMEOUT)
    # his row, on a page of the list not read before, is marked and scrolled to
    qtbot.waitUntil(lambda: _selected_ids(page) == [zacarias], timeout=TIMEOUT)
    assert _marked(page) == ["Zacarías Vidal Fuentes"]
    bench.act_back.trigger()  # Alt+Left
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == ids["Ana Gomes"], timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _selected_ids(page) == [ids["Ana Gomes"]], timeout=TIMEOUT)
    assert _marked(page) == ["Ana Gomes"]
    bench.act_forward.trigger()
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == zacarias, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _selected_ids(page) == [zacarias], timeout=TIMEOUT)
    assert _marked(page) == ["Zacarías Vidal Fuentes"]


def test_after_a_rename_the_renamed_entity_is_the_row_marked(qtbot, window) -> None:
    bench, ids = window
    page = bench.caseview.entities
    editor = page.editor
    qtbot.waitUntil(lambda: page.model.row(0) is not None, timeout=TIMEOUT)
    _click_row(qtbot, page, "Bruno Costa")
    bruno = ids["Bruno Costa"]
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == bruno, timeout=TIMEOUT)
    # the new name typed and saved, then the old one retracted: he is listed as Xavier now
    field = editor.row("name").fields[0].editor
    field.setFocus()
    type_text(qtbot, field, "Xavier Costa Duarte")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.entity is not None and "Xavier Costa Duarte" in editor.entity.values("name"),
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _selected_ids(page) == [bruno], timeout=TIMEOUT)
    old = next(r for r in range(editor.values_model.rowCount())
               if editor.values_model.statement(r).value == "Bruno Costa")
    rect = editor.values_view.visualRect(editor.values_model.index(old, 1))
    qtbot.mouseClick(editor.values_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with ask.scripted(["he was renamed in the report"]):
        qtbot.mouseClick(editor.retract_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.caption == "Xavier Costa Duarte",
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: _selected_ids(page) == [bruno] and page.model.row_of(bruno) > 400, timeout=TIMEOUT)
    assert _marked(page) == ["Xavier Costa Duarte"]
    assert editor.entity.id == bruno  # marked, not opened again elsewhere


# -- 2. the Links tab shows what applies to links ------------------------------------------------

def test_the_links_tab_hides_retracting_and_the_form_of_values(qtbot, window) -> None:
    bench, ids = window
    page = bench.caseview.entities
    editor = page.editor
    qtbot.waitUntil(lambda: page.model.row(0) is not None, timeout=TIMEOUT)
    _click_row(qtbot, page, "Ana Gomes")
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == ids["Ana Gomes"], timeout=TIMEOUT)
    values = (editor.retract_button, editor.show_retracted, editor.add_title, editor.form_scroll,
              editor.show_all, editor.save_button)
    assert all(w.isVisible() for w in values)
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert editor.tabs.currentIndex() == 1
    assert not any(w.isVisible() for w in values)
    panel = editor.links_panel
    qtbot.waitUntil(lambda: panel.links is not None, timeout=TIMEOUT)
    # an amount whole, its currency too (a cap cut "1,234,567,890.5 E")
    row = next(r for r in range(panel.model.rowCount()) if panel.model.index(r, LCol.AMOUNT).data())
    assert panel.model.index(row, LCol.AMOUNT).data() == "1,234,567,890.5 EUR"
    assert panel.table.columnWidth(LCol.AMOUNT) >= panel.table.fontMetrics().horizontalAdvance("1,234,567,890.5 EUR")
    # the list of links has the room the form gave up
    qtbot.waitUntil(lambda: panel.table.viewport().height() >= 12 * panel.table.verticalHeader().defaultSectionSize(),
                    timeout=TIMEOUT)
    # another entity opened from the list: still its Links, still without the values' actions
    _click_row(qtbot, page, "Bruno Costa")
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == ids["Bruno Costa"], timeout=TIMEOUT)
    assert editor.tabs.currentIndex() == 1 and not any(w.isVisible() for w in values)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert all(w.isVisible() for w in values)


# -- 5. a slow change says what it does ----------------------------------------------------------

def test_a_slow_retraction_is_titled_by_what_it_does_in_the_windows_language(
        qtbot, compiled, window, monkeypatch: pytest.MonkeyPatch) -> None:
    bench, ids = window
    monkeypatch.setattr(renaming, "DIALOG_DELAY_MS", 50)
    real = es.retract

    def slow_retract(case: Any, *args: Any, progress: Any, cancelled: Any) -> Any:
        progress(10, 50_000, "")
        time.sleep(0.6)  # the dialog shows after its delay
        return real(case, *args, progress=progress, cancelled=cancelled)

    monkeypatch.setattr(es, "retract", slow_retract)
    bench.set_language("es")
    try:
        page = bench.caseview.entities
        editor = page.editor
        qtbot.waitUntil(lambda: page.model.row(0) is not None, timeout=TIMEOUT)
        _click_row(qtbot, page, "Ana Gomes")
        qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == ids["Ana Gomes"],
                        timeout=TIMEOUT)
        name = next(r for r in range(editor.values_model.rowCount())
                    if editor.values_model.statement(r).prop == "name")
        rect = editor.values_view.visualRect(editor.values_model.index(name, 1))
        qtbot.mouseClick(editor.values_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        titles: list[str] = []

        def seen() -> bool:
            titles.extend(d.windowTitle() for d in bench.findChildren(QProgressDialog, "taskProgress")
                          if d.isVisible())
            return bool(titles)

        with ask.scripted(["error de transcripción"]):
            qtbot.mouseClick(editor.retract_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(seen, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: editor.entity is not None and not editor.entity.values("name"), timeout=TIMEOUT)
        assert titles[0] == "Retirando un valor"
    finally:
        bench.set_language("en")


# -- 3. a relationship list has room for its ends and whole amounts ----------------------------

def test_a_payments_list_at_1280_by_800_shows_its_ends_and_whole_amounts(qtbot, compiled, window) -> None:
    bench, _ids = window
    bench.set_language("es")
    try:
        page = bench.caseview.entities
        split, table, model = page.findChild(QSplitter, "entitiesSplit"), page.table, page.model
        qtbot.wait(100)  # the navigator fits its Spanish entries
        list_before = split.sizes()[0]
        _pick(qtbot, bench, PAYMENTS)
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=TIMEOUT)
        table.selectRow(0)
        qtbot.waitUntil(lambda: page.editor.entity is not None, timeout=TIMEOUT)
        qtbot.wait(100)  # the layout settles
        hh, metrics = table.horizontalHeader(), table.fontMetrics()
        payer, to, amount = len(Col), len(Col) + 1, len(Col) + 3
        amounts = [str(model.index(r, amount).data()) for r in range(model.rowCount())]
        assert "1.234.567.890,5 EUR" in amounts

        def readable(end: str) -> None:
            # the whole table in the pane: nothing past its right edge, the amount column last
            assert hh.sectionViewportPosition(amount) + hh.sectionSize(amount) <= table.viewport().width() + 1
            for text in amounts:  # each amount whole, its currency too
                assert hh.sectionSize(amount) >= metrics.horizontalAdvance(text)
            for c in (payer, to):
                assert hh.sectionSize(c) >= metrics.horizontalAdvance(end), (c, hh.sectionSize(c))

        # the list has the larger share at first: two names and more, the form keeps its minimum
        assert split.sizes()[0] > list_before
        readable("Zacarías Vidal")
        assert split.sizes()[1] >= page.editor.minimumSizeHint().width()
        # dragged as narrow as it goes: the amounts stay whole, the names keep a first word
        handle = split.handle(1)
        qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=handle.rect().center())
        split.moveSplitter(0, 1)  # what the drag does (QTest cannot move with a button held)
        qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=handle.rect().center())
        qtbot.wait(50)
        readable("Francisco")
        # back to All entities: the list as it was
        _pick(qtbot, bench, 0)
        assert split.sizes()[0] == list_before
    finally:
        bench.set_language("en")


# -- 4. the Links list sorts by its ends and by the kind it shows --------------------------------

def _pick(qtbot, bench: Workbench, group: int) -> None:
    cv = bench.caseview
    item = cv.navigator.topLevelItem(0).child(group)
    qtbot.mouseClick(cv.navigator.viewport(), Qt.MouseButton.LeftButton, pos=cv.navigator.visualItemRect(item).center())
    model = cv.entities.model
    qtbot.waitUntil(lambda: model.ready and model.row(0) is not None, timeout=TIMEOUT)


def _click_header(qtbot, page, column: int) -> None:
    hh = page.table.horizontalHeader()
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(hh.sectionViewportPosition(column) + 5, hh.height() // 2))


def test_the_links_list_sorts_by_its_ends_and_by_the_kind_it_shows(qtbot, qtmodeltester, compiled, window) -> None:
    bench, _ids = window
    bench.set_language("es")
    try:
        _pick(qtbot, bench, LINKS)
        page = bench.caseview.entities
        model, hh = page.model, page.table.horizontalHeader()
        qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=TIMEOUT)
        frm, to = len(Col), len(Col) + 1
        assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (frm, to)] == ["De", "A"]

        def column(c: int) -> list[str]:
            return [str(model.index(r, c).data()) for r in range(model.rowCount())]

        def sorted_by(c: int, descending: bool = False) -> bool:
            cells = column(c)
            return model.ready and None not in cells and cells == sorted(cells, key=name_key, reverse=descending)

        for c in (frm, to):
            _click_header(qtbot, page, c)
            qtbot.waitUntil(lambda c=c: hh.sortIndicatorSection() == c and sorted_by(c), timeout=TIMEOUT)
            assert len(set(column(c))) > 1
            _click_header(qtbot, page, c)
            qtbot.waitUntil(lambda c=c: sorted_by(c, descending=True), timeout=TIMEOUT)
        assert column(to) == ["Zacarías Vidal Fuentes", "Carla Mendes", "Bruno Costa", "Ana Gomes"]
        qtmodeltester.check(model)
        # the Kind column by the Spanish names it shows (by the English ones, Call came first)
        _click_header(qtbot, page, Col.SCHEMA)
        qtbot.waitUntil(lambda: hh.sortIndicatorSection() == Col.SCHEMA and sorted_by(Col.SCHEMA), timeout=TIMEOUT)
        kinds = column(Col.SCHEMA)
        assert kinds[0] != "Llamada" and "Llamada" in kinds, kinds
        qtmodeltester.check(model)
        # the window switched to English: sorted by the English names it shows now
        bench.set_language("en")
        qtbot.waitUntil(lambda: sorted_by(Col.SCHEMA) and column(Col.SCHEMA)[0] == "Call", timeout=TIMEOUT)
    finally:
        bench.set_language("en")
