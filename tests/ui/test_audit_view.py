"""The audit log opens at its newest record, numbered down the chain, read a page at a
time as it is scrolled; its No. header shows the order and turns it round."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, Qt
from tests.ui.conftest import TIMEOUT

from casebench.services import entities as es
from casebench.ui.audit_view import ACol
from casebench.ui.workbench import Workbench


def _add_people(qtbot, bench: Workbench, n: int) -> None:
    done: list[str] = []
    for i in range(n):
        bench.session.mutate("entities", es.add_entity, es.EntityDraft("Person", [("name", f"Witness {i}")]),
                             on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == n, timeout=TIMEOUT)


def _numbers(model) -> list[int]:
    return [int(model.index(r, ACol.SEQ).data()) for r in range(model.rowCount())]


def test_the_audit_log_opens_at_the_newest_record_and_pages_down_the_chain(qtbot, opened, qtmodeltester) -> None:
    _add_people(qtbot, opened, 7)
    page = opened.caseview.audit
    model = page.model
    model.page = 4  # several pages from a small log
    opened.caseview.select("audit")
    qtbot.waitUntil(lambda: model.ready and model.rowCount() > 0, timeout=TIMEOUT)
    qtmodeltester.check(model)
    newest = int(model.index(0, ACol.SEQ).data())
    table = page.table
    assert table.rowAt(0) == 0 and table.verticalScrollBar().value() == 0  # opened at the top
    assert model.index(0, ACol.ACTION).data() == "Person added"  # the last thing done
    assert table.indexAt(QPoint(2, 2)).row() == 0 and not table.isColumnHidden(ACol.SEQ)
    hh = table.horizontalHeader()
    assert hh.isSortIndicatorShown() and hh.sortIndicatorSection() == ACol.SEQ
    assert hh.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    tip = model.headerData(ACol.SEQ, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Newest record first")
    # records appended while the list is read (a consultation writes one) do not shift its pages
    _add_people(qtbot, opened, 3)

    def all_read() -> bool:  # as scrolling to the end does, page after page (the view asks too)
        model.fetchMore()
        return not model.canFetchMore() and not model._asked

    qtbot.waitUntil(all_read, timeout=TIMEOUT)
    assert _numbers(model) == list(range(newest, 0, -1))  # every record once, newest to the first
    qtmodeltester.check(model)
    # a click on No. lists the chain from its first record; another, newest first again
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(hh.sectionViewportPosition(ACol.SEQ) + 5, hh.height() // 2))
    qtbot.waitUntil(lambda: model.ready and model.rowCount() > 0 and model.index(0, ACol.SEQ).data() == "1",
                    timeout=TIMEOUT)
    assert hh.sortIndicatorSection() == ACol.SEQ and hh.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert model.headerData(ACol.SEQ, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).startswith(
        "The chain from its first record")
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton,  # another column does not sort
                     pos=QPoint(hh.sectionViewportPosition(ACol.USER) + 5, hh.height() // 2))
    assert hh.sortIndicatorSection() == ACol.SEQ and model.index(0, ACol.SEQ).data() == "1"
    qtbot.mouseClick(hh.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(hh.sectionViewportPosition(ACol.SEQ) + 5, hh.height() // 2))
    qtbot.waitUntil(lambda: model.ready and model.rowCount() > 0
                    and int(model.index(0, ACol.SEQ).data()) > newest, timeout=TIMEOUT)
    assert hh.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
