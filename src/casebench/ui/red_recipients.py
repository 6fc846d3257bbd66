"""Who may receive each RED item: pinned partners, picked from the partner directory.

RED goes only to the recipients an item names. A name typed as free text matches a card
only as a whole, so the dialog shows those names as waiting and offers to re-pin them to
a partner's key; pinning is by key fingerprint, shown by the partner's name.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.ordering import name_key
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType
from casebench.services import recipients
from casebench.services.recipients import RedItem
from casebench.services.types import Case
from casebench.ui.columns import fit_columns
from casebench.ui.common import plain_error, plain_labels
from casebench.ui.dialogs import ask
from casebench.ui.exhibit_models import ListModel
from casebench.ui.identity_dialog import Keys
from casebench.ui.labels import prop_label, schema_label
from casebench.ui.session import CaseSession
from casebench.ui.table_base import Column
from casebench.ui.value_labels import country_label, prop_value_label


class RCol(enum.IntEnum):
    ITEM = 0
    KIND = 1
    PROPERTY = 2
    PINNED = 3
    FREE = 4


class RedItemsModel(ListModel):
    """One row per RED entity or value of this case, an entity's values under it: the item's
    name and kind are written on its first row only (the others are left blank, the tooltip
    names it), and its rows share a background so that the eye finds where the next begins."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._first: set[str] = set()  # the rows (ids) that begin an item
        self._shade: set[str] = set()  # the rows of every other item
        self.column_specs = (
            Column(QT_TRANSLATE_NOOP("RedItemsModel", "Item"), self._item, tooltip=lambda i: i.caption),
            Column(QT_TRANSLATE_NOOP("RedItemsModel", "Kind"), lambda i: self._kind(i) if i.id in self._first else "",
                   tooltip=self._kind),
            Column(QT_TRANSLATE_NOOP("RedItemsModel", "Property"), self._prop, tooltip=self._prop),
            Column(QT_TRANSLATE_NOOP("RedItemsModel", "Pinned recipients"), self._pinned,
                   tooltip=lambda i: "\n".join(f"{p.name}: {p.fingerprint}" for p in i.pinned)),
            Column(QT_TRANSLATE_NOOP("RedItemsModel", "Free-text names (not pinned)"),
                   lambda i: ", ".join(i.names), tooltip=lambda i: "\n".join(i.names)),
        )

    def set_rows(self, rows: Iterable[RedItem]) -> None:
        """The rows of one item together (the whole entity first, then its values), items in
        the order they first come."""
        groups: dict[tuple[str, str], list[RedItem]] = {}
        for it in rows:
            groups.setdefault(_item_key(it), []).append(it)
        ordered = [it for group in groups.values() for it in sorted(group, key=lambda it: it.kind != "entity")]
        self._first = {min(group, key=lambda it: it.kind != "entity").id for group in groups.values()}
        self._shade = {it.id for n, group in enumerate(groups.values()) if n % 2 for it in group}
        super().set_rows(ordered)

    def row_data(self, row: RedItem, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.id in self._shade:
            return QApplication.palette().alternateBase()
        return None

    def _item(self, item: RedItem) -> str:
        return item.caption if item.id in self._first else ""  # named on its first row

    def _kind(self, item: RedItem) -> str:
        if item.kind == "records":
            return self.tr("Imported rows ({kind})").format(kind=schema_label(item.schema, plural=True)) \
                if item.schema else self.tr("Imported rows")
        return schema_label(item.schema) if item.schema else ""

    def _prop(self, item: RedItem) -> str:
        if item.kind == "records":  # an import's calls kept as records share its handling
            return self.tr("all %n imported rows, every value", None, item.count)
        if not item.prop:
            return self.tr("(the whole entity)")
        label = prop_label(item.schema or "Thing", item.prop)
        return f"{label}: {_value_text(item)}" if item.value else label

    def _pinned(self, item: RedItem) -> str:
        if item.from_partner:
            return self.tr("a partner's RED: never passed on")
        return ", ".join(p.name or p.fingerprint for p in item.pinned) or self.tr("no one")


def _item_key(item: RedItem) -> tuple[str, str]:
    return ("records", item.id) if item.kind == "records" else ("entity", item.entity_id)


def _value_text(item: RedItem) -> str:
    """A RED value as the entity page shows it (a country by its name, a listed word translated)."""
    try:
        defined = get_schema(item.schema).properties.get(item.prop) if item.schema else None
    except ValueError:
        defined = None
    if defined is not None and defined.type is PropType.COUNTRY:
        return country_label(item.value)
    return prop_value_label(item.prop, item.value)


class RedRecipientsDialog(QDialog):
    """Pin partners as recipients of chosen RED items, re-pin free-text names, unpin."""

    def __init__(self, session: CaseSession, keys: Keys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.keys = keys
        self.free: dict[str, int] = {}
        self.setObjectName("redRecipients")
        self.setWindowTitle(self.tr("Recipients of RED items"))
        self.setMinimumSize(760, 460)
        self.resize(1040, 560)  # every column on screen at 1280×800
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "RED items go only to the recipients they name. Pick recipients from your pinned "
            "partners: they are matched by their key, never by how a name is written. Names "
            "typed as text reach no one until you re-pin them to a partner."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.model = RedItemsModel(self)
        self.table = QTableView()
        self.table.setObjectName("redItems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        # One line a row, cut at the end (whole in the tooltip); the free-text names take the
        # room left, the other columns are as wide as their typical longest text.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        fit_columns(self.table, fill=RCol.FREE, fill_minimum="Insp. Jefa Laura Sánchez",
                    samples={RCol.ITEM: "García Márquez and Jallow meet in", RCol.KIND: "Organisation",
                             RCol.PROPERTY: "Involved: Ricardo Manuel Sousa Ferr",
                             RCol.PINNED: "Juzgado nº 3 de Algeciras"})
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        lay.addWidget(self.table, 1)
        self.status = QLabel()
        self.status.setObjectName("redStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        self.pin_button = QPushButton(self.tr("Add recipient to selected…"))
        self.pin_button.setObjectName("pinRecipient")
        self.pin_button.clicked.connect(self.pin_selected)
        self.unpin_button = QPushButton(self.tr("Remove recipient from selected…"))
        self.unpin_button.setObjectName("unpinRecipient")
        self.unpin_button.clicked.connect(self.unpin_selected)
        self.repin_button = QPushButton(self.tr("Re-pin a free-text name…"))
        self.repin_button.setObjectName("repinName")
        self.repin_button.clicked.connect(self.repin_name)
        for b in (self.pin_button, self.unpin_button, self.repin_button):
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        plain_labels(self)
        self.busy = False
        self.load()

    # -- data --------------------------------------------------------------------------------------
    def load(self) -> None:
        self.busy = True
        self._buttons()
        self.session.call(_red_state, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, state: tuple[list[RedItem], dict[str, int]]) -> None:
        items, self.free = state
        self.model.set_rows(items)
        self.busy = False
        if not items:
            self.status.setText(self.tr("No RED items in this case."))
        elif not self.keys.partners.partners:  # why every button stays greyed
            self.status.setText(self.tr("Your partner directory is empty: add a partner's contact card "
                                        "(Bundles → Add partner…) to choose recipients."))
        self._buttons()

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.status.setText(plain_error(exc))
        self._buttons()

    def selected(self) -> list[RedItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        found = [self.model.item(r) for r in rows]
        return [it for it in found if it is not None and not it.from_partner]

    def _buttons(self) -> None:
        chosen = bool(self.selected()) and not self.busy
        self.pin_button.setEnabled(chosen and bool(self.keys.partners.partners))
        self.unpin_button.setEnabled(chosen and any(it.pinned for it in self.selected()))
        self.repin_button.setEnabled(not self.busy and bool(self.free) and bool(self.keys.partners.partners))

    # -- actions -----------------------------------------------------------------------------------
    def _choose_partner(self, title: str) -> tuple[str, str] | None:
        partners = self.keys.partners.partners
        labels = [p.label() for p in partners]
        chosen = ask.item(self, title, self.tr("Partner (matched by key):"), labels)
        if chosen is None:
            return None
        partner = partners[labels.index(chosen)]
        return partner.card.fingerprint.hex().upper(), partner.label()

    def pin_selected(self) -> None:
        items = [it.id for it in self.selected()]
        partner = self._choose_partner(self.tr("Add a recipient")) if items else None
        if partner is None:
            return
        fingerprint, label = partner
        self._change(recipients.pin, fingerprint, label, items=items)

    def unpin_selected(self) -> None:
        chosen = self.selected()
        pinned = {p.fingerprint: p.name or p.fingerprint for it in chosen for p in it.pinned}
        if not pinned:
            return
        names = list(pinned.values())
        name = ask.item(self, self.tr("Remove a recipient"), self.tr("Recipient to remove:"), names)
        if name is None:
            return
        fingerprint = next(f for f, n in pinned.items() if n == name)
        self._change(recipients.unpin, fingerprint, items=[it.id for it in chosen])

    def repin_name(self) -> None:
        names = sorted(self.free, key=name_key)
        name = ask.item(self, self.tr("Re-pin a free-text name"),
                        self.tr("Name as written on the items:"), names)
        if name is None:
            return
        partner = self._choose_partner(self.tr("Re-pin “{name}”").format(name=name))
        if partner is None:
            return
        fingerprint, label = partner
        self._change(recipients.pin, fingerprint, label, replace_name=name)

    def _change(self, fn: Callable[..., int], *args: Any, **kwargs: Any) -> None:
        self.busy = True
        self._buttons()
        self.session.call(fn, *args, **kwargs, on_done=self._changed, on_error=self._failed)

    def _changed(self, count: int) -> None:
        self.status.setText(self.tr("%n RED item(s) changed; recorded in the audit log.", "", count))
        self.load()


def _red_state(case: Case) -> tuple[list[RedItem], dict[str, int]]:
    """Runs on the worker: every RED item and the free-text names waiting to be pinned."""
    return recipients.red_items(case), recipients.free_text_names(case)

