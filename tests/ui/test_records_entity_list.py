"""The window's entity list and its kind counts show calls kept as compact records
(decision 53): the same rows as for the calls kept as statements, records after the
entities in file order, paged lazily from either end and across the boundary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from tests.compact_pair import compact_pair
from tests.conftest import PASSPHRASE
from tests.exchange.formats.cdr import NUMBERS

from casebench.services.cases import open_case
from casebench.ui.caseview import group_counts
from casebench.ui.entity_model import Col, EntityTableModel
from casebench.ui.session import CaseSession

TIMEOUT = 15_000
FIRST_CALLER = "613306635"  # the first call's caller (written by write_cdr), no subscriber's


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    with compact_pair(tmp_path, monkeypatch, rows=120) as pair:
        return pair.plain.path, pair.compact.path


def _session(qtbot, path: Path) -> CaseSession:
    s = CaseSession()
    opened: list[object] = []
    s.open(lambda: open_case(path, PASSPHRASE, user="tester"), on_done=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=TIMEOUT)
    return s


@pytest.fixture
def sessions(qtbot, paths: tuple[Path, Path]) -> Iterator[tuple[CaseSession, CaseSession]]:
    both = (_session(qtbot, paths[0]), _session(qtbot, paths[1]))
    yield both
    for s in both:
        s.shutdown(2)


def _all_rows(qtbot, model: EntityTableModel) -> list[str]:
    """Every caption, the last page first (End), then the rest as the user scrolls up."""
    qtbot.waitUntil(lambda: model.ready, timeout=TIMEOUT)
    for row in [model.rowCount() - 1, *range(0, model.rowCount(), 5)]:
        model.index(row, Col.CAPTION).data()
        qtbot.waitUntil(lambda r=row: model.index(r, Col.CAPTION).data() != "…", timeout=TIMEOUT)
    return [model.index(r, Col.CAPTION).data() for r in range(model.rowCount())]


def _ids(model: EntityTableModel) -> list[str]:
    return [model.index(r, Col.CAPTION).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]


def test_the_entity_list_pages_records_after_the_entities(qtbot, sessions, qtmodeltester) -> None:
    plain, compact = (EntityTableModel(s, page=10) for s in sessions)
    for flt in ({}, {"schema": ("Call",)}, {"tag": "cdr"}, {"text": FIRST_CALLER}):
        for m in (plain, compact):
            m.update_filter(**flt) if flt else m.reload()
        shown = [_all_rows(qtbot, m) for m in (plain, compact)]
        assert Counter(shown[1]) == Counter(shown[0]) and shown[1], flt
        assert compact.total == plain.total == len(shown[0])
        qtmodeltester.check(compact)
        compact.update_filter(schema=(), tag="", text="")
        plain.update_filter(schema=(), tag="", text="")
    # sorted by name, descending: the entities sorted, the 119 records after them in file order
    compact.sort(Col.CAPTION, Qt.SortOrder.DescendingOrder)
    rows = _all_rows(qtbot, compact)
    assert rows[:3] == ["Transportes Sol SL", "Ana Gomes", f"+34{NUMBERS[2]} called +34{NUMBERS[3]}"]
    ids = _ids(compact)
    locators = [compact.row(r) for r in range(3, len(ids))]
    assert all(s is not None and s.place is not None for s in locators)
    places = [s.place for s in locators if s is not None]
    assert places == sorted(places)  # type: ignore[type-var]
    qtmodeltester.check(compact)


def test_the_kind_counts_include_records(qtbot, sessions) -> None:
    counts = []
    for s in sessions:
        got: list[dict[str, int]] = []
        s.call(group_counts, on_done=got.append)
        qtbot.waitUntil(lambda g=got: bool(g), timeout=TIMEOUT)
        counts.append(got[0])
    assert counts[0] == counts[1]
    assert counts[1]["All entities"] == 122 and counts[1]["Links"] == 120
