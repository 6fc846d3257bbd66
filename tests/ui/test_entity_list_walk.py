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
from PySide6.QtWidgets import QProgressDialog
from tests.conftest import PASSPHRASE
from tests.ui import test_i18n
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.ui import renaming
from casebench.ui.dialogs import ask
from casebench.ui.workbench import Workbench

compiled = test_i18n.compiled  # the translations, compiled for the test

NAMES = ("Ana Gomes", "Bruno Costa", "Carla Mendes", "Zacarías Vidal Fuentes")


@pytest.fixture
def walk_case(case_path: Path) -> tuple[Path, dict[str, str]]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    ids = {n: es.add_entity(c, es.EntityDraft("Person", [("name", n)])) for n in NAMES}
    for payer, to, amount, date in (("Zacarías Vidal Fuentes", "Ana Gomes", "125000", "2024-03-11"),
                                    ("Bruno Costa", "Carla Mendes", "950", "2024-03-02")):
        ids[f"{payer}>{to}"] = es.add_entity(c, es.EntityDraft(
            "Payment", [("payer", ids[payer]), ("beneficiary", ids[to]), ("amount", amount),
                        ("currency", "EUR"), ("date", date)]))
    ids["call"] = es.add_entity(c, es.EntityDraft("Call", [("caller", ids["Carla Mendes"]),
                                                           ("receiver", ids["Bruno Costa"]),
                                                           ("date", "2024-03-01T10:05:00+01:00")]))
    ids["family"] = es.add_entity(c, es.EntityDraft("Family", [("person", ids["Ana Gomes"]),
                                                               ("relative", ids["Zacarías Vidal Fuentes"])]))
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
        assert titles[0] == "Retirando un valor"
        qtbot.waitUntil(lambda: editor.entity is not None and not editor.entity.values("name"), timeout=TIMEOUT)
    finally:
        bench.set_language("en")
