"""Thin models over services.evidence: exhibits (lazy), custody events, content files."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from casebench.domain.ordering import natural_key
from casebench.services import evidence as ev
from casebench.services.types import Case
from casebench.ui import captions, moments
from casebench.ui.common import tlp_cell
from casebench.ui.session import CaseSession
from casebench.ui.table_base import Column, PagedModel, TableModel
from casebench.ui.value_labels import CUSTODY_EVENT, EXHIBIT_TYPE, value_label

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


class ExhibitModel(PagedModel[ev.Exhibit]):
    """Exhibits a page at a time as the list is scrolled (``fetchMore``)."""

    def __init__(self, session: CaseSession, parent: Any = None, page: int = PAGE) -> None:
        super().__init__(session, parent, page)
        self.text = ""
        self.column_specs = (
            Column(QT_TRANSLATE_NOOP("ExhibitModel", "Reference"), lambda x: x.reference),
            Column(QT_TRANSLATE_NOOP("ExhibitModel", "Type"), lambda x: value_label(EXHIBIT_TYPE, x.type)),
            Column(QT_TRANSLATE_NOOP("ExhibitModel", "Description"), lambda x: x.description),
            Column(QT_TRANSLATE_NOOP("ExhibitModel", "Seized"), _seized),
            Column(QT_TRANSLATE_NOOP("ExhibitModel", "Files"),
                   lambda x: f"{x.files} ({human_size(x.bytes)})" if x.files else "—"),
            Column(QT_TRANSLATE_NOOP("ExhibitModel", "TLP"), lambda x: x.handling.tlp.label,
                   roles=lambda x, role: tlp_cell(x.handling.tlp, role)),
        )

    def page_query(self, offset: int, limit: int) -> Callable[[Case], list[ev.Exhibit]]:
        return partial(ev.list_exhibits, text=self.text or None, limit=limit, offset=offset)

    def exhibit(self, row: int) -> ev.Exhibit | None:
        return self.row(row)

    def row_of(self, exhibit_id: str) -> int:
        return self.find(lambda x: x.id == exhibit_id)

    def row_data(self, x: ev.Exhibit, role: int) -> Any:
        return x.id if role == Qt.ItemDataRole.UserRole else None


def _seized(x: ev.Exhibit) -> str:
    when = moments.readable(x.seized_at) if x.seized_at else ""
    return " · ".join(p for p in (when, x.seized_place) if p)


class ListModel(TableModel[Any]):
    """A fixed list of rows (custody events, content files); tooltips repeat the cell."""

    def item(self, row: int) -> Any:
        return self.row(row)


class CustodyModel(ListModel):
    """Custody events in time order; No. keeps the order they were entered in (the chain)."""

    WHEN = 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)

        def col(header: object, text: Callable[[ev.CustodyEvent], str],
                tooltip: Callable[[ev.CustodyEvent], str] | None = None) -> Column[ev.CustodyEvent]:
            return Column(header, text, tooltip=tooltip or text)

        self.column_specs = (
            # ⑂: a partner's line that forked from this case's chain (kept beside it, after it)
            col(QT_TRANSLATE_NOOP("CustodyModel", "No."),
                lambda e: f"⑂ {e.seq}" if getattr(e, "branch", "") else str(e.seq)),
            col(QT_TRANSLATE_NOOP("CustodyModel", "Event"), lambda e: value_label(CUSTODY_EVENT, e.event)),
            col(QT_TRANSLATE_NOOP("CustodyModel", "When"), lambda e: moments.readable(e.at), self._when_tip),
            col(QT_TRANSLATE_NOOP("CustodyModel", "From"),
                lambda e: ", ".join(p for p in (e.from_person, e.from_org) if p)),
            col(QT_TRANSLATE_NOOP("CustodyModel", "To"), lambda e: ", ".join(p for p in (e.to_person, e.to_org) if p)),
            col(QT_TRANSLATE_NOOP("CustodyModel", "Place"), lambda e: e.place),
            col(QT_TRANSLATE_NOOP("CustodyModel", "Purpose"), lambda e: e.purpose),
            col(QT_TRANSLATE_NOOP("CustodyModel", "Seal"),
                lambda e: " → ".join(s for s in (e.seal_before, e.seal_after) if s)),
            col(QT_TRANSLATE_NOOP("CustodyModel", "Hash check"), self._check),
        )

    def set_rows(self, rows: Iterable[Any]) -> None:
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

    def _check(self, e: ev.CustodyEvent) -> str:
        return "" if e.matched is None else (self.tr("matched") if e.matched else self.tr("MISMATCH"))

    def _when_tip(self, e: ev.CustodyEvent) -> str:
        return self.tr("{when}\nentered {recorded} by {who}").format(
            when=moments.readable(e.at), recorded=moments.readable(e.recorded_at), who=captions.actor(e.recorded_by))


class FilesModel(ListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        cells: tuple[tuple[object, Callable[[ev.ContentFile], str]], ...] = (
            (QT_TRANSLATE_NOOP("FilesModel", "Path"), lambda f: f.rel_path or f.name),
            (QT_TRANSLATE_NOOP("FilesModel", "Size"), lambda f: human_size(f.size)),
            (QT_TRANSLATE_NOOP("FilesModel", "SHA-256"), lambda f: f.sha256),
            (QT_TRANSLATE_NOOP("FilesModel", "Hashed"), lambda f: f"{moments.readable(f.hashed_at)} · {captions.actor(f.hashed_by)}"),
        )
        self.column_specs = tuple(Column(header, text, tooltip=text) for header, text in cells)

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Paths in natural order (f2 before f10), as a person counts the files of a folder."""
        super().set_rows(sorted(rows, key=lambda f: natural_key(f.rel_path or f.name)))
