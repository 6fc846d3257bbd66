"""Where a table's column may go: the property paths an import offers for one schema.

`compile_spec` accepts any path the schema has (a saved specification or the command line
may name any); this is what a person choosing a target is shown, decided from the schema
(docs/decisions.md, decision 56):

- the row's own values, except a second name for its moment: of the properties that start
  it (``temporal_start``: a payment's ``date`` and ``startDate``), only those the schema
  features, when it features one (a payment and a call: Date; an ownership: Start date);
- a linked entity's (``beneficiaryAccount.iban``) only where the value can identify or place
  that end of the link: what names it (its caption, its featured properties), a strong
  identifier (a type or a property that proposes a merge: IBAN, BIC, phone, e-mail,
  registration, tax and ID numbers) and its countries. Not a photo, notes, a website or a
  dissolution date: a cell of a statement or a call record gives none of these about the
  account or the subscriber at the other end.
"""

from __future__ import annotations

import functools

from casebench.domain.schema import STRONG_MATCH_PROPS, STRONG_MATCH_TYPES, Schema, get_schema
from casebench.domain.values import PropType

__all__ = ["column_targets", "identifies_an_end", "one_moment"]


def one_moment(schema: Schema, prop: str) -> bool:
    """Whether ``prop`` of ``schema`` is offered as a value of the row itself: not a second
    name for the moment the schema features another name for (a payment's ``startDate``)."""
    starts = schema.temporal_start
    if prop not in starts:
        return True
    featured = [p for p in starts if p in schema.featured]
    return not featured or prop in featured


def identifies_an_end(schema: Schema, prop: str) -> bool:
    """Whether a cell may fill ``prop`` of a linked ``schema``: a value that identifies or
    places the entity at the end of a link."""
    found = schema.properties.get(prop)
    if found is None or found.type is PropType.ENTITY:
        return False
    return (prop in schema.caption or prop in schema.featured or found.type in STRONG_MATCH_TYPES
            or prop in STRONG_MATCH_PROPS or found.type is PropType.COUNTRY)


@functools.cache
def column_targets(schema_name: str) -> tuple[str, ...]:
    """The paths a column can feed in ``schema_name``: its own values first, then linked
    entities' (``head.prop``), each in the schema's order; () for an unknown schema."""
    try:
        schema = get_schema(schema_name)
    except ValueError:
        return ()
    own: list[str] = []
    linked: list[str] = []
    for name, prop in schema.properties.items():
        if prop.type is not PropType.ENTITY:
            if one_moment(schema, name):
                own.append(name)
            continue
        try:
            target = get_schema(prop.range or "Thing")
        except ValueError:
            continue
        linked.extend(f"{name}.{sub}" for sub in target.properties if identifies_an_end(target, sub))
    return (*own, *linked)
