"""Languages: complete translations, live switch to Spanish changes the visible labels."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casebench.i18n_build import ROOT, lrelease
from casebench.services import entities as es
from casebench.ui import i18n
from casebench.ui.prefs import Prefs

TS_DIR = ROOT / "translations"


@pytest.fixture
def compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    tool = lrelease()
    if tool is None:
        pytest.skip("lrelease is not installed")
    for ts in TS_DIR.glob("casebench_*.ts"):
        subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp_path / (ts.stem + ".qm"))], check=True)
    monkeypatch.setattr(i18n, "QM_DIR", tmp_path)
    return tmp_path


@pytest.mark.parametrize("lang", ["es", "pt", "fr"])
def test_translation_files_are_complete(lang: str) -> None:
    root = ET.parse(TS_DIR / f"casebench_{lang}.ts").getroot()
    messages = root.findall("context/message")
    assert len(messages) > 400

    def forms(m: ET.Element) -> list[str]:
        t = m.find("translation")
        return [f.text or "" for f in t.findall("numerusform")] if m.get("numerus") == "yes" \
            else [t.text or ""]

    unfinished = [m.findtext("source") for m in messages
                  if m.find("translation").get("type") == "unfinished"
                  or not all(f.strip() for f in forms(m))]
    assert not unfinished[:10]
    for m in messages:  # placeholders survive translation
        src = m.findtext("source") or ""
        for tr in forms(m):
            for token in ("{n}", "%n", "{name}", "{size}", "{problem}", "{q}", "{path}", "{ref}"):
                assert (token in src) == (token in tr), (lang, src, tr)


@pytest.mark.parametrize("lang", ["es", "pt", "fr"])
def test_every_window_string_is_in_the_translation_file(lang: str, tmp_path: Path) -> None:
    """A string wrapped in tr() but missing from the .ts file stays English for that reader."""
    import sys
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in (ROOT / "src" / "casebench" / "ui").glob("*.py"))
    subprocess.run([str(tool), *sources, "-ts", str(extracted)], check=True, capture_output=True)

    def keys(path: Path) -> set[tuple[str, str]]:
        root = ET.parse(path).getroot()
        return {(c.findtext("name") or "", m.findtext("source") or "")
                for c in root.findall("context") for m in c.findall("message")}

    missing = keys(extracted) - keys(TS_DIR / f"casebench_{lang}.ts")
    assert sorted(missing)[:10] == []


def test_counts_are_never_written_with_an_s_in_brackets_in_the_window() -> None:
    """Counts shown in the window go through Qt's %n plurals, not "file(s)" after {n}."""
    import re

    src = Path(i18n.__file__).parent
    offenders = [f"{p.name}: {m.group(0)}" for p in src.glob("*.py")
                 for m in re.finditer(r'tr\("[^"]*\{n\}[^"]*\(s\)[^"]*"', p.read_text(encoding="utf-8"))]
    assert offenders == [], offenders


@pytest.mark.parametrize(("lang", "one", "three"), [
    ("en", "Took in 1 file, 2 KiB.", "Took in 3 files, 2 KiB."),
    ("es", "Se incorporó 1 fichero, 2 KiB.", "Se incorporaron 3 ficheros, 2 KiB."),
    ("pt", "Foi incorporado 1 ficheiro, 2 KiB.", "Foram incorporados 3 ficheiros, 2 KiB."),
    ("fr", "1 fichier intégré, 2 KiB.", "3 fichiers intégrés, 2 KiB."),
])
def test_counts_take_the_plural_of_the_language(qapp, compiled, lang: str, one: str, three: str) -> None:
    from PySide6.QtCore import QCoreApplication

    i18n.install(lang)
    try:
        def said(n: int) -> str:
            return QCoreApplication.translate("ExhibitsPage", "Took in %n file(s), {size}.", "", n) \
                .format(size="2 KiB")

        assert (said(1), said(3)) == (one, three)
        minutes = QCoreApplication.translate(
            "Workbench", "The case was locked after %n minute(s) without activity.", "", 1)
        assert " 1 minut" in minutes and "(s)" not in minutes and "%n" not in minutes
    finally:
        i18n.install("en")


