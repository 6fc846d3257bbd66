"""chart (print a link chart to PDF, SVG or PNG) and path (shortest paths between two entities)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from casebench.cli.common import (
    UsageError,
    UserError,
    add_case_arg,
    add_max_tlp_arg,
    add_passphrase_args,
    check_output_file,
    given_max_tlp,
    max_tlp_for,
    opened,
    print_json,
)
from casebench.services.layout import LAYOUTS

if TYPE_CHECKING:
    from casebench.services.graph import LinkGraph


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("chart", help="print the case (or a saved chart) as a link chart: PDF, SVG or PNG",
                       description="Print the case's link chart on one sheet with i2 conventions, its "
                       "legend, the case reference, the date and the TLP marking top and bottom. "
                       "Without --name every entity is drawn. What handling keeps home for an export "
                       "is left out: an entity is named by its first name that may leave, else by its "
                       "kind, and the sheet is marked with the highest level printed. Recorded in the "
                       "audit log as a disclosure.")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("--name", help="a chart saved in the case (see --list)")
    p.add_argument("--layout", choices=LAYOUTS,
                   help="lay every node out again (default: saved positions, else force)")
    p.add_argument("--seed", type=int, default=0, help="seed of the force layout (default 0)")
    p.add_argument("--identifiers", choices=("shared", "all", "none"), default="shared",
                   help="phones, e-mails, IBANs and wallets as nodes (default: when shared)")
    p.add_argument("-o", "--output", "--out", dest="out", type=Path, metavar="FILE.pdf|svg|png",
                   help="the file to write (its suffix gives the format)")
    p.add_argument("--paper", choices=("A4", "A3"), default="A4", help="sheet size (default A4)")
    p.add_argument("--orientation", choices=("landscape", "portrait"), default="landscape",
                   help="default landscape")
    p.add_argument("--lang", choices=("en", "es", "pt", "fr"), default="en",
                   help="language of the legend and the sheet (default en)")
    add_max_tlp_arg(p, "highest TLP to print")
    p.add_argument("--list", action="store_true", help="list the saved charts and exit")
    p.set_defaults(func=cmd_chart)

    p = sub.add_parser("path", help="shortest paths between two entities on the link chart",
                       description="A and B are entity ids, identifier nodes (phone:+34…) or exact "
                       "captions.")
    add_case_arg(p)
    add_passphrase_args(p)
    p.add_argument("a", metavar="A", help="where the paths start")
    p.add_argument("b", metavar="B", help="where the paths end")
    p.add_argument("--directed", action="store_true", help="follow link direction (arrows) only")
    p.add_argument("--time-respecting", action="store_true",
                   help="each dated link no earlier than the previous one")
    p.add_argument("-k", type=int, default=3, help="how many paths (default 3)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_path)


def cmd_chart(args: argparse.Namespace) -> int:
    # Charts and paths pull in networkx and reportlab: imported by the commands that use them,
    # so `casebench --help` and every other command start without them.
    from casebench.services import charts
    from casebench.services.graph import case_graph

    given = given_max_tlp(args)
    if not args.list:
        if args.out is None:
            raise UsageError("give -o FILE.pdf, FILE.svg or FILE.png (or --list)")
        check_output_file(args.out, "chart")
    with opened(args) as case:
        if args.list:
            for c in charts.list_charts(case):
                print(f"{c.name}\t{c.updated_at}\t{c.updated_by}")
            return 0
        max_tlp = max_tlp_for(case, given)
        graph = case_graph(case, identifiers=args.identifiers)
        chart = charts.chart_model(case, args.name, layout=args.layout, seed=args.seed, graph=graph)
        if not chart.nodes:
            raise UserError("nothing to draw: the chart has no entities")
        done = charts.export_chart(case, chart, args.out, paper=args.paper, orientation=args.orientation,
                                   lang=args.lang, max_tlp=max_tlp)
        print(f"wrote {done.path} ({done.nodes} nodes, {done.links} links, {done.tlp.label})")
        left = [f"{n} {what}" for n, what in (
            (done.withheld_nodes, "entity left out" if done.withheld_nodes == 1 else "entities left out"),
            (done.withheld_links, "link left out" if done.withheld_links == 1 else "links left out"),
            (done.names_as_kind, "name that may not leave printed as the kind"
             if done.names_as_kind == 1 else "names that may not leave printed as the kind"),
            (done.names_replaced - done.names_as_kind, "name replaced by another that may leave"
             if done.names_replaced - done.names_as_kind == 1 else "names replaced by others that may leave"),
        ) if n]
        if left:
            print(f"handling (above {max_tlp.label} or not for export): {'; '.join(left)}")
    return 0


def resolve(graph: LinkGraph, text: str) -> str:
    if text in graph.nodes:
        return text
    wanted = text.strip().casefold()
    hits = sorted(n.id for n in graph.nodes.values() if n.label.casefold() == wanted)
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise UserError(f"no entity on the chart has the id or caption {text!r}")
    raise UserError(f"{len(hits)} entities are captioned {text!r}; give an id: {', '.join(hits[:5])}")


def cmd_path(args: argparse.Namespace) -> int:
    from casebench.services import paths
    from casebench.services.graph import case_graph

    if args.k < 1:
        raise UsageError("-k must be at least 1")
    with opened(args) as case:
        graph = case_graph(case)
        a, b = resolve(graph, args.a), resolve(graph, args.b)
        found = paths.find_paths(graph, a, b, k=args.k, directed=args.directed,
                                 time_respecting=args.time_respecting)
    if args.json:
        print_json([{"length": p.length, "nodes": list(p.nodes),
                     "steps": [{"from": s.source, "to": s.target, "link": s.link.id,
                                "kind": s.link.kind, "label": s.link.label, "date": s.link.start,
                                "grade": s.link.grade, "links": len(s.links)} for s in p.steps]}
                    for p in found])
        return 0
    if not found:
        print("no path" + (" that follows the arrows" if args.directed else "")
              + (" in time order" if args.time_respecting else ""))
        return 0
    for i, p in enumerate(found, 1):
        print(f"Path {i} ({p.length} link{'s' if p.length != 1 else ''}):")
        for line in paths.describe(graph, p):
            print("  " + line)
    return 0
