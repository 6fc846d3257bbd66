"""Exhibits: create, intake a folder with progress, cancel half-way (case intact), custody, verify,
extract with a reason."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

pytest.importorskip("casebench.services.evidence")

from tests.ui.conftest import TIMEOUT

from casebench.services import evidence as ev
from casebench.services.progress import OperationCancelled
from casebench.ui.dialogs import ask
from casebench.ui.exhibit_dialogs import CustodyDialog, ExhibitDialog
from casebench.ui.exhibit_models import CustodyModel
from casebench.ui.exhibits_view import ExhibitsPage


def _folder(root: Path, files: int, size: int) -> Path:
    root.mkdir()
    for i in range(files):
        (root / f"msg-{i:03d}.bin").write_bytes(os.urandom(size))
    return root


def _new_exhibit(qtbot, page: ExhibitsPage, ref: str) -> None:
    def fill(dialog: ExhibitDialog) -> int:
        qtbot.keyClicks(dialog.reference, ref)
        dialog.type.setCurrentIndex(dialog.type.findData("device"))
        qtbot.keyClicks(dialog.description, "iPhone 13, black")
        qtbot.keyClicks(dialog.seized_at, "2024-03-11T14:05+01:00")
        qtbot.keyClicks(dialog.seals, "S-1001, S-1002")
        dialog.buttons.accepted.emit()
        return dialog.result()

    with ask.scripted([fill]):
        page.new_exhibit()
    qtbot.waitUntil(lambda: page.current is not None and page.current.reference == ref, timeout=TIMEOUT)


@pytest.fixture
def page(qtbot, opened) -> ExhibitsPage:
    opened.caseview.select("exhibits")
    p = opened.caseview.pages["exhibits"]
    assert isinstance(p, ExhibitsPage)
    qtbot.waitUntil(lambda: p.model.ready, timeout=TIMEOUT)
    return p


def test_intake_then_cancel_half_way_leaves_the_case_intact(qtbot, opened, page, tmp_path, qtmodeltester) -> None:
    _new_exhibit(qtbot, page, "MA-EX-001")
    qtmodeltester.check(page.model)
    # the seizure time reads as recorded, with its zone and in UTC, like custody times
    assert page.model.index(0, 3).data() == "2024-03-11 14:05 (UTC+01:00) = 13:05 UTC"
    small = _folder(tmp_path / "small", 3, 10_000)
    with ask.scripted([str(small)]):
        page.choose_intake()
    qtbot.waitUntil(lambda: page.runner is None and page.current is not None and page.current.files == 3,
                    timeout=TIMEOUT)
    assert page.files_model.rowCount() == 3
    qtmodeltester.check(page.files_model)
    qtmodeltester.check(page.custody_model)
    assert len(page.files_model.item(0).sha256) == 64

    big = _folder(tmp_path / "big", 64, 2 * 1024 * 1024)
    runner = page.intake([str(big)])
    assert runner is not None and runner.dialog.isVisible()
    qtbot.waitUntil(lambda: runner.last_progress[1] > 0
                    and runner.last_progress[0] >= runner.last_progress[1] // 2, timeout=TIMEOUT)
    cancel = runner.dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.runner is None, timeout=TIMEOUT)
    assert isinstance(page.last_result, OperationCancelled)
    assert "cancelled" in page.status.text()
    qtbot.waitUntil(lambda: page.current is not None and page.files_model.rowCount() == 3, timeout=TIMEOUT)
    done: list = []
    opened.session.call(lambda case: (ev.get_exhibit(case, "MA-EX-001").files,
                                      ev.custody_problems(case)), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    assert done[0] == (3, [])


def test_drop_custody_verify_extract(qtbot, opened, page, tmp_path) -> None:
    _new_exhibit(qtbot, page, "MA-EX-002")
    folder = _folder(tmp_path / "phone", 2, 5000)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    page.dropEvent(drop)
    qtbot.waitUntil(lambda: page.runner is None and page.current is not None and page.current.files == 2,
                    timeout=TIMEOUT)

    def custody(dialog: CustodyDialog) -> int:
        dialog.event_type.setCurrentIndex(dialog.event_type.findData("transfer"))
        qtbot.keyClicks(dialog.from_person, "Insp. Ruiz")
        qtbot.keyClicks(dialog.to_org, "Forensic lab Madrid")
        qtbot.keyClicks(dialog.purpose, "examination")
        return int(QDialog.DialogCode.Accepted)

    before = page.custody_model.rowCount()
    with ask.scripted([custody]):
        page.add_custody()
    qtbot.waitUntil(lambda: page.custody_model.rowCount() == before + 1, timeout=TIMEOUT)
    page.verify()
    qtbot.waitUntil(lambda: "Verified" in page.status.text(), timeout=TIMEOUT)
    out = tmp_path / "out"
    out.mkdir()
    with ask.scripted([str(out), "court expert examination"]):
        page.extract()
    qtbot.waitUntil(lambda: "Extracted" in page.status.text(), timeout=TIMEOUT)
    assert sum(1 for p in out.rglob("*") if p.is_file()) == 2


# -- the custody dialog protects the permanent record (issue 13 item 4) ----------------------------
def _custody_dialog(qtbot, **kwargs):
    dialog = CustodyDialog(exhibit="MA-EX-014", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_never_appends_an_incomplete_custody_event(qtbot) -> None:
    dialog = _custody_dialog(qtbot)
    assert dialog.focusWidget() is dialog.event_type  # the first field, not Cancel
    with ask.scripted([]) as log:  # no confirmation is even asked for an incomplete form
        qtbot.keyClick(dialog.event_type, Qt.Key.Key_Return)
    assert log == [] and dialog.isVisible() and dialog.result() == 0
    assert "from whom" in dialog.error.text() and "to whom" in dialog.error.text()
    assert dialog.form.labelForField(dialog.purpose).text().endswith("*")


def test_tab_follows_the_form_from_the_first_field(qtbot) -> None:
    dialog = _custody_dialog(qtbot)
    qtbot.keyClick(dialog.event_type, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.at
    qtbot.keyClick(dialog.at, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.from_person


def test_required_fields_follow_the_event_type(qtbot) -> None:
    dialog = _custody_dialog(qtbot)
    dialog.event_type.setCurrentIndex(dialog.event_type.findData("seal"))
    assert "seal after" in dialog.problem()
    assert dialog.form.labelForField(dialog.seal_after).text().endswith("*")
    assert not dialog.form.labelForField(dialog.purpose).text().endswith("*")
    qtbot.keyClicks(dialog.seal_after, "ES-0042")
    assert dialog.problem() == ""


def test_a_time_without_a_zone_is_refused_and_the_zone_is_prefilled(qtbot) -> None:
    dialog = _custody_dialog(qtbot)
    assert re.search(r"[+-]\d\d:\d\d$", dialog.at.text())  # now, with the user's offset
    assert "UTC" in dialog.zone.text()
    dialog.event_type.setCurrentIndex(dialog.event_type.findData("examine"))
    qtbot.keyClicks(dialog.purpose, "imaging")
    dialog.at.setText("2024-03-12 09:30")
    assert "time zone" in dialog.problem()
    dialog.at.setText("2024-03-12T09:30+01:00")
    assert dialog.problem() == ""


def test_confirmation_shows_what_is_appended_and_no_keeps_the_form(qtbot) -> None:
    dialog = _custody_dialog(qtbot, previous_seal="ES-0041")
    assert dialog.seal_before.text() == "ES-0041"  # the previous seal is pre-filled
    qtbot.keyClicks(dialog.from_person, "Insp. Ruiz")
    qtbot.keyClicks(dialog.to_org, "Forensic lab Madrid")
    qtbot.keyClicks(dialog.purpose, "examination")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with ask.scripted([False]) as log:
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    kind, _title, text = log[0]
    assert kind == "confirm" and "for good" in text
    for shown in ("MA-EX-014", "transfer", "Insp. Ruiz", "Forensic lab Madrid", "examination", "ES-0041"):
        assert shown in text
    assert dialog.isVisible() and dialog.purpose.text() == "examination"  # nothing lost
    with ask.scripted([True]):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == int(QDialog.DialogCode.Accepted)


# -- custody shown for people; progress past 4 GiB (issue 13 item 4) -------------------------------
def test_custody_times_read_as_times_in_time_order_with_entry_order_kept(qtbot, opened, page) -> None:
    _new_exhibit(qtbot, page, "MA-EX-003")
    exhibit_id = page.current.id
    later = ev.CustodyDraft(event="examine", at="2024-03-14T09:30:15.250000+01:00", purpose="imaging")
    earlier = ev.CustodyDraft(event="examine", at="2024-03-12T16:00+01:00", purpose="photographs")
    added: list = []
    for draft in (later, earlier):  # entered out of time order
        opened.session.call(ev.add_custody, exhibit_id, draft, on_done=added.append, on_error=added.append)
    qtbot.waitUntil(lambda: len(added) == 2, timeout=TIMEOUT)
    assert all(isinstance(a, ev.CustodyEvent) for a in added), added
    page.open_exhibit(exhibit_id)
    qtbot.waitUntil(lambda: page.custody_model.rowCount() >= 2, timeout=TIMEOUT)
    model = page.custody_model
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    purposes = [model.index(r, 6).data() for r in range(model.rowCount())]
    assert purposes.index("photographs") < purposes.index("imaging")  # time order
    by_purpose = {model.index(r, 6).data(): rows[r] for r in range(model.rowCount())}
    no_imaging, _, when_imaging = by_purpose["imaging"]
    no_photos, _, when_photos = by_purpose["photographs"]
    assert int(no_imaging) < int(no_photos)  # the entry order stays visible
    assert when_photos == "2024-03-12 16:00 (UTC+01:00) = 15:00 UTC"
    assert when_imaging == "2024-03-14 09:30:15 (UTC+01:00) = 08:30:15 UTC"  # no fractions
    tip = model.index(purposes.index("imaging"), CustodyModel.WHEN).data(Qt.ItemDataRole.ToolTipRole)
    assert "entered" in tip and "." not in tip.split("entered")[1].split("by")[0]
    assert all(not re.search(r"\.\d{3,}", when) for _no, _ev, when in rows)


def test_intake_progress_is_right_past_4_gib(qtbot, opened, page, tmp_path) -> None:
    _new_exhibit(qtbot, page, "MA-EX-004")
    sparse = tmp_path / "disk-image.dd"
    with sparse.open("wb") as f:  # 5 GiB on paper, a few blocks on disk
        f.truncate(5 * 1024**3)
    runner = page.intake([str(sparse)])
    assert runner is not None
    qtbot.waitUntil(lambda: runner.last_progress[0] > 0, timeout=TIMEOUT)
    done, total, _message = runner.last_progress  # read together: no events run in between
    value, label = runner.dialog.value(), runner.dialog.labelText()
    cancel = runner.dialog.findChild(QPushButton)
    assert cancel is not None
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert total == 5 * 1024**3
    assert value == min(1000, done * 1000 // total) and 0 <= value <= runner.dialog.maximum()
    assert "of 5.0 GiB" in label
    qtbot.waitUntil(lambda: page.runner is None, timeout=TIMEOUT)
    assert isinstance(page.last_result, OperationCancelled)


# -- Case ▸ Quick verify (issue 17 item 2) ---------------------------------------------------------
def test_quick_verify_from_the_case_menu_says_it_is_the_quick_mode(qtbot, opened, page, tmp_path) -> None:
    _new_exhibit(qtbot, page, "MA-EX-003")
    folder = _folder(tmp_path / "phone", 3, 4000)
    page.intake([str(folder)])
    qtbot.waitUntil(lambda: page.runner is None and page.current is not None and page.current.files == 3,
                    timeout=TIMEOUT)
    action = opened.findChild(type(opened.act_verify), "verifyQuick")
    assert action is not None and action.isEnabled() and action in opened.case_menu.actions()
    with ask.scripted([None]) as log:
        action.trigger()
        qtbot.waitUntil(lambda: bool(log), timeout=TIMEOUT)
    kind, title, text = log[0]
    assert (kind, title) == ("info", "Quick verify")
    assert "Quick mode" in text and "Nothing was decrypted" in text and "does not prove" in text
    assert "The case is intact" not in text  # the quick mode does not claim what it did not check
    assert "encrypted evidence files: 1 file(s)" in text  # three small files, one pack


def test_the_new_exhibit_dialog_asks_for_the_zone_of_a_seizure_time(qtbot) -> None:
    dialog = ExhibitDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.reference, "MA-EX-090")
    qtbot.keyClicks(dialog.seized_at, "2024-03-11T14:05")
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "time zone" in dialog.error.text() and "2024-03-11T14:05" in dialog.error.text()
    qtbot.keyClicks(dialog.seized_tz, "Europe/Madrid")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.draft().seized_tz == "Europe/Madrid"


def test_content_files_are_listed_in_natural_order(qtbot, opened, page, tmp_path, qtmodeltester) -> None:
    """f1, f2, f10, f100 as a person counts them, not f1, f10, f100, f2."""
    _new_exhibit(qtbot, page, "MA-EX-004")
    folder = tmp_path / "phone"
    folder.mkdir()
    for name in ("f100", "f10", "f2", "f1"):
        (folder / name).write_bytes(name.encode())
    page.intake([str(folder)])
    qtbot.waitUntil(lambda: page.runner is None and page.current is not None and page.current.files == 4,
                    timeout=TIMEOUT)
    qtbot.waitUntil(lambda: page.files_model.rowCount() == 4, timeout=TIMEOUT)
    qtmodeltester.check(page.files_model)
    shown = [page.files_view.model().index(r, 0).data() for r in range(4)]
    assert [Path(s).name for s in shown] == ["f1", "f2", "f10", "f100"], shown


def _layout_of(dialog: QDialog) -> dict[str, tuple[int, int, int, int]]:
    """Where each field and button sits in the dialog, and the dialog's own size."""
    out = {"dialog": (0, 0, dialog.width(), dialog.height())}
    for w in dialog.findChildren(QWidget):
        if w.isVisible() and isinstance(w, (QLineEdit, QComboBox, QPlainTextEdit, QPushButton)):
            top = w.mapTo(dialog, w.rect().topLeft())
            name = w.text() if isinstance(w, QPushButton) else w.objectName()
            out[f"{type(w).__name__}:{name}"] = (
                top.x(), top.y(), w.width(), w.height())
    return out


