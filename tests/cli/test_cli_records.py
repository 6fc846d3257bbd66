"""`entity list|show`, `info` and `verify` read compact call records (decision 53) as they
read the same calls kept as statements."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tests.compact_pair import Pair, compact_pair


def _pair_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Pair:
    with compact_pair(tmp_path, monkeypatch, rows=60) as pair:
        pass
    return pair


def test_entity_list_show_info_and_verify_on_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Any) -> None:
    pair = _pair_closed(tmp_path, monkeypatch)
    plain, compact = pair.plain.path, pair.compact.path
    for args in ([], ["--schema", "Call"], ["--tag", "cdr"], ["--tlp", "amber"]):
        listed = [cli("entity", "list", path, "--json", *args).json() for path in (plain, compact)]
        assert sorted(r["caption"] for r in listed[0]) == sorted(r["caption"] for r in listed[1])
    rows = cli("entity", "list", compact, "--json").json()
    record = rows[-1]  # records come last, in file order (the header is row 1)
    shown = cli("entity", "show", compact, record["id"], "--json").json()
    assert shown["caption"] == record["caption"] and shown["schema"] == "Call"
    assert [s["locator"] for s in shown["statements"]] == ["row 61"] * len(shown["statements"])
    infos = [cli("info", path, "--json").json() for path in (plain, compact)]
    assert infos[0]["entities"] == infos[1]["entities"] == 62
    assert (infos[0]["records"], infos[1]["records"]) == (0, 59)
    assert "of which 59 imported calls kept compactly" in cli("info", compact).out
    verified = cli("verify", compact)
    assert verified.code == 0, verified.out + verified.err
    assert "call records" in verified.out
