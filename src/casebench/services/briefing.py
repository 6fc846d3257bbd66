"""Forum briefing packs built from a case (DESIGN.md §6), and printing them.

:func:`build_pack` turns a case into the plain ``reports.pack.BriefingPack`` that the
PDF and Word renderers print; :func:`render_pack` builds, renders and records the
printing as an audit *disclosure* naming the pack id.

What goes in:

* **Selection** — the whole case, a saved chart's entities, chosen entities with their
  neighbourhood (links followed ``depth`` times), or a date range. A date range on its
  own selects the dated items in the range and what they link to; with another
  selection it drops dated items outside the range. Requests, action items and contact
  points concern the whole case and are always included (subject to handling).
* **Handling** — see ``services.briefing_view``: items and single values above
  ``max_tlp`` are left out and counted (``BriefingPack.withheld_count``, printed as a
  note on the cover). A RED pack needs a named recipient, printed as a watermark.
* **Forum** — from a Meeting in the case (``meeting_id``; without one, the case's most
  recent meeting), or entered (``forum``). A Meeting's ``participants`` values written
  ``CC: delegation`` give the distribution list and the forum's countries; items whose
  handling denies one of those countries are left out.
* **Intelligence gaps** — Note entities tagged ``gap`` (also ``intelligence-gap`` or
  ``gaps``): name and description, and the entity they are about.
* **Contact points** — public bodies in the case, and persons tagged ``contact-point``.
* **Photos** — a Person's ``photo`` value names an exhibit file, ``REF/FILE`` (or just
  ``REF`` for the exhibit's first image); PNG and JPEG content is read from the
  encrypted evidence store in memory, when the exhibit itself may be printed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import tempfile
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Literal

from casebench.domain.captions import UNKNOWN_END, compose
from casebench.domain.countries import lookup_country
from casebench.domain.dates import DateError, DateValue, PartialDate, Precision
from casebench.domain.disclosure import fold_name
from casebench.domain.drawing import Timeline, TimelineItem
from casebench.domain.grading import SCHEME_TITLES, Grade, GradeScheme
from casebench.domain.handling import TLP, Handling
from casebench.domain.ordering import name_key
from casebench.domain.values import PropType
from casebench.evidence import packs
from casebench.evidence.hashing import file_sha256
from casebench.reports import labels, vocab
from casebench.reports.content import SECTIONS
from casebench.reports.docx import render_docx
from casebench.reports.glossary import glossary_entries
from casebench.reports.labels import LANGUAGES
from casebench.reports.pack import (
    ActionRow,
    BriefingPack,
    CallSummary,
    Contact,
    ExhibitRow,
    Forum,
    GlossaryEntry,
    HandlingNotes,
    MoneyFlow,
    MoneyTotal,
    OrgProfile,
    PackOptions,
    Participant,
    PersonProfile,
    ProceedingsRow,
    RequestRow,
    Seizure,
    SeizureTotal,
    TimelineRow,
)
from casebench.reports.pack import ExecutiveSummary as PackSummary
from casebench.reports.pdf import render_pdf
from casebench.services import charts as chart_service
from casebench.services import evidence as evidence_service
from casebench.services import summary as summary_service
from casebench.services.briefing_chart import build_graph, network_chart
from casebench.services.briefing_view import CaseView, Ceiling, Item, load_view
from casebench.services.progress import (
    Cancelled,
    OperationCancelled,
    Progress,
    never_cancelled,
    no_progress,
)
from casebench.store import audit
from casebench.store import exchange as xrepo
from casebench.store import exhibits as exhibit_repo
from casebench.store.atomic import fsync_dir
from casebench.store.case import Case
from casebench.store.entities import list_entity_ids
from casebench.store.errors import InvalidInput

__all__ = ["LANGUAGES", "SECTIONS", "ForumDetails", "PackRequest", "Selection", "build_pack", "print_packs", "render_pack"]

log = logging.getLogger(__name__)

GAP_TAGS = frozenset({"gap", "gaps", "intelligence-gap"})
CONTACT_TAG = "contact-point"
MAX_PHOTO_BYTES = 8 * 1024 * 1024
MAX_HASHES_PER_EXHIBIT = 12
MAX_TIMELINE_ITEMS = 36
_TIMELINE_KINDS = frozenset({"Event", "Seizure", "Travel", "Meeting", "Request"})
_SCHEME_SHORT = {GradeScheme.ADMIRALTY: "Admiralty", GradeScheme.UK_3X5X2: "UK 3x5x2",
                 GradeScheme.UK_5X5X5: "UK 5x5x5", GradeScheme.EUROPOL_4X4: "Europol 4x4"}
_COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "mainCountry", "flag")
_ORG_KINDS = (("Vessel", "vessel"), ("Airplane", "aircraft"), ("Company", "company"),
              ("Organization", "organisation"), ("LegalEntity", "organisation"))
_REQUEST_KINDS = {"mla": "mla", "eio": "eio", "jit": "jit", "police": "police", "rogatory": "rogatory",
                  "letter_rogatory": "rogatory", "rogatory_letter": "rogatory", "oei": "eio"}


@dataclass(frozen=True)
class Selection:
    """Which part of the case the pack covers; all empty means the whole case."""

    chart: str | None = None  # a saved chart's name
    entity_ids: tuple[str, ...] = ()
    depth: int = 1  # links followed from entity_ids
    date_from: str | None = None  # dates as the user types them (2024-03, 11/03/2024 ...)
    date_to: str | None = None


@dataclass(frozen=True)
class ForumDetails:
    """Forum details entered by hand (instead of a Meeting in the case)."""

    name: str
    date: date | None = None
    place: str = ""
    participants: tuple[Participant, ...] = ()
    agenda: tuple[str, ...] = ()


@dataclass(frozen=True)
class PackRequest:
    selection: Selection = field(default_factory=Selection)
    max_tlp: TLP = TLP.AMBER
    language: str = "en"
    recipient: str | None = None  # required when max_tlp is RED
    version: str = "1.0"
    meeting_id: str | None = None
    forum: ForumDetails | None = None
    purpose: tuple[str, ...] = ()  # paragraphs added before the meeting's own description
    generated_on: date | None = None  # default: today
    sections: frozenset[str] | None = None  # reports.content.SECTIONS keys to print; None = all
    second_language: str | None = None  # bilingual pack: the whole pack again in this language

    @property
    def languages(self) -> tuple[str, ...]:
        """The pack's languages in print order (one, or two for a bilingual pack)."""
        if self.second_language and self.second_language != self.language:
            return (self.language, self.second_language)
        return (self.language,)


# -- dates ---------------------------------------------------------------------------------

def _zone(minutes: int) -> str:
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _fmt_part(p: PartialDate, lang: str, *, utc: bool) -> str:
    if p.precision is Precision.YEAR:
        return f"{p.year:04d}"
    if p.month is not None and p.day is None:  # "agosto de 2023": CLDR's words, as the window shows it
        return vocab.month(p.year, p.month, lang)
    if p.hour is None:
        return f"{p.day:02d}/{p.month:02d}/{p.year:04d}"
    if utc and p.offset_minutes is not None:
        dt = p.earliest_utc()
        y, mo, d, h, mi, sec = dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second
    else:
        y, mo, d, h, mi, sec = p.year, p.month or 1, p.day or 1, p.hour, p.minute or 0, p.second or 0
    text = f"{d:02d}/{mo:02d}/{y:04d} {h:02d}:{(mi or 0):02d}"
    if p.second is not None:
        text += f":{sec or 0:02d}"
    if p.offset_minutes is None:
        return text + (" (UTC?)" if utc else "")
    return text + (" UTC" if utc else " " + _zone(p.offset_minutes))


