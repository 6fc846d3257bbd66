"""PyInstaller runtime hook: an offscreen screenshot for the packaging smoke test.

Does nothing unless ``CASEBENCH_SMOKE_SCREENSHOT=FILE.png`` is set. Then the window started
by ``casebench`` / ``casebench open PATH`` is captured after a delay, saved to FILE.png and
the program exits (code 0 when the image was written). With
``CASEBENCH_SMOKE_PASSPHRASE`` also set, the passphrase is typed into the unlock dialog
first, so the picture shows the open case. Used by ``packaging/smoke_test.sh`` with
``QT_QPA_PLATFORM=offscreen``; it opens no socket and writes only the given file.
"""


def _install_smoke_screenshot() -> None:
    import os

    out = os.environ.get("CASEBENCH_SMOKE_SCREENSHOT")
    if not out:
        return
    try:
        import casebench.ui.app as app_module
    except ImportError:  # a build without the window: nothing to capture
        return
    original = app_module.run
    delay_ms = int(os.environ.get("CASEBENCH_SMOKE_DELAY_MS", "8000"))
    passphrase = os.environ.get("CASEBENCH_SMOKE_PASSPHRASE")

    def run(case_path=None):
        import sys
        import threading

        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import (
            QApplication,
            QDialog,
            QDialogButtonBox,
            QLineEdit,
            QMainWindow,
        )

        app = QApplication.instance() or QApplication(sys.argv[:1])
        # Never hang a build: leave hard if the event loop does not come back.
        guard = threading.Timer(delay_ms / 1000 + 60, lambda: os._exit(4))
        guard.daemon = True
        guard.start()

        def unlock() -> None:
            if not passphrase:
                return
            for dialog in QApplication.topLevelWidgets():
                if not (isinstance(dialog, QDialog) and dialog.isVisible()):
                    continue
                fields = [f for f in dialog.findChildren(QLineEdit)
                          if f.echoMode() == QLineEdit.EchoMode.Password]
                boxes = dialog.findChildren(QDialogButtonBox)
                if not fields or not boxes:
                    continue
                fields[0].setText(passphrase)
                ok = boxes[0].button(QDialogButtonBox.StandardButton.Ok) or \
                    boxes[0].button(QDialogButtonBox.StandardButton.Open)
                if ok is not None:
                    ok.click()
                else:
                    dialog.accept()
                print("smoke: passphrase entered in the unlock dialog", flush=True)

        def shoot() -> None:
            visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
            main = [w for w in visible if isinstance(w, QMainWindow)] or visible
            code = 3
            if main:
                window = main[0]
                ok = window.grab().save(out)
                print(f"smoke: screenshot {out} {window.width()}x{window.height()} "
                      f"title={window.windowTitle()!r} {'written' if ok else 'FAILED'}",
                      flush=True)
                code = 0 if ok else 3
                stem, ext = os.path.splitext(out)
                for n, other in enumerate(w for w in visible if w is not window):
                    other.grab().save(f"{stem}-{n + 1}{ext or '.png'}")
            else:
                print("smoke: no visible window to capture", flush=True)
            for w in visible:
                w.close()
            app.exit(code)

        QTimer.singleShot(min(1500, delay_ms // 2), unlock)
        QTimer.singleShot(delay_ms, shoot)
        try:
            return original(case_path=case_path)
        finally:
            guard.cancel()

    app_module.run = run


_install_smoke_screenshot()
