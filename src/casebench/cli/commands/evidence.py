"""exhibit add|show|list, intake, custody, extract (verify lives in verify.py)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from casebench.cli.common import (
    ProgressBar,
    UsageError,
    UserError,
    add_case_arg,
    add_passphrase_args,
    opened,
    print_json,
)
from casebench.domain.handling import TLP, Handling
from casebench.services import evidence
from casebench.services.evidence import EVENT_TYPES, EXHIBIT_TYPES, CustodyDraft, ExhibitDraft

_DRAFT_OPTS = (
    ("description", "what it is"),
    ("case-reference", "the case reference it belongs to"),
    ("quantity", "e.g. 1 parcel, 24 bricks"),
    ("weight", "e.g. 12.4 kg gross"),
    ("seized-place", "where it was seized"),
    ("seized-at", "when, with UTC offset, e.g. 2024-03-11T14:05+01:00"),
    ("seized-tz", "time zone name, e.g. Europe/Madrid"),
    ("seized-by", "who seized it"),
    ("seized-authority", "under what authority (warrant, court order)"),
    ("storage-location", "where it is kept"),
    ("device-make", ""),
    ("device-model", ""),
    ("device-serial", ""),
    ("acquisition-tool", "tool that imaged it"),
    ("acquisition-tool-version", ""),
    ("write-blocker", ""),
    ("image-name", ""),
)
_EVENT_OPTS = (
    "from-person",
    "from-org",
    "to-person",
    "to-org",
    "place",
    "country",
    "purpose",
    "authority",
    "seal-before",
    "seal-after",
    "hash-before",
    "hash-after",
    "notes",
    "tz",
)


_EVENT_HELP = {
    "from-person": "who hands it over",
    "from-org": "their organisation",
    "to-person": "who receives it",
    "to-org": "their organisation",
    "place": "where",
    "country": "ISO code, e.g. es",
    "purpose": "why, e.g. forensic examination",
    "authority": "under what authority (warrant, court order)",
    "seal-before": "seal number before the event",
    "seal-after": "seal number after the event",
    "hash-before": "hash before the event",
    "hash-after": "hash after the event",
    "notes": "anything else",
    "tz": "time zone name of --at, e.g. Europe/Madrid",
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("exhibit", help="add, show and list exhibits")
    esub = p.add_subparsers(dest="exhibit_command", metavar="ACTION", required=True)

    ep = esub.add_parser("add", help="record an exhibit (physical exhibits need no content)")
    add_case_arg(ep)
    add_passphrase_args(ep)
    ep.add_argument("reference", metavar="REF", help="exhibit reference, unique in the case")
    ep.add_argument("--type", default="physical", choices=EXHIBIT_TYPES,
                    help="what kind of exhibit (default physical)")
    for opt, text in _DRAFT_OPTS:
        ep.add_argument(f"--{opt}", default="", help=text or None)
    ep.add_argument(
        "--seal", action="append", default=[], metavar="NUMBER", help="seal number; repeat"
    )
    ep.add_argument("--tag", action="append", default=[], help="a tag; repeat")
    ep.add_argument("--tlp", help="TLP of the exhibit (default: the case's)")
    ep.add_argument(
        "--link",
        action="append",
        default=[],
        metavar="ENTITY_ID[:ROLE]",
        help="link to an entity or event; repeat",
    )
    ep.add_argument("--json", action="store_true", help="print the new exhibit as JSON")
    ep.set_defaults(func=cmd_add)

    ep = esub.add_parser("show", help="show an exhibit, its files and custody chain")
    add_case_arg(ep)
    add_passphrase_args(ep)
    ep.add_argument("reference", metavar="REF", help="the exhibit's reference")
    ep.add_argument("--json", action="store_true", help="print JSON (every file)")
    ep.set_defaults(func=cmd_show)

    ep = esub.add_parser("list", help="list exhibits: reference, type, files, TLP, description")
    add_case_arg(ep)
    add_passphrase_args(ep)
    ep.add_argument("--type", choices=EXHIBIT_TYPES, help="only this kind")
    ep.add_argument("--tag", help="only exhibits with this tag")
    ep.add_argument("--text", help="only exhibits whose reference or description contains TEXT")
    ep.add_argument("--json", action="store_true", help="print JSON")
    ep.set_defaults(func=cmd_list)

    ip = sub.add_parser("intake", help="hash and encrypt files and folders into an exhibit")
    add_case_arg(ip)
    add_passphrase_args(ip)
    ip.add_argument("paths", nargs="+", metavar="PATH", type=Path, help="files and folders to take in")
    ip.add_argument("--exhibit", required=True, metavar="REF",
                    help="the exhibit they belong to (record it first with `exhibit add`)")
    ip.add_argument(
        "--md5", action="store_true", help="also compute MD5 (for partners that use it)"
    )
    ip.add_argument("--sha1", action="store_true", help="also compute SHA-1")
    ip.add_argument("--json", action="store_true", help="print the intake report as JSON")
    ip.set_defaults(func=cmd_intake)

    cp = sub.add_parser("custody", help="show an exhibit's chain of custody, or add an event")
    add_case_arg(cp)
    add_passphrase_args(cp)
    cp.add_argument("reference", metavar="REF", help="the exhibit's reference")
    cp.add_argument("action", nargs="?", metavar="add", help="add an event (else: show the chain)")
    cp.add_argument("event", nargs="?", metavar="EVENT", help=", ".join(EVENT_TYPES))
    cp.add_argument("--at", default="", help="time with UTC offset (default: now)")
    for opt in _EVENT_OPTS:
        cp.add_argument(f"--{opt}", default="", help=_EVENT_HELP.get(opt))
    cp.add_argument("--matched", choices=["yes", "no"], help="whether the hashes matched")
    cp.add_argument("--json", action="store_true", help="print JSON")
    cp.set_defaults(func=cmd_custody)

    xp = sub.add_parser("extract", help="write an exhibit's original files to a folder")
    add_case_arg(xp)
    add_passphrase_args(xp)
    xp.add_argument("reference", metavar="REF", help="the exhibit's reference")
    xp.add_argument("--to", required=True, type=Path, metavar="DIR",
                    help="an empty or new folder to write the files into")
    xp.add_argument("--reason", required=True, help="justification (recorded as a disclosure)")
    xp.add_argument("--file", metavar="NAME", help="only this file (path inside the exhibit)")
    xp.set_defaults(func=cmd_extract)


def _attr(opt: str) -> str:
    return opt.replace("-", "_")


def cmd_add(args: argparse.Namespace) -> int:
    try:
        handling = Handling(tlp=TLP.parse(args.tlp)) if args.tlp else None
    except ValueError as exc:
        raise UserError(str(exc)) from None
    draft = ExhibitDraft(
        reference=args.reference,
        type=args.type,
        seal_numbers=args.seal,
        tags=args.tag,
        handling=handling,
        **{_attr(o): getattr(args, _attr(o)) for o, _ in _DRAFT_OPTS},
    )
    links = []
    for item in args.link:
        entity_id, _, role = item.partition(":")
        links.append((entity_id, role))
    with opened(args) as case:
        evidence.open_evidence(case)
        eid = evidence.add_exhibit(case, draft, links=links)
        ex = evidence.get_exhibit(case, eid)
    if args.json:
        print_json(_exhibit_json(ex))
    else:
        print(ex.reference)
    return 0


def _exhibit_json(ex: evidence.Exhibit) -> dict[str, Any]:
    data = asdict(ex)
    data["handling"] = ex.handling.to_json()
    return data


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as case:
        ex = evidence.show_exhibit(case, args.reference)
        files = evidence.content_files(case, ex.id)
        events = evidence.custody_events(case, ex.id)
    if args.json:
        data = _exhibit_json(ex)
        data["content_files"] = [
            {k: v for k, v in asdict(f).items() if k != "raw_path"} for f in files
        ]
        data["custody"] = [asdict(e) for e in events]
        print_json(data)
        return 0
    print(f"{ex.reference}  [{ex.tlp.label}]  {ex.type}  {ex.description}")
    for label, value in (
        ("seized", f"{ex.seized_at} {ex.seized_tz} at {ex.seized_place}".strip()),
        ("seized by", ex.seized_by),
        ("authority", ex.seized_authority),
        ("quantity", ex.quantity),
        ("weight", ex.weight),
        ("seals", ", ".join(ex.seal_numbers)),
        ("stored at", ex.storage_location),
        ("device", " ".join(filter(None, (ex.device_make, ex.device_model, ex.device_serial)))),
        ("acquired with", f"{ex.acquisition_tool} {ex.acquisition_tool_version}".strip()),
        ("write-blocker", ex.write_blocker),
        ("image", ex.image_name),
        ("tags", ", ".join(ex.tags)),
    ):
        if value.strip() and value.strip() != "at":
            print(f"  {label}: {value}")
    for link in ex.links:
        print(f"  linked: {link.schema} {link.caption} ({link.entity_id}) {link.role}".rstrip())
    print(f"  content: {ex.files} file(s), {ex.bytes} bytes")
    for f in files[:200]:
        print(f"    {f.sha256}  {f.size:>12}  {f.rel_path!r}")
    if len(files) > 200:
        print(f"    ... and {len(files) - 200} more (use --json for all)")
    _print_events(events)
    return 0


def _print_events(events: list[evidence.CustodyEvent]) -> None:
    print(f"  custody: {len(events)} event(s)")
    for e in events:
        who = " -> ".join(
            x
            for x in (f"{e.from_person} {e.from_org}".strip(), f"{e.to_person} {e.to_org}".strip())
            if x
        )
        match = "" if e.matched is None else (" hashes matched" if e.matched else " HASHES DIFFER")
        print(
            f"    {e.seq:>3} {e.at:<26} {e.event:<9} {who} {e.place} {e.country.upper()}"
            f" {e.purpose}{match}".rstrip()
        )


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as case:
        rows = evidence.list_exhibits(case, text=args.text, type=args.type, tag=args.tag)
    if args.json:
        print_json([_exhibit_json(x) for x in rows])
        return 0
    for x in rows:
        print(
            f"{x.reference:<16} {x.type:<15} {x.files:>6} file(s) {x.tlp.short:<12} {x.description}"
        )
    return 0


def cmd_intake(args: argparse.Namespace) -> int:
    bar = ProgressBar("intake")
    with opened(args) as case:
        try:
            report = evidence.intake(
                case, args.exhibit, args.paths, md5=args.md5, sha1=args.sha1, progress=bar
            )
        finally:
            bar.finish()
    if args.json:
        print_json(asdict(report))
    else:
        print(
            f"intake: {report.files} file(s), {report.bytes} bytes into exhibit {args.exhibit}"
            + (f" ({report.duplicates} identical, stored once)" if report.duplicates else "")
        )
        for item in report.skipped:
            print(f"skipped: {item}")
    return 0


def cmd_custody(args: argparse.Namespace) -> int:
    if args.action not in (None, "add"):
        hint = f"custody CASE REF add {args.action}" if args.action in EVENT_TYPES else "custody CASE REF add EVENT"
        raise UsageError(f"custody: unexpected {args.action!r}; to record an event write `{hint}`")
    with opened(args) as case:
        if args.action == "add":
            if not args.event:
                raise UsageError("custody add: name the event (" + ", ".join(EVENT_TYPES) + ")")
            draft = CustodyDraft(
                event=args.event,
                at=args.at,
                matched=None if args.matched is None else args.matched == "yes",
                **{_attr(o): getattr(args, _attr(o)) for o in _EVENT_OPTS},
            )
            ev = evidence.add_custody(case, args.reference, draft)
            print(f"custody event {ev.seq} ({ev.event}) recorded")
            return 0
        events = evidence.custody_events(case, args.reference)
        problems = evidence.custody_problems(case, args.reference)
    if args.json:
        print_json({"events": [asdict(e) for e in events], "problems": problems})
    else:
        _print_events(events)
        for p in problems:
            print(f"PROBLEM: {p}")
    return 1 if problems else 0


def cmd_extract(args: argparse.Namespace) -> int:
    if args.to.exists() and not args.to.is_dir():
        raise UserError(f"{args.to}: is a file; --to needs a folder (an empty or new one)")
    bar = ProgressBar("extract")
    with opened(args) as case:
        try:
            written = evidence.extract(
                case, args.reference, args.to, args.reason, file_name=args.file, progress=bar
            )
        finally:
            bar.finish()
    print(f"extract: {len(written)} file(s) written under {args.to}, each re-hashed and matching")
    return 0