def format_datevalue(dv: DateValue, lang: str, *, utc: bool = False) -> str:
    """dd/mm/yyyy at the precision known, a month in words in ``lang`` ("agosto de 2023",
    `reports.vocab.month`); "~" marks approximate dates, "–" ranges."""
    text = _fmt_part(dv.start, lang, utc=utc)
    if dv.end is not None:
        text += " – " + _fmt_part(dv.end, lang, utc=utc)
    return ("~" + text) if dv.approximate else text


def _parse(value: str) -> DateValue | None:
    try:
        return DateValue.parse(value)
    except (DateError, ValueError):
        return None


def _day(dv: DateValue | None) -> date | None:
    """The calendar day, when the date is exactly one known day."""
    if dv is None or dv.end is not None or dv.approximate or dv.precision < Precision.DAY:
        return None
    s = dv.start
    assert s.month is not None and s.day is not None
    return date(s.year, s.month, s.day)


def _date_and_text(value: str, lang: str) -> tuple[date | None, str]:
    dv = _parse(value)
    if dv is None:
        return None, value
    d = _day(dv)
    return (d, "") if d is not None else (None, format_datevalue(dv, lang))


# -- small helpers -------------------------------------------------------------------------

def _grade_text(g: Grade) -> str:
    return f"{g.value} ({_SCHEME_SHORT.get(g.scheme, SCHEME_TITLES[g.scheme])})"


def _country(code: str, lang: str) -> str:
    return vocab.country(code, lang) or code.upper()


def _number(value: str, lang: str) -> str:
    return vocab.number(value, lang)


def _strip_number(text: str) -> str:
    return re.sub(r"^\s*\d+[.)]\s*", "", text)


def _tick(progress: Progress, cancelled: Cancelled, lo: int, hi: int) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if cancelled():
            raise OperationCancelled("building the briefing pack")
        frac = done / total if total else 1.0
        progress(lo + round((hi - lo) * min(frac, 1.0)), 1000, "reading the case")
    return report


def _localise_captions(view: CaseView, lang: str) -> None:
    """Relationship captions in the pack's language ("A llamó a B").

    A payment recorded from a bank statement names accounts, not people: its ends are
    then the accounts' holders (else the account itself), never "…" (`UNKNOWN_END`).
    """
    for it in view.items.values():
        if it.schema.edge is None:
            continue
        ends: list[str] = []
        for role in it.schema.edge:
            names = [view.caption(v) for v in it.values(role) if view.caption(v)]
            if not names and it.schema.name == "Payment":
                names = _account_parties(view, it.values(f"{role}Account"))
            if not names and it.schema.name == "Call":
                names = it.values("callerNumber" if role == "caller" else "receiverNumber")
            ends.append(", ".join(names) or UNKNOWN_END)
        it.caption = compose(it.schema, ends, vocab.edge_label(lang, it.schema.name, it.schema.edge_label))


def _account_parties(view: CaseView, account_ids: Iterable[str]) -> list[str]:
    """Holders of the given accounts; an account without a known holder by its number."""
    out: list[str] = []
    for aid in account_ids:
        acc = view.get(aid)
        if acc is None:
            continue
        holders = [view.caption(h) for h in acc.values("holder") if view.caption(h)]
        ident = acc.first("iban") or acc.first("accountNumber") or acc.caption
        for name in holders or [ident]:
            if name not in out:
                out.append(name)
    return out


# -- the forum -----------------------------------------------------------------------------

def _participant(text: str, lang: str) -> Participant:
    code, sep, rest = text.partition(":")
    cc = lookup_country(code.strip()) if sep and len(code.strip()) <= 3 else None
    if cc is None:
        return Participant(name="", agency=text.strip(), country="")
    return Participant(name="", agency=rest.strip(), country=_country(cc, lang))


def _forum_countries(meeting: Item | None) -> frozenset[str]:
    out: set[str] = set()
    for text in meeting.values("participants") if meeting else ():
        code, sep, _ = text.partition(":")
        cc = lookup_country(code.strip()) if sep and len(code.strip()) <= 3 else None
        if cc:
            out.add(cc.lower())
    return frozenset(out)


def _meeting_forum(m: Item, lang: str) -> Forum:
    dv = _parse(m.first("date") or m.first("startDate"))
    place = m.first("place")
    country = m.first("country")
    if country:
        place = f"{place}, {_country(country, lang)}" if place else _country(country, lang)
    return Forum(
        name=m.first("forum") or m.caption,
        date=date(dv.start.year, dv.start.month or 1, dv.start.day or 1) if dv else None,
        place=place,
        participants=tuple(_participant(p, lang) for p in m.values("participants")),
        agenda=tuple(_strip_number(a) for a in m.values("agenda")),
    )


# -- selection -----------------------------------------------------------------------------

def _in_range(it: Item, lo: str | None, hi: str | None) -> bool | None:
    """True/False for a dated item; None when the item carries no date of its own."""
    if not it.schema.temporal_start or it.is_a("ActionItem", "Request"):
        return None
    bounds = [dv for p in it.schema.temporal_start for v in it.values(p) if (dv := _parse(v))]
    if not bounds:
        return None
    return any((lo is None or dv.sort_end() >= lo) and (hi is None or dv.sort_start() <= hi)
               for dv in bounds)


def _scope(case: Case, view: CaseView, sel: Selection, graph: Any) -> set[str]:
    lo = DateValue.parse(sel.date_from).sort_start() if sel.date_from else None
    hi = DateValue.parse(sel.date_to).sort_end() if sel.date_to else None
    dated = lo is not None or hi is not None
    if sel.chart:
        saved = chart_service.load_chart(case, sel.chart)
        base = {view.canon(n) for n in saved.node_ids}
    elif sel.entity_ids:
        start = [view.canon(e) for e in sel.entity_ids]
        missing = [e for e in sel.entity_ids if view.get(e) is None]
        if len(missing) == len(start):
            raise InvalidInput(case.path, "none of the chosen entities may go in this pack "
                               "(unknown ids, or above the maximum TLP)", code="pack.nothing_allowed")
        base = set(graph.expand(start, max(0, sel.depth)))
    elif dated:
        hits = {i for i, it in view.items.items() if _in_range(it, lo, hi)}
        base = set(graph.expand(hits, 1)) | hits
        for i in hits:  # a relationship's ends
            it = view.items[i]
            for role in it.schema.edge or ():
                base |= {view.canon(v) for v in it.values(role)}
    else:
        return set(view.items)
    base = {b for b in base if b in view.items}
    # relationships between selected entities, and what hangs off them
    for i, it in view.items.items():
        if it.schema.edge is not None:
            ends = [{view.canon(v) for v in it.values(r)} for r in it.schema.edge]
            if all(e & base for e in ends if e) and any(ends):
                base.add(i)
        elif it.is_a("Identification") and {view.canon(h) for h in it.values("holder")} & base:
            base.add(i)
    if dated:
        base = {b for b in base if _in_range(view.items[b], lo, hi) is not False}
    return base


