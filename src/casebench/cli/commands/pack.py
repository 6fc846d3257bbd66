"""pack (alias: brief): print a forum briefing pack as PDF or Word from a case."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from casebench.cli.common import (
    ProgressBar,
    UsageError,
    UserError,
    add_case_arg,
    add_max_tlp_arg,
    add_passphrase_args,
    check_output_file,
    given_max_tlp,
    max_tlp_for,
    opened,
)
from casebench.domain.handling import TLP
from casebench.services.pack_options import LANGUAGES, SECTIONS

if TYPE_CHECKING:
    from casebench.services.briefing import PackRequest


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "pack", aliases=["brief"],
        help="print a forum briefing pack (PDF or Word) from the case",
        description="Print a forum briefing pack: cover, executive summary, handling instructions, "
        "distribution list, agenda, purpose, state of proceedings per agency, summary per country, "
        "requests for co-operation (open ones with days pending), decisions to take, network chart, "
        "profiles, timeline, seizures, money flows, custody annex, actions, participants and "
        "contact points, and a glossary (markings, abbreviations, grading schemes). Items above "
        "--max-tlp are left out and counted on the cover. Printing is recorded in the audit log "
        "as a disclosure.",
    )
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                   help="FILE.pdf or FILE.docx")
    p.add_argument("--format", choices=("pdf", "docx"),
                   help="output format (default: from the file name)")
    p.add_argument("--lang", "--language", dest="lang", choices=LANGUAGES, default="en",
                   help="language of the pack")
    p.add_argument("--second-language", choices=LANGUAGES, metavar="LANG",
                   help="bilingual pack: the whole pack again in this language, after the first "
                   "(one file, each language with its own contents and bookmarks): "
                   + ", ".join(LANGUAGES))
    p.add_argument("--date", dest="pack_date", metavar="DATE",
                   help="date of the pack, e.g. 2024-03-18 (default today): printed on the cover "
                   "and every page, and the day 'days pending' are counted to")
    add_max_tlp_arg(p, "highest TLP to include")
    p.add_argument("--recipient", metavar="NAME",
                   help="named recipient (required for RED; printed as a watermark)")
    p.add_argument("--version", dest="pack_version", default="1.0", metavar="V",
                   help="pack version printed on every page (default 1.0)")
    p.add_argument("--meeting", metavar="ID", help="take the forum details from this Meeting")
    p.add_argument("--forum", metavar="NAME", help="forum name (instead of a Meeting)")
    p.add_argument("--forum-date", metavar="DATE", help="forum date, e.g. 20/02/2024")
    p.add_argument("--place", default="", help="forum place")
    p.add_argument("--agenda", action="append", default=[], metavar="ITEM",
                   help="agenda item (repeat)")
    p.add_argument("--entity", action="append", default=[], metavar="ID",
                   help="include this entity and its neighbourhood (repeat)")
    p.add_argument("--depth", type=int, default=1, metavar="N",
                   help="links to follow from --entity (default 1)")
    p.add_argument("--chart", metavar="NAME", help="include the entities of this saved chart")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="start of the date range")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="end of the date range")
    p.add_argument("--sections", metavar="LIST",
                   help="print only these sections, comma-separated (the cover always): "
                   + ", ".join(SECTIONS))
    p.set_defaults(func=cmd_pack)


def _sections(text: str | None) -> frozenset[str] | None:
    if text is None:
        return None
    chosen = [s.strip().lower().replace("-", "_") for s in text.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown or not chosen:
        raise UsageError(f"--sections: {', '.join(unknown) or 'none given'}: "
                         f"choose from {', '.join(SECTIONS)}")
    return frozenset(chosen)


def _request(args: argparse.Namespace) -> PackRequest:
    from casebench.services.briefing import ForumDetails, PackRequest, Selection, parse_day

    forum = None
    if args.forum:
        try:
            day = parse_day(args.forum_date) if args.forum_date else None
        except ValueError as exc:
            raise UserError(f"--forum-date: {exc}") from None
        forum = ForumDetails(args.forum, day, args.place, (), tuple(args.agenda))
    elif args.forum_date or args.agenda:
        raise UsageError("--forum-date and --agenda go with --forum NAME")
    try:
        generated_on = parse_day(args.pack_date) if args.pack_date else None
    except ValueError as exc:
        raise UserError(f"--date: {exc}") from None
    if args.second_language == args.lang:
        raise UsageError(f"--second-language: the pack is already in {args.lang}")
    return PackRequest(
        selection=Selection(chart=args.chart, entity_ids=tuple(args.entity), depth=args.depth,
                            date_from=args.date_from, date_to=args.date_to),
        language=args.lang, recipient=args.recipient,
        version=args.pack_version, meeting_id=args.meeting, forum=forum,
        sections=_sections(args.sections), second_language=args.second_language,
        generated_on=generated_on)


def cmd_pack(args: argparse.Namespace) -> int:
    # The renderers pull in reportlab and python-docx: only this command imports them.
    from casebench.services.briefing import render_pack

    out: Path = args.output
    fmt = args.format or out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "docx"):
        raise UserError(f"{out}: name the file .pdf or .docx, or give --format")
    check_output_file(out, "briefing pack")
    request = _request(args)  # mistakes in the options are said before the passphrase is asked
    given = given_max_tlp(args)
    with opened(args) as case:
        request = replace(request, max_tlp=max_tlp_for(case, given))
        bar = ProgressBar("printing the briefing pack")
        try:
            pack = render_pack(case, request, out, fmt, progress=bar)
        finally:
            bar.finish()
    print(f"briefing pack: {out.resolve()}")
    print(f"  {pack.tlp.label}, pack id {pack.pack_id}, {len(pack.persons)} profiles, "
          f"{len(pack.timeline)} timeline rows")
    if len(request.languages) > 1:
        print(f"  languages: {', '.join(request.languages)}, one after the other")
    if pack.withheld_count:
        if request.max_tlp is TLP.RED:  # nothing is above RED: what is left out is for others
            print(f"  {pack.withheld_count} item(s) left out: restricted to other recipients")
        else:
            print(f"  {pack.withheld_count} item(s) above {request.max_tlp.label} left out")
    return 0
