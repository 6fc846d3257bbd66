"""Fixtures for format tests: a module-wide case holding a 100,000-row call-record import."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from casebench.services.cases import create_case
from casebench.store.case import Case

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def shared_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    path: Path = tmp_path_factory.mktemp("shared") / "Shared.casebench"
    c = create_case(path, PASSPHRASE, user="tester", title="Operation Mar Azul",
                    reference="ES-UDYCO-2024-0117", originator="UDYCO Madrid",
                    originator_country="es", default_tlp="AMBER")
    try:
        yield c
    finally:
        if c.is_open:
            c.close()


@pytest.fixture(scope="module")
def statement_path() -> Iterator[None]:
    """Calls imported as entities with a statement per value (the path every other schema
    takes), not as compact records: the tests that use it check that path's chunks, triggers
    and search tables. The same behaviours for calls kept as records:
    tests/exchange/formats/test_compact_imports.py and tests/store/test_records.py."""
    from casebench.services import table_import

    kept = table_import.COMPACT_SCHEMATA
    table_import.COMPACT_SCHEMATA = frozenset()
    try:
        yield
    finally:
        table_import.COMPACT_SCHEMATA = kept
