"""Records are written with every control character dropped, whatever the text holds (the
fast path looks at the serialised line once; it must agree with dropping them value by value)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from casebench.exchange import checks, records

texts = st.text(st.sampled_from(["a", "é", "\\", "b", "f", "u", "0", "1", "\n", "\t", '"', "\x08", "\x0c", "\x01",
                                 "\x1f", "\x7f", "\x85"])
                | st.characters(max_codepoint=0xA0), max_size=12)
docs = st.recursive(st.none() | st.integers() | texts, lambda kids: st.lists(kids, max_size=3)
                    | st.dictionaries(texts, kids, max_size=3), max_leaves=8)


@given(st.dictionaries(texts, docs, max_size=4))
@example({"name": "a\x08b\x0cc", "note": ["\\b\\u0001", "\x00"], "k\x7f": "\x9f"})
def test_dumps_line_drops_every_control_character(doc: dict[str, Any]) -> None:
    line = records.dumps_line(doc)
    expected = json.dumps(checks.without_controls(doc), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8") + b"\n"
    assert line == expected
    assert checks.without_controls(json.loads(line)) == json.loads(line)  # nothing escaped either
