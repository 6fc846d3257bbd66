"""Case text made printable: anything a case can hold goes into a Word document."""

from __future__ import annotations

from docx import Document
from hypothesis import given
from hypothesis import strategies as st

from casebench.reports.sanitize import clean, clean_text, glyph_filter, short


@given(st.text())
def test_any_text_is_accepted_by_word(text: str) -> None:
    cleaned = clean_text(text)
    doc = Document()
    doc.add_paragraph(cleaned)  # raises ValueError on NUL, controls, lone surrogates
    assert "\x00" not in cleaned and "\t" not in cleaned


BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs"),
                                      blacklist_characters=BIDI_CONTROLS)))
def test_printable_text_is_kept_as_is(text: str) -> None:
    assert clean_text(text) == text.replace("\t", " ")


def test_bidi_controls_are_spelled_out_and_rtl_text_is_kept() -> None:
    assert clean_text("Ana \u202egnp.exe\u202c Gomes") == "Ana [U+202E]gnp.exe[U+202C] Gomes"
    assert clean_text("\u2067x\u2069") == "[U+2067]x[U+2069]"
    # right-to-left scripts and the marks that only nudge neutral characters stay as they are
    assert clean_text("محمد \u200fעברית\u200e") == "محمد \u200fעברית\u200e"


def test_markup_characters_are_kept_for_the_renderer_to_escape() -> None:
    assert clean_text("<b>Bold</b> & <font>\x00") == "<b>Bold</b> & <font>"


def test_clean_reaches_nested_frozen_data() -> None:
    from casebench.reports.pack import Forum, Participant

    forum = Forum("Meeting\x00", participants=(Participant("Ana\x07", "UCNM", "ES"),))
    out = clean(forum)
    assert out.name == "Meeting" and out.participants[0].name == "Ana"
    same = Forum("fine")
    assert clean(same) is same  # nothing to change: nothing copied


def test_short_cuts_at_a_space() -> None:
    assert short("word " * 100, 50).endswith("word…")
    assert len(short("A" * 5000)) == 200
    assert short("brief") == "brief"


def test_missing_glyphs_are_spelled_out() -> None:
    spell = glyph_filter(frozenset(map(ord, "Zoë ")))
    assert spell("Zoë 🇪🇸") == "Zoë [U+1F1EA][U+1F1F8]"
    assert spell("Zoë") == "Zoë"
