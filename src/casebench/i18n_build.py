"""Compile translations/*.ts (Qt Linguist) to src/casebench/i18n/*.qm at build time.

Generated .qm files are not committed; `make setup` and the packaging run this.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def lrelease() -> str | None:
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "lrelease"):
        cand = here / name
        if cand.exists():
            return str(cand)
        found = shutil.which(name)
        if found:
            return found
    return None


def compile_ts(tool: str, ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm``, replacing it whole (a new file renamed over the old): a
    window running from this tree, or reading the old file meanwhile, never sees it half
    written (lrelease writes in place)."""
    part = qm.with_name(f".{qm.name}.{os.getpid()}.part")
    try:
        subprocess.run([tool, "-silent", str(ts), "-qm", str(part)], check=True)
        os.replace(part, qm)
    finally:
        part.unlink(missing_ok=True)


def main(src: Path | None = None, out: Path | None = None) -> int:
    src = src or ROOT / "translations"
    out = out or Path(__file__).resolve().parent / "i18n"
    out.mkdir(exist_ok=True)
    files = sorted(src.glob("*.ts"))
    if not files:
        print("no translations to compile")
        return 0
    tool = lrelease()
    if tool is None:
        print("lrelease not found (install PySide6-Essentials); translations not compiled", file=sys.stderr)
        return 1
    for ts in files:
        compile_ts(tool, ts, out / (ts.stem + ".qm"))
    print(f"compiled {len(files)} translation(s) into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
