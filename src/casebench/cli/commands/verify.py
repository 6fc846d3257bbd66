"""verify."""

from __future__ import annotations

import argparse

from casebench.cli.common import ProgressBar, add_case_arg, add_passphrase_args, opened, print_json
from casebench.services.verify import verify_case


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="prove the case is intact (exit 1 and name every problem)")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("--exhibit", metavar="REF", help="only this exhibit's content and custody")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    bar = ProgressBar("verifying")
    with opened(args) as case:
        report = verify_case(case, exhibit=args.exhibit, progress=bar)
    bar.finish()
    if args.json:
        print_json({"ok": report.ok, "problems": report.problems, "checked": report.checked})
    else:
        for item in report.checked:
            print(f"checked: {item}")
        for problem in report.problems:
            print(f"PROBLEM: {problem}")
        print("verify: OK, no problems found" if report.ok else f"verify: {len(report.problems)} problem(s) found")
    return 0 if report.ok else 1
