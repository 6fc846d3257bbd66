"""new, info, open, key, audit."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from casebench.cli.common import (
    UserError,
    add_case_arg,
    add_passphrase_args,
    opened,
    print_json,
    read_passphrase,
)
from casebench.services import audit, cases
from casebench.services.settings import current_user


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("new", help="create a new encrypted case")
    p.add_argument("case", metavar="CASE", type=Path, help="folder to create, e.g. Mar-Azul.casebench")
    p.add_argument("--title", default="", help="case title (kept inside the encrypted database)")
    p.add_argument("--reference", default="", help="case reference, e.g. ES-UDYCO-2024-0117")
    p.add_argument("--originator", default="", help="originating agency")
    p.add_argument("--country", default="", help="originating country (ISO code, e.g. es)")
    p.add_argument("--tlp", default="AMBER", help="default TLP for new items (default AMBER)")
    p.add_argument("--passphrase-file", type=Path, metavar="FILE",
                   help="read the new case's passphrase from the first line of FILE "
                   "(else CASEBENCH_PASSPHRASE or a prompt, asked twice)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("info", help="show what a case holds")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("open", help="open a case in the workbench window (--no-gui: print its summary)")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("--no-gui", action="store_true", help="print the case summary instead")
    p.add_argument("--json", action="store_true", help="with --no-gui: print JSON")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("key", help="manage key slots: add, remove, passwd, list")
    ksub = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    for name, helptext in (("add", "add a key slot (e.g. a supervisor recovery slot)"),
                           ("remove", "remove a key slot (never the last one)"),
                           ("passwd", "change the passphrase of a slot (the database is not rewritten)"),
                           ("list", "list key slots")):
        kp = ksub.add_parser(name, help=helptext)
        add_case_arg(kp)
        add_passphrase_args(kp)
        if name in ("add", "remove"):
            kp.add_argument("name", metavar="NAME", help="slot name, e.g. recovery")
        if name in ("add", "passwd"):
            kp.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                            help="read the new passphrase from FILE (else CASEBENCH_NEW_PASSPHRASE or a prompt)")
        kp.set_defaults(func=cmd_key, key_action=name)

    p = sub.add_parser("audit", help="list the audit log (and check its chain)")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("--category", help="collection, alteration, consultation, disclosure, combination, erasure")
    p.add_argument("--user", help="only the records of this user")
    p.add_argument("--grep", help="text in the action, target or justification")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_audit)


def cmd_new(args: argparse.Namespace) -> int:
    # A weak passphrase is warned about in read_passphrase (the same for every new one).
    passphrase = read_passphrase(args, "New passphrase: ", confirm=True)
    case = cases.create_case(args.case, passphrase, user=current_user(), title=args.title,
                             reference=args.reference, originator=args.originator,
                             originator_country=args.country, default_tlp=args.tlp)
    case.close()
    print(f"created {args.case}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with opened(args) as case:
        info = cases.case_info(case)
    if args.json:
        data = dataclasses.asdict(info)
        data["path"] = str(info.path)
        data["default_tlp"] = info.default_tlp.short
        print_json(data)
        return 0
    print(f"{info.title}  [{info.default_tlp.label}]")
    print(f"  reference   {info.reference or '-'}")
    print(f"  originator  {info.originator or '-'} ({info.originator_country.upper() or '-'})")
    print(f"  case id     {info.case_id}")
    print(f"  created     {info.created_at}")
    print(f"  key slots   {', '.join(info.slots)}")
    print(f"  entities    {info.entities}")
    if info.records:
        print(f"              of which {info.records} imported calls kept compactly (their values are not"
              " counted as statements)")
    print(f"  statements  {info.statements}")
    print(f"  audit log   {info.audit_records} records")
    return 0


def cmd_key(args: argparse.Namespace) -> int:
    with opened(args) as case:
        if args.key_action == "list":
            for name in cases.keyslots.list_slots(case.path):
                print(name + ("  (unlocked with)" if name == case.slot else ""))
            return 0
        if args.key_action == "remove":
            case.remove_slot(args.name)
            print(f"removed key slot {args.name}")
            return 0
        prompt = (f"Passphrase for the new key slot {args.name}: " if args.key_action == "add"
                  else f"New passphrase for key slot {case.slot}: ")
        new = read_passphrase(args, prompt, confirm=True, env="CASEBENCH_NEW_PASSPHRASE",
                              file_attr="new_passphrase_file")
        if args.key_action == "add":
            case.add_slot(args.name, new)
            print(f"added key slot {args.name}")
        else:
            case.change_passphrase(new)
            print(f"changed the passphrase of key slot {case.slot}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    if args.category and args.category not in audit.CATEGORIES:
        raise UserError(f"unknown category {args.category!r}; use one of {', '.join(audit.CATEGORIES)}")
    with opened(args) as case:
        recs = audit.records(case, category=args.category, user=args.user, text=args.grep)
        problems = audit.verify(case)
    if args.json:
        print_json({"records": [dataclasses.asdict(r) for r in recs], "chain_problems": problems})
    else:
        for r in recs:
            extra = f"  — {r.justification}" if r.justification else ""
            print(f"{r.seq:6d}  {r.at[:19]}Z  {r.user:<12} {r.category:<13} {r.action}  {r.target}{extra}")
        print("audit chain: " + ("intact" if not problems else "BROKEN: " + "; ".join(problems)))
    return 1 if problems else 0
