"""First run: build the demo case off the GUI thread (with progress and Cancel), then open it.

The demo case lives under the user data folder (services.settings.user_home()/demo) and
opens with the passphrase `demo`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from casebench.demo import DEMO_PASSPHRASE, build_demo
from casebench.services.settings import user_home


def demo_path() -> Path:
    return user_home() / "demo" / "Mar-Azul.casebench"


def demo_exists() -> bool:
    return (demo_path() / "case.json").is_file()


def build_demo_case(*, progress: Any, cancelled: Any) -> Path:
    path = demo_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return build_demo(path, passphrase=DEMO_PASSPHRASE, replace=True, progress=progress,
                      cancelled=cancelled).path