# -- sections ------------------------------------------------------------------------------

def _photo(case: Case, ceiling: Ceiling, ref: str) -> bytes | None:
    exhibit, _, name = ref.partition("/")
    try:
        ex = exhibit_repo.get_exhibit(case, exhibit.strip())
    except Exception:  # unknown reference: the profile is printed without a photo
        return None
    if not ceiling.allows(ex.handling):
        return None
    files = exhibit_repo.content_files(case, ex.id, name=name.strip() or None)
    where = packs.locate(case, ((f.blob_id, f.size) for f in files))
    for f in files:
        if f.size > MAX_PHOTO_BYTES:
            continue
        # copied block by block: a view of a stand-alone blob lives only while a few more are read
        data = b"".join(bytes(b) for b in packs.open_content(case.path, where[f.blob_id], case.evidence_key))
        if data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff"):
            return data
    return None


def _persons(case: Case, view: CaseView, scope: set[str], ceiling: Ceiling,
             lang: str) -> list[PersonProfile]:
    docs: dict[str, list[str]] = defaultdict(list)
    doc_births: dict[str, list[str]] = defaultdict(list)
    for doc in view.of_schema("Identification", ids=scope):
        kind = vocab.word(lang, doc.first("type") or ("passport" if doc.is_a("Passport")
                                                       else doc.schema.label.lower()))
        span = " – ".join(format_datevalue(dv, lang) for v in (doc.first("startDate"), doc.first("endDate"))
                          if v and (dv := _parse(v)))
        text = " ".join(x for x in (doc.first("country").upper(), kind, doc.first("number")) if x)
        if doc.first("authority"):
            text += f", {doc.first('authority')}"
        if span:
            text += f" ({span})"
        for h in doc.values("holder"):
            docs[view.canon(h)].append(text)
            doc_births[view.canon(h)] += doc.values("birthDate")
    order = {"suspect": 0, "convicted": 1, "witness": 2, "victim": 3, "other": 4}
    out: list[tuple[tuple[int, str], PersonProfile]] = []
    for p in view.of_schema("Person", ids=scope):
        names = [*p.values("name"), *p.values("alias"), *p.values("weakAlias"),
                 *p.values("previousName")]
        variants = [n for i, n in enumerate(names) if n != p.caption and n not in names[:i]]
        births = []
        for v in [*p.values("birthDate"), *doc_births.get(p.id, [])]:
            dv = _parse(v)
            d = _day(dv)
            text = labels.format_date(d, lang) if d else (format_datevalue(dv, lang) if dv else v)
            if text not in births:
                births.append(text)
        nats = list(dict.fromkeys(_country(c, lang) for c in [*p.values("nationality"),
                                                        *p.values("citizenship")]))
        documents = [*docs.get(p.id, []), *(f"passport {n}" for n in p.values("passportNumber"))]
        subject = p.handling.data_subject.value if p.handling.data_subject else p.first("dataSubject")
        grades = sorted({_grade_text(s.provenance.grade) for s in p.statements
                         if s.provenance.grade is not None})
        photo = None
        for ref in p.values("photo"):
            photo = _photo(case, ceiling, ref)
            if photo:
                break
        prof = PersonProfile(
            name=p.caption, variants=tuple(variants), birth_dates=tuple(births),
            nationalities=tuple(nats), documents=tuple(dict.fromkeys(documents)),
            role="; ".join(p.values("role")), data_subject=subject, grades=tuple(grades),
            tlp=p.tlp, photo=photo)
        out.append(((order.get(subject, 5), p.caption.casefold()), prof))
    return [prof for _, prof in sorted(out, key=lambda x: x[0])]


_SKIP_DETAILS = frozenset({"name", "photo", "topics", "keywords"})


def _details(view: CaseView, it: Item, relations: list[tuple[str, str]],
             lang: str) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    for prop_name, prop in it.schema.properties.items():
        if prop_name in _SKIP_DETAILS:
            continue
        vals = it.values(prop_name)
        if not vals:
            continue
        if prop.type is PropType.ENTITY:
            shown = [view.caption(v) for v in vals if view.caption(v)]
        elif prop.type is PropType.COUNTRY:
            shown = [_country(v, lang) for v in vals]
        elif prop.type is PropType.DATE:
            shown = [format_datevalue(dv, lang) if (dv := _parse(v)) else v for v in vals]
        elif prop.type is PropType.NUMBER:
            shown = [_number(v, lang) for v in vals]
        else:
            shown = vals
        if shown:
            rows.append((vocab.prop_label(lang, prop_name, prop.label), "; ".join(shown)))
    return (*rows, *relations)


def _organisations(view: CaseView, scope: set[str], lang: str) -> list[OrgProfile]:
    relations: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for rel in view.of_schema("Ownership", "Directorship", "Membership", "Employment",
                              "Representation", ids=scope):
        assert rel.schema.edge is not None
        src, dst = rel.schema.edge
        role = rel.first("role") or rel.first("ownershipType")
        pct = rel.first("percentage")
        for a in rel.values(src):
            for b in rel.values(dst):
                text = view.caption(a) + (f" ({role})" if role else "") + (f", {pct} %" if pct else "")
                relations[view.canon(b)].append(
                    (vocab.schema_label(lang, rel.schema.name, rel.schema.label), text))
    for acc in view.of_schema("BankAccount", "CryptoWallet", ids=scope):
        ident = acc.first("iban") or acc.first("accountNumber") or acc.first("publicKey") or acc.caption
        bank = acc.first("bankName") or acc.first("currency")
        for h in acc.values("holder"):
            relations[view.canon(h)].append((vocab.schema_label(lang, acc.schema.name, acc.schema.label),
                                             f"{ident} ({bank})" if bank else ident))
    out: list[OrgProfile] = []
    seen: set[str] = set()
    for schema_name, kind in _ORG_KINDS:
        for it in sorted(view.of_schema(schema_name, ids=scope), key=lambda i: (name_key(i.caption), i.id)):
            if it.id in seen or it.is_a("PublicBody", "Person"):
                continue
            seen.add(it.id)
            out.append(OrgProfile(kind=kind, name=it.caption,
                                  details=_details(view, it, relations.get(it.id, []), lang),
                                  tlp=it.tlp))
    return out


