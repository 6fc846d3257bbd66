"""References to entities shown as names with a kind icon that can be followed.

Case data is untrusted, so a link is never HTML: a button's text is plain (its ``&`` is
doubled so a name cannot set a keyboard accelerator), table cells use the model's font and
colour roles, and the Links section is a tree of plain items.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from casebench.services import entity_links as el
from casebench.services.entity_links import Counterpart, EntityLinks, LinkGroup
from casebench.ui import captions
from casebench.ui.common import plain_tip
from casebench.ui.kind_icons import kind_icon
from casebench.ui.labels import prop_label, schema_label

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

    def __init__(self, target: str, kind: str, name: str, parent: QWidget | None = None) -> None:
        """``kind``: the schema of the entity named, or "Exhibit"."""
        super().__init__(parent)
        self.target = target
        self.kind_name = el.EXHIBIT if kind == el.EXHIBIT else "entity"
        self.setObjectName("entityLink")
        self.setIcon(kind_icon(kind))
        self.full_name = name
        # A long name is shortened on the button (the tooltip has it all), so a row of links
        # never widens the window.
        shown = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, MAX_LINK_WIDTH)
        self.setText(shown.replace("&", "&&"))  # a name cannot set an accelerator
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFont(link_font(self.font()))
        self.setStyleSheet(f"QToolButton#entityLink {{ color: {LINK_COLOUR}; }}")
        self.setToolTip(plain_tip(self.tr("Open {name} (Alt+Left goes back)").format(name=name)))
        self.setEnabled(bool(target))
        self.clicked.connect(lambda _c=False: self.followed.emit(self.target, self.kind_name))

    @property
    def name(self) -> str:
        return self.full_name


def money(totals: tuple[tuple[str, float], ...]) -> str:
    loc = QLocale()
    return ", ".join(f"{loc.toString(v, 'f', 2)} {c}".strip() for c, v in totals)


class LinksPanel(QTreeWidget):
    """The Links section of an entity page: groups by kind with counts, entries to follow."""

    followed = Signal(str, str)  # id, kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityLinks")
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.header().resizeSection(0, 260)
        self.header().setStretchLastSection(True)
        self.links: EntityLinks | None = None
        self.own_schema = ""  # the schema of the entity shown (labels of its own properties)
        self.activated.connect(self._activated)
        self._set_headers()

    def _set_headers(self) -> None:
        self.setHeaderLabels([self.tr("Linked to"), self.tr("How")])

    def retranslate(self) -> None:
        self._set_headers()
        if self.links is not None:
            self.set_links(self.links)

    def clear_links(self) -> None:
        self.links = None
        self.clear()

    def total(self) -> int:
        return sum(len(g.entries) for g in self.links.groups) if self.links else 0

    def set_links(self, links: EntityLinks) -> None:
        self.links = links
        self.clear()
        for group in links.groups:
            top = QTreeWidgetItem([self.group_title(group), self.group_detail(group)])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, TARGET_ROLE, None)
            top.setData(0, Qt.ItemDataRole.UserRole, group.kind)
            self.addTopLevelItem(top)
            for c in group.entries:
                shown = captions.caption(c.schema, c.name, c.id)  # a relationship's verb in the window's language
                item = QTreeWidgetItem([shown, self.entry_detail(group.kind, c)])
                item.setIcon(0, kind_icon(c.schema))
                target = c.open_id
                kind = el.EXHIBIT if c.schema == el.EXHIBIT else "entity"
                item.setData(0, TARGET_ROLE, (target, kind) if target else None)
                if target:
                    item.setFont(0, link_font(item.font(0)))
                    item.setForeground(0, QBrush(QColor(LINK_COLOUR)))
                item.setToolTip(0, plain_tip(shown))
                item.setToolTip(1, plain_tip(item.text(1)))
                top.addChild(item)
            top.setExpanded(True)

    # -- texts --------------------------------------------------------------------------------
    def group_title(self, g: LinkGroup) -> str:
        if g.kind == el.MENTIONS:
            name = self.tr("Named by")
        elif g.kind == el.REFERS:
            name = self.tr("Names")
        elif g.kind == el.EXHIBITS:
            name = self.tr("Exhibits")
        else:
            name = schema_label(g.kind, plural=True)
        return f"{name} ({g.count})"

    def group_detail(self, g: LinkGroup) -> str:
        parts = []
        if g.paid_out:
            parts.append(self.tr("paid {amount}").format(amount=money(g.paid_out)))
        if g.paid_in:
            parts.append(self.tr("received {amount}").format(amount=money(g.paid_in)))
        if g.kind not in (el.MENTIONS, el.REFERS, el.EXHIBITS):
            parts.insert(0, self.tr("with %n counterpart(s)", "", len(g.entries)))
        return "; ".join(parts)

    def entry_detail(self, kind: str, c: Counterpart) -> str:
        if kind == el.EXHIBITS:
            return c.detail
        if kind in (el.MENTIONS, el.REFERS):
            owner = c.schema if kind == el.MENTIONS else self.own_schema
            props = ", ".join(prop_label(owner, p) for p in c.props)
            return f"{schema_label(c.schema)} · {props}" if kind == el.MENTIONS else props
        parts: list[str] = []
        if kind == "Call":
            parts.append(self.tr("%n call(s)", "", c.count))
            if c.outgoing or c.incoming:
                parts.append(self.tr("{made} made, {received} received").format(
                    made=c.outgoing, received=c.incoming))
        elif kind == "Payment":
            parts.append(self.tr("%n payment(s)", "", c.count))
            if c.paid_out:
                parts.append(self.tr("paid {amount}").format(amount=money(c.paid_out)))
            if c.paid_in:
                parts.append(self.tr("received {amount}").format(amount=money(c.paid_in)))
        elif c.count > 1:
            parts.append(self.tr("%n link(s)", "", c.count))
        if c.detail:
            parts.append(c.detail)
        return "; ".join(parts)

    # -- following ------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        item = self.itemFromIndex(index)
        data = item.data(0, TARGET_ROLE) if item is not None else None
        if data:
            self.followed.emit(str(data[0]), str(data[1]))
