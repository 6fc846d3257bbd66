"""Build the demo case, open it offscreen at 1280×800 and save a screenshot of each main view.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [--out docs/screenshots] [--lang es]

Writes welcome.png, unlock.png, entities.png, editor-new.png, search.png, exhibits.png,
timeline.png, chart.png, forum.png and audit.png. The demo case is built in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent / "screenshots"))
    parser.add_argument("--lang", default="en", choices=["en", "es", "pt", "fr"])
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="casebench-shots-"))
    os.environ["CASEBENCH_HOME"] = str(work / "home")
    os.environ.setdefault("CASEBENCH_USER", "i.moreno")

    from PySide6.QtWidgets import QApplication

    from casebench.services.demo import DEMO_PASSPHRASE, build_demo
    from casebench.ui import i18n
    from casebench.ui.prefs import Prefs
    from casebench.ui.workbench import Workbench

    app = QApplication.instance() or QApplication(sys.argv[:1])
    case_path = work / "Mar-Azul.casebench"
    print("building the demo case …")
    build_demo(case_path, passphrase=DEMO_PASSPHRASE, replace=True)
    prefs = Prefs()
    prefs.add_recent(str(case_path))
    i18n.install(args.lang)
    win = Workbench(prefs)
    win.resize(1280, 800)
    win.show()

    def settle(until: Callable[[], bool] = lambda: True, timeout: float = 10.0, grace: float = 0.3) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end and not until():
            app.processEvents()
            time.sleep(0.01)
        end = time.monotonic() + grace
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    started = time.monotonic()

    def shot(name: str) -> None:
        settle()
        path = out / f"{name}.png"
        win.grab().save(str(path))
        print(f"wrote {path} ({time.monotonic() - started:.1f} s)")

    try:
        shot("welcome")
        win.open_case(str(case_path))
        dialog = win.unlock_dialog
        assert dialog is not None
        settle()
        dialog.passphrase.setText(DEMO_PASSPHRASE)
        shot_dialog = win.grab()
        dialog_img = dialog.grab()
        from PySide6.QtGui import QPainter

        painter = QPainter(shot_dialog)
        painter.fillRect(shot_dialog.rect(), veil())
        painter.drawPixmap((shot_dialog.width() - dialog_img.width()) // 2,
                           (shot_dialog.height() - dialog_img.height()) // 3, dialog_img)
        painter.end()
        shot_dialog.save(str(out / "unlock.png"))
        print("wrote", out / "unlock.png")
        dialog.try_unlock()
        settle(lambda: win.session.is_open and win.info is not None, timeout=60)
        cv = win.caseview
        settle(lambda: cv.entities.model.ready and bool(cv.counts), timeout=30)
        cv.select("entities", 1)  # People
        settle(lambda: cv.entities.model.ready and cv.entities.model.rowCount() > 0)
        cv.entities.table.selectRow(0)
        settle(lambda: cv.entities.editor.entity is not None)
        shot("entities")
        cv.entities.new_entity("Person")
        shot("editor-new")
        win.search_box.setText("diallo")
        win.search_box.run()
        settle(lambda: bool(cv.search.hits))
        shot("search")
        win.search_box.clear()
        for key, name in (("exhibits", "exhibits"), ("timeline", "timeline"), ("chart", "chart")):
            cv.select(key)
            page = cv.pages[key]
            model = getattr(page, "model", None)
            if key == "exhibits" and model is not None:
                settle(lambda m=model: m.rowCount() > 0)
                page.table.selectRow(0)  # type: ignore[attr-defined]
                settle(lambda p=page: p.current is not None)
            shot(name)
        cv.select("forum", 0)
        settle(lambda: cv.forum.pages[0].model.ready)
        if cv.forum.pages[0].model.rowCount():
            cv.forum.pages[0].table.selectRow(0)
            settle(lambda: cv.forum.pages[0].editor.entity is not None)
        shot("forum")
        cv.select("audit")
        settle(lambda: cv.audit.model.rowCount() > 0)
        cv.audit.verify()
        settle(lambda: "intact" in cv.audit.result.text() or "BROKEN" in cv.audit.result.text())
        shot("audit")
    finally:
        win.idle.stop()
        win.session.shutdown()
    return 0


def veil():  # a translucent veil behind the unlock dialog
    from PySide6.QtGui import QColor

    return QColor(0, 0, 0, 90)


if __name__ == "__main__":
    sys.exit(main())
