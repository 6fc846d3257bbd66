"""Data out to and in from other tools: FollowTheMoney, STIX 2.1, CASE/UCO.

Exports take a selection (everything, chosen entity ids, or a tag), write the file
atomically and are audited as disclosures. FtM import takes the file in as evidence
first, every statement pointing at its line, and - like table import - adds nothing
when the same file is imported again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from casebench.domain.disclosure import Audience, Kind, decide, europol_code
from casebench.domain.handling import TLP, Handling
from casebench.domain.model import Entity, Provenance
from casebench.domain.schema import get_schema
from casebench.domain.values import PropType, normalise
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
from casebench.store.bulk_links import LocatedEntity, StatementRow, new_id
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
    present: int = 0  # entities already in the case (same id): left as they are
    problems: list[str] = field(default_factory=list)  # "line N: ..." in plain words
    already_imported: bool = False


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
            tagged = {s.id for s in repo.list_entities(case, tag=selection.tag)}
            ids = [i for i in ids if i in tagged]
        return list(dict.fromkeys(ids))
    return [s.id for s in repo.list_entities(case, tag=selection.tag or None, order="id")]


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
    for n, eid in enumerate(ids, start=1):
        if cancelled():
            raise OperationCancelled("export")
        if eid not in allowed:
            continue
        ent = repo.get_entity(case, eid)
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


def export_ftm(case: Case, path: Path | str, selection: Selection = Selection(), *,
               justification: str = "", progress: Progress = no_progress,
               cancelled: Cancelled = never_cancelled) -> ExportReport:
    """Write the selected entities as FollowTheMoney JSON lines (one entity per line)."""
    path = Path(path)
    ids = selected_ids(case, selection)
    report = ExportReport(path, "FollowTheMoney JSON lines")
    with deferred_renames():  # the record first, then the file gets its name
        with atomic_writer(path) as fh:
            for ent, props in _entities(case, ids, progress, cancelled, selection.max_tlp, report):
                fh.write(ftm.dumps_line(ftm.to_ftm(ent, props)))
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
    doc = stix.bundle(entities, producer)
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
        refs = {st.provenance.source_exhibit for eid in ids
                for st in repo.get_entity(case, eid).statements if st.provenance.source_exhibit}
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
    with deferred_renames():  # the record first, then the file gets its name
        with atomic_writer(path) as fh:
            fh.write(json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
        _disclosed(case, "CASE/UCO export", path, selection, report.exhibits, justification)
    return report


# -- FtM import ----------------------------------------------------------------------------------
def _read_lines(path: Path, report: FtmImportReport) -> list[ftm.FtmEntity]:
    out = []
    with path.open("rb") as fh:
        for number, line in enumerate(fh, start=1):
            report.lines = number
            try:
                parsed = ftm.parse_line(number, line)
            except ftm.FtmError as exc:
                report.problems.append(str(exc))
                continue
            if parsed is not None:
                if parsed.skipped:
                    report.problems.append(f"line {number}: casebench has no "
                                           f"{parsed.schema.name} properties {', '.join(parsed.skipped)}; "
                                           "they were left out")
                out.append(parsed)
    return out


def _caption(schema_name: str, rows: list[StatementRow]) -> str:
    schema = get_schema(schema_name)
    for prop in schema.caption:
        for row in rows:
            if row[0] == prop and schema.properties[prop].type is not PropType.ENTITY:
                return str(row[1])
    return schema.label


def import_ftm(case: Case, path: Path | str, *, exhibit: str | None = None,
               progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> FtmImportReport:
    """Import FollowTheMoney JSON lines; entities already in the case (same id) are kept as they are."""
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
    parsed = _read_lines(path, report)
    progress(1, 4, f"{len(parsed)} entities read")
    report.exhibit = intake_source(case, path, sha, exhibit=exhibit,
                                   description=f"{path.name}: FollowTheMoney entities imported",
                                   cancelled=cancelled)
    present = bulk_links.existing_ids(case, [p.id for p in parsed if p.id])
    ids: dict[str, str] = {}
    for p in parsed:
        if p.id in present:
            report.present += 1
        elif p.source_id not in ids:
            ids[p.source_id] = p.id or new_id()
    region = region_of(case)
    default = Handling(tlp=default_tlp(case))
    items: list[LocatedEntity] = []
    for p in parsed:
        if p.id in present or ids.get(p.source_id) is None:
            continue
        rows: list[StatementRow] = []
        for prop, raw in p.values:
            ptype = p.schema.properties[prop].type
            if ptype is PropType.ENTITY:
                target = ids.get(raw) or (raw if raw in present or repo.entity_exists(case, raw) else None)
                if target is None:
                    report.problems.append(f"line {p.line}: {prop} points to {raw[:40]}, which is "
                                           "neither in the file nor in the case; left out")
                    continue
                rows.append((prop, target, raw, None, None, None))
                continue
            try:
                n = normalise(ptype, raw.strip(), default_region=region)
            except ValueError as exc:
                report.problems.append(f"line {p.line}: {prop}: {exc}; left out")
                continue
            rows.append((prop, n.value, raw.strip(), n.match_key, n.sort_start, n.sort_end))
        if not rows:
            report.problems.append(f"line {p.line}: no value casebench can keep; entity left out")
            ids.pop(p.source_id, None)
            continue
        items.append(LocatedEntity(ids[p.source_id], p.schema.name, _caption(p.schema.name, rows),
                                   p.handling or default, f"line {p.line}", rows, p.tags))
    if cancelled():
        raise OperationCancelled("import")
    progress(2, 4, f"storing {len(items)} entities")
    prov = Provenance(author=case.user, source_exhibit=report.exhibit)
    with bulk_links.bulk_load(case):
        for start in range(0, len(items), 5000):
            report.statements += bulk_links.insert_located(case, items[start:start + 5000], prov)
        for it in items:
            if get_schema(it.schema).edge:
                repo.refresh_caption(case, it.id)
        report.entities = len(items)
        ex_id = evidence.get_exhibit(case, report.exhibit).id
        register.record_import(case, kind="ftm", sha256=sha, spec_digest=FTM_FORMAT, spec_name="",
                               file_name=path.name, exhibit_id=ex_id, at=utc_now(), rows=report.lines,
                               entities=report.entities, statements=report.statements,
                               rejected=len(report.problems))
        audit.append(case, "collection", "FollowTheMoney imported", target=ex_id, details={
            "file": path.name, "sha256": sha, "entities": report.entities,
            "already_present": report.present, "problems": len(report.problems)})
    progress(4, 4, f"{report.entities} entities imported")
    return report
