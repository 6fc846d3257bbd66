"""Evidence use cases: exhibits, content intake, custody, verification, extraction.

Each is audited. Importing this module registers the evidence checks with
`casebench.services.verify`, so `verify` also re-hashes content and checks every
custody chain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from casebench.domain.dates import DateError, DateValue, PartialDate
from casebench.domain.handling import Handling
from casebench.evidence import custody as chain
from casebench.evidence import examine
from casebench.evidence import intake as intake_mod
from casebench.evidence.examine import QUICK_NOT_PROVEN, ContentCheck, ExtractError, QuickCheck
from casebench.evidence.intake import IntakeReport
from casebench.exchange import checks
from casebench.services.cases import default_tlp
from casebench.services.progress import (
    Cancelled as CancelledFn,
)
from casebench.services.progress import (
    Progress,
    never_cancelled,
    no_progress,
)
from casebench.store import audit
from casebench.store import custody as custody_repo
from casebench.store import exhibits as repo
from casebench.store.case import Case, utc_now
from casebench.store.custody import EVENT_TYPES, CustodyDraft, CustodyEvent
from casebench.store.errors import InvalidInput
from casebench.store.exhibits import EXHIBIT_TYPES, ContentFile, Exhibit, ExhibitDraft

__all__ = [
    "EVENT_TYPES",
    "EXHIBIT_TYPES",
    "QUICK_NOT_PROVEN",
    "ContentCheck",
    "ContentFile",
    "CustodyDraft",
    "CustodyEvent",
    "Exhibit",
    "ExhibitDraft",
    "ExtractError",
    "IntakeReport",
    "QuickCheck",
    "add_custody",
    "add_exhibit",
    "content_files",
    "custody_branches",
    "custody_events",
    "extract",
    "get_exhibit",
    "intake",
    "link_entity",
    "list_exhibits",
    "open_evidence",
    "seizure_moment",
    "show_exhibit",
    "verify_evidence",
]


# -- exhibits --------------------------------------------------------------------------------
def check_time_zone(case: Case, zone: str) -> None:
    """An IANA zone name (Europe/Madrid) or a fixed offset (+01:00, UTC); else a plain refusal."""
    _check_zone(case.path, zone)


def _check_zone(where: Path, zone: str) -> None:
    import re
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    text = zone.strip()
    if re.fullmatch(r"(UTC|GMT|Z|[+-](0\d|1[0-4]):?[0-5]\d)", text):
        return
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(where, f"time zone {zone!r} is unknown; write a zone such as "
                           "Europe/Madrid or an offset such as +01:00", code="time.unknown_zone", zone=zone) from None


def seizure_moment(where: Path, text: str, zone: str = "") -> DateValue:
    """When an exhibit was seized, as evidence of it must state it: a time with its offset.

    A time of day without an offset could be any of 28 hours on the timeline and in
    court; it takes its offset from ``zone`` (an IANA name or an offset) where given, at
    that date (summer time included), and is refused otherwise. A local time the clocks
    skipped or repeated in the zone is refused too: only its writer knows which it was.
    A date without a time needs no offset.
    """
    from casebench.exchange.formats.cells import dst_problem
    from casebench.exchange.formats.mapping import parse_tz

    try:
        dv = DateValue.parse(text)
    except DateError as exc:
        raise InvalidInput(where, f"seized when: {exc}") from None
    if zone.strip():
        _check_zone(where, zone)
    ends: list[PartialDate | None] = []
    for part in (dv.start, dv.end):
        if part is None or part.hour is None or part.offset_minutes is not None:
            ends.append(part)
            continue
        if not zone.strip():
            raise InvalidInput(
                where, f"seized when: {text.strip()} has a time but no time zone; write it with "
                "its offset (2024-03-11T14:05+01:00) or give the zone (Europe/Madrid)",
                code="exhibit.seized_no_zone", when=text.strip())
        tz = parse_tz(zone)  # checked above: a zone, not None
        assert tz is not None
        assert part.month is not None and part.day is not None
        naive = datetime(part.year, part.month, part.day, part.hour, part.minute or 0, part.second or 0)
        problem = dst_problem(naive, tz)
        if problem:
            raise InvalidInput(
                where, f"seized when: {text.strip()} is not one moment in {zone.strip()}; write it "
                "with its offset", code="exhibit.seized_clock_change", when=text.strip(), zone=zone.strip())
        offset = naive.replace(tzinfo=tz).utcoffset() or timedelta(0)
        ends.append(replace(part, offset_minutes=int(offset.total_seconds()) // 60))
    start = ends[0]
    assert start is not None
    return DateValue(start, ends[1], dv.approximate)


def add_exhibit(case: Case, draft: ExhibitDraft, *, links: Sequence[tuple[str, str]] = ()) -> str:
    """Record an exhibit (physical exhibits never need content); links are (entity id, role)."""
    if not draft.reference.strip():
        raise InvalidInput(case.path, "an exhibit needs a reference (e.g. MA-EX-001)", code="exhibit.no_reference")
    # A reference is a label printed on bags and cited by partners: what bundles refuse in
    # one (bundle-format §7.2) is refused here, or every bundle holding the exhibit would be.
    if len(draft.reference) > 200:
        raise InvalidInput(case.path, "an exhibit reference is at most 200 characters",
                           code="exhibit.reference_too_long")
    odd = checks.CONTROL.search(draft.reference) or checks.BIDI.search(draft.reference)
    if odd is not None:
        raise InvalidInput(case.path, f"the exhibit reference holds an invisible control character "
                           f"(U+{ord(odd.group()):04X}) that would make it read as something else",
                           code="exhibit.reference_control", char=f"U+{ord(odd.group()):04X}")
    kind = draft.type.strip().lower()
    if kind not in EXHIBIT_TYPES:
        raise InvalidInput(
            case.path,
            f"exhibit type {draft.type!r} is unknown; use one of " + ", ".join(EXHIBIT_TYPES),
            code="exhibit.unknown_type", type=draft.type, types=", ".join(EXHIBIT_TYPES),
        )
    if draft.seized_tz.strip():
        check_time_zone(case, draft.seized_tz)
    seized_utc = None
    if draft.seized_at.strip():
        dv = seizure_moment(case.path, draft.seized_at, draft.seized_tz)
        draft = replace(draft, seized_at=dv.format())
        seized_utc = dv.sort_start()
    handling = draft.handling or Handling(tlp=default_tlp(case))
    now = utc_now()
    with case.transaction():
        eid = repo.create_exhibit(
            case,
            replace(draft, type=kind),
            handling=handling,
            seized_at_utc=seized_utc,
            created_at=now,
        )
        for entity_id, role in links:
            repo.add_link(case, eid, entity_id, role, now)
        audit.append(
            case,
            "collection",
            "exhibit added",
            target=eid,
            details={"reference": draft.reference.strip(), "type": kind},
        )
    return eid


def link_entity(case: Case, exhibit: str, entity_id: str, role: str = "") -> None:
    eid = repo.resolve(case, exhibit)
    with case.transaction():
        repo.add_link(case, eid, entity_id, role, utc_now())
        audit.append(
            case,
            "alteration",
            "exhibit linked",
            target=eid,
            details={"entity": entity_id, "role": role},
        )


def show_exhibit(case: Case, exhibit: str) -> Exhibit:
    """The exhibit with tags and links (audited as a consultation)."""
    ex = repo.get_exhibit(case, exhibit)
    audit.append(case, "consultation", "exhibit viewed", target=ex.id)
    return ex


def get_exhibit(case: Case, exhibit: str) -> Exhibit:
    """The exhibit for internal use (no consultation record)."""
    return repo.get_exhibit(case, exhibit)


def list_exhibits(
    case: Case,
    *,
    text: str | None = None,
    type: str | None = None,
    tag: str | None = None,
    entity_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Exhibit]:
    return repo.list_exhibits(
        case, text=text, type=type, tag=tag, entity_id=entity_id, limit=limit, offset=offset
    )


def content_files(
    case: Case, exhibit: str, *, limit: int | None = None, offset: int = 0
) -> list[ContentFile]:
    return repo.content_files(case, repo.resolve(case, exhibit), limit=limit, offset=offset)


# -- content ---------------------------------------------------------------------------------
def open_evidence(case: Case) -> list[str]:
    """Tidy the evidence store after a crash: close interrupted intakes, remove orphan blobs.

    Call once after opening a case (the GUI and CLI do; intake does it too).
    """
    return intake_mod.recover(case)


def intake(
    case: Case,
    exhibit: str,
    paths: Sequence[Path | str],
    *,
    md5: bool = False,
    sha1: bool = False,
    progress: Progress = no_progress,
    cancelled: CancelledFn = never_cancelled,
    on_commit: Callable[[list[str]], None] | None = None,
) -> IntakeReport:
    """Hash and encrypt files and folders into the exhibit, in one pass per file.

    progress(done_bytes, total_bytes, "N of M files: path"). Cancel removes every file
    of this intake and raises OperationCancelled. Unreadable files, links out of the
    folder and special files are skipped and listed in the report.
    """
    eid = repo.resolve(case, exhibit)
    if not paths:
        raise InvalidInput(case.path, "give at least one file or folder to take in", code="intake.nothing")
    for p in paths:
        if not Path(p).exists() and not Path(p).is_symlink():
            raise InvalidInput(case.path, f"{p}: no such file or folder", code="intake.missing", source=p)
    return intake_mod.run(
        case,
        eid,
        paths,
        md5=md5,
        sha1=sha1,
        progress=progress,
        cancelled=cancelled,
        on_commit=on_commit,
    )


# -- custody ---------------------------------------------------------------------------------
def add_custody(case: Case, exhibit: str, draft: CustodyDraft) -> CustodyEvent:
    eid = repo.resolve(case, exhibit)
    with case.transaction():
        ev = chain.append(case, eid, draft)
        audit.append(
            case, "alteration", f"custody {ev.event} recorded", target=eid, details={"seq": ev.seq}
        )
    return ev


def custody_events(case: Case, exhibit: str) -> list[CustodyEvent]:
    return custody_repo.events(case, repo.resolve(case, exhibit))


def custody_branches(case: Case, exhibit: str) -> list[list[CustodyEvent]]:
    """Partners' lines that forked from this case's chain, each in order (kept, never merged)."""
    return list(custody_repo.branches(case, repo.resolve(case, exhibit)).values())


def custody_problems(case: Case, exhibit: str | None = None) -> list[str]:
    problems: list[str] = []
    eid = repo.resolve(case, exhibit) if exhibit else None
    for xid, ref, head in custody_repo.heads(case, eid):
        problems += chain.verify_chain(case, xid, ref, head)
    return problems


# -- verify and extract ------------------------------------------------------------------------
def verify_evidence(
    case: Case,
    exhibit: str | None = None,
    *,
    progress: Progress = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> ContentCheck:
    """Check custody chains and re-hash stored content; records a custody "examine" event."""
    eid = repo.resolve(case, exhibit) if exhibit else None
    # A read-only opening (a court copy) checks everything but records nothing.
    return examine.verify(case, eid, progress=progress, cancelled=cancelled, record=not case.read_only)


def quick_verify_evidence(
    case: Case,
    exhibit: str | None = None,
    *,
    progress: Progress = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> QuickCheck:
    """Custody chains and the encrypted files against their recorded SHA-256, nothing
    decrypted (QUICK_NOT_PROVEN says what that leaves unproven); records nothing."""
    eid = repo.resolve(case, exhibit) if exhibit else None
    return examine.quick_verify(case, eid, progress=progress, cancelled=cancelled)


def extract(
    case: Case,
    exhibit: str,
    dest: Path | str,
    reason: str,
    *,
    file_name: str | None = None,
    progress: Progress = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> list[Path]:
    """Write the exhibit's files (or one) under dest; a custody check-out and audit disclosure."""
    eid = repo.resolve(case, exhibit)
    return examine.extract(
        case,
        eid,
        Path(dest),
        reason,
        file_name=file_name,
        progress=progress,
        cancelled=cancelled,
    )
