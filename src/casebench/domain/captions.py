"""The name a relationship entity is listed under: "<one end> <verb> <other end>".

One rule for every path that names a relationship (a table import's rows, an edit of the
entity): a payment imported as "ES91… paid ES76…" became plain "Payment" once a note was
added to it, because the edit only looked at the payer and beneficiary themselves and a
bank statement records the accounts.
"""

from __future__ import annotations

from collections.abc import Iterable

from casebench.domain.schema import Schema
from casebench.domain.values import PropType

__all__ = ["UNKNOWN_END", "EdgeNamer", "compose", "edge_caption", "edge_namer", "relabel"]

UNKNOWN_END = "…"  # an end nobody recorded (cash paid in, a withheld number)
# what may name an end in its place: a linked entity (an account), a number or an address
_NAMING = frozenset({PropType.ENTITY, PropType.PHONE, PropType.EMAIL, PropType.IBAN, PropType.WALLET})


def _names_an_end(schema: Schema, path: str) -> bool:
    prop = schema.properties.get(path.partition(".")[0])
    return prop is not None and prop.type in _NAMING  # not ownershipType beside owner


def edge_caption(schema: Schema, named: Iterable[tuple[str, str]]) -> str:
    """The caption of a ``schema.edge`` entity from ``named``: (property or property path, the
    text that names it), best first. An end is named by its own property (``payer``), else by
    the first property under it (``payerAccount.iban``, ``callerNumber``). "" when neither end
    is named or the schema is no relationship."""
    return edge_namer(schema).caption(named)


class EdgeNamer:
    """`edge_caption` for one schema, with what each property names decided once: a list or
    a timeline names a hundred thousand calls of the same few properties."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self._roles: dict[str, tuple[tuple[int, bool], ...]] = {}

    def _role(self, path: str) -> tuple[tuple[int, bool], ...]:
        """(end, by its own property) for each end ``path`` may name."""
        role = self._roles.get(path)
        if role is None:
            role = self._roles[path] = tuple(
                (i, path == side) for i, side in enumerate(self.schema.edge or ())
                if path == side or (path.startswith(side) and _names_an_end(self.schema, path)))
        return role

    def caption(self, named: Iterable[tuple[str, str]]) -> str:
        edge = self.schema.edge
        if not edge:
            return ""
        own = [""] * len(edge)
        under = [""] * len(edge)
        for path, text in named:
            if not text:
                continue
            for i, by_own in self._role(path):
                if by_own:
                    own[i] = own[i] or text
                else:
                    under[i] = under[i] or text
        ends = [a or b for a, b in zip(own, under, strict=True)]
        if not any(ends):
            return ""
        return compose(self.schema, ends)


def compose(schema: Schema, ends: Iterable[str], verb: str | None = None) -> str:
    """The ends joined by the relationship's verb: ``schema.edge_label`` (English, as stored),
    or ``verb`` (the same caption in a reader's language); an end not named is `UNKNOWN_END`."""
    return f" {schema.edge_label if verb is None else verb} ".join(end or UNKNOWN_END for end in ends)


def relabel(schema: Schema, caption: str, verb: str) -> str:
    """A stored caption the rule composed ("Ana Gomes paid Carla Mendes") with ``verb``
    between its ends instead ("Ana Gomes pagó a Carla Mendes"); any other text unchanged.

    The caller says the caption is composed: for a kind with a caption property
    (``role``, ``relationship``) it may be a value as typed, which is case data. The
    two ends are split at the first English verb: the first end's name is then taken
    to hold no " paid " of its own (the second may)."""
    if not schema.edge or not schema.edge_label or verb == schema.edge_label:
        return caption
    first, found, second = caption.partition(f" {schema.edge_label} ")
    if not found or not first or not second:
        return caption
    return compose(schema, (first, second), verb)


_namers: dict[str, EdgeNamer] = {}


def edge_namer(schema: Schema) -> EdgeNamer:
    """The namer of ``schema`` (one per schema object: a schema is not changed once loaded)."""
    namer = _namers.get(schema.name)
    if namer is None or namer.schema is not schema:
        namer = _namers[schema.name] = EdgeNamer(schema)
    return namer
