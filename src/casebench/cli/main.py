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
from casebench.cli.error_texts import cli_text
from casebench.services.errors import CaseError
from casebench.services.progress import OperationCancelled


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command``, only the module that defines it is imported.

    Importing every command module pulls in reportlab, python-docx, networkx and the rest:
    about a second before any work. A command that names itself loads what it uses only.
    """
    parser = argparse.ArgumentParser(
        prog="casebench",
        description="Offline workbench for cross-border investigations: encrypted case files, "
        "evidence with chain of custody, partner bundles and forum briefing packs. "
        "Passphrases come from a prompt, --passphrase-file FILE, or CASEBENCH_PASSPHRASE.",
    )
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if command in COMMANDS:
        modules = [COMMANDS[command]]
    else:
        names = [info.name for info in pkgutil.iter_modules(commands.__path__)]
        rank = {name: n for n, name in enumerate(COMMAND_ORDER)}
        modules = sorted(names, key=lambda n: (rank.get(n, len(rank)), n))
    for name in modules:
        module = importlib.import_module(f"{commands.__name__}.{name}")
        module.register(sub)
    return parser


# The order of `casebench --help`: the way a user meets the commands (modules not listed come last).
COMMAND_ORDER = ("demo", "case", "entity", "search", "evidence", "verify", "analysis", "summary", "pack", "recipients",
                 "exchange", "interop", "shell")

# Which module of cli/commands defines each command (a test keeps this in step with them).
COMMANDS = {
    "demo": "demo",
    "new": "case", "info": "case", "open": "case", "key": "case", "audit": "case",
    "entity": "entity",
    "search": "search", "timeline": "search",
    "exhibit": "evidence", "intake": "evidence", "custody": "evidence", "extract": "evidence",
    "verify": "verify",
    "chart": "analysis", "path": "analysis",
    "summary": "summary",
    "pack": "pack", "brief": "pack",
    "recipients": "recipients",
    "identity": "exchange", "partner": "exchange", "export": "exchange", "import": "exchange",
    "merges": "exchange",
    "import-table": "interop", "spec": "interop", "export-ftm": "interop", "export-stix": "interop",
    "export-case-uco": "interop", "import-ftm": "interop",
    "shell": "shell",
}


def command_of(argv: Sequence[str]) -> str | None:
    """The command word of an argument list (the first word that is not an option)."""
    for word in argv:
        if not word.startswith("-"):
            return word
    return None


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
        words = list(sys.argv[1:] if argv is None else argv)
        parser = build_parser(command_of(words))
        args = parser.parse_args(words)
        return run(parser, args)


def run(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Run parsed arguments; expected problems become one line and an exit code."""
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
        print(f"casebench: {cli_text(exc)}", file=sys.stderr)
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
