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
    p.add_argument("--quick", action="store_true",
                   help="compare each encrypted evidence file with the SHA-256 recorded when it was "
                        "written, without decrypting (fast; does not prove the content itself)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_verify)


def cmd_verify(args: argparse.Namespace) -> int:
    bar = ProgressBar("verifying")
    with opened(args) as case:
        report = verify_case(case, exhibit=args.exhibit, quick=args.quick, progress=bar)
    bar.finish()
    name = "verify --quick" if report.quick else "verify"
    if args.json:
        print_json({"ok": report.ok, "quick": report.quick, "not_proven": report.not_proven,
                    "problems": report.problems, "checked": report.checked})
    else:
        for item in report.checked:
            print(f"checked: {item}")
        for problem in report.problems:
            print(f"PROBLEM: {problem}")
        if report.quick:
            print(f"NOTE: {report.not_proven}")
        print(f"{name}: OK, no problems found" if report.ok else f"{name}: {len(report.problems)} problem(s) found")
    return 0 if report.ok else 1
