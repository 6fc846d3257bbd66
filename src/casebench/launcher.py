"""The `casebench` program: the window when called bare or with `open`, else the CLI.

This composition root is the one module that may reach both `ui` and `cli`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path


def _gui_available() -> bool:
    try:
        import PySide6  # noqa: F401
    except ImportError:
        return False
    try:
        import casebench.ui.app  # noqa: F401
    except ImportError:
        return False
    return True


def has_display() -> bool:
    """A screen to show a window on (an explicit QT_QPA_PLATFORM counts, offscreen does not)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and platform != "offscreen":
        return True
    if platform == "offscreen":
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _demo(args: list[str]) -> int:
    """`casebench demo`: build the case, then open it, or write its outputs when there is no screen."""
    from casebench.cli.main import main as cli_main

    rest = [a for a in args[1:] if a != "--no-gui"]
    no_gui = "--no-gui" in args or "-h" in args or "--help" in args
    code = cli_main(["demo", *rest, "--no-gui"] if not ("-h" in args or "--help" in args) else args)
    if code != 0 or no_gui:
        return code
    positional = [a for a in rest if not a.startswith("-")]
    path = Path(positional[0]) if positional else Path("Mar-Azul.casebench")
    if has_display() and _gui_available():
        if gui_can_start():
            from casebench.ui.app import run

            return run(case_path=str(path))
        print(GUI_LIBS_HINT, file=sys.stderr)
        print("Writing the demo's outputs instead.")
        return _write_demo_outputs(path)
    print("No display found: not opening the window; writing the demo's outputs instead.")
    return _write_demo_outputs(path)


def _write_demo_outputs(path: Path) -> int:
    try:
        from casebench.demo.outputs import write_demo_outputs
    except ImportError:
        print("casebench: briefing-pack output is not available in this build", file=sys.stderr)
        return 1
    from casebench.cli.common import ProgressBar
    from casebench.services.cases import open_case
    from casebench.services.settings import current_user

    out_dir = path.parent / (path.name.removesuffix(".casebench") + "-outputs")
    out_dir.mkdir(parents=True, exist_ok=True)
    bar = ProgressBar("writing outputs")
    with open_case(path, os.environ.get("CASEBENCH_DEMO_PASSPHRASE", "demo"), user=current_user()) as case:
        written = write_demo_outputs(case, out_dir, progress=bar)
    bar.finish()
    for item in written:
        print(f"wrote {item}")
    return 0


GUI_LIBS_HINT = (
    "casebench could not start its window: Qt's display plugin failed to load. On Linux this "
    "usually means missing system libraries (Debian/Ubuntu: apt install libxcb-cursor0 "
    "libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0). "
    "The command line works without them: casebench --help."
)


def gui_can_start() -> bool:
    """Try the window system in a child process: Qt aborts the whole process when its
    platform plugin cannot load, which must not take a just-built demo case down with it."""
    if not sys.platform.startswith("linux"):
        return True
    import subprocess

    cmd = [sys.executable, "--probe-gui"] if getattr(sys, "frozen", False) else [
        sys.executable, "-m", "casebench", "--probe-gui"]
    try:
        done = subprocess.run(cmd, capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


def _probe_gui() -> int:
    from PySide6.QtWidgets import QApplication

    QApplication([sys.argv[0]])
    return 0


def harden_process() -> None:
    """No core dumps: a crash of an unlocked case must not write its keys and plaintext
    to disk. RLIMIT_CORE 0 everywhere it exists; on Linux also PR_SET_DUMPABLE 0, which
    covers core handlers that ignore the limit (systemd-coredump, apport) and stops other
    processes of the same user from attaching to read our memory."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # Windows has no core files; a platform refusing the limit still gets prctl
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass


PR_SET_DUMPABLE = 4  # <linux/prctl.h>


def _quiet_closed_pipe() -> None:
    """After stdout's reader went away (`casebench --version | head -1`): no traceback, and
    no second error when Python flushes stdout at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()
    from casebench.store.agecrypt import test_hook_refusal

    refusal = test_hook_refusal()
    if refusal:
        print(f"casebench: {refusal}", file=sys.stderr)
        return 2
    try:
        code = _main(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_closed_pipe()
        return 0
    return code


def as_open(args: list[str]) -> list[str]:
    """`casebench CASE` (a case folder as the only argument) means `casebench open CASE`."""
    if len(args) == 1 and not args[0].startswith("-") and (
            args[0].rstrip("/\\").endswith(".casebench") or (Path(args[0]) / "case.json").is_file()):
        return ["open", args[0]]
    return args


def _main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--probe-gui"]:
        return _probe_gui()
    if args and args[0] == "demo":
        return _demo(args)
    args = as_open(args)
    wants_gui = not args or (args[0] == "open" and "--no-gui" not in args and "-h" not in args
                             and "--help" not in args)
    if wants_gui and _gui_available():
        if has_display() and not gui_can_start():
            print(GUI_LIBS_HINT, file=sys.stderr)
            return 1
        from casebench.ui.app import run

        return run(case_path=args[1] if len(args) > 1 else None)
    from casebench.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
