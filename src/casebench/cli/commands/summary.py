"""summary set|show|clear: the executive summary printed at the head of a briefing pack."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebench.cli.common import (
    UsageError,
    UserError,
    add_case_arg,
    add_passphrase_args,
    opened,
    print_json,
)
from casebench.domain.handling import TLP
from casebench.services import summary as summary_svc
from casebench.services.cases import default_tlp


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("summary", help="the case's executive summary for briefing packs (set, show, clear)",
                       description="The executive summary opens every briefing pack whose highest TLP "
                       "lets the summary's own TLP through. It names who wrote it.")
    ssub = p.add_subparsers(dest="summary_command", metavar="ACTION", required=True)

    sp = ssub.add_parser("set", help="write or replace the executive summary")
    add_case_arg(sp)
    add_passphrase_args(sp)
    src = sp.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", help="the summary text")
    src.add_argument("--file", type=Path, metavar="FILE", help="read the summary from a UTF-8 text file "
                     "(- for standard input)")
    sp.add_argument("--tlp", metavar="TLP",
                    help="the summary's TLP: CLEAR, GREEN, AMBER, AMBER+STRICT, RED (default: the case's)")
    sp.set_defaults(func=cmd_set)

    sp = ssub.add_parser("show", help="print the executive summary with its TLP and author")
    add_case_arg(sp)
    add_passphrase_args(sp)
    sp.add_argument("--json", action="store_true", help="print JSON")
    sp.set_defaults(func=cmd_show)

    sp = ssub.add_parser("clear", help="remove the executive summary")
    add_case_arg(sp)
    add_passphrase_args(sp)
    sp.set_defaults(func=cmd_clear)


def _read_text(args: argparse.Namespace) -> str:
    if args.text is not None:
        return str(args.text)
    if str(args.file) == "-":
        return sys.stdin.read()
    try:
        return Path(args.file).read_text("utf-8")
    except OSError as exc:
        raise UserError(f"cannot read {args.file}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise UserError(f"cannot read {args.file}: it is not UTF-8 text") from None


def cmd_set(args: argparse.Namespace) -> int:
    try:
        tlp = TLP.parse(args.tlp) if args.tlp is not None else None
    except ValueError as exc:
        raise UsageError(f"--tlp: {exc}") from None
    text = _read_text(args)
    with opened(args) as case:
        saved = summary_svc.set_summary(case, text, tlp if tlp is not None else default_tlp(case))
    print(f"executive summary saved ({saved.tlp.label}, {len(saved.text)} characters, by {saved.author})")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with opened(args) as case:
        saved = summary_svc.get_summary(case)
    if args.json:
        print_json(None if saved is None else {"text": saved.text, "tlp": saved.tlp.short,
                                               "author": saved.author, "updated_at": saved.updated_at})
        return 0
    if saved is None:
        print("no executive summary")
        return 0
    print(f"{saved.tlp.label} · {saved.author} · {saved.updated_at}")
    print()
    print(saved.text)
    return 0


def cmd_clear(args: argparse.Namespace) -> int:
    with opened(args) as case:
        removed = summary_svc.clear_summary(case)
    print("executive summary removed" if removed else "no executive summary to remove")
    return 0
