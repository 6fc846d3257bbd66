"""Text is text, everywhere: the hostile case walked through the window.

The case of ``tests/hostile_values.py`` (markup, scripts, Word fields, 5,000 characters,
RTL overrides, NUL, emoji, formula prefixes in names, notes, tags, links, an exhibit, its
custody and a chart) is opened through the unlock dialog and every place that shows case
text is visited: entity list, editor, search results, timeline, chart, audit, exhibits and
custody, the merge dialog. After each step the whole window is painted and checked:

- every label showing case text is plain text (``Qt.PlainText``);
- every tooltip (widgets, chart items, item models) shows the text literally: escaped
  when Qt would take it for rich text;
- independently of how the text got there, the image named in a hostile name is watched
  with inotify: nothing in the window ever opens it (a rich-text label or tooltip would).
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QGraphicsView, QLabel, QWidget
from tests.conftest import PASSPHRASE
from tests.hostile_values import HOSTILE, IMG, HostileCase, create
from tests.ui.conftest import TIMEOUT, shown, unlock

from casebench.ui.chart_view import ChartView
from casebench.ui.dialogs import ask
from casebench.ui.merge import MergeDialog
from casebench.ui.timeline_view import TimelineView
from casebench.ui.workbench import Workbench

MARKERS = ("<img", "<font", "<a ", "<script", "<svg")


class ImageWatch:
    """Counts opens of one file, whoever opens it (Linux inotify, no atime needed)."""

    IN_OPEN, IN_ACCESS, IN_NONBLOCK = 0x20, 0x01, 0o4000

    def __init__(self, path: str) -> None:
        image = QImage(8, 8, QImage.Format.Format_RGB32)
        image.fill(QColor("red"))
        assert image.save(path)
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(self.IN_NONBLOCK)
        assert self.fd >= 0
        assert self.libc.inotify_add_watch(self.fd, path.encode(), self.IN_OPEN | self.IN_ACCESS) >= 0

    def opened(self) -> bool:
        try:
            return bool(os.read(self.fd, 4096))
        except BlockingIOError:
            return False

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def watch(qapp) -> Iterator[ImageWatch]:
    if not hasattr(ctypes.CDLL(None), "inotify_init1"):
        pytest.skip("inotify is Linux only")
    w = ImageWatch(IMG)
    try:
        yield w
    finally:
        w.close()
        Path(IMG).unlink(missing_ok=True)


def test_the_watch_sees_a_rich_text_label_open_the_image(qtbot, watch: ImageWatch) -> None:
    """The detector works: the same name in a rich-text label does open the file."""
    label = QLabel(HOSTILE["markup"])
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.show()
    label.grab()
    assert not watch.opened()
    label.setTextFormat(Qt.TextFormat.AutoText)
    label.grab()
    assert watch.opened()


@pytest.fixture
def hostile(qtbot, bench: Workbench, tmp_path: Path, watch: ImageWatch) -> tuple[Workbench, HostileCase]:
    case, made = create(tmp_path / "Hostile.casebench", PASSPHRASE)
    case.close()
    bench.open_case(str(made.path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    return bench, made


def _hostile(text: str) -> bool:
    return any(m in text for m in MARKERS)


def _model_tips(model: QAbstractItemModel, parent: QModelIndex = QModelIndex(), depth: int = 0  # noqa: B008
                ) -> Iterator[str]:
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model (columnCount is private there)
        columns = 1
    for row in range(min(model.rowCount(parent), 300)):
        for col in range(columns):
            index = model.index(row, col, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and tip:
                yield tip
        first = model.index(row, 0, parent)
        if depth < 2 and columns > 1 and model.rowCount(first) > 0:
            yield from _model_tips(model, first, depth + 1)


def problems(watch: ImageWatch) -> list[str]:
    """Paint every visible window, then list the places that would interpret case markup."""
    found = []
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    tips: list[tuple[str, str]] = []
    for top in tops:
        top.grab()  # lays out and paints every label: a rich one would load the image now
        for w in [top, *top.findChildren(QWidget)]:
            name = w.objectName() or type(w).__name__
            if isinstance(w, QLabel) and _hostile(w.text()) and w.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"label {name} is {w.textFormat().name}: {w.text()[:60]}")
            if w.toolTip():
                tips.append((f"tooltip of {name}", w.toolTip()))
            if isinstance(w, QAbstractItemView) and w.model() is not None:
                tips += [(f"item tooltip in {name}", t) for t in _model_tips(w.model())]
            if isinstance(w, QGraphicsView) and w.scene() is not None:
                tips += [(f"scene item tooltip in {name}", it.toolTip()) for it in w.scene().items()
                         if it.toolTip()]
    for where, tip in tips:
        # Qt shows a tooltip as rich text when Qt::mightBeRichText says so: then it must be escaped
        if GuiQt.mightBeRichText(tip) and _hostile(tip):
            found.append(f"{where} is rich text with raw markup: {tip[:60]}")
        label = QLabel(tip)  # what QToolTip does with it (AutoText)
        label.grab()
        if _hostile(shown(tip)) is False and _hostile(tip):
            found.append(f"{where} hides the markup it quotes: {tip[:60]}")
        label.deleteLater()
    if watch.opened():
        found.append(f"something in the window opened {IMG}")
    return found


def test_hostile_case_is_shown_as_text_in_every_view(qtbot, hostile, watch: ImageWatch) -> None:
    bench, made = hostile
    cv = bench.caseview
    title = f"Op {HOSTILE['markup']}"
    assert title in bench.toolbar_title.text()
    assert problems(watch) == []

    # the entity list: every hostile name is a row, shown and tipped as written
    model = cv.entities.model
    qtbot.waitUntil(lambda: model.rowCount() >= len(made.persons), timeout=TIMEOUT)
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert {HOSTILE["markup"], HOSTILE["rtl"], HOSTILE["formula"]} <= names

    # the editor, for each hostile person
    editor = cv.entities.editor
    for key in ("markup", "script", "docx", "long", "rtl", "nul", "emoji", "formula", "at"):
        eid = made.persons[key]
        cv.entities.open_entity(eid)
        qtbot.waitUntil(lambda eid=eid: editor.entity is not None and editor.entity.id == eid,
                        timeout=TIMEOUT)
        assert editor.caption.text().startswith(HOSTILE[key][:100]) or key == "long"
        assert editor.caption.textFormat() == Qt.TextFormat.PlainText
        assert problems(watch) == [], key

    # an event and a company whose fields point at hostile entities (names shown in the fields)
    for eid in (made.event, made.company):
        cv.entities.open_entity(eid)
        qtbot.waitUntil(lambda eid=eid: editor.entity is not None and editor.entity.id == eid,
                        timeout=TIMEOUT)
        assert problems(watch) == [], eid

    # search results
    bench.search_box.setText("alert")
    bench.search_box.run()
    qtbot.waitUntil(lambda: bool(cv.search.hits), timeout=TIMEOUT)
    cv.select("search")
    assert problems(watch) == []

    # the timeline and the chart, with the entity opened beside it
    timeline = cv.pages["timeline"]
    assert isinstance(timeline, TimelineView)
    with qtbot.waitSignal(timeline.windowLoaded, timeout=TIMEOUT):
        cv.select("timeline")
    assert problems(watch) == []
    chart = cv.pages["chart"]
    assert isinstance(chart, ChartView)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        cv.select("chart")
    qtbot.waitUntil(lambda: made.persons["markup"] in chart.items, timeout=TIMEOUT)
    assert shown(chart.items[made.persons["markup"]].toolTip()).startswith(HOSTILE["markup"])
    chart.open_entity(made.persons["markup"])
    qtbot.waitUntil(lambda: chart.editor.entity is not None, timeout=TIMEOUT)
    assert problems(watch) == []

    # exhibits and custody
    exhibits = cv.pages["exhibits"]
    cv.select("exhibits")
    qtbot.waitUntil(lambda: exhibits.model.rowCount() >= 1, timeout=TIMEOUT)
    exhibits.open_exhibit(made.exhibit)
    qtbot.waitUntil(lambda: exhibits.custody_model.rowCount() >= 1, timeout=TIMEOUT)
    assert HOSTILE["markup"] in exhibits.title.text()
    assert problems(watch) == []
    # the custody dialog names the exhibit and pre-fills the last seal (a hostile formula)
    seen: list[str] = []

    def look(dialog: QWidget) -> int:
        dialog.show()
        seen.extend(problems(watch))
        return 0  # cancelled: nothing is appended

    with ask.scripted([look]) as log:
        exhibits.add_custody()
    assert log and seen == []

    # the audit log (names its targets)
    audit = cv.pages["audit"]
    cv.select("audit")
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=TIMEOUT)
    assert problems(watch) == []

    # the merge dialog: both names in the preview's header and choices
    merge = MergeDialog(bench.session, made.persons["markup"], bench)
    qtbot.addWidget(merge)
    merge.show()
    merge.choose(made.persons["script"], HOSTILE["script"])
    qtbot.waitUntil(lambda: merge.preview is not None, timeout=TIMEOUT)
    assert HOSTILE["markup"] in merge.keep_left.text()
    assert problems(watch) == []
    merge.reject()


def test_a_hostile_partner_bundle_is_shown_as_text(qtbot, bench: Workbench, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   watch: ImageWatch) -> None:
    """The report of issue #13: the names come from a partner's bundle, sender included."""
    from casebench.services import bundles
    from casebench.services import entities as es
    from casebench.services import identity as identity_svc
    from casebench.services import partners as partners_svc
    from casebench.services.bundles import LegalBasis, Selection
    from casebench.services.cases import create_case

    id_a, id_b = "identity passphrase of the partner", "identity passphrase of ours"
    home_a, home_b = tmp_path / "home-a", tmp_path / "home-b"
    home_a.mkdir()
    home_b.mkdir()
    monkeypatch.setenv("CASEBENCH_HOME", str(home_a))
    card_a = identity_svc.create(id_a, name=HOSTILE["markup"], agency=HOSTILE["script"], country="es").card
    monkeypatch.setenv("CASEBENCH_HOME", str(home_b))
    card_b = identity_svc.create(id_b, name="Bruno Costa", agency="Policia Judiciaria", country="pt").card
    partners_svc.add(id_b, card_a, fingerprint_confirmed=True)
    ours = create_case(tmp_path / "Ours.casebench", PASSPHRASE, user="bruno", title="Rota",
                       originator_country="pt", default_tlp="AMBER")
    es.add_entity(ours, es.EntityDraft("Vessel", [("name", "Sea Blue"), ("imoNumber", "9074729")]))
    ours.close()
    monkeypatch.setenv("CASEBENCH_HOME", str(home_a))
    partners_svc.add(id_a, card_b, fingerprint_confirmed=True)
    theirs, made = create(tmp_path / "Theirs.casebench", PASSPHRASE)
    vessel = es.add_entity(theirs, es.EntityDraft("Vessel", [("name", HOSTILE["markup"]),
                                                             ("imoNumber", "9074729")]))
    ident = identity_svc.unlock(id_a)
    plan = bundles.plan_export(theirs, Selection(entity_ids=[vessel, *made.persons.values()]),
                               partners_svc.list_partners(id_a), identity=ident)
    out = bundles.write_export(theirs, plan, ident, tmp_path / "hostile.cbx",
                               legal_basis=LegalBasis("JIT", HOSTILE["rtl"]), purpose=HOSTILE["markup"]).paths[0]
    theirs.close()

    monkeypatch.setenv("CASEBENCH_HOME", str(home_b))
    bench.open_case(str(tmp_path / "Ours.casebench"))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    bench.caseview.select("bundles")
    page = bench.caseview.bundles
    with ask.scripted([id_b]):
        page.import_button.click()
    qtbot.waitUntil(lambda: page.import_dialog is not None and page.import_dialog.isVisible(), timeout=TIMEOUT)
    dialog = page.import_dialog
    dialog.path.setText(str(out))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.steps_shown, timeout=TIMEOUT)
    assert dialog.refusal is None and dialog.result_ is not None
    assert problems(watch) == []
    dialog.close()
    review = page.review
    qtbot.waitUntil(lambda: review.model.rowCount() >= 1, timeout=TIMEOUT)
    review.table.selectRow(0)
    qtbot.waitUntil(lambda: review.preview.rowCount() > 0, timeout=TIMEOUT)
    cells = [review.model.index(r, c).data() for r in range(review.model.rowCount())
             for c in range(review.model.columnCount())]
    cells += [review.preview.item(r, c).text() for r in range(review.preview.rowCount())
              for c in range(review.preview.columnCount()) if review.preview.item(r, c)]
    assert any(HOSTILE["markup"] in str(c) for c in cells)  # shown, as written
    assert problems(watch) == []


def test_every_tooltip_in_the_code_is_translated_text_or_escaped() -> None:
    """A new tooltip cannot forget: each setToolTip/showText passes our own (translated)
    words or goes through plain_tip, the one helper that escapes case data."""
    import ast

    import casebench.ui

    allowed = {"tr", "translate", "plain_tip"}
    bad, seen = [], 0
    for path in sorted(Path(casebench.ui.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("setToolTip", "showText") and node.args):
                continue
            seen += 1
            text = node.args[-1] if node.func.attr == "setToolTip" else node.args[1]
            func = text.func if isinstance(text, ast.Call) else None
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name not in allowed:
                bad.append(f"{path.name}:{node.lineno}")
    assert seen > 10 and bad == []
