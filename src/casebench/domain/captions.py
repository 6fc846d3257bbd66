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

__all__ = ["UNKNOWN_END", "edge_caption"]

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
    if not schema.edge:
        return ""
    pairs = [(p, text) for p, text in named if text]
    ends = []
    for side in schema.edge:
        own = next((text for p, text in pairs if p == side), "")
        ends.append(own or next((text for p, text in pairs
                                 if p.startswith(side) and _names_an_end(schema, p)), ""))
    if not any(ends):
        return ""
    return f" {schema.edge_label} ".join(end or UNKNOWN_END for end in ends)
