"""The merge dialog: the entity itself is never offered, namesakes are told apart, and the
choice of which to keep is shown only once both sides are known."""

from __future__ import annotations

from tests.ui.conftest import TIMEOUT
from tests.ui.test_table_import_gui import on_worker

from casebench.services import entities as es
from casebench.ui.merge import MergeDialog
from casebench.ui.workbench import Workbench


def add_namesakes(qtbot, bench: Workbench) -> list[str]:
    return on_worker(qtbot, bench, lambda c: [
        es.add_entity(c, es.EntityDraft("Person", [("name", "Ana Costa"), ("birthDate", year)]))
        for year in ("1975", "1982", "1990")])


def test_the_entity_is_not_offered_and_namesakes_are_told_apart(qtbot, opened) -> None:
    bench = opened
    first, second, third = add_namesakes(qtbot, bench)
    dialog = MergeDialog(bench.session, first, bench)
    qtbot.addWidget(dialog)
    assert [dialog.model.horizontalHeaderItem(i).text() for i in range(3)] == [
        "Property", "This entity", "The other entity"]
    assert dialog.keep_left.isHidden() and dialog.keep_right.isHidden()  # nothing to choose yet
    combo = dialog.other.editor
    qtbot.keyClicks(combo.lineEdit(), "Ana Costa")
    qtbot.waitUntil(lambda: combo.count() == 2, timeout=TIMEOUT)
    offered = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert first not in offered  # itself is not a candidate
    assert offered == {second: f"Ana Costa — Person ({second[:8]})",
                       third: f"Ana Costa — Person ({third[:8]})"}
    combo.setCurrentIndex(combo.findData(third))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=TIMEOUT)
    assert not dialog.keep_left.isHidden() and not dialog.keep_right.isHidden()
    assert dialog.keep_left.text() == f"Keep “Ana Costa ({first[:8]})” as the main entity"
    assert dialog.keep_right.text() == f"Keep “Ana Costa ({third[:8]})” as the main entity"
    assert dialog.model.horizontalHeaderItem(2).text() == f"Ana Costa ({third[:8]})"


def test_choosing_the_entity_itself_says_so_and_offers_no_merge(qtbot, opened) -> None:
    bench = opened
    first, _second, _third = add_namesakes(qtbot, bench)
    dialog = MergeDialog(bench.session, first, bench)
    qtbot.addWidget(dialog)
    dialog.choose(first, "Ana Costa")
    qtbot.waitUntil(lambda: "itself" in dialog.error.text(), timeout=TIMEOUT)
    assert dialog.preview is None
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
