"""shell: several commands under one unlock.

Every `casebench` command unlocks the case again (the key derivation costs about half a
second on purpose). A script that lists, searches and exports would pay it each time, or
be tempted to keep the passphrase in the environment. `casebench shell CASE` unlocks once,
reads commands from standard input (one per line, as after `casebench`), runs them against
the open case, and closes it at the end of input, on `exit`, after an idle time at a
terminal, or on Ctrl-C. The key never leaves the process; nothing is written to disk that a
single command would not write.
"""

from __future__ import annotations

import argparse
import select
import shlex
import sys
from pathlib import Path
from typing import TextIO

from casebench.cli.common import HELD, UsageError, add_case_arg, add_passphrase_args, opened

# Commands that make no sense inside a shell: another shell, or the window.
REFUSED = {"shell": "a shell is already running", "open": "the window is opened with casebench open"}
PROMPT = "casebench> "


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "shell", help="run several commands under one unlock (commands from standard input)",
        description="Unlock CASE once, then run commands read from standard input, one per "
        "line, written as after `casebench` (e.g. `search CASE garcia`); `@` stands for CASE. "
        "Lines starting with # are comments; `exit` ends. The case is closed at the end of "
        "input, on exit, after --idle-minutes without input at a terminal, or on Ctrl-C. "
        "Exit code: the highest of the commands' codes.")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("--idle-minutes", type=float, default=15.0, metavar="N",
                   help="at a terminal, close the case after N minutes without input (default 15)")
    p.add_argument("--stop-on-error", action="store_true",
                   help="stop at the first command that fails (for scripts)")
    p.set_defaults(func=cmd_shell)


def cmd_shell(args: argparse.Namespace) -> int:
    if args.idle_minutes <= 0:
        raise UsageError("--idle-minutes must be more than 0")
    with opened(args) as case:
        key = Path(args.case).resolve()
        HELD[key] = case
        try:
            return _loop(str(args.case), sys.stdin, args.idle_minutes * 60, args.stop_on_error)
        finally:
            HELD.pop(key, None)


def _loop(case_arg: str, stream: TextIO, idle_seconds: float, stop_on_error: bool) -> int:
    from casebench.cli.main import build_parser, command_of, run

    interactive = stream.isatty()
    worst = 0
    while True:
        if interactive:
            print(PROMPT, end="", file=sys.stderr, flush=True)
            if not _wait_for_input(stream, idle_seconds):
                print(f"\ncasebench: no input for {idle_seconds / 60:g} minutes: the case is closed",
                      file=sys.stderr)
                return worst
        line = stream.readline()
        if not line:
            return worst
        try:
            words = shlex.split(line, comments=True)
        except ValueError as exc:  # an unclosed quote
            print(f"casebench: {exc}", file=sys.stderr)
            worst = max(worst, 2)
            continue
        if not words:
            continue
        if words[0] in ("exit", "quit"):
            return worst
        words = [case_arg if w == "@" else w for w in words]
        command = command_of(words)
        if command in REFUSED:
            print(f"casebench: {command}: not in a shell ({REFUSED[command]})", file=sys.stderr)
            code = 2
        else:
            parser = build_parser(command)
            try:
                code = run(parser, parser.parse_args(words))
            except SystemExit as exc:  # argparse: a usage error or --help, already printed
                code = exc.code if isinstance(exc.code, int) else 2
        sys.stdout.flush()
        worst = max(worst, code)
        if code and stop_on_error:
            return code


def _wait_for_input(stream: TextIO, seconds: float) -> bool:
    """True when a line can be read; False after ``seconds`` of silence (POSIX terminals)."""
    try:
        ready, _, _ = select.select([stream], [], [], seconds)
    except (OSError, ValueError):  # no select on this stream (Windows consoles): no idle close
        return True
    return bool(ready)
