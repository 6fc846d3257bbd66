"""Compile translations/*.ts (Qt Linguist) to src/casebench/i18n/*.qm at build time.

Generated .qm files are not committed; `make setup` and the packaging run this.
"""

from __future__ import annotations

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


def main() -> int:
    src = ROOT / "translations"
    out = Path(__file__).resolve().parent / "i18n"
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
        qm = out / (ts.stem + ".qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    print(f"compiled {len(files)} translation(s) into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
