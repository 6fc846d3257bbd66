"""A relationship end nobody recorded reads the same everywhere: "…" in the entity list
(domain.captions), in the pack's view and in the printed chart — it was "?" in the last two."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import PASSPHRASE

from casebench.domain.captions import UNKNOWN_END
from casebench.domain.handling import TLP
from casebench.services import entities as es
from casebench.services.briefing_view import Ceiling, load_view
from casebench.services.cases import create_case


def test_a_one_sided_payment_names_its_unknown_end_as_the_list_does(tmp_path: Path) -> None:
    case = create_case(tmp_path / "Faro.casebench", PASSPHRASE, user="tester", title="Faro", default_tlp="AMBER")
    try:
        ana = es.add_entity(case, es.EntityDraft("Person", [("name", "Ana Gomes")]))
        paid = es.add_entity(case, es.EntityDraft("Payment", [("payer", ana), ("amount", "500"), ("currency", "EUR")]))
        listed = es.show(case, paid).caption
        assert listed == f"Ana Gomes paid {UNKNOWN_END}"
        view = load_view(case, Ceiling(TLP.AMBER), [ana, paid])
        assert view.caption(paid) == listed
    finally:
        case.close()
