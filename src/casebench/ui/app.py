"""`casebench` (no arguments) and `casebench open PATH`: the workbench window."""

from __future__ import annotations

import os
import sys

NO_DISPLAY = ("casebench needs a graphical display for its window, and none was found "
              "(DISPLAY / WAYLAND_DISPLAY are not set). Use the command line instead "
              "(casebench --help), or run with QT_QPA_PLATFORM=offscreen for scripts.")


def display_available() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def run(case_path: str | None = None) -> int:
    if not display_available():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from casebench.ui import i18n
    from casebench.ui.prefs import Prefs
    from casebench.ui.workbench import Workbench

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("casebench")
    app.setApplicationDisplayName("casebench")
    app.setOrganizationName("casebench")
    prefs = Prefs()
    i18n.install(prefs.language())
    window = Workbench(prefs)
    window.show()
    if case_path:
        window.open_case(case_path)
    try:
        return int(app.exec())
    finally:
        window.session.shutdown()
