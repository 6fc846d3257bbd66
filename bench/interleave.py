"""Shared by the evidence and bundle benches: casebench and its baseline timed in turn.

Each repetition times the baseline and the casebench step back to back, so a machine
slowed by other work slows both alike; the ratio (baseline time / casebench time, so
higher is better and 1.0 is as fast as the baseline) is taken per repetition and
reported as the median with its min–max.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")


def quick() -> bool:
    """BENCH_QUICK=1: small sizes (a smoke test of the script, not figures to record)."""
    return os.environ.get("BENCH_QUICK", "") not in ("", "0")


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


@dataclass
class Ratios:
    target: dict[str, float] = field(default_factory=dict)
    runs: dict[str, list[tuple[float, float]]] = field(default_factory=dict)  # (ours, baseline) seconds

    def add(self, label: str, ours: float, baseline: float, target: float) -> None:
        self.target[label] = target
        self.runs.setdefault(label, []).append((ours, baseline))
        print(f"  {label}: casebench {ours:.3f} s, baseline {baseline:.3f} s, ratio {baseline / ours:.2f}x",
              flush=True)

    def report(self) -> bool:
        """Print one line per measurement, ratios last; True when every target is met."""
        ok = True
        print("\nratios (baseline time / casebench time; median of the repetitions, min-max):")
        for label, runs in self.runs.items():
            ratios = [b / o for o, b in runs]
            med = statistics.median(ratios)
            met = med >= self.target[label]
            ok &= met
            ours = statistics.median(o for o, _ in runs)
            base = statistics.median(b for _, b in runs)
            print(f"  {label:<42} {med:5.2f}x ({min(ratios):.2f}-{max(ratios):.2f}, n={len(runs)})  "
                  f"target >= {self.target[label]:.2f}x {'met' if met else 'NOT met'}  "
                  f"[casebench {ours:.2f} s, baseline {base:.2f} s]")
        return ok
