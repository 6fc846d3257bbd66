"""The RED recipients dialog's rows: an import's calls kept as records are one row that says
how many rows of the import it stands for."""

from __future__ import annotations

from casebench.domain.handling import PinnedRecipient
from casebench.services.recipients import RedItem
from casebench.ui.red_recipients import RedItemsModel


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
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert shown[0] == ["cdr-movistar.csv", "all 120000 imported rows, every value", "Juzgado nº 3", "Fiscalía"]
    assert shown[1][1] == "(the whole entity)"
    # a RED value is told apart by what it holds, as the entity page shows it
    assert shown[2][1] == "Nationality: Senegal" and shown[3][1] == "Involved: Mamadou Diallo"
