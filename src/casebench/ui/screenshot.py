"""A screenshot of the window after it settled, then exit (packaging smoke test, docs).

`casebench.ui.app.run(screenshot=PATH)`, or the environment (what the frozen app's smoke
test sets): CASEBENCH_SMOKE_SCREENSHOT=FILE.png, CASEBENCH_SMOKE_PASSPHRASE (typed into the
unlock dialog first), CASEBENCH_SMOKE_DELAY_MS (default 8000). Other visible windows are
saved as FILE-1.png, FILE-2.png … Exit code 0 when the image was written, 3 otherwise; a
watchdog ends the process with 4 if the event loop does not come back.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QMainWindow

from casebench.ui.workbench import Workbench

DEFAULT_DELAY_MS = 8000


def _unlock(passphrase: str) -> None:
    for dialog in QApplication.topLevelWidgets():
        if not (isinstance(dialog, QDialog) and dialog.isVisible()):
            continue
        fields = [f for f in dialog.findChildren(QLineEdit) if f.echoMode() == QLineEdit.EchoMode.Password]
        boxes = dialog.findChildren(QDialogButtonBox)
        if not fields or not boxes:
            continue
        fields[0].setText(passphrase)
        ok = boxes[0].button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.click()
        else:
            dialog.accept()
        print("smoke: passphrase entered in the unlock dialog", flush=True)


def _shoot(app: QApplication, window: Workbench, out: str) -> None:
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    main = window if window.isVisible() else next((w for w in visible if isinstance(w, QMainWindow)), None)
    code = 3
    if main is not None:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        ok = main.grab().save(out)
        print(f"smoke: screenshot {out} {main.width()}x{main.height()} title={main.windowTitle()!r} "
              f"{'written' if ok else 'FAILED'}", flush=True)
        code = 0 if ok else 3
        stem, ext = os.path.splitext(out)
        for n, other in enumerate(w for w in visible if w is not main):
            other.grab().save(f"{stem}-{n + 1}{ext or '.png'}")
    else:
        print("smoke: no visible window to capture", flush=True)
    for w in visible:
        w.close()
    app.exit(code)


def install(app: QApplication, window: Workbench, out: str, *, passphrase: str | None = None,
            delay_ms: int = DEFAULT_DELAY_MS) -> threading.Timer:
    """Schedule the unlock (when a passphrase is given) and the screenshot; returns the watchdog."""
    guard = threading.Timer(delay_ms / 1000 + 60, lambda: os._exit(4))
    guard.daemon = True
    guard.start()
    if passphrase:
        QTimer.singleShot(min(1500, delay_ms // 2), lambda: _unlock(passphrase))
    QTimer.singleShot(delay_ms, lambda: _shoot(app, window, out))
    return guard

