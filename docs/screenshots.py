"""Build the demo case, open it offscreen at 1280×800 and save a screenshot of each main view.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [--out docs/screenshots] [--lang es]

Writes welcome.png, unlock.png, entities.png, calls.png, payments.png, editor-new.png, search.png, exhibits.png,
timeline.png, chart.png, timeline-theme.png (theme lines for three people selected on the
chart), forum.png, audit.png, and for partner bundles identity.png,
export-review.png, import-warning.png, import.png and bundles.png (merge review); help.png
shows the user guide; table-import.png the table import wizard's mapping page. The demo case is built in a temporary folder.

docs/screenshots/es-1.5/ holds a Spanish tour at 150 % (entities, exhibits, timeline, chart,
forum, audit), made with

    QT_SCALE_FACTOR=1.5 QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py --lang es --out /tmp/es-1.5

and those six files copied in; tests/ui/test_no_cut_labels.py checks the same pages in es, pt
and fr for cut buttons, labels, lists and hints.
"""

from __future__ import annotations

import argparse
import os
import shutil
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
    try:
        return _take(args, out, work)
    finally:
        # the demo case's home folder and the printed pack (plaintext): nothing stays behind
        shutil.rmtree(work, ignore_errors=True)


def _take(args: argparse.Namespace, out: Path, work: Path) -> int:
    os.environ["CASEBENCH_HOME"] = str(work / "home")
    os.environ.setdefault("CASEBENCH_USER", "i.moreno")

    from PySide6.QtWidgets import QApplication

    from casebench.demo import DEMO_PASSPHRASE, build_demo
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
        from PySide6.QtCore import QEvent

        from casebench.ui.caseview import ENTITY_GROUPS

        for label, name in (("Calls", "calls"), ("Payments", "payments")):  # tables of links (decision 62)
            cv.select("entities", next(i for i, (g, _s) in enumerate(ENTITY_GROUPS) if g == label))
            settle(lambda: cv.entities.model.ready and cv.entities.model.row(0) is not None)
            cv.entities.table.selectRow(0)
            settle(lambda: cv.entities.editor.entity is not None)
            # the previous entity's reference rows go by deleteLater, which processEvents
            # outside an event loop never runs: drawn over the new ones otherwise
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            shot(name)
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
            if key == "chart" and hasattr(page, "scene"):
                # the layout runs on the case worker: wait until the nodes are drawn
                settle(lambda p=page: len(p.scene.items()) > 20, timeout=90)
                # The whole case is a hairball; an analyst would chart the network of
                # people, companies, vessels and aircraft, as here.
                keep = {"Person", "Company", "Organization", "Vessel", "Airplane", "Phone"}
                graph = page.graph  # type: ignore[attr-defined]
                people = [n.id for n in graph.nodes.values()
                          if n.kind in keep and n.kind != "Phone" and "source-reporting" not in n.tags]
                page.hidden_kinds = {"Call", "Payment"}  # type: ignore[attr-defined]
                page.set_nodes(people)  # type: ignore[attr-defined]
                settle(lambda p=page: "…" not in p.status.text(), timeout=90)
                # select two people, then Find path: the path is highlighted and listed
                by_name = {n.label: n.id for n in graph.nodes.values() if n.kind == "Person"}
                ends = [by_name[n] for n in ("Ricardo Manuel Sousa Ferreira", "Rafael Augusto Pereira Lima") if n in by_name]
                if len(ends) == 2:
                    page.select_entities(ends)  # type: ignore[attr-defined]
                    page.tab._sel_order = ends  # type: ignore[attr-defined]
                    page.find_path()  # type: ignore[attr-defined]
                    settle(lambda p=page: bool(p.tab.found), timeout=60)
                    settle(lambda p=page: "…" not in p.status.text(), timeout=60)
            shot(name)
        theme_lines_shot(win, settle, shot)
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
        table_import_shot(win, work, out, settle)
        bundle_shots(app, win, work, out, settle, shot)
        win.show_guide()
        settle(lambda: win.guide is not None and win.guide.isVisible())
        assert win.guide is not None
        dialog_shot(win, win.guide, out / "help.png", settle)
        win.guide.close()
    finally:
        win.idle.stop()
        win.session.shutdown()
    pack_shots(case_path, work, out, args.lang)
    return 0


# Pages of the printed pack shown in the README and the guide, found by a heading on the page.
PACK_PAGES = {"pack-cover": None, "pack-chart": "Network chart",
              "pack-custody": "Evidence and chain of custody", "pack-profile": "Person profiles"}


