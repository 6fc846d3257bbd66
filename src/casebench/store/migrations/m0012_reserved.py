"""Reserved: number 12 belongs to a change developed on another branch at the same time.

This step does nothing. It only keeps the numbering without a gap on this branch; when
the branches are joined, the other branch's m0012 replaces this file (delete this one).
"""

from __future__ import annotations

from typing import Any

VERSION = 12


def upgrade(conn: Any) -> None:
    del conn
