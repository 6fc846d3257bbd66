"""Search ranked in SQL: full-text tables that carry the entity, the property and the folded text.

`search_names` (name values) and `search_values` (every other value) replace `names_fold`
(migration 10) and `statements_fts` (migration 1). Each row is one live statement (rowid =
`statements.seq`) with its value in casebench's one folding (`domain.names.fold`, the SQL
function `casebench_fold`), its entity id and its property. Search reads its candidates,
scores them (how many of a value's words the query matches, `highlight()`, against how many
words it has) and keeps each entity's best in one SQL statement, without reading the
statements table or folding anything per query (see `store/search.py`).

Retracted statements leave the tables (the update trigger), so no query filters them.
Every value, not only names, is now found in the same folding as names and the list filter:
"strasse" finds "Straße" in a note, "ndiaye" finds "N'Diaye". Names are no longer also in the
index of other values: a name is always ranked as a name.

Each insert trigger is one INSERT of the chunk loader's shape (`store/index_triggers.py`),
so bulk loads set it aside and fill the table in one pass at the end.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 15

# Frozen here (the same list as migrations 6 and 10): a migration must not change later.
NAME_PROPS = ("name", "alias", "weakAlias", "previousName", "firstName", "secondName", "middleName",
              "fatherName", "motherName", "lastName", "surname", "givenName", "title", "forum")
_IN = "(" + ", ".join(f"'{p}'" for p in NAME_PROPS) + ")"

_TABLES = (("search_names", f"prop IN {_IN}"), ("search_values", f"prop NOT IN {_IN}"))


def _table_sql(table: str, which: str) -> str:
    new_which = which.replace("prop", "new.prop")
    old_which = which.replace("prop", "old.prop")
    return f"""
CREATE VIRTUAL TABLE {table} USING fts5(
  text, entity_id UNINDEXED, prop UNINDEXED, tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER {table}_ai AFTER INSERT ON statements WHEN new.retracted = 0 AND {new_which} BEGIN
  INSERT INTO {table}(rowid, text, entity_id, prop) VALUES (new.seq, casebench_fold(new.value), new.entity_id, new.prop);
END;
CREATE TRIGGER {table}_ad AFTER DELETE ON statements WHEN {old_which} BEGIN
  DELETE FROM {table} WHERE rowid = old.seq;
END;
CREATE TRIGGER {table}_au AFTER UPDATE OF value, prop, entity_id, retracted ON statements BEGIN
  DELETE FROM {table} WHERE rowid = old.seq;
  INSERT INTO {table}(rowid, text, entity_id, prop)
    SELECT new.seq, casebench_fold(new.value), new.entity_id, new.prop WHERE new.retracted = 0 AND {new_which};
END;
INSERT INTO {table}(rowid, text, entity_id, prop)
  SELECT seq, casebench_fold(value), entity_id, prop FROM statements WHERE retracted = 0 AND {which};
"""


SQL = """
DROP TRIGGER IF EXISTS statements_ai;
DROP TRIGGER IF EXISTS statements_ad;
DROP TRIGGER IF EXISTS statements_au;
DROP TABLE IF EXISTS statements_fts;
DROP TRIGGER IF EXISTS statements_names_ai;
DROP TRIGGER IF EXISTS statements_names_ad;
DROP TRIGGER IF EXISTS statements_names_au;
DROP TABLE IF EXISTS names_fold;
""" + "".join(_table_sql(t, w) for t, w in _TABLES)


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
