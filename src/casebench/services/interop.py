"""Data out to and in from other tools: FollowTheMoney, STIX 2.1, CASE/UCO.

Exports take a selection (everything, chosen entity ids, or a tag), write the file
atomically and are audited as disclosures. FtM import takes the file in as evidence
first, every statement pointing at its line, and - like table import - adds nothing
when the same file is imported again.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from casebench.domain.disclosure import Audience, Kind, decide, europol_code
from casebench.domain.handling import TLP, Handling
from casebench.domain.model import Entity, Provenance
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType, normalise
from casebench.exchange.checks import without_controls
from casebench.exchange.formats import caseuco, ftm, stix
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
from casebench.services.table_import import file_sha256, intake_source
from casebench.store import audit, bulk_links
from casebench.store import entities as repo
from casebench.store import import_specs as register
from casebench.store.atomic import atomic_writer, deferred_renames
from casebench.store.bulk_links import LocatedEntity, LocatedValues, StatementRow
from casebench.store.case import Case, utc_now
from casebench.store.errors import InvalidInput

__all__ = ["ExportReport", "FtmImportReport", "Selection", "export_case_uco", "export_ftm",
           "export_stix", "import_ftm", "selected_ids"]

FTM_FORMAT = "ftm-jsonl-1"


@dataclass(frozen=True)
class Selection:
    """What to export: every entity (the default), these entity ids, and/or those with a tag."""

    entity_ids: tuple[str, ...] = ()
    tag: str = ""
    # Handling ceiling: entities and values above it stay home (counted in the report).
    # Exports to other tools have no per-recipient rules, so the default is AMBER.
    max_tlp: TLP = TLP.AMBER

    def describe(self) -> str:
        parts = [f"up to {self.max_tlp.label}"]
        if self.entity_ids:
            parts.append(f"{len(self.entity_ids)} chosen entities")
        if self.tag:
            parts.append(f"tag {self.tag!r}")
        return " and ".join(parts) or "all entities"


@dataclass
class ExportReport:
    path: Path
    format: str
    entities: int = 0
    objects: int = 0  # STIX objects or JSON-LD nodes
    exhibits: int = 0
    withheld: int = 0  # entities, values or exhibits above the selection's TLP ceiling


@dataclass
class FtmImportReport:
    path: Path
    sha256: str
    exhibit: str = ""
    lines: int = 0
    entities: int = 0
    statements: int = 0
    present: int = 0  # entities already in the case (same id) that gained nothing
    updated: int = 0  # entities already in the case that gained values (a newer release)
    merged: int = 0  # lines that added to an entity of an earlier line (same id)
    refused_lines: int = 0  # lines left out whole
    problems: list[str] = field(default_factory=list)  # "line N: ..." in plain words (first 1000)
    problem_count: int = 0
    # what casebench had no place for: "Sanction.program" (FtM schema.property) -> times
    not_imported: Counter[str] = field(default_factory=Counter)
    already_imported: bool = False
    refused_all: bool = False  # strict mode found problems: nothing imported

    def summary(self) -> str:
        if self.already_imported:
            return f"{self.path.name} was already imported (exhibit {self.exhibit}); nothing added"
        if self.refused_all:
            return (f"{self.path.name}: nothing imported (--strict): {self.problem_count} "
                    "problem(s); the case is unchanged")
        return (f"{self.path.name}: {self.entities} entities imported ({self.statements} values), "
                f"{self.updated} already in the case gained values, {self.present} already in the "
                f"case unchanged, {self.merged} lines merged into an earlier line's entity, "
                f"{self.refused_lines} lines refused; source exhibit {self.exhibit}")


def selected_ids(case: Case, selection: Selection) -> list[str]:
    """Canonical ids of the selected entities, in a stable order."""
    if selection.entity_ids:
        ids = []
        for eid in selection.entity_ids:
            cid = repo.canonical_id(case, eid.strip())
            if not repo.entity_exists(case, cid):
                raise InvalidInput(case.path, f"no entity with id {eid}")
            ids.append(cid)
        if selection.tag:
            tagged = set(repo.list_entity_ids(case, tag=selection.tag))
            ids = [i for i in ids if i in tagged]
        return list(dict.fromkeys(ids))
    return repo.list_entity_ids(case, tag=selection.tag or None, order="id")


def _entities(case: Case, ids: Sequence[str], progress: Progress, cancelled: Cancelled,
              ceiling: TLP, report: ExportReport) -> Iterator[tuple[Entity, dict[str, list[str]]]]:
    """Each entity with its values under the ceiling, entity references made canonical.

    An entity above the ceiling stays home, and so does every value pointing at it.
    """
    canonical = repo.canonical_resolver(case)
    handlings = repo.entity_handlings(case)
    audience = Audience(Kind.EXPORT, max_tlp=ceiling)

    def may_go(h: Handling, origin: str, grade: str = "") -> bool:
        code = europol_code(grade)
        return decide(h, origin, audience, codes=(code,) if code else ()).allowed

    def entity_goes(eid: str) -> bool:
        h, origin = handlings.get(eid, (Handling(), ""))
        return may_go(h, origin)

    allowed = {eid for eid in ids if entity_goes(eid)}
    report.withheld += len(ids) - len(allowed)
    # read a batch at a time (compact records, decision 53, read together), never all at once
    fetched = repo.get_entities(case, [eid for eid in ids if eid in allowed])
    for n, eid in enumerate(ids, start=1):
        if cancelled():
            raise OperationCancelled("export")
        if eid not in allowed:
            continue
        ent = next(fetched)
        schema = get_schema(ent.schema)
        props: dict[str, list[str]] = {}
        for st in ent.statements:
            if st.retracted:
                continue
            value = st.value
            if not may_go(st.handling, st.provenance.origin,
                          st.provenance.grade.to_text() if st.provenance.grade else ""):
                report.withheld += 1
                continue
            if schema.properties[st.prop].type is PropType.ENTITY:
                value = canonical(value)
                if value not in allowed and not entity_goes(value):
                    report.withheld += 1
                    continue
            if value not in props.setdefault(st.prop, []):
                props[st.prop].append(value)
        if n % 200 == 0 or n == len(ids):
            progress(n, len(ids), f"{n} of {len(ids)} entities")
        if props:
            yield ent, props
        else:
            report.withheld += 1


def _disclosed(case: Case, what: str, path: Path, selection: Selection, count: int,
               justification: str) -> None:
    audit.append(case, "disclosure", what, target=path.name, justification=justification,
                 details={"file": str(path), "selection": selection.describe(), "count": count})


def _ftm_context(case: Case, ids: Sequence[str], selection: Selection,
                 cancelled: Cancelled) -> ftm.FtmExportContext:
    """The exported bank accounts' holders and captions: a payment's payer and beneficiary
    are its accounts' holders when casebench recorded only the accounts."""
    ctx = ftm.FtmExportContext()
    wanted = set(ids)
    accounts = [i for i in repo.list_entity_ids(case, schema="BankAccount") if i in wanted]
    scratch = ExportReport(Path(), "")  # the same entities are counted by the export itself
    for ent, props in _entities(case, accounts, no_progress, cancelled, selection.max_tlp, scratch):
        ctx.holders[ent.id] = props.get("holder", [])
        ctx.captions[ent.id] = ent.caption
    return ctx


