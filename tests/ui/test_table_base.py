"""The table-model base: columns declared once, plain lists, pages read on the worker."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import threading
from collections.abc import Iterator

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, Qt
from tests.ui.conftest import shown
from tests.ui.test_session import hold  # keeps the worker busy so later reads queue up

import casebench.ui
from casebench.ui import i18n
from casebench.ui.audit_view import AuditModel
from casebench.ui.bundle_wizard import WithheldModel
from casebench.ui.entity_model import EntityTableModel
from casebench.ui.exhibit_models import CustodyModel, ExhibitModel, FilesModel
from casebench.ui.merge_review import ReviewModel
from casebench.ui.red_recipients import RedItemsModel
from casebench.ui.session import CaseSession
from casebench.ui.statement_model import StatementModel
from casebench.ui.table_base import Column, PagedModel, TableModel
from casebench.ui.table_import_models import MappingModel, ProblemModel

TIMEOUT = 15_000
H = Qt.Orientation.Horizontal


class FakeCase:
    """The pager never looks at the case: its reads are the model's own callables."""

    path = "fake"  # where a failure's storage check looks

    def close(self) -> None:
        pass


@pytest.fixture
def session(qtbot) -> Iterator[CaseSession]:
    s = CaseSession()
    s.open(FakeCase)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: s.is_open, timeout=TIMEOUT)
    yield s
    s.shutdown(2)


class Numbers(PagedModel[int]):
    """Rows 0..n-1 times ``sign``; ``ran`` lists the offsets the worker really read."""

    def __init__(self, session: CaseSession, n: int, counted: bool, page: int = 10) -> None:
        super().__init__(session, page=page)
        self.n, self.counted, self.sign, self.fail = n, counted, 1, False
        self.fail_at: set[int] = set()  # offsets whose read fails
        self.ran: list[int] = []
        self.column_specs = (Column(QT_TRANSLATE_NOOP("Numbers", "Number"), str,
                                    align=Qt.AlignmentFlag.AlignRight),)

    def count_query(self):
        n = self.n
        return (lambda _case: n) if self.counted else None

    def page_query(self, offset: int, limit: int):
        n, sign, fail, ran = self.n, self.sign, self.fail or offset in self.fail_at, self.ran

        def read(_case) -> list[int]:
            ran.append(offset)
            if fail:
                raise OSError("the disk is on fire")
            return [sign * i for i in range(offset, min(offset + limit, n))]

        return read


def test_a_counted_model_shows_every_row_and_reads_a_page_when_it_is_drawn(qtbot, qtmodeltester, session) -> None:
    model = Numbers(session, 1000, counted=True, page=50)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.reload()
    assert model.ready and model.rowCount() == 1000 and model.loaded_rows() == 50
    assert model.index(0, 0).data() == "0" and model.headerData(0, H) == "Number"
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignRight)
    # the end of the list: read alone (not the pages before it), drawn when it arrives
    with qtbot.waitSignal(model.dataChanged, timeout=TIMEOUT) as arrived:
        assert model.index(999, 0).data() is None
    assert arrived.args[0].row() == 950 and arrived.args[1].row() == 999
    assert model.index(999, 0).data() == "999"
    assert model.loaded_rows() == 100 and model.ran == [0, 950]
    assert not model.canFetchMore()
    qtmodeltester.check(model)


def test_answers_for_an_old_filter_never_land_and_are_not_even_read(qtbot, session) -> None:
    model = Numbers(session, 1000, counted=True)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.reload()
    release = hold(session)
    assert model.index(500, 0).data() is None  # page 50 is asked for, behind the held worker
    model.sign = -1  # a new filter: the rows change
    model.reload()
    release.set()
    qtbot.waitUntil(lambda: model.ready, timeout=TIMEOUT)
    assert model.index(500, 0).data() is None
    qtbot.waitUntil(lambda: model.index(500, 0).data() == "-500", timeout=TIMEOUT)
    assert model.ran == [0, 0, 500]  # the old page 50 was dropped before it was read


def test_a_page_that_failed_does_not_let_an_old_page_land_after_a_new_filter(qtbot, session) -> None:
    session.failure_handler = lambda *_a: None
    model = Numbers(session, 1000, counted=True)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.reload()
    model.fail_at = {500}
    release = hold(session)
    assert model.index(500, 0).data() is None  # page 50: its read fails
    gate = threading.Event()
    session.run_plain(gate.wait, 10)  # the worker waits again after page 50
    assert model.index(700, 0).data() is None  # page 70: on its way when the filter changes
    with qtbot.waitSignal(model.failed, timeout=TIMEOUT):
        release.set()
    model.sign, model.fail_at = -1, set()
    model.reload()
    gate.set()
    qtbot.waitUntil(lambda: model.ready, timeout=TIMEOUT)
    assert model.index(700, 0).data() is None
    qtbot.waitUntil(lambda: model.index(700, 0).data() == "-700", timeout=TIMEOUT)
    assert model.ran == [0, 500, 0, 700]  # the old page 70 was never read
    assert model.index(500, 0).data() is None  # the failed page is asked again when drawn
    qtbot.waitUntil(lambda: model.index(500, 0).data() == "-500", timeout=TIMEOUT)


