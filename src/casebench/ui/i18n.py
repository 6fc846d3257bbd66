"""Loading the compiled translations (src/casebench/i18n/casebench_XX.qm) and switching live.

Installing a translator sends QEvent.LanguageChange to every widget; widgets that show
text re-read it in `retranslate()` (see `Retranslatable`).

Our translations are read into memory, not loaded from their file: Qt maps a .qm file it
loads and reads the mapping at every look-up, so rebuilding the file in place while the
window runs (``make setup``, ``python -m casebench.i18n_build``, an install over it) made
the window's next texts come out in English, or from the wrong entry, while the language
menu still said Spanish. Qt does not copy data it is given: the bytes are kept here, beside
their translator, for as long as it is installed, and the old translator is deleted before
its bytes go.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

QM_DIR = Path(__file__).resolve().parents[1] / "i18n"
SUPPORTED = ("en", "es", "pt", "fr")
LANGUAGE_NAMES = {"en": "English", "es": "Español", "pt": "Português", "fr": "Français"}

# the installed translators, each with the bytes it reads (None: Qt's own, loaded from its file)
_installed: list[tuple[QTranslator, bytes | None]] = []
_current = "en"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in SUPPORTED else "en"


def resolve(code: str) -> str:
    """A setting ("" = system locale) to a supported language code."""
    return code if code in SUPPORTED else system_language()


def current() -> str:
    return _current


def _ours(app: QCoreApplication, lang: str) -> tuple[QTranslator, bytes] | None:
    """casebench's translator for ``lang``, read from a copy in memory (None without a file)."""
    try:
        data = (QM_DIR / f"casebench_{lang}.qm").read_bytes()
    except OSError:
        return None
    translator = QTranslator(app)
    if not translator.load(data):
        shiboken6.delete(translator)
        return None
    return translator, data


# Qt's own texts (file dialogs, standard buttons): Qt ships no qtbase_pt, only Brazilian
# Portuguese and an older European catalogue, which is asked first where it has the text.
_QT_CATALOGUES: dict[str, tuple[str, ...]] = {"pt": ("qtbase_pt_BR", "qt_pt_PT")}


def install(code: str) -> str:
    """Install the translators for `code` (replacing earlier ones); return the language used."""
    global _current
    app = QCoreApplication.instance()
    lang = resolve(code)
    if app is None:
        return lang
    # installed in this order, asked in the reverse one: ours first, then Qt's catalogues
    new: list[tuple[QTranslator, bytes | None]] = []
    if lang != "en":
        for name in _QT_CATALOGUES.get(lang, (f"qtbase_{lang}",)):
            qt = QTranslator(app)
            if qt.load(name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                new.append((qt, None))
            else:
                shiboken6.delete(qt)
    ours = _ours(app, lang)  # English too: it holds the plural forms of %n messages
    if ours is not None:
        new.append(ours)
    for translator, _data in _installed:
        app.removeTranslator(translator)
        shiboken6.delete(translator)  # before its bytes go: Qt never reads them again
    _installed[:] = new
    for translator, _data in new:
        app.installTranslator(translator)
    _current = lang
    QLocale.setDefault(QLocale(lang))
    return lang


def available() -> bool:
    """Whether compiled translations exist (the build step ran)."""
    return any(QM_DIR.glob("casebench_*.qm"))
