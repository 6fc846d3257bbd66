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
from casebench.reports import glossary, labels, vocab
from casebench.reports.labels import format_amount, format_date, term
from casebench.reports.pack import BriefingPack, OrgProfile, RequestRow
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
    notes: tuple[str, ...] = ()  # printed under the legend: what the chart does not draw


@dataclass(frozen=True)
class TimelineBlock:
    timeline: Timeline


Block = Heading | Para | Table | Profile | ChartBlock | TimelineBlock


# Section keys in printing order; a pack's ``sections`` (the print dialog's choice, the
# CLI's --sections) names the ones to print. The cover is always printed.
SECTIONS: tuple[str, ...] = (
    "summary", "handling", "distribution", "agenda", "purpose", "proceedings", "summaries",
    "requests", "decisions", "network", "persons", "organisations", "timeline", "seizures",
    "money_flows", "exhibits", "gaps", "actions", "contacts", "calls", "glossary",
)  # fmt: skip


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

    chosen = pack.sections

    def want(key: str) -> bool:
        return chosen is None or key in chosen

    f = pack.forum
    if pack.summary is not None and pack.summary.text.strip() and want("summary"):
        section("summary")
        su = pack.summary
        out.extend(Para(p.strip()) for p in su.text.split("\n\n") if p.strip())
        out.append(Para(labels.text(lang, "summary_by", author=su.author or "?",
                                    date=labels.format_date_short(su.updated), tlp=su.tlp.label)
                        .replace(", ·", " ·"), "note"))
    if want("handling"):
        out.extend(_handling(pack, lang))
    if f.participants and want("distribution"):
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
    if f.agenda and want("agenda"):
        section("agenda")
        out.extend(Para(item, "numbered") for item in f.agenda)
    if pack.purpose and want("purpose"):
        section("purpose")
        out.extend(Para(p) for p in pack.purpose)
    if pack.proceedings and want("proceedings"):
        section("proceedings")
        out.append(
            _compact(
                Table(
                    (t("country"), t("agency"), t("open_proceedings"), t("contributed"),
                     t("requests_sent"), t("requests_received")),
                    tuple((r.country, r.agency, "\n".join(r.proceedings),
                           vocab.number(r.contributed, lang) if r.contributed else "",
                           "\n".join(r.sent), "\n".join(r.received)) for r in pack.proceedings),
                    (0.11, 0.19, 0.23, 0.13, 0.17, 0.17),  # "Values contributed" unbroken in Word
                    right=frozenset({3}),
                )
            )
        )  # fmt: skip
    summaries = {k: v for k, v in pack.country_summaries.items() if v}
    if summaries and want("summaries"):
        section("summaries")
        for i, (country, paras) in enumerate(summaries.items()):
            out.append(Heading(2, short(country), f"c-{i}"))
            out.extend(Para(p) for p in paras)
    if pack.requests and want("requests"):
        out.extend(_requests(pack, lang))
    open_actions = [a for a in pack.actions if a.open]
    if open_actions and want("decisions"):
        section("decisions")
        out.append(
            _compact(
                Table(
                    (t("type"), t("action"), t("owner"), t("due"), t("status")),
                    tuple((term(lang, a.kind), a.action, a.owner, _date_cell(a.deadline, lang),
                           term(lang, a.status)) for a in open_actions),
                    (0.14, 0.38, 0.18, 0.18, 0.12),
                )
            )
        )  # fmt: skip
    if pack.chart is not None and pack.chart.nodes and want("network"):
        section("network")
        out.append(ChartBlock(pack.chart, left_off_notes(pack.chart, lang,
                                                         annex=bool(pack.call_summary) and want("calls"))))
    if pack.persons and want("persons"):
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
    if pack.organisations and want("organisations"):
        section("organisations")
        out.extend(_organisations(pack, lang))
    if (pack.timeline or pack.timeline_chart is not None) and want("timeline"):
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
    if pack.seizures and want("seizures"):
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
    if pack.seizure_totals and want("seizures"):
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
    if pack.money_flows and want("money_flows"):
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
    if pack.money_totals and want("money_flows"):
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
    if pack.exhibits and want("exhibits"):
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
    if pack.gaps and want("gaps"):
        section("gaps")
        out.extend(Para(g, "bullet") for g in pack.gaps)
    done_actions = [a for a in pack.actions if not a.open]
    if done_actions and want("actions"):
        section("actions")
        out.append(
            Table(
                (t("action"), t("owner"), t("deadline"), t("status")),
                tuple(
                    (a.action, a.owner, _date_cell(a.deadline, lang), term(lang, a.status))
                    for a in done_actions
                ),
                (0.42, 0.22, 0.22, 0.14),
            )
        )
    if (pack.attendees or pack.contacts) and want("contacts"):
        section("contacts")
        for key, people in (("participants", pack.attendees), ("contact_points", pack.contacts)):
            if not people:
                continue
            out.append(Heading(2, t(key), f"s-{key}"))
            out.append(
                _compact(
                    Table(
                        (t("name"), t("agency"), t("country"), t("role"), t("phone"), t("email")),
                        tuple((c.name, c.agency, c.country, c.role, c.phone, c.email) for c in people),
                        (0.18, 0.22, 0.11, 0.15, 0.15, 0.19),
                    )
                )
            )  # fmt: skip
    if pack.call_summary and want("calls"):
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
    if want("glossary"):
        out.extend(_glossary(pack, lang, out))
    return out


def duration(seconds: int) -> str:
    """``1 h 05 min``, ``12 min``; empty when no duration was recorded."""
    if seconds <= 0:
        return ""
    minutes = (seconds + 30) // 60
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    return f"{minutes // 60} h {minutes % 60:02d} min"