def export_ftm(case: Case, path: Path | str, selection: Selection = Selection(), *,
               justification: str = "", progress: Progress = no_progress,
               cancelled: Cancelled = never_cancelled) -> ExportReport:
    """Write the selected entities as FollowTheMoney JSON lines (one entity per line)."""
    path = Path(path)
    ids = selected_ids(case, selection)
    report = ExportReport(path, "FollowTheMoney JSON lines")
    ctx = _ftm_context(case, ids, selection, cancelled)
    with deferred_renames():  # the record first, then the file gets its name
        with atomic_writer(path) as fh:
            for ent, props in _entities(case, ids, progress, cancelled, selection.max_tlp, report):
                for record in ftm.to_ftm_records(ent, props, ctx):
                    fh.write(ftm.dumps_line(record))
                report.entities += 1
        _disclosed(case, "FollowTheMoney export", path, selection, report.entities, justification)
    return report


def export_stix(case: Case, path: Path | str, selection: Selection = Selection(), *,
                justification: str = "", progress: Progress = no_progress,
                cancelled: Cancelled = never_cancelled) -> ExportReport:
    """Write a STIX 2.1 bundle of the selected entities' identities and identifiers."""
    path = Path(path)
    ids = selected_ids(case, selection)
    report = ExportReport(path, "STIX 2.1 bundle")
    entities = list(_entities(case, ids, progress, cancelled, selection.max_tlp, report))
    producer = stix.StixProducer(case.get_meta("originator") or case.user,
                                 case.case_id, stix.stix_time(utc_now()))
    # Control characters dropped, as in FtM lines and bundles: a NUL breaks receivers
    # (PostgreSQL refuses \u0000 in jsonb; XML-based tools refuse it outright).
    doc = without_controls(stix.bundle(entities, producer))
    report.entities, report.objects = len(entities), len(doc["objects"])
    with deferred_renames():  # the record first, then the file gets its name
        with atomic_writer(path) as fh:
            fh.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
        _disclosed(case, "STIX export", path, selection, report.entities, justification)
    return report