def _timeline(view: CaseView, scope: set[str], lo: str | None, hi: str | None,
              lang: str) -> tuple[list[TimelineRow], Timeline | None]:
    rows: list[tuple[str, TimelineRow, TimelineItem]] = []
    for i in scope:
        it = view.items[i]
        if not it.schema.temporal_start or it.is_a("ActionItem", "Call"):
            continue  # calls are counted per pair and month in their annex
        prop = next((p for p in it.schema.temporal_start if it.values(p)), None)
        if prop is None:
            continue
        end_dv = next((dv for p in it.schema.temporal_end for v in it.values(p) if (dv := _parse(v))),
                      None)
        where = it.first("place") or ", ".join(view.caption(v) for v in it.values("location"))
        if not where and it.first("country"):
            where = _country(it.first("country"), lang)
        what = f"{vocab.schema_label(lang, it.schema.name, it.schema.label)}: {it.caption}"
        for n, s in enumerate(it.stmts(prop)):
            dv = _parse(s.value)
            if dv is None:
                continue
            if (lo and dv.sort_end() < lo) or (hi and dv.sort_start() > hi):
                continue
            when_utc = format_datevalue(dv, lang, utc=True)
            when_local = format_datevalue(dv, lang)
            end = dv.latest_utc() if dv.end is not None else None
            if end_dv is not None:
                when_utc += " – " + format_datevalue(end_dv, lang, utc=True)
                when_local += " – " + format_datevalue(end_dv, lang)
                end = max(end_dv.latest_utc(), dv.earliest_utc())
            row = TimelineRow(when_utc, when_local, what, where, it.tlp)
            item = TimelineItem(id=f"{it.id}:{n}", label=it.caption, kind=it.schema.name,
                                start_utc=dv.earliest_utc(), end_utc=end,
                                approximate=dv.approximate or dv.precision < Precision.DAY,
                                when=when_utc,
                                lane=vocab.schema_plural(lang, it.schema.name, it.schema.plural),
                                tlp=it.tlp)
            rows.append((dv.sort_start(), row, item))
    rows.sort(key=lambda r: (r[0], r[1].what))
    if not rows:
        return [], None
    return [r[1] for r in rows], _timeline_chart([r[2] for r in rows])


def _timeline_chart(items: list[TimelineItem]) -> Timeline | None:
    """Events, seizures, travel, meetings and requests; at most MAX_TIMELINE_ITEMS.

    Calls, payments and relationship dates would crowd the drawing: they are in the
    table. Beyond the cap, seizures and meetings are kept first, then the latest events.
    """
    chosen = [i for i in items if i.kind in _TIMELINE_KINDS]
    if len(chosen) > MAX_TIMELINE_ITEMS:
        first = [i for i in chosen if i.kind in ("Seizure", "Meeting")][:MAX_TIMELINE_ITEMS]
        rest = [i for i in chosen if i.kind not in ("Seizure", "Meeting")]
        keep = {id(i) for i in first + rest[len(rest) - (MAX_TIMELINE_ITEMS - len(first)):]}
        chosen = [i for i in chosen if id(i) in keep]
    return Timeline.from_items(chosen) if chosen else None


def _seizures(view: CaseView, scope: set[str], lang: str) -> list[Seizure]:
    out: list[tuple[str, Seizure]] = []
    for it in view.of_schema("Seizure", ids=scope):
        raw = it.first("date") or it.first("startDate")
        d, text = _date_and_text(raw, lang) if raw else (None, "")
        dv = _parse(raw) if raw else None
        qty = " ".join(x for x in (_number(it.first("quantity"), lang) if it.first("quantity") else "",
                                   vocab.word(lang, it.first("unit"))) if x)
        place = it.first("place") or ", ".join(view.caption(v) for v in it.values("location"))
        out.append((dv.sort_start() if dv else "~", Seizure(
            date=d, date_text=text, place=place, substance=it.first("substance"), quantity=qty,
            concealment=it.first("concealment"), route=it.first("route"), tlp=it.tlp)))
    return [s for _, s in sorted(out, key=lambda x: x[0])]


def _seizure_totals(view: CaseView, scope: set[str], lang: str) -> list[SeizureTotal]:
    """Quantities added up per substance, country and unit (units are never mixed)."""
    sums: dict[tuple[str, str, str], list[Any]] = {}
    for it in view.of_schema("Seizure", ids=scope):
        try:
            qty = Decimal(it.first("quantity"))
        except InvalidOperation:
            continue
        if not qty.is_finite():
            continue
        substance = it.first("substance") or "?"
        key = (substance, it.first("country"), it.first("unit"))
        entry = sums.setdefault(key, [Decimal(0), 0])
        entry[0] += qty
        entry[1] += 1
    rows = [SeizureTotal(substance=sub, country=_country(cc, lang) if cc else "",
                         quantity=" ".join(x for x in (_number(str(total), lang),
                                                       vocab.word(lang, unit)) if x),
                         count=n)
            for (sub, cc, unit), (total, n) in sums.items()]
    return sorted(rows, key=lambda r: (name_key(r.substance), r.country))


def _money_totals(flows: list[MoneyFlow]) -> list[MoneyTotal]:
    """Payments added up per payer, beneficiary and currency, largest first."""
    sums: dict[tuple[str, str, str], list[Any]] = {}
    for m in flows:
        entry = sums.setdefault((m.payer, m.beneficiary, m.currency), [Decimal(0), 0])
        entry[0] += m.amount
        entry[1] += 1
    rows = [MoneyTotal(a, b, total, cur, n) for (a, b, cur), (total, n) in sums.items()]
    return sorted(rows, key=lambda r: (r.currency, -r.amount, name_key(r.payer)))


def _call_ends(view: CaseView, call: Item, role: str) -> str:
    names = [view.caption(v) for v in call.values(role) if view.caption(v)]
    if not names:
        names = call.values("callerNumber" if role == "caller" else "receiverNumber")
    return ", ".join(names) or UNKNOWN_END


def _call_summary(view: CaseView, scope: set[str], lo: str | None,
                  hi: str | None, lang: str) -> list[CallSummary]:
    """Calls per pair of parties (either direction) and month, with their total duration."""
    groups: dict[tuple[tuple[int, int], str, str], list[Any]] = {}
    for it in view.of_schema("Call", ids=scope):
        dv = _parse(it.first("date") or it.first("startDate"))
        if dv is not None and ((lo and dv.sort_end() < lo) or (hi and dv.sort_start() > hi)):
            continue
        if dv is None:
            month, order = "?", (10000, 0)
        elif dv.precision >= Precision.MONTH:
            assert dv.start.month is not None
            month, order = vocab.month(dv.start.year, dv.start.month, lang), (dv.start.year, dv.start.month)
        else:
            month, order = f"{dv.start.year:04d}", (dv.start.year, 0)
        a, b = sorted((_call_ends(view, it, "caller"), _call_ends(view, it, "receiver")),
                      key=name_key)
        entry = groups.setdefault((order, a, b), [month, 0, 0, TLP.CLEAR])
        entry[1] += 1
        try:
            entry[2] += max(0, int(Decimal(it.first("duration") or "0")))
        except (InvalidOperation, ValueError):
            pass
        entry[3] = max(entry[3], it.tlp)
    return [CallSummary(f"{a} — {b}", month, n, secs, tlp)
            for (_, a, b), (month, n, secs, tlp) in sorted(groups.items())]


def _party(view: CaseView, payment: Item, role: str) -> str:
    """Payer or beneficiary: the entity named, else the holder of the account used."""
    names = [view.caption(v) for v in payment.values(role) if view.caption(v)]
    return ", ".join(names or _account_parties(view, payment.values(f"{role}Account"))) or UNKNOWN_END


def _money(view: CaseView, scope: set[str], lang: str) -> list[MoneyFlow]:
    out: list[tuple[str, MoneyFlow]] = []
    for it in view.of_schema("Payment", ids=scope):
        try:
            amount = Decimal(it.first("amount") or "0")
        except InvalidOperation:
            amount = Decimal(0)
        raw = it.first("date") or it.first("startDate")
        d, text = _date_and_text(raw, lang) if raw else (None, "")
        dv = _parse(raw) if raw else None
        out.append((dv.sort_start() if dv else "~", MoneyFlow(
            date=d, date_text=text,
            payer=_party(view, it, "payer"), beneficiary=_party(view, it, "beneficiary"),
            amount=amount, currency=it.first("currency"), purpose=it.first("purpose"), tlp=it.tlp)))
    return [m for _, m in sorted(out, key=lambda x: x[0])]


