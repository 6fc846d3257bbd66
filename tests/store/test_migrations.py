"""Every migration step applies to a real case of the previous version, keeping its content."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from casebench.services import entities, search
from casebench.store import audit, migrations
from casebench.store.case import Case

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "v1.casebench"
PASSPHRASE = "fixture passphrase v1"


@pytest.fixture
def v1_case(tmp_path: Path) -> Path:
    target = tmp_path / "v1.casebench"
    shutil.copytree(FIXTURE, target)
    (target / "evidence").mkdir(exist_ok=True)
    return target


def test_migrations_are_numbered_without_gaps() -> None:
    versions = [v for v, _ in migrations.steps()]
    assert versions == list(range(1, len(versions) + 1))


def test_v1_fixture_upgrades_to_the_latest_version(v1_case: Path) -> None:
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        people = entities.list_entities(case, schema="Person")
        assert [p.caption for p in people] == ["Maria da Conceição Lopes"]
        assert search.search(case, "Conceicao")[0].caption == "Maria da Conceição Lopes"
        assert audit.verify(case) == []
    # and a second open is a no-op
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()


def test_a_failing_migration_leaves_the_case_at_its_old_version(v1_case: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    real = migrations.steps()

    def broken(conn: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(migrations, "steps", lambda: [*real, (len(real) + 1, broken)])
    monkeypatch.setattr(migrations, "latest_version", lambda: len(real) + 1)
    with pytest.raises(RuntimeError):
        Case.open(v1_case, PASSPHRASE, user="tester")
    monkeypatch.undo()
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == len(real)