def export_case_uco(case: Case, path: Path | str, selection: Selection = Selection(), *,
                    exhibits: Sequence[str] = (), justification: str = "",
                    progress: Progress = no_progress,
                    cancelled: Cancelled = never_cancelled) -> ExportReport:
    """Write CASE/UCO JSON-LD of exhibits, their files' hashes and custody.

    Exhibits: those named, else those linked to the selected entities (or holding the
    source of their statements), else - with no selection - every exhibit.
    """
    path = Path(path)
    if exhibits:
        chosen = [evidence.get_exhibit(case, x) for x in exhibits]
    elif selection.entity_ids or selection.tag:
        ids = set(selected_ids(case, selection))
        refs = {st.provenance.source_exhibit for ent in repo.get_entities(case, list(ids))
                for st in ent.statements if st.provenance.source_exhibit}
        chosen = [x for x in evidence.list_exhibits(case)
                  if x.reference in refs or x.id in refs
                  or ids & {link.entity_id for link in evidence.get_exhibit(case, x.id).links}]
    else:
        chosen = evidence.list_exhibits(case)
    audience = Audience(Kind.EXPORT, max_tlp=selection.max_tlp)
    above = [x for x in chosen if not decide(x.handling, "", audience).allowed]
    chosen = [x for x in chosen if decide(x.handling, "", audience).allowed]
    records = []
    for n, ex in enumerate(chosen, start=1):
        if cancelled():
            raise OperationCancelled("export")
        full = evidence.get_exhibit(case, ex.id)
        records.append(caseuco.ExhibitRecord(full, evidence.content_files(case, ex.id),
                                             evidence.custody_events(case, ex.id),
                                             [link.entity_id for link in full.links]))
        progress(n, len(chosen), ex.reference)
    doc = caseuco.graph(case.case_id, case.get_meta("title") or "", case.get_meta("reference") or "",
                        records, created=utc_now())
    report = ExportReport(path, "CASE/UCO JSON-LD", exhibits=len(records), objects=len(doc["@graph"]),
                          withheld=len(above))
    doc = without_controls(doc)  # as in FtM lines, STIX and bundles
    with deferred_renames():  # the record first, then the file gets its name
        with atomic_writer(path) as fh:
            fh.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
        _disclosed(case, "CASE/UCO export", path, selection, report.exhibits, justification)
    return report


# -- FtM import ----------------------------------------------------------------------------------
FTM_BATCH = 2000  # lines planned and written together
FTM_CACHE_MIB = 48  # page cache during the load: part of the import's memory ceiling
KEEP_PROBLEMS = 1000  # problems kept for the report; the rest are counted


@dataclass
class _Seen:
    """What pass one learnt about one id: its merged schema and where its lines are."""

    schema: str
    first: int
    last: int
    count: int = 1


class _Refused(Exception):
    """A line left out whole (strict mode stops at the first)."""


def _problem(report: FtmImportReport, text: str) -> None:
    report.problem_count += 1
    if len(report.problems) < KEEP_PROBLEMS:
        report.problems.append(text)


def _lines(path: Path) -> Iterator[tuple[int, bytes, int]]:
    """(line number, line, bytes read so far), streamed."""
    done = 0
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            done += len(line)
            yield number, line, done


def _index(path: Path, report: FtmImportReport, progress: Progress, cancelled: Cancelled,
           size: int) -> tuple[dict[str, _Seen], set[int]]:
    """Pass one: every id with its merged schema (followthemoney's merge: fragments of one
    id are one entity whose schema is the most specific of theirs), and the lines refused."""
    seen: dict[str, _Seen] = {}
    refused: set[int] = set()
    for number, line, done in _lines(path):
        report.lines = number
        if number % 5000 == 0:
            if cancelled():
                raise OperationCancelled("import")
            progress(done, 2 * size, f"reading line {number}")
        try:
            parsed = ftm.parse_line(number, line)
        except ftm.FtmError as exc:
            refused.add(number)
            _problem(report, str(exc))
            if isinstance(exc, ftm.UnknownSchema):
                report.not_imported[f"{exc.schema} (schema)"] += 1
            continue
        if parsed is None:
            continue
        known = seen.get(parsed.id)
        if known is None:
            seen[parsed.id] = _Seen(parsed.schema.name, number, number)
            continue
        mine = parsed.schema
        if get_schema(known.schema).is_a(mine.name):
            pass
        elif mine.is_a(known.schema):
            known.schema = mine.name
        else:
            refused.add(number)
            _problem(report, f"line {number}: {parsed.source_id[:60]} is a {known.schema} at line "
                     f"{known.first} and cannot also be a {mine.name}; line left out")
            continue
        known.last, known.count = number, known.count + 1
    return seen, refused


