"""The command line: spec save/list/show, import-table with a saved spec or --map, exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.exchange.formats.cdr import write_cdr

from casebench.cli.main import main
from casebench.services.cases import create_case

PASS = "correct horse battery staple"


def test_cli_round(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                   capsys: pytest.CaptureFixture[str]) -> None:
    case_path = tmp_path / "C.casebench"
    create_case(case_path, PASS, user="tester", title="T", originator_country="es",
                default_tlp="AMBER").close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    cdr = write_cdr(tmp_path / "cdr.csv", 200, bad={3: (2, "x")})
    c = str(case_path)
    assert main(["spec", "save", c, "movistar", "--schema", "Call", "--map", "Llamante=callerNumber",
                 "--map", "Destinatario=receiverNumber", "--map", "Fecha y hora=date",
                 "--date-format", "dd/mm/yyyy hh:mm:ss", "--tz", "+01:00",
                 "--require", "callerNumber"]) == 0
    assert main(["spec", "list", c]) == 0
    assert "movistar\tCall" in capsys.readouterr().out
    assert main(["spec", "show", c, "movistar"]) == 0
    assert json.loads(capsys.readouterr().out)["tz"] == "+01:00"
    assert main(["import-table", c, str(cdr), "--spec", "movistar", "--strict"]) == 1
    assert "row 5, column 'Llamante'" in capsys.readouterr().out
    assert main(["import-table", c, str(cdr), "--spec", "movistar", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["imported_rows"] == 199 and data["errors"][0]["row"] == 5
    assert main(["import-table", c, str(cdr), "--spec", "movistar"]) == 0
    assert "nothing added" in capsys.readouterr().out
    assert main(["import-table", c, str(cdr), "--schema", "Call", "--map", "Nope=callerNumber"]) == 1
    assert "no column 'Nope'" in capsys.readouterr().err
    for cmd, name in (("export-ftm", "x.ftm.json"), ("export-stix", "x.stix.json"),
                      ("export-case-uco", "x.jsonld")):
        assert main([cmd, c, "-o", str(tmp_path / name)]) == 0
    assert len((tmp_path / "x.ftm.json").read_text().splitlines()) == 199
    other = tmp_path / "O.casebench"
    create_case(other, PASS, user="tester", title="O", default_tlp="AMBER").close()
    assert main(["import-ftm", str(other), str(tmp_path / "x.ftm.json")]) == 0
    assert "199 entities imported" in capsys.readouterr().out


def test_an_amount_without_a_decimal_separator_names_the_flag_on_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """The core's words name no flag (the window shows them too); the command line adds it."""
    case_path = tmp_path / "C.casebench"
    create_case(case_path, PASS, user="tester", title="T", default_tlp="AMBER").close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    table = tmp_path / "pagos.csv"
    table.write_text("Concepto;Importe\nalquiler;1.234.567\nluz;80\n", encoding="utf-8")
    assert main(["import-table", str(case_path), str(table), "--schema", "Payment",
                 "--map", "Concepto=purpose", "--map", "Importe=amount"]) == 0
    out = capsys.readouterr().out
    assert ("row 2, column 'Importe': '1.234.567' has several '.' and no decimal separator; choose the "
            "decimal separator (--decimal)") in out


def test_numbers_without_a_code_say_which_country_they_became_on_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    case_path = tmp_path / "C.casebench"
    create_case(case_path, PASS, user="tester", title="T", originator_country="es",
                default_tlp="AMBER").close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    table = tmp_path / "meo.csv"  # a Portuguese operator's numbers, valid Madrid numbers too
    table.write_text("Origem;Destino;Data\n912345678;+351961234567;08/01/2024\n", encoding="utf-8")
    args = ["import-table", str(case_path), str(table), "--schema", "Call", "--map", "Origem=callerNumber",
            "--map", "Destino=receiverNumber", "--map", "Data=date"]
    assert main(args) == 0
    assert ("meo.csv: numbers without +code are read as numbers of Spain (ES, the case's country); give "
            "--phone-country CC") in capsys.readouterr().err
    table.write_text("Origem;Destino;Data\n912345678;+351961234567;09/01/2024\n", encoding="utf-8")
    assert main([*args, "--phone-country", "pt"]) == 0
    assert "without +code" not in capsys.readouterr().err
