"""Dependency direction and offline guarantees."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "casebench"
CORE = ("domain", "store", "evidence", "exchange", "reports", "services")


def test_core_does_not_load_qt() -> None:
    code = ("import sys, casebench.services.entities, casebench.services.verify, casebench.cli.main;"
            "import casebench.cli.main as m; m.build_parser();"
            "bad=[n for n in sys.modules if n.startswith(('PySide6','shiboken6'))];"
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


def test_only_ui_imports_pyside_and_nothing_imports_ui_or_cli() -> None:
    """...nor the demo: the core knows nothing of the fictional case built on top of it."""
    problems = []
    for pkg in CORE:
        for path in (SRC / pkg).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(("PySide6", "shiboken6")):
                    problems.append(f"{path}: imports {name}")
                if name.startswith(("casebench.ui", "casebench.cli", "casebench.demo")):
                    problems.append(f"{path}: imports {name}")
    assert problems == []


def test_only_store_runs_sql() -> None:
    problems = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).parts
        if rel[0] == "store":
            continue
        for name in _imports(path):
            if name.split(".")[0] in ("sqlite3", "sqlcipher3"):
                problems.append(f"{path}: imports {name}")
    assert problems == [], problems


def test_import_contracts() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(exe)], capture_output=True, text=True,
                            cwd=SRC.parents[1])
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_sql_outside_store() -> None:
    """Only casebench.store talks to the database (DESIGN §2)."""
    import re

    pattern = re.compile(r"\.execute(many)?\(|\bconn\b\s*\.")
    problems = []
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC).parts
        if rel[0] == "store":
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if pattern.search(line) and not line.lstrip().startswith("#"):
                problems.append(f"{path.relative_to(SRC)}:{n}: {line.strip()}")
    assert problems == [], "\n".join(problems)


def test_one_cancellation_exception() -> None:
    """Every layer raises the one OperationCancelled: a second cancellation class would
    need a translation site again, and a missed one reads as an unexpected failure."""
    found = []
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and "cancel" in node.name.lower():
                bases = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
                if bases & {"Exception", "BaseException", "RuntimeError", "CaseError",
                            "OperationCancelled"} or node.name.endswith("Cancelled"):
                    found.append(f"{path.relative_to(SRC)}:{node.name}")
    assert found == ["domain/progress.py:OperationCancelled"], found
