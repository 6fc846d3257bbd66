"""What every command shares: passphrases, opening a case, progress bars, output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from casebench.domain import passphrases
from casebench.services.cases import default_tlp, open_case
from casebench.services.errors import storage_error
from casebench.services.settings import current_user

if TYPE_CHECKING:  # not at run time: it imports the entity store, which info and verify do not need
    from casebench.domain.handling import TLP
    from casebench.services.types import Case


class UserError(Exception):
    """An expected problem: printed as one line, exit code 1."""


class UsageError(UserError):
    """A mistake in the command itself (options that go together): one line, exit code 2."""


TLP_LEVELS = "CLEAR, GREEN, AMBER, AMBER+STRICT, RED"


def add_max_tlp_arg(parser: argparse.ArgumentParser, what: str) -> None:
    """``--max-tlp``: unset means the case's default level, as the window's export dialogs
    start (decision 49): one default for every way a case's content leaves."""
    parser.add_argument("--max-tlp", metavar="TLP",
                        help=f"{what}: {TLP_LEVELS} (default: the case's default TLP)")


def given_max_tlp(args: argparse.Namespace) -> TLP | None:
    """The level given with ``--max-tlp``, checked before the passphrase is asked."""
    from casebench.domain.handling import TLP

    if args.max_tlp is None:
        return None
    try:
        return TLP.parse(args.max_tlp)
    except ValueError as exc:
        raise UserError(f"--max-tlp: {exc}") from None


def max_tlp_for(case: Case, given: TLP | None) -> TLP:
    return given if given is not None else default_tlp(case)


def add_case_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case", metavar="CASE", type=Path, help="the case folder (NAME.casebench)")


def add_passphrase_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="read the passphrase from the first line of FILE")
    parser.add_argument("--slot", help="key slot to unlock (default: try each)")
    parser.add_argument("--read-only", action="store_true",
                        help="open without changing anything (no lock file, no audit record; "
                        "automatic when the case folder cannot be written), e.g. a court copy")


def read_passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ", *, confirm: bool = False,
                    env: str = "CASEBENCH_PASSPHRASE", file_attr: str = "passphrase_file") -> str:
    """From --passphrase-file, then the environment, then an interactive prompt.

    ``confirm`` marks a new passphrase (asked twice at a prompt): wherever it comes from,
    a weak one gets the same warning and strength hint (case, key slot, identity, bundle).
    """
    value = _read_passphrase(args, prompt, confirm=confirm, env=env, file_attr=file_attr)
    if confirm:
        advice = passphrases.warning(value)
        if advice:
            print(f"casebench: warning: {advice}", file=sys.stderr)
    return value


