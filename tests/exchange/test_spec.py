"""docs/bundle-format.md is enough to build from: its canonical custody hash, done independently."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from casebench.evidence.custody import GENESIS, event_digest
from casebench.store.custody import COLUMNS, CustodyEvent

DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
ORDER = ["id", "exhibit_id", "seq", "event", "at", "at_utc", "tz", "from_person", "from_org", "to_person",
         "to_org", "place", "country", "purpose", "authority", "seal_before", "seal_after", "hash_before",
         "hash_after", "matched", "notes", "details", "recorded_at", "recorded_by", "prev_hash"]


def spec_hash(doc: dict[str, object]) -> str:
    """The recipe of §5, written from the text alone."""
    body = json.dumps([doc[k] for k in ORDER], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((str(doc["prev_hash"]) + "\n" + body).encode("utf-8")).hexdigest()


def test_documented_field_order_is_the_chained_order() -> None:
    assert [*ORDER, "hash"] == list(COLUMNS)
    text = DOC.read_text(encoding="utf-8")
    assert all(f"`{k}`" in text for k in COLUMNS)


def test_documented_canonical_hash_matches_casebench() -> None:
    doc: dict[str, object] = {k: "" for k in COLUMNS}
    doc.update(id="e-1", exhibit_id="x-1", seq=1, event="seize", at="2024-03-11T14:05+01:00",
               at_utc="2024-03-11T13:05:00Z", country="es", from_person="Inspectora Begoña Núñez",
               matched=True, details={"z": 1, "a": ["ç", None]}, recorded_at="2024-03-11T13:06:00Z",
               recorded_by="ana", prev_hash=GENESIS)
    ev = CustodyEvent(**doc)  # type: ignore[arg-type]
    assert spec_hash(doc) == event_digest(ev)


def test_every_schema_and_property_is_documented() -> None:
    from casebench.domain.schema import SCHEMATA

    text = DOC.read_text(encoding="utf-8")
    for name, schema in SCHEMATA.items():
        if schema.abstract:
            continue
        assert f"`{name}`" in text, name
        for prop in schema.properties:
            assert f"`{prop}`" in text, f"{name}.{prop}"


def test_every_grade_scheme_and_handling_key_is_documented() -> None:
    from casebench.domain.grading import GradeScheme
    from casebench.domain.handling import Handling, PinnedRecipient

    text = DOC.read_text(encoding="utf-8")
    assert all(f"`{s.value}`" in text for s in GradeScheme)
    full = Handling(codes=("H1",), conditions="c", originator="o", permitted_purpose="p", denied_countries=("fr",),
                    no_judicial_use=True, review_date="2025-01-01", named_recipients=("n",),
                    pinned_recipients=(PinnedRecipient("0" * 32, "n"),))
    keys = [*full.to_json(), "data_subject"]
    assert all(f"`{k}`" in text for k in keys)