def test_switch_to_spanish_changes_visible_labels(qtbot, compiled, opened) -> None:
    assert opened.welcome.new_button.text() == "New case…"
    nav = opened.caseview.navigator
    assert nav.topLevelItem(0).text(0) == "Entities"
    opened.set_language("es")
    assert Prefs().language() == "es"
    qtbot.waitUntil(lambda: opened.welcome.new_button.text() == "Nuevo caso…", timeout=3000)
    assert opened.case_menu.title() == "&Caso"
    assert opened.lock_button.text() == "Bloquear"
    assert nav.topLevelItem(0).text(0) == "Entidades"
    assert opened.caseview.entities.filter_text.placeholderText() == "Filtrar por nombre…"
    assert opened.caseview.entities.model.headerData(0, Qt.Orientation.Horizontal) == "Nombre"
    opened.caseview.entities.new_entity("Person")
    form = opened.caseview.entities.editor.form
    assert form.labelForField(opened.caseview.entities.editor.row("birthDate")).text() == "Fecha de nacimiento:"
    assert "Caso: Operation Mar Azul" in opened.case_label.text()
    editor = opened.caseview.entities.editor  # its buttons, made before the switch, follow it
    assert (editor.save_button.text(), editor.show_all.text(), editor.copy_id.text()) \
        == ("Guardar", "Mostrar todas las propiedades", "Copiar id")
    opened.set_language("en")
    qtbot.waitUntil(lambda: opened.lock_button.text() == "Lock", timeout=3000)
    assert editor.save_button.text() == "Save"




def _rebuild_in_place(compiled: Path, lang: str, tmp_path: Path) -> None:
    """The next commit's translations (a helper added messages) compiled over the file the
    window loaded, as lrelease writes it: in place (``make setup`` in the tree the window
    runs from). Its entries then lie elsewhere in the file."""
    ts = (TS_DIR / f"casebench_{lang}.ts").read_text(encoding="utf-8")
    extra = "".join(f"<message><source>Added later {i}</source><translation>Añadido {i}</translation></message>"
                    for i in range(40))
    grown = tmp_path / f"grown_{lang}.ts"
    grown.write_text(ts.replace("<context>", f"<context><name>AAA</name>{extra}</context><context>", 1),
                     encoding="utf-8")
    tool = lrelease()
    assert tool is not None
    subprocess.run([tool, "-silent", str(grown), "-qm", str(compiled / f"casebench_{lang}.qm")], check=True)


def test_a_rebuild_of_the_translations_under_a_running_window_keeps_its_language(
        qapp, compiled, tmp_path: Path) -> None:
    """Once the whole window fell back to English while Spanish was set: Qt read the .qm file
    it had mapped at every look-up, and a rebuild in place moved every entry under it."""
    import gc

    from PySide6.QtCore import QCoreApplication

    def said() -> list[str]:
        return [QCoreApplication.translate("EntitiesPage", "Filter by name…"),
                QCoreApplication.translate("nav", "People"),
                QCoreApplication.translate("Workbench", "&Language")]

    spanish = ["Filtrar por nombre…", "Personas", "&Idioma"]
    i18n.install("es")
    try:
        gc.collect()  # nothing the translators read may be collected
        assert said() == spanish
        _rebuild_in_place(compiled, "es", tmp_path)
        gc.collect()
        assert said() == spanish
        i18n.install("es")  # chosen again: the new file, still Spanish
        gc.collect()
        assert said() == spanish
        i18n.install("fr")
        gc.collect()
        assert said()[0] == "Filtrer par nom…"
    finally:
        i18n.install("en")


