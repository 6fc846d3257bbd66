"""Make case text printable before a renderer sees it.

Case data is untrusted and arrives from imports, bundles and hand entry: it may hold
NUL and other control characters (which XML, hence Word, refuses outright), lone
surrogates from a broken decoder, or names thousands of characters long. Rather than
guard every ``cell.text = ...`` in both renderers, the whole pack is cleaned once, at
the renderer's entry: every string anywhere in the (frozen) model is rebuilt without
the characters no document format can carry. Markup characters (``<``, ``&``) are
kept: they are the renderer's job to escape, and a name may really contain them.

Explicit bidirectional controls (embeddings, overrides, isolates: U+202A-U+202E,
U+2066-U+2069) are neutralised by spelling them out as ``[U+202E]``: Word, SVG viewers and
PDF text extraction apply them, so a name "Ana \u202egnp.exe" would print as "Ana exe.png"
and an unterminated override would reorder the text after it. Spelled out, the printed
text is in the order it is stored and the reader sees that the name carried a control
(docs/decisions.md). Implicit right-to-left text (Arabic, Hebrew) needs no control and is
kept; the marks LRM/RLM/ALM only nudge neutral characters and are kept too.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Collection
from typing import Any, TypeVar

T = TypeVar("T")

# C0 controls except tab and newline, DEL, C1 controls, lone surrogates, and the two
# Unicode non-characters XML 1.0 forbids.
_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

# Explicit bidi embeddings, overrides and isolates (not the LRM/RLM/ALM marks).
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")

MAX_HEADING = 200  # characters: a longer name is printed in full in its profile instead


def clean_text(text: str) -> str:
    """``text`` with unprintable characters dropped, bidi controls spelled out and tabs
    turned into spaces."""
    if _BAD.search(text) is not None:
        text = _BAD.sub("", text)
    if _BIDI.search(text) is not None:
        text = _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
    return text.replace("\t", " ") if "\t" in text else text


def short(text: str, limit: int = MAX_HEADING) -> str:
    """At most ``limit`` characters, cut at a space where there is one, ending in "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def glyph_filter(has_glyph: Collection[int]) -> Callable[[str], str]:
    """Spell out characters the font cannot draw as ``[U+1F600]``.

    The PDF embeds one font (DejaVu: Latin, Greek, Cyrillic, Arabic, Hebrew, many
    symbols). A character it lacks, such as an emoji, would print as an empty box and
    the reader would lose it; its code point keeps it identifiable.
    """

    def spell(text: str) -> str:
        if all(ord(ch) in has_glyph or ch in "\n " for ch in text):
            return text
        return "".join(ch if ord(ch) in has_glyph or ch in "\n " or _invisible(ch)
                       else f"[U+{ord(ch):04X}]" for ch in text)

    return spell


def _invisible(ch: str) -> bool:
    """Format characters (bidi marks, joiners, variation selectors) draw nothing anyway."""
    return unicodedata.category(ch) in ("Cf", "Mn") and not ("\u0300" <= ch <= "\u036f")


def clean(value: T, extra: Callable[[str], str] | None = None) -> T:
    """``value`` with every string in it cleaned; unchanged parts are shared, not copied.

    ``extra`` further rewrites each cleaned string (e.g. :func:`glyph_filter`).
    """
    fix = clean_text if extra is None else (lambda s: extra(clean_text(s)))
    return _clean(value, fix)


def _clean(value: Any, fix: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fix(value)
    if isinstance(value, tuple):
        items = tuple(_clean(v, fix) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if isinstance(value, list):
        return [_clean(v, fix) for v in value]
    if isinstance(value, dict):
        return {_clean(k, fix): _clean(v, fix) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = _clean(old, fix)
            if new is not old:
                changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