BRANCH_MARK = "↳"


def _custody_line(ev: Any, lang: str) -> str:
    dv = _parse(ev.at)
    when = format_datevalue(dv, lang) if dv else ev.at
    who_from = " / ".join(x for x in (ev.from_person, ev.from_org) if x)
    who_to = " / ".join(x for x in (ev.to_person, ev.to_org) if x)
    text = f"{when} {vocab.word(lang, ev.event)}"
    if who_from or who_to:
        text += f": {who_from or '—'} → {who_to or '—'}"
    if ev.place:
        text += f", {ev.place}"
    if ev.seal_after:
        text += f" [{vocab.word(lang, 'seal no.')} {ev.seal_after}]"
    if ev.matched is not None:
        text += " [hash ✓]" if ev.matched else " [hash ✗]"
    return text


def _exhibits(case: Case, view: CaseView, scope: set[str], ceiling: Ceiling,
              whole: bool, lang: str) -> tuple[list[ExhibitRow], int]:
    rows: list[ExhibitRow] = []
    withheld = 0
    for ex in evidence_service.list_exhibits(case):
        if not whole and not any(view.canon(link.entity_id) in scope for link in ex.links):
            continue
        if not ceiling.allows(ex.handling):
            withheld += 1
            continue
        files = exhibit_repo.content_files(case, ex.id, limit=MAX_HASHES_PER_EXHIBIT + 1)
        hashes = [f"{f.rel_path or f.name}\n{f.sha256}" for f in files[:MAX_HASHES_PER_EXHIBIT]]
        if ex.files > MAX_HASHES_PER_EXHIBIT:
            hashes.append(f"(+{ex.files - MAX_HASHES_PER_EXHIBIT} {vocab.word(lang, 'files')})")
        custody = [_custody_line(ev, lang) for ev in evidence_service.custody_events(case, ex.id)]
        # A partner's line that forked from ours is printed after it, marked, never merged in:
        # the court sees both as they were recorded. (↳, not the window's ⑂: DejaVu has no ⑂.)
        for line in evidence_service.custody_branches(case, ex.id):
            custody.append(f"{BRANCH_MARK} {vocab.word(lang, 'Line kept from a partner, forked from ours')}:")
            custody += [f"{BRANCH_MARK} {_custody_line(ev, lang)}" for ev in line]
        desc = ex.description or ex.type
        if ex.seal_numbers:
            desc += " — " + ", ".join(ex.seal_numbers)
        rows.append(ExhibitRow(ex.reference, desc, tuple(hashes), tuple(custody), ex.tlp))
    return rows, withheld


_CLOSED_REQUEST = frozenset({"answered", "executed", "refused", "signed", "closed", "withdrawn",
                             "done", "rejected", "cancelled"})
_CLOSED_ACTION = frozenset({"done", "closed", "cancelled", "withdrawn"})


def _request_kind(value: str) -> str:
    key = value.strip().lower().replace(" ", "_")
    return _REQUEST_KINDS.get(key, value)


def _requests(view: CaseView, today: date, lang: str) -> list[RequestRow]:
    """Every request for co-operation; open ones with the days they have waited.

    A request is open until it has an answer date or a closing status (answered,
    executed, refused, signed, closed ...). Days pending count from the sending day to
    the pack's date; a sending date known only to the month prints as known, no count.
    """
    out: list[tuple[str, RequestRow]] = []
    for r in view.of_schema("Request"):
        kind = r.first("requestType")
        sent_dv = _parse(r.first("sentDate")) if r.first("sentDate") else None
        sent = _day(sent_dv)
        answered = _day(_parse(r.first("answeredDate"))) if r.first("answeredDate") else None
        status = r.first("status")
        is_open = not r.first("answeredDate") and status.strip().lower() not in _CLOSED_REQUEST
        days = (today - sent).days if is_open and sent is not None and sent <= today else None
        names = [view.caption(v) for v in r.values("requester") if view.caption(v)]
        to_names = [view.caption(v) for v in r.values("requested") if view.caption(v)]
        out.append((r.first("sentDate"), RequestRow(
            kind=_request_kind(kind), reference=r.first("reference") or r.caption,
            from_=r.first("fromAuthority") or "; ".join(names),
            to=r.first("toAuthority") or "; ".join(to_names), sent=sent,
            answered=answered, status=status, open=is_open, days_pending=days,
            blocker="; ".join(r.values("blocker")) if is_open else "",
            sent_text=format_datevalue(sent_dv, lang) if sent_dv is not None and sent is None else "")))
    return [row for _, row in sorted(out, key=lambda x: x[0])]


def _actions(view: CaseView, meeting: Item | None) -> list[ActionRow]:
    items = view.of_schema("ActionItem")
    if meeting is not None and any(view.canon(m) == meeting.id for a in items
                                   for m in a.values("meeting")):
        items = [a for a in items if any(view.canon(m) == meeting.id for m in a.values("meeting"))
                 or not a.values("meeting")]
    rows = []
    for a in items:
        status = (a.first("status") or "open").strip()
        kind = "decision" if a.first("actionType").strip().lower() == "decision" else "action"
        rows.append((a.first("deadline"), ActionRow(
            action=a.caption, owner="; ".join(a.values("owner")),
            deadline=_day(_parse(a.first("deadline"))) if a.first("deadline") else None,
            status=status.replace(" ", "_"), kind=kind,
            open=status.lower().replace("_", " ") not in _CLOSED_ACTION)))
    # decisions first, then by due date (undated last)
    return [r for _, r in sorted(rows, key=lambda x: (x[1].kind != "decision", x[0] or "~"))]


def _agency_of(view: CaseView, person: Item) -> str:
    """The organisation a person works for or belongs to (Employment, Membership)."""
    for rel in view.of_schema("Employment", "Membership"):
        assert rel.schema.edge is not None
        src, dst = rel.schema.edge
        if person.id in {view.canon(v) for v in rel.values(src)}:
            names = [view.caption(v) for v in rel.values(dst) if view.caption(v)]
            if names:
                return ", ".join(names)
    return ""


def _person_contact(view: CaseView, it: Item, lang: str) -> Contact:
    return Contact(
        name=it.caption, agency=_agency_of(view, it) or it.first("sector"),
        country=", ".join(_country(c, lang) for c in it.values("country")),
        phone=", ".join(it.values("phone")), email=", ".join(it.values("email")),
        role="; ".join([*it.values("position"), *it.values("role")]))


def _attendees(view: CaseView, meeting: Item | None, lang: str) -> list[Contact]:
    """The forum's named participants (a Meeting's ``attendee`` values), as the pack may
    print them: a participant or a value above the ceiling is simply not there."""
    if meeting is None:
        return []
    out = []
    for eid in meeting.values("attendee"):
        it = view.get(eid)
        if it is not None and it.is_a("Person"):
            out.append(_person_contact(view, it, lang))
    return sorted(out, key=lambda c: (c.country, name_key(c.agency), name_key(c.name)))


