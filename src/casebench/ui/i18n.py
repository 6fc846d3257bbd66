"""Loading the compiled translations (src/casebench/i18n/casebench_XX.qm) and switching live.

Installing a translator sends QEvent.LanguageChange to every widget; widgets that show
text re-read it in `retranslate()` (see `Retranslatable`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

QM_DIR = Path(__file__).resolve().parents[1] / "i18n"
SUPPORTED = ("en", "es", "pt", "fr")
LANGUAGE_NAMES = {"en": "English", "es": "Español", "pt": "Português", "fr": "Français"}

_installed: list[QTranslator] = []
_current = "en"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0].lower()
    return code if code in SUPPORTED else "en"


def resolve(code: str) -> str:
    """A setting ("" = system locale) to a supported language code."""
    return code if code in SUPPORTED else system_language()


def current() -> str:
    return _current


def install(code: str) -> str:
    """Install the translators for `code` (replacing earlier ones); return the language used."""
    global _current
    app = QCoreApplication.instance()
    lang = resolve(code)
    if app is None:
        return lang
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    ours = QTranslator(app)  # English too: it holds the plural forms of %n messages
    if ours.load(str(QM_DIR / f"casebench_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    _current = lang
    QLocale.setDefault(QLocale(lang))
    return lang


def available() -> bool:
    """Whether compiled translations exist (the build step ran)."""
    return any(QM_DIR.glob("casebench_*.qm"))
