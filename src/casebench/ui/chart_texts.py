"""The chart page's texts, set again after a live language switch.

Kept apart from chart_view so the page's construction stays as it is: the view hands over
the widgets whose text it set once, and ``retranslate`` sets them in the new language.
The sources are the ones chart_view writes (context "ChartView"), so no text is translated
twice. Numbers in the page follow QLocale (``count``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel

if TYPE_CHECKING:
    from casebench.ui.chart_view import ChartView


def count(n: int) -> str:
    """``12345`` → "12,345" / "12.345" / "12 345", as the window's language writes it."""
    return QLocale().toString(n)


def _t(text: str) -> str:
    return QCoreApplication.translate("ChartView", text)


@dataclass
class ChartTexts:
    """Widgets the chart page labelled once at construction."""

    save: QAbstractButton
    save_as: QAbstractButton
    relayout: QAbstractButton
    export: QAbstractButton
    remove: QAbstractButton
    find: QAbstractButton
    new_tab: QAbstractButton
    path_label: QLabel
    cancel_over_cap: QAbstractButton

    def fit(self, view: ChartView) -> None:
        """The find box keeps its hint readable ("Buscar en el gráfi…" at 150 %)."""
        box = view.find_box
        box.setMinimumWidth(min(box.maximumWidth(), box.fontMetrics().horizontalAdvance(box.placeholderText()) + 30))

    def retranslate(self, view: ChartView) -> None:
        self.save.setText(_t("Save"))
        self.save_as.setText(_t("Save as…"))
        self.relayout.setText(_t("Lay out"))
        self.export.setText(_t("Print / export chart…"))
        self.remove.setText(_t("Remove"))
        self.find.setText(_t("Find path"))
        self.new_tab.setToolTip(QCoreApplication.translate("ChartView", "New chart tab (Ctrl+T)"))
        self.path_label.setText(_t("Find path between the two selected entities"))
        self.cancel_over_cap.setText(_t("Cancel"))
        view.over_cap.add_kind.setText(_t("Add only these"))
        methods = {"force": _t("Force-directed"), "hierarchical": _t("Hierarchical"),
                   "circular": _t("Circular"), "grouped": _t("Grouped by organisation"),
                   "country": _t("Grouped by country")}
        for i in range(view.method.count()):
            view.method.setItemText(i, methods.get(str(view.method.itemData(i)), view.method.itemText(i)))
        if view.charts.count() and not view.charts.itemData(0):
            view.charts.setItemText(0, _t("(whole case)"))
        view.find_box.setPlaceholderText(_t("Find on chart…"))
        self.fit(view)
        view.expand_btn.setText(_t("Expand"))
        view.expand_btn.setToolTip(QCoreApplication.translate("ChartView", "Add the neighbours of the selected entities; the arrow "
                                      "expands by one kind of link"))
        view.limit.setPrefix(_t("at most "))
        view.limit.setToolTip(QCoreApplication.translate("ChartView", "How many neighbours one Expand adds; the rest are counted"))
        view.kinds_btn.setText(_t("Kinds"))
        view.kinds_btn.setToolTip(QCoreApplication.translate("ChartView", "Hide or show kinds of entities and links"))
        view.tags_btn.setText(_t("Tags"))
        view.directed.setText(_t("Follow arrows"))
        view.timed.setText(_t("In time order"))
        view.side.setTabText(0, _t("Paths"))
        view.side.setTabText(1, _t("Entity"))
        view.over_cap.dismiss()  # its sentence was written in the old language
        for index, tab in enumerate(view.chart_tabs()):
            if tab.number is not None and tab.name is None:
                view.tabs.setTabText(index, _t("Chart {0}").format(tab.number))
            tab.notify("")  # the last action's note was in the old language
            if view.graph is not None and not tab.laying_out:
                tab.rebuild()  # status line, hint and the kinds in the new language
        if view.loaded is not None:
            view._fill_menus()  # kinds menu: entity and link kinds by their translated names