def _contacts(view: CaseView, lang: str, skip: frozenset[str] = frozenset()) -> list[Contact]:
    out = []
    for it in view.items.values():
        if it.id in skip:
            continue
        if it.is_a("PublicBody"):
            out.append(Contact(
                name=it.caption, agency=it.first("sector") or it.first("position"),
                country=", ".join(_country(c, lang) for c in it.values("country")),
                phone=", ".join(it.values("phone")), email=", ".join(it.values("email"))))
        elif it.is_a("Person") and CONTACT_TAG in it.tags:
            out.append(_person_contact(view, it, lang))
    return sorted(out, key=lambda c: (c.country, name_key(c.name)))


# -- state of proceedings -------------------------------------------------------------------

def _name_parts(text: str) -> set[str]:
    """A name and its parts as compared: "Europol / MAOC-N" → {"europol / maoc-n",
    "europol", "maoc-n"}; brackets split too ("UCNM (Policía Nacional)")."""
    whole = fold_name(text)
    parts = {fold_name(p) for p in re.split(r"[/;,()]|\s[–-]\s", text)}
    return {x for x in {whole, *parts} if x}


def _attribution(case: Case, s: Any, own: str, senders: dict[str, str]) -> str:
    """Who contributed a value: the originator written on its handling, else the partner
    workbench it came from, else this case's originator."""
    if s.handling.originator.strip():
        return s.handling.originator.strip()
    origin = s.provenance.origin
    if origin:
        if origin not in senders:
            senders[origin] = xrepo.sender_label(case, origin) or origin
        return senders[origin]
    return own


def _proceedings(case: Case, view: CaseView, lang: str, first: str) -> list[ProceedingsRow]:
    """Per agency: its open proceedings, the values it contributed (from provenance)
    and the requests it sent and received. Agencies with none of these are left out;
    contributors that are not an agency in the case get a row of their own."""
    agencies = sorted(view.of_schema("PublicBody"), key=lambda a: (name_key(a.caption), a.id))
    keys: dict[str, str] = {}  # folded name -> agency id
    for a in agencies:
        for prop in ("name", "alias", "weakAlias", "previousName"):
            for v in a.values(prop):
                keys.setdefault(fold_name(v), a.id)
    own = case.get_meta("originator") or ""
    senders: dict[str, str] = {}
    counts: dict[str, int] = defaultdict(int)  # agency id or contributor text -> values
    for it in view.items.values():
        for s in it.statements:
            who = _attribution(case, s, own, senders)
            if not who:
                continue
            hit = next((keys[k] for k in _name_parts(who) if k in keys), None)
            counts[hit or who] += 1
    sent: dict[str, list[str]] = defaultdict(list)
    received: dict[str, list[str]] = defaultdict(list)
    for r in sorted(view.of_schema("Request"), key=lambda r: r.first("sentDate")):
        label = f"{labels.term(lang, _request_kind(r.first('requestType')))} {r.first('reference') or r.caption}"
        for v in r.values("requester"):
            sent[view.canon(v)].append(label.strip())
        for v in r.values("requested"):
            received[view.canon(v)].append(label.strip())
    rows: list[tuple[tuple[bool, str, str], ProceedingsRow]] = []
    for a in agencies:
        row = ProceedingsRow(
            agency=a.caption, country=", ".join(_country(c, lang) for c in a.values("country")),
            proceedings=tuple(a.values("proceedings")), contributed=counts.pop(a.id, 0),
            sent=tuple(sent.get(a.id, ())), received=tuple(received.get(a.id, ())))
        if row.proceedings or row.contributed or row.sent or row.received:
            cc = a.first("country")
            rows.append(((cc != first, row.country, a.caption.casefold()), row))
    for who, n in counts.items():
        if who not in view.items:  # a contributor that is not an agency in the case
            rows.append(((True, "~", who.casefold()), ProceedingsRow(agency=who, contributed=n)))
    return [r for _, r in sorted(rows, key=lambda x: x[0])]


def _handling_notes(used: Iterable[Item], requests: list[RequestRow]) -> HandlingNotes:
    """Use limits recorded on what the pack carries, as written by the originators."""
    limits: list[str] = []
    no_court = 0
    for it in used:
        hs = [it.handling, *(s.handling for s in it.statements)]
        if any(h.no_judicial_use for h in hs):
            no_court += 1
        for h in hs:
            for text in (h.conditions.strip(), h.permitted_purpose.strip()):
                if text and text not in limits:
                    limits.append(text)
    speciality = any(r.kind in ("mla", "eio", "rogatory") for r in requests)
    return HandlingNotes(tuple(limits), no_court, speciality)


def _summary(case: Case, ceiling: Ceiling) -> tuple[PackSummary | None, int]:
    """The executive summary when the handling decision lets its TLP through; else
    (None, 1) so that the cover counts it with the rest of what was left out."""
    saved = summary_service.get_summary(case)
    if saved is None:
        return None, 0
    if not ceiling.allows(Handling(tlp=saved.tlp)):
        return None, 1
    author = saved.author.split(" · key ")[0]  # the investigator, not key and login
    try:
        updated: date | None = date.fromisoformat(saved.updated_at[:10])
    except ValueError:
        updated = None
    return PackSummary(saved.text, author, saved.tlp, updated), 0


def _gaps(view: CaseView, scope: set[str], whole: bool) -> list[str]:
    out = []
    for it in view.of_schema("Note"):
        if not (it.tags & GAP_TAGS):
            continue
        about = [view.canon(e) for e in it.values("entity")]
        if not whole and about and not set(about) & scope:
            continue
        text = it.first("name")
        desc = it.first("description") or it.first("summary") or it.first("notes")
        if desc and desc != text:
            text = f"{text}: {desc}" if text else desc
        names = [view.caption(e) for e in about if view.caption(e)]
        if names:
            text += f" ({', '.join(names)})"
        out.append(text)
    return out


def _country_summaries(view: CaseView, scope: set[str], lang: str,
                       first: str) -> dict[str, tuple[str, ...]]:
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    keys = (("Person", "people"), ("Vessel", "group_vessel"), ("Airplane", "group_aircraft"),
            ("Company", "group_company"), ("Organization", "group_organisation"))
    for i in scope:
        it = view.items[i]
        key = next((k for s, k in keys if it.is_a(s) and not it.is_a("PublicBody")), None)
        if key is None and it.is_a("Seizure"):
            key = "seizures"
        if key is None:
            continue
        countries = list(dict.fromkeys(c for p in _COUNTRY_PROPS for c in it.values(p)))[:1]
        if key == "seizures":
            raw = it.first("date")
            when = format_datevalue(dv, lang) if raw and (dv := _parse(raw)) else ""
            qty = " ".join(x for x in (_number(it.first("quantity"), lang) if it.first("quantity")
                                       else "", vocab.word(lang, it.first("unit")),
                                       it.first("substance")) if x)
            label = ", ".join(x for x in (when, it.first("place"), qty) if x) or it.caption
        else:
            role = it.first("role") or it.first("sector")
            label = f"{it.caption} ({role})" if role else it.caption
        for c in countries:
            groups[c][key].append(label)
    for r in view.of_schema("Request"):
        for c in r.values("country"):
            status = labels.term(lang, r.first("status")) if r.first("status") else ""
            groups[c]["requests"].append(
                f"{r.first('reference') or r.caption}" + (f" ({status})" if status else ""))
    order = sorted(groups, key=lambda c: (c != first, -sum(len(v) for v in groups[c].values()), c))
    out: dict[str, tuple[str, ...]] = {}
    for c in order:
        paras = []
        for key in ("people", "group_organisation", "group_company", "group_vessel",
                    "group_aircraft", "seizures", "requests"):
            vals = sorted(groups[c].get(key, []), key=name_key)
            if vals:
                paras.append(f"{labels.text(lang, key)} ({len(vals)}): " + "; ".join(vals) + ".")
        out[_country(c, lang)] = tuple(paras)
    return out


