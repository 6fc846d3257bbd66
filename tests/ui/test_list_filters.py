"""Each entity list keeps its own filters, as in Aleph or i2: a name typed on People belongs to
People. Switching lists through the navigator shows the other list's own filters (none at
first), and coming back shows People's again; closing the case forgets them."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock

from casebench.domain.handling import TLP
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft, add_entity
from casebench.ui.caseview import ROLE_ARG, ROLE_KEY
from casebench.ui.workbench import Workbench

ALL, PEOPLE, ORGANISATIONS, VESSELS = 0, 1, 2, 3


@pytest.fixture
def lists(qtbot, bench: Workbench, case_path: Path) -> Workbench:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="AMBER")
    for name in ("Ana Gomes", "Bruno Diallo", "Carla Mendes"):
        add_entity(c, EntityDraft("Person", [("name", name)]))
    add_entity(c, EntityDraft("Company", [("name", "Nha Terra Lda")]))
    add_entity(c, EntityDraft("Company", [("name", "Atlântida Trading")]))
    add_entity(c, EntityDraft("Vessel", [("name", "Mar Azul")]))
    c.close()
    bench.open_case(str(case_path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    return bench


def click_list(qtbot, bench: Workbench, arg: int) -> None:
    """A click on the navigator's entry of a list under Entities."""
    nav = bench.caseview.navigator
    for i in range(nav.topLevelItemCount()):
        top = nav.topLevelItem(i)
        if top is not None and top.data(0, ROLE_KEY) == "entities":
            item = next(top.child(j) for j in range(top.childCount()) if top.child(j).data(0, ROLE_ARG) == arg)
            break
    else:
        raise AssertionError("no Entities entry")
    nav.scrollToItem(item)
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     nav.visualItemRect(item).center())
    assert bench.caseview.current == "entities" and bench.caseview.current_arg == arg


def names(qtbot, bench: Workbench, text: str, count: int) -> list[str]:
    """The list's rows once it is filtered by ``text`` and shows ``count`` rows."""
    page = bench.caseview.entities
    qtbot.waitUntil(lambda: page.model.ready and page.model.filter.text == text
                    and page.model.rowCount() == count, timeout=TIMEOUT)
    return sorted(str(page.model.summary(r).caption) for r in range(count))


def test_each_list_keeps_its_own_name_filter(qtbot, lists: Workbench) -> None:
    bench = lists
    page = bench.caseview.entities
    click_list(qtbot, bench, PEOPLE)
    assert names(qtbot, bench, "", 3) == ["Ana Gomes", "Bruno Diallo", "Carla Mendes"]
    qtbot.keyClicks(page.filter_text, "Ana")
    assert names(qtbot, bench, "Ana", 1) == ["Ana Gomes"]
    # Organisations: its own filter, empty at first, so the organisations are listed
    click_list(qtbot, bench, ORGANISATIONS)
    assert page.filter_text.text() == ""
    assert names(qtbot, bench, "", 2) == ["Atlântida Trading", "Nha Terra Lda"]
    qtbot.keyClicks(page.filter_text, "Nha")
    assert names(qtbot, bench, "Nha", 1) == ["Nha Terra Lda"]
    click_list(qtbot, bench, VESSELS)
    assert page.filter_text.text() == ""
    assert names(qtbot, bench, "", 1) == ["Mar Azul"]
    # back on People: "Ana" is still People's filter; Organisations keeps "Nha"
    click_list(qtbot, bench, PEOPLE)
    assert page.filter_text.text() == "Ana"
    assert names(qtbot, bench, "Ana", 1) == ["Ana Gomes"]
    click_list(qtbot, bench, ORGANISATIONS)
    assert page.filter_text.text() == "Nha"
    assert names(qtbot, bench, "Nha", 1) == ["Nha Terra Lda"]
    click_list(qtbot, bench, ALL)
    assert page.filter_text.text() == ""
    assert len(names(qtbot, bench, "", 6)) == 6


