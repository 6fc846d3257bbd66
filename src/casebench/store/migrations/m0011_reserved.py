"""Placeholder for migration 11, which is being written on another branch.

Migrations must be numbered without gaps; this no-op keeps 12 and 13 (branch `queries`)
runnable on their own. When the real migration 11 is merged, delete this file: a case
that ran this no-op is at version 11 or later already, and the real step 11 must then
be written so that running it on such a case is not needed (or merged renumbered).
"""

from __future__ import annotations

from typing import Any

VERSION = 11


def upgrade(conn: Any) -> None:
    """Nothing: see the module docstring."""
