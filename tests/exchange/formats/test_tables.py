"""Sniffing encodings and delimiters, reading CSV and XLSX, reading dates in table cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebench.domain.values import normalise
from casebench.exchange.formats.mapping import (
    ColumnMap,
    ImportSpec,
    SpecError,
    compile_spec,
    date_format,
    parse_tz,
)
from casebench.exchange.formats.tables import (
    TableError,
    open_table,
    sniff,
    sniff_delimiter,
    sniff_encoding,
)

TEXT = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x2FF, blacklist_categories=("Cc",),
                                      blacklist_characters='";,\t|\x7f'), min_size=1, max_size=12)


def _table(cells: list[list[str]], delim: str) -> str:
    return "\r\n".join(delim.join(f'"{c}"' if " " in c else c for c in row) for row in cells) + "\r\n"


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.lists(TEXT, min_size=3, max_size=3), min_size=2, max_size=8),
       delim=st.sampled_from([",", ";", "\t", "|"]),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
def test_sniff_finds_encoding_and_delimiter(tmp_path_factory: pytest.TempPathFactory,
                                            rows: list[list[str]], delim: str, encoding: str) -> None:
    if encoding == "latin-1":
        rows = [[c.encode("latin-1", "replace").decode("latin-1") for c in r] for r in rows]
    rows = [["Llamante", "Destinatario", "Fecha"], *rows]
    path = tmp_path_factory.mktemp("t") / "t.csv"
    path.write_bytes(_table(rows, delim).encode(encoding))
    fmt = sniff(path)
    assert fmt.delimiter == delim
    with open_table(path, fmt) as reader:
        assert reader.header == ["Llamante", "Destinatario", "Fecha"]
        got = [cells for _, cells in reader.rows()]
    data = [r for r in rows[1:] if any(c.strip() for c in r)]
    # lines of one filled cell after the last fuller row are a footer ("Generado el
    # 10/04/2024"): the reader skips them (`TableReader.rows`)
    while data and sum(1 for c in data[-1] if c.strip()) == 1:
        data.pop()
    assert got == data


@pytest.mark.parametrize(("data", "expected"), [
    ("a;b\r\n".encode("utf-8-sig"), "utf-8-sig"), ("a;b\n".encode("utf-16"), "utf-16"),
    ("año;b\n".encode("utf-16-le"), "utf-16-le"), ("año;b\n".encode("utf-16-be"), "utf-16-be"),
    ("año;€\n".encode(), "utf-8"), ("año;b\n".encode("latin-1"), "cp1252"),
    (b"a\xf1o;\x81\n", "latin-1"),  # a byte Windows-1252 leaves undefined
    ("año;€\n".encode("cp1252"), "cp1252"),
])
def test_sniff_encoding(data: bytes, expected: str) -> None:
    assert sniff_encoding(data) == expected


def test_delimiter_ignores_quoted_commas() -> None:
    text = 'name;address\n"Ruiz";"Calle Mayor, 3"\n"Sousa";"Rua A, 1"\n'
    assert sniff_delimiter(text) == ";"


def test_a_short_statement_under_title_lines_is_read_by_its_rows_delimiter() -> None:
    # three one-cell title lines outnumbered the two movements: the comma (the decimal
    # separator of -10,00) was chosen and the whole statement read as one column
    text = ("CAIXABANK - EXTRACTO DE MOVIMIENTOS\r\nCuenta: ES91 2100;Titular: AGENCIA NAVIERA\r\n"
            "Periodo: 01/01/2024 - 31/01/2024\r\n\r\nFecha;Concepto;Cuenta;Importe;Saldo\r\n"
            "02/01/2024;PAGO;ES7620770024003102575766;-10,00;90,00\r\n")
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("Informe\nFecha,Importe\n02/01/2024,10\n") == ","


@given(st.sampled_from([",", ";", "\t", "|"]), st.integers(min_value=0, max_value=5),
       st.integers(min_value=1, max_value=4), st.integers(min_value=2, max_value=6))
def test_title_lines_never_outvote_the_table(delim: str, titles: int, rows: int, width: int) -> None:
    lines = [f"Title line {i}" for i in range(titles)]
    lines.append(delim.join(f"Col{j}" for j in range(width)))
    lines += [delim.join(f"v{i}{j}" for j in range(width)) for i in range(rows)]
    assert sniff_delimiter("\n".join(lines) + "\n") == delim


def test_xlsx_cells_become_text(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Movimientos"
    ws.append(["Fecha", "Importe", "Número"])
    ws.append([dt.datetime(2024, 3, 11, 14, 5), -1500.5, 34612345678])
    ws.append([dt.date(2024, 3, 12), 20, None])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    fmt = sniff(path)
    assert fmt.kind == "xlsx"
    with open_table(path, fmt) as reader:
        assert reader.header == ["Fecha", "Importe", "Número"]
        rows = list(reader.rows())
    assert rows == [(2, ["2024-03-11T14:05:00", "-1500.5", "34612345678"]),
                    (3, ["2024-03-12", "20", ""])]


def test_a_windows_1252_character_past_the_sample_is_read(tmp_path: Path) -> None:
    """A Latin-1-looking sample (no byte 0x80-0x9F in its first MiB) read the whole file as
    Latin-1: an 'O’Brien' or a '€' further on became a control character ('O\\x92Brien')."""
    from casebench.exchange.formats.tables import SAMPLE_BYTES

    filler = "05/01/2024;Pago número {} con texto;-12,50\n"
    lines = ["Fecha;Concepto;Importe\n"]
    while sum(map(len, lines)) <= SAMPLE_BYTES:
        lines.append(filler.format(len(lines)))
    lines.append("06/01/2024;Pago a O’Brien “cuota”;-1,00 €\n")
    path = tmp_path / "grande.csv"
    path.write_bytes("".join(lines).encode("cp1252"))
    with open_table(path) as reader:
        *_, (number, last) = reader.rows()
    assert (number, last) == (len(lines), ["06/01/2024", "Pago a O’Brien “cuota”", "-1,00 €"])
    # a byte Windows-1252 leaves undefined, further on, names its line and the way out
    path.write_bytes("".join(lines[:-1]).encode("cp1252") + b"06/01/2024;Pago \x81;-1,00\n")
    with pytest.raises(TableError, match=f"not valid cp1252 text in line {len(lines)}.*latin-1"), \
            open_table(path) as reader:
        list(reader.rows())


def test_duplicate_header_and_bad_encoding_are_named(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("a;a\n1;2\n")
    with pytest.raises(TableError, match="names the column 'a' twice"):
        open_table(path)
    path.write_bytes(b"a;b\n" + "ñ;x\n".encode("latin-1"))
    fmt = sniff(path, encoding="utf-8")
    with pytest.raises(TableError, match="not valid utf-8"), open_table(path, fmt) as reader:
        list(reader.rows())


@settings(max_examples=150, deadline=None)
@given(when=st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2090, 12, 31)),
       fmt=st.sampled_from(["dd/mm/yyyy", "dd/mm/yyyy hh:mm", "dd/mm/yyyy hh:mm:ss",
                            "%Y%m%d %H%M%S", "dd.mm.yy hh:mm"]),
       tz=st.sampled_from(["", "+01:00", "-03:30", "Europe/Madrid", "UTC"]))
def test_cell_dates_agree_with_the_domain_parser(when: dt.datetime, fmt: str, tz: str) -> None:
    """The fast path for formatted cells gives exactly what normalising the ISO text gives."""
    strp = date_format(fmt)
    when = when.replace(microsecond=0)
    if "%y" in strp:
        when = when.replace(day=min(when.day, 28), year=2000 + when.year % 69)  # %y reads 00-68 as 2000-2068
    spec = ImportSpec(schema="Call", columns=(ColumnMap("d", "date"),), date_formats=(fmt,), tz=tz)
    compiled = compile_spec(spec, ["d"])
    plan = compiled.plan(2, [when.strftime(strp)])
    assert not isinstance(plan, list)
    got = plan.values[0][1]
    zone = parse_tz(tz)
    if "%H" not in strp:
        iso = when.date().isoformat()
    else:
        iso = when.strftime("%Y-%m-%dT%H:%M:%S" if "%S" in strp else "%Y-%m-%dT%H:%M")
        if zone is not None:
            off = when.replace(tzinfo=zone).utcoffset()
            assert off is not None
            minutes = int(off.total_seconds() // 60)
            iso += "Z" if minutes == 0 else (
                f"{'+' if minutes > 0 else '-'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}")
    assert got == normalise("date", iso)


def test_spec_problems_are_plain_words() -> None:
    with pytest.raises(SpecError, match="no column 'Caller'"):
        compile_spec(ImportSpec(schema="Call", columns=(ColumnMap("Caller", "callerNumber"),)), ["A"])
    with pytest.raises(SpecError, match="Call has no property 'phone'"):
        compile_spec(ImportSpec(schema="Call", columns=(ColumnMap("A", "phone"),)), ["A"])
    with pytest.raises(SpecError, match="not a time zone"):
        parse_tz("Mars/Olympus")
    assert date_format("dd/mm/yyyy hh:mm:ss") == "%d/%m/%Y %H:%M:%S"


def test_xlsx_zip_bomb_is_refused(tmp_path: Path) -> None:
    import zipfile

    from casebench.exchange.formats.tables import TableError, open_table

    bomb = tmp_path / "statement.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            block = b"\0" * (1024 * 1024)
            for _ in range(600):  # 600 MiB of zeros, a few hundred KiB compressed
                fh.write(block)
    assert bomb.stat().st_size < 5 * 1024 * 1024
    with pytest.raises(TableError, match=r"zip bomb|inflate"):
        open_table(bomb)
