"""The table import wizard: file → preview → mapping → check → import (Cancel) → result."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QStyleOptionViewItem
from tests.ui.conftest import TIMEOUT, shown

from casebench.services import entities as es
from casebench.services import specs
from casebench.ui.dialogs import ask
from casebench.ui.table_import_models import MCol
from casebench.ui.table_import_wizard import PropertyDelegate, TableImportWizard
from casebench.ui.workbench import Workbench

HEADER = "Nº registro;Fecha y hora;Llamante;Destinatario;Duración (s);Célula"
ROWS = [
    "MV-000001;08/01/2024 07:15:02;+34612345678;+34699111222;65;Algeciras-Palmones",
    "MV-000002;08/01/2024 09:40:10;0034612345678;+351912345678;12;Vigo-Bouzas",
    "MV-000003;31/13/2024 10:00:00;+34612345678;+34699111222;40;Madrid-Usera",  # no 13th month
    "MV-000004;09/01/2024 11:02:00;+34699111222;+34612345678;120;La Línea-Atunara",
]
MORE_ROWS = [
    "MV-000101;12/02/2024 20:01:00;+34699111222;+34612345678;300;Vigo-Bouzas",
    "MV-000102;13/02/2024 06:30:45;+351912345678;+34612345678;31;Algeciras-Palmones",
]
BEFORE = 2  # the closed_case fixture's vessel and person


def write_cdr(path: Path, rows: list[str]) -> Path:
    path.write_bytes(("\r\n".join([HEADER, *rows]) + "\r\n").encode("latin-1"))
    return path


def on_worker(qtbot, bench: Workbench, fn: Any, *args: Any) -> Any:
    box: list[Any] = []
    bench.session.call(fn, *args, on_done=box.append, on_error=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    assert not isinstance(box[0], BaseException), box[0]
    return box[0]


def count(qtbot, bench: Workbench) -> int:
    return on_worker(qtbot, bench, lambda c: es.count_entities(c))


def open_wizard(qtbot, bench: Workbench, path: Path) -> TableImportWizard:
    bench.act_import_table.trigger()
    wizard = bench.table_wizard
    assert wizard is not None
    qtbot.waitUntil(wizard.isVisible, timeout=TIMEOUT)
    fp = wizard.file_page
    with ask.scripted([[str(path)]]) as log:
        fp.findChild(QPushButton, "tableBrowse").click()
    assert log and log[0][0] == "open_files"
    qtbot.waitUntil(fp.isComplete, timeout=TIMEOUT)
    assert "cp1252" in fp.found.text() and "semicolon" in fp.found.text()  # reads Latin-1 text alike
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    return wizard


def map_cdr(qtbot, wizard: TableImportWizard) -> None:
    page = wizard.mapping_page
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Call"))
    m = page.mapping
    for column, prop in (("Llamante", "callerNumber"), ("Destinatario", "receiverNumber"),
                         ("Fecha y hora", "date"), ("Nº registro", "recordId")):
        assert m.set_property(column, prop)
    # the duration through the view's own editor, as a click would
    index = m.index(m.columns.index("Duración (s)"), MCol.PROPERTY)
    delegate = page.map_view.itemDelegateForColumn(MCol.PROPERTY)
    assert isinstance(delegate, PropertyDelegate)
    editor = delegate.createEditor(page.map_view.viewport(), QStyleOptionViewItem(), index)
    editor.setCurrentIndex(editor.findData("duration"))
    delegate.setModelData(editor, m, index)
    editor.deleteLater()
    qtbot.keyClicks(page.date_formats, "dd/mm/yyyy hh:mm:ss")
    qtbot.keyClicks(page.tz, "Europe/Madrid")


def check_and_import(qtbot, wizard: TableImportWizard, strict: bool = False) -> None:
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete, timeout=TIMEOUT)
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=TIMEOUT)
    check.strict.setChecked(strict)
    wizard.next()  # the "Import" (commit) button
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.currentPage() is wizard.result_page,
                    timeout=TIMEOUT)


def test_lenient_import_reports_the_bad_row_then_same_file_is_already_imported(
        qtbot, opened, tmp_path, qtmodeltester) -> None:
    bench = opened
    assert bench.act_import_table.isEnabled()
    cdr = write_cdr(tmp_path / "movistar-cdr.csv", ROWS)
    wizard = open_wizard(qtbot, bench, cdr)
    pv = wizard.preview_page
    qtmodeltester.check(pv.model)
    assert pv.model.columnCount() == 6 and pv.model.rowCount() == 4
    assert pv.model.headerData(0, Qt.Orientation.Horizontal) == "Nº registro"
    assert pv.model.headerData(0, Qt.Orientation.Vertical) == "2"  # spreadsheet row numbers
    assert pv.model.index(3, 5).data() == "La Línea-Atunara"  # Latin-1 read right
    wizard.next()
    page = wizard.mapping_page
    assert page.spec_combo.currentData() == ""  # nothing saved yet: a new mapping
    map_cdr(qtbot, wizard)
    qtmodeltester.check(page.mapping)
    assert page.mapping.index(4, MCol.PROPERTY).data() == "Duration (s)"
    qtbot.waitUntil(page.isComplete, timeout=TIMEOUT)
    qtmodeltester.check(page.preview_model)
    pm = page.preview_model
    bad = next(r for r in range(pm.rowCount()) if pm.rows[r].number == 4)
    date_col = pm.header.index("Fecha y hora")
    tip = shown(pm.index(bad, date_col).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("Row 4:")
    assert pm.index(bad, date_col).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert pm.index(0, date_col).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 with a problem" in page.status.text()

    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=TIMEOUT)
    qtmodeltester.check(check.problems)
    assert check.result is not None and (check.result.rows, check.result.rejected_rows) == (4, 1)
    assert "OK: 3, with problems: 1" in check.summary.text()
    assert [check.problems.index(0, c).data() for c in range(2)] == ["4", "Fecha y hora"]
    # the reader's own error, worded by its code (the same words in the preview's tooltip)
    said = "“31/13/2024 10:00:00” is not a valid date. Month 13 does not exist (months run from 01 to 12)."
    assert check.problems.index(0, 2).data() == said and tip == "Row 4: " + said
    assert count(qtbot, bench) == BEFORE  # nothing imported by the check
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None and wizard.currentPage() is wizard.result_page,
                    timeout=TIMEOUT)
    report = wizard.report
    assert report.imported and report.imported_rows == 3 and report.rejected_rows == 1
    res = wizard.result_page
    qtmodeltester.check(res.problems)
    assert res.imported.text() == "3 new, 0 already present" and res.rejected.text() == "1"
    assert res.exhibit.text().startswith("IMPORT-")
    assert res.problems.rowCount() == 1 and res.problems.index(0, 0).data() == "4"
    assert count(qtbot, bench) == BEFORE + 3
    assert on_worker(qtbot, bench, lambda c: es.count_entities(c, schema="Call")) == 3
    calls = on_worker(qtbot, bench, lambda c: [es.get(c, s.id) for s in es.list_entities(c, schema="Call")])
    phones = sorted(v for call in calls for v in call.values("callerNumber"))
    assert phones == ["+34612345678", "+34612345678", "+34699111222"]  # E.164, 0034… read too
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bench.table_wizard is None, timeout=TIMEOUT)

    # the same file with the same mapping: nothing added
    again = open_wizard(qtbot, bench, cdr)
    again.next()
    map_cdr(qtbot, again)
    check_and_import(qtbot, again)
    assert again.report.already_imported
    assert "already imported" in again.result_page.headline.text()
    assert again.result_page.exhibit.text() == report.exhibit
    assert count(qtbot, bench) == BEFORE + 3
    again.reject()


def test_strict_mode_imports_nothing(qtbot, opened, tmp_path) -> None:
    bench = opened
    wizard = open_wizard(qtbot, bench, write_cdr(tmp_path / "cdr.csv", ROWS))
    wizard.next()
    map_cdr(qtbot, wizard)
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(check.isComplete, timeout=TIMEOUT)
    check.strict.setChecked(True)
    assert "nothing will be imported" in check.after.text()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=TIMEOUT)
    assert not wizard.report.imported and wizard.report.rejected_rows == 1
    assert "Strict mode" in wizard.result_page.headline.text()
    assert count(qtbot, bench) == BEFORE
    assert on_worker(qtbot, bench, specs.list_imports) == []
    wizard.reject()


def test_saved_spec_is_offered_and_reused_for_a_second_file(qtbot, opened, tmp_path) -> None:
    bench = opened
    wizard = open_wizard(qtbot, bench, write_cdr(tmp_path / "cdr-january.csv", ROWS))
    wizard.next()
    map_cdr(qtbot, wizard)
    page = wizard.mapping_page
    qtbot.waitUntil(page.isComplete, timeout=TIMEOUT)
    with ask.scripted(["Movistar CDR"]) as log:
        page.save_button.click()
    assert log[0][0] == "text"
    qtbot.waitUntil(lambda: page.spec_combo.currentData() == "Movistar CDR", timeout=TIMEOUT)
    assert "Saved specification" in page.edited.text()
    assert [s.name for s in on_worker(qtbot, bench, specs.list_specs)] == ["Movistar CDR"]
    check_and_import(qtbot, wizard)
    assert wizard.report.imported_rows == 3 and wizard.report.spec_name == "Movistar CDR"
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bench.table_wizard is None, timeout=TIMEOUT)

    second = open_wizard(qtbot, bench, write_cdr(tmp_path / "cdr-february.csv", MORE_ROWS))
    assert "Movistar CDR" in second.preview_page.summary.text()  # offered at once
    second.next()
    page2 = second.mapping_page
    assert page2.spec_combo.currentData() == "Movistar CDR"
    assert ("Duración (s)", "duration") in page2.mapping.pairs()
    assert page2.date_formats.text() == "dd/mm/yyyy hh:mm:ss"
    check_and_import(qtbot, second)
    assert second.report.imported_rows == 2 and second.report.rejected_rows == 0
    assert second.report.spec_name == "Movistar CDR"
    assert count(qtbot, bench) == BEFORE + 5
    second.button(second.WizardButton.FinishButton).click()


def test_cancel_during_import_leaves_the_case_as_it_was(qtbot, opened, tmp_path) -> None:
    bench = opened
    wizard = open_wizard(qtbot, bench, write_cdr(tmp_path / "cdr.csv", ROWS))
    wizard.next()
    map_cdr(qtbot, wizard)
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=TIMEOUT)
    gate = threading.Event()
    bench.session.call(lambda _c: gate.wait(10))  # the worker is busy: the import waits its turn
    wizard.next()
    runner = wizard.runner
    assert runner is not None and runner.dialog.isVisible()
    assert not wizard.check_page.isComplete()  # no second import while one runs
    assert bench.isEnabled()  # the window is not blocked by the work
    with ask.scripted([None]) as log:
        next(b for b in runner.dialog.findChildren(QPushButton)).click()
        assert runner.cancel_requested
        gate.set()
        qtbot.waitUntil(lambda: wizard.runner is None, timeout=TIMEOUT)
    assert log and log[0][1] == "Import cancelled"
    assert wizard.report is None and wizard.currentPage() is wizard.check_page
    assert count(qtbot, bench) == BEFORE
    assert on_worker(qtbot, bench, specs.list_imports) == []
    wizard.reject()
    qtbot.waitUntil(lambda: bench.table_wizard is None, timeout=TIMEOUT)


@pytest.mark.parametrize("lock", [True, False])
def test_locking_or_closing_the_case_closes_the_wizard(qtbot, opened, tmp_path, lock) -> None:
    bench = opened
    wizard = open_wizard(qtbot, bench, write_cdr(tmp_path / "cdr.csv", ROWS))
    assert wizard.preview_page.model.rowCount() == 4
    if lock:
        bench.lock()
    else:
        bench.close_case()
    qtbot.waitUntil(lambda: bench.table_wizard is None and not wizard.isVisible(), timeout=TIMEOUT)
    if lock:
        qtbot.waitUntil(lambda: not bench.act_import_table.isEnabled(), timeout=TIMEOUT)


def test_file_imported_from_the_command_line_is_already_imported_in_the_window(qtbot, opened, tmp_path) -> None:
    from casebench.exchange.formats.mapping import call_record_spec
    from casebench.services.table_import import import_table

    bench = opened
    cdr = write_cdr(tmp_path / "cdr.csv", ROWS)
    spec = call_record_spec("Movistar CDR", caller="Llamante", receiver="Destinatario", date="Fecha y hora",
                            duration="Duración (s)", record_id="Nº registro", tz="Europe/Madrid")
    on_worker(qtbot, bench, specs.save_spec, spec)
    first = on_worker(qtbot, bench, import_table, cdr, spec)
    assert first.imported_rows == 3
    wizard = open_wizard(qtbot, bench, cdr)
    wizard.next()
    page = wizard.mapping_page
    assert page.spec_combo.currentData() == "Movistar CDR"
    assert ("Llamante", "caller.phone") in page.mapping.pairs()  # a column feeding two properties
    assert page.edited.text().startswith("Saved specification")  # not "changed"
    check_and_import(qtbot, wizard)
    assert wizard.report.already_imported and wizard.result_page.exhibit.text() == first.exhibit
    wizard.reject()


def test_workbook_sheets_title_rows_and_a_separate_time_column(qtbot, opened, tmp_path) -> None:
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "Resumen"
    wb.active.append(["Resumen"])
    ws = wb.create_sheet("Llamadas")
    ws.append(["MOVISTAR - Respuesta al oficio 117/2024"])
    ws.append(["Periodo: enero 2024"])
    ws.append(["Registro", "Fecha", "Hora", "Llamante", "Destinatario"])
    ws.append(["MV-1", dt.datetime(2024, 1, 8), dt.time(7, 15, 2), "+34612345678", "+34699111222"])
    ws.append(["MV-2", dt.datetime(2024, 1, 9), dt.time(11, 2), "+34699111222", "Anónimo"])
    path = tmp_path / "movistar.xlsx"
    wb.save(path)
    bench = opened
    bench.act_import_table.trigger()
    wizard = bench.table_wizard
    qtbot.waitUntil(wizard.isVisible, timeout=TIMEOUT)
    fp = wizard.file_page
    fp.path.setText(str(path))
    qtbot.waitUntil(lambda: fp.isComplete() and fp.sheet.count() == 3, timeout=TIMEOUT)
    assert [fp.sheet.itemText(i) for i in range(1, 3)] == ["Resumen", "Llamadas"]  # all sheets offered
    fp.sheet.setCurrentIndex(fp.sheet.findData("Llamadas"))
    qtbot.waitUntil(lambda: fp.isComplete() and "row 3" in fp.found.text(), timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=TIMEOUT)
    assert wizard.preview_page.model.headerData(0, Qt.Orientation.Vertical) == "4"
    wizard.next()
    page = wizard.mapping_page
    page.schema_combo.setCurrentIndex(page.schema_combo.findData("Call"))
    for column, prop in (("Llamante", "callerNumber"), ("Destinatario", "receiverNumber"),
                         ("Fecha", "date"), ("Registro", "recordId")):
        assert page.mapping.set_property(column, prop)
    page.time_column.setCurrentIndex(page.time_column.findData("Hora"))
    qtbot.keyClicks(page.tz, "Europe/Madrid")
    check_and_import(qtbot, wizard)
    report = wizard.report
    assert report.imported_rows == 2 and report.rejected_rows == 0, report.errors
    assert wizard.result_page.imported.text() == "2 new, 0 already present"
    dates = on_worker(qtbot, bench, lambda c: sorted(
        v for s in es.list_entities(c, schema="Call")
        for v in es.get(c, s.id).values("date")))
    assert dates == ["2024-01-08T07:15:02+01:00", "2024-01-09T11:02:00+01:00"]
