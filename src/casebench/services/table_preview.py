"""What a table import would make of the first rows, before it runs.

Each row as the import would store it: its values normalised (a date with its zone, an
amount as a number, the currency a cell named), which way a statement's movement went, the
two ends of the link (payer and beneficiary, caller and receiver), and why the import would
refuse the row. One implementation: every row goes through the compiled specification's
`CompiledSpec.plan`, the very conversion `import_table` runs; nothing here reads a cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from casebench.domain.values import Normalised
from casebench.exchange.formats.mapping import (
    CellError,
    ImportSpec,
    RowPlan,
    SpecError,
    compile_spec,
)
from casebench.exchange.formats.tables import TableError, TableFormat, open_table
from casebench.services.entities import region_of
from casebench.store.case import Case
from casebench.store.errors import InvalidInput

__all__ = ["PREVIEW_ROWS", "ImportPreview", "PlannedRow", "PlannedValue", "planned_preview"]

PREVIEW_ROWS = 50


@dataclass(frozen=True)
class PlannedValue:
    path: str  # the property as the import stores it: "date", "payerAccount.iban"
    value: str  # normalised: 2023-08-07T14:05:00+02:00, 1234.56, +34600111222
    written: str  # the text as the file has it


@dataclass
class PlannedRow:
    number: int  # the row number a spreadsheet shows
    values: list[PlannedValue] = field(default_factory=list)  # the row's own values
    # what names each end of the link (payer or caller, beneficiary or receiver), after the
    # direction: a credit's counterparty is the payer
    source: list[PlannedValue] = field(default_factory=list)
    target: list[PlannedValue] = field(default_factory=list)
    direction: str = ""  # "out" (a debit), "in" (a credit); "" when the import reads no direction
    errors: list[CellError] = field(default_factory=list)  # why the import would refuse the row
    warnings: list[CellError] = field(default_factory=list)  # imported, but look (strict refuses)

    @property
    def refused(self) -> bool:
        return bool(self.errors)

    def value(self, path: str) -> str:
        return next((v.value for v in self.values if v.path == path), "")


@dataclass
class ImportPreview:
    header: list[str]
    schema: str
    edge: tuple[str, str]  # the link's two ends ("payer", "beneficiary"); ("", "") for an entity
    paths: list[str]  # the row's own properties the specification fills, in its order
    rows: list[PlannedRow]
    directed: bool = False  # the import reads a direction (a signed amount, D/C or debit/credit columns)
    problem: str = ""  # the specification does not fit the file (neutral words)
    problem_error: SpecError | None = None  # the same, coded: the window words it in its language

    @property
    def refused(self) -> int:
        return sum(1 for r in self.rows if r.refused)


def _side(path: str, edge: tuple[str, str]) -> int:
    """0 for the link's first end, 1 for its second, -1 for neither (as `sides_named` sorts)."""
    for i, side in enumerate(edge):
        if side and path.startswith(side):
            return i
    return -1


def _planned(number: int, result: RowPlan | list[CellError], edge: tuple[str, str],
             directed: bool) -> PlannedRow:
    row = PlannedRow(number)
    if isinstance(result, list):
        row.errors = list(result)
        return row
    row.warnings = [*result.strict_warnings, *result.warnings]
    if directed:
        row.direction = "in" if result.swapped else "out"
    items: list[tuple[str, Normalised, str]] = list(result.values)
    items += [(f"{r.prop}.{p}", n, raw) for r in result.related for p, n, raw in r.values]
    for path, norm, raw in items:
        value = PlannedValue(path, norm.value, raw)
        side = _side(path, edge)
        (row.source if side == 0 else row.target if side == 1 else row.values).append(value)
    return row


def _own_paths(paths: Iterable[str], edge: tuple[str, str]) -> list[str]:
    out: list[str] = []
    for path in paths:
        if "." not in path and _side(path, edge) < 0 and path not in out:
            out.append(path)
    return out


def planned_preview(case: Case, path: Path | str, spec: ImportSpec, fmt: TableFormat, *,
                    rows: int = PREVIEW_ROWS) -> ImportPreview:
    """The first ``rows`` data rows of ``path`` as importing them under ``spec`` would store
    them, or refuse them and why; nothing is imported. A specification that does not fit the
    file is said in ``problem`` (and ``problem_error``), with no rows."""
    path = Path(path)
    region = region_of(case)  # as `import_table` passes it (the specification's own comes first)
    try:
        with open_table(path, fmt) as reader:
            header = list(reader.header)
            try:
                compiled = compile_spec(spec, header, default_region=region)
            except SpecError as exc:
                return ImportPreview(header, spec.schema, ("", ""), [], [], problem=str(exc), problem_error=exc)
            edge = compiled.schema.edge or ("", "")
            directed = bool(compiled.signed) and bool(compiled.schema.edge)
            paths = _own_paths((f.path for f in compiled.fields), edge)
            out: list[PlannedRow] = []
            for number, cells in reader.rows():
                planned = _planned(number, compiled.plan(number, cells), edge, directed)
                for v in planned.values:  # a currency an amount cell named, say
                    if v.path not in paths:
                        paths.append(v.path)
                out.append(planned)
                if len(out) >= rows:
                    break
            return ImportPreview(header, compiled.schema.name, edge, paths, out, directed)
    except TableError as exc:
        raise InvalidInput.carrying(path, exc) from None
