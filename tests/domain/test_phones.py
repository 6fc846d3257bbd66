"""Phone numbers never change country: international forms first, only valid readings."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from casebench.domain.values import PropType, normalise

REGIONS = ["ES", "PT", "FR", "NL", "BR", "CO", "EC", "VE", "DO", "NG", "GH", "GM", "GW", "CV", "SN", "MA"]
TYPES = [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]


@st.composite
def valid_numbers(draw: st.DrawFn) -> phonenumbers.PhoneNumber:
    """A valid number of one of the case countries: an example with its tail redrawn."""
    region = draw(st.sampled_from(REGIONS))
    example = phonenumbers.example_number_for_type(region, draw(st.sampled_from(TYPES)))
    assume(example is not None)
    nsn = str(example.national_number)
    keep = draw(st.integers(min_value=max(1, len(nsn) - 6), max_value=len(nsn)))
    tail = draw(st.text(alphabet="0123456789", min_size=len(nsn) - keep, max_size=len(nsn) - keep))
    number = phonenumbers.parse(f"+{example.country_code}{nsn[:keep]}{tail}")
    assume(phonenumbers.is_valid_number(number))
    return number


@settings(max_examples=400, deadline=None)
@given(number=valid_numbers(), default=st.sampled_from([*REGIONS, None]),
       prefix=st.sampled_from(["+", "00", "+ ", "00 "]), spaced=st.booleans())
def test_international_form_never_changes_country(number: phonenumbers.PhoneNumber, default: str | None,
                                                  prefix: str, spaced: bool) -> None:
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    nsn = str(number.national_number)
    body = f"{number.country_code} {nsn[:3]} {nsn[3:]}" if spaced else f"{number.country_code}{nsn}"
    raw = prefix + body
    result = normalise("phone", raw, default_region=default)
    if prefix.startswith("+"):
        # An explicit + has one reading: the number itself.
        assert result.value == e164 and result.match_key == f"phone:{e164}"
    elif result.match_key is not None:
        assert result.value == e164 and result.match_key == f"phone:{e164}"
    else:
        # valid in two readings (00 + country code, or the default country's own
        # international prefix): kept exactly as recorded, flagged, no number invented
        assert result.flag == "ambiguous" and result.value == " ".join(raw.split())
        assert e164 in result.note


@pytest.mark.parametrize(("raw", "region", "e164"), [
    ("+233244123456", "ng", "+233244123456"),   # was +234233244123456
    ("233244123456", "ng", "+233244123456"),    # international without the +
    ("0034612345678", "ng", "+34612345678"),    # was +234034612345678
    ("00573001234567", "co", "+573001234567"),  # was +73001234567 (005 read as the carrier)
    ("009 233 244 123 456", "ng", "+233244123456"),  # Nigeria's own international prefix
    ("0021 34 612 345 678", "br", "+34612345678"),   # Brazil: 00 + carrier 21 + country code
    ("0 21 11 98765 4321", "br", "+5511987654321"),  # Brazil: national with carrier 21
    ("009 57 300 123 4567", "co", "+573001234567"),  # Colombia: 009 carrier prefix
    ("300 123 4567", "co", "+573001234567"),
    ("080 3123 4567", "ng", "+2348031234567"),
    ("tel:+34612345678", None, "+34612345678"),
    ("+34 912 345 678 ext. 214", None, "+34912345678"),
    ("+0034 612 345 678", "ng", "+34612345678"),
])
def test_operator_forms(raw: str, region: str | None, e164: str) -> None:
    result = normalise("phone", raw, default_region=region)
    assert (result.value, result.match_key) == (e164, f"phone:{e164}")


@pytest.mark.parametrize("raw", ["Anónimo", "ANONYMOUS", "Privado", "withheld", "Unknown", "N/A",
                                 "-", "Número privado", "Desconhecido", "Inconnu", "NULL"])
def test_withheld_callers_are_kept_as_text(raw: str) -> None:
    result = normalise("phone", raw, default_region="es")
    assert result.value == raw and result.match_key is None and result.flag == "withheld"


@pytest.mark.parametrize(("raw", "region"), [("112", "es"), ("1004", "es"), ("199", "ng"), ("190", None)])
def test_short_codes_are_kept_as_text(raw: str, region: str | None) -> None:
    result = normalise("phone", raw, default_region=region)
    assert result.value == raw and result.match_key is None and result.flag == "short code"


def test_valid_in_two_readings_is_flagged_not_guessed() -> None:
    # Dialled in Colombia, 00584160996041 is a Venezuelan mobile (00 + 58 ...) or, through
    # carrier 005, a Vietnamese number (+84 160996041): both are valid, so neither is chosen.
    result = normalise("phone", "00584160996041", default_region="co")
    assert result.match_key is None and result.flag == "ambiguous"
    assert result.value == "00584160996041"
    assert "+584160996041" in result.note and "+84160996041" in result.note


def test_national_numbers_are_not_read_as_foreign_without_plus() -> None:
    # 610134684 is a Spanish mobile; "61 …" would also be Australian with a + in front.
    assert normalise("phone", "610134684", default_region="es").value == "+34610134684"


@pytest.mark.parametrize(("raw", "region", "words"), [
    ("+34 412 345 678", None, "not a number in use in the numbering plan of ES"),
    ("0034", "es", "phone number"),
    ("12 minutes", "es", "phone number"),
])
def test_numbers_valid_in_no_reading_are_refused(raw: str, region: str | None, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        normalise("phone", raw, default_region=region)


@settings(max_examples=300, deadline=None)
@given(valid_numbers(), st.data())
def test_a_search_for_any_formatting_of_a_number_reads_as_that_number(number: phonenumbers.PhoneNumber,
                                                                      data: st.DataObject) -> None:
    from casebench.domain.phones import phone_query

    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    digits = e164[1:]
    start = data.draw(st.sampled_from(["+", "00", "+00", "(+"]))
    seps = data.draw(st.lists(st.sampled_from(["", " ", "-", ".", "\u00a0", "\u2011"]),
                              min_size=len(digits), max_size=len(digits)))
    body = "".join(d + s for d, s in zip(digits, seps, strict=True)).strip(" -.\u00a0\u2011")
    typed = {"+": "+" + body, "00": "00" + body, "+00": "+00" + body, "(+": f"(+{body[:2]}){body[2:]}"}[start]
    region = data.draw(st.sampled_from([None, *REGIONS]))
    query = phone_query(typed, region)
    assert query is not None
    # the same number as a recorded value, or (a few readings are ambiguous) its digits
    assert query.e164 in ("", e164) and digits.endswith(query.tail)
    assert query.e164 == normalise_e164(typed, region)


def normalise_e164(typed: str, region: str | None) -> str:
    """What recording the text as a phone value gives (one rule for values and searches)."""
    try:
        value = normalise(PropType.PHONE, typed, default_region=region)
    except ValueError:
        return ""
    return value.value if value.match_key else ""


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 -+.()", max_size=20), st.sampled_from([None, *REGIONS]))
def test_fewer_than_seven_digits_are_never_a_phone_search(typed: str, region: str | None) -> None:
    from casebench.domain.phones import MIN_TAIL_DIGITS, phone_query

    query = phone_query(typed, region)
    if query is not None:
        assert len(query.tail) >= MIN_TAIL_DIGITS
    if len([c for c in typed if c.isdigit()]) < MIN_TAIL_DIGITS:
        assert query is None
