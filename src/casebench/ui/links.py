"""References to entities shown as names with a kind icon that can be followed.

Case data is untrusted, so a link is never HTML: a button's text is plain (its ``&`` is
doubled so a name cannot set a keyboard accelerator), table cells use the model's font and
colour roles, and the Links section (``ui/links_table.py``) is a table of plain cells.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from casebench.services import entity_links as el
from casebench.ui.common import plain_tip
from casebench.ui.kind_icons import kind_icon

LINK_COLOUR = "#1a5fb4"
MAX_LINK_WIDTH = 260  # pixels of a name on a link button before it is shortened with …
TARGET_ROLE = Qt.ItemDataRole.UserRole + 20  # (id, kind) an item or cell leads to


def link_font(base: QFont | None = None) -> QFont:
    font = QFont(base) if base is not None else QFont()
    font.setUnderline(True)
    return font


def link_role(role: int, base: QFont | None = None) -> Any:
    """What a table cell holding a followable reference returns for font and colour roles."""
    if role == Qt.ItemDataRole.FontRole:
        return link_font(base)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor(LINK_COLOUR))
    return None


def follow(view: QAbstractItemView, target: Callable[[QModelIndex], str | None],
           go: Callable[[str], None]) -> None:
    """Double-click or Enter on a cell that leads somewhere opens it (``activated`` is both)."""
    def activated(index: QModelIndex) -> None:
        dest = target(index)
        if dest:
            go(dest)

    view.activated.connect(activated)


class LinkButton(QToolButton):
    """A name with its kind icon that opens what it names (plain text, link style)."""

    followed = Signal(str, str)  # id, "entity" or "Exhibit"

    def __init__(self, target: str, kind: str, name: str, parent: QWidget | None = None, *,
                 elastic: bool = False) -> None:
        """``kind``: the schema of the entity named, or "Exhibit". ``elastic``: the button may
        be narrower than its name, which is then cut to the width it is given (a grid of links
        in a narrow page)."""
        super().__init__(parent)
        self.elastic = elastic
        self.target = target
        self.kind_name = el.EXHIBIT if kind == el.EXHIBIT else "entity"
        self.setObjectName("entityLink")
        self.setIcon(kind_icon(kind))
        self.full_name = name
        # A long name is shortened on the button (the tooltip has it all), so a row of links
        # never widens the window.
        shown = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, MAX_LINK_WIDTH)
        self._capped = self._shown = shown
        self.setText(shown.replace("&", "&&"))  # a name cannot set an accelerator
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFont(link_font(self.font()))
        self.setStyleSheet(f"QToolButton#entityLink {{ color: {LINK_COLOUR}; }}")
        self.setToolTip(plain_tip(self.tr("Open {name} (Alt+Left goes back)").format(name=name)))
        self.setEnabled(bool(target))
        self.clicked.connect(lambda _c=False: self.followed.emit(self.target, self.kind_name))

        if elastic:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    @property
    def name(self) -> str:
        return self.full_name

    @property
    def shown_name(self) -> str:
        """The name as the button shows it now (cut with … when it has no room)."""
        return self._shown

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if not self.elastic:
            return hint
        fm = self.fontMetrics()  # the whole (capped) name, whatever is shown at this width
        return QSize(hint.width() + fm.horizontalAdvance(self._capped) - fm.horizontalAdvance(self._shown),
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        if not self.elastic:
            return super().minimumSizeHint()
        fm = self.fontMetrics()
        least = hint.width() - fm.horizontalAdvance(self._capped) + fm.horizontalAdvance("Xxxxxxx…")
        return QSize(min(hint.width(), least), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.elastic:
            fm = self.fontMetrics()
            hint = self.sizeHint().width()
            room = max(0, self.width() - hint + fm.horizontalAdvance(self._capped))
            shown = self._capped if self.width() >= hint else \
                fm.elidedText(self.full_name, Qt.TextElideMode.ElideRight, min(MAX_LINK_WIDTH, room))
            if shown != self._shown:
                self._shown = shown
                self.setText(shown.replace("&", "&&"))
