"""Plain-data drawing model for link charts and timelines.

Shared by the Qt views and the briefing-pack renderers, so it holds geometry and
meaning only: no toolkit, no colours beyond the TLP level, standard library only.

Conventions (i2 Analyst's Notebook, as in DESIGN.md §6):

* node shapes: person circle, organisation/company rectangle, location/address
  diamond, event hexagon, account/document/phone/identifier triangle, and a square
  for vehicles, vessels and aircraft;
* link lines: confirmed solid, probable dashed, unconfirmed dotted.

Coordinates are abstract units with the origin top-left and y growing downwards (as
on screen); renderers scale the chart's :meth:`Chart.bounds` to their own area.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from casebench.domain.handling import TLP


class Shape(enum.Enum):
    """Node symbol, following i2 conventions."""

    CIRCLE = "circle"  # person
    RECTANGLE = "rectangle"  # organisation, company, legal entity, public body
    DIAMOND = "diamond"  # location, address
    HEXAGON = "hexagon"  # event, meeting, seizure
    TRIANGLE = "triangle"  # bank account, wallet, document, phone, e-mail, identifier
    SQUARE = "square"  # vehicle, vessel, aircraft

    @classmethod
    def for_kind(cls, kind: str) -> Shape:
        """The conventional shape for an FtM-style schema name (case-insensitive)."""
        return _KIND_SHAPES.get(kind.strip().lower(), Shape.RECTANGLE)


_KIND_SHAPES: dict[str, Shape] = {
    "person": Shape.CIRCLE,
    "organization": Shape.RECTANGLE,
    "organisation": Shape.RECTANGLE,
    "company": Shape.RECTANGLE,
    "legalentity": Shape.RECTANGLE,
    "publicbody": Shape.RECTANGLE,
    "address": Shape.DIAMOND,
    "location": Shape.DIAMOND,
    "port": Shape.DIAMOND,
    "event": Shape.HEXAGON,
    "meeting": Shape.HEXAGON,
    "seizure": Shape.HEXAGON,
    "bankaccount": Shape.TRIANGLE,
    "cryptowallet": Shape.TRIANGLE,
    "useraccount": Shape.TRIANGLE,
    "document": Shape.TRIANGLE,
    "identification": Shape.TRIANGLE,
    "passport": Shape.TRIANGLE,
    "phone": Shape.TRIANGLE,
    "email": Shape.TRIANGLE,
    "iban": Shape.TRIANGLE,
    "wallet": Shape.TRIANGLE,
    "request": Shape.TRIANGLE,
    "travel": Shape.HEXAGON,
    "vehicle": Shape.SQUARE,
    "vessel": Shape.SQUARE,
    "airplane": Shape.SQUARE,
    "aircraft": Shape.SQUARE,
}


class LineStyle(enum.Enum):
    """Link line style: how sure we are that the link exists."""

    SOLID = "solid"  # confirmed
    DASHED = "dashed"  # probable
    DOTTED = "dotted"  # unconfirmed

    @classmethod
    def for_confidence(cls, confidence: str) -> LineStyle:
        """Map ``Grade.confidence`` ('confirmed', 'probable', 'unconfirmed')."""
        return {
            "confirmed": LineStyle.SOLID,
            "probable": LineStyle.DASHED,
        }.get(confidence, LineStyle.DOTTED)

    @property
    def confidence(self) -> str:
        return {
            LineStyle.SOLID: "confirmed",
            LineStyle.DASHED: "probable",
            LineStyle.DOTTED: "unconfirmed",
        }[self]


@dataclass(frozen=True)
class Node:
    """One entity on a link chart, placed at (x, y) (its centre)."""

    id: str
    label: str
    kind: str = "Person"  # FtM schema name, e.g. "Person", "Vessel", "BankAccount"
    shape: Shape = Shape.CIRCLE
    x: float = 0.0
    y: float = 0.0
    tlp: TLP | None = None
    icon: str | None = None  # resource name of an SVG icon; renderers may ignore it
    highlighted: bool = False


@dataclass(frozen=True)
class LinkMember:
    """One single link (a call, a payment…) inside an aggregated :class:`Edge`."""

    id: str
    source: str
    target: str
    when: str = ""  # fixed-width UTC start of its date, "" when undated
    amount: Decimal | None = None
    currency: str = ""
    grade: str = ""
    style: LineStyle = LineStyle.DASHED


def plain_amount(amount: Decimal, currency: str) -> str:
    """``12,500.00 EUR``: the screen's amount format (packs format per language)."""
    return f"{amount:,.2f} {currency}".strip()


