"""The exchange commands end to end: identity, partner, export, import, merges."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.exchange.conftest import ID_PASS, Bench, home

from casebench.cli.main import main
from casebench.services.entities import EntityDraft, add_entity


def cli(h: Path, *args: str) -> int:
    with home(h):
        return main(list(args))


def test_cli_exchange(pair: tuple[Bench, Bench], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                      capsys: pytest.CaptureFixture[str]) -> None:
    a, b = pair
    monkeypatch.setenv("CASEBENCH_IDENTITY_PASSPHRASE", ID_PASS)
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASSPHRASE)
    carol = tmp_path / "home-carol"
    carol.mkdir()
    assert cli(carol, "identity", "create", "--name", "Carol Diaz", "--agency", "PDI", "--country", "cl") == 0
    assert cli(carol, "identity", "export-card", "-o", str(tmp_path / "carol.card")) == 0
    out = capsys.readouterr().out
    fingerprint = out.split("partner: ")[1].strip()
    assert cli(a.home, "partner", "add", str(tmp_path / "carol.card"), "--fingerprint", "0000") == 1
    assert cli(a.home, "partner", "add", str(tmp_path / "carol.card"), "--fingerprint", fingerprint) == 0
    assert cli(a.home, "partner", "list") == 0
    assert "Carol Diaz" in capsys.readouterr().out
    eid = add_entity(a.case, EntityDraft("Person", [("name", "Ana Gomes")]))
    a_path, b_path = a.case.path, b.case.path
    a.case.close()
    b.case.close()
    bundle = tmp_path / "out.cbx"
    assert cli(a.home, "export", str(a_path), "--to", "Bruno Costa", "--entity", eid, "--legal-basis",
               "MLA:ES-2024-77", "--purpose", "request 77", "-o", str(bundle), "--yes") == 0
    assert cli(b.home, "import", str(b_path), str(bundle)) == 0
    out = capsys.readouterr().out
    assert "imported bundle" in out and "1 new entities" in out
    assert cli(b.home, "import", str(b_path), str(bundle)) == 0
    assert "already imported" in capsys.readouterr().out
    assert cli(b.home, "merges", str(b_path), "list") == 0
    bundle.write_bytes(bundle.read_bytes()[:-10])
    assert cli(b.home, "import", str(b_path), str(bundle)) == 1
    assert "bundle refused" in capsys.readouterr().err
    assert cli(a.home, "partner", "remove", "Carol Diaz") == 0


def test_a_volume_size_out_of_range_says_no_bundle_was_written(
        pair: tuple[Bench, Bench], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Export's own words for its refusal; it said "bundle refused: …; nothing was imported"."""
    from casebench.cli.commands.exchange import MAX_VOLUME_MIB
    from casebench.exchange.bundleformat import VOLUME_LIMIT

    assert MAX_VOLUME_MIB * 1024 * 1024 <= VOLUME_LIMIT < (MAX_VOLUME_MIB + 1) * 1024 * 1024
    a, _ = pair
    monkeypatch.setenv("CASEBENCH_IDENTITY_PASSPHRASE", ID_PASS)
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASSPHRASE)
    eid = add_entity(a.case, EntityDraft("Person", [("name", "Ana Gomes")]))
    a_path = a.case.path
    a.case.close()
    for size in ("4096", "-1"):
        bundle = tmp_path / "out.cbx"
        assert cli(a.home, "export", str(a_path), "--to", "Bruno Costa", "--entity", eid, "--legal-basis",
                   "MLA:ES-2024-77", "--purpose", "request 77", "-o", str(bundle), "--yes",
                   "--volume-size", size) == 1
        err = capsys.readouterr().err
        assert "no bundle was written" in err and "imported" not in err, err
        assert not list(tmp_path.glob("out.cbx*"))
