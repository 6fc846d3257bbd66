"""Deterministic call-detail-record files for tests and the bench."""

from __future__ import annotations

import random
from pathlib import Path

HEADER = ["Nº registro", "Fecha y hora", "Llamante", "Destinatario", "Duración (s)", "Célula"]
NUMBERS = [f"6{n:08d}" for n in range(12_000_000, 12_000_000 + 400 * 7919, 7919)]


def write_cdr(path: Path, rows: int, *, seed: int = 7, bad: dict[int, tuple[int, str]] | None = None,
              encoding: str = "latin-1", delimiter: str = ";") -> Path:
    """``rows`` calls; ``bad`` maps a data-row index (0-based) to (cell index, text) to spoil."""
    rng = random.Random(seed)
    lines = [delimiter.join(HEADER)]
    for i in range(rows):
        a, b = rng.sample(NUMBERS, 2)
        day, month = 1 + i % 28, 1 + (i // 28) % 12
        cells = [f"CDR-{i:07d}", f"{day:02d}/{month:02d}/2024 {rng.randint(0, 23):02d}:"
                 f"{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}", f"+34 {a}", f"0034{b}",
                 str(rng.randint(1, 3600)), "Algeciras-Palmones ñ"]
        if bad and i in bad:
            idx, text = bad[i]
            cells[idx] = text
        lines.append(delimiter.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path
