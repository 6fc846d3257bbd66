from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from casebench.domain.grading import Grade
from casebench.domain.handling import TLP
from casebench.reports import labels
from casebench.reports.glossary import glossary_entries


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "11/03/2024 (11 March 2024)"),
        ("es", "11/03/2024 (11 de marzo de 2024)"),
        ("pt", "11/03/2024 (11 de março de 2024)"),
        ("fr", "11/03/2024 (11 mars 2024)"),
    ],
)
def test_format_date(lang: str, expected: str) -> None:
    assert labels.format_date(date(2024, 3, 11), lang) == expected


def test_format_date_details() -> None:
    assert labels.format_date(date(2024, 8, 1), "fr") == "01/08/2024 (1er août 2024)"
    assert labels.format_date(None, "en") == ""
    with pytest.raises(ValueError, match="unsupported language"):
        labels.format_date(date(2024, 1, 1), "de")


def test_all_languages_complete() -> None:
    keys = set(labels.LABELS["en"])
    for lang in labels.LANGUAGES:
        assert set(labels.LABELS[lang]) == keys
        assert len(labels.MONTHS[lang]) == 12
    assert labels.text("es", "timeline") == "Cronología"
    assert labels.text("fr", "page_of", page=3, total=9) == "Page 3 / 9"


def test_terms_and_amounts() -> None:
    assert labels.term("pt", "suspect") == "Suspeito"
    assert labels.term("fr", "in progress") == "En cours"
    assert labels.term("es", "Something free") == "Something free"
    assert labels.format_amount(Decimal("1250000.5"), "EUR", "en") == "1,250,000.50 EUR"
    assert labels.format_amount(Decimal("1250000.5"), "EUR", "es") == "1.250.000,50 EUR"
    assert labels.format_amount(Decimal("1250000.5"), "XOF", "fr") == "1\u202f250\u202f000,50 XOF"


def test_datetime_and_glossary() -> None:
    dt = datetime(2024, 3, 11, 9, 5, tzinfo=timezone(timedelta(hours=-5)))
    assert labels.format_datetime(dt, "en") == "11/03/2024 09:05 UTC-05:00"
    assert labels.format_datetime(dt.astimezone(UTC), "en") == "11/03/2024 14:05 UTC"
    rows = glossary_entries("es", [TLP.AMBER], [Grade.from_text("admiralty:B2")])
    assert rows[0][0] == "TLP:AMBER"  # TLP labels are never translated
    assert rows[1] == (
        "B2 (Admiralty)",
        "fuente: normalmente fiable; información: probablemente cierta",
    )


def test_originator_is_not_the_author_in_spanish_or_portuguese() -> None:
    """The originator is an agency: es/pt readers must not read it as a document's author."""
    assert labels.text("es", "originator") == "Organismo de origen"
    assert labels.text("pt", "originator") == "Entidade de origem"
    for lang in ("es", "pt"):
        assert "autor" not in labels.text(lang, "originator").lower()
