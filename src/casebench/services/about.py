"""Versions of casebench and the components whose behaviour matters in court."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from casebench import __version__
from casebench.store.case import sqlcipher_version


def _pkg(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def versions() -> list[tuple[str, str]]:
    out = [("casebench", __version__)]
    try:
        out.append(("SQLCipher", sqlcipher_version()))
    except Exception as exc:  # reported, not fatal
        out.append(("SQLCipher", f"unavailable ({exc})"))
    out.append(("age (pyrage)", _pkg("pyrage") or "unknown"))
    qt = _pkg("PySide6-Essentials") or _pkg("PySide6")
    out.append(("Qt for Python (PySide6)", qt or "not installed (command line only)"))
    return out
