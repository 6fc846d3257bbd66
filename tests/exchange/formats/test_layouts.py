"""Layouts as banks send them: title rows, several sheets, a sep= line, total and footer rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from casebench.exchange.formats.mapping import bank_statement_spec
from casebench.exchange.formats.tables import TableError, open_table, sniff
from casebench.services.entities import get
from casebench.services.table_import import import_table
from casebench.store.case import Case

OWN = "ES9121000418450200051332"
CP = "PT50000201231234567890154"


def _statement_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    summary = wb.active
    summary.title = "Resumen"
    summary.append(["Resumen del periodo"])
    ws = wb.create_sheet("Movimientos")
    ws.append(["BANCO DE BOGOTÁ S.A."])
    ws.append(["Cuenta de ahorros", "No. 123-456789-01"])
    ws.append(["Periodo: 01/03/2024 - 31/03/2024"])
    ws.append([])
    ws.append(["Fecha", "Descripción", "Valor", "Cuenta destino", "Saldo"])
    ws.append([dt.datetime(2024, 3, 4), "PAGO PROVEEDOR", -4337847.15, CP, 1000000.5])
    ws.append([dt.datetime(2024, 3, 5), "ABONO NOMINA", 2500000, CP, 3500000.5])
    ws.append([None, "Total movimientos", -1837847.15, None, None])
    ws.append([])
    ws.append(["Generado el 10/04/2024 08:15"])
    wb.save(path)
    return path


def test_header_found_past_title_rows_on_the_named_sheet(case: Case, tmp_path: Path) -> None:
    path = _statement_xlsx(tmp_path / "extracto-bogota.xlsx")
    spec = bank_statement_spec("Bogotá", account_iban=OWN, counterparty_iban="Cuenta destino",
                               amount="Valor", date="Fecha", purpose="Descripción", currency="COP")
    fmt = sniff(path, sheet="Movimientos")
    report = import_table(case, path, spec, fmt=fmt)
    assert report.format.header_row == 5 and report.rejected_rows == 0, report.errors
    assert report.imported_rows == 2
    assert report.skipped == [(8, "Total movimientos"), (10, "Generado el 10/04/2024 08:15")]
    assert "2 total/footer rows skipped" in report.summary()
    pays = [get(case, r[0]) for r in case.conn.execute(
        "SELECT id FROM entities WHERE schema = 'Payment' ORDER BY rowid")]
    assert [(p.first("date"), p.first("amount"), p.first("purpose")) for p in pays] == [
        ("2024-03-04", "4337847.15", "PAGO PROVEEDOR"), ("2024-03-05", "2500000", "ABONO NOMINA")]
    locators = {s.provenance.locator for p in pays for s in p.statements if s.prop == "amount"}
    assert locators == {"row 6", "row 7"}  # the rows as the spreadsheet numbers them


def test_wrong_sheet_lists_the_sheets(tmp_path: Path) -> None:
    path = _statement_xlsx(tmp_path / "x.xlsx")
    with pytest.raises(TableError, match="its sheets are Resumen, Movimientos"):
        open_table(path, sniff(path, sheet="Hoja1"))


def test_header_row_chosen(tmp_path: Path) -> None:
    path = _statement_xlsx(tmp_path / "x.xlsx")
    with open_table(path, sniff(path, sheet="Movimientos", header_row=2)) as reader:
        assert reader.header[:2] == ["Cuenta de ahorros", "No. 123-456789-01"]
        assert next(reader.rows())[0] == 3


CSV = ("sep=;\r\n"
       "Extracto de movimientos;;;\r\n"
       "Titular: Frutas del Atlántico SL;;;\r\n"
       "Fecha;Concepto;Importe;Cuenta\r\n"
       f"03/01/2024;Factura nº 17;-1.500,00;{CP}\r\n"
       f"05/01/2024;Devolución;12.345,67;{CP}\r\n"
       "SALDO FINAL;;10.845,67;\r\n")


def test_latin1_csv_with_sep_line_title_and_total_rows(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "extracto.csv"
    path.write_bytes(CSV.encode("latin-1"))
    fmt = sniff(path)
    assert (fmt.encoding, fmt.delimiter) == ("cp1252", ";")  # reads Latin-1 text alike
    spec = bank_statement_spec("Banco Sur", account_iban=OWN, counterparty_iban="Cuenta",
                               amount="Importe", date="Fecha", purpose="Concepto")
    report = import_table(case, path, spec, fmt=fmt)
    assert report.rejected_rows == 0 and report.imported_rows == 2, report.errors
    assert report.skipped == [(6, "SALDO FINAL")]
    got = sorted((p.first("purpose"), p.first("amount")) for p in (
        get(case, r[0]) for r in case.conn.execute("SELECT id FROM entities WHERE schema = 'Payment'")))
    assert got == [("Devolución", "12345.67"), ("Factura nº 17", "1500.00")]


def test_a_full_row_starting_with_a_total_word_is_data(tmp_path: Path) -> None:
    path = tmp_path / "companies.csv"
    path.write_text("Name;Country;Registration\nTOTAL ENERGIES SE;FR;542051180\n"
                    "Totalplay SA;MX;TPT890516JP5\nTotal;;\n", encoding="utf-8")
    with open_table(path) as reader:
        rows = [cells[0] for _, cells in reader.rows()]
        assert rows == ["TOTAL ENERGIES SE", "Totalplay SA"] and reader.skipped == [(4, "Total")]
