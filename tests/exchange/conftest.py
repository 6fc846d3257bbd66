"""Two workbenches (A and B), each with its own CASEBENCH_HOME, identity and case, partners pinned."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE

from casebench.exchange.identity import WorkbenchIdentity
from casebench.exchange.partners import PartnerDirectory
from casebench.services import identity as identity_svc
from casebench.services import partners as partners_svc
from casebench.services.cases import create_case
from casebench.store.case import Case

ID_PASS = "identity passphrase for tests"


@contextlib.contextmanager
def home(path: Path) -> Iterator[None]:
    old = os.environ.get("CASEBENCH_HOME")
    os.environ["CASEBENCH_HOME"] = str(path)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("CASEBENCH_HOME", None)
        else:
            os.environ["CASEBENCH_HOME"] = old


@dataclass
class Bench:
    """One investigator's workbench: home folder, identity, case."""

    home: Path
    case: Case
    name: str

    @property
    def identity(self) -> WorkbenchIdentity:
        with home(self.home):
            return identity_svc.unlock(ID_PASS)

    @property
    def partners(self) -> PartnerDirectory:
        with home(self.home):
            return partners_svc.load(ID_PASS)

    def use(self) -> contextlib.AbstractContextManager[None]:
        return home(self.home)


def make_bench(tmp: Path, name: str, agency: str, country: str, case: Case | None = None) -> Bench:
    h = tmp / f"home-{name}"
    h.mkdir()
    with home(h):
        identity_svc.create(ID_PASS, name=name, agency=agency, country=country)
    if case is None:
        case = create_case(tmp / f"{name}.casebench", PASSPHRASE, user=name.lower().split()[0],
                           title=f"case of {name}", reference=f"{country.upper()}-2024-1",
                           originator=agency, originator_country=country, default_tlp="AMBER")
    return Bench(h, case, name)


def pin(a: Bench, b: Bench) -> None:
    """A pins B's card (after 'confirming' the fingerprint)."""
    card = b.identity.card
    with a.use():
        partners_svc.add(ID_PASS, card, fingerprint_confirmed=True)


@pytest.fixture
def pair(case: Case, tmp_path: Path) -> Iterator[tuple[Bench, Bench]]:
    a = make_bench(tmp_path, "Ana Ruiz", "UDYCO Madrid", "es", case)
    b = make_bench(tmp_path, "Bruno Costa", "Policia Judiciaria", "pt")
    pin(a, b)
    pin(b, a)
    try:
        yield a, b
    finally:
        if b.case.is_open:
            b.case.close()
