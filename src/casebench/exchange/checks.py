"""Field checks every received record passes before anything is committed.

Bundles are untrusted: text must be plain (no NUL or other control characters), paths
must be safe relative paths, times must be real ISO 8601 times, numbers must be sane.
Each check raises ValueError naming where the problem is, in plain words.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

# C0 controls except tab, newline and carriage return; DEL; C1 controls.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidirectional embeddings, overrides, isolates and marks: they make a file name read
# differently from what it is ("invoice\u202efdp.exe").
BIDI = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:?\d\d)")
MAX_DIGITS = 30  # a JSON integer longer than this is not a size, a count or a sequence number


def _char(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def plain_text(doc: Any, where: str, key: str = "") -> None:
    """Every text in `doc` (keys and values, nested) is free of control characters."""
    if isinstance(doc, str):
        m = CONTROL.search(doc)
        if m:
            raise ValueError(f"{where}: {key or 'a text'!r} holds a control character ({_char(m.group())}); "
                             "a bundle may hold plain text only")
    elif isinstance(doc, dict):
        for k, v in doc.items():
            plain_text(k, where, str(k)[:40])
            plain_text(v, where, str(k)[:40])
    elif isinstance(doc, list):
        for v in doc:
            plain_text(v, where, key)


def without_controls(doc: Any) -> Any:
    """`doc` with the control characters :func:`plain_text` refuses dropped, for writing.

    A case may hold them (typed, pasted, imported from a table or an FtM file); a bundle
    may not, so casebench's own bundles would be refused whole by every partner. The
    writer drops them instead, as printed outputs do (reports/sanitize.py).
    """
    if isinstance(doc, str):
        return CONTROL.sub("", doc) if CONTROL.search(doc) else doc
    if isinstance(doc, dict):
        return {without_controls(k): without_controls(v) for k, v in doc.items()}
    if isinstance(doc, list | tuple):
        return [without_controls(v) for v in doc]
    return doc


def spell_bidi(text: str) -> str:
    """`text` with bidirectional controls spelled out as ``[U+202E]``, for names bundles check.

    A seized file may really be named "invoice\u202efdp.exe"; receivers refuse such a
    name (:func:`safe_name`), so the writer sends it spelled out, as printed outputs show it.
    """
    if text.isascii() or not BIDI.search(text):  # every BIDI character is beyond ASCII
        return text
    return BIDI.sub(lambda m: f"[{_char(m.group())}]", text)


def timestamp(value: Any, where: str, key: str, *, required: bool = False) -> str:
    """An ISO 8601 time with its offset, as casebench writes them; '' when absent and optional."""
    if value in (None, "") and not required:
        return ""
    text = str(value) if isinstance(value, str) else ""
    if len(text) > 40 or not TIMESTAMP.fullmatch(text):
        raise ValueError(f"{where}: {key} {str(value)[:40]!r} is not a time (ISO 8601 with offset, "
                         "e.g. 2024-03-01T10:00:00Z)")
    try:
        dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T"))
    except ValueError:
        raise ValueError(f"{where}: {key} {text!r} is not a real time") from None
    return text


def safe_name(value: str, where: str, key: str) -> None:
    m = BIDI.search(value)
    if m:
        raise ValueError(f"{where}: {key} holds a bidirectional control character ({_char(m.group())}) "
                         "that would make it read as something else")


def safe_rel_path(value: str, where: str) -> str:
    """A relative path inside the exhibit: no absolute path, drive, '..', empty part or controls."""
    plain_text(value, where, "rel_path")
    safe_name(value, where, "rel_path")
    parts = value.replace("\\", "/").split("/")
    if (value.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", value)
            or any(p in ("", ".", "..") for p in parts)):
        raise ValueError(f"{where}: rel_path {value[:80]!r} is not a safe relative path "
                         "(absolute, a drive, '..' or an empty part)")
    return value


def parse_int(text: str) -> int:
    """json `parse_int`: refuses huge integers before converting them."""
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"a number with {len(text)} digits is far too large")
    return int(text)


def parse_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"the number {text[:20]}… is too large")
    return value