def _glossary(view: CaseView, used: Iterable[Item], extra_tlps: Iterable[TLP],
              lang: str) -> tuple[list[GlossaryEntry], list[str]]:
    tlps: set[TLP] = set(extra_tlps)
    grades: set[Grade] = set()
    codes: dict[str, str] = {}
    handlings: list[Handling] = []
    for it in used:
        tlps.add(it.tlp)
        handlings.append(it.handling)
        for s in it.statements:
            tlps.add(s.tlp)
            handlings.append(s.handling)
            if s.provenance.grade is not None:
                grades.add(s.provenance.grade)
    for h in handlings:
        for c in h.codes:
            if not codes.get(c):
                codes[c] = h.conditions
    # grades are explained by their schemes' full scales (reports.content), not one by one
    rows = glossary_entries(lang, tlps, (), sorted(codes.items()))
    return [GlossaryEntry(c, m) for c, m in rows], sorted(codes)


# -- the pack ------------------------------------------------------------------------------

def _latest_meeting(view: CaseView) -> Item | None:
    meetings = [(_parse(m.first("date") or m.first("startDate")), m) for m in view.of_schema("Meeting")]
    dated = [(dv.sort_start(), m) for dv, m in meetings if dv]
    if dated:
        return max(dated, key=lambda x: x[0])[1]
    return meetings[0][1] if meetings else None


def build_pack(case: Case, options: PackRequest, *, progress: Progress = no_progress,
               cancelled: Cancelled = never_cancelled) -> BriefingPack:
    """The briefing pack for ``options``, with the handling rules applied (nothing is written)."""
    lang = labels.check_language(options.language)
    if options.max_tlp is TLP.RED and not (options.recipient or "").strip():
        raise InvalidInput(case.path, "a RED pack needs a named recipient", code="pack.red_needs_recipient")
    sel = options.selection
    for bound in (sel.date_from, sel.date_to):
        if bound:
            try:
                DateValue.parse(bound)
            except DateError as exc:
                raise InvalidInput(case.path, f"date range: {exc}") from None
    ids = list_entity_ids(case)  # the calls kept as records too, after the entities
    # First a view without country restrictions, to read the meeting and its countries.
    tick = _tick(progress, cancelled, 0, 200)
    base = Ceiling(options.max_tlp, options.recipient)
    view = load_view(case, base, ids, tick=tick)
    meeting: Item | None = None
    if options.meeting_id:
        meeting = view.get(options.meeting_id)
        if meeting is None or not meeting.is_a("Meeting"):
            raise InvalidInput(case.path, f"{options.meeting_id} is not a meeting this pack may "
                               "show (unknown id, not a Meeting, or above the maximum TLP)",
                               code="pack.not_a_meeting", id=options.meeting_id)
    elif options.forum is None:
        meeting = _latest_meeting(view)
    countries = _forum_countries(meeting)
    ceiling = replace(base, countries=countries)
    if countries:
        view = load_view(case, ceiling, ids)
        meeting = view.get(meeting.id) if meeting else None
    if options.forum is not None:
        f = options.forum
        forum = Forum(f.name, f.date, f.place, f.participants, tuple(_strip_number(a) for a in f.agenda))
    elif meeting is not None:
        forum = _meeting_forum(meeting, lang)
    else:
        forum = Forum(name=labels.text(lang, "briefing_pack"))
    progress(220, 1000, "choosing what goes in")
    _localise_captions(view, lang)
    graph = build_graph(view, lang)
    scope = _scope(case, view, sel, graph)
    whole = not (sel.chart or sel.entity_ids or sel.date_from or sel.date_to)
    lo = DateValue.parse(sel.date_from).sort_start() if sel.date_from else None
    hi = DateValue.parse(sel.date_to).sort_end() if sel.date_to else None
    if cancelled():
        raise OperationCancelled("building the briefing pack")

    positions = chart_service.load_chart(case, sel.chart).positions if sel.chart else None
    # Officers taking part and contact points are listed as such, not charted or profiled.
    officials = {i for i, it in view.items.items() if it.is_a("Person") and CONTACT_TAG in it.tags}
    if meeting is not None:
        officials |= {view.canon(a) for a in meeting.values("attendee")}
    chart = network_chart(graph, scope - officials, title=case.title or "", positions=positions)
    persons = _persons(case, view, scope - officials, ceiling, lang)
    orgs = _organisations(view, scope, lang)
    timeline, timeline_chart = _timeline(view, scope, lo, hi, lang)
    exhibits, ex_withheld = _exhibits(case, view, scope, ceiling, whole, lang)
    today = options.generated_on or date.today()
    requests = _requests(view, today, lang)
    actions = _actions(view, meeting)
    attendees = _attendees(view, meeting, lang)
    attendee_ids = frozenset(view.canon(a) for a in meeting.values("attendee")) if meeting else frozenset()
    contacts = _contacts(view, lang, skip=attendee_ids)
    summary, summary_withheld = _summary(case, ceiling)
    money = _money(view, scope, lang)
    gaps = _gaps(view, scope, whole)
    progress(260, 1000, "sections ready")

    used_ids = set(scope) | {r.id for r in view.of_schema("Request", "ActionItem", "PublicBody")}
    if meeting is not None:
        used_ids.add(meeting.id)
    used = [view.items[i] for i in used_ids if i in view.items]
    glossary, codes = _glossary(view, used, [*(e.tlp for e in exhibits), *([summary.tlp] if summary else [])], lang)
    schemes = sorted({s.provenance.grade.scheme.value for it in used for s in it.statements
                      if s.provenance.grade is not None})
    level = max([TLP.CLEAR, *(it.tlp for it in used), *(e.tlp for e in exhibits),
                 *([summary.tlp] if summary else [])])
    purpose = [*options.purpose]
    if meeting is not None:
        purpose += [*meeting.values("summary"), *meeting.values("description")]
    legal = [f"{labels.term(lang, r.kind)} {r.reference}: {r.from_} → {r.to}"
             + (f" ({labels.term(lang, r.status)})" if r.status else "")
             for r in requests if r.kind in ("mla", "eio", "jit", "rogatory")]
    return BriefingPack(
        operation=case.title or case.get_meta("reference") or "",
        case_reference=case.get_meta("reference") or "",
        originator=case.get_meta("originator") or "",
        tlp=level,
        options=PackOptions(language=lang, max_tlp=options.max_tlp, recipient=options.recipient,
                            version=options.version,
                            generated_on=options.generated_on or date.today()),
        forum=forum,
        handling_codes=tuple(codes),
        purpose=tuple(purpose),
        legal_basis=tuple(legal),
        country_summaries=_country_summaries(view, scope - officials, lang,
                                             (case.get_meta("originator_country") or "").lower()),
        chart=chart,
        timeline_chart=timeline_chart,
        persons=tuple(persons),
        organisations=tuple(orgs),
        timeline=tuple(timeline),
        seizures=tuple(_seizures(view, scope, lang)),
        money_flows=tuple(money),
        money_totals=tuple(_money_totals(money)) if len(money) > 1 else (),
        seizure_totals=tuple(_seizure_totals(view, scope, lang)),
        call_summary=tuple(_call_summary(view, scope, lo, hi, lang)),
        exhibits=tuple(exhibits),
        gaps=tuple(gaps),
        requests=tuple(requests),
        actions=tuple(actions),
        contacts=tuple(contacts),
        glossary=tuple(glossary),
        summary=summary,
        proceedings=tuple(_proceedings(case, view, lang,
                                       (case.get_meta("originator_country") or "").lower())),
        attendees=tuple(attendees),
        handling=_handling_notes(used, requests),
        grade_schemes=tuple(schemes),
        sections=options.sections,
        withheld_count=view.withheld + ex_withheld + summary_withheld,
        pack_id=uuid.uuid4().hex[:16],
    )