def pack_shots(case_path: Path, work: Path, out: Path, lang: str) -> None:
    """Print the demo's briefing pack (PDF) as the window would, and save the cover, the
    network chart page, a custody page and a profile page as PNG (needs poppler's pdftoppm)."""
    import shutil
    import subprocess

    from casebench.demo import DEMO_PASSPHRASE
    from casebench.services.briefing import PackRequest, render_pack
    from casebench.services.cases import open_case

    if not (shutil.which("pdftoppm") and shutil.which("pdftotext")):
        print("pdftoppm/pdftotext not found (poppler-utils): pack pages not written")
        return
    pdf = work / "pack.pdf"
    with open_case(case_path, DEMO_PASSPHRASE, user="i.moreno") as case:
        render_pack(case, PackRequest(language=lang), pdf, "pdf")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    # a section's first page has its heading on the line after the running header
    firsts = [[line.strip() for line in page.splitlines() if line.strip()][1:2]
              for page in text.split("\f")]
    for name, heading in PACK_PAGES.items():
        number = 1 if heading is None else next(
            (i + 1 for i, first in enumerate(firsts) if first == [heading]), 0)
        if not number:
            print(f"no page with {heading!r} in the pack: {name}.png not written")
            continue
        subprocess.run(["pdftoppm", "-png", "-r", "75", "-singlefile", "-f", str(number),
                        "-l", str(number), str(pdf), str(out / name)], check=True)
        print(f"wrote {out / name}.png (page {number})")


def theme_lines_shot(win, settle, shot) -> None:
    """Three of the most connected people selected on the chart, then the timeline's
    "Lanes for the selection": one lane each with the calls, payments and meetings."""
    cv = win.caseview
    chart, timeline = cv.pages["chart"], cv.pages["timeline"]
    graph = chart.graph
    adj = graph.adjacency()
    people = sorted((n for n in chart.items if graph.nodes[n].kind == "Person"),
                    key=lambda n: (-len(adj.get(n, ())), graph.nodes[n].label))[:3]
    cv.selection.set(people, "chart")
    chart.select_entities(people)
    cv.select("timeline")
    settle(lambda: bool(timeline.canvas.items), timeout=30)
    timeline.lanes.setCurrentIndex(timeline.lanes.findData("selection"))
    settle(lambda: len(timeline.canvas.lanes) == len(people), timeout=30)
    shot("timeline-theme")