def test_the_window_stays_spanish_after_a_rebuild_and_a_collection(qtbot, compiled, opened, tmp_path: Path) -> None:
    import gc

    opened.set_language("es")
    nav = opened.caseview.navigator
    qtbot.waitUntil(lambda: nav.topLevelItem(0).text(0) == "Entidades", timeout=3000)
    _rebuild_in_place(compiled, "es", tmp_path)
    gc.collect()
    opened.caseview.refresh_counts()  # the navigator is written again with its counts
    qtbot.waitUntil(lambda: "(" in nav.topLevelItem(0).child(1).text(0), timeout=3000)
    assert nav.topLevelItem(0).text(0) == "Entidades"
    assert nav.topLevelItem(0).child(1).text(0).startswith("Personas")
    opened.caseview.entities.retranslate()
    assert opened.caseview.entities.filter_text.placeholderText() == "Filtrar por nombre…"
    opened.set_language("en")


def _accelerators(texts: list[str]) -> list[str]:
    keys = []
    for text in texts:
        i = text.replace("&&", "").find("&")
        if i >= 0 and i + 1 < len(text.replace("&&", "")):
            keys.append(text.replace("&&", "")[i + 1].lower())
    return keys


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_no_two_menus_or_items_share_an_accelerator(qtbot, compiled, opened, lang: str) -> None:
    """Alt+letter must reach one menu; in Spanish "Caso" and "Configuración" shared Alt+C."""
    from PySide6.QtWidgets import QAbstractButton

    opened.set_language(lang)
    try:
        menus = [a for a in opened.menuBar().actions() if a.menu() is not None]
        top = _accelerators([a.text() for a in menus])
        assert len(top) == len(menus), (lang, [a.text() for a in menus])
        assert len(set(top)) == len(top), (lang, [a.text() for a in menus])
        for action in menus:
            items = [a.text() for a in action.menu().actions() if not a.isSeparator()]
            keys = _accelerators(items)
            assert len(set(keys)) == len(keys), (lang, action.text(), items)
        buttons = [b.text() for b in opened.findChildren(QAbstractButton) if b.isVisibleTo(opened)]
        keys = _accelerators(buttons) + top
        assert len(set(keys)) == len(keys), (lang, buttons)
    finally:
        opened.set_language("en")


def test_a_live_switch_retranslates_the_timeline(qtbot, compiled, opened) -> None:
    done: list[object] = []
    opened.session.call(lambda c: es.add_entity(c, es.EntityDraft(
        "Payment", [("date", "2024-03-11"), ("amount", "1000"), ("currency", "EUR")])), on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=3000)
    opened.caseview.select("timeline")
    view = opened.caseview.pages["timeline"]
    view.load()
    qtbot.waitUntil(lambda: "Payment" in view.canvas.lanes, timeout=5000)
    assert view.go_button.text() == "Show period"
    opened.set_language("es")
    try:
        qtbot.waitUntil(lambda: view.go_button.text() == "Mostrar periodo", timeout=3000)
        assert view.lanes.itemText(0) == "Carriles por tipo"
        assert "Pago" in view.canvas.lanes and "Payment" not in view.canvas.lanes
    finally:
        opened.set_language("en")
    qtbot.waitUntil(lambda: "Payment" in view.canvas.lanes, timeout=3000)


