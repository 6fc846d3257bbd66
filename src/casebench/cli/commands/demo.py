"""demo: build the fictional demo case "Operation Mar Azul"."""

from __future__ import annotations

import argparse
from pathlib import Path

from casebench.cli.common import ProgressBar
from casebench.demo import DEMO_PASSPHRASE

DEFAULT_PATH = Path("Mar-Azul.casebench")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="build the fictional demo case Operation Mar Azul (passphrase: demo)",
        description="Build the demo case: a fictional cocaine route from Ecuador via The Gambia "
        "and Guinea-Bissau to Spain and Portugal. All people, companies and numbers are "
        f"invented. The passphrase is '{DEMO_PASSPHRASE}'.",
    )
    p.add_argument(
        "case",
        metavar="PATH",
        type=Path,
        nargs="?",
        default=DEFAULT_PATH,
        help=f"folder to create (default: ./{DEFAULT_PATH})",
    )
    p.add_argument(
        "--no-gui",
        action="store_true",
        help="only build the case and print where it is; do not open the window",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="delete an earlier demo case at PATH first (never any other folder)",
    )
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from casebench.demo import build_demo

    bar = ProgressBar("building the demo case")
    try:
        result = build_demo(
            args.case, passphrase=DEMO_PASSPHRASE, replace=args.replace, progress=bar
        )
    finally:
        bar.finish()
    print(f"demo case: {result.path.resolve()}")
    print(f"passphrase: {result.passphrase}")
    print(
        f"  {result.people} people, {result.organisations} organisations, "
        f"{result.calls} calls, {result.payments} payments, {result.events} events, "
        f"{result.dated_items} dated items"
    )
    return 0
