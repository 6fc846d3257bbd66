"""Find as typed in the window: the list filter folds like search, phone numbers typed as
written are found, and search says "100 of 1,051" and shows more on request."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, type_text, unlock
from tests.ui.test_i18n import compiled  # noqa: F401  (the fixture)

from casebench.services import entities as es
from casebench.services.bulk import add_entities
from casebench.services.cases import open_case
from casebench.ui import i18n
from casebench.ui.entity_model import Col
from casebench.ui.workbench import Workbench

MANY = 1050


@pytest.fixture
def busy_case(closed_case: Path) -> Path:
    c = open_case(closed_case, PASSPHRASE, user="tester")
    es.add_entity(c, es.EntityDraft("Person", [("name", "José García"), ("phone", "+220 771 2345")]))
    es.add_entity(c, es.EntityDraft("Person", [("name", "João Conceição"), ("phone", "+593 99 412 7730")]))
    es.add_entity(c, es.EntityDraft("Person", [("name", "Søren N'Diaye")]))
    add_entities(c, (es.EntityDraft("Person", [("name", f"Garcia Lote {i:04d}")]) for i in range(MANY)),
                 total=MANY)
    c.close()
    return closed_case


@pytest.fixture
def window(qtbot, bench: Workbench, busy_case: Path) -> Workbench:
    i18n.install("en")  # as the application does at start: numbers in the language's form
    bench.open_case(str(busy_case))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    return bench


def _filter(qtbot, window: Workbench, text: str) -> list[str]:
    page = window.caseview.entities
    page.filter_text.clear()
    type_text(qtbot, page.filter_text, text)
    qtbot.waitUntil(lambda: page.model.ready and page.model.filter.text == text, timeout=TIMEOUT)
    return [page.model.index(r, Col.CAPTION).data() for r in range(page.model.rowCount())]


def _search(qtbot, window: Workbench, text: str) -> list[str]:
    box, results = window.search_box, window.caseview.search
    box.setFocus()
    box.selectAll()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    type_text(qtbot, box, text)
    qtbot.waitUntil(lambda: results.query == text and not box.pending, timeout=TIMEOUT)
    return [h.caption for h in results.hits]


def test_the_list_filter_ignores_accents_and_case_like_search(qtbot, window, qtmodeltester) -> None:
    page = window.caseview.entities
    for typed, caption in (("jose", "José García"), ("joao", "João Conceição"), ("JOAO CONC", "João Conceição"),
                           ("soren", "Søren N'Diaye"), ("ndiaye", "Søren N'Diaye"), ("GARCÍA JOS", "José García"),
                           ("diallo", "Mamadou Diallo")):
        assert _filter(qtbot, window, typed) == [caption], typed
        assert page.count.text() == "1 entity"
        assert _search(qtbot, window, typed)[0] == caption, typed
    # a word that starts many names: counted in full, the list pages lazily
    assert len(_filter(qtbot, window, "garcia")) <= MANY + 1
    assert page.count.text() == f"{MANY + 1:,} entities"
    qtmodeltester.check(page.model)


def test_phone_numbers_are_found_as_written_and_by_their_end(qtbot, window) -> None:
    for typed, caption in (("+220 771 2345", "José García"), ("00220-771-2345", "José García"),
                           ("771 2345", "José García"), ("+593 99 412 7730", "João Conceição"),
                           ("412 7730", "João Conceição")):
        assert _search(qtbot, window, typed) == [caption], typed
        assert window.caseview.search.summary.text().startswith(f"One result for “{typed}”")
    hit = window.caseview.search.tree.topLevelItem(0).child(0)
    assert not hit.icon(0).isNull()  # the kind's icon, as in the entity list
    assert _search(qtbot, window, "2345") == []  # four digits are not a phone number
    assert window.caseview.search.summary.text() == "Nothing found for “2345”."


def test_search_says_how_many_match_and_shows_more(qtbot, window) -> None:
    results = window.caseview.search
    hits = _search(qtbot, window, "garcia")
    assert len(hits) == 100
    assert results.summary.text().startswith(f"100 of {MANY + 1:,} results for “garcia”")
    assert results.more.isVisible()
    first = [h.entity_id for h in results.hits]
    results.tree.setCurrentItem(results.tree.topLevelItem(0).child(42))
    chosen = results.current_entity()
    qtbot.mouseClick(results.more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(results.hits) == 200, timeout=TIMEOUT)
    assert results.summary.text().startswith(f"200 of {MANY + 1:,} results")
    # what was shown stays where it was, and so does the selection
    assert [h.entity_id for h in results.hits[:100]] == first
    assert results.current_entity() == chosen
    assert results.tree.topLevelItem(0).childCount() == 200
    while results.more.isVisible():
        shown = len(results.hits)
        qtbot.mouseClick(results.more, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=shown: len(results.hits) > n, timeout=TIMEOUT)
    assert len({h.entity_id for h in results.hits}) == MANY + 1
    assert results.summary.text().startswith(f"All {MANY + 1:,} results for “garcia”")
    # Enter still opens the selected result
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    editor = window.caseview.entities.editor
    qtbot.waitUntil(lambda: editor.entity is not None, timeout=TIMEOUT)
    assert editor.entity.id == results.current_entity()


def test_the_count_and_show_more_in_spanish(qtbot, compiled, window) -> None:  # noqa: F811
    window.set_language("es")  # a live switch, as from the Settings menu
    try:
        _search(qtbot, window, "garcia")
        results = window.caseview.search
        # Spanish groups thousands only from five digits on (CLDR): 1051, 10.000
        assert results.summary.text().startswith("100 de 1051 resultados para «garcia» — agrupados por tipo")
        assert results.more.text() == "Mostrar más"
    finally:
        window.set_language("en")
