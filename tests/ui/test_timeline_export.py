"""Export the timeline…: the dialog's Highest TLP is AMBER unless chosen, and the image
carries only what may leave at that level; the status line says what was left out."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT

from casebench.domain.handling import TLP, Handling
from casebench.services.cases import create_case, open_case
from casebench.services.entities import EntityDraft, Source, add_entity
from casebench.ui.dialogs import ask
from casebench.ui.session import CaseSession
from casebench.ui.timeline_export import TimelineExportDialog
from casebench.ui.timeline_view import TimelineView


@pytest.fixture
def session(qtbot, case_path: Path) -> Iterator[CaseSession]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul", default_tlp="GREEN")
    add_entity(c, EntityDraft("Event", [("name", "Meeting at the port"), ("date", "2024-03-01")],
                              handling=Handling(tlp=TLP.AMBER)), Source(handling=Handling(tlp=TLP.AMBER)))
    add_entity(c, EntityDraft("Event", [("name", "Raid planned Zulu"), ("date", "2024-03-02")],
                              handling=Handling(tlp=TLP.RED)), Source(handling=Handling(tlp=TLP.RED)))
    c.close()
    s = CaseSession()
    s.open(lambda: open_case(case_path, PASSPHRASE, user="tester"))
    qtbot.waitUntil(lambda: s.is_open, timeout=TIMEOUT)
    yield s
    s.shutdown()


def test_the_timeline_export_prints_at_most_amber_unless_told(qtbot, session: CaseSession,
                                                              tmp_path: Path) -> None:
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    with qtbot.waitSignal(view.windowLoaded, timeout=TIMEOUT):
        view.load()
    assert "Raid planned Zulu" in {d.row.caption for d in view.canvas.items}  # the screen shows it
    seen: list[str] = []

    def fill(dialog: TimelineExportDialog) -> None:
        seen.append(dialog.max_tlp.currentText())
        dialog.file.setText(str(tmp_path / "t.png"))
        qtbot.keyClicks(dialog.format, "S")  # SVG, with the real combo box
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    with ask.scripted([fill]), qtbot.waitSignal(view.timelineExported, timeout=TIMEOUT) as sig:
        view.export()
    assert seen == ["TLP:AMBER"]
    done = sig.args[0]
    assert done.path == tmp_path / "t.svg" and done.tlp is TLP.AMBER
    root = ET.parse(done.path).getroot()
    text = "\n".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))
    assert "Meeting at the port" in text and "Zulu" not in text and "TLP:RED" not in text
    assert "marked TLP:AMBER" in view.status.text() and "Handling: 1 item" in view.status.text()
