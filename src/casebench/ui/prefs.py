"""GUI preferences: an INI file under CASEBENCH_HOME (never a passphrase, never case content).

Stored: recent case folders, language, auto-lock minutes, chart size limit, window geometry
and layout.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from casebench.services.settings import user_home

MAX_RECENT = 10
DEFAULT_IDLE_MINUTES = 5
DEFAULT_CHART_CAP = 2000  # entities on one link chart (services.chart_content.DEFAULT_CAP)
LANGUAGES = ("en", "es", "pt", "fr")


class Prefs:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or (user_home() / "gui.ini")
        self._s = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._s.sync()

    # -- recent cases ------------------------------------------------------------------
    def recent_cases(self) -> list[str]:
        value = self._s.value("recent/cases", [])
        if isinstance(value, str):
            return [value] if value else []
        if isinstance(value, list | tuple):
            return [str(v) for v in value]
        return []

    def add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        items = [p for p in self.recent_cases() if p != path]
        items.insert(0, path)
        self._s.setValue("recent/cases", items[:MAX_RECENT])
        self._s.sync()

    # -- language ----------------------------------------------------------------------
    def language(self) -> str:
        """"" means: follow the system locale."""
        value = str(self._s.value("ui/language", "") or "")
        return value if value in LANGUAGES else ""

    def set_language(self, code: str) -> None:
        self._s.setValue("ui/language", code if code in LANGUAGES else "")
        self._s.sync()

    # -- auto-lock -----------------------------------------------------------------------
    def idle_minutes(self) -> float:
        try:
            value = float(str(self._s.value("security/idle_minutes", DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            value = DEFAULT_IDLE_MINUTES
        return value if value > 0 else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: float) -> None:
        self._s.setValue("security/idle_minutes", minutes)
        self._s.sync()

    # -- link chart ----------------------------------------------------------------------
    def chart_cap(self) -> int:
        """The most entities one chart holds; asking for more explains instead of freezing."""
        try:
            value = int(str(self._s.value("chart/cap", DEFAULT_CHART_CAP)))
        except (TypeError, ValueError):
            value = DEFAULT_CHART_CAP
        return value if value > 0 else DEFAULT_CHART_CAP

    def set_chart_cap(self, cap: int) -> None:
        self._s.setValue("chart/cap", int(cap))
        self._s.sync()

    # -- layout --------------------------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        geo = self._s.value("window/geometry")
        state = self._s.value("window/state")
        return (geo if isinstance(geo, QByteArray) else None,
                state if isinstance(state, QByteArray) else None)

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)
        self._s.sync()
