"""`verify`: prove the case is intact — database pages, audit chain, and every registered check.

Other capabilities (evidence content, custody chains) add their checks to CHECKS,
so one command and one GUI action prove everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from casebench.services.cases import database_problems
from casebench.services.progress import Cancelled, Progress, never_cancelled, no_progress
from casebench.store import audit
from casebench.store.case import Case


@dataclass
class VerifyReport:
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)  # what was checked, in words

    @property
    def ok(self) -> bool:
        return not self.problems


Check = Callable[[Case, VerifyReport, Progress, Cancelled, "str | None"], None]


def _database(case: Case, report: VerifyReport, progress: Progress, cancelled: Cancelled,
              exhibit: str | None) -> None:
    report.problems += database_problems(case)
    report.checked.append("database pages (SQLCipher HMAC) and structure")


def _audit(case: Case, report: VerifyReport, progress: Progress, cancelled: Cancelled,
           exhibit: str | None) -> None:
    report.problems += audit.verify(case)
    report.checked.append("audit chain")


CHECKS: list[Check] = [_database, _audit]


def register_check(check: Check) -> None:
    if check not in CHECKS:
        CHECKS.append(check)


def verify_case(case: Case, *, exhibit: str | None = None, progress: Progress = no_progress,
                cancelled: Cancelled = never_cancelled) -> VerifyReport:
    report = VerifyReport()
    _load_plugins()
    for check in CHECKS:
        check(case, report, progress, cancelled, exhibit)
    return report


def _load_plugins() -> None:
    """Import the service modules that register checks (evidence, ...), if present."""
    import importlib

    for name in ("casebench.services.evidence",):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
