"""The RED recipients dialog's rows: an import's calls kept as records are one row that says
how many rows of the import it stands for; an item is named once, over its values, with its
kind; the free-text names take the room left and read whole in their tooltip."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from tests.conftest import PASSPHRASE
from tests.ui.conftest import TIMEOUT, shown

from casebench.domain.handling import TLP, Handling, PinnedRecipient
from casebench.services import entities as es
from casebench.services.cases import create_case, open_case
from casebench.services.recipients import RedItem
from casebench.ui.red_recipients import RCol, RedItemsModel, RedRecipientsDialog
from casebench.ui.session import CaseSession


def _cells(model: RedItemsModel) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_an_import_of_red_calls_is_one_row_saying_how_many(qtbot, qtmodeltester) -> None:
    pinned = PinnedRecipient.from_json({"fingerprint": "0123456789ABCDEF0123456789ABCDEF", "name": "Juzgado nº 3"})
    model = RedItemsModel()
    model.set_rows([
        RedItem("records", "imp", "imp", "cdr-movistar.csv", "", ("Fiscalía",), (pinned,), False, "Call", 120_000),
        RedItem("entity", "e1", "e1", "Ana Gomes", "", (), (), False, "Person"),
        RedItem("statement", "e1.1", "e1", "Ana Gomes", "nationality", (), (), False, "Person", value="sn"),
        RedItem("statement", "e2.1", "e2", "Meeting in Praia", "involved", (), (), False, "Event",
                value="Mamadou Diallo"),
    ])
    qtmodeltester.check(model)
    cells = _cells(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Item", "Kind", "Property", "Pinned recipients", "Free-text names (not pinned)"]
    assert cells[0] == ["cdr-movistar.csv", "Imported rows (Calls)", "all 120000 imported rows, every value",
                        "Juzgado nº 3", "Fiscalía"]
    assert cells[1][:3] == ["Ana Gomes", "Person", "(the whole entity)"]
    # a RED value is told apart by what it holds, as the entity page shows it
    assert cells[2][RCol.PROPERTY] == "Nationality: Senegal" and cells[3][RCol.PROPERTY] == "Involved: Mamadou Diallo"


def test_an_item_is_named_once_over_its_values_whole_entity_first(qtbot, qtmodeltester) -> None:
    model = RedItemsModel()
    names = ("Insp. Jefa Laura Sánchez Prieto (ES, UCNM Grupo Atlántico)", "Comisario Bruno Costa (PT, PJ)")
    model.set_rows([
        RedItem("statement", "e1.1", "e1", "Controlled delivery", "name", names, (), False, "Event",
                value="Controlled delivery"),
        RedItem("statement", "e2.1", "e2", "José Luis García Márquez", "weakAlias", (), (), False, "Person",
                value="el hombre del puerto"),
        RedItem("entity", "e1", "e1", "Controlled delivery", "", names, (), False, "Event"),
        RedItem("statement", "e1.2", "e1", "Controlled delivery", "date", names, (), False, "Event", value="2024-03~"),
    ])
    qtmodeltester.check(model)
    cells = _cells(model)
    assert [row[:3] for row in cells] == [
        ["Controlled delivery", "Event", "(the whole entity)"],
        ["", "", "Name: Controlled delivery"],
        ["", "", "Date: 2024-03~"],
        ["José Luis García Márquez", "Person", "Weak alias: el hombre del puerto"],
    ]
    # a blank repeat still names its item in the tooltip; each item's rows share a background
    assert model.index(2, RCol.ITEM).data(Qt.ItemDataRole.ToolTipRole) is not None
    assert shown(model.index(2, RCol.ITEM).data(Qt.ItemDataRole.ToolTipRole)) == "Controlled delivery"
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(3, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert shown(model.index(0, RCol.FREE).data(Qt.ItemDataRole.ToolTipRole)) == "\n".join(names)


def test_the_dialog_gives_the_free_text_names_the_room_left(qtbot, case_path) -> None:
    c = create_case(case_path, PASSPHRASE, user="tester", title="Operation Mar Azul")
    names = ("Insp. Jefa Laura Sánchez Prieto (ES, UCNM Grupo Atlántico)", "Comisario Bruno Costa (PT, PJ)")
    red = es.Source(handling=Handling(tlp=TLP.RED, named_recipients=names))
    person = es.add_entity(c, es.EntityDraft("Person", [("name", "José Luis García Márquez")]))
    es.add_values(c, person, [("weakAlias", "el hombre del puerto"), ("nationality", "ec")], red)
    c.close()
    session = CaseSession()
    session.open(lambda: open_case(case_path, PASSPHRASE, user="tester"))
    qtbot.waitUntil(lambda: session.is_open, timeout=TIMEOUT)
    try:
        keys = SimpleNamespace(partners=SimpleNamespace(partners=[]))
        dialog = RedRecipientsDialog(session, keys)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.busy and dialog.model.rowCount() == 2, timeout=TIMEOUT)
        view = dialog.table
        assert [view.model().index(r, RCol.ITEM).data() for r in range(2)] == ["José Luis García Márquez", ""]
        header = view.horizontalHeader()
        right = header.sectionViewportPosition(RCol.FREE) + header.sectionSize(RCol.FREE)
        assert right == view.viewport().width()  # the last column reaches the edge: no gap, no scrolling
        assert header.sectionSize(RCol.FREE) > header.sectionSize(RCol.PINNED)
        assert not view.wordWrap() and view.textElideMode() == Qt.TextElideMode.ElideRight
        dialog.reject()
    finally:
        session.shutdown()
