"""Entity lists in the alphabet's order, not the code points' (the caption's folding).

`COLLATE NOCASE` folds only A-Z: "Álvaro", "Émile" and "Óscar" came after "Zoe", and
"José" before "João". Lists are now ordered by `caption_fold` (the caption as the search
folds it: no accents, lower case, punctuation as spaces; kept by triggers since step 10),
then by the caption as written and the id, so a name's place does not depend on how its
accents were typed. The indexes serve the ordered list and its keyset pages as the
NOCASE ones did (decision 42), which this step replaces.
"""

from __future__ import annotations

from typing import Any

from casebench.store.sqlscript import run_script

VERSION = 18

SQL = """
CREATE INDEX entities_name_order ON entities(caption_fold, caption, id);
CREATE INDEX entities_schema_name_order ON entities(schema, caption_fold, caption, id);
DROP INDEX entities_caption_nocase;
DROP INDEX entities_schema_caption_nocase;
"""


def upgrade(conn: Any) -> None:
    run_script(conn, SQL)