def test_a_filter_typed_just_before_switching_stays_with_its_list(qtbot, lists: Workbench) -> None:
    bench = lists
    page = bench.caseview.entities
    click_list(qtbot, bench, PEOPLE)
    names(qtbot, bench, "", 3)
    qtbot.keyClicks(page.filter_text, "Bru")  # and at once, before the list is filtered, away
    click_list(qtbot, bench, ORGANISATIONS)
    assert page.filter_text.text() == ""
    assert names(qtbot, bench, "", 2) == ["Atlântida Trading", "Nha Terra Lda"]
    click_list(qtbot, bench, PEOPLE)
    assert page.filter_text.text() == "Bru"
    assert names(qtbot, bench, "Bru", 1) == ["Bruno Diallo"]


def test_the_tlp_and_tag_filters_belong_to_their_list_too(qtbot, lists: Workbench) -> None:
    bench = lists
    page = bench.caseview.entities
    click_list(qtbot, bench, PEOPLE)
    names(qtbot, bench, "", 3)
    page.tlp.setCurrentIndex(page.tlp.findData(int(TLP.RED)))  # as a choice in the box does
    qtbot.waitUntil(lambda: page.model.ready and page.model.filter.tlp == TLP.RED and page.model.rowCount() == 0,
                    timeout=TIMEOUT)
    click_list(qtbot, bench, ORGANISATIONS)
    assert page.tlp.currentData() is None  # "Any TLP"
    assert names(qtbot, bench, "", 2) == ["Atlântida Trading", "Nha Terra Lda"]
    assert page.model.filter.tlp is None
    click_list(qtbot, bench, PEOPLE)
    assert page.tlp.currentData() == int(TLP.RED)
    qtbot.waitUntil(lambda: page.model.ready and page.model.filter.tlp == TLP.RED, timeout=TIMEOUT)


def test_opening_from_elsewhere_clears_only_the_list_it_opens_in(qtbot, lists: Workbench) -> None:
    bench = lists
    page = bench.caseview.entities
    click_list(qtbot, bench, ALL)
    names(qtbot, bench, "", 6)
    qtbot.keyClicks(page.filter_text, "zzz")
    names(qtbot, bench, "zzz", 0)
    click_list(qtbot, bench, PEOPLE)
    qtbot.keyClicks(page.filter_text, "Ana")
    ana = names(qtbot, bench, "Ana", 1)
    assert ana == ["Ana Gomes"]
    page.filter_text.clear()
    qtbot.keyClicks(page.filter_text, "Carla")
    qtbot.waitUntil(lambda: page.model.ready and page.model.filter.text == "Carla" and page.model.rowCount() == 1,
                    timeout=TIMEOUT)
    carla = page.model.summary(0).id
    bench.caseview.select("timeline")
    bench.caseview.open_entity(carla)  # as a timeline item or a search hit does: on All entities
    assert bench.caseview.current_arg == ALL
    assert page.filter_text.text() == ""  # All's stale "zzz" went
    qtbot.waitUntil(lambda: page.editor.entity is not None and page.editor.entity.id == carla, timeout=TIMEOUT)
    assert len(names(qtbot, bench, "", 6)) == 6
    click_list(qtbot, bench, PEOPLE)
    assert page.filter_text.text() == "Carla"  # People's own filter was not the problem


def test_closing_the_case_forgets_the_filters(qtbot, lists: Workbench) -> None:
    bench = lists
    page = bench.caseview.entities
    click_list(qtbot, bench, PEOPLE)
    qtbot.keyClicks(page.filter_text, "Ana")
    names(qtbot, bench, "Ana", 1)
    bench.close_case()
    assert page.filter_text.text() == ""
    assert page._filters == {}


def test_the_list_cannot_be_dragged_out_of_sight(qtbot, opened) -> None:
    from PySide6.QtWidgets import QSplitter

    page = opened.caseview.entities
    split = page.findChild(QSplitter, "entitiesSplit")
    assert split is not None
    split.moveSplitter(0, 1)  # as a user drags the handle to the left edge
    qtbot.wait(50)
    assert split.sizes()[0] > 0 and page.table.isVisible()
