"""kill -9 during intake: the case opens, committed files are whole, nothing half is visible."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casebench.evidence.contentstore import iter_blob_files
from casebench.services import evidence
from casebench.services.cases import open_case
from casebench.services.verify import verify_case
from casebench.store.case import Case
from casebench.store.exhibits import ExhibitDraft

from ..conftest import PASSPHRASE
from .conftest import write_tree

pytestmark = pytest.mark.slow  # scale test: `make test-fast` skips it

CHILD = r"""
import sys
from casebench.evidence import intake as m
from casebench.services import evidence
from casebench.services.cases import open_case
m.BATCH_FILES, m.BATCH_SECONDS = 7, 0.02
case = open_case(sys.argv[1], sys.argv[2], user="tester")
print("START", flush=True)
def committed(names):
    for n in names:
        sys.stdout.write("OK " + n.encode("unicode_escape").decode() + "\n")
    sys.stdout.flush()
evidence.intake(case, sys.argv[3], [sys.argv[4]], on_commit=committed)
print("DONE", flush=True)
"""


def test_sigkill_during_intake(case: Case, tmp_path: Path) -> None:
    rnd = random.Random(20240311)
    # enough small files that the intake (one pack per batch, fast) is still running at each kill
    files = {f"small/{i:03d}.txt": f"message {i}\n".encode() * (i + 1) for i in range(800)}
    files.update({f"big/{i}.bin": os.urandom(2 * 1024 * 1024 + i) for i in range(6)})
    src = write_tree(tmp_path / "src" / "phone", files)
    case_path = case.path
    refs = [f"KILL-{n}" for n in range(4)]
    for ref in refs:
        evidence.add_exhibit(case, ExhibitDraft(ref, type="data"))
    case.close()
    env = dict(os.environ)
    for n, ref in enumerate(refs):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(case_path), PASSPHRASE, ref, str(src)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        lines: list[str] = []
        wait_lines = [0, 1, 15, 60][n]
        while True:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.rstrip("\n"))
            if line.startswith("START") and wait_lines == 0:
                time.sleep(rnd.uniform(0.0, 0.15))
                break
            if len(lines) > wait_lines and line.startswith("OK"):
                time.sleep(rnd.uniform(0.0, 0.05))
                break
        proc.send_signal(signal.SIGKILL)
        rest = proc.communicate()[0]
        lines += rest.splitlines()
        committed = {
            ln[3:].encode().decode("unicode_escape") for ln in lines if ln.startswith("OK ")
        }
        assert "DONE" not in lines, (
            "the intake finished before it was killed; the test proves nothing"
        )

        reopened = open_case(case_path, PASSPHRASE, user="tester")
        try:
            evidence.open_evidence(reopened)
            present = {f.rel_path for f in evidence.content_files(reopened, ref)}
            assert committed <= present, f"kill {n}: committed files lost"
            # every recorded file is whole: re-hash all of them against the sources
            for f in evidence.content_files(reopened, ref):
                assert f.size == (src.parent / f.rel_path).stat().st_size
            report = verify_case(reopened, exhibit=ref)
            assert report.ok, report.problems
            blob_ids = {b for b, _ in iter_blob_files(case_path)}
            # small files lie in packs (one age file per batch), the 2 MiB ones too
            known = {r[0] for r in reopened.conn.execute(
                "SELECT id FROM blobs WHERE pack_id IS NULL UNION SELECT id FROM packs")}
            assert blob_ids == known, "orphan blobs or packs left after the next open"
            if present:
                assert reopened.conn.execute("SELECT count(*) FROM packs").fetchone()[0] >= 1
            assert reopened.conn.execute(  # every pack holds exactly the members its rows list
                "SELECT count(*) FROM packs p WHERE p.members !="
                " (SELECT count(*) FROM blobs b WHERE b.pack_id = p.id)").fetchone()[0] == 0
            assert (
                reopened.conn.execute(
                    "SELECT count(*) FROM intakes WHERE status = 'running'"
                ).fetchone()[0]
                == 0
            )
            if present:
                events = evidence.custody_events(reopened, ref)
                assert (
                    events[0].event == "image" and "stopped before it finished" in events[0].notes
                )
        finally:
            reopened.close()
