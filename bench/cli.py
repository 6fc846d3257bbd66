"""What a `casebench` command costs beyond unlocking the case (issue 17, item 7).

Builds the demo case (its key slot at the production scrypt work factor), then runs each
command as a user would, a new `casebench` process every time, interleaved with its
baseline: a new Python process that only derives the key with the same scrypt parameters
(the slot's salt and work factor; `cryptography`'s Scrypt, as casebench uses). Both pay
the interpreter's start, so the difference is casebench's own cost: its imports, opening
the database, the command's work and closing. Target: <= 0.3 s beyond the KDF for each
command on the demo case.

Also printed: each command's imports (`python -X importtime`, and any heavy package it
pulls in that it does not need: PySide6, reportlab, python-docx, networkx, openpyxl), and
the same commands under one unlock in `casebench shell`.

Byte code is cached in a temporary folder (PYTHONPYCACHEPREFIX), warmed before timing, so
that compiling the sources is not counted (an installed casebench has its .pyc files).
Everything written is removed at the end.

    .venv/bin/python bench/cli.py [--reps 5]     # BENCH_QUICK=1: 3 repetitions
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from interleave import quick

TARGET = 0.3  # seconds beyond the KDF
HEAVY = ("PySide6", "reportlab", "docx", "networkx", "openpyxl", "followthemoney", "rdflib")

# The baseline: only the key derivation of the slot, with its salt and work factor.
KDF_ONLY = """
import base64, sys, time
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
head = open(sys.argv[1], 'rb').read(512).split(b'\\n')
stanza = next(line for line in head if line.startswith(b'-> scrypt '))
_, _, salt, log_n = stanza.split(b' ')
salt = base64.b64decode(salt + b'=' * (-len(salt) % 4))
t = time.perf_counter()
Scrypt(salt=b'age-encryption.org/v1/scrypt' + salt, length=32, n=1 << int(log_n), r=8, p=1
       ).derive(sys.argv[2].encode())
print(time.perf_counter() - t)
"""


# The command itself, with its own key derivation timed inside it (one more figure, free
# of the noise of a second process): `cryptography`'s Scrypt wrapped before casebench
# imports it; the seconds it took are the last line written to stderr.
WRAPPED = """
import runpy, sys, time
import cryptography.hazmat.primitives.kdf.scrypt as kdf
real, spent = kdf.Scrypt, [0.0]
class Scrypt:
    def __init__(self, *args, **kwargs):
        self._kdf = real(*args, **kwargs)
    def derive(self, data):
        t = time.perf_counter()
        try:
            return self._kdf.derive(data)
        finally:
            spent[0] += time.perf_counter() - t
kdf.Scrypt = Scrypt
sys.argv = ['casebench', *sys.argv[1:]]
try:
    runpy.run_module('casebench.cli.main', run_name='__main__')
finally:
    sys.stderr.write(f'\\nkdf {spent[0]}\\n')
