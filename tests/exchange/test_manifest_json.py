"""MANIFEST.json is written with its members spelled out by hand (writer.manifest_json);
the bytes must be exactly what json.dumps writes, since SHA256SUMS signs them."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from casebench.exchange.writer import manifest_json

_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)  # a lone surrogate is no UTF-8 either way
_json = st.recursive(st.none() | st.booleans() | st.integers() | _text,
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
                     max_leaves=12)


def _reference(manifest: dict[str, Any], texts: list[tuple[str, int]], files: list[tuple[str, int, str]]) -> bytes:
    members = ([{"name": n, "size": s} for n, s in texts]
               + [{"name": n, "size": s, "exhibit": ex} for n, s, ex in files])
    return json.dumps({**manifest, "members": members}, ensure_ascii=False, indent=1,
                      sort_keys=True).encode("utf-8") + b"\n"


@settings(max_examples=300, deadline=None)
@given(manifest=st.dictionaries(_text.filter(lambda k: k != "members"), _json, max_size=6),
       texts=st.lists(st.tuples(_text, st.integers(0, 2**40)), max_size=4),
       files=st.lists(st.tuples(_text, st.integers(0, 2**40), _text), max_size=6))
def test_the_manifest_is_byte_for_byte_what_json_dumps_writes(manifest: dict[str, Any], texts: list[tuple[str, int]],
                                                              files: list[tuple[str, int, str]]) -> None:
    assert manifest_json(manifest, texts, files) == _reference(manifest, texts, files)


def test_a_purpose_or_title_that_spells_out_the_members_key_does_not_move_the_members() -> None:
    manifest = {"purpose": '\n "members": []', "case": {"members": [], "title": 'x\n "members": [] "'},
                "zz": [{"members": []}]}
    texts = [("entities.ndjson", 10)]
    files = [("files/000001", 5, 'EX "1"\\\u202e\u00e9'), ("files/000002", 0, "EX-2")]
    assert manifest_json(manifest, texts, files) == _reference(manifest, texts, files)
