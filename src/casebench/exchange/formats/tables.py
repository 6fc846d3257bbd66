"""Reading spreadsheets as they arrive: CSV in any encoding and delimiter, and XLSX.

Operators and banks send call-detail records and statements as CSV files written
by whatever their system does: UTF-8 with or without a byte-order mark, UTF-16
from Excel's "Unicode text", Latin-1 / Windows-1252 from older systems; commas,
semicolons (where the comma is the decimal separator), tabs or bars. `sniff`
guesses the encoding and delimiter from the start of the file so the user can
confirm them; `open_table` then streams rows without loading the file.

Rows are numbered as a spreadsheet shows them (the header is usually row 1 and the
first data row row 2, whatever line breaks a quoted cell holds). Banks put title rows
above the header, an Excel ``sep=;`` line before it and totals below the movements: the
header is found past the title rows (or chosen), and total and footer rows are skipped
and listed. Numeric XLSX cells stay numbers (`NumberCell`) so nothing re-reads them.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from casebench.domain.errors import CodedError

__all__ = [
    "DELIMITERS", "EXCEL_1900", "EXCEL_1904", "NumberCell", "TableError", "TableFormat", "TableReader", "cell_text", "decode_sample",
    "open_table", "sniff", "sniff_delimiter", "sniff_encoding",
]

DELIMITERS = (",", ";", "\t", "|")
# Day 0 of Excel's two date systems (1900, with Lotus's phantom 29 February 1900, whence
# 30 December 1899; and the Mac's 1904 system).
EXCEL_1900 = dt.date(1899, 12, 30)
EXCEL_1904 = dt.date(1904, 1, 1)
SAMPLE_BYTES = 1 << 20
_XLSX_MAGIC = b"PK\x03\x04"
_SEP_LINE = re.compile(r"\ufeff?\"?sep=(.)\"?[,;\t|]*\r?\n", re.IGNORECASE)
HEADER_SEARCH_ROWS = 30
# First cells of rows that sum up a statement rather than record a movement (es, pt, fr, en).
_TOTAL_WORDS = re.compile(
    r"(sub)?-?totale?s?\b|total general|sous-total|totaux|saldo (final|inicial|anterior|actual)|"
    r"suma\b|soma\b|solde\b|closing balance|opening balance|balance (brought|carried)|"
    r"n[uú]mero de (registros|movimientos)|end of (report|file)|fin del? (informe|reporte)",
    re.IGNORECASE)
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
csv.field_size_limit(1 << 24)


class TableError(CodedError, ValueError):
    """A file that cannot be read as a table, in plain words naming the file (and, for the
    refusals users meet, a code for the window's words)."""


@dataclass(frozen=True)
class TableFormat:
    """How to read a table: CSV encoding and delimiter, or the XLSX sheet."""

    kind: str = "csv"  # "csv" or "xlsx"
    encoding: str = "utf-8"
    delimiter: str = ","
    sheet: str = ""  # XLSX: sheet name ("" = the first sheet)
    header_row: int = 0  # the header's row number (1 = the first); 0 = found past title rows

    def describe(self) -> str:
        where = f", header in row {self.header_row}" if self.header_row > 1 else ""
        if self.kind == "xlsx":
            return f"Excel workbook, sheet {self.sheet or '(first)'}{where}"
        name = _DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))
        return f"CSV, {self.encoding}, {name}-separated{where}"