def dialog_shot(win, dialog, path: Path, settle) -> None:
    """The window with a veil and the dialog drawn on top of it, as the user sees it."""
    from PySide6.QtGui import QPainter

    settle()
    image = win.grab()
    dialog_img = dialog.grab()
    painter = QPainter(image)
    painter.fillRect(image.rect(), veil())
    painter.drawPixmap(max(0, (image.width() - dialog_img.width()) // 2),
                       max(0, (image.height() - dialog_img.height()) // 3), dialog_img)
    painter.end()
    image.save(str(path))
    print("wrote", path)


def table_import_shot(win, work: Path, out: Path, settle) -> None:
    """The import wizard's mapping page on a new operator file: the saved spec offered, one bad row."""
    from casebench.demo.tables import write_demo_cdr

    path = write_demo_cdr(work / "movistar-cdr-2024-T2.csv",
                          ["+34612345678", "+34699111222", "+351912345678", "+212661234567"], rows=40)
    lines = path.read_bytes().split(b"\r\n")
    lines[3] = lines[3].replace(b"/01/2024", b"/13/2024", 1)  # a month that does not exist
    path.write_bytes(b"\r\n".join(lines))
    wizard = win.import_table()
    wizard.file_page.path.setText(str(path))
    settle(wizard.file_page.isComplete, timeout=10)
    wizard.next()
    settle(wizard.preview_page.isComplete, timeout=10)
    wizard.next()
    settle(wizard.mapping_page.isComplete, timeout=10)
    dialog_shot(win, wizard, out / "table-import.png", settle)
    wizard.reject()
    settle()


def bundle_shots(app, win, work: Path, out: Path, settle, shot) -> None:
    """Identity, export wizard (withheld report), import with an unknown key, merge review."""
    from casebench.services import bundles
    from casebench.services import identity as identity_svc
    from casebench.services import partners as partners_svc
    from casebench.services.bundles import LegalBasis, Selection
    from casebench.services.cases import create_case
    from casebench.services.entities import EntityDraft, add_entity
    from casebench.ui.bundle_import import ImportDialog
    from casebench.ui.bundle_wizard import ExportWizard
    from casebench.ui.identity_dialog import IdentityDialog, load_keys

    me, partner_pass = "Inés Moreno Vidal, three words", "Policia Judiciaria Cabo Verde"
    home = os.environ["CASEBENCH_HOME"]
    dialog = IdentityDialog(win.session, win)
    dialog.name.setText("Inés Moreno Vidal")
    dialog.agency.setText("UDYCO Madrid (Policía Nacional)")
    dialog.country.setCurrentIndex(dialog.country.findData("es"))
    dialog.first.setText(me)
    dialog.second.setText(me)
    dialog.show()
    dialog_shot(win, dialog, out / "identity.png", settle)
    dialog.reject()
    mine = identity_svc.create(me, name="Inés Moreno Vidal", agency="UDYCO Madrid", country="es")
    # a partner we know (Portugal) and one we do not know yet (Cabo Verde)
    cards = {}
    for code, name, agency in (("pt", "Rui Almeida Fonseca", "PJ-UNCTE"),
                               ("cv", "Nilton Tavares", "Polícia Judiciária de Cabo Verde")):
        os.environ["CASEBENCH_HOME"] = str(work / f"home-{code}")
        cards[code] = identity_svc.create(partner_pass, name=name, agency=agency, country=code)
        partners_svc.add(partner_pass, mine.card, fingerprint_confirmed=True)
    os.environ["CASEBENCH_HOME"] = str(work / "home-cv")
    partner_case = create_case(work / "CV.casebench", partner_pass, user="n.tavares", title="Praia",
                               reference="CV-PJ-2024-12", originator="PJ Cabo Verde",
                               originator_country="cv", default_tlp="AMBER")
    boat = add_entity(partner_case, EntityDraft("Vessel", [("name", "Brisa de Manta"),
                                                           ("imoNumber", "IMO 9314569"), ("flag", "cv")]))
    add_entity(partner_case, EntityDraft("Person", [("name", "Djaló Mamadu"), ("nationality", "gw")]))
    cv_ident = cards["cv"]
    plan = bundles.plan_export(partner_case, Selection(tags=[], entity_ids=[boat]),
                               [partners_svc.list_partners(partner_pass)[0]], identity=cv_ident)
    bundle = work / "from-praia.cbx"
    bundles.write_export(partner_case, plan, cv_ident, bundle, legal_basis=LegalBasis("police", "INTERPOL-CV-88"),
                         purpose="vessel sighting off Sal island")
    partner_case.close()
    os.environ["CASEBENCH_HOME"] = home
    partners_svc.add(me, cards["pt"].card, fingerprint_confirmed=True)
    keys = load_keys(me)
    cv = win.caseview
    cv.select("entities", 1)
    settle(lambda: cv.entities.model.ready and cv.entities.model.rowCount() > 0)
    row = next(i for i in range(cv.entities.model.rowCount())
               if "Romero" in (cv.entities.model.summary(i).caption or ""))  # type: ignore[union-attr]
    summary = cv.entities.model.summary(row)
    assert summary is not None
    wizard = ExportWizard(win.session, keys, win, start_folder=str(work),
                          preselect=(summary.id, summary.caption))
    wizard.show()
    settle(lambda: wizard.selection_page.entities.rowCount() > 5)
    wizard.selection_page.neighbours.setChecked(True)
    wizard.next()
    wizard.recipients_page.partners.set_checked(wizard.recipients_page.partners.key(0) or "", True)
    wizard.next()
    lp = wizard.legal_page
    lp.kind.setCurrentIndex(lp.kind.findData("JIT"))
    lp.reference.setText("JIT-ES-PT-2024-03")
    lp.purpose.setPlainText("Joint analysis of the Atlantic route ahead of the operational meeting")
    wizard.next()
    settle(lambda: wizard.review_page.plan is not None, timeout=30)
    dialog_shot(win, wizard, out / "export-review.png", settle)
    wizard.reject()
    cv.select("bundles")
    page = cv.bundles
    dlg = ImportDialog(win.session, keys, page, path=str(bundle))
    dlg.show()
    dlg.start()
    settle(lambda: dlg.steps_shown, timeout=30)
    dialog_shot(win, dlg, out / "import-warning.png", settle)
    dlg.warning.confirm.setChecked(True)
    dlg.warning.accept_button.click()
    settle(lambda: dlg.result_ is not None and dlg.steps_shown, timeout=30)
    dialog_shot(win, dlg, out / "import.png", settle)
    dlg.accept()
    page._imported(dlg.result_)
    settle(lambda: page.review.ready and page.review.model.rowCount() > 0
           and page.review.preview.rowCount() > 0, timeout=30)
    shot("bundles")


def veil():  # a translucent veil behind the unlock dialog
    from PySide6.QtGui import QColor

    return QColor(0, 0, 0, 90)


if __name__ == "__main__":
    sys.exit(main())
