"""Synthetic case generator for benchmarks: N entities, M statements, K events.

    python bench/synth.py OUT.casebench --entities 100000 --statements 1000000 --events 1000000

Deterministic (seeded); names mix Spanish, Portuguese and West African forms so that
search and matching see realistic text. Passphrase: "bench".
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from casebench.services.bulk import add_entities
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft
from casebench.store.case import Case

GIVEN = ["José", "Luis", "María", "João", "Ana", "Carlos", "Ousman", "Fatou", "Lamin", "Isatou",
         "Pedro", "Mariama", "Ebrima", "Conceição", "Andrés", "Nuno", "Awa", "Modou", "Inês", "Jorge"]
SURNAMES = ["García", "Márquez", "da Silva", "Santos", "Jallow", "Ceesay", "Touré", "Pereira",
            "Fernández", "Quispe", "Baldé", "Djaló", "Mendes", "Gomes", "Rodríguez", "Sanneh",
            "Cabral", "Monteiro", "López", "Vieira"]
WORDS = ["container", "reefer", "banana", "port", "transfer", "cash", "courier", "hangar", "pier",
         "warehouse", "invoice", "Guayaquil", "Banjul", "Bissau", "Praia", "Algeciras", "Vigo", "Santos"]
SYLLABLES = ["ba", "co", "da", "fe", "gu", "ja", "ke", "lo", "ma", "ne", "pi", "qui", "ro", "sa",
             "tu", "va", "xi", "zo", "ã", "ção", "lh", "nh", "ou", "ei"]


def vocabulary(size: int = 20_000, seed: int = 7) -> list[str]:
    """Pseudo-words; drawn with a Zipf-like skew so a few are common and most are rare."""
    rnd = random.Random(seed)
    words = {"".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


SCHEMATA = ["Person"] * 6 + ["Company", "Organization", "Vehicle", "BankAccount"]


def entity_drafts(n: int, statements: int, seed: int = 1) -> Iterator[EntityDraft]:
    rnd = random.Random(seed)
    vocab = vocabulary()
    cum: list[float] = []
    total = 0.0
    for i in range(len(vocab)):  # cumulative once: choices() would redo it on every call
        total += 1.0 / (i + 1)
        cum.append(total)
    per = max(1, statements // max(n, 1))
    for i in range(n):
        schema = SCHEMATA[i % len(SCHEMATA)]
        if schema == "Person":
            name = f"{rnd.choice(GIVEN)} {rnd.choice(SURNAMES)} {rnd.choice(SURNAMES)}"
        elif schema == "BankAccount":
            name = f"Account {i}"
        else:
            name = f"{rnd.choice(WORDS).title()} {rnd.choice(SURNAMES)} {i} Lda"
        values = [("name", name)]
        for _ in range(per - 1):
            words = [*rnd.choices(vocab, cum_weights=cum, k=5), rnd.choice(WORDS)]
            values.append(("notes", " ".join(words)))
        yield EntityDraft(schema, values)


def event_drafts(k: int, seed: int = 2) -> Iterator[EntityDraft]:
    rnd = random.Random(seed)
    for i in range(k):
        y, m, d = rnd.randint(2018, 2025), rnd.randint(1, 12), rnd.randint(1, 28)
        hh, mm = rnd.randint(0, 23), rnd.randint(0, 59)
        date = rnd.choice([f"{y}", f"{y}-{m:02d}", f"{y}-{m:02d}-{d:02d}",
                           f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}-05:00"])
        yield EntityDraft("Event", [("name", f"{rnd.choice(WORDS)} event {i}"), ("date", date)])


def build(path: Path, entities: int, statements: int, events: int, *, passphrase: str = "bench",
          verbose: bool = True) -> Case:
    case = create_case(path, passphrase, user="bench", title="Synthetic", originator_country="es")
    t = time.perf_counter()
    add_entities(case, entity_drafts(entities, statements), total=entities)
    if events:
        add_entities(case, event_drafts(events), total=events)
    if verbose:
        print(f"built {path}: {entities} entities, ~{statements} statements, {events} events "
              f"in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return case


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--statements", type=int, default=1_000_000)
    ap.add_argument("--events", type=int, default=1_000_000)
    args = ap.parse_args()
    build(args.out, args.entities, args.statements, args.events).close()


if __name__ == "__main__":
    main()
