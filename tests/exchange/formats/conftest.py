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
