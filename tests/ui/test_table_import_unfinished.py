"""The table import wizard offers to roll back an import that was interrupted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from tests.exchange.formats.cdr import write_cdr
from tests.ui.conftest import PASSPHRASE, TIMEOUT, unlock

from casebench.exchange.formats.mapping import call_record_spec
from casebench.services import table_import
from casebench.services.table_import import import_table, unfinished_imports
from casebench.store.case import Case
from casebench.ui.dialogs import ask
from casebench.ui.workbench import Workbench


@pytest.fixture
def interrupted(closed_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A case whose import of 600 call records stopped (as at a power cut) after 250 rows."""
    monkeypatch.setattr(table_import, "CHUNK_ROWS", 250)
    monkeypatch.setattr(table_import, "BATCH_ROWS", 250)
    spec = call_record_spec("Operador <b>CDR</b>", caller="Llamante", receiver="Destinatario",
                            date="Fecha y hora", record_id="Nº registro", tz="Europe/Madrid")

    calls = []

    def power_cut(done: int, total: int, message: str) -> None:
        calls.append(done)
        if len(calls) == 2:  # in the second chunk
            raise RuntimeError("power cut")

    with Case.open(closed_case, PASSPHRASE, user="tester") as case, pytest.raises(RuntimeError):
        import_table(case, write_cdr(tmp_path / "cdr <i>1.csv", 600), spec, progress=power_cut)
    return closed_case


def test_the_wizard_offers_to_roll_back_an_interrupted_import(qtbot, bench: Workbench,
                                                              interrupted: Path) -> None:
    bench.open_case(str(interrupted))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    bench.act_import_table.trigger()
    wizard = bench.table_wizard
    assert wizard is not None
    fp = wizard.file_page
    qtbot.waitUntil(lambda: fp.unfinished.isVisible(), timeout=TIMEOUT)
    text = fp.findChild(QLabel, "unfinishedImportText")
    assert text.textFormat() == Qt.TextFormat.PlainText  # file and specification names are case data
    assert "cdr <i>1.csv" in text.text() and "Operador <b>CDR</b>" in text.text()
    assert "after row 251" in text.text()
    button = fp.findChild(QPushButton, "rollbackImport")
    with ask.scripted([False]) as log:  # the user thinks again
        button.click()
    assert log[0][0] == "confirm" and fp.unfinished.isVisible()
    with ask.scripted([True, None]) as log:
        button.click()
        qtbot.waitUntil(lambda: len(log) == 2, timeout=TIMEOUT)
    assert "250 records deleted" in log[1][2]
    qtbot.waitUntil(lambda: not fp.unfinished.isVisible(), timeout=TIMEOUT)
    box: list[object] = []
    bench.session.call(unfinished_imports, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    assert box[0] == []
    wizard.reject()
    qtbot.waitUntil(lambda: bench.table_wizard is None, timeout=TIMEOUT)


def test_an_import_that_failed_half_way_is_offered_and_resumed_with_the_same_file(
        qtbot, opened, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.test_table_import_gui import ROWS, check_and_import, map_cdr, open_wizard
    from tests.ui.test_table_import_gui import write_cdr as write_small_cdr

    bench = opened
    cdr = write_small_cdr(tmp_path / "movistar-cdr.csv", ROWS)
    monkeypatch.setattr(table_import, "CHUNK_ROWS", 2)
    real_load = table_import._Loader.load
    loads: list[int] = []

    def failing_load(self: object, plans: list) -> None:  # the disk fills up in the second chunk
        loads.append(len(plans))
        if len(loads) == 2:
            raise OSError(28, "No space left on device")
        real_load(self, plans)  # type: ignore[arg-type]

    monkeypatch.setattr(table_import._Loader, "load", failing_load)
    wizard = open_wizard(qtbot, bench, cdr)
    wizard.next()
    map_cdr(qtbot, wizard)
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=TIMEOUT)
    wizard.next()
    qtbot.waitUntil(wizard.check_page.isComplete, timeout=TIMEOUT)
    with ask.scripted([None]) as log:
        wizard.next()
        qtbot.waitUntil(lambda: bool(log), timeout=TIMEOUT)
    assert log[0][0] == "error"
    fp = wizard.file_page
    qtbot.waitUntil(lambda: not fp.unfinished.isHidden(), timeout=TIMEOUT)  # on the first page
    assert "movistar-cdr.csv" in fp.unfinished_text.text() and "after row 3" in fp.unfinished_text.text()
    wizard.reject()
    qtbot.waitUntil(lambda: bench.table_wizard is None, timeout=TIMEOUT)

    monkeypatch.setattr(table_import._Loader, "load", real_load)
    again = open_wizard(qtbot, bench, cdr)
    assert not again.file_page.unfinished.isHidden()
    again.next()
    map_cdr(qtbot, again)
    check_and_import(qtbot, again)
    report = again.report
    assert report.imported and report.resumed_after == 3
    assert (report.imported_rows, report.rejected_rows) == (3, 1)
    assert "went on after row 3" in again.result_page.headline.text()
    qtbot.waitUntil(lambda: again.file_page.unfinished.isHidden(), timeout=TIMEOUT)
    again.button(again.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bench.table_wizard is None, timeout=TIMEOUT)