def _read_passphrase(args: argparse.Namespace, prompt: str, *, confirm: bool, env: str, file_attr: str) -> str:
    pfile = getattr(args, file_attr, None)
    if pfile:
        try:
            return Path(pfile).read_text("utf-8").splitlines()[0]
        except OSError as exc:
            raise UserError(f"cannot read the passphrase from {pfile}: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise UserError(f"cannot read the passphrase from {pfile}: it is not a text file") from None
        except IndexError:
            raise UserError(f"cannot read the passphrase from {pfile}: the file is empty") from None
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        option = "--" + file_attr.replace("_", "-")
        raise UserError(f"no passphrase, and no terminal to ask for it on: use {option} FILE or set {env}")
    first = getpass.getpass(prompt)
    if confirm:
        again = getpass.getpass("Repeat the passphrase: ")
        if again != first:
            raise UserError("the two passphrases differ")
    return first


# Cases held open by `casebench shell`, by resolved folder: commands in the shell reuse the
# unlocked case instead of asking for the passphrase and running the KDF again.
HELD: dict[Path, Case] = {}


@contextlib.contextmanager
def opened(args: argparse.Namespace) -> Iterator[Case]:
    held = HELD.get(Path(args.case).resolve()) if HELD else None
    if held is not None:
        if getattr(args, "slot", None) or getattr(args, "passphrase_file", None) or (
                getattr(args, "read_only", False) and not held.read_only):
            raise UsageError("--slot, --passphrase-file and --read-only apply when the shell opens "
                             "the case (casebench shell CASE --read-only), not to one command")
        with plain_storage_errors(held.path):
            yield held
        return
    passphrase = read_passphrase(args, f"Passphrase of {Path(args.case).name}: ")
    with plain_storage_errors(Path(args.case)):
        case = open_case(args.case, passphrase, user=current_user(), slot=getattr(args, "slot", None),
                         read_only=getattr(args, "read_only", False))
    for note in case.recovery:  # what opening repaired: never silent
        print(f"casebench: {case.path}: {note}", file=sys.stderr)
    try:
        with plain_storage_errors(case.path):
            yield case
    finally:
        case.close()


@contextlib.contextmanager
def plain_storage_errors(path: Path) -> Iterator[None]:
    """SQLCipher and disk errors (full, read-only, I/O, permission) as one plain line."""
    try:
        yield
    except Exception as exc:
        plain = storage_error(exc, path)
        if plain is None:
            raise
        raise plain from exc


def check_output_file(path: Path, what: str = "output file") -> None:
    """Refuse, in one line, an output path whose folder is missing or that names a folder."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise UserError(f"{path}: is a folder; give the name of the {what} to write")
    if not folder.is_dir():
        raise UserError(f"{path}: the folder {folder} does not exist; create it first")


class ProgressBar:
    """A one-line terminal progress bar on stderr (silent when stderr is not a terminal)."""

    def __init__(self, label: str, *, stream: Any = None, unit: str = "") -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.unit = unit
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int, message: str = "") -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        width = 30
        frac = min(1.0, done / total) if total else 0.0
        bar = "#" * int(frac * width) + "-" * (width - int(frac * width))
        text = f"\r{self.label} [{bar}] {frac * 100:5.1f}% {message[:40]:<40}"
        self.stream.write(text)
        self.stream.flush()
        self._drawn = True

    def finish(self) -> None:
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()


# -- terminal output -------------------------------------------------------------------------
# Case data reaches the terminal in names, notes, file names and messages. An escape sequence
# in a name ("\x1b]52;c;…" writes the clipboard, "\x1b[8m" hides text, "\x1b]0;…" retitles
# the window), a carriage return or a bidi override would let a partner's bundle or an
# imported table change what the investigator reads, and a lone surrogate (a file name in a
# foreign encoding) would crash the print. Everything written to stdout and stderr goes
# through one filter that shows such characters as \uXXXX; inside JSON strings that is the
# JSON escape of the same character, so --json output decodes to the exact value.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")
_UNSAFE_CR = re.compile(f"{_UNSAFE.pattern[:-1]}\r]")


def _escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def terminal_safe(text: str, *, keep_cr: bool = False) -> str:
    """``text`` with control, bidi and lone-surrogate characters shown as ``\\uXXXX``."""
    pattern = _UNSAFE if keep_cr else _UNSAFE_CR
    return pattern.sub(_escape, text) if pattern.search(text) else text


class _SafeStream:
    """A text stream that writes :func:`terminal_safe` text; everything else is the stream's."""

    def __init__(self, stream: Any, *, keep_cr: bool) -> None:
        self._stream = stream
        self._keep_cr = keep_cr

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text, keep_cr=self._keep_cr))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def safe_terminal() -> Iterator[None]:
    """stdout and stderr filtered for the duration (stderr keeps \\r: the progress bar)."""
    out, err = sys.stdout, sys.stderr
    sys.stdout = _SafeStream(out, keep_cr=False)
    sys.stderr = _SafeStream(err, keep_cr=True)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def parse_assignments(items: list[str] | None) -> list[tuple[str, str]]:
    out = []
    for item in items or []:
        prop, sep, value = item.partition("=")
        if not sep or not prop.strip():
            raise UserError(f"--set {item!r}: write PROPERTY=VALUE, e.g. --set name='Ana Gomes'")
        out.append((prop.strip(), value))
    return out
