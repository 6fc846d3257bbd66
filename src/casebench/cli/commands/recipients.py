"""recipients list|pin|unpin: who may receive our RED items, by pinned partner key."""

from __future__ import annotations

import argparse
from pathlib import Path

from casebench.cli.common import (
    UsageError,
    add_case_arg,
    add_passphrase_args,
    opened,
    print_json,
    read_passphrase,
)
from casebench.domain.ordering import name_key
from casebench.services import partners as partners_svc
from casebench.services import recipients


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("recipients", help="name the recipients of RED items by pinned partner (list, pin, unpin)")
    rsub = p.add_subparsers(dest="recipients_command", metavar="ACTION", required=True)

    rp = rsub.add_parser("list", help="RED items with their recipients; free-text names waiting to be pinned")
    add_case_arg(rp)
    add_passphrase_args(rp)
    rp.add_argument("--json", action="store_true", help="print JSON")
    rp.set_defaults(func=cmd_list)

    for name, helptext in (("pin", "make a pinned partner a recipient of RED items (matched by key)"),
                           ("unpin", "remove a pinned partner from RED items")):
        rp = rsub.add_parser(name, help=helptext)
        add_case_arg(rp)
        add_passphrase_args(rp)
        rp.add_argument("partner", metavar="PARTNER",
                        help="the partner: key id, fingerprint or name (see `casebench partner list`)")
        rp.add_argument("--item", action="append", default=[], metavar="ID",
                        help="an entity id (the entity and its RED values) or a value id; repeat")
        if name == "pin":
            rp.add_argument("--replace", default="", metavar="NAME",
                            help="every item naming this free text (whole, as `recipients list` shows it) "
                                 "gets the partner instead")
        rp.add_argument("--identity-passphrase-file", type=Path, metavar="FILE",
                        help="identity passphrase from FILE (else CASEBENCH_IDENTITY_PASSPHRASE or a prompt)")
        rp.set_defaults(func=cmd_pin if name == "pin" else cmd_unpin)


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as case:
        items = recipients.red_items(case)
        free = recipients.free_text_names(case)
    if args.json:
        print_json({"items": [{"kind": it.kind, "id": it.id, "entity_id": it.entity_id, "caption": it.caption,
                               "prop": it.prop, "count": it.count, "names": list(it.names),
                               "from_partner": it.from_partner,
                               "pinned": [p.to_json() for p in it.pinned]} for it in items],
                    "free_text_names": free})
        return 0
    if not items:
        print("no RED items")
        return 0
    for it in items:
        what = f"{it.caption}: {it.prop}" if it.prop else it.caption
        if it.kind == "records":  # pinned for the whole import: `--item IMPORT_ID`
            what = f"{it.caption}: all {it.count} imported rows, every value"
        print(f"{it.kind:<9} {it.id}  {what}")
        if it.from_partner:
            print("          from a partner: never passed on")
            continue
        for pr in it.pinned:
            print(f"          pinned: {pr.name or '(no name)'}  [key {pr.fingerprint}]")
        for n in it.names:
            print(f"          free text, not pinned: {n}")
        if not (it.pinned or it.names):
            print("          names no recipient: goes to no one")
    if free:
        print()
        print("Free-text names to re-pin (RED goes to them only once pinned to a partner's key):")
        for n, count in sorted(free.items(), key=lambda kv: name_key(kv[0])):
            print(f"  {n}  ({count} item(s))  ->  casebench recipients pin CASE PARTNER --replace {n!r}")
    return 0


def _partner(args: argparse.Namespace) -> tuple[str, str]:
    pw = read_passphrase(args, "Identity passphrase: ", env="CASEBENCH_IDENTITY_PASSPHRASE",
                         file_attr="identity_passphrase_file")
    partner = partners_svc.load(pw).find(args.partner)
    return partner.card.fingerprint.hex().upper(), partner.label()


def cmd_pin(args: argparse.Namespace) -> int:
    if not (args.item or args.replace.strip()):
        raise UsageError("say which items: --item ID (repeat) or --replace 'FREE TEXT NAME'")
    fingerprint, label = _partner(args)
    with opened(args) as case:
        n = recipients.pin(case, fingerprint, label, items=args.item, replace_name=args.replace)
    print(f"{label} is now a recipient of {n} RED item(s) (by key {fingerprint})")
    return 0


def cmd_unpin(args: argparse.Namespace) -> int:
    fingerprint, label = _partner(args)
    with opened(args) as case:
        n = recipients.unpin(case, fingerprint, items=args.item)
    print(f"{label} removed from {n} RED item(s)")
    return 0
