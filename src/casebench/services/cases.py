"""Create, open and inspect cases; key slot management."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from casebench.domain.handling import TLP
from casebench.store import audit, keyslots, stats
from casebench.store.case import Case, damaged_pages, read_manifest
from casebench.store.errors import InvalidInput, NotACase


def neutral_folder_name(reference: str = "") -> str:
    """A case folder name that says nothing of the operation: the file reference made safe
    for every file system, else `case-` and six random hex digits. The folder name is
    readable on disk without the passphrase, so the title never goes into it."""
    safe = "".join(c if c.isascii() and (c.isalnum() or c in "-_") else "-" for c in reference.strip())
    # cut to 60 characters, then no dash left dangling at the cut
    safe = "-".join(part for part in safe.split("-") if part)[:60].strip("-")
    return safe or f"case-{secrets.token_hex(3)}"


def create_case(path: Path | str, passphrase: str, *, user: str, title: str = "", reference: str = "",
                originator: str = "", originator_country: str = "", default_tlp: str = "AMBER") -> Case:
    try:
        tlp = TLP.parse(default_tlp)
    except ValueError as exc:
        raise InvalidInput(Path(path), str(exc)) from None
    return Case.create(path, passphrase, user=user, title=title, reference=reference,
                       originator=originator, originator_country=originator_country,
                       default_tlp=tlp.short)


def open_case(path: Path | str, passphrase: str, *, user: str, slot: str | None = None,
              read_only: bool = False) -> Case:
    """Unlock and open a case; `case.recovery` says what opening did (often nothing).

    read_only (or a folder that cannot be written): no lock file, no crash recovery, no
    audit record of the consultation (there is nowhere to write it), every change refused.
    """
    case = Case.open(path, passphrase, user=user, slot=slot, read_only=read_only)
    # A slot changed behind casebench's back may lock the case for its user: say so now.
    case.recovery += [p for p in keyslots.slot_problems(case) if "stray" not in p]
    if case.read_only:
        why = (" (the case folder cannot be written: a read-only disk or no permission)"
               if case.forced_read_only else "")
        case.recovery.append(f"opened read-only{why}: nothing can be changed, and this "
                             "consultation is not recorded in the case's audit log")
        return case
    try:
        # After a crash: close interrupted intakes, remove their unfinished blobs and
        # quarantine unlisted ones, before anyone looks.
        from casebench.services.evidence import open_evidence

        case.recovery += open_evidence(case)
        keyslots.record_missing_digests(case)
        with case.unsynced():  # durable at close (its checkpoint) or with the first change
            audit.append(case, "consultation", "case opened", target=case.case_id)
    except BaseException:
        case.close()
        raise
    return case


@dataclass(frozen=True)
class CaseInfo:
    path: Path
    case_id: str
    title: str
    reference: str
    originator: str
    originator_country: str
    default_tlp: TLP
    created_at: str
    slots: list[str]
    entities: int
    statements: int
    audit_records: int
    schema_version: int
    # calls kept as compact records (decision 53): counted among the entities; their values
    # are not counted as statements
    records: int = 0


def act_as(case: Case, actor: str) -> str:
    """From now on this session's records (audit, custody, provenance) name `actor`."""
    case.user = actor
    return actor


def opening_notes(case: Case) -> list[str]:
    """What opening did that the user must hear of (crash recovery, quarantine, read-only)."""
    return list(case.recovery)


def case_info(case: Case) -> CaseInfo:
    return CaseInfo(
        path=case.path, case_id=case.case_id, title=case.title,
        reference=case.get_meta("reference") or "", originator=case.get_meta("originator") or "",
        originator_country=case.get_meta("originator_country") or "",
        default_tlp=default_tlp(case),
        created_at=case.get_meta("created_at") or "", slots=keyslots.list_slots(case.path),
        entities=stats.live_entity_count(case),  # what count_entities answers unfiltered
        statements=stats.live_statement_count(case),
        audit_records=stats.audit_count(case),
        schema_version=stats.schema_version(case),
        records=stats.kept_count(case, "records"),
    )


def is_case_folder(path: Path | str) -> bool:
    """Whether ``path`` is a folder holding a casebench case (its manifest reads)."""
    try:
        read_manifest(Path(path))
    except NotACase:
        return False
    return True


def read_meta(path: Path | str, passphrase: str, key: str, *, user: str) -> str | None:
    """One meta value of a case that is not open: unlock, read, close (no audit record, as
    nothing of the case's content is consulted)."""
    case = Case.open(path, passphrase, user=user)
    try:
        return case.get_meta(key)
    finally:
        case.close()


def default_tlp(case: Case) -> TLP:
    return TLP.parse(case.get_meta("default_tlp"), TLP.AMBER)


def database_problems(case: Case) -> list[str]:
    bad = damaged_pages(case.conn)
    if bad:
        return [f"case.db is damaged at page {bad[0]} ({bad[1]})"]
    return stats.structure_problems(case)