@dataclass(frozen=True)
class Edge:
    """A link between two nodes; ``count`` > 1 means several links aggregated into one line.

    Links of one kind between the same pair (calls, payments, messages…) are drawn
    as one line: ``count`` of them, ``reverse`` of which run from ``target`` back to
    ``source`` (arrow heads at both ends then), ``totals`` per currency for payments,
    the weakest grade's line style, and the single links in ``members`` (expandable).
    ``lane`` separates parallel lines between the same pair (0, 1, -1, 2, …).
    """

    source: str
    target: str
    label: str = ""
    style: LineStyle = LineStyle.SOLID
    directed: bool = False
    count: int = 1
    highlighted: bool = False
    grade: str = ""  # verbatim grade of the link, e.g. "B2"; printed next to the label
    kind: str = ""
    reverse: int = 0
    totals: tuple[tuple[str, Decimal], ...] = ()  # (currency, sum), currencies sorted
    members: tuple[LinkMember, ...] = ()
    lane: int = 0
    key: str = ""  # the aggregate's identity: expanding and collapsing name it
    tlp: TLP | None = None  # the highest level of its single links

    @property
    def weight(self) -> float:
        """Line weight factor by count: 1 for one link, growing slowly, at most 3."""
        return min(1.0 + math.log2(max(self.count, 1)) * 0.5, 3.0)

    @property
    def both_ways(self) -> bool:
        return self.directed and 0 < self.reverse < self.count

    def totals_text(self, fmt: object = None) -> str:
        """Totals per currency ("12,500.00 EUR + 3,000.00 USD"); ``fmt(amount, currency)``."""
        f = fmt if callable(fmt) else plain_amount
        return " + ".join(str(f(v, c)) for c, v in self.totals)

    def caption_text(self, fmt: object = None) -> str:
        """Label, grade, count and totals, with amounts formatted by ``fmt``."""
        parts = [self.label] if self.label else []
        if self.grade:
            parts.append(f"[{self.grade}]")
        if self.count > 1:
            parts.append(f"×{self.count}")
        text = " ".join(parts)
        totals = self.totals_text(fmt)
        return f"{text} · {totals}" if text and totals else text or totals

    @property
    def caption(self) -> str:
        """Text printed on the link: label, grade, count and totals where present."""
        return self.caption_text()

    @property
    def short_caption(self) -> str:
        """What is printed where the full caption does not fit: the count only."""
        return f"×{self.count}" if self.count > 1 else ""


@dataclass(frozen=True)
class Legend:
    """The symbols a chart actually uses, in enum order."""

    shapes: tuple[Shape, ...]
    line_styles: tuple[LineStyle, ...]
    directed: bool  # at least one arrow is drawn


@dataclass(frozen=True)
class LeftOff:
    """Links of one kind a printed chart does not draw: the pairs linked fewer than
    ``below`` times (``pairs`` lines, ``links`` single links in them)."""

    kind: str  # FtM schema name, e.g. "Call"
    below: int
    pairs: int
    links: int


@dataclass(frozen=True)
class Chart:
    """A link chart: nodes placed in abstract units plus the edges between them."""

    title: str
    nodes: tuple[Node, ...] = ()
    edges: tuple[Edge, ...] = ()
    tlp: TLP | None = None
    width: float = 0.0  # preferred canvas size in the same units; 0 = use bounds()
    height: float = 0.0
    left_off: tuple[LeftOff, ...] = ()  # links not drawn, to be said under the chart

    def node(self, node_id: str) -> Node | None:
        for n in self.nodes:
            if n.id == node_id:
                return n
        return None

    def legend(self) -> Legend:
        shapes = {n.shape for n in self.nodes}
        styles = {e.style for e in self.edges}
        return Legend(
            shapes=tuple(s for s in Shape if s in shapes),
            line_styles=tuple(s for s in LineStyle if s in styles),
            directed=any(e.directed for e in self.edges),
        )

    def bounds(self) -> tuple[float, float, float, float]:
        """(min_x, min_y, max_x, max_y) of the node centres; (0, 0, w, h) if empty."""
        if not self.nodes:
            return (0.0, 0.0, self.width, self.height)
        xs = [n.x for n in self.nodes]
        ys = [n.y for n in self.nodes]
        return (min(xs), min(ys), max(xs), max(ys))

    def valid_edges(self) -> tuple[Edge, ...]:
        """Edges whose two ends are on the chart (others cannot be drawn)."""
        ids = {n.id for n in self.nodes}
        return tuple(e for e in self.edges if e.source in ids and e.target in ids)


@dataclass(frozen=True)
class TimelineItem:
    """An event or a period on a timeline; times are timezone-aware UTC.

    ``end_utc`` is ``None`` for a point event. ``approximate`` items are drawn
    hatched or with a "~" so the reader knows the time is not exact.
    """

    id: str
    label: str
    kind: str
    start_utc: datetime
    end_utc: datetime | None = None
    approximate: bool = False
    lane: str = ""
    tlp: TLP | None = None
    when: str = ""  # the date as known ("~11/2023"); printed instead of start_utc when set

    def __post_init__(self) -> None:
        if self.start_utc.tzinfo is None:
            raise ValueError(f"timeline item {self.id!r}: start_utc must be timezone-aware")
        if self.end_utc is not None:
            if self.end_utc.tzinfo is None:
                raise ValueError(f"timeline item {self.id!r}: end_utc must be timezone-aware")
            if self.end_utc < self.start_utc:
                raise ValueError(f"timeline item {self.id!r}: end_utc is before start_utc")

    @property
    def last_utc(self) -> datetime:
        return self.end_utc if self.end_utc is not None else self.start_utc


@dataclass(frozen=True)
class Timeline:
    """Items in horizontal lanes (one per person, vessel, country…) between start and end."""

    items: tuple[TimelineItem, ...]
    lanes: tuple[str, ...]
    start: datetime
    end: datetime
    title: str = ""

    @classmethod
    def from_items(
        cls, items: tuple[TimelineItem, ...] | list[TimelineItem], title: str = ""
    ) -> Timeline:
        """Lanes in order of first appearance; start/end span all items."""
        if not items:
            raise ValueError("a timeline needs at least one item")
        lanes: dict[str, None] = {}
        for it in items:
            lanes.setdefault(it.lane, None)
        return cls(
            items=tuple(items),
            lanes=tuple(lanes),
            start=min(it.start_utc for it in items),
            end=max(it.last_utc for it in items),
            title=title,
        )
