"""Welcome, New case wizard, unlock dialog — driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, type_text, unlock

from casebench.ui.app import display_available, run
from casebench.ui.dialogs import ask
from casebench.ui.prefs import Prefs
from casebench.ui.wizard import NewCaseWizard, strength_bits


def test_create_case_through_the_wizard(qtbot, bench, tmp_path: Path) -> None:
    seen: dict[str, object] = {}

    def fill(wizard: NewCaseWizard) -> int:
        wizard.show()
        d = wizard.details
        assert not d.isComplete()  # a title is required
        type_text(qtbot, d.title_edit, "Operación Ruta Atlántica")
        qtbot.keyClicks(d.reference, "PT-PJ-2024-88")
        type_text(qtbot, d.originator, "Polícia Judiciária")
        d.country.setCurrentIndex(d.country.findData("pt"))
        d.tlp.setCurrentIndex(d.tlp.findData("RED"))
        assert d.isComplete()
        wizard.next()
        loc = wizard.location
        # the proposed folder name is the reference, never the title (readable on disk)
        seen["proposed"] = loc.name.text()
        seen["note"] = loc.name_note.text()
        loc.folder.setText(str(tmp_path))
        loc.name.setText("Ruta")
        assert loc.isComplete()
        assert loc.target() == tmp_path / "Ruta.casebench"
        wizard.next()
        pw = wizard.passphrase
        qtbot.keyClicks(pw.first, "short")
        seen["short"] = pw.hint.text()
        assert not pw.isComplete()
        pw.first.clear()
        qtbot.keyClicks(pw.first, PASSPHRASE)
        qtbot.keyClicks(pw.second, PASSPHRASE + "x")
        seen["differ"] = pw.hint.text()
        assert not pw.isComplete()
        pw.second.backspace()
        assert pw.isComplete()
        seen["ok"] = pw.hint.text()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return int(QDialog.DialogCode.Accepted)

    with ask.scripted([fill]):
        bench.new_case()
    qtbot.waitUntil(lambda: bench.info is not None, timeout=TIMEOUT)
    assert seen["proposed"] == "PT-PJ-2024-88"
    assert "never the case title" in str(seen["note"])
    assert "Too short" in str(seen["short"])
    assert "differ" in str(seen["differ"])
    assert "Strong" in str(seen["ok"]) or "Fair" in str(seen["ok"])
    assert bench.session.is_open
    assert bench.info.title == "Operación Ruta Atlántica"
    assert bench.info.reference == "PT-PJ-2024-88"
    assert bench.info.originator_country == "pt"
    assert bench.info.default_tlp.short == "RED"
    assert "Operación Ruta Atlántica" in bench.case_label.text()
    assert bench.tlp_badge.text() == "TLP:RED"
    assert (tmp_path / "Ruta.casebench" / "case.json").exists()
    recent = Prefs().recent_cases()
    assert recent and recent[0].endswith("Ruta.casebench")
    ini = Prefs().path.read_text()
    assert PASSPHRASE not in ini  # never a secret in settings


def test_unlock_wrong_then_right(qtbot, bench, closed_case: Path) -> None:
    bench.open_case(str(closed_case))
    dialog = bench.unlock_dialog
    unlock(qtbot, bench, "not the passphrase")
    qtbot.waitUntil(lambda: dialog.error.isVisible() and not dialog.busy, timeout=TIMEOUT)
    assert "passphrase is incorrect" in dialog.error.text()
    assert not bench.session.is_open
    assert dialog.passphrase.isEnabled()
    unlock(qtbot, bench, PASSPHRASE)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    assert not dialog.isVisible()
    assert bench.pages.currentWidget() is bench.caseview
    qtbot.waitUntil(lambda: bench.caseview.entities.model.total == 2, timeout=TIMEOUT)


def test_damaged_case_is_reported_in_plain_words(qtbot, bench, closed_case: Path) -> None:
    db = closed_case / "case.db"
    db.write_bytes(db.read_bytes()[:-100])  # truncated
    bench.open_case(str(closed_case))
    unlock(qtbot, bench)
    dialog = bench.unlock_dialog
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=TIMEOUT)
    assert "damaged" in dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    dialog.reject()
    assert bench.pages.currentWidget() is bench.welcome


def test_recent_case_opens_from_welcome(qtbot, bench, closed_case: Path) -> None:
    Prefs().add_recent(str(closed_case))
    bench.welcome.refresh()
    lst = bench.welcome.recent
    assert lst.count() == 1
    lst.setCurrentRow(0)
    lst.itemActivated.emit(lst.item(0))
    assert bench.unlock_dialog is not None and bench.unlock_dialog.isVisible()


def test_not_a_case_folder(qtbot, bench, tmp_path: Path) -> None:
    with ask.scripted([str(tmp_path), None]) as log:
        bench.choose_case()
    assert log[-1][0] == "error" and "not a casebench case" in log[-1][2]


def test_strength_estimate_orders_passphrases() -> None:
    assert strength_bits("") == 0
    assert strength_bits("aaaaaaaaaaaa") < strength_bits("tiger lamp ocean violin")


def test_no_display_gives_a_plain_message(monkeypatch, capsys) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert not display_available()
    assert run() == 1
    assert "display" in capsys.readouterr().err


def test_lock_button_and_menu(qtbot, opened) -> None:
    qtbot.mouseClick(opened.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not opened.session.is_open, timeout=TIMEOUT)
    assert opened.locked and opened.unlock_dialog is not None
    unlock(qtbot, opened)
    qtbot.waitUntil(lambda: opened.session.is_open and opened.info is not None, timeout=TIMEOUT)


def test_folder_name_proposed_without_a_reference_is_random_and_neutral(qtbot) -> None:
    wizard = NewCaseWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    type_text(qtbot, wizard.details.title_edit, "Operation Kanilai")
    wizard.next()
    proposed = wizard.location.name.text()
    assert "Kanilai" not in proposed and proposed.startswith("case-") and len(proposed) == 11
    other = NewCaseWizard()
    qtbot.addWidget(other)
    other.show()
    type_text(qtbot, other.details.title_edit, "Operation Kanilai")
    other.next()
    assert other.location.name.text() != proposed  # random, not derived from the title


def test_welcome_page_offers_no_case_only_action(qtbot, bench, closed_case: Path) -> None:
    assert not bench.session.is_open
    assert all(not act.isEnabled() for act in bench.case_only_actions())
    assert not bench.toolbar.isVisible() and not bench.lock_button.isVisible()
    assert not bench.search_box.isEnabled()
    shown = [a.text() for a in bench.case_menu.actions() if a.isEnabled() and a.text()]
    assert len(shown) == 3  # New case…, Open case…, Quit
    bench.open_case(str(closed_case))
    unlock(qtbot, bench, PASSPHRASE)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    assert all(act.isEnabled() for act in bench.case_only_actions())
