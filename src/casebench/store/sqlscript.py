"""Run a multi-statement SQL script inside the caller's transaction.

`executescript` would commit first, which breaks one-transaction migrations.
"""

from __future__ import annotations

import sqlite3
from typing import Any


def run_script(conn: Any, script: str) -> None:
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                conn.execute(buf)
            buf = ""
    if buf.strip():
        raise ValueError("SQL script ends with an incomplete statement")