class _FtmLoader:
    """Pass two: lines to statements, fragments merged, values already held skipped."""

    def __init__(self, case: Case, report: FtmImportReport, seen: dict[str, _Seen],
                 *, write: bool) -> None:
        self.case, self.report, self.seen, self.write = case, report, seen, write
        self.region = region_of(case)
        self.default = Handling(tlp=default_tlp(case))
        self.canonical = repo.canonical_resolver(case)
        self.in_case = bulk_links.existing_ids(case, seen)
        self.refs: dict[str, str | None] = {}  # references to entities only in the case
        self.created: set[str] = set()  # new entities made by this import
        self.held: dict[str, set[tuple[str, str]]] = {}  # values of entities still to merge into
        self.case_schema: dict[str, str] = {}
        self.touched: set[str] = set()  # entities whose caption may change
        self.updated: set[str] = set()

    def _target(self, raw: str) -> str | None:
        sid = ftm.stable_id(raw)
        if sid in self.seen and sid not in self.in_case:
            return sid
        if raw not in self.refs:
            found = sid if sid in self.in_case or repo.entity_exists(self.case, sid) else None
            self.refs[raw] = self.canonical(found) if found else None
        return self.refs[raw]

    def plan(self, p: ftm.FtmEntity, schema_name: str) -> list[StatementRow]:
        schema = get_schema(schema_name)
        rows: list[StatementRow] = []
        for prop, raw in p.values:
            if prop not in schema.properties:  # the case holds it as a less specific schema
                if self.write:
                    self.report.not_imported[f"{p.ftm_schema}.{prop}"] += 1
                continue
            ptype = schema.properties[prop].type
            if ptype is PropType.ENTITY:
                target = self._target(raw)
                if target is None:
                    _problem(self.report, f"line {p.line}: {prop} points to {raw[:40]}, which is "
                             "neither in the file nor in the case; left out")
                    continue
                rows.append((prop, target, raw, None, None, None))
                continue
            try:
                n = normalise(ptype, raw.strip(), default_region=self.region)
            except ValueError as exc:
                _problem(self.report, f"line {p.line}: {prop}: {exc}; left out")
                continue
            rows.append((prop, n.value, raw.strip(), n.match_key, n.sort_start, n.sort_end))
        return rows

    def _held_values(self, eid: str) -> set[tuple[str, str]]:
        values = self.held.get(eid)
        if values is None:
            values = self.held[eid] = set()
            if eid in self.in_case:
                ent = repo.get_entity(self.case, eid)
                self.case_schema[eid] = ent.schema
                values.update((st.prop, st.value) for st in ent.statements)
        return values

    def batch(self, parsed: list[ftm.FtmEntity], prov: Provenance) -> None:
        items: list[LocatedEntity] = []
        extra: list[LocatedValues] = []
        for p in parsed:
            info = self.seen[p.id]
            eid = self.canonical(p.id) if p.id in self.in_case else p.id
            if p.id in self.in_case:
                case_schema = self.case_schema.get(eid) or repo.get_entity(self.case, eid).schema
                self.case_schema[eid] = case_schema
                if not get_schema(case_schema).is_a(info.schema) and \
                        not get_schema(info.schema).is_a(case_schema):
                    self.report.refused_lines += 1
                    _problem(self.report, f"line {p.line}: {p.source_id[:60]} is a {case_schema} in "
                             f"the case, not a {info.schema}; line left out")
                    continue
                schema_name = case_schema
            else:
                schema_name = info.schema
            rows = self.plan(p, schema_name)
            merging = p.id in self.in_case or info.count > 1
            if merging:
                held = self._held_values(eid)
                fresh = []
                for row in rows:
                    if (row[0], row[1]) not in held:
                        held.add((row[0], row[1]))
                        fresh.append(row)
                rows = fresh
                if p.line == info.last:
                    self.held.pop(eid, None)  # no fragment of it left: memory stays flat
            handling = p.handling or self.default
            if eid in self.created or p.id in self.in_case:
                if rows:
                    extra.append(LocatedValues(eid, handling, f"line {p.line}", rows))
                    self.touched.add(eid)
                    if p.id in self.in_case:
                        self.updated.add(eid)
                    self.report.merged += p.id not in self.in_case
                elif p.id in self.in_case and p.line == info.last and eid not in self.updated:
                    self.report.present += 1
                continue
            if not rows:
                if p.line == info.last:
                    self.report.refused_lines += 1
                    _problem(self.report, f"line {p.line}: no value casebench can keep; entity "
                             "left out")
                continue
            self.created.add(eid)
            if info.count > 1 or get_schema(schema_name).edge:
                self.touched.add(eid)
            items.append(LocatedEntity(eid, schema_name, _caption(schema_name, rows), handling,
                                       f"line {p.line}", rows, p.tags))
        self.report.entities = len(self.created)
        self.report.updated = len(self.updated)
        if self.write and (items or extra):
            self.report.statements += bulk_links.insert_located(self.case, items, prov, extra=extra)


