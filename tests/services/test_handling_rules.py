"""Handling rules: RED items named for a recipient print only for that recipient (whole name)."""

from __future__ import annotations

import pytest

from casebench.domain.handling import TLP, Handling
from casebench.services.briefing_view import Ceiling

NAMED = Handling(tlp=TLP.RED, named_recipients=("Fiscal Lucía Ferreiro Otero (ES)",))


@pytest.mark.parametrize("recipient", [
    "Fiscal Lucía Ferreiro Otero (ES)", "fiscal lucía  ferreiro otero (es)", "FISCAL LUCÍA FERREIRO OTERO (ES)",
])
def test_red_item_prints_for_its_named_recipient(recipient: str) -> None:
    assert Ceiling(TLP.RED, recipient).allows(NAMED)


@pytest.mark.parametrize("recipient", [
    "ES", "a", "Fiscal", "Lucía", "Otero", "ucía Ferreiro", "Lucía Ferreiro Oter", "Fiscal Otero", "",
    "Lucía Ferreiro Otero Junior", "Lucía Ferreiro Otero", "Fiscal Lucía Ferreiro Otero",
])
def test_red_item_is_withheld_from_a_recipient_it_does_not_name(recipient: str) -> None:
    assert not Ceiling(TLP.RED, recipient).allows(NAMED)
