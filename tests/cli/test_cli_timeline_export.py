"""`casebench timeline -o` prints at most AMBER unless told otherwise, and says what it left out."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    return "\n".join("".join(el.itertext()) for el in root.iter() if el.tag.endswith("text"))


def test_timeline_image_prints_at_most_amber_by_default_and_says_what_it_left_out(
        cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "Op.casebench"
    assert cli("new", path, "--title", "Op", "--country", "es").code == 0
    for name, date, tlp in (("Meeting at the port", "2024-03-01", "AMBER"),
                            ("Raid planned Zulu", "2024-03-02", "RED"),
                            ("Handover reserved", "2024-03-03", "AMBER+STRICT")):
        added = cli("entity", "add", path, "--schema", "Event", "--set", f"name={name}",
                    "--set", f"date={date}", "--tlp", tlp)
        assert added.code == 0, added.err
    run = cli("timeline", path, "-o", tmp_path / "t.svg")
    assert run.code == 0, run.err
    text = svg_text(tmp_path / "t.svg")
    assert "Meeting at the port" in text and "Zulu" not in text and "Handover" not in text
    assert "TLP:AMBER" in text and "TLP:RED" not in text
    assert "2 items left out" in run.out and "TLP:AMBER)" in run.out
    run = cli("timeline", path, "-o", tmp_path / "s.svg", "--max-tlp", "AMBER+STRICT", "--lanes", "entity")
    assert run.code == 0, run.err
    text = svg_text(tmp_path / "s.svg")
    assert "Handover reserved" in text and "Zulu" not in text
    assert "1 item left out" in run.out and "TLP:AMBER+STRICT" in run.out
    assert cli("timeline", path, "-o", tmp_path / "e.svg", "--max-tlp", "PINK").code == 1
    assert cli("timeline", path, "-o", tmp_path / "e.jpg").code != 0
    run = cli("timeline", path, "-o", tmp_path / "f.png", "--from", "2024-03-01", "--to", "2024-03-01")
    assert run.code == 0, run.err
    assert "(1 item, TLP:AMBER)" in run.out and "left out" not in run.out
