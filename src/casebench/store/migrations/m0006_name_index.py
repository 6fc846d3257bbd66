"""A second full-text index over names only, so that name searches stay fast on big cases.

Searching every statement ranks all matches of a common word (in a million notes, a
few hundred thousand) before it can return the best twenty. Names are what
investigators search for most and are a small share of the values, so they get their
own index, searched first and ranked in full; other values are searched after them
(see `store/search.py`).
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 6

# Frozen here: a migration must not change when the vocabulary grows later.
NAME_PROPS = ("name", "alias", "weakAlias", "previousName", "firstName", "secondName", "middleName",
              "fatherName", "motherName", "lastName", "surname", "givenName", "title", "forum")
_IN = "(" + ", ".join(f"'{p}'" for p in NAME_PROPS) + ")"

SQL = f"""
CREATE VIRTUAL TABLE names_fts USING fts5(
  value, content='statements', content_rowid='seq',
  tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_names_ai AFTER INSERT ON statements WHEN new.prop IN {_IN} BEGIN
  INSERT INTO names_fts(rowid, value) VALUES (new.seq, new.value);
END;
CREATE TRIGGER statements_names_ad AFTER DELETE ON statements WHEN old.prop IN {_IN} BEGIN
  INSERT INTO names_fts(names_fts, rowid, value) VALUES ('delete', old.seq, old.value);
END;
CREATE TRIGGER statements_names_au AFTER UPDATE OF value ON statements WHEN old.prop IN {_IN} BEGIN
  INSERT INTO names_fts(names_fts, rowid, value) VALUES ('delete', old.seq, old.value);
  INSERT INTO names_fts(rowid, value) VALUES (new.seq, new.value);
END;
INSERT INTO names_fts(rowid, value) SELECT seq, value FROM statements WHERE prop IN {_IN};
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
