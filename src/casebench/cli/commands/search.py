"""search, timeline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebench.cli.common import (
    UsageError,
    UserError,
    add_case_arg,
    add_max_tlp_arg,
    add_passphrase_args,
    check_output_file,
    given_max_tlp,
    max_tlp_for,
    opened,
    print_json,
)
from casebench.domain.dates import DateError, DateValue
from casebench.services import search as search_service
from casebench.services import timeline


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="full-text search (accent-insensitive, prefixes, phone numbers)")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("text", nargs="+", metavar="TEXT", help="words to find (beginnings of words match)")
    p.add_argument("--schema", help="only this schema, e.g. Person")
    p.add_argument("--limit", type=int, default=20, help="at most this many results (default 20)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("timeline", help="every dated item in time order (UTC and as recorded)")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("--from", dest="start", help="from this date (any precision, e.g. 2024-03)")
    p.add_argument("--to", dest="end", help="up to this date")
    p.add_argument("--schema", action="append", help="only these schemata (repeat)")
    p.add_argument("--tag", help="only entities with this tag")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("-o", "--output", "--out", dest="out", type=Path, metavar="FILE.svg|png",
                   help="export the timeline as an image instead of listing it (at most 300 items; "
                   "without --from/--to, the latest)")
    p.add_argument("--lanes", choices=("kind", "entity"), default="kind",
                   help="image lanes: one per kind or one per entity (default kind)")
    p.add_argument("--lang", choices=("en", "es", "pt", "fr"), default="en",
                   help="language of the image (default en)")
    add_max_tlp_arg(p, "highest TLP to print in the image")
    p.set_defaults(func=cmd_timeline)


def cmd_search(args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    with opened(args) as case:
        result = search_service.find(case, text, limit=args.limit, schema=args.schema)
    hits = result.hits
    if args.json:
        print_json([{"id": h.entity_id, "schema": h.schema, "caption": h.caption, "property": h.prop,
                     "snippet": h.snippet, "score": round(h.score, 4), "tlp": h.tlp.short} for h in hits])
        return 0
    if not hits:
        print(f"no results for {text!r}")
        return 0
    for h in hits:
        print(f"{h.entity_id}  {h.schema:<14} {h.caption}  {h.tlp.label}")
        print(f"    {h.prop}: {h.snippet}")
    if result.has_more:
        more = "more than " if result.more_than else ""
        print(f"{len(hits)} of {more}{result.total:,} results shown; --limit N shows more", file=sys.stderr)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    try:
        bounds = [DateValue.parse(b) if b else None for b in (args.start, args.end)]
    except DateError as exc:
        raise UserError(str(exc)) from None
    start, end = bounds
    if start and end and (end.end or end.start).latest_utc() < start.start.earliest_utc():
        raise UsageError(f"--to {args.end} is before --from {args.start}")
    if args.out is not None:
        return export_timeline(args, start, end)
    with opened(args) as case:
        rows = timeline.rows(case, start=args.start, end=args.end, schemata=args.schema, tag=args.tag)
    if args.json:
        print_json([timeline.as_json(r) for r in rows])
        return 0
    for r in rows:
        utc = r.start[:16].replace("T", " ")
        print(f"{utc} UTC  {r.value:<28} {r.schema:<12} {r.caption}  ({r.prop}, {r.tlp.short})")
    return 0


def export_timeline(args: argparse.Namespace, start: DateValue | None, end: DateValue | None) -> int:
    """``casebench timeline -o FILE``: the image the timeline view exports, through the same
    handling decision for an export (``--max-tlp``, the case's default level unless told)."""
    from casebench.services import charts

    given = given_max_tlp(args)
    if args.out.suffix.lower() not in (".svg", ".png"):
        raise UsageError("give -o FILE.svg or FILE.png")
    check_output_file(args.out, "timeline image")
    flt = charts.WindowFilter(schemata=tuple(args.schema or ()), tag=args.tag or "")
    with opened(args) as case:
        max_tlp = max_tlp_for(case, given)
        lo = start.start.earliest_utc() if start else None
        hi = (end.end or end.start).latest_utc() if end else None
        if (lo is None) != (hi is None):
            ext = charts.timeline_extent(case)
            if ext is None:
                raise UserError("nothing in the case is dated yet")
            lo, hi = lo or ext[0], hi or ext[1]
        done = charts.export_timeline(case, args.out, lo=lo, hi=hi, flt=flt, lanes=args.lanes,
                                      lang=args.lang, max_tlp=max_tlp)
    print(f"wrote {done.path} ({done.items} {'item' if done.items == 1 else 'items'}, {done.tlp.label})")
    if done.withheld:
        what = "item left out" if done.withheld == 1 else "items left out"
        print(f"handling (above {max_tlp.label} or not for export): {done.withheld} {what}")
    return 0
