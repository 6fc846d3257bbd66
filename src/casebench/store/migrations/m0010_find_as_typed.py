"""Find as typed: names indexed in casebench's one folding, and phone numbers by their end.

- `names_fold` replaces `names_fts` (migration 6). It holds every name value folded by
  `domain.names.fold` (the SQL function `casebench_fold`, registered on every connection
  the store opens), so the entity-list filter and the search box fold alike: "soren"
  finds "Søren", "ndiaye" finds "N'Diaye", "strasse" finds "Straße". SQLite's own
  unicode61 folding leaves ø, æ, ß, ł, đ and apostrophes alone. The table is contentless:
  the folded words are not kept as text, only in the index.
- `entities.caption_fold` is the caption (the name the lists show) in the same folding,
  kept by triggers, so the entity-list filter reads one short column per entity, as fast
  as the accent-sensitive `LIKE` on the caption it replaces.
- `statements_phone_tail` indexes the last seven digits of every E.164 phone value
  (`match_key` "phone:+…"), so "the last seven or more digits" finds a number by looking
  up an index instead of reading every phone value of the case.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 10

# Frozen here (the same list as migration 6): a migration must not change later.
NAME_PROPS = ("name", "alias", "weakAlias", "previousName", "firstName", "secondName", "middleName",
              "fatherName", "motherName", "lastName", "surname", "givenName", "title", "forum")
_IN = "(" + ", ".join(f"'{p}'" for p in NAME_PROPS) + ")"

SQL = f"""
DROP TRIGGER IF EXISTS statements_names_ai;
DROP TRIGGER IF EXISTS statements_names_ad;
DROP TRIGGER IF EXISTS statements_names_au;
DROP TABLE IF EXISTS names_fts;
CREATE VIRTUAL TABLE names_fold USING fts5(value, content='', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER statements_names_ai AFTER INSERT ON statements WHEN new.prop IN {_IN} BEGIN
  INSERT INTO names_fold(rowid, value) VALUES (new.seq, casebench_fold(new.value));
END;
CREATE TRIGGER statements_names_ad AFTER DELETE ON statements WHEN old.prop IN {_IN} BEGIN
  INSERT INTO names_fold(names_fold, rowid, value) VALUES ('delete', old.seq, casebench_fold(old.value));
END;
CREATE TRIGGER statements_names_au AFTER UPDATE OF value ON statements WHEN old.prop IN {_IN} BEGIN
  INSERT INTO names_fold(names_fold, rowid, value) VALUES ('delete', old.seq, casebench_fold(old.value));
  INSERT INTO names_fold(rowid, value) VALUES (new.seq, casebench_fold(new.value));
END;
INSERT INTO names_fold(rowid, value) SELECT seq, casebench_fold(value) FROM statements WHERE prop IN {_IN};
CREATE INDEX statements_phone_tail ON statements(substr(match_key, -7))
  WHERE substr(match_key, 1, 6) = 'phone:';
ALTER TABLE entities ADD COLUMN caption_fold TEXT NOT NULL DEFAULT '';
UPDATE entities SET caption_fold = casebench_fold(caption);
CREATE TRIGGER entities_caption_fold_ai AFTER INSERT ON entities BEGIN
  UPDATE entities SET caption_fold = casebench_fold(new.caption) WHERE rowid = new.rowid;
END;
CREATE TRIGGER entities_caption_fold_au AFTER UPDATE OF caption ON entities BEGIN
  UPDATE entities SET caption_fold = casebench_fold(new.caption) WHERE rowid = new.rowid;
END;
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