def _record(case: Case, request: PackRequest, pack: BriefingPack, fmt: str, name: str,
            sha256: str, languages: tuple[str, ...] = ()) -> None:
    """The audit log's disclosure record for one printed pack (CLI and window alike)."""
    sel = request.selection
    audit.append(case, "disclosure", "briefing pack printed", target=pack.pack_id, details={
        "pack_id": pack.pack_id, "format": fmt, "file": name, "sha256": sha256,
        "language": pack.language, "languages": list(languages or (pack.language,)),
        "generated_on": pack.options.generated_on.isoformat(), "tlp": pack.tlp.short, "max_tlp": request.max_tlp.short,
        "recipient": request.recipient or "", "forum": pack.forum.name,
        "meeting": request.meeting_id or "", "version": request.version,
        "withheld": pack.withheld_count,
        "sections": sorted(request.sections) if request.sections is not None else "all",
        "selection": {"chart": sel.chart or "", "entities": list(sel.entity_ids),
                      "depth": sel.depth, "from": sel.date_from or "", "to": sel.date_to or ""},
        "counts": {"persons": len(pack.persons), "organisations": len(pack.organisations),
                   "timeline": len(pack.timeline), "exhibits": len(pack.exhibits)},
    })


def render_pack(case: Case, request: PackRequest, out: Path, fmt: Literal["pdf", "docx"] | str, *,
                progress: Progress = no_progress,
                cancelled: Cancelled = never_cancelled) -> BriefingPack:
    """Build the pack, write it to ``out`` (atomically) and record the disclosure.

    Cancelling leaves no file behind and raises ``OperationCancelled``; a pack that
    cannot be laid out raises ``InvalidInput`` and leaves no file either. The
    disclosure is recorded once the file is complete and before it takes its name.
    """
    if fmt not in ("pdf", "docx"):
        raise InvalidInput(case.path, f"unknown pack format {fmt!r}: use pdf or docx")
    langs = request.languages
    for lang in langs:
        labels.check_language(lang)
    # A bilingual pack is built once per language (every label is chosen while building):
    # the same case, ceiling and pack id, so both halves show the same items.
    share = 300 // len(langs)
    packs: list[BriefingPack] = []
    for i, lang in enumerate(langs):
        def part(done: int, total: int, message: str, i: int = i) -> None:
            # build_pack reports up to 300 of 1000: each language gets its share of that
            progress(i * share + round(share * min(done / 300, 1.0)), 1000, message)

        built = build_pack(case, replace(request, language=lang),
                           progress=part if len(langs) > 1 else progress, cancelled=cancelled)
        packs.append(built if not packs else replace(built, pack_id=packs[0].pack_id))
    pack = packs[0]

    def render_progress(done: int, total: int, message: str) -> None:
        frac = done / total if total else 1.0
        progress(300 + round(690 * min(frac, 1.0)), 1000, message or "laying out pages")

    renderer = render_pdf if fmt == "pdf" else render_docx
    out = Path(out)
    # Rendered beside the target under a hidden name; the disclosure is recorded before
    # the file takes its real name, so no pack exists that the audit log does not know.
    fd, tmp_name = tempfile.mkstemp(prefix=".casebench-pack-", suffix=f".{fmt}", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        try:
            renderer(pack, tmp, progress=render_progress, cancelled=cancelled, then=packs[1:])
        except (OSError, MemoryError):
            raise
        except Exception as exc:  # a layout engine failure: say so plainly, leave no file
            log.exception("the briefing pack could not be laid out")
            raise InvalidInput(case.path, f"{out.name}: the briefing pack could not be laid out "
                               f"({type(exc).__name__}); no file was written", code="pack.layout_failed",
                               file=out.name, kind=type(exc).__name__) from exc
        _record(case, request, pack, fmt, out.name, file_sha256(tmp), langs)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    progress(1000, 1000, "done")
    return pack


MAX_NAME_STEM = 120  # bytes of a pack's file name taken from the case title


def default_name(case: Case, lang: str, fmt: str) -> str:
    """A print-friendly file name, e.g. ``Mar-Azul-briefing-en.pdf``."""
    title = case.title or "casebench"
    title = re.sub(r"^(operation|operación|operação|opération)\s+", "", title, flags=re.I)
    stem = re.sub(r"[^\w]+", "-", title, flags=re.UNICODE).strip("-")
    # A title may be thousands of characters: file names stop at 255 bytes (NAME_MAX).
    while len(stem.encode("utf-8")) > MAX_NAME_STEM:
        stem = stem[: len(stem) * 3 // 4].rstrip("-")
    return f"{stem or 'pack'}-briefing-{lang}.{fmt}"


def parse_day(text: str) -> date:
    """A forum date typed by the user (any day-precision form casebench accepts)."""
    dv = DateValue.parse(text)
    d = _day(dv)
    if d is None:
        raise ValueError(f"{text!r} is not a single day")
    return d



def free_path(folder: Path, name: str) -> Path:
    """``folder/name``, or ``name-2``, ``name-3``… when a file of that name is there."""
    path = Path(folder) / name
    stem, suffix = path.stem, path.suffix
    n = 2
    while path.exists():
        path = path.with_name(f"{stem}-{n}{suffix}")
        n += 1
    return path


def print_packs(case: Case, request: PackRequest, folder: Path, formats: Iterable[str], *,
                progress: Progress = no_progress,
                cancelled: Cancelled = never_cancelled) -> list[Path]:
    """The pack in each of ``formats`` (pdf, docx) in ``folder``, each with its disclosure.

    What the window's Print dialog runs; a file already in the folder is never replaced.
    """
    fmts = list(dict.fromkeys(formats))
    if not fmts:
        raise InvalidInput(case.path, "choose PDF, Word or both", code="pack.no_format")
    if not Path(folder).is_dir():
        raise InvalidInput(case.path, f"{folder}: no such folder", code="pack.no_folder", folder=folder)
    out: list[Path] = []
    for i, fmt in enumerate(fmts):
        def part(done: int, total: int, message: str, i: int = i) -> None:
            frac = done / total if total else 1.0
            progress(round((i + frac) * 1000 / len(fmts)), 1000, message)

        path = free_path(Path(folder), default_name(case, "-".join(request.languages), fmt))
        render_pack(case, request, path, fmt, progress=part, cancelled=cancelled)
        out.append(path)
    return out
