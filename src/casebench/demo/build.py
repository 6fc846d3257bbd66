"""Build the demo case "Operation Mar Azul" from its data files; the same case every time.

A realistic, entirely fictional investigation: a cocaine route from Guayaquil (Ecuador)
through Banjul (The Gambia) and the Bijagós islands (Guinea-Bissau) to Algeciras and Vigo
(Spain) and Sines (Portugal). The story is data (``casebench/resources/demo``, read by
`casebench.demo.content`); the calls and payments are drawn by `casebench.demo.generate`.

`build_demo` returns the entity ids under the data files' keys (``DemoResult.ids``) and
hands the same mapping to the exhibits (`casebench.demo.evidence`) and table imports
(`casebench.demo.tables`), which link to them.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from casebench.demo import DEMO_PASSPHRASE
from casebench.demo.content import Extra, Spec, story
from casebench.demo.evidence import add_demo_exhibits
from casebench.demo.generate import call_specs, payment_specs
from casebench.demo.tables import import_demo_tables
from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, DataSubject, Handling
from casebench.services import timeline
from casebench.services.cases import case_info, create_case, is_case_folder, read_meta
from casebench.services.entities import (
    EntityDraft,
    Source,
    add_entity,
    add_values,
    count_entities,
)
from casebench.services.errors import CaseExists, WrongPassphrase
from casebench.services.progress import (
    Cancelled,
    OperationCancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from casebench.services.settings import current_user
from casebench.services.summary import set_summary
from casebench.services.types import Case

__all__ = ["DEMO_PASSPHRASE", "DemoResult", "build_demo"]

DEMO_MARKER = "demo_case"  # meta key that tells a demo case from a real one


@dataclass(frozen=True)
class DemoResult:
    path: Path
    passphrase: str
    entities: int = 0
    statements: int = 0
    people: int = 0
    organisations: int = 0
    vessels: int = 0
    aircraft: int = 0
    vehicles: int = 0
    accounts: int = 0
    events: int = 0  # Event, Seizure, Travel and Meeting
    calls: int = 0
    payments: int = 0
    action_items: int = 0
    requests: int = 0
    dated_items: int = 0  # timeline rows
    exhibits_added: bool = False
    ids: dict[str, str] = field(default_factory=dict, repr=False)


# --- building ------------------------------------------------------------------------------


class _Builder:
    def __init__(self, case: Case, progress: Progress, cancelled: Cancelled, total: int) -> None:
        self.case = case
        self.progress = progress
        self.cancelled = cancelled
        self.total = total
        self.done = 0
        self.ids: dict[str, str] = {}

    def _tick(self, message: str) -> None:
        if self.cancelled():
            raise OperationCancelled("building the demo case")
        self.done += 1
        if self.done % 10 == 0 or self.done == self.total:
            self.progress(min(self.done, self.total), self.total, message)

    def _resolve(self, values: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(p, self.ids[v[1:]] if v.startswith("@") else v) for p, v in values]

    @staticmethod
    def _handling(
        tlp: str,
        *,
        subject: str | None = None,
        recipients: Sequence[str] = (),
        originator: str = "",
        codes: Sequence[str] = (),
    ) -> Handling:
        level = TLP.parse(tlp)
        return Handling(
            tlp=level,
            codes=tuple(codes),
            conditions=story().red_conditions if level is TLP.RED else "",
            originator=originator or story().originator,
            data_subject=DataSubject(subject) if subject else None,
            named_recipients=tuple(recipients),
        )

    def _source(
        self,
        *,
        tlp: str,
        grade: str | None,
        locator: str = "",
        author: str = "",
        subject: str | None = None,
        recipients: Sequence[str] = (),
        originator: str = "",
        codes: Sequence[str] = (),
    ) -> Source:
        return Source(
            grade=Grade.from_text(grade) if grade else None,
            locator=locator,
            author=author or None,
            handling=self._handling(
                tlp, subject=subject, recipients=recipients, originator=originator, codes=codes
            ),
        )

    def add(self, spec: Spec) -> str:
        handling = self._handling(
            spec.tlp,
            subject=spec.subject,
            recipients=spec.recipients,
            originator=spec.originator,
            codes=spec.codes,
        )
        source = self._source(
            tlp=spec.tlp,
            grade=spec.grade,
            locator=spec.locator,
            author=spec.author,
            subject=spec.subject,
            recipients=spec.recipients,
            originator=spec.originator,
            codes=spec.codes,
        )
        draft = EntityDraft(spec.schema, self._resolve(spec.values), list(spec.tags), handling)
        eid = add_entity(self.case, draft, source)
        for extra in spec.extras:
            self.add_extra(eid, extra, subject=spec.subject)
        self.ids[spec.key] = eid
        self._tick(spec.key)
        return eid

    def add_extra(self, eid: str, extra: Extra, subject: str | None = None) -> None:
        source = self._source(
            tlp=extra.tlp,
            grade=extra.grade,
            locator=extra.locator,
            author=extra.author,
            subject=subject,
            recipients=extra.recipients,
            originator=extra.originator,
        )
        add_values(self.case, eid, self._resolve(extra.values), source)


# --- the folder ------------------------------------------------------------------------------


def _clear_existing(path: Path, passphrase: str, replace: bool) -> None:
    """Make room for the demo; delete only an earlier demo case, never anything else."""
    if not (path.exists() or path.is_symlink()):
        return
    if path.is_dir() and not path.is_symlink() and not any(path.iterdir()):
        return
    if not replace:
        raise CaseExists(path, "already exists; replace it to build the demo case again", code="demo.exists")
    if path.is_symlink() or not path.is_dir():
        raise CaseExists(path, "is not a casebench case folder; refusing to delete it")
    if not is_case_folder(path):
        raise CaseExists(path, "is not a casebench case folder; refusing to delete it")
    try:
        is_demo = read_meta(path, passphrase, DEMO_MARKER, user=current_user()) == "1"
    except WrongPassphrase:
        raise CaseExists(
            path, "is a case that does not open with the demo passphrase; refusing to delete it"
        ) from None
    if not is_demo:
        raise CaseExists(path, "is a casebench case but not a demo case; refusing to delete it")
    shutil.rmtree(path)


def _scaled(progress: Progress, lo: int, hi: int, total: int) -> Progress:
    def report(done: int, part_total: int, message: str) -> None:
        frac = done / part_total if part_total else 1.0
        progress(lo + round((hi - lo) * min(frac, 1.0)), total, message)

    return report


def _specs(rng: random.Random) -> list[Spec]:
    return [*story().entities, *call_specs(rng), *payment_specs(rng)]


def build_demo(
    path: Path,
    *,
    passphrase: str = DEMO_PASSPHRASE,
    replace: bool = False,
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
    evidence: bool = True,
) -> DemoResult:
    """Build the demo case at ``path`` (a new folder) and close it; the same case every time.

    ``evidence=False`` leaves out the exhibits and the imported tables (tests about entities
    only, where the evidence part would only cost time)."""
    path = Path(path)
    _clear_existing(path, passphrase, replace)
    path.parent.mkdir(parents=True, exist_ok=True)  # `make demo` builds into ./demo/
    fixed = story()
    specs = _specs(random.Random(fixed.seed))
    total = 1000
    entity_part = 800
    case = create_case(
        path,
        passphrase,
        user=current_user(),
        title=fixed.title,
        reference=fixed.reference,
        originator=fixed.originator,
        originator_country=fixed.originator_country,
        default_tlp=fixed.default_tlp,
    )
    try:
        case.set_meta(DEMO_MARKER, "1")
        builder = _Builder(case, _scaled(progress, 0, entity_part, total), cancelled, len(specs))
        with case.transaction():
            for spec in specs:
                builder.add(spec)
            _add_later_values(builder)
        _write_summary(case)
        if evidence:
            add_demo_exhibits(case, builder.ids, cancelled=cancelled,
                                            progress=_scaled(progress, entity_part, 930, total))
            # The operator's call records and the bank statement arrive as files and are
            # imported through saved specifications, as an investigator would.
            import_demo_tables(case, builder.ids, progress=_scaled(progress, 930, total, total),
                               cancelled=cancelled)
        result = _result(case, passphrase, builder.ids, evidence)
        progress(total, total, "demo case ready")
    except BaseException:
        if case.is_open:
            case.close()
        shutil.rmtree(path, ignore_errors=True)
        raise
    case.close()
    return result


def _write_summary(case: Case) -> None:
    """The executive summary the case officer keeps for the forum (by her login)."""
    fixed = story()
    user, case.user = case.user, fixed.summary_author
    try:
        set_summary(case, fixed.summary, fixed.summary_tlp)
    finally:
        case.user = user


def _add_later_values(builder: _Builder) -> None:
    """Values that later analysis added (say, a burner phone attributed to a suspect)."""
    for later in story().later_values:
        builder.add_extra(builder.ids[later.entity], later.extra)


def _result(case: Case, passphrase: str, ids: dict[str, str], exhibits: bool) -> DemoResult:
    def n(*schemata: str) -> int:
        return count_entities(case, schema=list(schemata))

    info = case_info(case)
    return DemoResult(
        path=case.path,
        passphrase=passphrase,
        entities=info.entities,
        statements=info.statements,
        people=n("Person"),
        organisations=n("Organization", "Company", "PublicBody", "LegalEntity"),
        vessels=n("Vessel"),
        aircraft=n("Airplane"),
        vehicles=n("Vehicle"),
        accounts=n("BankAccount", "CryptoWallet"),
        events=n("Event", "Seizure", "Travel", "Meeting"),
        calls=n("Call"),
        payments=n("Payment"),
        action_items=n("ActionItem"),
        requests=n("Request"),
        dated_items=timeline.count(case),
        exhibits_added=exhibits,
        ids=dict(ids),
    )
