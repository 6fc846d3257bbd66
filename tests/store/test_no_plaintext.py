"""No plaintext on disk: a unique marker written into a case is found in no file afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

SCRIPT = r"""
import sys
from casebench.services import entities, search, cases
from casebench.services.entities import EntityDraft
marker = sys.argv[2]
case = cases.create_case(sys.argv[1], "pw", user="tester", title="Title " + marker)
for i in range(300):
    entities.add_entity(case, EntityDraft("Person", [("name", f"{marker} person {i}"),
                                                     ("notes", f"note {marker} " * 20)]))
eid = entities.add_entity(case, EntityDraft("Note", [("description", "statement " + marker)]))
assert search.search(case, marker[:8])
case.close()
case = cases.open_case(sys.argv[1], "pw", user="tester")
assert len(search.search(case, marker[:8], limit=500)) > 300
case.close()
"""


def _files_containing(root: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(n in data for n in needles):
                hits.append(str(path))
    return hits


def test_marker_is_nowhere_on_disk(tmp_path: Path) -> None:
    marker = "MARKER" + uuid.uuid4().hex
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    home = tmp_path / "home"
    case_dir = tmp_path / "case.casebench"
    env = dict(os.environ, TMPDIR=str(private_tmp), CASEBENCH_HOME=str(home))
    subprocess.run([sys.executable, "-c", SCRIPT, str(case_dir), marker], env=env, check=True)
    needles = [marker.encode(), marker.encode("utf-16-le"), marker[:16].encode()]
    assert _files_containing(case_dir, needles) == []
    assert _files_containing(private_tmp, needles) == []
    if home.exists():
        assert _files_containing(home, needles) == []
    assert (case_dir / "case.db").stat().st_size > 100_000  # the data really is in there