def _handling(pack: BriefingPack, lang: str) -> list[Block]:
    """What the reader may do with the pack: its marking in words, use limits (the
    conditions recorded by the originators, judicial use, speciality) and legal basis."""
    t = labels.text
    out: list[Block] = [Heading(1, t(lang, "handling"), "s-handling")]
    out.append(Para(t(lang, "handling_marking", tlp=pack.tlp.label,
                      meaning=glossary.tlp_meaning(pack.tlp, lang))))
    if pack.watermark:
        out.append(Para(t(lang, "red_notice"), "note"))
    h = pack.handling
    out.append(Heading(2, t(lang, "use_limits"), "s-use-limits"))
    out.append(Para(t(lang, "use_default"), "bullet"))
    out.extend(Para(x, "bullet") for x in h.limits)
    if h.no_judicial_use:
        out.append(Para(t(lang, "no_court", count=h.no_judicial_use), "bullet"))
    if h.speciality:
        out.append(Para(t(lang, "speciality"), "bullet"))
    if pack.legal_basis:
        out.append(Heading(2, t(lang, "legal_basis"), "s-legal_basis"))
        out.extend(Para(p, "bullet") for p in pack.legal_basis)
    return out


def _requests(pack: BriefingPack, lang: str) -> list[Block]:
    """Open requests (days pending against the pack date, what blocks them), then the
    answered and closed ones."""
    def t(key: str) -> str:
        return labels.text(lang, key)

    def sent(r: RequestRow) -> str:
        return r.sent_text or _date_cell(r.sent, lang)

    out: list[Block] = [Heading(1, t("requests"), "s-requests")]
    pending = [r for r in pack.requests if r.open]
    closed = [r for r in pack.requests if not r.open]
    if pending:
        out.append(Heading(2, t("open_requests"), "s-open-requests"))
        out.append(
            _compact(
                Table(
                    (t("kind"), t("reference"), t("to"), t("sent"), t("days_pending"), t("status"),
                     t("blocker")),
                    tuple((term(lang, r.kind), r.reference, r.to, sent(r),
                           vocab.number(r.days_pending, lang) if r.days_pending is not None else "",
                           term(lang, r.status), r.blocker) for r in pending),
                    (0.13, 0.16, 0.17, 0.14, 0.09, 0.11, 0.20),
                    right=frozenset({4}),
                )
            )
        )  # fmt: skip
    if closed:
        out.append(Heading(2, t("closed_requests"), "s-closed-requests"))
        out.append(
            Table(
                (t("kind"), t("reference"), t("from"), t("to"), t("sent"), t("answered"), t("status")),
                tuple(
                    (term(lang, r.kind), r.reference, r.from_, r.to, sent(r),
                     _date_cell(r.answered, lang), term(lang, r.status))
                    for r in closed
                ),
                (0.13, 0.19, 0.16, 0.16, 0.13, 0.13, 0.10),
            )
        )  # fmt: skip
    return out


def _block_texts(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if isinstance(b, Heading | Para):
            out.append(b.text)
        elif isinstance(b, Table):
            out += [*b.columns, *(v for row in b.rows for v in row)]
        elif isinstance(b, Profile):
            out += [v for row in b.rows for v in row]
        elif isinstance(b, ChartBlock):
            out += [n.label for n in b.chart.nodes]
        elif isinstance(b, TimelineBlock):
            out += [i.label for i in b.timeline.items]
    return out


def left_off_notes(chart: Chart, lang: str, *, annex: bool) -> tuple[str, ...]:
    """What the chart leaves off, in plain words: the pairs linked too few times, and
    where the reader finds every call (the calls annex, when the pack prints it)."""
    out = []
    for lo in chart.left_off:
        key = {"Call": "left_off_calls", "Message": "left_off_messages"}.get(lo.kind)
        if key is None:
            continue
        text = labels.text(lang, key, n=vocab.number(lo.below, lang), pairs=vocab.number(lo.pairs, lang),
                           links=vocab.number(lo.links, lang))
        if lo.kind == "Call" and annex:
            text += " " + labels.text(lang, "left_off_annex", section=labels.text(lang, "calls"))
        out.append(text)
    return tuple(out)


def _glossary(pack: BriefingPack, lang: str, printed: list[Block]) -> list[Block]:
    """Markings and codes used, the abbreviations that occur in what is printed (cover
    included), and the full scale of every grading scheme the pack's values use."""
    def t(key: str) -> str:
        return labels.text(lang, key)

    texts = [v for row in cover_rows(pack) for v in row] + _block_texts(printed)
    abbreviations = glossary.abbreviations_in(texts, lang)
    parts: list[Block] = []
    if pack.glossary:
        parts.append(Heading(2, t("codes"), "s-codes"))
        parts.append(Table((t("code"), t("meaning")),
                           tuple((g.code, g.meaning) for g in pack.glossary), (0.25, 0.75)))
    if abbreviations:
        parts.append(Heading(2, t("abbreviations"), "s-abbreviations"))
        parts.append(Table((t("code"), t("meaning")), tuple(abbreviations), (0.25, 0.75)))
    if pack.grade_schemes:
        parts.append(Heading(2, t("grading_schemes"), "s-grading"))
        for i, scheme in enumerate(pack.grade_schemes):
            parts.append(Heading(3, glossary.scheme_title(scheme, lang), f"gs-{i}"))
            parts.append(Table((t("code"), t("meaning")), tuple(glossary.scheme_scale(scheme, lang)),
                               (0.15, 0.85)))
    if not parts:
        return []
    return [Heading(1, t("glossary"), "s-glossary"), *parts]


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
