"""The briefing-pack model: plain, frozen data that both renderers print as they find it.

A service builds a :class:`BriefingPack` from a case (``services.briefing``: choosing what
goes in, applying handling value by value, formatting partial dates), and
``reports.pdf.render_pdf`` / ``reports.docx.render_docx`` turn it into files. The
renderers decide nothing about handling: what is in the pack is printed, every
section that is empty is left out.

Sequences are tuples so that a pack is immutable once built. Dates that always have
day precision are ``datetime.date`` and are formatted by the renderer in the pack's
language (``reports.labels.format_date``); dates whose precision varies (birth dates,
timeline entries) are strings formatted by the builder.

Vocabulary fields (``PersonProfile.data_subject``, ``OrgProfile.kind``,
``RequestRow.kind`` and ``status``, ``ActionRow.status``) hold keys such as
``"suspect"``, ``"vessel"``, ``"mla"``, ``"pending"`` that ``labels.term`` translates;
any other value is printed verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from casebench.domain.drawing import Chart, Timeline
from casebench.domain.handling import TLP


@dataclass(frozen=True)
class PackOptions:
    """What the user chose in the print dialog."""

    language: str = "en"  # en, es, pt, fr
    max_tlp: TLP = TLP.AMBER  # items above this level are left out and counted
    recipient: str | None = None  # named recipient; printed as a watermark on RED packs
    version: str = "1.0"
    generated_on: date = field(default_factory=date.today)


@dataclass(frozen=True)
class Participant:
    name: str
    agency: str
    country: str
    role: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Forum:
    """The meeting the pack is printed for."""

    name: str
    date: date | None = None
    place: str = ""
    participants: tuple[Participant, ...] = ()  # also the distribution list
    agenda: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonProfile:
    name: str
    variants: tuple[str, ...] = ()  # every spelling, transliteration and alias on file
    birth_dates: tuple[str, ...] = ()  # formatted by the builder (precision varies)
    nationalities: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()  # e.g. "ES passport PAA123456 (2019–2029)"
    role: str = ""
    data_subject: str = ""  # suspect, convicted, victim, witness, other
    grades: tuple[str, ...] = ()  # verbatim, e.g. "B2 (Admiralty)"
    tlp: TLP = TLP.AMBER
    photo: bytes | None = None  # PNG or JPEG bytes


@dataclass(frozen=True)
class OrgProfile:
    """An organisation, company, vessel or aircraft (``kind``) with labelled details."""

    kind: str
    name: str
    details: tuple[tuple[str, str], ...] = ()  # (label, value), e.g. ("IMO", "9123456")
    tlp: TLP = TLP.AMBER


@dataclass(frozen=True)
class TimelineRow:
    when_utc: str  # formatted, precision as known, e.g. "11/03/2024 14:05 UTC"
    when_local: str  # formatted with its offset, e.g. "11/03/2024 09:05 UTC-05:00"
    what: str
    where: str = ""
    tlp: TLP = TLP.AMBER


@dataclass(frozen=True)
class Seizure:
    date: date | None
    place: str
    substance: str
    quantity: str  # as recorded, with unit: "1,250 kg", "3 packages"
    concealment: str = ""
    route: str = ""
    tlp: TLP = TLP.AMBER
    date_text: str = ""  # when set, printed instead of ``date`` (partial or approximate dates)


@dataclass(frozen=True)
class MoneyFlow:
    date: date | None
    payer: str
    beneficiary: str
    amount: Decimal
    currency: str
    purpose: str = ""
    tlp: TLP = TLP.AMBER
    date_text: str = ""  # when set, printed instead of ``date`` (partial or approximate dates)


@dataclass(frozen=True)
class CallSummary:
    """Calls between two parties in one month (the annex replaces one row per call)."""

    parties: str  # "A — B", whoever called whom
    month: str  # "March 2024" in the pack's language (CLDR), or the year when the dates are less precise
    count: int
    seconds: int  # total recorded duration; 0 when none was recorded
    tlp: TLP = TLP.AMBER


@dataclass(frozen=True)
class SeizureTotal:
    substance: str
    country: str
    quantity: str  # formatted total with its unit, e.g. "1.340 kg"
    count: int  # seizures added up


@dataclass(frozen=True)
class MoneyTotal:
    payer: str
    beneficiary: str
    amount: Decimal
    currency: str
    count: int


@dataclass(frozen=True)
class ExhibitRow:
    reference: str
    description: str
    sha256: tuple[str, ...] = ()  # one per content file
    custody: tuple[str, ...] = ()  # one line per custody event, oldest first
    tlp: TLP = TLP.AMBER


@dataclass(frozen=True)
class RequestRow:
    """A request for co-operation: MLA request, EIO, letter rogatory, JIT, police request."""

    kind: str  # mla, eio, rogatory, jit, police, interpol, europol
    reference: str
    from_: str
    to: str
    sent: date | None = None
    answered: date | None = None
    status: str = ""
    open: bool = False  # not answered, executed, refused, signed or closed
    days_pending: int | None = None  # open requests: days from sending to the pack date
    blocker: str = ""  # what holds an open request up
    sent_text: str = ""  # a sending date known only to the month or year, as known


@dataclass(frozen=True)
class ActionRow:
    action: str
    owner: str
    deadline: date | None = None
    status: str = "open"
    kind: str = "action"  # "decision" (for the forum to take) or "action"
    open: bool = True  # not done, closed or cancelled: printed under decisions to take


@dataclass(frozen=True)
class Contact:
    name: str
    agency: str
    country: str
    phone: str = ""
    email: str = ""
    role: str = ""


@dataclass(frozen=True)
class ExecutiveSummary:
    """The case's executive summary as printed: only when its TLP is within the ceiling."""

    text: str
    author: str
    tlp: TLP
    updated: date | None = None


