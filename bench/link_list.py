"""Relationship lists as tables of links (decision 62): a Payments list of 200,000 payments
kept as statements, in the window at 1280×800.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/link_list.py [--payments 200000] [--case PATH]

Times, interleaved over 3 rounds (median and min–max): the first page drawn and End (the
last row drawn) in the list's own order (the caption: the payer first), each page carrying
its payer, beneficiary, date, amount and the two ends' names; and the first page of the list
sorted by date and by amount, which reads the property of every row (no index holds it).
Target: End ≤ 1 s in the list's own order. ``--case`` reuses a case built before (its
passphrase the bench's); without it one is built in a temporary folder and deleted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "bench passphrase for rellist"


def build_case(path: Path, n: int) -> None:
    from casebench.services.bulk import add_entities
    from casebench.services.cases import create_case
    from casebench.services.entities import EntityDraft

    case = create_case(path, PASSPHRASE, user="bench", title="Link list benchmark", originator_country="es")
    try:
        people = (EntityDraft("Person", [("name", f"Person {i:05d}")]) for i in range(1000))
        add_entities(case, people, total=1000)
        ids = [r[0] for r in case.conn.execute("SELECT id FROM entities WHERE schema = 'Person'")]

        def drafts():  # type: ignore[no-untyped-def]
            for i in range(n):
                yield EntityDraft("Payment", [("payer", ids[i % 1000]), ("beneficiary", ids[(i * 7 + 3) % 1000]),
                                              ("amount", str((i * 37) % 100000 / 10)), ("currency", "EUR"),
                                              ("date", f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}")])
        add_entities(case, drafts(), total=n)
    finally:
        case.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--payments", type=int, default=200_000)
    parser.add_argument("--case", type=Path)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="casebench-linkbench-"))
    os.environ["CASEBENCH_HOME"] = str(work / "home")
    try:
        return _run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, work: Path) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from casebench.services.cases import open_case
    from casebench.ui import entity_model
    from casebench.ui.entities_view import EntitiesPage
    from casebench.ui.session import CaseSession

    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = args.case
    if path is None:
        path = work / "bench.casebench"
        t0 = time.perf_counter()
        build_case(path, args.payments)
        print(f"built {args.payments:,} payments in {time.perf_counter() - t0:.1f} s")

    def spin(until: Callable[[], bool], timeout: float = 600) -> None:
        end = time.monotonic() + timeout
        while not until() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.001)

    session = CaseSession()
    opened: list[object] = []
    session.open(lambda: open_case(path, PASSPHRASE, user="bench"), on_done=opened.append)
    spin(lambda: bool(opened))
    page = EntitiesPage(session, ())
    page.resize(1080, 740)
    page.show()
    page.set_schemata(("Payment",))
    model, table = page.model, page.table
    spin(lambda: model.ready)
    amount = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Amount")
    date = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Date")

    own = model.sort_column  # the payer: the caption's order
    # what a sort by a property costs here (the window offers it up to PROP_SORT_LIMIT rows)
    entity_model.PROP_SORT_LIMIT = 10**9

    def first_page(column: int | None) -> float:
        t1 = time.perf_counter()
        model.sort(own if column is None else column, Qt.SortOrder.AscendingOrder)
        spin(lambda: model.ready and model.row(0) is not None)
        table.viewport().repaint()
        return time.perf_counter() - t1

    def press_end() -> float:
        first_page(None)
        table.scrollToTop()
        last = model.total - 1
        t1 = time.perf_counter()
        table.scrollToBottom()
        table.viewport().repaint()
        spin(lambda: model.row(last) is not None, timeout=60)
        table.viewport().repaint()
        return time.perf_counter() - t1

    times: dict[str, list[float]] = {"first page": [], "End": [], "sorted by date": [], "sorted by amount": []}
    for _ in range(3):
        times["first page"].append(first_page(None))
        times["End"].append(press_end())
        times["sorted by date"].append(first_page(date))
        times["sorted by amount"].append(first_page(amount))
    print(f"Payments list of {model.total:,} rows (ends named, date, amount):")
    for what, values in times.items():
        print(f"  {what}: {statistics.median(values) * 1000:.0f} ms "
              f"({min(values) * 1000:.0f}-{max(values) * 1000:.0f})"
              + (" target 1,000 ms " + ("OK" if statistics.median(values) < 1 else "NOT MET") if what == "End" else ""))
    session.shutdown(5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
