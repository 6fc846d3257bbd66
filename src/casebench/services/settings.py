"""User-level data (identity, partner directory, settings) lives under one folder.

CASEBENCH_HOME overrides it (scripts, tests, a USB-stick install).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path


def user_home() -> Path:
    env = os.environ.get("CASEBENCH_HOME")
    if env:
        base = Path(env)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home())) / "casebench"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "casebench"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "casebench"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    return base


def current_user() -> str:
    """Who is acting, for provenance and audit: CASEBENCH_USER or the login name."""
    env = os.environ.get("CASEBENCH_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # no login name in some sandboxes
        return "unknown"
