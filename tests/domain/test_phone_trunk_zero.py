"""``+34 (0) 612 345 678``: the trunk zero in brackets after the country code, as European
exports write it, is dialled at home only; where it may be part of the number, nothing is guessed."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from casebench.domain.phones import ambiguity, read_phone
from casebench.domain.values import PropType, normalise


@pytest.mark.parametrize(("raw", "e164"), [
    ("+34 (0) 612 345 678", "+34612345678"),  # Spain has no trunk 0 at all
    ("+34(0)612345678", "+34612345678"),
    ("0034 (0) 612 345 678", "+34612345678"),
    ("0034(0)612-345-678", "+34612345678"),
    ("+44 (0)20 7946 0958", "+442079460958"),
    ("0044 (0) 20 7946 0958", "+442079460958"),
    ("+49 (0) 30 123456", "+4930123456"),
    ("+33 (0)6 12 34 56 78", "+33612345678"),
    ("+351 (0) 912 345 678", "+351912345678"),
    ("+31 (0)20 123 4567", "+31201234567"),
    ("+34 (0) 612 345 678 ext. 21", "+34612345678"),
])
def test_the_bracketed_trunk_zero_is_read_without_it(raw: str, e164: str) -> None:
    for region in (None, "ES", "NG"):  # whatever the phone country
        reading = read_phone(raw, region)
        assert (reading.e164, reading.kind) == (e164, "number")
    assert normalise(PropType.PHONE, raw).value == e164


@pytest.mark.parametrize(("raw", "options"), [
    ("+39 (0)6 1234 5678", ("+390612345678",)),  # Rome: Italy keeps the 0 of a landline
    ("+39 (0) 06 1234 5678", ("+390612345678",)),
    ("+225 (0)7 07 12 34 56", ("+2250707123456",)),  # Côte d'Ivoire numbers begin with 0 now
])
def test_where_the_zero_may_be_the_numbers_it_is_kept_as_recorded(raw: str, options: tuple[str, ...]) -> None:
    reading = read_phone(raw, "ES")
    assert (reading.e164, reading.kind, reading.why, reading.options) == ("", "ambiguous", "trunk zero", options)
    assert reading.text == raw
    norm = normalise(PropType.PHONE, raw)
    assert (norm.value, norm.match_key, norm.flag) == (raw, None, "ambiguous")  # never a guessed number
    warning = ambiguity(reading)
    assert warning.code == "phone.trunk_zero_unclear" and warning.params == {"value": raw, "options": options[0]}


def test_a_bracketed_zero_before_an_invalid_number_is_refused() -> None:
    with pytest.raises(ValueError) as caught:
        read_phone("+34 (0) 412 345 678", None)
    assert getattr(caught.value, "code", "") == "phone.not_in_use"


@settings(max_examples=150, deadline=None)
@given(region=st.sampled_from(["ES", "PT", "FR", "DE", "GB", "NL", "BE", "AT", "CH", "IE"]),
       kind=st.sampled_from([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]),
       tail=st.text(alphabet="0123456789", min_size=3, max_size=3), prefix=st.sampled_from(["+", "00"]),
       spaced=st.booleans())
def test_any_number_with_a_bracketed_zero_is_that_number_or_kept(region: str, kind: phonenumbers.PhoneNumberType,
                                                                 tail: str, prefix: str, spaced: bool) -> None:
    """Written with (0) after its country code, a valid number reads as itself, or is kept as
    written (flagged) when the digits with the 0 are a valid number too: never another number."""
    example = phonenumbers.example_number_for_type(region, kind)
    assume(example is not None)
    nsn = str(example.national_number)
    number = phonenumbers.parse(f"+{example.country_code}{nsn[:-3]}{tail}")
    assume(phonenumbers.is_valid_number(number) and not number.italian_leading_zero)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    gap = " " if spaced else ""
    raw = f"{prefix}{example.country_code}{gap}(0){gap}{number.national_number}"
    reading = read_phone(raw, None)
    assert reading.e164 == e164 or (reading.kind == "ambiguous" and e164 in reading.options)
