"""Thin models over services.evidence: exhibits (lazy), custody events, content files."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from casebench.domain.dates import readable_moment
from casebench.services import evidence as ev
from casebench.ui.common import plain_tooltips, tlp_cell
from casebench.ui.session import CaseSession
from casebench.ui.value_labels import CUSTODY_EVENT, EXHIBIT_TYPE, value_label

Index = QModelIndex | QPersistentModelIndex
PAGE = 200


def human_size(n: int) -> str:
    size = float(n)
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if size < 1024 or unit == "TiB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


class XCol(enum.IntEnum):
    REFERENCE = 0
    TYPE = 1
    DESCRIPTION = 2
    SEIZED = 3
    FILES = 4
    TLP = 5


@plain_tooltips
class ExhibitModel(QAbstractTableModel):
    loaded = Signal()

    def __init__(self, session: CaseSession, parent: Any = None, page: int = PAGE) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
        self.text = ""
        self._rows: list[ev.Exhibit] = []
        self._pending = False
        self._more = False
        self.ready = False

    def clear(self) -> None:
        self.session.supersede(self, "rows")
        self.beginResetModel()
        self._rows, self._pending, self._more, self.ready = [], False, False, False
        self.endResetModel()

    def reload(self) -> None:
        self.clear()
        if self.session.is_open:
            self._more = True
            self._fetch()

    def _fetch(self) -> None:
        self._pending = True
        self.session.query("rows", ev.list_exhibits, text=self.text or None, limit=self.page,
                           offset=len(self._rows), on_done=self._got, on_error=self._failed)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._pending and self.ready

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.session.is_open:
            self._fetch()

    def _failed(self, exc: BaseException) -> None:
        self._got([])
        self.session.report(exc, self)

    def _got(self, rows: list[ev.Exhibit]) -> None:
        self._pending = False
        self._more = len(rows) == self.page
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        if not self.ready:
            self.ready = True
            self.loaded.emit()

    def exhibit(self, row: int) -> ev.Exhibit | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, exhibit_id: str) -> int:
        return next((i for i, x in enumerate(self._rows) if x.id == exhibit_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(XCol)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        x = self._rows[index.row()]
        col = XCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col is XCol.REFERENCE:
                return x.reference
            if col is XCol.TYPE:
                return value_label(EXHIBIT_TYPE, x.type)
            if col is XCol.DESCRIPTION:
                return x.description
            if col is XCol.SEIZED:
                when = readable_moment(x.seized_at) if x.seized_at else ""
                return " · ".join(p for p in (when, x.seized_place) if p)
            if col is XCol.FILES:
                return f"{x.files} ({human_size(x.bytes)})" if x.files else "—"
            return x.handling.tlp.label
        if role == Qt.ItemDataRole.UserRole:
            return x.id
        if col is XCol.TLP:
            return tlp_cell(x.handling.tlp, role)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(XCol):
            return None
        return (self.tr("Reference"), self.tr("Type"), self.tr("Description"), self.tr("Seized"),
                self.tr("Files"), self.tr("TLP"))[section]


@plain_tooltips
class ListModel(QAbstractTableModel):
    """A fixed list of rows with a column enum (custody events, content files)."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> tuple[str, ...]:
        return ()

    def cell(self, item: Any, column: int) -> str:
        return ""

    def tooltip(self, item: Any, column: int) -> str:
        return self.cell(item, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(self._rows[index.row()], index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        heads = self.headers()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(heads):
            return heads[section]
        return None


class CustodyModel(ListModel):
    """Custody events in time order; No. keeps the order they were entered in (the chain)."""

    WHEN = 2

    def set_rows(self, rows: list[Any]) -> None:
        # A partner's branch stays together after this case's own line, each in time order;
        # entries with the same time keep the order they were recorded in.
        super().set_rows(sorted(rows, key=lambda e: (bool(getattr(e, "branch", "")),
                                                     getattr(e, "branch", ""), e.at_utc, e.seq)))

    def last_seal(self) -> str:
        """The seal the exhibit should carry now (the last one put on or found)."""
        own = sorted((e for e in self._rows if not getattr(e, "branch", "")), key=lambda e: e.seq)
        for e in reversed(own):
            if e.seal_after or e.seal_before:
                return str(e.seal_after or e.seal_before)
        return ""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("No."), self.tr("Event"), self.tr("When"), self.tr("From"), self.tr("To"),
                self.tr("Place"), self.tr("Purpose"), self.tr("Seal"), self.tr("Hash check"))

    def cell(self, e: ev.CustodyEvent, column: int) -> str:
        seal = " → ".join(s for s in (e.seal_before, e.seal_after) if s)
        check = "" if e.matched is None else (self.tr("matched") if e.matched else self.tr("MISMATCH"))
        who_from = ", ".join(p for p in (e.from_person, e.from_org) if p)
        who_to = ", ".join(p for p in (e.to_person, e.to_org) if p)
        # ⑂: a partner's line that forked from this case's chain (kept beside it, after it)
        no = f"⑂ {e.seq}" if getattr(e, "branch", "") else str(e.seq)
        return (no, value_label(CUSTODY_EVENT, e.event), readable_moment(e.at), who_from, who_to,
                e.place, e.purpose, seal, check)[column]

    def tooltip(self, e: ev.CustodyEvent, column: int) -> str:
        if column != self.WHEN:
            return self.cell(e, column)
        return self.tr("{when}\nentered {recorded} by {who}").format(
            when=readable_moment(e.at), recorded=readable_moment(e.recorded_at), who=e.recorded_by)


class FilesModel(ListModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Path"), self.tr("Size"), self.tr("SHA-256"), self.tr("Hashed"))

    def cell(self, f: ev.ContentFile, column: int) -> str:
        return (f.rel_path or f.name, human_size(f.size), f.sha256,
                f"{readable_moment(f.hashed_at)} · {f.hashed_by}")[column]
