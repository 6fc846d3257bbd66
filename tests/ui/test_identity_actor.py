"""Who did it (issue 13 item 7): records name the investigator's identity once it is unlocked,
asked once per opening, dropped when the case is locked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services import audit
from casebench.services import entities as es
from casebench.services import identity as identity_svc
from casebench.ui.workbench import Workbench

SECRET = "identity passphrase of ana for the tests"


def _worker(qtbot, bench: Workbench, fn, *args):
    box: list = []
    bench.session.call(fn, *args, on_done=box.append, on_error=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT)
    assert not isinstance(box[0], BaseException), box[0]
    return box[0]


def _open(qtbot, bench: Workbench, path: Path) -> None:
    bench.open_case(str(path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)


def test_records_name_the_investigator_after_one_identity_unlock(qtbot, bench, closed_case: Path) -> None:
    card = identity_svc.create(SECRET, name="Ana Ruiz", agency="UDYCO Madrid", country="es").card
    _open(qtbot, bench, closed_case)
    dialog = bench.identity_unlock
    assert dialog is not None and dialog.isVisible()
    assert bench.caseview.isEnabled()  # not blocking: the case can be read meanwhile
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=TIMEOUT)
    assert dialog.isVisible() and bench.session.keys is None
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, SECRET)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bench.session.keys is not None and not dialog.isVisible(), timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "Ana Ruiz" in bench.statusBar().currentMessage(), timeout=TIMEOUT)

    _worker(qtbot, bench, es.add_entity, es.EntityDraft("Person", [("name", "Kwame Asante")]))
    last = _worker(qtbot, bench, lambda case: audit.records(case)[-1])
    short = " ".join(card.fingerprint_hex.split()[:2])
    assert last.user.startswith(f"Ana Ruiz (UDYCO Madrid) · key {short} · login ")

    bench.lock()  # the identity is dropped with the case
    qtbot.waitUntil(lambda: not bench.session.is_open, timeout=TIMEOUT)
    assert bench.session.keys is None
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: bench.identity_unlock is not None and bench.identity_unlock.isVisible(),
                    timeout=TIMEOUT)  # asked again after the lock


def test_not_now_keeps_the_login_and_says_so(qtbot, bench, closed_case: Path) -> None:
    identity_svc.create(SECRET, name="Ana Ruiz", agency="UDYCO Madrid", country="es")
    _open(qtbot, bench, closed_case)
    dialog = bench.identity_unlock
    assert dialog is not None
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert "not unlocked" in bench.statusBar().currentMessage()
    _worker(qtbot, bench, es.add_entity, es.EntityDraft("Person", [("name", "Kwame Asante")]))
    last = _worker(qtbot, bench, lambda case: audit.records(case)[-1])
    assert "Ana Ruiz" not in last.user


def test_no_identity_no_question(qtbot, bench, closed_case: Path) -> None:
    _open(qtbot, bench, closed_case)
    assert bench.identity_unlock is None
