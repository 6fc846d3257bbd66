"""Bundle export and import against the standard-tools pipeline, interleaved in one run.

    .venv/bin/python bench/bundle.py [--files 2000] [--size-mib 1024] [--repeat 3]
        [--sets small] [--export-only] [--before DIR]

Two sets of evidence: many small files (4-200 KB each) and large files (64 MiB each).
Export: casebench reads the evidence from the encrypted content store (each chunk
authenticated; a file stored on its own also re-hashed, a pack member checked by its
pack's header, decision 50), signs and writes the age-encrypted tar; baseline is
`tar -cf - FILES | age -r KEY -o OUT` over the same plaintext files.
Import: casebench's strict reader (decrypt, tar checks, signature, every hash) storing
the content encrypted in a new receiving case, durable before its commit; baseline is
`age -d -i KEY | tar -x` then `sha256sum -c SHA256SUMS`. Each repetition runs the
baseline and casebench back to back (>= 3 repetitions; median and min-max of the
ratios, printed last). Ratio = baseline time / casebench time (target >= 0.8x); peak
RSS is that of the process doing the casebench step (target < 150 MB).
BENCH_QUICK=1: 500 small files and 128 MiB. Everything written is removed at the end.
--sets small (or large): one set only; --export-only: no import steps; --before DIR: also
export with the casebench sources in DIR (e.g. `git archive OLD src | tar -x -C DIR`, DIR
holding src/), in the same repetitions, for before/after figures at the same load.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("CASEBENCH_TEST_SCRYPT_LOG_N", "10")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from interleave import Ratios, quick, timed

ID_PASS = "bench identity passphrase"
CASE_PASS = "bench case passphrase"
SETS = ("small", "large")


def _home(path: Path) -> None:
    os.environ["CASEBENCH_HOME"] = str(path)


def setup(root: Path, files: int, size_mib: int, sets: list[str]) -> None:
    from casebench.services import evidence, partners
    from casebench.services import identity as ids
    from casebench.services.cases import create_case
    from casebench.store.exhibits import ExhibitDraft
    from intake import make_big, make_small

    if "small" in sets:
        make_small(root / "src-small", files)
    if "large" in sets:
        (root / "src-large").mkdir()
        for i in range(max(1, size_mib // 64)):
            make_big(root / "src-large" / f"image-{i:03d}.bin", min(64, size_mib))
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
    for kind in sets:
        evidence.add_exhibit(case, ExhibitDraft(f"EX-{kind}", type="forensic-image"))
        evidence.intake(case, f"EX-{kind}", [root / f"src-{kind}"])
    case.close()


def _rss_mb() -> float:
    """Peak RSS of this process: VmHWM on Linux (ru_maxrss would count the parent's peak,
    which a child started by fork and exec inherits)."""
    import resource

    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def step_export(root: Path, kind: str) -> dict[str, float]:
    from casebench.services import bundles, partners
    from casebench.services import identity as ids
    from casebench.services.bundles import LegalBasis, Selection
    from casebench.services.cases import open_case

    _home(root / "home-a")
    ident = ids.unlock(ID_PASS)
    to = partners.load(ID_PASS).partners[0]
    case = open_case(root / "a.casebench", CASE_PASS, user="bench")

    def export() -> None:
        plan = bundles.plan_export(case, Selection(exhibits=[f"EX-{kind}"]), [to], identity=ident)
        bundles.write_export(case, plan, ident, root / f"x-{kind}.cbx", legal_basis=LegalBasis("JIT", "bench"),
                             purpose="bench")

    took, _ = timed(export)
    case.close()
    return {"seconds": took, "rss_mb": _rss_mb()}


def step_import(root: Path, kind: str) -> dict[str, float]:
    from casebench.services import bundles, partners
    from casebench.services import identity as ids
    from casebench.services.cases import create_case

    _home(root / "home-b")
    ident = ids.unlock(ID_PASS)
    directory = partners.load(ID_PASS)
    case = create_case(root / "b.casebench", CASE_PASS, user="bench", title="bench b")
    took, res = timed(lambda: bundles.import_bundle(case, root / f"x-{kind}.cbx", identity=ident,
                                                    partners=directory))
    case.close()
    assert res.files_new > 0
    return {"seconds": took, "rss_mb": _rss_mb()}


def _child(step: str, root: Path, kind: str, src: Path | None = None) -> dict[str, float]:
    env = dict(os.environ)
    if src is not None:  # another version's sources first on the path
        env["PYTHONPATH"] = os.pathsep.join([str(src / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    out = subprocess.run([sys.executable, __file__, "--step", step, "--root", str(root), "--set", kind],
                         check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _shell(cmd: str, cwd: Path) -> float:
    return timed(lambda: subprocess.run(cmd, shell=True, check=True, cwd=cwd, capture_output=True))[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=500 if quick() else 2000)
    ap.add_argument("--size-mib", type=int, default=128 if quick() else 1024)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--sets", nargs="+", choices=SETS, default=list(SETS))
    ap.add_argument("--export-only", action="store_true")
    ap.add_argument("--before", type=Path, help="sources of another version (a folder holding src/)")
    ap.add_argument("--step", choices=("export", "import"), help=argparse.SUPPRESS)
    ap.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--set", choices=SETS, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.step:
        fn = step_export if args.step == "export" else step_import
        print(json.dumps(fn(args.root, args.set)))
        return 0
    for tool in ("age", "tar", "sha256sum"):
        if shutil.which(tool) is None:
            print(f"bench/bundle.py needs {tool}", file=sys.stderr)
            return 1
    ratios = Ratios()
    rss: list[float] = []
    print("load average at the start: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()), flush=True)
    with tempfile.TemporaryDirectory(prefix="cb-bundle-bench-", dir=os.environ.get("BENCH_TMP")) as tmp:
        root = Path(tmp)
        what = {"small": f"{args.files} small files", "large": f"{args.size_mib} MiB of large files"}
        print(f"setting up {' and '.join(what[k] for k in args.sets)} ...", flush=True)
        setup(root, args.files, args.size_mib, args.sets)
        _home(root / "home-b")
        from casebench.services import identity as ids

        ident = ids.unlock(ID_PASS)
        (root / "key.txt").write_text(ident.age_identity + "\n")
        for kind in args.sets:
            src = root / f"src-{kind}"
            mib = sum(p.stat().st_size for p in src.rglob("*") if p.is_file()) / (1 << 20)
            label = f"{args.files} small files" if kind == "small" else f"{args.size_mib} MiB in large files"
            print(f"{label} ({mib:.0f} MiB), {args.repeat} repetitions", flush=True)
            for rep in range(args.repeat):
                base = _shell(f"tar -cf - -C {src} . | age -r {ident.age_recipient} -o base.cbx", root)
                (root / "base.cbx").unlink()
                versions = [("", None)] if args.before is None else [(" (before)", args.before), ("", None)]
                if rep % 2:
                    versions.reverse()  # the two versions take turns going first
                for suffix, sources in versions:
                    (root / f"x-{kind}.cbx").unlink(missing_ok=True)
                    ours = _child("export", root, kind, sources)
                    ratios.add(f"{label}: export{suffix}", ours["seconds"], base, 0.8)
                    rss.append(ours["rss_mb"])
                if args.export_only:
                    (root / f"x-{kind}.cbx").unlink()
                    continue
                out = root / "out"
                out.mkdir()
                base = _shell(f"age -d -i ../key.txt ../x-{kind}.cbx | tar -x && sha256sum -c SHA256SUMS >/dev/null",
                              out)
                shutil.rmtree(out)
                ours_i = _child("import", root, kind)
                ratios.add(f"{label}: import", ours_i["seconds"], base, 0.8)
                shutil.rmtree(root / "b.casebench")
                (root / f"x-{kind}.cbx").unlink()
                rss.append(ours_i["rss_mb"])
    print(f"peak RSS of a casebench step {max(rss):.0f} MB (target < 150 MB; it includes opening the case, "
          "whose key derivation alone takes about 256 MiB); the machine is shared: trust the ratios, not the times")
    print("load average at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()), flush=True)
    ratios.report()
    return 0


if __name__ == "__main__":
    sys.exit(main())
