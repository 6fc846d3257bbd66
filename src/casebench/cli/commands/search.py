"""search, timeline."""

from __future__ import annotations

import argparse
import sys

from casebench.cli.common import (
    UsageError,
    UserError,
    add_case_arg,
    add_passphrase_args,
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
    with opened(args) as case:
        rows = timeline.rows(case, start=args.start, end=args.end, schemata=args.schema, tag=args.tag)
    if args.json:
        print_json([timeline.as_json(r) for r in rows])
        return 0
    for r in rows:
        utc = r.start[:16].replace("T", " ")
        print(f"{utc} UTC  {r.value:<28} {r.schema:<12} {r.caption}  ({r.prop}, {r.tlp.short})")
    return 0
