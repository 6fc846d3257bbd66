"""A change that names many links again (decision 60) shows progress and can be cancelled;
a quick one shows no dialog at all."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton
from tests.ui.conftest import TIMEOUT

from casebench.services import entities as es
from casebench.services.progress import OperationCancelled
from casebench.ui import renaming
from casebench.ui.session import ENTITIES
from casebench.ui.workbench import Workbench


def _dialogs(window: Workbench) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog, "taskProgress") if d.isVisible()]


def _slow(case: Any, *, progress: Any, cancelled: Any) -> str:
    progress(1_200, 50_000, "")
    deadline = time.monotonic() + 3
    while not cancelled():
        if time.monotonic() > deadline:
            return "never cancelled"
        time.sleep(0.01)
    raise OperationCancelled("rename")


def test_a_slow_change_shows_how_many_links_are_named_again_and_cancels(
        qtbot, opened: Workbench, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(renaming, "DIALOG_DELAY_MS", 50)
    done: list[Any] = []
    failed: list[BaseException] = []
    renaming.run_change(opened.session, opened, renaming.Change.SAVE, _slow, on_done=done.append, on_error=failed.append)
    # the numbers in the window's locale (1,200 / 1.200 / 1200)
    qtbot.waitUntil(lambda: bool(_dialogs(opened)) and re.search(r"1\D?200 of 50\D?000", _dialogs(opened)[0].labelText())
                    is not None, timeout=TIMEOUT)
    [dialog] = _dialogs(opened)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: bool(failed), timeout=TIMEOUT)
    assert isinstance(failed[0], OperationCancelled) and done == []
    qtbot.waitUntil(lambda: not _dialogs(opened), timeout=TIMEOUT)


def test_a_quick_change_shows_no_dialog_and_every_view_hears_of_it(
        qtbot, opened: Workbench, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(renaming, "DIALOG_DELAY_MS", 400)
    seen: list[bool] = []
    topics: list[str] = []
    opened.session.changed.connect(topics.append)
    done: list[Any] = []

    def rename(case: Any, *, progress: Any, cancelled: Any) -> str:
        [vessel] = [e for e in es.list_entities(case) if e.schema == "Vessel"]
        es.add_values(case, vessel.id, [("name", "Mar Azul II")], progress=progress, cancelled=cancelled)
        return es.get(case, vessel.id).caption

    renaming.run_change(opened.session, opened, renaming.Change.SAVE, rename, on_done=done.append, on_error=pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT)
    seen.append(bool(_dialogs(opened)))
    qtbot.wait(600)  # past the delay: the dialog's timer was stopped with the work
    seen.append(bool(_dialogs(opened)))
    assert seen == [False, False] and done == ["Mar Azul"]  # a second name: the first still names it
    assert ENTITIES in topics