def _caption(schema_name: str, rows: list[StatementRow]) -> str:
    schema = get_schema(schema_name)
    for prop in schema.caption:
        for row in rows:
            if row[0] == prop and schema.properties[prop].type is not PropType.ENTITY:
                return str(row[1])
    return schema.label


def _load(case: Case, path: Path, report: FtmImportReport, seen: dict[str, _Seen],
          refused: set[int], prov: Provenance, *, write: bool, progress: Progress,
          cancelled: Cancelled, size: int) -> None:
    loader = _FtmLoader(case, report, seen, write=write)
    pending: list[ftm.FtmEntity] = []
    for number, line, done in _lines(path):
        if number in refused:
            continue
        parsed = ftm.parse_line(number, line)  # checked in pass one
        if parsed is None:
            continue
        if write:
            for prop in parsed.skipped:
                report.not_imported[f"{parsed.ftm_schema}.{prop}"] += 1
        pending.append(parsed)
        if len(pending) >= FTM_BATCH:
            if cancelled():
                raise OperationCancelled("import")
            loader.batch(pending, prov)
            pending = []
            progress(size + done, 2 * size, f"line {number}: {report.entities} entities")
    loader.batch(pending, prov)
    if write:
        repo.refresh_captions(case, loader.touched)


def import_ftm(case: Case, path: Path | str, *, exhibit: str | None = None, strict: bool = False,
               progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> FtmImportReport:
    """Import FollowTheMoney JSON lines, streamed (memory stays flat however long the file).

    Lines with one id are one entity (followthemoney's merge). An entity already in the case
    (an earlier release of the same dataset) gets only the values it does not hold yet, each
    pointing at this file and line; nothing is duplicated. ``strict``: if any line or value
    would be left out, nothing is imported and the file is not taken in.
    """
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(path, "no such file")
    sha = file_sha256(path)
    report = FtmImportReport(path, sha)
    known = register.find_import(case, "ftm", sha, FTM_FORMAT)
    if known is not None:
        report.already_imported = True
        if known.exhibit_id:
            report.exhibit = evidence.get_exhibit(case, known.exhibit_id).reference
        return report
    size = max(path.stat().st_size, 1)
    seen, refused = _index(path, report, progress, cancelled, size)
    report.refused_lines = len(refused)
    if strict:
        _load(case, path, report, seen, refused, Provenance(author=case.user), write=False,
              progress=no_progress, cancelled=cancelled, size=size)
        if report.problem_count:
            report.refused_all = True
            report.entities = report.updated = report.present = report.merged = 0
            return report
        report.entities = report.updated = report.present = report.merged = 0
    report.exhibit = intake_source(case, path, sha, exhibit=exhibit,
                                   description=f"{path.name}: FollowTheMoney entities imported",
                                   cancelled=cancelled)
    prov = Provenance(author=case.user, source_exhibit=report.exhibit)
    with bulk_links.bulk_load(case, cache_mib=FTM_CACHE_MIB):
        _load(case, path, report, seen, refused, prov, write=True, progress=progress,
              cancelled=cancelled, size=size)
        ex_id = evidence.get_exhibit(case, report.exhibit).id
        register.record_import(case, kind="ftm", sha256=sha, spec_digest=FTM_FORMAT, spec_name="",
                               file_name=path.name, exhibit_id=ex_id, at=utc_now(), rows=report.lines,
                               entities=report.entities, statements=report.statements,
                               rejected=report.refused_lines)
        audit.append(case, "collection", "FollowTheMoney imported", target=ex_id, details={
            "file": path.name, "sha256": sha, "entities": report.entities,
            "updated": report.updated, "already_present": report.present,
            "refused_lines": report.refused_lines, "problems": report.problem_count})
    progress(2 * size, 2 * size, f"{report.entities} entities imported")
    return report
