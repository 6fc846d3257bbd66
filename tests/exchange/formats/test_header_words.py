"""A new mapping starts on what a file's headers name: a statement's amounts and balances, a
call-detail record's callers and durations (the words: resources/vocab/header_words.tsv)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from casebench.exchange.formats.header_words import likely_schema

STATEMENTS = [
    ["Fecha", "Concepto", "Cuenta contrapartida", "Importe", "D/H"],  # a Spanish savings bank
    ["Data", "Descrição", "Débito", "Crédito", "Saldo"],  # a Portuguese bank
    ["Date", "Libellé", "Débit", "Crédit"],  # a French bank
    ["Booking date", "Counterparty IBAN", "Amount", "Balance"],
]
CDRS = [
    ["Nº registro", "Fecha y hora", "Llamante", "Destinatario", "Duración (s)", "Célula"],
    ["Data/Hora", "Chamador", "Chamado", "Duração", "IMEI"],
    ["CALLER_MSISDN", "CALLED", "DURATION_SEC", "CELL_ID"],
]


def test_statements_and_call_records_are_told_apart() -> None:
    assert [likely_schema(h) for h in STATEMENTS] == ["Payment"] * len(STATEMENTS)
    assert [likely_schema(h) for h in CDRS] == ["Call"] * len(CDRS)


def test_too_little_or_a_tie_leaves_the_choice_to_the_user() -> None:
    assert likely_schema(["Name", "Date of birth", "Nationality"]) is None
    assert likely_schema(["Importe"]) is None  # one word is not enough
    assert likely_schema(["Importe", "Saldo", "Llamante", "Duración"]) is None  # as many of each
    assert likely_schema([]) is None


@given(st.sampled_from(STATEMENTS + CDRS), st.randoms(use_true_random=False))
def test_the_order_of_the_columns_does_not_matter(header: list[str], rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(header)
    rnd.shuffle(shuffled)
    assert likely_schema(shuffled) == likely_schema(header)
