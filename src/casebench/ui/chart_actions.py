""""Show on chart" as every list offers it: a context-menu entry that names its shortcut.

The shortcut itself (Ctrl+Shift+G) belongs to the window (Case › Show on chart), which
asks the page on screen what is selected; the context menus here only show it, so the
key is never bound twice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

SHOW_ON_CHART_KEY = "Ctrl+Shift+G"


def show_on_chart_text() -> str:
    return QCoreApplication.translate("ChartActions", "Show on chart")


def chart_menu(parent: QWidget, at: QPoint, ids: list[str], emit: Callable[[list[str]], None]) -> QMenu | None:
    """Pop up a menu with "Show on chart" for ``ids`` at ``at`` (widget coordinates)."""
    if not ids:
        return None
    menu = QMenu(parent)
    menu.setObjectName("chartMenu")
    act = QAction(show_on_chart_text(), menu)
    act.setObjectName("showOnChartAction")
    act.setShortcut(QKeySequence(SHOW_ON_CHART_KEY))
    act.setShortcutVisibleInContextMenu(True)
    act.triggered.connect(lambda _c=False: emit(list(ids)))
    menu.addAction(act)
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(parent.mapToGlobal(at))
    return menu