def _marked_strings() -> set[tuple[str, str]]:
    """(context, source) of every string the code hands to Qt's translation: ``self.tr`` in a
    class (its context is the class, as lupdate reads it), ``translate`` and
    ``QT_TRANSLATE_NOOP`` with their context, and module helpers such as the error texts'
    ``_t`` that call ``translate`` with a fixed context."""
    import ast

    def name_of(f: ast.expr) -> str | None:
        return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None

    pairs: set[tuple[str, str]] = set()
    for path in sorted((ROOT / "src" / "casebench").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        consts = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                  and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                  for t in n.targets if isinstance(t, ast.Name)}

        def text(a: ast.expr, consts: dict[str, str] = consts) -> str | None:
            if isinstance(a, ast.Constant) and isinstance(a.value, str):
                return a.value
            return consts.get(a.id) if isinstance(a, ast.Name) else None

        helpers: dict[str, str] = {}  # def _t(text): return translate("Errors", text)
        for fn in tree.body:
            if isinstance(fn, ast.FunctionDef) and fn.args.args:
                for call in ast.walk(fn):
                    if (isinstance(call, ast.Call) and name_of(call.func) == "translate" and len(call.args) >= 2
                            and isinstance(call.args[1], ast.Name) and call.args[1].id == fn.args.args[0].arg):
                        context = text(call.args[0])
                        if context is not None:
                            helpers[fn.name] = context

        def visit(node: ast.AST, cls: str | None, text: Callable[[ast.expr], str | None] = text,
                  helpers: dict[str, str] = helpers) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.ClassDef):
                    visit(child, child.name)
                    continue
                if isinstance(child, ast.Call) and child.args:
                    called, args = name_of(child.func), child.args
                    if called == "tr" and cls is not None and (s := text(args[0])) is not None:
                        pairs.add((cls, s))
                    elif called in ("translate", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") and len(args) >= 2:
                        context, s = text(args[0]), text(args[1])
                        if context is not None and s is not None:
                            pairs.add((context, s))
                    elif called in helpers and (s := text(args[0])) is not None:
                        pairs.add((helpers[called], s))
                visit(child, cls)

        visit(tree, None)
    return pairs


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_every_translated_string_is_still_in_the_code(lang: str) -> None:
    """A message whose source left the code (or moved to another context) is dead weight a
    translator keeps revising: "{0} entities, {1} links", "Images (*.png *.svg)"…"""
    used = _marked_strings()
    assert ("ChartTab", "Laying out %Ln entities…") in used and ("Errors", "The bundle {file} does not exist.") in used
    root = ET.parse(TS_DIR / f"casebench_{lang}.ts").getroot()
    stale = [(c.findtext("name") or "", m.findtext("source") or "")
             for c in root.findall("context") for m in c.findall("message")]
    stale = [key for key in stale if key not in used]
    assert stale == [], stale[:10]


@pytest.mark.parametrize(("lang", "open_", "cancel"), [
    ("es", "&Abrir", "Cancelar"), ("pt", "&Abrir", "Cancelar"), ("fr", "&Ouvrir", "Annuler")])
def test_qts_own_dialog_texts_follow_the_window(qapp, compiled, lang: str, open_: str, cancel: str) -> None:
    """File dialogs and standard buttons are Qt's texts: Portuguese has no qtbase catalogue
    of its own, so the window fell back to English there."""
    from PySide6.QtCore import QCoreApplication

    i18n.install(lang)
    try:
        assert QCoreApplication.translate("QFileDialog", "&Open") == open_
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        assert QCoreApplication.translate("ExhibitsPage", "Took in %n file(s), {size}.", "", 3) != \
            "Took in 3 files, {size}."  # ours still answer first
    finally:
        i18n.install("en")


@pytest.mark.parametrize("lang", ["es", "pt", "fr"])
def test_no_two_properties_of_a_kind_read_alike(qapp, compiled, lang: str) -> None:
    """A merge comparison or an entity's values list shows properties side by side: two
    that read alike ("Nombre" for both name and first name) cannot be told apart."""
    from casebench.domain.schema import concrete_schemata
    from casebench.ui.labels import prop_label

    i18n.install(lang)
    try:
        clashes = []
        for schema in concrete_schemata():
            seen: dict[str, str] = {}
            for prop in schema.properties:
                label = prop_label(schema.name, prop).casefold()
                if label in seen and schema.get(seen[label]).label != schema.get(prop).label:
                    clashes.append((schema.name, seen[label], prop, label))
                seen.setdefault(label, prop)
    finally:
        i18n.install("en")
    assert clashes == []
