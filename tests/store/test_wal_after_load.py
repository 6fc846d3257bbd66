"""A bulk load leaves no write-ahead log as large as the load behind it."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE

from casebench.services.bulk import add_entities
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft
from casebench.store import case as case_module


def test_the_log_shrinks_back_to_its_limit_after_a_load(case_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_module, "WAL_LIMIT_BYTES", 256 * 1024)
    case = create_case(case_path, PASSPHRASE, user="tester", title="Mar Azul")
    try:
        wal = case_path / "case.db-wal"
        drafts = (EntityDraft("Person", [("name", f"Persona {i:05d} de Mar Azul"), ("notes", "x" * 200)])
                  for i in range(4000))
        add_entities(case, drafts, total=4000)
        loaded = wal.stat().st_size
        assert loaded > 1024 * 1024  # the load went through the log
        add_entities(case, [EntityDraft("Person", [("name", "Ana Probe")])])
        assert wal.stat().st_size <= 256 * 1024
    finally:
        case.close()