"""


def commands(case: str) -> list[tuple[str, list[str]]]:
    return [
        ("info", ["info", case]),
        ("entity list", ["entity", "list", case]),
        ("search", ["search", case, "garcia"]),
        ("timeline", ["timeline", case]),
        ("exhibit list", ["exhibit", "list", case]),
        ("audit", ["audit", case]),
        ("verify --quick", ["verify", "--quick", case]),
    ]


def run(argv: list[str], env: dict[str, str], stdin: str | None = None) -> tuple[float, float]:
    """Wall seconds of the process, and the seconds of its key derivation (0 when unknown)."""
    t = time.perf_counter()
    done = subprocess.run(argv, env=env, input=stdin, capture_output=True, text=True, check=False)
    took = time.perf_counter() - t
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({done.returncode}):\n{done.stderr}")
    last = done.stderr.strip().splitlines()[-1:] or [""]
    return took, float(last[0][4:]) if last[0].startswith("kdf ") else 0.0


def imports(argv: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    """Seconds spent importing (top-level modules' cumulative time) and the heavy packages."""
    done = subprocess.run([sys.executable, "-X", "importtime", *argv], env=env, capture_output=True,
                          text=True, check=False)
    total, heavy = 0, set()
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = line.split("|")
        if not cumulative.strip().isdigit():
            continue
        if not name.startswith("  "):  # a top-level import: its time includes its children's
            total += int(cumulative)
        top = name.strip().split(".")[0]
        if top in HEAVY:
            heavy.add(top)
    return total / 1e6, sorted(heavy)


def log_n(slot: Path) -> str:
    line = next(x for x in slot.read_bytes()[:512].split(b"\n") if x.startswith(b"-> scrypt "))
    return line.split(b" ")[3].decode()


def fmt(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:6.0f} ms ({min(values) * 1000:.0f}-{max(values) * 1000:.0f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reps", type=int, default=3 if quick() else 5)
    args = ap.parse_args()
    reps = max(args.reps, 3)
    tmp = Path(tempfile.mkdtemp(prefix="casebench-bench-cli-"))
    try:
        bench(tmp, reps)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench(tmp: Path, reps: int) -> None:
    from casebench.demo import DEMO_PASSPHRASE, build_demo

    case = tmp / "Mar-Azul.casebench"
    t = time.perf_counter()
    build_demo(case, passphrase=DEMO_PASSPHRASE)
    slot = next((case / "keys").glob("*.age"))
    print(f"demo case built in {time.perf_counter() - t:.0f} s ({(case / 'case.db').stat().st_size / 2**20:.1f} "
          f"MiB database); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "CASEBENCH_TEST_SCRYPT_LOG_N")}
    env.update(PYTHONPYCACHEPREFIX=str(tmp / "pycache"), CASEBENCH_PASSPHRASE=DEMO_PASSPHRASE,
               CASEBENCH_HOME=str(tmp / "home"))
    cli = [sys.executable, "-c", WRAPPED]
    kdf = [sys.executable, "-c", KDF_ONLY, str(slot), DEMO_PASSPHRASE]
    todo = commands(str(case))
    for _, words in todo:  # warm the byte code cache and the page cache
        run([*cli, *words], env)
    bare = [run([sys.executable, "-c", "pass"], env)[0] for _ in range(3)]

    walls: dict[str, list[float]] = {name: [] for name, _ in todo}
    kdfs: list[float] = []
    beyond: dict[str, list[float]] = {name: [] for name, _ in todo}
    inside: dict[str, list[float]] = {name: [] for name, _ in todo}
    for rep in range(reps):
        for name, words in todo:
            base, _ = run(kdf, env)
            ours, own_kdf = run([*cli, *words], env)
            kdfs.append(base)
            walls[name].append(ours)
            beyond[name].append(ours - base)
            inside[name].append(ours - own_kdf)
        print(f"  round {rep + 1}/{reps} done; load average {os.getloadavg()[0]:.1f}", flush=True)

    # Every command above under one unlock, against the same commands one process each.
    script = "".join(" ".join(["@" if w == str(case) else w for w in words]) + "\n" for _, words in todo)
    shell_runs = [run([*cli, "shell", str(case)], env, stdin=script)[0] for _ in range(reps)]

    print(f"\ninterpreter start alone {fmt(bare)}; KDF process (start + scrypt 2^{log_n(slot)}) {fmt(kdfs)}")
    print(f"{'command':<16} {'process':>22} {'- KDF process':>22} {'- its own KDF':>22} {'imports':>9}  heavy")
    for name, words in todo:
        took, heavy = imports(["-m", "casebench.cli.main", *words], env)
        print(f"{name:<16} {fmt(walls[name]):>22} {fmt(beyond[name]):>22} {fmt(inside[name]):>22} "
              f"{took * 1000:6.0f} ms  {', '.join(heavy) or '-'}")
    help_imports, help_heavy = imports(["-m", "casebench.cli.main", "--help"], env)
    print(f"{'--help':<16} {'':>22} {'':>22} {'':>22} {help_imports * 1000:6.0f} ms  "
          f"{', '.join(help_heavy) or '-'}")
    separate = sum(statistics.median(w) for w in walls.values())
    print(f"shell: the {len(todo)} commands under one unlock {fmt(shell_runs)} vs {separate * 1000:.0f} ms "
          f"as {len(todo)} processes")

    print(f"\n== cost of a command beyond the KDF: its process minus a process that only derives the key "
          f"(interleaved), median (min-max) of {reps} rounds; target <= {TARGET * 1000:.0f} ms; "
          f"load average {os.getloadavg()[0]:.1f} ==")
    met = True
    for name, values in beyond.items():
        med = statistics.median(values)
        met &= med <= TARGET
        print(f"  {name:<16} {fmt(values)}  (minus its own KDF {fmt(inside[name])})  "
              f"{med / TARGET:.2f} of the target  {'met' if med <= TARGET else 'NOT met'}")
    print(f"  shell, {len(todo)} commands under one unlock: {statistics.median(shell_runs) / separate:.2f}x "
          f"the time of {len(todo)} processes")
    print("all met" if met else "NOT all met")


if __name__ == "__main__":
    main()
