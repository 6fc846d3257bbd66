"""The `casebench` program: the window when called bare or with `open`, else the CLI.

This composition root is the one module that may reach both `ui` and `cli`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


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


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    wants_gui = not args or (args[0] == "open" and "--no-gui" not in args and "-h" not in args
                             and "--help" not in args)
    if wants_gui and _gui_available():
        from casebench.ui.app import run

        return run(case_path=args[1] if len(args) > 1 else None)
    from casebench.cli.main import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
