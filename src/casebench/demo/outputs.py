"""What `make demo` writes without a display: the demo's briefing pack, PDF and Word, en and es."""

from __future__ import annotations

from pathlib import Path

from casebench.services.briefing import PackRequest, default_name, render_pack
from casebench.services.progress import Cancelled, Progress, never_cancelled, no_progress
from casebench.services.types import Case

DEMO_LANGUAGES = ("en", "es")
DEMO_FORMATS = ("pdf", "docx")


def write_demo_outputs(case: Case, out_dir: Path, *, progress: Progress = no_progress,
                       cancelled: Cancelled = never_cancelled) -> list[Path]:
    """Write the briefing pack (AMBER) in each demo language and format; return the paths.

    Names are print-friendly, e.g. ``Mar-Azul-briefing-en.pdf``. Each file is an audited
    disclosure like any other printed pack.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(lang, fmt) for lang in DEMO_LANGUAGES for fmt in DEMO_FORMATS]
    written: list[Path] = []
    for n, (lang, fmt) in enumerate(jobs):
        path = out_dir / default_name(case, lang, fmt)

        def part(done: int, total: int, message: str, n: int = n, name: str = path.name) -> None:
            frac = done / total if total else 1.0
            progress(n * 1000 + round(1000 * min(frac, 1.0)), len(jobs) * 1000,
                     f"{name}: {message}")

        render_pack(case, PackRequest(language=lang), path, fmt, progress=part,
                    cancelled=cancelled)
        written.append(path)
    progress(len(jobs) * 1000, len(jobs) * 1000, "done")
    return written
