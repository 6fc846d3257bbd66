"""Bundle export and import against the standard-tools pipeline, measured in the same run.

    .venv/bin/python bench/bundle.py [--size-mib 1024]

Export: casebench reads the evidence from the encrypted content store, checks every
SHA-256 against the record, signs and writes the age-encrypted tar; baseline is
`tar -cf - FILES | age -r KEY -o OUT` over the same plaintext files.
Import: casebench's strict reader (decrypt, tar checks, signature, every hash) storing
the content encrypted in the receiving case; baseline is `age -d -i KEY | tar -x` then
`sha256sum -c SHA256SUMS`. Ratios are baseline time / casebench time (≥ 0.8 is the
target); peak RSS is that of the process doing the casebench step (target < 150 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("CASEBENCH_TEST_SCRYPT_LOG_N", "10")
ID_PASS = "bench identity passphrase"
CASE_PASS = "bench case passphrase"


def _home(path: Path) -> None:
    os.environ["CASEBENCH_HOME"] = str(path)


def setup(root: Path, size_mib: int) -> None:
    from casebench.services import evidence, partners
    from casebench.services import identity as ids
    from casebench.services.cases import create_case
    from casebench.store.exhibits import ExhibitDraft

    src = root / "src"
    src.mkdir()
    per = 64
    count = max(1, size_mib // per)
    block = os.urandom(1 << 20)
    for i in range(count):
        with open(src / f"image-{i:03d}.bin", "wb") as fh:
            for j in range(per):
                fh.write(block[j:] + block[:j])  # distinct content per MiB, cheap to make
    cards = {}
    for who in ("a", "b"):
        (root / f"home-{who}").mkdir()
        _home(root / f"home-{who}")
        cards[who] = ids.create(ID_PASS, name=f"Bench {who}", agency=f"Agency {who}", country="es").card
    for me, other in (("a", "b"), ("b", "a")):
        _home(root / f"home-{me}")
        partners.add(ID_PASS, cards[other], fingerprint_confirmed=True)
    _home(root / "home-a")
    case = create_case(root / "a.casebench", CASE_PASS, user="bench", title="bench", originator="A",
                       originator_country="es")
    evidence.add_exhibit(case, ExhibitDraft("EX-1", type="forensic-image"))
    evidence.intake(case, "EX-1", [src])
    case.close()
    create_case(root / "b.casebench", CASE_PASS, user="bench", title="bench b").close()


def _rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def step_export(root: Path) -> dict[str, float]:
    from casebench.services import bundles, partners
    from casebench.services import identity as ids
    from casebench.services.bundles import LegalBasis, Selection
    from casebench.services.cases import open_case

    _home(root / "home-a")
    ident = ids.unlock(ID_PASS)
    to = partners.load(ID_PASS).partners[0]
    case = open_case(root / "a.casebench", CASE_PASS, user="bench")
    t = time.perf_counter()
    plan = bundles.plan_export(case, Selection(exhibits=["EX-1"]), [to], identity=ident)
    bundles.write_export(case, plan, ident, root / "x.cbx", legal_basis=LegalBasis("JIT", "bench"),
                         purpose="bench")
    took = time.perf_counter() - t
    case.close()
    return {"seconds": took, "rss_mb": _rss_mb()}


def step_import(root: Path) -> dict[str, float]:
    from casebench.services import bundles, partners
    from casebench.services import identity as ids
    from casebench.services.cases import open_case

    _home(root / "home-b")
    ident = ids.unlock(ID_PASS)
    directory = partners.load(ID_PASS)
    case = open_case(root / "b.casebench", CASE_PASS, user="bench")
    t = time.perf_counter()
    res = bundles.import_bundle(case, root / "x.cbx", identity=ident, partners=directory)
    took = time.perf_counter() - t
    case.close()
    assert res.files_new > 0
    return {"seconds": took, "rss_mb": _rss_mb()}


def _child(step: str, root: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--step", step, "--root", str(root)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _timed(cmd: str, cwd: Path) -> float:
    t = time.perf_counter()
    subprocess.run(cmd, shell=True, check=True, cwd=cwd, capture_output=True)
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mib", type=int, default=1024)
    ap.add_argument("--step", choices=("export", "import"), help=argparse.SUPPRESS)
    ap.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.step:
        fn = step_export if args.step == "export" else step_import
        print(json.dumps(fn(args.root)))
        return 0
    for tool in ("age", "tar", "sha256sum"):
        if shutil.which(tool) is None:
            print(f"bench/bundle.py needs {tool}", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="cb-bundle-bench-", dir=os.environ.get("BENCH_TMP")) as tmp:
        root = Path(tmp)
        print(f"setting up {args.size_mib} MiB of evidence ...", flush=True)
        setup(root, args.size_mib)
        ours_x = _child("export", root)
        _home(root / "home-b")
        from casebench.services import identity as ids

        key = ids.unlock(ID_PASS).age_identity
        recipient = ids.unlock(ID_PASS).age_recipient
        (root / "key.txt").write_text(key + "\n")
        base_x = _timed(f"tar -cf - -C src . | age -r {recipient} -o base.cbx", root)
        ours_i = _child("import", root)
        (root / "out").mkdir()
        base_i = _timed("age -d -i ../key.txt ../x.cbx | tar -x && sha256sum -c SHA256SUMS >/dev/null",
                        root / "out")
        size = sum(p.stat().st_size for p in (root / "src").iterdir())
        mib = size / (1 << 20)
        print(f"evidence: {mib:.0f} MiB in {len(list((root / 'src').iterdir()))} files")
        print(f"export  casebench {ours_x['seconds']:6.2f} s ({mib / ours_x['seconds']:6.0f} MiB/s)  "
              f"tar|age {base_x:6.2f} s  ratio {base_x / ours_x['seconds']:.2f}x  "
              f"peak RSS {ours_x['rss_mb']:.0f} MB")
        print(f"import  casebench {ours_i['seconds']:6.2f} s ({mib / ours_i['seconds']:6.0f} MiB/s)  "
              f"age -d|tar x + sha256sum -c {base_i:6.2f} s  ratio {base_i / ours_i['seconds']:.2f}x  "
              f"peak RSS {ours_i['rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
