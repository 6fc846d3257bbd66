"""A tour of the window in es, pt and fr at 1280×800 (issue 13 item 6): no button or label
shows its text cut. Qt never elides a button's text: a button narrower than its text
simply loses the end of it ("Guardar co"), so each one must be at least as wide as its
text needs, and no button may be capped below the size its text asks for."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from tests.ui.conftest import TIMEOUT
from tests.ui.test_i18n import compiled  # noqa: F401  (fixture)

PAGES = ("entities", "exhibits", "timeline", "chart", "forum", "bundles", "audit")


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible() and widget.width() > 0


def _cut(window: QWidget) -> list[str]:
    problems = []
    for b in window.findChildren(QAbstractButton):
        if not isinstance(b, QPushButton | QToolButton) or not _shown(b, window) or not b.text():
            continue
        need = b.sizeHint().width()
        if b.maximumWidth() < need:
            problems.append(f"{type(b).__name__} {b.text()!r}: capped at {b.maximumWidth()} < {need}")
        elif b.width() < need - 1:
            problems.append(f"{type(b).__name__} {b.text()!r}: {b.width()} wide, needs {need}")
    for combo in window.findChildren(QComboBox):
        text = combo.currentText()
        if not _shown(combo, window) or combo.isEditable() or not text:
            continue
        need = combo.fontMetrics().horizontalAdvance(text) + 24  # the text beside the arrow
        if combo.width() < need:
            problems.append(f"QComboBox {text!r}: {combo.width()} wide, needs {need}")
    for edit in window.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if not _shown(edit, window) or edit.text() or not hint:
            continue
        need = edit.fontMetrics().horizontalAdvance(hint) + 8
        if edit.width() < need and edit.width() < 120:  # a long hint may end in "…", a field may not read "D…"
            problems.append(f"QLineEdit hint {hint!r}: {edit.width()} wide, needs {need}")
    for label in window.findChildren(QLabel):
        text = label.text()
        if not _shown(label, window) or not text or label.wordWrap() or "\n" in text or "<" in text:
            continue
        need = label.fontMetrics().horizontalAdvance(text) + 2 * label.margin() + label.indent() * 0
        if label.contentsRect().width() < need - 1:
            problems.append(f"QLabel {text!r}: {label.contentsRect().width()} wide, needs {need}")
    return problems


def _cut_navigator(window) -> list[str]:
    """Entries of the page navigator that do not fit (Qt would elide them with "…")."""
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    nav = window.caseview.navigator
    problems = []
    it = QTreeWidgetItemIterator(nav)
    while it.value() is not None:
        item = it.value()
        rect = nav.visualItemRect(item)
        need = nav.fontMetrics().horizontalAdvance(item.text(0)) + nav.iconSize().width() + 8
        if rect.width() < need:
            problems.append(f"{item.text(0)!r}: {rect.width()} wide, needs {need}")
        it += 1
    return problems


@pytest.mark.usefixtures("compiled")
@pytest.mark.parametrize("lang", ["es", "pt", "fr"])
def test_no_button_or_label_is_cut_in_any_language(qtbot, opened, lang: str) -> None:
    opened.resize(1280, 800)
    opened.set_language(lang)
    try:
        found: dict[str, list[str]] = {}
        for key in PAGES:
            opened.caseview.select(key)
            if key == "entities":  # an entity open in the editor: its header is the widest row
                ents = opened.caseview.entities
                qtbot.waitUntil(lambda e=ents: e.model.rowCount() > 0, timeout=TIMEOUT)
                ents.table.selectRow(0)
                qtbot.waitUntil(lambda e=ents: e.editor.entity is not None, timeout=TIMEOUT)
            qtbot.wait(600)  # the page lays itself out
            cut = _cut(opened)
            area = opened.caseview.page_area
            if area.horizontalScrollBar().maximum() > 0:  # the page is wider than the window
                cut.append(f"page needs {area.widget().minimumSizeHint().width()} px, "
                           f"has {area.viewport().width()}")
            if cut:
                found[key] = cut
        assert not found, found
        assert not _cut_navigator(opened), _cut_navigator(opened)
    finally:
        opened.set_language("en")
    qtbot.waitUntil(lambda: opened.lock_button.text() == "Lock", timeout=TIMEOUT)