def test_an_uncounted_model_grows_as_the_view_scrolls(qtbot, qtmodeltester, session) -> None:
    model = Numbers(session, 25, counted=False)
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.reload()
    assert model.rowCount() == 10 and model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    qtbot.waitUntil(lambda: model.rowCount() == 20, timeout=TIMEOUT)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 25, timeout=TIMEOUT)
    assert not model.canFetchMore() and model.index(24, 0).data() == "24"
    assert model.ran == [0, 10, 20]
    qtmodeltester.check(model)
    model.clear()
    assert model.rowCount() == 0 and not model.ready


def test_a_failed_read_is_reported_and_leaves_an_empty_list(qtbot, session) -> None:
    reported: list[BaseException] = []
    session.failure_handler = lambda exc, _trace, _owner: reported.append(exc)
    model = Numbers(session, 30, counted=True)
    model.fail = True
    with qtbot.waitSignal(model.failed, timeout=TIMEOUT) as failed:
        model.reload()
    assert failed.args[0] and isinstance(reported[0], OSError)
    assert model.rowCount() == 0 and not model.ready


def test_without_an_open_case_a_paged_model_is_empty(qtbot, qtmodeltester) -> None:
    session = CaseSession()
    model = Numbers(session, 30, counted=True)
    model.reload()
    assert model.rowCount() == 0 and model.loaded_rows() == 0
    qtmodeltester.check(model)
    session.shutdown(2)


class People(TableModel[tuple[str, str]]):
    def __init__(self) -> None:
        super().__init__()
        self.column_specs = (
            Column(QT_TRANSLATE_NOOP("People", "Name"), lambda p: p[0], tooltip=lambda p: p[0]),
            Column(QT_TRANSLATE_NOOP("People", "Id"), lambda p: p[1],
                   roles=lambda p, role: "#777777" if role == Qt.ItemDataRole.ForegroundRole else None),
        )

    def row_data(self, row: tuple[str, str], role: int) -> object:
        return row[1] if role == Qt.ItemDataRole.UserRole else None


def test_a_plain_list_is_the_zero_paging_case_and_its_tooltips_are_literal(qtmodeltester) -> None:
    model = People()
    hostile = "<img src='x'><b>Ana</b>"
    model.set_rows([(hostile, "p1"), ("Luis", "p2")])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert [model.headerData(c, H) for c in range(2)] == ["Name", "Id"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, 0).data() == hostile  # shown as written
    assert shown(model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)) == hostile
    assert model.index(1, 1).data(Qt.ItemDataRole.UserRole) == "p2"
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole) == "#777777"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.find(lambda p: p[1] == "p2") == 1 and model.row(5) is None
    model.set_rows([])
    assert model.rowCount() == 0


def _models() -> dict[type, list[str]]:
    """Each table model of the window and its English headers (as before the base)."""
    return {
        EntityTableModel: ["Name", "Kind", "TLP", "Created"],
        StatementModel: ["Property", "Value", "As recorded", "Source", "Grade", "Handling", "Recorded"],
        ExhibitModel: ["Reference", "Type", "Description", "Seized", "Files", "TLP"],
        CustodyModel: ["No.", "Event", "When", "From", "To", "Place", "Purpose", "Seal", "Hash check"],
        FilesModel: ["Path", "Size", "SHA-256", "Hashed"],
        RedItemsModel: ["Item", "Kind", "Property", "Pinned recipients", "Free-text names (not pinned)"],
        AuditModel: ["No.", "When", "User", "Category", "Action", "Item", "Justification"],
        ReviewModel: ["Status", "Imported entity", "Entity in this case", "Why it is proposed"],
        MappingModel: ["Column in the file", "First value", "Becomes ({schema})"],
        ProblemModel: ["Row", "Column", "Problem"],
        WithheldModel: ["Kind", "Item", "Withheld from", "Reason"],
    }


def _make(cls: type, session: CaseSession) -> QAbstractItemModel:
    return cls(session) if issubclass(cls, PagedModel) else cls()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_headers_are_those_of_each_model_in_the_windows_language(qtbot, lang: str) -> None:
    session = CaseSession()
    i18n.install(lang)
    try:
        for cls, english in _models().items():
            model = _make(cls, session)
            want = [QCoreApplication.translate(cls.__name__, h) for h in english]
            want = [w.format(schema="") if "{schema}" in w else w for w in want]
            assert [model.headerData(c, H) for c in range(model.columnCount())] == want, cls.__name__
        if lang == "es":
            assert EntityTableModel(session).headerData(0, H) == "Nombre"
    finally:
        i18n.install("en")
        session.shutdown(2)


def test_every_table_model_of_the_window_is_on_the_base() -> None:
    """rowCount, columnCount, headerData and data live in one place."""
    others = []
    for info in pkgutil.iter_modules(casebench.ui.__path__):
        module = importlib.import_module(f"casebench.ui.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, QAbstractItemModel) \
                    and not issubclass(cls, TableModel):
                others.append(f"{module.__name__}.{name}")
    assert others == []
