"""Shared fixtures: a fast KDF, a private CASEBENCH_HOME, a fresh open case."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Key slots use age's scrypt; the production work factor costs ~0.5 s per unlock.
os.environ["CASEBENCH_TEST_SCRYPT_LOG_N"] = "10"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CASEBENCH_USER"] = "tester"

from casebench.services.cases import create_case
from casebench.store.case import Case

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEBENCH_HOME", str(tmp_path_factory.mktemp("home")))


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return tmp_path / "Mar-Azul.casebench"


@pytest.fixture
def case(case_path: Path) -> Iterator[Case]:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul",
                    reference="ES-UDYCO-2024-0117", originator="UDYCO Madrid",
                    originator_country="es", default_tlp="AMBER")
    try:
        yield c
    finally:
        if c.is_open:
            c.close()
