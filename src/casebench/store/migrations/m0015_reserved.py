"""Placeholder for migration 15, which is being written on another branch.

Migrations must be numbered without gaps; this no-op keeps 16 (branch `timelinecli`)
runnable on its own. When the real migration 15 is merged, delete this file: a case
that ran this no-op is at version 15 or later already, and the real step 15 must then
be written so that running it on such a case is not needed (or merged renumbered).
"""

from __future__ import annotations

from typing import Any

VERSION = 15


def upgrade(conn: Any) -> None:
    """Nothing: see the module docstring."""
