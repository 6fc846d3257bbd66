"""Numbered schema migrations, applied one step at a time in one transaction each.

Each module `mNNNN_name.py` defines `VERSION = NNNN` and `upgrade(conn)`. A case
at user_version N is brought to the latest version by running N+1, N+2, ...
Numbers are reserved per capability: 1 core, 2 evidence, 3 exchange, 4 analysis.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections.abc import Callable
from types import ModuleType
from typing import Any

Upgrade = Callable[[Any], None]


@functools.cache
def _modules() -> list[ModuleType]:
    mods = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            mods.append(importlib.import_module(f"{__name__}.{info.name}"))
    mods.sort(key=lambda m: m.VERSION)
    for i, mod in enumerate(mods, start=1):
        if i != mod.VERSION:
            raise RuntimeError(f"migration numbering has a gap at {i} ({mod.__name__})")
    return mods


def steps() -> list[tuple[int, Upgrade]]:
    return [(m.VERSION, m.upgrade) for m in _modules()]


def latest_version() -> int:
    return len(_modules())
