"""Text is text: hostile names from a partner's bundle or a CSV are shown as written.

A name such as ``<img src=…> <font size=40>x</font> <a href=…>`` must never load an image,
change the font or become a link: labels show case data as plain text, tooltips escape it,
message boxes and input dialogs are plain, the unlock dialog escapes the folder name.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox
from tests.conftest import PASSPHRASE
from tests.hostile_values import HOSTILE as HOSTILE_VALUES
from tests.ui.conftest import TIMEOUT, shown, unlock

import casebench.ui
from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.ui import analysis_timeline, dialogs
from casebench.ui.chart_view import ChartView
from casebench.ui.common import plain_tip
from casebench.ui.timeline_view import TimelineView
from casebench.ui.unlock import UnlockDialog
from casebench.ui.workbench import Workbench

HOSTILE = HOSTILE_VALUES["markup"]  # the shared list: tests/hostile_values.py
TAG = "<b>tag</b>"


@pytest.fixture
def hostile_case(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "<b>Op<img src=x>.casebench"  # a folder name is case data too
    c = create_case(path, PASSPHRASE, user="tester", title=f"Title {HOSTILE}", reference="<i>ref</i>",
                    default_tlp="AMBER")
    ids = {"person": es.add_entity(c, es.EntityDraft("Person", [("name", HOSTILE)], tags=[TAG]))}
    ids["other"] = es.add_entity(c, es.EntityDraft("Person", [("name", "Ana Gomes")]))
    ids["event"] = es.add_entity(c, es.EntityDraft("Event", [("name", HOSTILE), ("date", "2024-03-11"),
                                                               ("involved", ids["person"])]))
    es.add_entity(c, es.EntityDraft("Associate", [("person", ids["person"]), ("associate", ids["other"])]))
    c.close()
    return path, ids


@pytest.fixture
def hostile(qtbot, bench: Workbench, hostile_case) -> tuple[Workbench, dict[str, str]]:
    path, ids = hostile_case
    bench.open_case(str(path))
    dialog = bench.unlock_dialog
    assert dialog is not None
    # the unlock dialog names the folder as written
    assert dialog.intro.textFormat() == Qt.TextFormat.RichText
    assert path.name in shown(dialog.intro.text())
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.caseview.entities.model.ready, timeout=TIMEOUT)
    return bench, ids


def raw_markup_labels(root) -> list[str]:
    """Labels that would interpret markup found in their text."""
    bad = []
    for label in root.findChildren(QLabel):
        text = label.text()
        markup = "<img" in text or "<font" in text or "<a " in text
        if markup and label.textFormat() != Qt.TextFormat.PlainText:
            bad.append(f"{label.objectName() or type(label).__name__}: {text[:60]}")
    return bad


def test_hostile_names_are_shown_literally_everywhere(qtbot, hostile) -> None:
    bench, ids = hostile
    cv = bench.caseview
    # the window: title, status bar, toolbar
    assert HOSTILE in bench.toolbar_title.text() and bench.toolbar_title.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in bench.case_label.text() and bench.case_label.textFormat() == Qt.TextFormat.PlainText
    # the entity list: its tooltip shows the name as written
    model = cv.entities.model
    row = next(r for r in range(model.rowCount()) if model.summary(r).id == ids["person"])
    assert shown(model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)).startswith(HOSTILE)
    # the editor: caption and tags
    cv.entities.open_entity(ids["person"])
    editor = cv.entities.editor
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == ids["person"], timeout=TIMEOUT)
    assert editor.caption.text() == HOSTILE and editor.caption.textFormat() == Qt.TextFormat.PlainText
    assert TAG in editor.meta.text() and editor.meta.textFormat() == Qt.TextFormat.PlainText
    # the chart: node tooltips and the entity opened beside it
    chart = cv.pages["chart"]
    assert isinstance(chart, ChartView)
    with qtbot.waitSignal(chart.chartChanged, timeout=TIMEOUT):
        cv.select("chart")
    qtbot.waitUntil(lambda: ids["person"] in chart.items, timeout=TIMEOUT)
    assert shown(chart.items[ids["person"]].toolTip()).startswith(HOSTILE)
    chart.open_entity(ids["person"])
    qtbot.waitUntil(lambda: chart.editor.entity is not None, timeout=TIMEOUT)
    assert chart.editor.caption.textFormat() == Qt.TextFormat.PlainText
    # no label anywhere in the window would render the markup
    assert raw_markup_labels(bench) == []


def test_timeline_tooltips_show_names_literally(qtbot, hostile, monkeypatch) -> None:
    bench, ids = hostile
    cv = bench.caseview
    timeline = cv.pages["timeline"]
    assert isinstance(timeline, TimelineView)
    with qtbot.waitSignal(timeline.windowLoaded, timeout=TIMEOUT):
        cv.select("timeline")
    canvas = timeline.canvas
    item = canvas.item_for(ids["event"])
    assert item is not None
    tips: list[str] = []
    monkeypatch.setattr(analysis_timeline.QToolTip, "showText", lambda _pos, text, *_a: tips.append(text))
    centre = canvas.item_rect(item).center()
    move = QMouseEvent(QEvent.Type.MouseMove, centre, canvas.mapToGlobal(centre), Qt.MouseButton.NoButton,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    canvas.mouseMoveEvent(move)
    assert tips and shown(tips[-1]).startswith(HOSTILE)


def test_message_boxes_and_input_dialogs_are_plain(qtbot) -> None:
    box = dialogs._box(QMessageBox.Icon.Critical, None, "t", f"Cannot merge {HOSTILE}")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    failure = dialogs.ask.failure(None, "t", HOSTILE, HOSTILE)
    assert failure is not None
    qtbot.addWidget(failure)
    assert failure.textFormat() == Qt.TextFormat.PlainText
    failure.close()
    asked = QInputDialog()
    qtbot.addWidget(asked)
    asked.setLabelText(f"Why is {HOSTILE} retracted?")
    dialogs._plain_input(asked)
    labels = asked.findChildren(QLabel)
    assert labels and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in labels)


def test_unlock_reason_and_folder_are_escaped(qtbot, tmp_path) -> None:
    dialog = UnlockDialog(object(), str(tmp_path / "<img src=x>.casebench"), reason="<font size=40>big</font>")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    text = shown(dialog.intro.text())
    assert "<img src=x>.casebench" in text and "<font size=40>big</font>" in text


def test_tooltips_escape_and_keep_line_breaks() -> None:
    tip = plain_tip(f"{HOSTILE}\nPerson")
    assert shown(tip) == f"{HOSTILE}\nPerson"
    assert plain_tip("") == ""


def test_every_item_model_shows_tooltips_literally() -> None:
    """A new table model cannot forget: each one in the window escapes its tooltips."""
    missing = []
    for info in pkgutil.iter_modules(casebench.ui.__path__):
        module = importlib.import_module(f"casebench.ui.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, QAbstractItemModel):
                continue
            if "data" in cls.__dict__ and "plain_tooltips" not in cls.__dict__["data"].__qualname__:
                missing.append(f"{module.__name__}.{name}")
    assert missing == []

