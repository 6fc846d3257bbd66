"""`casebench` command line: argparse over services. Commands live in cli/commands/."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from pathlib import Path

from casebench.cli import commands
from casebench.cli.common import UsageError, UserError, safe_terminal
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
    names = [info.name for info in pkgutil.iter_modules(commands.__path__)]
    rank = {name: n for n, name in enumerate(COMMAND_ORDER)}
    for name in sorted(names, key=lambda n: (rank.get(n, len(rank)), n)):
        module = importlib.import_module(f"{commands.__name__}.{name}")
        module.register(sub)
    return parser


# The order of `casebench --help`: the way a user meets the commands (modules not listed come last).
COMMAND_ORDER = ("demo", "case", "entity", "search", "evidence", "verify", "analysis", "pack", "recipients",
                 "exchange", "interop")


def _os_error_text(exc: OSError) -> str:
    if exc.filename is not None and exc.strerror:
        name = Path(str(exc.filename))
        if name.name.startswith(".tmp") or name.name.endswith(".part"):  # our temporary file: name its folder
            name = name.parent
        return f"{name}: {exc.strerror.lower()}"
    return exc.strerror or str(exc)


def version_text() -> str:
    from casebench.services.about import versions

    return "\n".join(f"{name} {ver}" for name, ver in versions())


def main(argv: Sequence[str] | None = None) -> int:
    with safe_terminal():  # case data never writes escape sequences to the terminal
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
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
    except UsageError as exc:
        print(f"casebench: {exc}", file=sys.stderr)
        return 2
    except (CaseError, UserError) as exc:
        print(f"casebench: {exc}", file=sys.stderr)
        return 1
    except OperationCancelled as exc:
        print(f"casebench: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("casebench: interrupted", file=sys.stderr)
        return 130
    except EOFError:
        print("casebench: no answer (end of input)", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a file or folder the user named: missing, not writable, disk full
        print(f"casebench: {_os_error_text(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
