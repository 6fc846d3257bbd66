"""The demo's operator call records and bank statement, imported through saved specifications.

`import_demo_tables` writes two files the way a Spanish operator and bank send them -
a call-detail record in Latin-1 with semicolons and dd/mm/yyyy times, a bank
statement in Windows-1252 with a signed amount in Spanish number format - saves an
import specification for each, and imports both: the files become exhibits, every
value points at its row. The files are generated from the demo's own phones and
accounts with a seeded random generator, so the demo is the same every time.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from casebench.demo.content import read
from casebench.services import specs
from casebench.services.entities import get
from casebench.services.progress import Cancelled, Progress, never_cancelled, no_progress
from casebench.services.table_import import (
    ImportReport,
    bank_statement_spec,
    call_record_spec,
    import_table,
)
from casebench.services.types import Case

__all__ = ["CDR_SPEC", "STATEMENT_SPEC", "DemoTables", "import_demo_tables", "write_demo_cdr",
           "write_demo_statement"]

SEED = 20240311
_TABLES = read("documents.json")["tables"]  # names, columns and wording of both files
CDR_SPEC: str = _TABLES["cdr"]["spec"]
STATEMENT_SPEC: str = _TABLES["statement"]["spec"]
CDR_ROWS = 600
STATEMENT_ROWS = 48


@dataclass(frozen=True)
class DemoTables:
    calls: ImportReport | None
    payments: ImportReport | None


def _phones(case: Case, ids: dict[str, str]) -> list[str]:
    out: list[str] = []
    for key, eid in sorted(ids.items()):
        if key.startswith("person:"):
            out += get(case, eid).values("phone")
    return sorted(set(out))


def _ibans(case: Case, ids: dict[str, str]) -> list[str]:
    return sorted({v for key, eid in ids.items() if key.startswith("account:")
                   for v in get(case, eid).values("iban")})


def write_demo_cdr(path: Path, phones: list[str], rows: int = CDR_ROWS) -> Path:
    rng = random.Random(SEED)
    start = datetime(2024, 1, 8, 7, 0)
    conf = _TABLES["cdr"]
    cols = conf["columns"]
    lines = [";".join(cols[k] for k in ("record_id", "date", "caller", "receiver", "duration",
                                         "cell"))]
    cells = conf["cells"]
    for n in range(1, rows + 1):
        a, b = rng.sample(phones, 2)
        when = start + timedelta(minutes=n * 211 + rng.randint(0, 200), seconds=rng.randint(0, 59))
        number = a.removeprefix("+")
        caller = f"+{number}" if rng.random() < 0.5 else f"00{number}"
        lines.append(f"MV-{n:06d};{when:%d/%m/%Y %H:%M:%S};{caller};+{b.removeprefix('+')};"
                     f"{rng.randint(5, 1500)};{rng.choice(cells)}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))
    return path


def _es_amount(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole:,}".replace(",", ".") + f",{frac:02d}"


def write_demo_statement(path: Path, counterparties: list[str], rows: int = STATEMENT_ROWS) -> Path:
    rng = random.Random(SEED + 1)
    day = datetime(2024, 1, 2)
    conf = _TABLES["statement"]
    cols = conf["columns"]
    lines = [";".join(cols[k] for k in ("date", "purpose", "amount", "counterparty",
                                         "reference"))]
    purposes = conf["purposes"]
    for n in range(1, rows + 1):
        day += timedelta(days=rng.randint(1, 5))
        cents = rng.randint(500, 60_000) * 100 * (1 if rng.random() < 0.35 else -1)
        lines.append(f"{day:%d/%m/%Y};{rng.choice(purposes)} {n};{_es_amount(cents)};"
                     f"{rng.choice(counterparties)};BS-{day:%Y%m%d}-{n:04d}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def import_demo_tables(case: Case, ids: dict[str, str], *, progress: Progress = no_progress,
                       cancelled: Cancelled = never_cancelled) -> DemoTables:
    """Generate, specify and import the demo's CDR and bank statement (see the module text)."""
    phones = _phones(case, ids)
    ibans = _ibans(case, ids)
    calls = payments = None
    with tempfile.TemporaryDirectory(prefix="casebench-demo-") as tmp:
        folder = Path(tmp)
        if len(phones) >= 2:
            conf, cols = _TABLES["cdr"], _TABLES["cdr"]["columns"]
            spec = specs.save_spec(case, call_record_spec(
                CDR_SPEC, caller=cols["caller"], receiver=cols["receiver"], date=cols["date"],
                duration=cols["duration"], record_id=cols["record_id"], tz="Europe/Madrid",
                tags=("cdr",), description=conf["description"]))
            path = write_demo_cdr(folder / conf["file"], phones)
            calls = import_table(case, path, spec, progress=_part(progress, 0, 2), cancelled=cancelled)
        own = next((i for i in ibans if i.startswith("ES")), None)
        others = [i for i in ibans if i != own]
        if own and others:
            conf, cols = _TABLES["statement"], _TABLES["statement"]["columns"]
            spec = specs.save_spec(case, bank_statement_spec(
                STATEMENT_SPEC, account_iban=own, counterparty_iban=cols["counterparty"],
                amount=cols["amount"], date=cols["date"], purpose=cols["purpose"],
                reference=cols["reference"], bank_name=conf["bank"], tags=("financial",),
                description=conf["description"]))
            path = write_demo_statement(folder / conf["file"], others)
            payments = import_table(case, path, spec, progress=_part(progress, 1, 2),
                                    cancelled=cancelled)
    progress(1, 1, "demo tables imported")
    return DemoTables(calls, payments)


def _part(progress: Progress, index: int, parts: int) -> Progress:
    def report(done: int, total: int, message: str) -> None:
        frac = done / total if total else 1.0
        progress(int((index + min(frac, 1.0)) * 1000), parts * 1000, message)
    return report
