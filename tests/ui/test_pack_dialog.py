"""Print briefing pack… from the Case menu: choices, printing off the GUI thread, audit."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock

from casebench.domain.handling import TLP
from casebench.services.cases import create_case
from casebench.store import audit
from casebench.ui.dialogs import ask
from casebench.ui.pack_dialog import PackDialog
from casebench.ui.timeline_export import TimelineExportDialog
from casebench.ui.workbench import Workbench

TIMEOUT = 30_000


def _print(qtbot, dialog: PackDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_print_from_the_case_menu(qtbot, opened: Workbench, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    assert opened.act_print_pack.isEnabled()
    opened.act_print_pack.trigger()
    dialog = opened.pack_dialog
    assert isinstance(dialog, PackDialog) and dialog.isVisible()
    dialog.open_when_done = False
    dialog.folder.setText(str(tmp_path))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.word.setChecked(True)
    qtbot.keyClicks(dialog.version, "-b")  # "1.0-b"
    qtbot.keyClicks(dialog.forum, "Coordination meeting")
    with qtbot.waitSignal(dialog.printed, timeout=TIMEOUT) as sig:
        _print(qtbot, dialog)
    paths = sorted(sig.args[0])
    assert [p.suffix for p in paths] == [".docx", ".pdf"]
    said = opened.statusBar().currentMessage()  # where the files went, in the window's words
    assert str(tmp_path) in said and paths[0].name in said and paths[1].name in said
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(paths[1])).pages)
    assert "Coordination meeting" in text and "Versión 1.0-b" in text and "TLP:AMBER" in text
    assert "Mamadou Diallo" in text

    # the same disclosure record as the command line, one per file
    done: list[list[audit.AuditRecord]] = []
    opened.session.run_task(lambda case, progress, cancelled: audit.records(case, category="disclosure"),
                            on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    files = {r.details["file"] for r in done[0] if r.action == "briefing pack printed"}
    assert files == {p.name for p in paths}


def test_problems_are_shown_not_printed(qtbot, opened: Workbench, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = opened.print_pack()
    assert dialog is not None
    dialog.open_when_done = False
    dialog.folder.setText(str(tmp_path))
    dialog.pdf.setChecked(False)
    _print(qtbot, dialog)
    assert "PDF, Word" in dialog.problem.text() and dialog.runner is None
    dialog.pdf.setChecked(True)
    dialog.max_tlp.setCurrentIndex(dialog.max_tlp.findData("RED"))
    _print(qtbot, dialog)
    assert "recipient" in dialog.problem.text()
    dialog.folder.setText(str(tmp_path / "nowhere"))
    dialog.recipient.setText("Fiscal Lucía Ferreiro Otero")
    _print(qtbot, dialog)
    assert "nowhere" in dialog.problem.text()
    assert list(tmp_path.iterdir()) == []
    dialog.reject()


def test_cancel_leaves_no_file(qtbot, opened: Workbench, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    dialog = opened.print_pack()
    assert dialog is not None
    dialog.open_when_done = False
    dialog.folder.setText(str(tmp_path))
    _print(qtbot, dialog)
    runner = dialog.runner
    assert runner is not None
    runner.cancel()  # as the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: dialog.runner is None, timeout=TIMEOUT)
    assert "cancelled" in dialog.problem.text()
    assert list(tmp_path.iterdir()) == []


def test_a_failure_quoting_case_data_is_shown_as_written(qtbot, opened: Workbench) -> None:
    opened.act_print_pack.trigger()
    dialog = opened.pack_dialog
    assert isinstance(dialog, PackDialog)
    dialog._failed(ValueError("<b>Jalloh</b> <img src='x.png'>"))
    assert dialog.problem.textFormat() == Qt.TextFormat.PlainText
    assert "<img src='x.png'>" in dialog.problem.text()
    dialog.reject()


def test_sections_to_include(qtbot, opened: Workbench, tmp_path: Path) -> None:
    """Tick boxes choose the sections; the cover is always printed; the choice is audited."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dialog = opened.print_pack()
    assert dialog is not None
    dialog.open_when_done = False
    dialog.folder.setText(str(out_dir))
    assert dialog.chosen_sections() is None  # all ticked: everything the case has
    assert dialog.all_sections.text() == "Clear all"
    qtbot.mouseClick(dialog.all_sections, Qt.MouseButton.LeftButton)
    assert not any(box.isChecked() for box in dialog.sections.values())
    _print(qtbot, dialog)
    assert "at least one section" in dialog.problem.text() and dialog.runner is None
    dialog.sections["persons"].setChecked(True)
    dialog.sections["handling"].setChecked(True)
    assert dialog.sections["persons"].text() == "Person profiles"
    assert dialog.chosen_sections() == frozenset({"persons", "handling"})
    assert dialog.all_sections.text() == "Select all"
    with qtbot.waitSignal(dialog.printed, timeout=TIMEOUT) as sig:
        _print(qtbot, dialog)
    text = "\n".join(p.extract_text() or "" for p in PdfReader(str(sig.args[0][0])).pages)
    assert "Person profiles" in text and "Mamadou Diallo" in text and "Handling instructions" in text
    assert "Network chart" not in text and "Glossary" not in text
    done: list[list[audit.AuditRecord]] = []
    opened.session.run_task(lambda case, progress, cancelled: audit.records(case, category="disclosure"),
                            on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    assert done[0][-1].details["sections"] == ["handling", "persons"]


def test_bilingual_pack_with_a_later_date(qtbot, opened: Workbench, tmp_path: Path) -> None:
    """Spanish then English in one PDF, dated for a meeting next month; audited with both."""
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dialog = opened.print_pack()
    assert dialog is not None
    dialog.open_when_done = False
    dialog.folder.setText(str(out_dir))
    assert dialog.second_language.currentData() is None
    assert dialog.second_language.currentText() == "No second language"
    assert dialog.pack_date.date() == QDate.currentDate()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.second_language.setCurrentIndex(dialog.second_language.findData("es"))
    _print(qtbot, dialog)
    assert "second language" in dialog.problem.text() and dialog.runner is None
    dialog.second_language.setCurrentIndex(dialog.second_language.findData("en"))
    dialog.pack_date.setDate(QDate(2031, 5, 6))
    with qtbot.waitSignal(dialog.printed, timeout=TIMEOUT) as sig:
        _print(qtbot, dialog)
    (path,) = sig.args[0]
    assert path.name.endswith("-briefing-es-en.pdf")
    reader = PdfReader(str(path))
    tops = [item.title for item in reader.outline if not isinstance(item, list)]
    assert tops == ["Español", "English"]
    pages = [p.extract_text() or "" for p in reader.pages]
    assert "06/05/2031" in pages[0] and "06/05/2031" in pages[-1]
    assert "Página 1" in pages[0] and "Page " in pages[-1]
    done: list[list[audit.AuditRecord]] = []
    opened.session.run_task(lambda case, progress, cancelled: audit.records(case, category="disclosure"),
                            on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    assert done[0][-1].details["languages"] == ["es", "en"]
    assert done[0][-1].details["generated_on"] == "2031-05-06"


@pytest.mark.parametrize("level", ["GREEN", "AMBER+STRICT"])
def test_every_export_dialog_starts_at_the_case_default_level(qtbot, bench: Workbench, case_path: Path,
                                                                level: str) -> None:
    """The pack, the printed chart and the timeline image offer the same Highest TLP to start with."""
    create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp=level).close()
    bench.open_case(str(case_path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    wanted = TLP.parse(level).name
    pack = bench.print_pack()
    assert pack is not None
    offered = {"pack": pack.max_tlp.currentData()}
    pack.reject()
    with qtbot.waitSignal(bench.caseview.chart.chartChanged, timeout=TIMEOUT):
        bench.caseview.select("chart")
    chart = bench.caseview.chart.export()
    offered["chart"] = chart.max_tlp.currentData()
    chart.reject()

    def look(dialog: TimelineExportDialog) -> int:
        offered["timeline"] = dialog.max_tlp.currentData()
        return int(QDialog.DialogCode.Rejected)

    with ask.scripted([look]):
        bench.caseview.timeline.export()
    assert offered == {"pack": wanted, "chart": wanted, "timeline": wanted}
    assert bench.caseview.chart.editor.default_tlp is TLP.parse(level)  # values added beside the chart
