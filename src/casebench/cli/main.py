"""`casebench` command line: argparse over services. Commands live in cli/commands/."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from casebench.cli import commands
from casebench.cli.common import UserError
from casebench.services.progress import OperationCancelled
from casebench.store.errors import CaseError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casebench",
        description="Offline workbench for cross-border investigations: encrypted case files, "
        "evidence with chain of custody, partner bundles and forum briefing packs. "
        "Passphrases come from a prompt, --passphrase-file FILE, or CASEBENCH_PASSPHRASE.",
    )
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub)
    return parser


def version_text() -> str:
    from casebench.services.about import versions

    return "\n".join(f"{name} {ver}" for name, ver in versions())


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(version_text())
        return 0
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except (CaseError, UserError) as exc:
        print(f"casebench: {exc}", file=sys.stderr)
        return 1
    except OperationCancelled as exc:
        print(f"casebench: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("casebench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
