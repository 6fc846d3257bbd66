"""The command line, driven in-process through `casebench.cli.main.main` (and once as a program)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.cli.conftest import PASS, Run


@pytest.fixture
def case(cli: Any, tmp_path: Path) -> Path:
    path = tmp_path / "Mar-Azul.casebench"
    r = cli(
        "new",
        path,
        "--title",
        "Operation Mar Azul",
        "--reference",
        "ES-UDYCO-2024-0117",
        "--originator",
        "UCNM",
        "--country",
        "es",
    )
    assert r.code == 0, r.err
    return path


def _add(cli: Any, case: Path, schema: str, *values: str, extra: tuple[str, ...] = ()) -> str:
    args: list[str | Path] = ["entity", "add", case, "--schema", schema, *extra]
    for v in values:
        args += ["--set", v]
    r = cli(*args)
    assert r.code == 0, r.err
    return str(r.out.strip())


def _assert_one_line_error(r: Run, text: str) -> None:
    assert r.code == 1
    assert text in r.err
    assert "Traceback" not in r.err + r.out
    assert len(r.err.strip().splitlines()) == 1


def test_help_lists_every_command(cli: Any) -> None:
    r = cli("--help")
    assert r.code == 0
    for command in (
        "new",
        "open",
        "info",
        "entity",
        "search",
        "timeline",
        "verify",
        "key",
        "audit",
        "demo",
    ):
        assert command in r.out, command
    bare = cli()
    assert bare.code == 0 and "usage" in bare.out


@pytest.mark.parametrize(
    "args",
    [
        ("bogus",),
        ("entity",),
        ("timeline",),
        ("key", "add"),
        ("search", "x.casebench"),
        ("demo", "a", "b"),
    ],
)
def test_usage_errors_exit_2(cli: Any, args: tuple[str, ...]) -> None:
    r = cli(*args)
    assert r.code == 2
    assert "usage" in r.err
    assert "Traceback" not in r.err


def test_new_and_info(cli: Any, case: Path) -> None:
    r = cli("info", case)
    assert r.code == 0
    assert "Operation Mar Azul" in r.out and "ES-UDYCO-2024-0117" in r.out
    info = cli("info", case, "--json").json()
    assert info["reference"] == "ES-UDYCO-2024-0117"
    assert info["originator_country"] == "es"
    assert info["default_tlp"] == "AMBER"
    assert info["slots"] == ["investigator"]
    assert cli("open", case, "--no-gui").code == 0


def test_new_refuses_an_existing_case(cli: Any, case: Path) -> None:
    _assert_one_line_error(cli("new", case), "already exists")


def test_entity_add_edit_show_list(cli: Any, case: Path) -> None:
    eid = _add(
        cli,
        case,
        "Person",
        "name=João Pedro da Silva Santos",
        "alias=João Santos",
        "phone=+55 85 98812 4471",
        "birthDate=1977-03-25",
        "nationality=br",
        extra=("--grade", "admiralty:B2", "--tag", "aviation"),
    )
    r = cli("entity", "show", case, eid, "--json")
    ent = r.json()
    assert ent["caption"] == "João Pedro da Silva Santos"
    assert ent["tags"] == ["aviation"]
    phone = next(s for s in ent["statements"] if s["property"] == "phone")
    assert phone["value"] == "+5585988124471" and phone["original"] == "+55 85 98812 4471"
    assert phone["grade"] == "admiralty:B2" and phone["tlp"] == "AMBER"

    r = cli(
        "entity",
        "edit",
        case,
        eid,
        "--set",
        "weakAlias=JP",
        "--tlp",
        "RED",
        "--grade",
        "europol-4x4:B2",
    )
    assert r.code == 0, r.err
    ent = cli("entity", "show", case, eid, "--json").json()
    weak = next(s for s in ent["statements"] if s["property"] == "weakAlias")
    assert weak["tlp"] == "RED" and weak["grade"] == "europol-4x4:B2"
    assert ent["tlp"] == "RED"

    r = cli("entity", "edit", case, eid, "--retract", weak["id"], "--reason", "wrong person")
    assert r.code == 0, r.err
    assert cli("entity", "show", case, eid, "--json").json()["tlp"] == "AMBER"

    text = cli("entity", "show", case, eid)
    assert text.code == 0 and "João Pedro da Silva Santos" in text.out

    company = _add(cli, case, "Company", "name=Aerotáxi Litoral Norte Ltda.", "jurisdiction=br")
    listed = cli("entity", "list", case, "--json").json()
    assert {row["id"] for row in listed} == {eid, company}
    assert all(set(row) == {"id", "schema", "caption", "tlp"} for row in listed)
    plain = cli("entity", "list", case, "--schema", "Company")
    assert plain.out.strip().splitlines() == [
        f"{company}  {'Company':<14} Aerotáxi Litoral Norte Ltda.  TLP:AMBER"
    ]


def test_invalid_values_are_one_line_errors(cli: Any, case: Path) -> None:
    _assert_one_line_error(
        cli(
            "entity",
            "add",
            case,
            "--schema",
            "BankAccount",
            "--set",
            "iban=ES00 0000 0000 0000 0000 0000",
        ),
        "IBAN",
    )
    _assert_one_line_error(
        cli("entity", "add", case, "--schema", "Nonsense", "--set", "name=x"), "unknown schema"
    )
    _assert_one_line_error(cli("entity", "show", case, "no-such-id"), "no entity")
    _assert_one_line_error(cli("timeline", case, "--from", "31/02/2024"), "February")


def test_merge_and_unmerge_restore_the_exact_view(cli: Any, case: Path) -> None:
    a = _add(cli, case, "Person", "name=Ousman Jallow", "nationality=gm", "phone=+220 771 4420")
    b = _add(cli, case, "Person", "name=Ousmane Djaló", "nationality=gw", "phone=+245 966 230 114")
    call = _add(
        cli,
        case,
        "Call",
        f"caller={b}",
        "receiverNumber=+34 612 448 901",
        "date=2023-10-02T21:40-05:00",
    )
    before = {x: cli("entity", "show", case, x, "--json").json() for x in (a, b, call)}
    before_list = cli("entity", "list", case, "--json").json()

    assert cli("entity", "merge", case, b, a, "--reason", "same passport photo").code == 0
    merged = cli("entity", "show", case, a, "--json").json()
    assert merged["merged_ids"] == [b]
    assert {s["value"] for s in merged["statements"] if s["property"] == "name"} == {
        "Ousman Jallow",
        "Ousmane Djaló",
    }
    assert {row["id"] for row in cli("entity", "list", case, "--json").json()} == {a, call}
    assert cli("entity", "show", case, b, "--json").json()["id"] == a  # followed to canonical

    assert cli("entity", "unmerge", case, b, "--reason", "different fathers' names").code == 0
    after = {x: cli("entity", "show", case, x, "--json").json() for x in (a, b, call)}
    assert after == before
    assert cli("entity", "list", case, "--json").json() == before_list
    _assert_one_line_error(cli("entity", "unmerge", case, b), "not merged")


def test_search_and_timeline(cli: Any, case: Path) -> None:
    eid = _add(cli, case, "Person", "name=João Pedro da Silva Santos")
    _add(
        cli,
        case,
        "Travel",
        "name=Flight Fortaleza to Praia",
        f"involved={eid}",
        "date=2023-10-30T22:15-03:00",
    )
    _add(cli, case, "Event", "name=Air bridge", "date=2023-11~")
    _add(cli, case, "Event", "name=Storage in Kanifing", "date=2023-10-20/2023-10-24")

    hits = cli("search", case, "Joao", "--json").json()
    assert hits[0]["id"] == eid and "[João]" in hits[0]["snippet"]
    text = cli("search", case, "joao", "silva")
    assert text.code == 0 and eid in text.out
    assert "no results" in cli("search", case, "Zyxwv").out

    rows = cli("timeline", case, "--json").json()
    assert [r["date"] for r in rows] == [
        "2023-10-20/2023-10-24",
        "2023-10-30T22:15-03:00",
        "2023-11~",
    ]
    travel = rows[1]
    assert travel["start_utc"].startswith("2023-10-31T01:15")
    assert travel["precision"] == "minute" and rows[2]["approximate"] is True
    text = cli("timeline", case)
    assert text.code == 0 and len(text.out.strip().splitlines()) == 3
    assert "2023-10-31 01:15 UTC" in text.out
    only = cli("timeline", case, "--from", "2023-11", "--json").json()
    assert [r["date"] for r in only] == ["2023-11~"]


def test_verify_and_audit(cli: Any, case: Path) -> None:
    eid = _add(cli, case, "Person", "name=Fatou Ceesay")
    cli("entity", "show", case, eid)
    r = cli("verify", case)
    assert r.code == 0 and "verify: OK" in r.out
    assert cli("verify", case, "--json").json()["ok"] is True
    r = cli("audit", case)
    assert r.code == 0 and "audit chain: intact" in r.out
    assert "case created" in r.out and "Person added" in r.out and "entity viewed" in r.out
    data = cli("audit", case, "--json", "--category", "consultation").json()
    assert data["chain_problems"] == []
    assert {rec["category"] for rec in data["records"]} == {"consultation"}
    _assert_one_line_error(cli("audit", case, "--category", "gossip"), "unknown category")


def test_key_slots(cli: Any, case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEBENCH_NEW_PASSPHRASE", "supervisor recovery phrase")
    assert cli("key", "add", case, "recovery").code == 0
    assert cli("key", "list", case).out.split() == [
        "investigator",
        "(unlocked",
        "with)",
        "recovery",
    ]
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", "supervisor recovery phrase")
    assert cli("info", case).code == 0

    monkeypatch.setenv("CASEBENCH_NEW_PASSPHRASE", "a brand new phrase")
    assert cli("key", "passwd", case).code == 0
    _assert_one_line_error(cli("info", case), "incorrect passphrase")
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", "a brand new phrase")
    assert cli("info", case).code == 0

    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    r = cli("key", "remove", case, "recovery")
    assert r.code == 0, r.err
    _assert_one_line_error(cli("key", "remove", case, "investigator"), "last")
    assert cli("key", "list", case).out.split()[0] == "investigator"


def test_wrong_passphrase(cli: Any, case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", "not the passphrase")
    for args in (("info", case), ("search", case, "x"), ("timeline", case), ("verify", case)):
        r = cli(*args)
        _assert_one_line_error(r, "incorrect passphrase")
        assert str(case) in r.err


def test_passphrase_file(
    cli: Any, case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CASEBENCH_PASSPHRASE")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", "utf-8")
    assert cli("info", case, "--passphrase-file", secret).code == 0
    _assert_one_line_error(
        cli("info", case, "--passphrase-file", tmp_path / "missing"), "cannot read the passphrase"
    )


def test_not_a_case(cli: Any, tmp_path: Path) -> None:
    _assert_one_line_error(cli("info", tmp_path), "not a casebench case")
    _assert_one_line_error(cli("info", tmp_path / "nowhere"), "no such case folder")


def test_demo_then_search_timeline_verify(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Mar-Azul.casebench"
    r = cli("demo", path, "--no-gui")
    assert r.code == 0, r.err
    assert str(path.resolve()) in r.out and "passphrase: demo" in r.out
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", "demo")
    hits = cli("search", path, "Joao", "--json").json()
    assert "João Pedro da Silva Santos" in [h["caption"] for h in hits]
    rows = cli("timeline", path, "--json").json()
    assert len(rows) >= 150
    assert cli("verify", path).code == 0
    _assert_one_line_error(cli("demo", path, "--no-gui"), "--replace")
    assert cli("demo", path, "--no-gui", "--replace").code == 0


def test_demo_default_path(cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    r = cli("demo", "--no-gui")
    assert r.code == 0, r.err
    assert (tmp_path / "Mar-Azul.casebench" / "case.json").is_file()


def test_installed_program(tmp_path: Path) -> None:
    program = Path(sys.executable).parent / "casebench"
    if not program.exists():
        pytest.skip("the casebench program is not installed in this environment")
    env = dict(os.environ, CASEBENCH_PASSPHRASE="demo", CASEBENCH_HOME=str(tmp_path / "home"))
    path = tmp_path / "Mar-Azul.casebench"

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(program), *args], env=env, capture_output=True, text=True, timeout=120, check=False
        )

    built = run("demo", "--no-gui", str(path))
    assert built.returncode == 0, built.stderr
    assert "passphrase: demo" in built.stdout
    found = run("search", str(path), "Joao")
    assert found.returncode == 0 and "João Pedro da Silva Santos" in found.stdout
    timeline = run("timeline", str(path), "--json")
    assert timeline.returncode == 0 and len(json.loads(timeline.stdout)) >= 150
    assert run("verify", str(path)).returncode == 0
    wrong = subprocess.run(
        [str(program), "info", str(path)],
        capture_output=True,
        text=True,
        env=dict(env, CASEBENCH_PASSPHRASE="nope"),
        timeout=120,
        check=False,
    )
    assert wrong.returncode == 1 and "incorrect passphrase" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    usage = run("entity")
    assert usage.returncode == 2
