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


def test_each_migration_module_declares_the_version_of_its_file_name() -> None:
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(migrations.__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{migrations.__name__}.{info.name}")
            assert int(info.name[1:5]) == module.VERSION, info.name


def test_v1_fixture_upgrades_to_the_latest_version(v1_case: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Case.open(v1_case, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        people = entities.list_entities(case, schema="Person")
        assert [p.caption for p in people] == ["Maria da Conceição Lopes"]
        assert search.search(case, "Conceicao")[0].caption == "Maria da Conceição Lopes"
        assert audit.verify(case) == []
    # and a second open runs no migration again
    def must_not_run(conn: object) -> None:
        raise AssertionError("a migration ran twice")

    steps = [(v, must_not_run) for v, _ in migrations.steps()]
    monkeypatch.setattr(migrations, "steps", lambda: steps)
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


def test_step_9_adds_the_executive_summary_to_a_version_8_case(tmp_path: Path) -> None:
    """A case at version 8 (no summary table) keeps its content and gains the summary."""
    from casebench.domain.handling import TLP
    from casebench.services import summary
    from casebench.services.cases import create_case

    path = tmp_path / "v8.casebench"
    case = create_case(path, PASSPHRASE, user="tester", title="Operation Faro")
    eid = entities.add_entity(case, entities.EntityDraft("Person", [("name", "Ana Gomes")], []),
                              entities.Source())
    with case.transaction() as conn:
        conn.execute("DROP TABLE case_summary")
        conn.execute("PRAGMA user_version = 8")
    case.close()
    with Case.open(path, PASSPHRASE, user="tester") as case:
        assert case.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version()
        assert entities.get(case, eid).caption == "Ana Gomes"
        assert summary.get_summary(case) is None
        saved = summary.set_summary(case, "Route and state of play.", TLP.GREEN)
        assert (saved.author, saved.tlp) == ("tester", TLP.GREEN)
    with Case.open(path, PASSPHRASE, user="other") as case:
        again = summary.get_summary(case)
        assert again is not None and again.text == "Route and state of play." and again.author == "tester"
        assert audit.verify(case) == []