def sniff_encoding(head: bytes) -> str:
    """The encoding of a file from its first bytes: a BOM, UTF-16 zero bytes, UTF-8, else
    Windows-1252, or Latin-1 when the bytes hold one that Windows-1252 leaves undefined.

    Windows-1252 is Latin-1 with characters (€, curly quotes) where Latin-1 has invisible
    control characters (0x80-0x9F). It is chosen even when the first bytes hold none of
    them: a '€' or an 'O’Brien' further on in a large file was stored as a control character
    ('O\x92Brien', an amount '12,50 \x80' refused). A byte it leaves undefined further on
    stops the reading with its line and the advice to choose the encoding.
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 4:
        even, odd = sample[0::2], sample[1::2]
        if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
            return "utf-16-le"
        if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
            return "utf-16-be"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        codecs.getincrementaldecoder("cp1252")().decode(head, final=False)
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def decode_sample(head: bytes, encoding: str) -> str:
    """Decode the start of a file, dropping a character cut at the end of the sample."""
    text = codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)
    return text.removeprefix("\ufeff")


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the sample's lines into the same number (>1) of cells.

    Quotes are honoured, so a comma inside "Calle Mayor, 3" does not count.
    """
    lines = [line for line in text.splitlines()[:200] if line.strip()]
    if len(lines) > 1 and not text.endswith(("\n", "\r")):
        lines = lines[:-1]  # the sample may cut the last line
    if not lines:
        return ","
    best, best_score = ",", (-1.0, 0)
    for delim in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        except csv.Error:
            continue
        split = [n for n in counts if n > 1]
        if not split:
            continue
        # the mode among lines the delimiter splits: a bank's one-cell title lines above a short
        # statement must not outvote its rows
        mode = max(set(split), key=lambda n: (split.count(n), n))
        score = (counts.count(mode) / len(counts), mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def _kind(path: Path, head: bytes) -> str:
    if head.startswith(_XLSX_MAGIC) or path.suffix.lower() in (".xlsx", ".xlsm"):
        return "xlsx"
    return "csv"


def sniff(path: Path | str, *, encoding: str | None = None, delimiter: str | None = None,
          sheet: str | None = None, header_row: int = 0) -> TableFormat:
    """Guess how to read ``path``; given values are kept as they are.

    Excel's ``sep=;`` first line names the delimiter and is not part of the table.
    """
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(SAMPLE_BYTES)
    except OSError as exc:
        raise TableError(f"{path}: cannot read the file ({exc.strerror or exc})", code="table.unreadable",
                         detail=exc.strerror or str(exc)) from None
    if header_row < 0:
        raise TableError(f"{path}: the header row is a row number: 1 for the first row")
    if _kind(path, head) == "xlsx":
        return TableFormat(kind="xlsx", sheet=sheet or "", header_row=header_row)
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise TableError(f"{path}: {encoding!r} is not an encoding casebench knows; "
                             "try utf-8, utf-16, cp1252 or latin-1", code="table.unknown_encoding",
                             encoding=encoding) from None
    enc = encoding or sniff_encoding(head)
    if delimiter in ("\\t", "tab", "TAB"):
        delimiter = "\t"
    if delimiter is not None and len(delimiter) != 1:
        raise TableError(f"{path}: the delimiter must be one character, not {delimiter!r}")
    sample = decode_sample(head, enc)
    hint = _SEP_LINE.match(sample)
    delim = delimiter or (hint.group(1) if hint else sniff_delimiter(sample))
    return TableFormat(kind="csv", encoding=enc, delimiter=delim, header_row=header_row)


class NumberCell(str):
    """A numeric spreadsheet cell: shown as text, but ``number`` is the value as stored.

    Import uses ``number`` and never re-reads the text with a decimal separator (a float
    -4337847.15 must not become 433784715 under ``--decimal ,``). ``epoch`` is the
    workbook's date system, for numbers in a date column (Excel serial dates).
    """

    number: Decimal
    epoch: dt.date

    def __new__(cls, value: int | float, epoch: dt.date = EXCEL_1900) -> NumberCell:
        # Excel keeps 15 significant digits; repr-noise such as 0.30000000000000004 is not data.
        number = Decimal(format(value, ".15g")) if isinstance(value, float) else Decimal(value)
        self = super().__new__(cls, format(number, "f"))
        self.number = number
        self.epoch = epoch
        return self


def cell_text(value: Any, epoch: dt.date = EXCEL_1900) -> str:
    """A spreadsheet cell as the text a CSV export would hold (dates in ISO 8601).

    Numbers come back as a NumberCell (a str) that keeps the number itself.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        value = _to_second(value)
        if value.time() == dt.time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        if value.microsecond:
            moment = _to_second(dt.datetime.combine(EXCEL_1900, value))
            value = moment.time() if moment.date() == EXCEL_1900 else dt.time()  # 23:59:59.6: midnight
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.timedelta):
        # an [h]:mm:ss cell (a call's duration) as Excel shows it: '26:03:04', not Python's
        # '1 day, 2:03:04', which no reader took
        sign, delta = ("-", -value) if value < dt.timedelta(0) else ("", value)
        whole = delta.days * 86400 + delta.seconds
        fraction = f".{delta.microseconds:06d}".rstrip("0") if delta.microseconds else ""
        return f"{sign}{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}{fraction}"
    if isinstance(value, (int, float)) and not (isinstance(value, float) and not math.isfinite(value)):
        return NumberCell(value, epoch)
    return str(value)


def _to_second(value: dt.datetime) -> dt.datetime:
    """A spreadsheet moment to the nearest second, as Excel shows it: the reader turns the
    serial 45123.54166666 into 12:59:59.999 (the float's last bits), which Excel shows, and
    the operator meant, as 13:00:00; cutting it at the second read 12:59:59."""
    if value.microsecond < 500_000:
        return value.replace(microsecond=0)
    try:
        return value.replace(microsecond=0) + dt.timedelta(seconds=1)
    except OverflowError:  # the calendar's last second has no next
        return value.replace(microsecond=0)


def _bad_line(path: Path, encoding: str) -> str:
    """" in line N": the first line that does not decode (the text is decoded in blocks,
    so the row being read when the error shows is not the one to name)."""
    if "16" in encoding or "32" in encoding:
        return ""  # lines are not split at a newline byte
    number = 0
    try:
        with path.open("rb") as fh:
            for line in fh:
                number += 1
                line.decode(encoding)
    except UnicodeDecodeError:
        return f" in line {number}"
    except (OSError, LookupError):
        pass
    return ""


class TableReader:
    """An open table: ``header`` and ``rows()`` of (row number, cells); use as a context manager."""

    def __init__(self, path: Path, fmt: TableFormat) -> None:
        self.path = path
        self.format = fmt
        self.size = path.stat().st_size
        self._raw: IO[bytes] | None = None
        self._text: io.TextIOWrapper | None = None
        self._workbook: Any = None
        self._iter: Iterator[list[str]]
        self._pending: list[list[str]] = []
        self._number = 1
        self._width = 0
        self.header: list[str] = []
        self.skipped: list[tuple[int, str]] = []  # total and footer rows: (row number, first cell)
        self.sheets: list[str] = []  # XLSX: every sheet of the workbook
        self._open()

    def _open(self) -> None:
        try:
            if self.format.kind == "xlsx":
                self._open_xlsx()
            else:
                self._raw = self.path.open("rb")
                self._text = io.TextIOWrapper(self._raw, encoding=self.format.encoding, newline="",
                                              errors="strict")
                self._iter = csv.reader(self._text, delimiter=self.format.delimiter)
            head = self._head()
        except TableError:
            self.close()
            raise
        except OSError as exc:
            self.close()
            raise TableError(f"{self.path}: cannot read the file ({exc.strerror or exc})",
                             code="table.unreadable", detail=exc.strerror or str(exc)) from None
        if not head:
            self.close()
            raise TableError(f"{self.path}: the file is empty; a table needs a header row", code="table.empty")
        wanted = self.format.header_row
        if wanted > len(head):
            self.close()
            raise TableError(f"{self.path}: the file has no row {wanted} for the header",
                             code="table.no_header_row", row=wanted)
        at = wanted - 1 if wanted else _find_header(head)
        self.format = replace(self.format, header_row=at + 1)
        self._number = at + 1
        first = head[at]
        self._pending = head[at + 1:]
        if first and first[0].startswith("\ufeff"):
            first[0] = first[0][1:]
        self.header = [h.strip() for h in first]
        self._width = sum(1 for h in self.header if h)  # named columns, for telling totals apart
        seen: set[str] = set()
        for no, name in enumerate(self.header, start=1):
            if not name:
                self.header[no - 1] = name = f"column {no}"
            if name in seen:
                self.close()
                raise TableError(f"{self.path}: row {at + 1} names the column {name!r} twice; "
                                 "rename one of them", code="table.duplicate_column", row=at + 1, name=name)
            seen.add(name)

    def _head(self) -> list[list[str]]:
        """The first rows (a ``sep=`` line dropped), to find the header in."""
        head: list[list[str]] = []
        limit = max(HEADER_SEARCH_ROWS, self.format.header_row)
        while len(head) < limit:
            cells = self._next()
            if cells is None:
                break
            if not head and self.format.kind == "csv" and _SEP_LINE.match(
                    self.format.delimiter.join(cells) + "\n"):
                continue
            head.append(cells)
        return head

    def _open_xlsx(self) -> None:
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        _check_xlsx_size(self.path)
        try:
            wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except (InvalidFileException, KeyError, ValueError, OSError) as exc:
            raise TableError(f"{self.path}: not a readable Excel (.xlsx) workbook ({exc})",
                             code="table.not_xlsx") from None
        self._workbook = wb
        self.sheets = list(wb.sheetnames)
        if self.format.sheet:
            if self.format.sheet not in wb.sheetnames:
                names = ", ".join(wb.sheetnames)
                raise TableError(f"{self.path}: the workbook has no sheet {self.format.sheet!r}; "
                                 f"its sheets are {names}", code="table.no_sheet", sheet=self.format.sheet,
                                 sheets=names)
            ws = wb[self.format.sheet]
        else:
            ws = wb.worksheets[0]
            self.format = replace(self.format, sheet=ws.title)
        epoch = EXCEL_1904 if getattr(wb, "epoch", None) == dt.datetime(1904, 1, 1) else EXCEL_1900
        self._iter = ([cell_text(v, epoch) for v in row] for row in ws.iter_rows(values_only=True))

    def _next(self) -> list[str] | None:
        try:
            return next(self._iter)
        except StopIteration:
            return None
        except UnicodeDecodeError:
            raise TableError(
                f"{self.path}: the file is not valid {self.format.encoding} text"
                f"{_bad_line(self.path, self.format.encoding)}; choose its "
                "encoding (e.g. latin-1 or cp1252)", code="table.bad_encoding",
                encoding=self.format.encoding) from None
        except csv.Error as exc:
            raise TableError(f"{self.path}: the CSV is malformed near line "
                             f"{getattr(self._iter, 'line_num', '?')}: {exc}", code="table.malformed_csv",
                             line=getattr(self._iter, 'line_num', '?')) from None

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number, cells) for every data row below the header.

        Blank rows are passed over; total rows ("Total", "Saldo final" ...) and the lines
        after the last movement that fill one cell only ("Generado el 10/04/2024") are
        skipped and listed in ``skipped`` as (row number, first cell).
        """
        number = self._number
        held: list[tuple[int, list[str]]] = []  # one-cell rows that may be a footer
        while True:
            if self._pending:
                cells: list[str] | None = self._pending.pop(0)
            else:
                cells = self._next()
            if cells is None:
                break
            number += 1
            filled = [t for t in map(str.strip, cells) if t]
            if not filled:
                continue
            # a total leaves the date, the account ... empty; a full row whose first cell is
            # a name such as "TOTAL ENERGIES SE" is data
            if (_TOTAL_WORDS.match(filled[0]) and len(filled) < self._width
                    and not isinstance(cells[0], NumberCell)):
                self.skipped.append((number, filled[0]))
                continue
            if len(filled) == 1 and len(self.header) > 2:
                held.append((number, cells))
                continue
            yield from held
            held = []
            yield number, cells
        self.skipped.extend((n, next(c.strip() for c in cells if c.strip())) for n, cells in held)

    def position(self) -> int:
        """Bytes read so far (CSV), for progress; the file size once an XLSX is open."""
        if self._raw is not None and not self._raw.closed:
            return self._raw.tell()
        return self.size

    def close(self) -> None:
        if self._text is not None:
            self._text.close()
            self._text = None
        if self._raw is not None:
            self._raw.close()
            self._raw = None
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None

    def __enter__(self) -> TableReader:
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def _find_header(head: list[list[str]]) -> int:
    """The header's index: the first row of text cells about as wide as the table.

    Banks put the bank's name, the account and the period above the header; those rows
    fill one or two cells.
    """
    widths = [sum(1 for c in row if c.strip()) for row in head]
    widest = max(widths)
    for i, row in enumerate(head):
        texts = [c for c in row if c.strip()]
        if widths[i] >= max(2, widest * 0.6) and not any(isinstance(c, NumberCell) for c in texts):
            return i
    return 0


def open_table(path: Path | str, fmt: TableFormat | None = None) -> TableReader:
    """Open ``path`` for reading rows (sniffed when no format is given)."""
    path = Path(path)
    if not path.is_file():
        raise TableError(f"{path}: no such file", code="table.missing")
    return TableReader(path, fmt or sniff(path))


# An .xlsx is a zip: a few kilobytes can inflate to gigabytes (a "zip bomb"), and
# openpyxl loads the whole shared-strings part into memory even in read-only mode.
XLSX_MAX_UNCOMPRESSED = 2 * 1024**3
XLSX_MAX_PART = 512 * 1024**2
XLSX_MAX_RATIO = 200


def _check_xlsx_size(path: Path) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise TableError(f"{path}: not a readable Excel (.xlsx) workbook ({exc})", code="table.not_xlsx") from None
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > XLSX_MAX_PART or (info.file_size > 10 * 1024**2 and ratio > XLSX_MAX_RATIO):
            raise TableError(f"{path}: the workbook part {info.filename!r} would inflate to "
                             f"{info.file_size:,} bytes; refusing it (possible zip bomb)", code="table.too_large")
    if total > XLSX_MAX_UNCOMPRESSED:
        raise TableError(f"{path}: the workbook would inflate to {total:,} bytes; refusing it",
                         code="table.too_large")

