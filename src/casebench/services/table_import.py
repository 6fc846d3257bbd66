"""Importing call records, bank statements and other spreadsheets into a case.

The flow (CLI and window alike): `sniff_table` guesses the encoding and delimiter
for the user to confirm; `preview` shows the first rows with each cell's problem;
`import_table` then

1. hashes the file and stops when the register says this file was already
   imported with the same specification (re-importing adds nothing);
2. in strict mode reads every row first and imports nothing if any row fails;
3. takes the file in as evidence (a "data" exhibit; an exhibit that already holds
   the same SHA-256 is reused) so every statement can point at its row;
4. loads the rows in chunks, each its own transaction recorded under an import id
   (`store.import_runs`), with batched inserts: each statement's source
   is the exhibit and its locator ``row N`` (the spreadsheet's row number);
5. records the import in the register and one audit record (in the last chunk).

Cancel, or a file that turns out unreadable half-way, rolls back every chunk already
committed (the evidence intake stays: the file was received). An import interrupted
otherwise (the process killed, the disk full) is resumed by importing the same file with
the same specification again, or rolled back with `rollback_import`.
"""

from __future__ import annotations

import contextlib
import gc
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from casebench.domain.captions import edge_caption
from casebench.domain.grading import Grade
from casebench.domain.handling import Handling
from casebench.domain.model import Provenance
from casebench.domain.schema import SCHEMATA, get_schema
from casebench.domain.values import PropType
from casebench.evidence.hashing import file_sha256
from casebench.exchange.formats.header_words import likely_schema
from casebench.exchange.formats.mapping import (
    CellError,
    ColumnMap,
    CompiledSpec,
    ImportSpec,
    Related,
    RelatedPlan,
    RowPlan,
    SpecError,
    bank_statement_spec,
    call_record_spec,
    compile_spec,
    sides_named,
)
from casebench.exchange.formats.tables import (
    TableError,
    TableFormat,
    TableReader,
    open_table,
    sniff,
)
from casebench.exchange.formats.targets import column_targets
from casebench.exchange.merge import personish
from casebench.exchange.named_ends import NAMED_SCHEMATA, NamedEnds
from casebench.services import evidence
from casebench.services.cases import default_tlp
from casebench.services.entities import region_of
from casebench.services.progress import (
    Cancelled,
    OperationCancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from casebench.store import audit, bulk_links, import_runs, records, table_records
from casebench.store import exchange as xrepo
from casebench.store import import_specs as register
from casebench.store.bulk_links import LocatedEntity, StatementRow, new_ids
from casebench.store.case import Case, utc_now
from casebench.store.errors import InvalidInput, NotFound
from casebench.store.import_runs import ImportRun, Rollback

__all__ = [
    "CellError",
    "ColumnMap",
    "ImportReport",
    "ImportRun",
    "ImportSpec",
    "Preview",
    "PreviewRow",
    "Related",
    "Rollback",
    "TableFormat",
    "bank_statement_spec",
    "call_record_spec",
    "column_targets",
    "file_sha256",
    "import_table",
    "intake_source",
    "layout",
    "likely_schema",
    "preview",
    "rollback_import",
    "sides_named",
    "sniff_table",
    "unfinished_imports",
]

BATCH_ROWS = 5000
# Which schemata a table import keeps as compact records (decision 53).
COMPACT_SCHEMATA: frozenset[str] = frozenset({"Call"})
CHUNK_ROWS = 20_000  # rows per transaction: bounds the journal, and what a crash can lose
MAX_LISTED_ERRORS = 1000


@dataclass
class PreviewRow:
    number: int
    cells: list[str]
    errors: dict[str, str] = field(default_factory=dict)  # column ("" = the row) → reason
    causes: dict[str, BaseException] = field(default_factory=dict)  # column → the value's error, if any


@dataclass
class Preview:
    path: Path
    format: TableFormat
    header: list[str]
    rows: list[PreviewRow]
    problem: str = ""  # the specification does not fit the file (plain words)
    # phone cells written without a country code, read as numbers of ``phone_region``: a
    # Portuguese 912 345 678 is also a valid Madrid number, so the reader is told which it became
    bare_phones: int = 0
    phone_region: str = ""
    problem_error: SpecError | None = None  # the same, coded: the window words it in its language


@dataclass
class ImportReport:
    path: Path
    sha256: str
    format: TableFormat
    spec_name: str
    strict: bool
    exhibit: str = ""  # reference of the exhibit holding the file
    rows: int = 0  # data rows read
    imported_rows: int = 0
    entities: int = 0  # new entities (rows' entities plus created related ones)
    linked: int = 0  # links to entities that were already in the case
    # ends (payers, callers …) named by a name alone that are the one legal entity of the case
    # bearing it (decision 65), and merge proposals written for ends created beside others
    matched: int = 0
    proposed: int = 0
    ambiguous: int = 0  # link-only ends whose name several entities bear: not linked
    statements: int = 0
    rejected_rows: int = 0
    errors: list[CellError] = field(default_factory=list)  # the first MAX_LISTED_ERRORS
    skipped: list[tuple[int, str]] = field(default_factory=list)  # total/footer rows: (row, text)
    warned_rows: int = 0  # imported, but a value needs a look (e.g. an ambiguous phone)
    warnings: list[CellError] = field(default_factory=list)  # the first MAX_LISTED_ERRORS
    present: int = 0  # rows whose record an earlier import already brought in
    earlier: str = ""  # the same file was imported before under another specification
    already_imported: bool = False
    imported: bool = False  # False: strict mode found errors, or the file was known
    import_id: str = ""  # the run (store.import_runs) that loaded the rows
    resumed_after: int = 0  # an interrupted import went on after this row

    def summary(self) -> str:
        if self.already_imported:
            return (f"{self.path.name} was already imported with this specification on "
                    f"exhibit {self.exhibit}; nothing added")
        if not self.imported:
            return (f"{self.path.name}: {self.rejected_rows} of {self.rows} rows have problems; "
                    "strict mode imported nothing")
        text = (f"{self.path.name}: {self.imported_rows} new, {self.present} already present "
                f"(of {self.rows} rows); {self.entities} entities ({self.statements} values), "
                f"source exhibit {self.exhibit}")
        if self.resumed_after:
            text = f"resumed an interrupted import after row {self.resumed_after}\n{text}"
        if self.earlier:
            text = f"{self.earlier}\n{text}"
        if self.rejected_rows:
            text += f"; {self.rejected_rows} rows rejected"
        if self.warned_rows:
            text += f"; {self.warned_rows} rows imported with warnings"
        if self.matched:
            text += f"; {self.matched} linked entities found in the case by name"
        if self.proposed:
            text += f"; {self.proposed} merge proposals to review"
        if self.ambiguous:
            text += f"; {self.ambiguous} names borne by several entities of the case, not linked"
        if self.skipped:
            shown = ", ".join(f"row {n} {t[:30]!r}" for n, t in self.skipped[:3])
            more = f" and {len(self.skipped) - 3} more" if len(self.skipped) > 3 else ""
            text += f"; {len(self.skipped)} total/footer rows skipped ({shown}{more})"
        return text


def sniff_table(path: Path | str, spec: ImportSpec | None = None, *, encoding: str | None = None,
                delimiter: str | None = None, sheet: str | None = None,
                header_row: int | None = None) -> TableFormat:
    """How to read the file: given values first, then the spec's, then guessed."""
    try:
        return sniff(path, encoding=encoding or (spec.encoding if spec else "") or None,
                     delimiter=delimiter or (spec.delimiter if spec else "") or None,
                     sheet=sheet or (spec.sheet if spec else "") or None,
                     header_row=header_row or (spec.header_row if spec else 0))
    except TableError as exc:
        raise InvalidInput.carrying(Path(path), exc) from None


def layout(path: Path | str, fmt: TableFormat) -> tuple[TableFormat, list[str]]:
    """The format as opening the file settles it (the sheet, the header row found past title
    rows) and every sheet of an XLSX workbook, for the user to check and choose from."""
    path = Path(path)
    try:
        with open_table(path, fmt) as reader:
            return reader.format, list(reader.sheets)
    except TableError as exc:
        raise InvalidInput.carrying(path, exc) from None


def _compile(path: Path, spec: ImportSpec, header: list[str], region: str | None) -> CompiledSpec:
    try:
        return compile_spec(spec, header, default_region=region)
    except SpecError as exc:
        raise InvalidInput(path, f"specification {spec.name or '(unsaved)'}: {exc}", code=exc.code or None,
                           **exc.params) from None


def preview(path: Path | str, spec: ImportSpec | None = None, *, fmt: TableFormat | None = None,
            rows: int = 20, case: Case | None = None) -> Preview:
    """The header and first rows, with each cell's problem under ``spec`` (if given)."""
    path = Path(path)
    fmt = fmt or sniff_table(path, spec)
    out: list[PreviewRow] = []
    problem = ""
    problem_error: SpecError | None = None
    region = ""
    bare = 0
    try:
        with open_table(path, fmt) as reader:
            compiled = None
            if spec is not None:
                region = (spec.phone_region.strip() or (region_of(case) if case else None) or "").upper()
                try:
                    compiled = compile_spec(spec, reader.header, default_region=region or None)
                except SpecError as exc:
                    problem, problem_error = str(exc), exc
            phones = [f.index for f in compiled.fields if f.ptype is PropType.PHONE and f.index >= 0] \
                if compiled is not None else []
            for number, cells in reader.rows():
                row = PreviewRow(number, cells)
                if compiled is not None:
                    result = compiled.plan(number, cells)
                    if isinstance(result, list):
                        for e in result:  # tinted in each column it is about (both of a pair)
                            for column in compiled.columns_of(e.column):
                                row.errors[column] = e.reason
                                if e.cause is not None:
                                    row.causes[column] = e.cause
                bare += sum(1 for i in phones if i < len(cells) and _without_country_code(cells[i]))
                out.append(row)
                if len(out) >= rows:
                    break
            return Preview(path, reader.format, reader.header, out, problem, bare, region,
                           problem_error=problem_error)
    except TableError as exc:
        raise InvalidInput.carrying(path, exc) from None


def _without_country_code(cell: str) -> bool:
    """A phone cell that names no country itself (+34…, 0034…, tel:+34… do)."""
    text = cell.strip().removeprefix("tel:").strip()
    return bool(text) and any(c.isdigit() for c in text) and not text.startswith(("+", "00"))


def intake_source(case: Case, path: Path, sha256: str, *, exhibit: str | None, description: str,
                  progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> str:
    """Take the source file in as evidence first; returns the exhibit's reference.

    ``exhibit`` names an existing exhibit to hold it; otherwise an exhibit that already
    holds this content is reused, or a "data" exhibit IMPORT-<hash> is recorded.
    """
    if exhibit:
        ex = evidence.get_exhibit(case, exhibit)
        held = {f.sha256 for f in evidence.content_files(case, ex.id)}
        if sha256 not in held:
            evidence.intake(case, ex.id, [path], progress=progress, cancelled=cancelled)
        return ex.reference
    holder = register.exhibit_holding(case, sha256)
    if holder:
        return evidence.get_exhibit(case, holder).reference
    reference = f"IMPORT-{sha256[:12].upper()}"
    try:
        ex = evidence.get_exhibit(case, reference)
    except NotFound:
        evidence.add_exhibit(case, evidence.ExhibitDraft(
            reference=reference, type="data", description=description, tags=["import"]))
        ex = evidence.get_exhibit(case, reference)
    evidence.intake(case, ex.id, [path], progress=progress, cancelled=cancelled)
    return ex.reference


class _Loader:
    """Turns row plans into batched inserts, resolving and creating related entities."""

    def __init__(self, case: Case, compiled: CompiledSpec, handling: Handling, prov: Provenance,
                 report: ImportReport) -> None:
        self.case = case
        self.compiled = compiled
        self.handling = handling
        self.prov = prov
        self.report = report
        self.tags = tuple(compiled.spec.tags)
        self.ids: dict[str, str] = {}  # related key → entity id
        self.captions: dict[str, str] = {}
        self.missing: set[str] = set()  # link-only keys not in the case
        self.schema = compiled.schema
        self._subtypes: dict[str, list[str]] = {}
        self.records: records.RecordRun | None = None  # set when rows become compact records
        self.import_id = ""
        self.resumed = False
        self.named = NamedEnds(case)  # the case's legal entities by name (read when needed)
        self.reviews: list[tuple[str, str, str, float]] = []  # (new id, local id, reason, score)
        self._keyed = {n for n, p in compiled.schema.properties.items()
                       if p.type in (PropType.PHONE, PropType.IBAN)}

    def subtypes(self, name: str) -> list[str]:
        if name not in self._subtypes:
            self._subtypes[name] = [s.name for s in SCHEMATA.values() if s.is_a(name) and not s.abstract]
        return self._subtypes[name]

    def _resolve(self, plans: Sequence[RowPlan]) -> None:
        by_schema: dict[str, dict[str, RelatedPlan]] = {}
        for plan in plans:
            for rel in plan.related:
                if rel.key not in self.ids and rel.key not in self.missing and ":" in rel.key:
                    by_schema.setdefault(rel.schema, {}).setdefault(rel.key, rel)
        for schema, keys in by_schema.items():
            found = bulk_links.find_by_keys(self.case, keys, self.subtypes(schema))
            for key, rel in keys.items():
                if key not in found and key.startswith(f"{schema}:"):
                    self._by_name(key, rel, found)
            self.ids.update(found)
            self.captions.update(bulk_links.captions(self.case, found.values()))
            self.missing.update(k for k in keys if k not in found)

    def _by_name(self, key: str, rel: RelatedPlan, found: dict[str, str]) -> None:
        """An end named by its name alone is the one legal entity of the link's schema, or a
        narrower one, bearing that name (decision 65); several: none of them."""
        names = _names(rel)
        schemata = [s for s in self.subtypes(rel.schema) if personish(s)]
        if not schemata or not names or len(names) != len(rel.values):
            # not a person or an organisation (an account's name is its holder's), or values
            # of its own besides a name (a new entity, with its candidates proposed)
            return
        own = self.named.own_end(rel.schema, names)
        if own is not None:  # made by this import before it was interrupted
            found[key] = own
            return
        hits = self.named.same_name(schemata, names)
        if len(hits) == 1:
            found[key] = hits[0]
            if not (self.resumed and import_runs.links_to(self.case, self.import_id, list(self.compiled.related),
                                                          hits[0])):
                self.report.matched += 1  # (a resumed import counted it before it stopped)
        elif hits and not rel.create:
            self.report.ambiguous += 1

    def _propose(self, eid: str, rel: RelatedPlan) -> None:
        """Merge candidates for an end created beside the case's entities, as a bundle's."""
        for p in self.named.proposals(eid, rel.schema, _names(rel)):
            self.reviews.append((eid, p.local_id, p.reason, p.score))

    def load(self, plans: Sequence[RowPlan]) -> None:
        self._resolve(plans)
        if self.records is not None:
            self._load_records(plans, self.records)
            return
        items: list[LocatedEntity] = []
        # ids taken in the order entities are made (a row's new linked entities, then the
        # row's), from one batch: as many as could be needed; those left over are skipped
        ids = iter(new_ids(len(plans) + sum(r.create for plan in plans for r in plan.related)))
        for plan in plans:
            locator = f"row {plan.number}"
            stmts: list[StatementRow] = [
                (p, n.value, raw, n.match_key, n.sort_start, n.sort_end) for p, n, raw in plan.values]
            linked: dict[str, str] = {}
            for rel in plan.related:
                eid = self.ids.get(rel.key)
                if eid is None and rel.create:
                    self.missing.discard(rel.key)
                    eid = self.ids[rel.key] = next(ids)
                    rel_schema = get_schema(rel.schema)
                    caption = _caption(rel_schema.caption, rel.values) or rel_schema.label
                    self.captions[eid] = caption
                    items.append(LocatedEntity(
                        eid, rel.schema, caption, self.handling, locator,
                        [(p, n.value, raw, n.match_key, n.sort_start, n.sort_end)
                         for p, n, raw in rel.values], self.tags))
                    self.report.entities += 1
                    if personish(rel.schema):
                        self._propose(eid, rel)
                elif eid is not None:
                    self.report.linked += 1
                if eid is not None:
                    linked[rel.prop] = eid
                    stmts.append((rel.prop, eid, rel.values[0][2], None, None, None))
            items.append(LocatedEntity(next(ids), self.schema.name, self._row_caption(plan, linked),
                                       self.handling, locator, stmts, self.tags))
            self.report.entities += 1
        self.report.statements += bulk_links.insert_located(self.case, items, self.prov)
        self.report.imported_rows += len(plans)
        if self.reviews:
            now = utc_now()
            for eid, local, reason, score in self.reviews:
                self.report.proposed += xrepo.add_review(
                    self.case, kind="name", imported_id=eid, local_id=local, reason=reason, score=score,
                    bundle_id=f"table:{self.import_id}", created_at=now)
            self.reviews = []

    def _load_records(self, plans: Sequence[RowPlan], run: records.RecordRun) -> None:
        rows = []
        keyed = self._keyed
        for plan in plans:
            values: list[records.Value] = [
                (p, n.value, raw, n.match_key, n.sort_start, n.sort_end) for p, n, raw in plan.values]
            refs = []
            for rel in plan.related:
                eid = self.ids.get(rel.key)
                if eid is not None:
                    self.report.linked += 1
                    refs.append(eid)
                    values.append((rel.prop, eid, rel.values[0][2], None, None, None))
            keys = [v[3] for v in values if v[0] in keyed and v[3]]
            rows.append(records.RecordRow(plan.number, values, refs, keys))
        self.report.statements += records.insert(self.case, run, rows)
        records.keep_reach(self.case, run, rows)  # a month's timeline reads back no further
        self.report.entities += len(plans)
        self.report.imported_rows += len(plans)

    def _row_caption(self, plan: RowPlan, linked: dict[str, str]) -> str:
        schema = self.schema
        caption = _caption(schema.caption, plan.values)
        if caption or not schema.edge:
            return caption or schema.label
        # the ends themselves, else what names them: a call's numbers, a payment's accounts
        named = [(p, str(n.value)) for p, n, _ in plan.values]
        named += [(p, self.captions.get(eid, "")) for p, eid in linked.items()]
        return edge_caption(schema, named) or schema.label


def _names(rel: RelatedPlan) -> list[str]:
    """The names a linked end is given (its name-typed values)."""
    props = get_schema(rel.schema).properties
    return [n.value for p, n, _ in rel.values if p in props and props[p].type is PropType.NAME]


def _caption(props: Sequence[str], values: Sequence[tuple[str, object, str]]) -> str:
    for prop in props:
        for p, n, _ in values:
            if p == prop:
                return str(getattr(n, "value", ""))
    return ""


def import_table(case: Case, path: Path | str, spec: ImportSpec, *, strict: bool = False,
                 fmt: TableFormat | None = None, exhibit: str | None = None,
                 handling: Handling | None = None, grade: Grade | None = None,
                 progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> ImportReport:
    """Import every row of ``path`` under ``spec``; see the module text for the steps."""
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(path, "no such file", code="table.missing")
    fmt = fmt or sniff_table(path, spec)
    spec = replace(spec, encoding=fmt.encoding if fmt.kind == "csv" else "",
                   delimiter=fmt.delimiter if fmt.kind == "csv" else "", sheet=fmt.sheet,
                   header_row=fmt.header_row)  # as chosen: 0 = found past title rows each time
    sha = file_sha256(path)
    report = ImportReport(path, sha, fmt, spec.name, strict)
    digest = spec.digest()
    known = register.find_import(case, "table", sha, digest)
    if known is not None:
        report.already_imported = True
        report.rows = known.rows
        if known.exhibit_id:
            report.exhibit = evidence.get_exhibit(case, known.exhibit_id).reference
        return report
    for before in register.list_imports(case):
        if before.kind == "table" and before.sha256 == sha and before.spec_digest != digest:
            report.earlier = (f"warning: {path.name} was imported before with specification "
                              f"{before.spec_name or '(unsaved)'} on {before.imported_at[:10]}; "
                              "records already present are not added again")
            break
    region = region_of(case)
    try:
        if strict:
            with open_table(path, fmt) as reader:
                compiled = _compile(path, spec, reader.header, region)
                _validate(reader, compiled, report, progress, cancelled)
            if report.rejected_rows:
                return report
            report.rows = report.rejected_rows = 0
        report.exhibit = intake_source(
            case, path, sha, exhibit=exhibit,
            description=f"{path.name}: table imported with specification {spec.name or '(unsaved)'}",
            cancelled=cancelled)
        with open_table(path, fmt) as reader:
            compiled = _compile(path, spec, reader.header, region)
            _load(case, path, reader, compiled, report, handling, grade, progress, cancelled,
                  import_runs.find_unfinished(case, "table", sha, digest))
    except TableError as exc:
        raise InvalidInput.carrying(path, exc) from None
    report.imported = True
    return report


def _note_errors(report: ImportReport, errors: list[CellError]) -> None:
    report.rejected_rows += 1
    room = MAX_LISTED_ERRORS - len(report.errors)
    if room > 0:
        report.errors.extend(errors[:room])


@contextlib.contextmanager
def _fewer_collections() -> Iterator[None]:
    """Python's cyclic collector stays off while rows load. A batch holds thousands of row
    plans that live until it is written; every collection walked them and found no garbage
    (the rows are freed by reference counting): at the usual threshold about a fifth of a
    call-record import's time, at a raised one (100,000) still 0.8 s of 6.4 s of CPU for
    100,000 rows. Nothing a load makes per row is a cycle: a refused row's error keeps no
    traceback (`CellError`), so memory stays bounded without the collector. A zero first
    threshold turns automatic collection off; the window's collector on the GUI thread
    (decision 52) reads the same thresholds and waits too. They come back afterwards."""
    old = gc.get_threshold()
    gc.set_threshold(0, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def compact_records(compiled: CompiledSpec) -> bool:
    """Whether the rows become compact records: a schema kept so, linking at most two
    entities it never creates, found by at most two numbers or accounts (the columns
    `store.records` indexes)."""
    spec = compiled.spec
    if spec.schema not in COMPACT_SCHEMATA or len(spec.related) > 2 or any(r.create for r in spec.related):
        return False
    keyed = {n for n, p in compiled.schema.properties.items() if p.type in (PropType.PHONE, PropType.IBAN)}
    own = [c.prop for c in spec.columns] + [p for p, _v in spec.constants]
    # the timeline finds a record by its one start date (`records.start`): no other date it shows
    props = compiled.schema.properties
    shown = [p for p in own if p in props and props[p].type is PropType.DATE
             and p not in compiled.schema.temporal_end]
    if len(shown) > 1 or any(p not in compiled.schema.temporal_start for p in shown):
        return False
    return sum(1 for p in own if p in keyed) <= 2


def _note_warnings(report: ImportReport, plan: RowPlan) -> None:
    if not plan.warnings and not plan.strict_warnings:
        return
    report.warned_rows += 1
    room = MAX_LISTED_ERRORS - len(report.warnings)
    if room > 0:
        report.warnings.extend([*plan.strict_warnings, *plan.warnings][:room])


def _validate(reader: TableReader, compiled: CompiledSpec, report: ImportReport, progress: Progress,
              cancelled: Cancelled) -> None:
    for number, cells in reader.rows():
        report.rows += 1
        result = compiled.plan(number, cells)
        if isinstance(result, list):
            _note_errors(report, result)
        elif result.strict_warnings:
            # strict: a local time that does not exist or occurs twice is a problem
            _note_errors(report, result.strict_warnings)
        if report.rows % BATCH_ROWS == 0:
            if cancelled():
                raise OperationCancelled("import")
            progress(reader.position(), reader.size * 2, f"checking: {report.rows} rows")


def _present_keys(case: Case, compiled: CompiledSpec, except_run: str = "") -> Counter[str]:
    """How often each record key occurs among the schema's entities already in the case
    (without those of the import being resumed)."""
    own, related = compiled.key_paths()
    values: dict[str, list[tuple[str, str]]] = {}
    for eid, path, value in table_records.key_values(case, compiled.schema.name, own, related,
                                                     except_run=except_run):
        values.setdefault(eid, []).append((path, value))
    return Counter(compiled.key_of(pairs) for pairs in values.values())


_TOTALS = ("rows", "imported_rows", "entities", "linked", "statements", "rejected_rows",
           "warned_rows", "present", "matched", "proposed", "ambiguous")


def _totals(report: ImportReport) -> dict[str, int]:
    return {name: getattr(report, name) for name in _TOTALS}


def _load(case: Case, path: Path, reader: TableReader, compiled: CompiledSpec, report: ImportReport,
          handling: Handling | None, grade: Grade | None, progress: Progress,
          cancelled: Cancelled, run: ImportRun | None) -> None:
    """Load the rows in chunks of CHUNK_ROWS, each its own transaction (`store.import_runs`);
    a cancel or a file that turns out unreadable rolls back every chunk already committed."""
    total = reader.size * (2 if report.strict else 1)
    base = reader.size if report.strict else 0
    prov = Provenance(author=case.user, source_exhibit=report.exhibit, grade=grade)
    loader = _Loader(case, compiled, handling or Handling(tlp=default_tlp(case)), prov, report)
    ex_id = evidence.get_exhibit(case, report.exhibit).id
    digest = compiled.spec.digest()
    resume_after = 0
    if run is None:
        run = import_runs.start(case, kind="table", sha256=report.sha256, spec_digest=digest,
                                spec_name=compiled.spec.name, file_name=path.name,
                                exhibit_id=ex_id, at=utc_now())
        present = _present_keys(case, compiled)
    else:
        resume_after = report.resumed_after = run.done_row
        loader.named = NamedEnds(case, own=import_runs.entity_ids(case, run.id, NAMED_SCHEMATA))
        loader.resumed = True
        for name in _TOTALS:
            setattr(report, name, int(run.totals.get(name, 0)))
        present = _present_keys(case, compiled, except_run=run.id)
    report.import_id = loader.import_id = run.id
    if compact_records(compiled):
        with case.transaction():
            loader.records = records.start_run(case, run.id, compiled.schema.name, prov, loader.handling,
                                               loader.tags, run.started_at)
    seen: Counter[str] = Counter()
    rows = reader.rows()
    finished = False
    try:
        with bulk_links.large_cache(case), _fewer_collections():
            while not finished:
                with import_runs.chunk(case, run) as chunk:
                    pending: list[RowPlan] = []
                    read = 0
                    last = run.done_row
                    for number, cells in rows:
                        result = compiled.plan(number, cells)
                        if number <= resume_after:
                            # a resumed import: rows a committed chunk covered count again
                            # only towards repeated records
                            if present and not isinstance(result, list):
                                seen[compiled.record_key(result)] += 1
                            if number % BATCH_ROWS == 0:
                                if cancelled():
                                    raise OperationCancelled("import")
                                progress(base + reader.position(), total,
                                         f"{report.imported_rows} rows imported")
                            continue
                        report.rows += 1
                        read += 1
                        last = number
                        if isinstance(result, list):
                            _note_errors(report, result)
                        else:
                            # with no record of the case to meet (a first file), no key is needed
                            key = compiled.record_key(result) if present else ""
                            seen[key] += 1
                            if present and seen[key] <= present[key]:
                                # an earlier file brought this record in (a repeated row counts
                                # again only beyond the times the case already holds it)
                                report.present += 1
                            else:
                                _note_warnings(report, result)
                                pending.append(result)
                        if len(pending) >= BATCH_ROWS:
                            if cancelled():
                                raise OperationCancelled("import")
                            loader.load(pending)
                            pending = []
                            progress(base + reader.position(), total,
                                     f"{report.imported_rows} rows imported")
                        if read >= CHUNK_ROWS:
                            break
                    else:
                        finished = True
                    if pending:
                        loader.load(pending)
                    if cancelled():
                        raise OperationCancelled("import")
                    if finished:
                        _finish(case, path, reader, compiled, report, ex_id)
                    chunk.advance(last, _totals(report), finished_at=utc_now() if finished else "")
    except (OperationCancelled, TableError):
        import_runs.rollback(case, run.id)
        raise
    progress(total, total, f"{report.imported_rows} rows imported")


def _finish(case: Case, path: Path, reader: TableReader, compiled: CompiledSpec,
            report: ImportReport, ex_id: str) -> None:
    """The audit record, in the last chunk's transaction (which also marks the import done
    in the register)."""
    report.skipped = reader.skipped
    if reader.format.header_row != report.format.header_row:
        report.format = reader.format  # the header was found past title rows
    audit.append(case, "collection", "table imported", target=ex_id, details={
        "file": path.name, "sha256": report.sha256, "specification": compiled.spec.name,
        "rows": report.rows, "imported_rows": report.imported_rows,
        "rejected_rows": report.rejected_rows, "warned_rows": report.warned_rows,
        "already_present": report.present,
        "entities": report.entities,
        "statements": report.statements, "format": report.format.describe(),
        "skipped_rows": len(report.skipped)})


def unfinished_imports(case: Case) -> list[ImportRun]:
    """Table imports interrupted before they finished (resume or roll back each)."""
    return import_runs.unfinished(case, "table")


def rollback_import(case: Case, import_id: str, *, progress: Progress = no_progress,
                    cancelled: Cancelled = never_cancelled) -> Rollback:
    """Delete every row an import brought in (finished or not) and record it in the audit log.

    The register forgets the file, so importing it again loads it again; the evidence
    stays (the file was received).
    """
    run = import_runs.get(case, import_id)
    done = import_runs.rollback(case, run.id, cancelled=cancelled, progress=lambda d, t: progress(
        d, t, f"{d} of {t} parts rolled back"))
    with case.transaction():
        audit.append(case, "collection", "table import rolled back", target=run.exhibit_id or "",
                     details={"import": run.id, "file": run.file_name,
                              "specification": run.spec_name, "sha256": run.sha256,
                              "entities": done.entities, "statements": done.statements})
    return done


MAX_PROBLEMS = 1000


# -- whole-file check without importing (the GUI wizard's summary page) --------------------------
@dataclass
class RowCheck:
    rows: int = 0
    rejected_rows: int = 0
    errors: list[CellError] = field(default_factory=list)  # the first MAX_PROBLEMS
    problem: str = ""  # the specification does not fit the file
    problem_error: SpecError | None = None  # the same, coded: the window words it in its language

    @property
    def ok_rows(self) -> int:
        return self.rows - self.rejected_rows


def check_rows(case: Case, path: Path, spec: ImportSpec, fmt: TableFormat, *,
               progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> RowCheck:
    """Read every row under ``spec`` and list the problems; nothing is imported."""
    out = RowCheck()
    try:
        with open_table(path, fmt) as reader:
            try:
                compiled = compile_spec(spec, reader.header, default_region=region_of(case))
            except SpecError as exc:
                out.problem, out.problem_error = str(exc), exc
                return out
            for number, cells in reader.rows():
                out.rows += 1
                result = compiled.plan(number, cells)
                if isinstance(result, list):
                    out.rejected_rows += 1
                    room = MAX_PROBLEMS - len(out.errors)
                    if room > 0:
                        out.errors.extend(result[:room])
                if out.rows % 2000 == 0:
                    if cancelled():
                        raise OperationCancelled("check")
                    progress(reader.position(), reader.size, f"{out.rows}")
            progress(reader.size, reader.size, f"{out.rows}")
    except TableError as exc:
        raise InvalidInput.carrying(path, exc) from None
    return out
