"""The demo's story read from its data files (``casebench/resources/demo/*.json``).

The content - cast, companies, links, events, forum, exhibits, document texts - is data a
content author edits without touching code; this module only reads it into typed records.
``case.json`` names the entity files in the order they are added: a value ``"@key"`` names
an entity defined earlier (key prefixes: ``person:``, ``org:``, ``agency:``, ``address:``,
``vessel:``, ``airplane:``, ``vehicle:``, ``account:``, ``wallet:``, ``event:``, ``travel:``,
``meeting:``, ``action:N``, ``request:``, ``gap:``, one per relationship such as
``ownership:N``; generated ``call:NNN`` and ``payment:NNN``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

DEMO_DIR = Path(__file__).resolve().parent.parent / "resources" / "demo"


@dataclass(frozen=True)
class Extra:
    """More values for an entity from another source, grade or handling."""

    values: tuple[tuple[str, str], ...]
    tlp: str = "AMBER"
    grade: str | None = None
    locator: str = ""
    recipients: tuple[str, ...] = ()
    originator: str = ""
    author: str = ""


@dataclass(frozen=True)
class Spec:
    """One entity of the demo: schema, values and how they are graded and handled."""

    key: str
    schema: str
    values: tuple[tuple[str, str], ...]
    tags: tuple[str, ...] = ()
    tlp: str = "AMBER"
    grade: str | None = "admiralty:B2"
    subject: str | None = None  # data-subject category (persons)
    recipients: tuple[str, ...] = ()  # named recipients of RED items
    originator: str = ""
    author: str = ""
    locator: str = ""
    codes: tuple[str, ...] = ()
    extras: tuple[Extra, ...] = field(default=())


@dataclass(frozen=True)
class LaterValue:
    """A value added after the entities (analysis that came later)."""

    entity: str
    extra: Extra


@dataclass(frozen=True)
class Story:
    title: str
    reference: str
    originator: str
    originator_country: str
    default_tlp: str
    seed: int
    red_conditions: str
    entities: tuple[Spec, ...]
    later_values: tuple[LaterValue, ...]
    summary: str
    summary_author: str
    summary_tlp: str


def read(name: str) -> dict[str, Any]:
    """One data file as parsed JSON."""
    data: dict[str, Any] = json.loads((DEMO_DIR / name).read_text("utf-8"))
    return data


def _pairs(rows: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(p), str(v)) for p, v in rows)


def _extra(row: dict[str, Any]) -> Extra:
    return Extra(
        values=_pairs(row["values"]),
        tlp=row.get("tlp", "AMBER"),
        grade=row.get("grade"),
        locator=row.get("locator", ""),
        recipients=tuple(row.get("recipients", ())),
        originator=row.get("originator", ""),
        author=row.get("author", ""),
    )


def spec(row: dict[str, Any]) -> Spec:
    return Spec(
        key=row["key"],
        schema=row["schema"],
        values=_pairs(row["values"]),
        tags=tuple(row.get("tags", ())),
        tlp=row.get("tlp", "AMBER"),
        grade=row.get("grade", "admiralty:B2"),
        subject=row.get("subject"),
        recipients=tuple(row.get("recipients", ())),
        originator=row.get("originator", ""),
        author=row.get("author", ""),
        locator=row.get("locator", ""),
        codes=tuple(row.get("codes", ())),
        extras=tuple(_extra(e) for e in row.get("extras", ())),
    )


@cache
def story() -> Story:
    """The fixed part of the demo (read once per process)."""
    case = read("case.json")
    specs = tuple(spec(row) for name in case["files"] for row in read(name)["entities"])
    summary = case["summary"]
    return Story(
        title=case["title"],
        reference=case["reference"],
        originator=case["originator"],
        originator_country=case["originator_country"],
        default_tlp=case["default_tlp"],
        seed=int(case["seed"]),
        red_conditions=case["red_conditions"],
        entities=specs,
        later_values=tuple(LaterValue(v["entity"], _extra(v)) for v in case["later_values"]),
        summary="\n\n".join(summary["paragraphs"]),
        summary_author=summary["author"],
        summary_tlp=summary["tlp"],
    )


def country_of(s: Spec) -> str:
    return next(v for p, v in s.values if p == "country")


def phones_of(s: Spec) -> list[str]:
    return [v for p, v in s.values if p == "phone"]
