"""The pack as a flat list of renderer-neutral blocks, in the chosen language.

Both renderers (and the benchmark's plain baselines) print these blocks, so the PDF
and the Word edition carry exactly the same text, and the "omit empty sections" and
translation rules live in one place. The cover is not a block: renderers lay it out
from :func:`cover_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from casebench.domain.drawing import Chart, Timeline
from casebench.domain.handling import TLP
from casebench.reports import labels, vocab
from casebench.reports.labels import format_amount, format_date, term
from casebench.reports.pack import BriefingPack, OrgProfile
from casebench.reports.sanitize import short

# Heading levels: 1 = section (TOC and outline), 2 = subsection (TOC when the pack is
# not too long, outline always), 3 = item inside a subsection (outline only).


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    key: str  # unique anchor for bookmarks and the table of contents


@dataclass(frozen=True)
class Para:
    text: str
    style: str = "body"  # body | bullet | numbered | note


@dataclass(frozen=True)
class Table:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative column widths, summing to about 1
    mono: frozenset[int] = frozenset()  # columns printed in a monospaced font
    right: frozenset[int] = frozenset()  # right-aligned columns (amounts)


@dataclass(frozen=True)
class Profile:
    """Label/value rows for one person or organisation, with an optional photo."""

    rows: tuple[tuple[str, str], ...]
    photo: bytes | None = None


@dataclass(frozen=True)
class ChartBlock:
    chart: Chart


@dataclass(frozen=True)
class TimelineBlock:
    timeline: Timeline


Block = Heading | Para | Table | Profile | ChartBlock | TimelineBlock


def cover_rows(pack: BriefingPack) -> list[tuple[str, str]]:
    """Label/value pairs printed on the cover, in order; empty values are skipped."""
    lang = pack.language
    t = labels.text
    f = pack.forum
    rows = [
        (t(lang, "forum"), f.name),
        (t(lang, "date"), format_date(f.date, lang)),
        (t(lang, "place"), f.place),
        (t(lang, "originator"), pack.originator),
        (t(lang, "case_reference"), pack.case_reference),
        (t(lang, "handling_codes"), ", ".join(pack.handling_codes)),
        (t(lang, "version"), pack.options.version),
        (t(lang, "generated_on"), format_date(pack.options.generated_on, lang)),
        (t(lang, "prepared_for"), pack.options.recipient or ""),
        (t(lang, "pack_id"), pack.pack_id),
    ]
    return [(k, v) for k, v in rows if v]


def withheld_note(pack: BriefingPack) -> str:
    if not pack.withheld_count:
        return ""
    if pack.options.max_tlp >= TLP.RED:  # nothing is "above RED": these are named-recipient rules
        return labels.text(pack.language, "withheld_other", count=pack.withheld_count)
    return labels.text(
        pack.language, "withheld", count=pack.withheld_count, tlp=pack.options.max_tlp.label
    )


def footer_left(pack: BriefingPack) -> str:
    """Version and date for the page footer."""
    lang = pack.language
    return (
        f"{labels.text(lang, 'version')} {pack.options.version} · "
        f"{labels.format_date_short(pack.options.generated_on)}"
    )


def header_left(pack: BriefingPack) -> str:
    """Originator, case reference and handling codes for the page header."""
    parts = [pack.originator, pack.case_reference, " ".join(pack.handling_codes)]
    return " · ".join(p for p in parts if p)


def _date_cell(d: date | None, lang: str) -> str:
    """Table date. It wraps at its spaces: joining the words part with no-break spaces
    made one "word" wider than narrow columns, which the PDF then split mid-word
    ("No vember")."""
    return format_date(d, lang)


def _split_hash(h: str) -> str:
    """A hash on two lines under its file name ("name\\nhash" from the builder)."""
    name, sep, digest = h.rpartition("\n")
    return name + sep + (f"{digest[:32]}\n{digest[32:]}" if len(digest) > 32 else digest)


def _compact(table: Table) -> Table:
    """Leave out columns that are empty in every row (e.g. no phone numbers on file)."""
    keep = [i for i in range(len(table.columns)) if any(r[i] for r in table.rows)]
    if len(keep) == len(table.columns) or not keep:
        return table
    total = sum(table.widths[i] for i in keep)
    return Table(
        tuple(table.columns[i] for i in keep),
        tuple(tuple(r[i] for i in keep) for r in table.rows),
        tuple(table.widths[i] / total for i in keep),
    )


def build_blocks(pack: BriefingPack) -> list[Block]:
    """Every section of DESIGN.md §6 after the cover, each left out when empty."""
    lang = pack.language

    def t(key: str) -> str:
        return labels.text(lang, key)

    out: list[Block] = []

    def section(key: str) -> None:
        out.append(Heading(1, t(key), f"s-{key}"))

    f = pack.forum
    if f.participants:
        section("distribution")
        out.append(
            _compact(
                Table(
                    (t("name"), t("agency"), t("country"), t("role")),
                    tuple((p.name, p.agency, p.country, p.role) for p in f.participants),
                    (0.28, 0.34, 0.16, 0.22),
                )
            )
        )
    if f.agenda:
        section("agenda")
        out.extend(Para(item, "numbered") for item in f.agenda)
    if pack.purpose or pack.legal_basis:
        section("purpose_legal")
        for key, paras in (("purpose", pack.purpose), ("legal_basis", pack.legal_basis)):
            if paras:
                out.append(Heading(2, t(key), f"s-{key}"))
                out.extend(Para(p) for p in paras)
    summaries = {k: v for k, v in pack.country_summaries.items() if v}
    if summaries:
        section("summaries")
        for i, (country, paras) in enumerate(summaries.items()):
            out.append(Heading(2, short(country), f"c-{i}"))
            out.extend(Para(p) for p in paras)
    if pack.chart is not None and pack.chart.nodes:
        section("network")
        out.append(ChartBlock(pack.chart))
    if pack.persons:
        section("persons")
        for i, p in enumerate(pack.persons):
            out.append(Heading(2, short(p.name), f"p-{i}"))
            rows = [
                (t("name"), p.name if short(p.name) != p.name else ""),
                (t("variants"), "; ".join(p.variants)),
                (t("birth_dates"), "; ".join(p.birth_dates)),
                (t("nationalities"), ", ".join(p.nationalities)),
                (t("documents"), "; ".join(p.documents)),
                (t("role"), p.role),
                (t("data_subject"), term(lang, p.data_subject) if p.data_subject else ""),
                (t("grades"), ", ".join(p.grades)),
                ("TLP", p.tlp.label),
            ]
            out.append(Profile(tuple((k, v) for k, v in rows if v), p.photo))
    if pack.organisations:
        section("organisations")
        out.extend(_organisations(pack, lang))
    if pack.timeline or pack.timeline_chart is not None:
        section("timeline")
        if pack.timeline_chart is not None and pack.timeline_chart.items:
            out.append(TimelineBlock(pack.timeline_chart))
        if pack.timeline:
            out.append(
                Table(
                    (t("when_utc"), t("when_local"), t("what"), t("where")),
                    tuple((r.when_utc, r.when_local, r.what, r.where) for r in pack.timeline),
                    (0.19, 0.23, 0.36, 0.22),
                )
            )
    if pack.seizures:
        section("seizures")
        out.append(
            Table(
                (t("date"), t("place"), t("substance"), t("quantity"), t("concealment"), t("route")),
                tuple(
                    (s.date_text or _date_cell(s.date, lang), s.place, s.substance, s.quantity, s.concealment, s.route)
                    for s in pack.seizures
                ),
                (0.17, 0.15, 0.13, 0.12, 0.21, 0.22),
            )
        )  # fmt: skip
    if pack.seizure_totals:
        out.append(Heading(2, t("totals_by_substance"), "s-seizure-totals"))
        out.append(
            Table(
                (t("substance"), t("country"), t("quantity"), t("seizure_count")),
                tuple((x.substance, x.country, x.quantity, vocab.number(x.count, lang))
                      for x in pack.seizure_totals),
                (0.34, 0.26, 0.22, 0.18),
                right=frozenset({2, 3}),
            )
        )  # fmt: skip
    if pack.money_flows:
        section("money_flows")
        out.append(
            Table(
                (t("date"), t("payer"), t("beneficiary"), t("amount"), t("purpose")),
                tuple(
                    (m.date_text or _date_cell(m.date, lang), m.payer, m.beneficiary,
                     format_amount(m.amount, m.currency, lang), m.purpose)
                    for m in pack.money_flows
                ),
                (0.18, 0.23, 0.23, 0.17, 0.19),
                right=frozenset({3}),
            )
        )  # fmt: skip
    if pack.money_totals:
        out.append(Heading(2, t("totals_by_pair"), "s-money-totals"))
        out.append(
            Table(
                (t("payer"), t("beneficiary"), t("amount"), t("payment_count")),
                tuple((m.payer, m.beneficiary, format_amount(m.amount, m.currency, lang),
                       vocab.number(m.count, lang)) for m in pack.money_totals),
                (0.3, 0.3, 0.25, 0.15),
                right=frozenset({2, 3}),
            )
        )  # fmt: skip
    if pack.exhibits:
        section("exhibits")
        out.append(
            Table(
                (t("reference"), t("description"), t("sha256"), t("custody")),
                tuple(
                    (e.reference, e.description, "\n".join(_split_hash(h) for h in e.sha256),
                     "\n".join(e.custody))
                    for e in pack.exhibits
                ),
                (0.14, 0.25, 0.29, 0.32),
                mono=frozenset({2}),
            )
        )  # fmt: skip
    if pack.gaps:
        section("gaps")
        out.extend(Para(g, "bullet") for g in pack.gaps)
    if pack.requests:
        section("requests")
        out.append(
            Table(
                (t("kind"), t("reference"), t("from"), t("to"), t("sent"), t("answered"), t("status")),
                tuple(
                    (term(lang, r.kind), r.reference, r.from_, r.to, _date_cell(r.sent, lang),
                     _date_cell(r.answered, lang), term(lang, r.status))
                    for r in pack.requests
                ),
                (0.13, 0.19, 0.16, 0.16, 0.13, 0.13, 0.10),
            )
        )  # fmt: skip
    if pack.actions:
        section("actions")
        out.append(
            Table(
                (t("action"), t("owner"), t("deadline"), t("status")),
                tuple(
                    (a.action, a.owner, _date_cell(a.deadline, lang), term(lang, a.status))
                    for a in pack.actions
                ),
                (0.42, 0.22, 0.22, 0.14),
            )
        )
    if pack.contacts:
        section("contacts")
        out.append(
            _compact(
                Table(
                    (t("name"), t("agency"), t("country"), t("phone"), t("email")),
                    tuple((c.name, c.agency, c.country, c.phone, c.email) for c in pack.contacts),
                    (0.22, 0.28, 0.13, 0.17, 0.20),
                )
            )
        )
    if pack.call_summary:
        section("calls")
        out.append(
            Table(
                (t("parties"), t("month"), t("call_count"), t("total_duration")),
                tuple((c.parties, c.month, vocab.number(c.count, lang),
                       duration(c.seconds)) for c in pack.call_summary),
                (0.52, 0.14, 0.14, 0.20),
                right=frozenset({2, 3}),
            )
        )  # fmt: skip
    if pack.glossary:
        section("glossary")
        out.append(
            Table(
                (t("code"), t("meaning")),
                tuple((g.code, g.meaning) for g in pack.glossary),
                (0.25, 0.75),
            )
        )
    return out


def duration(seconds: int) -> str:
    """``1 h 05 min``, ``12 min``; empty when no duration was recorded."""
    if seconds <= 0:
        return ""
    minutes = (seconds + 30) // 60
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


_GROUPS = ("organisation", "company", "vessel", "aircraft")


def _organisations(pack: BriefingPack, lang: str) -> list[Block]:
    def order(o: OrgProfile) -> int:
        return _GROUPS.index(o.kind) if o.kind in _GROUPS else len(_GROUPS)

    out: list[Block] = []
    orgs = sorted(pack.organisations, key=order)  # stable: keeps the builder's order
    n = 0
    for kind, members in groupby(orgs, key=lambda o: o.kind):
        title = labels.text(lang, f"group_{kind}") if kind in _GROUPS else term(lang, kind)
        out.append(Heading(2, title, f"g-{kind}"))
        for o in members:
            out.append(Heading(3, short(o.name), f"o-{n}"))
            n += 1
            full = ((labels.text(lang, "name"), o.name),) if short(o.name) != o.name else ()
            rows = [*full, *o.details, ("TLP", o.tlp.label)]
            out.append(Profile(tuple(rows)))
    return out
