"""`verify`: prove the case is intact — database pages, audit chain, case folder, evidence
files, custody chains and evidence content, in the order of CHECKS, so one command and one
GUI action prove everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from casebench.evidence import contentstore
from casebench.services import evidence as evidence_svc
from casebench.services.cases import database_problems
from casebench.services.progress import Cancelled, Progress, never_cancelled, no_progress
from casebench.store import audit, keyslots, packs, stats
from casebench.store.case import Case, read_manifest
from casebench.store.errors import CaseError
from casebench.store.exhibits import all_blob_ids


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)  # what was checked, in words
    quick: bool = False  # content not decrypted: see `not_proven`
    not_proven: str = ""  # what the quick mode leaves unproven, in words

    @property
    def ok(self) -> bool:
        return not self.problems


Check = Callable[[Case, VerifyReport, Progress, Cancelled, "str | None"], None]


def _database(case: Case, report: VerifyReport, progress: Progress, cancelled: Cancelled,
              exhibit: str | None) -> None:
    report.problems += database_problems(case)
    report.problems += stats.kept_count_problems(case)
    report.checked.append("database pages (SQLCipher HMAC) and structure")
    report.checked.append("kept counts (statements, entities, merges, audit records, call records)")


def _audit(case: Case, report: VerifyReport, progress: Progress, cancelled: Cancelled,
           exhibit: str | None) -> None:
    report.problems += audit.verify(case)
    report.checked.append("audit chain")


def _evidence_files(case: Case, report: VerifyReport, progress: Progress, cancelled: Cancelled,
                    exhibit: str | None) -> None:
    """Files under evidence/ that the database does not list: quarantined, unlisted, stray."""
    known = all_blob_ids(case) | packs.all_pack_ids(case)  # a pack is one file, like a blob
    for blob_id, path in contentstore.iter_blob_files(case.path):
        rel = keyslots.shown_name(path.relative_to(case.path).as_posix())
        if blob_id is None:
            report.problems.append(f"{rel}: stray file (not made by casebench, not part of the case)")
        elif blob_id not in known:
            report.problems.append(f"{rel}: evidence file that case.db does not list")
    held = contentstore.quarantined_files(case.path)
    if held:
        names = ", ".join(keyslots.shown_name(p.name) for p in held[:10]) + (", ..." if len(held) > 10 else "")
        report.problems.append(
            f"evidence/{contentstore.QUARANTINE}/ holds {len(held)} file(s) that case.db does not "
            f"list ({names}): moved there when the case was opened, probably with an older "
            "case.db; restore the matching case.db to bring them back"
        )
    report.checked.append("files under evidence/ (stray, unlisted and quarantined)")


# What a case folder holds; anything else at its top is listed as stray.
_CASE_FILES = {"case.json", "case.db", "case.db-wal", "case.db-shm", "case.lock", "keys", "evidence"}


def _case_folder(case: Case, report: VerifyReport, progress: Progress, cancelled: Cancelled,
                 exhibit: str | None) -> None:
    """Key slots (parsed, and compared with the digests case.db keeps), case.json, strays."""
    report.problems += keyslots.slot_problems(case)
    report.checked.append("key slots (structure and recorded digests)")
    try:
        manifest = read_manifest(case.path)
    except CaseError as exc:
        report.problems.append(exc.problem)
    else:
        if manifest.get("case_id") != case.case_id:
            report.problems.append(
                f"case.json: case id {str(manifest.get('case_id'))[:64]!r} differs from the "
                f"database's {case.case_id!r} (case.json was changed or belongs to another case)"
            )
    report.checked.append("case.json against the database")
    for p in sorted(case.path.iterdir()):
        if p.name not in _CASE_FILES:
            report.problems.append(
                f"{keyslots.shown_name(p.name)}: stray file in the case folder (not part of the case)"
            )


def _evidence(case: Case, report: VerifyReport, progress: Progress, cancelled: Cancelled,
              exhibit: str | None) -> None:
    """Custody chains, and the content re-hashed (the quick mode: the encrypted files
    against the SHA-256 recorded when they were written, nothing decrypted)."""
    if report.quick:
        quick = evidence_svc.quick_verify_evidence(case, exhibit, progress=progress, cancelled=cancelled)
        problems, exhibits = quick.problems, quick.exhibits
        what = [f"encrypted evidence files: {quick.files} file(s), {quick.bytes} bytes compared with the "
                "SHA-256 recorded when they were written (not decrypted)"]
        if quick.not_covered:
            what.append(f"{quick.not_covered} older encrypted file(s) have no recorded SHA-256 yet and were "
                        "not checked: a full verify checks them and records it")
    else:
        full = evidence_svc.verify_evidence(case, exhibit, progress=progress, cancelled=cancelled)
        problems, exhibits = full.problems, full.exhibits
        what = [f"evidence content: {full.files} file(s), {full.bytes} bytes re-hashed"]
    report.problems += problems
    report.checked.append(f"custody chains of {f'exhibit {exhibit}' if exhibit else f'{exhibits} exhibit(s)'}")
    report.checked += what


# Every check verify runs, in order (a new capability adds its check here). The quick
# mode runs the same checks; `_evidence` reads the report's `quick`.
CHECKS: tuple[Check, ...] = (_database, _audit, _case_folder, _evidence_files, _evidence)


def verify_case(case: Case, *, exhibit: str | None = None, quick: bool = False,
                progress: Progress = no_progress, cancelled: Cancelled = never_cancelled) -> VerifyReport:
    report = VerifyReport(quick=quick, not_proven=evidence_svc.QUICK_NOT_PROVEN if quick else "")
    for check in CHECKS:
        check(case, report, progress, cancelled, exhibit)
    return report
