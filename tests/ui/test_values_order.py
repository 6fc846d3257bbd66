"""An entity's values table lists the name first and the rest as the form does, not by
the property's internal code (address, alias, birthDate, ... put the name in the middle)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, unlock

from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.ui.statement_model import SCol
from casebench.ui.workbench import Workbench


def _labels(model) -> list[str]:
    return [model.index(r, SCol.PROPERTY).data() for r in range(model.rowCount())]


def test_the_values_table_starts_with_the_name_in_the_forms_order(qtbot, qtmodeltester, bench: Workbench,
                                                                   case_path: Path) -> None:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul",
                    originator_country="es", default_tlp="AMBER")
    eid = es.add_entity(c, es.EntityDraft("Person", [
        ("address", "Urb. Puerto Santa Ana, Torre B"), ("alias", "El Flaco"), ("birthDate", "1971-08-14"),
        ("birthPlace", "Guayaquil"), ("country", "ec"), ("name", "José Luis García Márquez"),
        ("nationality", "ec"), ("phone", "+593 99 123 4567"), ("alias", "Pepe")]))
    c.close()
    bench.open_case(str(case_path))
    unlock(qtbot, bench)
    qtbot.waitUntil(lambda: bench.session.is_open and bench.caseview.entities.model.ready, timeout=TIMEOUT)
    editor = bench.caseview.entities.editor
    bench.caseview.open_entity(eid)
    qtbot.waitUntil(lambda: editor.entity is not None and editor.entity.id == eid, timeout=TIMEOUT)
    model = editor.values_model
    qtmodeltester.check(model)
    shown = _labels(model)
    # the Person form's order: its featured properties, then name, alias, phone, ... then the
    # rest by label; two values of one property stay together, in the order recorded
    assert shown == ["Name", "Date of birth", "Nationality", "Alias", "Alias", "Phone", "Country",
                     "Address (text)", "Place of birth"]
    assert model.index(3, SCol.VALUE).data() == "El Flaco" and model.index(4, SCol.VALUE).data() == "Pepe"
