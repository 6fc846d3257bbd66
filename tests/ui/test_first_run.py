"""First run: the welcome screen, the demo case, the investigator identity, Help."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt, QUrl
from tests.ui.conftest import TIMEOUT, type_text

from casebench.services import identity as identity_svc
from casebench.ui import first_run
from casebench.ui.dialogs import ask
from casebench.ui.identity_dialog import IdentityDialog

ID_PASS = "three unrelated words for my identity"


def test_welcome_explains_and_opens_the_demo_case(qtbot, bench) -> None:
    welcome = bench.welcome
    assert bench.pages.currentWidget() is welcome
    text = welcome.tagline.text()
    assert text.count(". ") + 1 == 3 and "encrypted" in text  # three sentences
    assert welcome.demo_button.isVisible() and welcome.new_button.isVisible()
    assert "demo" in welcome.demo_hint.text()
    assert welcome.identity_button.isVisible()  # no identity yet
    assert not first_run.demo_exists()
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=30_000)
    assert bench.info.title == "Operation Mar Azul"
    assert first_run.demo_exists()
    assert bench.pages.currentWidget() is bench.caseview
    qtbot.waitUntil(lambda: bench.caseview.entities.model.total > 50, timeout=TIMEOUT)
    # a second time it is opened, not built again
    bench.close_case()
    qtbot.waitUntil(lambda: not bench.session.is_open, timeout=TIMEOUT)
    stamp = (first_run.demo_path() / "case.json").stat().st_mtime_ns
    bench.open_demo()
    qtbot.waitUntil(lambda: bench.session.is_open and bench.info is not None, timeout=TIMEOUT)
    assert (first_run.demo_path() / "case.json").stat().st_mtime_ns == stamp


def test_create_identity_from_the_welcome_screen(qtbot, bench) -> None:
    qtbot.mouseClick(bench.welcome.identity_button, Qt.MouseButton.LeftButton)
    dialog = bench.identity_dialog
    assert isinstance(dialog, IdentityDialog) and dialog.isVisible()
    assert "signs" in dialog.intro.text() and "encrypt" in dialog.intro.text()
    assert not dialog.ok.isEnabled()
    type_text(qtbot, dialog.name, "Inês Carvalho")
    qtbot.keyClicks(dialog.agency, "Policia Judiciaria")
    dialog.country.setCurrentIndex(dialog.country.findData("pt"))
    qtbot.keyClicks(dialog.first, ID_PASS)
    qtbot.keyClicks(dialog.second, ID_PASS + "x")
    assert not dialog.ok.isEnabled() and "differ" in dialog.hint.text()
    dialog.second.backspace()
    assert dialog.ok.isEnabled()
    with ask.scripted([None]) as log:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(log), timeout=TIMEOUT)
    assert "Fingerprint" in log[0][2]
    assert identity_svc.exists()
    ident = identity_svc.unlock(ID_PASS)
    assert ident.card.name == "Inês Carvalho" and ident.card.country == "pt"
    assert ident.card.fingerprint_hex in log[0][2]
    assert not bench.welcome.identity_button.isVisible()
    assert ID_PASS not in identity_svc.identity_path().read_bytes().decode("latin-1")


def test_export_without_identity_creates_it_first(qtbot, opened) -> None:
    opened.caseview.select("bundles")
    page = opened.caseview.bundles
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = page.gate.dialog
    assert isinstance(dialog, IdentityDialog) and dialog.isVisible()
    assert "needs your investigator identity" in dialog.intro.text()
    qtbot.keyClicks(dialog.name, "Ana Ruiz")
    qtbot.keyClicks(dialog.first, ID_PASS)
    qtbot.keyClicks(dialog.second, ID_PASS)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_wizard is not None and page.export_wizard.isVisible(), timeout=TIMEOUT)
    wizard = page.export_wizard
    assert wizard.recipients_page.to_passphrase.isChecked()  # no partners yet
    wizard.reject()


def test_help_user_guide_and_about(qtbot, bench) -> None:
    bench.act_guide.trigger()
    guide = bench.guide
    assert guide is not None and guide.isVisible()
    assert guide.index is not None
    assert "casebench user guide" in guide.text()
    guide.follow(QUrl("security.md"))
    assert guide.browser.source().fileName() == "security.md"
    assert "passphrase" in guide.text().lower()
    guide.follow(QUrl("https://example.org/"))
    assert "offline" in guide.note.text()
    with ask.scripted([None]) as log:
        bench.act_about.trigger()
        qtbot.waitUntil(lambda: bool(log), timeout=TIMEOUT)
    assert "SQLCipher" in log[0][2] and "casebench" in log[0][2]


def test_screenshot_option_writes_a_picture(tmp_path) -> None:
    """`run(screenshot=…)` and the smoke-test variables, in a process of its own (it quits Qt)."""
    out, env_out = tmp_path / "shot.png", tmp_path / "env.png"
    code = f"import sys; from casebench.ui.app import run; sys.exit(run(screenshot={str(out)!r}, screenshot_delay_ms=300))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 1000 and "smoke: screenshot" in done.stdout
    env.update(CASEBENCH_SMOKE_SCREENSHOT=str(env_out), CASEBENCH_SMOKE_DELAY_MS="300")
    done = subprocess.run([sys.executable, "-c", "import sys; from casebench.ui.app import run; sys.exit(run())"],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert env_out.stat().st_size > 1000


def test_bundles_page_knows_an_identity_created_from_the_menu(qtbot, opened) -> None:
    """No stale "you have no identity yet" on the open case's Bundles page once it exists."""
    opened.caseview.select("bundles")
    page = opened.caseview.bundles
    opened.create_identity()
    dialog = opened.identity_dialog
    assert isinstance(dialog, IdentityDialog)
    qtbot.keyClicks(dialog.name, "Ana Ruiz")
    qtbot.keyClicks(dialog.first, ID_PASS)
    qtbot.keyClicks(dialog.second, ID_PASS)
    with ask.scripted([None]) as log:
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(log), timeout=TIMEOUT)
    assert "no investigator identity" not in page.identity_label.text()


def test_identity_dialog_keeps_its_height_while_the_user_types(qtbot, bench) -> None:
    """The validation text has its room from the start: typing never moves the next field."""
    qtbot.mouseClick(bench.welcome.identity_button, Qt.MouseButton.LeftButton)
    dialog = bench.identity_dialog
    assert isinstance(dialog, IdentityDialog)
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    heights = {dialog.height()}
    field_y = {dialog.second.mapTo(dialog, dialog.second.rect().topLeft()).y()}
    for edit, text in ((dialog.name, "Ines Carvalho"), (dialog.first, "short"), (dialog.first, " " + ID_PASS),
                       (dialog.second, ID_PASS), (dialog.second, "x")):
        qtbot.keyClicks(edit, text)
        qtbot.wait(50)
        assert dialog.hint.text()
        heights.add(dialog.height())
        field_y.add(dialog.second.mapTo(dialog, dialog.second.rect().topLeft()).y())
    assert len(heights) == 1, heights
    assert len(field_y) == 1, field_y
    dialog.reject()
