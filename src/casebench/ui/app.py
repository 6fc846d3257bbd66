"""`casebench` (no arguments) and `casebench open PATH`: the workbench window."""

from __future__ import annotations

import os
import sys

NO_DISPLAY = ("casebench needs a graphical display for its window, and none was found "
              "(DISPLAY / WAYLAND_DISPLAY are not set). Use the command line instead: "
              "`casebench open CASE --no-gui` prints a case's summary, `casebench --help` "
              "lists every command.")


def display_available() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run(case_path: str | None = None, screenshot: str | None = None,
        screenshot_passphrase: str | None = None, screenshot_delay_ms: int | None = None) -> int:
    """Show the window (and open `case_path`). With `screenshot` (or CASEBENCH_SMOKE_SCREENSHOT in
    the environment), save a picture of the window after a delay and exit (see ui.screenshot)."""
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from casebench.ui import failures, i18n
    from casebench.ui.prefs import Prefs
    from casebench.ui.workbench import Workbench

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("casebench")
    app.setApplicationDisplayName("casebench")
    app.setOrganizationName("casebench")
    failures.install_excepthook()  # an error in a slot is shown and kept in memory, not lost
    prefs = Prefs()
    i18n.install(prefs.language())
    window = Workbench(prefs)
    window.show()
    if case_path:
        window.open_case(case_path)
    guard = None
    env_out, env_pass, env_delay = screenshot_env()
    out = screenshot or env_out
    if out:
        from casebench.ui import screenshot as shot

        guard = shot.install(app, window, out, passphrase=screenshot_passphrase or env_pass,
                             delay_ms=screenshot_delay_ms if screenshot_delay_ms is not None else env_delay)
    try:
        return int(app.exec())
    finally:
        if guard is not None:
            guard.cancel()
        window.session.shutdown()


def screenshot_env() -> tuple[str | None, str | None, int]:
    """CASEBENCH_SMOKE_SCREENSHOT / _PASSPHRASE / _DELAY_MS (the packaging smoke test's variables)."""
    try:
        delay = int(os.environ.get("CASEBENCH_SMOKE_DELAY_MS", "8000"))
    except ValueError:
        delay = 8000
    return (os.environ.get("CASEBENCH_SMOKE_SCREENSHOT") or None,
            os.environ.get("CASEBENCH_SMOKE_PASSPHRASE") or None, delay)
