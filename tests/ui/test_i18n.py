"""Languages: complete translations, live switch to Spanish changes the visible labels."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casebench.i18n_build import ROOT, lrelease
from casebench.ui import i18n
from casebench.ui.prefs import Prefs

TS_DIR = ROOT / "translations"


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tool = lrelease()
    if tool is None:
        pytest.skip("lrelease is not installed")
    for ts in TS_DIR.glob("casebench_*.ts"):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp_path / (ts.stem + ".qm"))], check=True)
    monkeypatch.setattr(i18n, "QM_DIR", tmp_path)
    return tmp_path


@pytest.mark.parametrize("lang", ["es", "pt", "fr"])
def test_translation_files_are_complete(lang: str) -> None:
    root = ET.parse(TS_DIR / f"casebench_{lang}.ts").getroot()
    messages = root.findall("context/message")
    assert len(messages) > 400
    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.findtext("translation") or "").strip()]
    assert not unfinished[:10]
    for m in messages:  # placeholders survive translation
        src, tr = m.findtext("source") or "", m.findtext("translation") or ""
        for token in ("{n}", "{name}", "{problem}", "{q}", "{path}", "{ref}"):
            assert (token in src) == (token in tr), (lang, src, tr)


def test_switch_to_spanish_changes_visible_labels(qtbot, compiled, opened) -> None:
    assert opened.welcome.new_button.text() == "New case…"
    nav = opened.caseview.navigator
    assert nav.topLevelItem(0).text(0) == "Entities"
    opened.set_language("es")
    assert Prefs().language() == "es"
    qtbot.waitUntil(lambda: opened.welcome.new_button.text() == "Nuevo caso…", timeout=3000)
    assert opened.case_menu.title() == "&Caso"
    assert opened.lock_button.text() == "Bloquear"
    assert nav.topLevelItem(0).text(0) == "Entidades"
    assert opened.caseview.entities.filter_text.placeholderText() == "Filtrar por nombre…"
    assert opened.caseview.entities.model.headerData(0, Qt.Orientation.Horizontal) == "Nombre"
    opened.caseview.entities.new_entity("Person")
    form = opened.caseview.entities.editor.form
    assert form.labelForField(opened.caseview.entities.editor.row("birthDate")).text() == "Fecha de nacimiento:"
    assert "Caso: Operation Mar Azul" in opened.case_label.text()
    opened.set_language("en")
    qtbot.waitUntil(lambda: opened.lock_button.text() == "Lock", timeout=3000)


