"""The forum pack's executive summary: one text per case, with its own TLP and author.

``case_summary`` holds at most one row (``id = 1``): the text as written, its TLP (the
pack prints it only when the one handling decision lets that TLP through), who last
wrote it (the session's actor: investigator identity and login, or the login) and when.
Clearing the summary deletes the row; every change is an audit *alteration* record.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 9

SQL = """
CREATE TABLE case_summary (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  text TEXT NOT NULL,
  tlp TEXT NOT NULL,
  author TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