def test_new_exhibit_dialog_keeps_its_fields_in_place_when_it_shows_a_problem(qtbot) -> None:
    """The problem text has its room from the start: the next click lands in the field it aimed at."""
    dialog = ExhibitDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    before = _layout_of(dialog)
    qtbot.keyClicks(dialog.reference, "MA-EX-090")
    qtbot.keyClicks(dialog.seized_at, "2024-03-11T14:05")  # a seizure time without its zone
    dialog.buttons.accepted.emit()
    qtbot.wait(50)
    assert "time zone" in dialog.error.text() and dialog.error.isVisible()
    assert _layout_of(dialog) == before
    dialog.seized_at.clear()
    qtbot.keyClicks(dialog.seized_at, "2024-13-45T99:99 " + "x" * 60)  # a long date problem
    qtbot.keyClicks(dialog.seized_tz, "Europe/Madrid")
    dialog.buttons.accepted.emit()
    qtbot.wait(50)
    assert dialog.error.text()
    assert _layout_of(dialog) == before
    dialog.reject()


def test_custody_dialog_keeps_its_fields_in_place_when_it_shows_a_problem(qtbot) -> None:
    dialog = CustodyDialog(exhibit="MA-EX-014")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    before = _layout_of(dialog)
    dialog.at.clear()
    qtbot.keyClicks(dialog.at, "2024-03-11T14:05")
    with ask.scripted([False]):
        dialog.buttons.accepted.emit()
    qtbot.wait(50)
    assert dialog.error.text() and dialog.error.isVisible()
    assert _layout_of(dialog) == before
    dialog.reject()


def test_the_seizure_time_reads_as_recorded_with_its_zone_and_in_utc(qtbot, opened, page) -> None:
    """The exhibit's summary said the stored text ("2024-03-11T14:05+01:00"); the list beside it
    words it by the one rule (decision 66)."""
    _new_exhibit(qtbot, page, "MA-EX-777")
    assert "Seized 2024-03-11 14:05 (UTC+01:00) = 13:05 UTC at" in page.summary.text()
    assert "T14:05" not in page.summary.text()
