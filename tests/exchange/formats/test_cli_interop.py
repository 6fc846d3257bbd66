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


BANK_CSV = (
    "Extracto de movimientos;;;;;;;\n"
    "Cuenta: ES91 2100 0418 4502 0005 1332;Titular: Agencia Naviera Atlántica S.L.;;;;;;\n"
    "Fecha operación;Fecha valor;Concepto;Debe;Haber;Saldo;Cuenta contrapartida;Ordenante/Beneficiario\n"
    "05.01.2024;05.01.2024;Transferencia emitida;1.234,56;;10.000,00;ES76 2077 0024 0031 0257 5766;Ñandú S.L.\n"
    "06.01.2024;07.01.2024;Ingreso efectivo;;9.000,00;19.000,00;;\n"
    "31.01.2024;31.01.2024;Comisión mantenimiento;12,00;;18.988,00;;\n"
    "29.02.2024;01.03.2024;Transferencia recibida;;1.000.000,01;1.018.988,01;PT50 0002 0123 1234 5678 9015 4;"
    "Sines Reefer Lda.\n")


def test_a_bank_statement_with_debit_credit_and_a_counterparty_name_comes_in_value_for_value(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A Spanish bank's CSV (cp1252, title rows, dd.mm.yyyy, '1.234,56', a debit and a credit
    column, the counterparty's name mapped to beneficiary.name): a credit row stopped the
    import with a KeyError ('payer': the name moves to the other side, which had no link)."""
    from casebench.services.cases import open_case
    from casebench.services.entities import get

    case_path = tmp_path / "C.casebench"
    create_case(case_path, PASS, user="tester", title="T", default_tlp="AMBER").close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    table = tmp_path / "extracto.csv"
    table.write_bytes(BANK_CSV.encode("cp1252"))
    assert main(["import-table", str(case_path), str(table), "--schema", "Payment",
                 "--map", "Fecha operación=date", "--map", "Concepto=purpose", "--debit", "Debe", "--credit", "Haber",
                 "--map", "Cuenta contrapartida=beneficiaryAccount.iban",
                 "--map", "Ordenante/Beneficiario=beneficiary.name",
                 "--const", "payerAccount.iban=ES9121000418450200051332", "--const", "currency=EUR",
                 "--decimal", ",", "--date-format", "dd.mm.yyyy"]) == 0
    assert "4 new" in capsys.readouterr().out
    case = open_case(case_path, PASS, user="tester")
    try:
        def named(eid: str | None) -> str:
            if eid is None:
                return ""
            other = get(case, eid)
            return str(other.first("iban") or other.first("name"))

        rows = []
        for (eid,) in case.conn.execute("SELECT id FROM entities WHERE schema = 'Payment' ORDER BY rowid"):
            p = get(case, eid)
            rows.append((p.first("date"), p.first("purpose"), p.first("amount"), p.first("currency"),
                         named(p.first("payerAccount")), named(p.first("payer")),
                         named(p.first("beneficiaryAccount")), named(p.first("beneficiary")), p.caption))
    finally:
        case.close()
    own, es76, pt50 = "ES9121000418450200051332", "ES7620770024003102575766", "PT50000201231234567890154"
    holder = ""  # nobody named: the account's holder is not in the file
    assert sorted(rows) == sorted([
        ("2024-01-05", "Transferencia emitida", "1234.56", "EUR", own, holder, es76, "Ñandú S.L.",
         f"{own} paid Ñandú S.L."),
        ("2024-01-06", "Ingreso efectivo", "9000.00", "EUR", "", "", own, holder, f"… paid {own}"),
        ("2024-01-31", "Comisión mantenimiento", "12.00", "EUR", own, holder, "", "",
         f"{own} paid …"),
        ("2024-02-29", "Transferencia recibida", "1000000.01", "EUR", pt50, "Sines Reefer Lda.", own, holder,
         f"Sines Reefer Lda. paid {own}"),
    ])


def test_a_file_the_command_line_cannot_read_is_named_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """'casebench: /…/pagos.csv: /…/pagos.csv: the file is not valid utf-8 text …'."""
    case_path = tmp_path / "C.casebench"
    create_case(case_path, PASS, user="tester", title="T", default_tlp="AMBER").close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    table = tmp_path / "pagos.csv"
    table.write_bytes(b"Concepto;Importe\n" + "Año;12\n".encode("latin-1"))
    assert main(["import-table", str(case_path), str(table), "--schema", "Payment", "--encoding", "utf-8",
                 "--map", "Concepto=purpose", "--map", "Importe=amount"]) == 1
    err = capsys.readouterr().err
    assert "is not valid utf-8 text in line 2" in err and "(--encoding NAME)" in err
    [problem] = [line for line in err.splitlines() if line.startswith("casebench:")]
    assert problem.count("pagos.csv") == 1, err


def test_a_statement_with_a_debe_haber_column_on_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from casebench.services.cases import open_case
    from casebench.services.entities import get

    case_path = tmp_path / "C.casebench"
    create_case(case_path, PASS, user="tester", title="T", default_tlp="AMBER").close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    table = tmp_path / "movimientos.csv"
    table.write_bytes("Fecha;Concepto;Cuenta;Importe;D/H\r\n"
                      "02/01/2024;PAGO;ES7620770024003102575766;2.300,50;D\r\n"
                      "03/01/2024;COBRO;ES7620770024003102575766;750,00;H\r\n".encode("cp1252"))
    assert main(["import-table", str(case_path), str(table), "--schema", "Payment", "--map", "Fecha=date",
                 "--map", "Concepto=purpose", "--map", "Cuenta=beneficiaryAccount.iban", "--map", "Importe=amount",
                 "--direction", "D/H", "--const", "payerAccount.iban=ES9121000418450200051332",
                 "--decimal", ","]) == 0
    assert "2 new" in capsys.readouterr().out
    case = open_case(case_path, PASS, user="tester")
    try:
        ibans = {r[0]: r[1] for r in case.conn.execute("SELECT entity_id, value FROM statements WHERE prop = 'iban'")}
        got = sorted((get(case, eid).first("purpose"), ibans[get(case, eid).first("payerAccount")])
                     for (eid,) in case.conn.execute("SELECT id FROM entities WHERE schema = 'Payment'"))
    finally:
        case.close()
    assert got == [("COBRO", "ES7620770024003102575766"), ("PAGO", "ES9121000418450200051332")]


def test_bank_words_and_12_hour_times_on_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """'Retrait'/'Versement' and '7:15 PM'/'19h15' were each the row's problem; '13:00 PM' still is."""
    from casebench.services.cases import open_case
    from casebench.services.entities import get

    case_path = tmp_path / "C.casebench"
    create_case(case_path, PASS, user="tester", title="T", default_tlp="AMBER").close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASS)
    table = tmp_path / "releve.csv"
    table.write_bytes("Date;Heure;Libellé;Compte;Montant;Sens\r\n"
                      "02/01/2024;7:15 PM;RETRAIT DAB;FR7630006000011234567890189;60,00;Retrait\r\n"
                      "03/01/2024;19h15;VERSEMENT;FR7630006000011234567890189;750,00;Versement\r\n"
                      "04/01/2024;13:00 PM;ERREUR;FR7630006000011234567890189;1,00;Débit\r\n".encode())
    assert main(["import-table", str(case_path), str(table), "--schema", "Payment", "--map", "Date=date",
                 "--time-column", "Date=Heure", "--map", "Libellé=purpose", "--map", "Compte=beneficiaryAccount.iban",
                 "--map", "Montant=amount", "--direction", "Sens", "--tz", "Europe/Paris",
                 "--const", "payerAccount.iban=ES9121000418450200051332", "--decimal", ","]) == 0
    out = capsys.readouterr().out
    assert "2 new" in out and "'13:00 PM' is not a time of day" in out, out
    case = open_case(case_path, PASS, user="tester")
    try:
        ibans = {r[0]: r[1] for r in case.conn.execute("SELECT entity_id, value FROM statements WHERE prop = 'iban'")}
        got = sorted((get(case, eid).first("purpose"), get(case, eid).first("date"),
                      ibans[get(case, eid).first("payerAccount")])
                     for (eid,) in case.conn.execute("SELECT id FROM entities WHERE schema = 'Payment'"))
    finally:
        case.close()
    assert got == [("RETRAIT DAB", "2024-01-02T19:15+01:00", "ES9121000418450200051332"),
                   ("VERSEMENT", "2024-01-03T19:15+01:00", "FR7630006000011234567890189")]
