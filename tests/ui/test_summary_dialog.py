"""Case ▸ Executive summary…: write, reread and remove the summary that opens every pack."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from casebench.domain.handling import TLP
from casebench.services import summary as summary_svc
from casebench.services.briefing import PackRequest, build_pack
from casebench.services.cases import act_as
from casebench.ui.summary_dialog import SummaryDialog
from casebench.ui.workbench import Workbench

TIMEOUT = 15_000


def _on_worker(qtbot, bench: Workbench, fn: Any, *args: Any) -> Any:
    out: list[Any] = []
    bench.session.call(fn, *args, on_done=lambda r: out.append(r))
    qtbot.waitUntil(lambda: bool(out), timeout=TIMEOUT)
    return out[0]


def _open(qtbot, bench: Workbench) -> SummaryDialog:
    assert bench.act_summary.isEnabled()
    bench.act_summary.trigger()
    dialog = bench.summary_dialog
    assert isinstance(dialog, SummaryDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready, timeout=TIMEOUT)
    return dialog


def _save(qtbot, dialog: SummaryDialog) -> Any:
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT) as sig:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
    return sig.args[0]


def test_write_reread_and_remove_the_summary(qtbot, opened: Workbench) -> None:
    _on_worker(qtbot, opened, act_as, "<b>Laura</b> (UCNM) · key AB12 CD34 · login tester")
    dialog = _open(qtbot, opened)
    assert dialog.text.toPlainText() == "" and dialog.author.text() == "No summary yet."
    qtbot.keyClicks(dialog.text, "The route runs through Banjul.")
    dialog.tlp.setCurrentIndex(dialog.tlp.findData("GREEN"))
    saved = _save(qtbot, dialog)
    assert saved.tlp is TLP.GREEN and saved.author.startswith("<b>Laura</b> (UCNM)")
    assert not dialog.isVisible()

    stored = _on_worker(qtbot, opened, summary_svc.get_summary)
    assert stored.text == "The route runs through Banjul." and stored.tlp is TLP.GREEN
    pack = _on_worker(qtbot, opened, build_pack, PackRequest(max_tlp=TLP.GREEN))
    assert pack.summary is not None and pack.summary.author == "<b>Laura</b> (UCNM)"

    again = _open(qtbot, opened)  # reread: text, TLP and author as written
    assert again.text.toPlainText() == "The route runs through Banjul."
    assert again.tlp.currentData() == "GREEN"
    assert again.author.textFormat() == Qt.TextFormat.PlainText  # case data, never markup
    assert again.author.text().startswith("Last written by <b>Laura</b> (UCNM)")
    again.text.clear()
    assert _save(qtbot, again) is None  # empty text: removed
    assert _on_worker(qtbot, opened, summary_svc.get_summary) is None


def test_summary_above_the_pack_ceiling_is_not_printed(qtbot, opened: Workbench) -> None:
    dialog = _open(qtbot, opened)
    qtbot.keyClicks(dialog.text, "For the case officers only.")
    dialog.tlp.setCurrentIndex(dialog.tlp.findData("AMBER_STRICT"))
    _save(qtbot, dialog)
    amber = _on_worker(qtbot, opened, build_pack, PackRequest(max_tlp=TLP.AMBER))
    strict = _on_worker(qtbot, opened, build_pack, PackRequest(max_tlp=TLP.AMBER_STRICT))
    assert amber.summary is None and strict.summary is not None


def test_a_problem_is_shown_in_the_dialog(qtbot, opened: Workbench) -> None:
    dialog = _open(qtbot, opened)
    dialog.text.setPlainText("x" * (summary_svc.MAX_CHARS + 1))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.problem.text()), timeout=TIMEOUT)
    assert "characters long" in dialog.problem.text() and dialog.isVisible()
    dialog.reject()
