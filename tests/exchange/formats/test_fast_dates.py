"""The quick reader of all-digit date formats reads exactly what strptime reads, or leaves it."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casebench.exchange.formats.mapping import fast_reader

ODD = ["1/02/2024 10:11:12", "31/02/2024 10:00:00", "01/02/2024  10:11:12", "00/01/2024 10:00:00",
       "29/02/2023 23:59:59", "01/13/2024 10:00:00", "01/02/2024 24:00:00", "01/02/2024 10:60:00",
       "01/02/2024 10:00:60", "2024-02-01t10:11", "01/02/2024 10:11:12 ", "12/12/2024 1:00:00"]


@pytest.mark.parametrize("fmt", ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M"])
def test_the_quick_reader_agrees_with_strptime(fmt: str) -> None:
    quick = fast_reader(fmt)
    assert quick is not None
    rnd = random.Random(17)

    def some() -> str:  # the format's fields filled in, out of range now and then
        return (fmt.replace("%d", f"{rnd.randint(0, 32):02d}").replace("%m", f"{rnd.randint(0, 13):02d}")
                .replace("%Y", str(rnd.randint(1990, 2030))).replace("%H", f"{rnd.randint(0, 25):02d}")
                .replace("%M", f"{rnd.randint(0, 61):02d}").replace("%S", f"{rnd.randint(0, 61):02d}"))

    raws = [*ODD, *(some() for _ in range(2000)), "2024-02-29T23:59", "2023-02-29T23:59"]
    raws += [r.replace("0", "", 1) for r in raws[:300]] + [r + " " for r in raws[:50]]
    read = 0
    for raw in raws:
        try:
            expected: dt.datetime | None = dt.datetime.strptime(raw, fmt)
        except ValueError:
            expected = None
        got = quick(raw)
        if got is not None:  # None: the caller asks strptime
            assert got == expected, raw
            read += 1
    assert read > 100


@pytest.mark.parametrize("fmt", ["%m/%d/%Y %I:%M %p", "%d/%m/%y", "%d %b %Y", "%H:%M"])
def test_other_formats_are_left_to_strptime(fmt: str) -> None:
    assert fast_reader(fmt) is None


# the decimal digits of a few scripts: ASCII, Arabic-Indic, Persian, Devanagari, fullwidth
SCRIPTS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "０１２３４５６７８９"]
FAST_FORMATS = ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%Y-%m-%dT%H:%M", "%d.%m.%Y %H:%M", "%Y%m%d%H%M%S"]


@st.composite
def cells(draw: st.DrawFn, fmt: str) -> str:
    """A format's fields filled in (out of range now and then), each digit from any script;
    or any text at all."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.text(alphabet=st.sampled_from("".join(SCRIPTS) + "/.:-T t"), max_size=22) | st.text())
    text = fmt
    for directive, low, high, width in (("%d", 0, 32, 2), ("%m", 0, 13, 2), ("%Y", 1, 9999, 4),
                                        ("%H", 0, 25, 2), ("%M", 0, 61, 2), ("%S", 0, 61, 2)):
        text = text.replace(directive, f"{draw(st.integers(low, high)):0{width}d}")
    return "".join(draw(st.sampled_from(SCRIPTS))[int(c)] if c.isdigit() else c for c in text)


@settings(max_examples=400, deadline=None)
@given(data=st.data(), fmt=st.sampled_from(FAST_FORMATS))
def test_the_quick_reader_reads_any_text_as_strptime_does_or_leaves_it(data: st.DataObject, fmt: str) -> None:
    """'٠١/٠٢/٢٠٢٤' was read by the quick reader and refused by strptime (and '01/02/٢٠٢٤'
    read by strptime): the same cell read two ways. The quick reader reads ASCII digits only;
    the import makes a cell's digits ASCII before either reads it."""
    quick = fast_reader(fmt)
    assert quick is not None
    raw = data.draw(cells(fmt))
    got = quick(raw)
    if got is not None:
        assert got == dt.datetime.strptime(raw, fmt)
