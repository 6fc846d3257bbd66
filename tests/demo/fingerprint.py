"""A fingerprint of a built demo case that does not depend on its random ids.

Recorded from the code-built demo (services/demo*.py, before the content moved to
resources/demo) and asserted by tests/demo/test_demo_content.py, so that the data-file
demo is the same case: same entities, values, handling, grades, links, exhibits, timeline.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any

from casebench.services import entities, evidence, timeline
from casebench.services.cases import case_info, open_case
from casebench.services.settings import current_user


def _digest(rows: list[Any]) -> str:
    text = json.dumps(sorted(rows), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def fingerprint(path: Path, passphrase: str = "demo") -> dict[str, Any]:
    builder = current_user()  # who built the case: differs between machines
    with open_case(path, passphrase, user="fingerprint") as case:
        summaries = entities.list_entities(case)
        names = {s.id: f"{s.schema}:{s.caption}" for s in summaries}
        exhibits = evidence.list_exhibits(case)
        names.update({x.id: f"exhibit:{x.reference}" for x in exhibits})
        statements: list[Any] = []
        for s in summaries:
            ent = entities.get(case, s.id)
            for st in ent.statements:
                p = st.provenance
                author = "<builder>" if p.author == builder else p.author
                statements.append([
                    names[s.id], st.prop, names.get(st.value, st.value),
                    names.get(st.original, st.original), str(st.tlp), author, p.locator,
                    str(p.grade) if p.grade else "",
                    names.get(p.source_exhibit or "", p.source_exhibit or ""),
                ])
        ex_rows: list[Any] = []
        for x in exhibits:
            files = evidence.content_files(case, x.id)
            ex_rows.append([
                x.reference, x.type, x.description, x.seized_place, x.seized_at, str(x.tlp),
                sorted(f"{lk.role}>{names.get(lk.entity_id, lk.entity_id)}" for lk in x.links),
                sorted(f"{f.rel_path}:{f.size}" for f in files),
            ])
        info = case_info(case)
        return {
            "entities": info.entities,
            # every live value, kept as a statement or in a compact call record (decision 53)
            "statements": len(statements),
            "per_schema": dict(sorted(Counter(s.schema for s in summaries).items())),
            "captions": _digest([[s.schema, s.caption] for s in summaries]),
            "values": _digest(statements),
            "exhibits": len(exhibits),
            "exhibit_rows": _digest(ex_rows),
            "timeline": timeline.count(case),
            "timeline_rows": _digest([[r.schema, r.caption, r.prop, r.value, r.start, r.end] for r in timeline.rows(case)]),
        }