@dataclass(frozen=True)
class ProceedingsRow:
    """One agency's state of proceedings: its open proceedings, what it contributed to the
    case (values counted from provenance) and the requests it sent and received."""

    agency: str
    country: str = ""
    proceedings: tuple[str, ...] = ()
    contributed: int = 0
    sent: tuple[str, ...] = ()  # request references, with their kind
    received: tuple[str, ...] = ()


@dataclass(frozen=True)
class HandlingNotes:
    """What the handling-instructions section prints besides the TLP meanings."""

    limits: tuple[str, ...] = ()  # written conditions and permitted purposes, as recorded
    no_judicial_use: int = 0  # items in the pack that may not be used in court
    speciality: bool = False  # material obtained through MLA/EIO requests is in the pack


@dataclass(frozen=True)
class GlossaryEntry:
    code: str
    meaning: str


@dataclass(frozen=True)
class BriefingPack:
    """Everything printed in a forum briefing pack, in DESIGN.md §6 order."""

    operation: str
    case_reference: str
    originator: str
    tlp: TLP  # overall marking: the highest level of any item included
    options: PackOptions
    forum: Forum
    handling_codes: tuple[str, ...] = ()
    purpose: tuple[str, ...] = ()  # paragraphs
    legal_basis: tuple[str, ...] = ()  # paragraphs
    country_summaries: dict[str, tuple[str, ...]] = field(default_factory=dict)
    chart: Chart | None = None
    timeline_chart: Timeline | None = None
    persons: tuple[PersonProfile, ...] = ()
    organisations: tuple[OrgProfile, ...] = ()
    timeline: tuple[TimelineRow, ...] = ()
    seizures: tuple[Seizure, ...] = ()
    money_flows: tuple[MoneyFlow, ...] = ()
    exhibits: tuple[ExhibitRow, ...] = ()
    call_summary: tuple[CallSummary, ...] = ()
    seizure_totals: tuple[SeizureTotal, ...] = ()
    money_totals: tuple[MoneyTotal, ...] = ()
    gaps: tuple[str, ...] = ()
    requests: tuple[RequestRow, ...] = ()
    actions: tuple[ActionRow, ...] = ()
    contacts: tuple[Contact, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    summary: ExecutiveSummary | None = None
    proceedings: tuple[ProceedingsRow, ...] = ()
    attendees: tuple[Contact, ...] = ()  # named participants of the forum
    handling: HandlingNotes = field(default_factory=HandlingNotes)
    grade_schemes: tuple[str, ...] = ()  # GradeScheme values used: their scales are printed
    sections: frozenset[str] | None = None  # section keys to print; None = all
    withheld_count: int = 0  # items left out because they are above options.max_tlp
    pack_id: str = ""  # printed on the cover; the audit log's disclosure record names it

    @property
    def language(self) -> str:
        return self.options.language

    @property
    def title(self) -> str:
        return self.operation

    @property
    def watermark(self) -> str | None:
        """Recipient name to print across every page: only on RED packs."""
        if self.tlp is TLP.RED and self.options.recipient:
            return self.options.recipient
        return None
