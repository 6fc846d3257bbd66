"""The one handling decision: every rule against every audience, and the name matcher."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casebench.domain.disclosure import Audience, Kind, Recipient, decide, fold_name, is_named
from casebench.domain.handling import TLP, Handling, PinnedRecipient

PARTNER_KEY = "ABCDEF0123456789"
OTHER_KEY = "1111111111111111"
LAURA_FPR = "0123456789ABCDEF0123456789ABCDEF"
LUCIA = Recipient(name="Lucía Ferreiro Otero", agency="Fiscalía Especial Antidroga", country="es",
                  key_id=OTHER_KEY, fingerprint="F" * 32, label="Lucía Ferreiro Otero (Fiscalía, ES)")
BACK = Recipient(name="Ana Gomes", agency="PJ", country="pt", key_id=PARTNER_KEY, fingerprint="E" * 32)
LAURA = Recipient(name="Laura Sánchez Prieto", agency="UCNM Grupo Atlántico", country="es", key_id="2" * 16,
                  fingerprint=LAURA_FPR, label="Laura Sánchez Prieto (UCNM Grupo Atlántico, ES)")

# Audiences: a bundle to another partner, a bundle back to the item's origin, a pack for
# a named recipient in a Spanish forum, a pack with no recipient, an export, the screen.
AUDIENCES = {
    "bundle": Audience(Kind.BUNDLE, LUCIA),
    "bundle-back": Audience(Kind.BUNDLE, BACK),
    "pack": Audience(Kind.PACK, Recipient(name="Lucía Ferreiro Otero"), countries=frozenset({"es"}),
                     max_tlp=TLP.RED),
    "pack-nobody": Audience(Kind.PACK, None, countries=frozenset({"es"}), max_tlp=TLP.AMBER_STRICT),
    "export": Audience(Kind.EXPORT, None, max_tlp=TLP.AMBER),
    "screen": Audience(Kind.SCREEN),
}
A = True  # allowed
H = False  # stays home

# rule: (handling, origin, extra codes) -> expected per audience, in AUDIENCES order:
#        bundle bundle-back pack  pack-nobody export screen
RULES: dict[str, tuple[Handling, str, tuple[str, ...], tuple[bool, ...]]] = {
    "own CLEAR": (Handling(tlp=TLP.CLEAR), "", (), (A, A, A, A, A, A)),
    "own AMBER": (Handling(tlp=TLP.AMBER), "", (), (A, A, A, A, A, A)),
    "own AMBER+STRICT": (Handling(tlp=TLP.AMBER_STRICT), "", (), (A, A, A, A, H, A)),
    "own RED, no names": (Handling(tlp=TLP.RED), "", (), (H, H, H, H, H, A)),
    "own RED for Lucía": (Handling(tlp=TLP.RED, named_recipients=("Lucía Ferreiro Otero",)), "", (),
                          (A, H, A, H, H, A)),
    "own RED for the Fiscal (partial name)": (
        Handling(tlp=TLP.RED, named_recipients=("Fiscal Lucía Ferreiro Otero (ES)",)), "", (),
        (H, H, H, H, H, A)),
    "own RED pinned to Lucía": (
        Handling(tlp=TLP.RED, pinned_recipients=(PinnedRecipient("F" * 32, "Lucía Ferreiro Otero"),)), "", (),
        (A, H, A, H, H, A)),
    "own AMBER NODIS": (Handling(tlp=TLP.AMBER, codes=("NODIS",)), "", (), (H, H, H, H, H, A)),
    "own GREEN, nodis lower case": (Handling(tlp=TLP.GREEN, codes=(" nodis ",)), "", (), (H, H, H, H, H, A)),
    "own H2": (Handling(tlp=TLP.AMBER, codes=("H2",)), "", (), (A, A, A, A, A, A)),
    "partner H2": (Handling(tlp=TLP.GREEN, codes=("H2",)), PARTNER_KEY, (), (H, A, H, H, H, A)),
    "partner H2 from its grade": (Handling(tlp=TLP.GREEN), PARTNER_KEY, ("H2",), (H, A, H, H, H, A)),
    "partner H3": (Handling(tlp=TLP.GREEN, codes=("H3",)), PARTNER_KEY, (), (H, A, H, H, H, A)),
    "partner ORCON": (Handling(tlp=TLP.GREEN, codes=("ORCON",)), PARTNER_KEY, (), (H, A, H, H, H, A)),
    "partner NODIS": (Handling(tlp=TLP.GREEN, codes=("NODIS",)), PARTNER_KEY, (), (H, A, H, H, H, A)),
    "partner GREEN": (Handling(tlp=TLP.GREEN), PARTNER_KEY, (), (A, A, A, A, A, A)),
    "partner AMBER": (Handling(tlp=TLP.AMBER), PARTNER_KEY, (), (H, A, H, H, A, A)),
    "partner AMBER+STRICT": (Handling(tlp=TLP.AMBER_STRICT), PARTNER_KEY, (), (H, A, H, H, H, A)),
    "partner RED named for Lucía": (
        Handling(tlp=TLP.RED, named_recipients=("Lucía Ferreiro Otero",)), PARTNER_KEY, (),
        (H, A, H, H, H, A)),
    "denied ES": (Handling(tlp=TLP.GREEN, denied_countries=("es",)), "", (), (H, A, H, H, H, A)),
    "denied MA": (Handling(tlp=TLP.GREEN, denied_countries=("ma",)), "", (), (A, A, A, A, H, A)),
    "no judicial use": (Handling(tlp=TLP.GREEN, no_judicial_use=True), "", (), (A, A, A, A, A, A)),
}


@pytest.mark.parametrize("rule", list(RULES))
@pytest.mark.parametrize("audience", list(AUDIENCES))
def test_every_rule_against_every_audience(rule: str, audience: str) -> None:
    handling, origin, codes, expected = RULES[rule]
    want = expected[list(AUDIENCES).index(audience)]
    decision = decide(handling, origin, AUDIENCES[audience], codes=codes)
    assert decision.allowed is want, f"{rule} / {audience}: {decision.reason}"
    # Whatever stays home says why in words; what goes has nothing to explain.
    assert bool(decision.reason) is (not want)


def test_same_decision_for_pack_and_bundle_on_the_issue_examples() -> None:
    """A RED item named for "Fiscal Lucía Ferreiro Otero (ES)" and an AMBER NODIS item:
    a pack for "Lucía Ferreiro Otero" and a bundle to her decide alike (both stay home)."""
    pack = Audience(Kind.PACK, Recipient(name="Lucía Ferreiro Otero"), max_tlp=TLP.RED)
    bundle = Audience(Kind.BUNDLE, LUCIA)
    for h in (Handling(tlp=TLP.RED, named_recipients=("Fiscal Lucía Ferreiro Otero (ES)",)),
              Handling(tlp=TLP.AMBER, codes=("NODIS",))):
        assert decide(h, "", pack) == decide(h, "", bundle)
        assert not decide(h, "", pack).allowed


def test_judicial_audience_refuses_no_judicial_use_and_partner_h1() -> None:
    court = Audience(Kind.BUNDLE, LUCIA, judicial=True)
    assert not decide(Handling(tlp=TLP.GREEN, no_judicial_use=True), "", court).allowed
    assert not decide(Handling(tlp=TLP.GREEN, codes=("H1",)), PARTNER_KEY, court).allowed
    assert decide(Handling(tlp=TLP.GREEN, codes=("H1",)), "", court).allowed


def test_permitted_purpose_must_match_a_declared_purpose() -> None:
    h = Handling(tlp=TLP.GREEN, permitted_purpose="Operation Mar Azul")
    assert decide(h, "", Audience(Kind.BUNDLE, LUCIA, purpose="operation  mar azul")).allowed
    no = decide(h, "", Audience(Kind.BUNDLE, LUCIA, purpose="tax inspection"))
    assert not no.allowed and "Operation Mar Azul" in no.reason


def test_ceiling_reason_names_both_levels() -> None:
    d = decide(Handling(tlp=TLP.RED, named_recipients=("x",)), "", AUDIENCES["export"])
    assert "TLP:RED" in d.reason and "TLP:AMBER" in d.reason


def test_demo_red_reaches_laura_only_once_pinned() -> None:
    free = Handling(tlp=TLP.RED, named_recipients=("Insp. Jefa Laura Sánchez Prieto (ES, UCNM Grupo Atlántico)",))
    to_laura = Audience(Kind.BUNDLE, LAURA)
    assert not decide(free, "", to_laura).allowed  # never by fuzzy text
    pinned = Handling(tlp=TLP.RED, pinned_recipients=(PinnedRecipient(LAURA_FPR, LAURA.label),))
    assert decide(pinned, "", to_laura).allowed
    # Someone else claiming her name but holding another key does not receive it.
    impostor = Recipient(name=LAURA.name, agency=LAURA.agency, country="es", key_id="3" * 16,
                         fingerprint="3" * 32, label=LAURA.label)
    assert not decide(pinned, "", Audience(Kind.BUNDLE, impostor)).allowed


# -- the name matcher -----------------------------------------------------------------------------
@pytest.mark.parametrize("who", ["Fiscal Lucía Ferreiro Otero (ES)", "fiscal lucía  ferreiro otero (es)",
                                 "FISCAL LUCÍA FERREIRO OTERO (ES)", " Fiscal\tLucía Ferreiro Otero (ES) ",
                                 unicodedata.normalize("NFD", "Fiscal Lucía Ferreiro Otero (ES)"),
                                 "Ｆｉｓｃａｌ Lucía Ferreiro Otero (ES)"])
def test_whole_name_matches_across_case_spacing_and_unicode_forms(who: str) -> None:
    assert is_named(Recipient(name=who), ["Fiscal Lucía Ferreiro Otero (ES)"])


@pytest.mark.parametrize("who", ["ES", "a", "Fiscal", "Lucía", "Otero", "ucía Ferreiro", "Lucía Ferreiro Oter",
                                 "Fiscal Otero", "", "Lucía Ferreiro Otero", "Fiscal Lucía Ferreiro Otero",
                                 "Lucía Ferreiro Otero Junior"])
def test_part_of_a_name_never_matches(who: str) -> None:
    assert not is_named(Recipient(name=who), ["Fiscal Lucía Ferreiro Otero (ES)"])


words = st.lists(st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=8),
                 min_size=2, max_size=5)


@given(words, st.integers(min_value=0, max_value=4), st.integers(min_value=1, max_value=4))
def test_no_proper_run_of_words_is_the_name(parts: list[str], start: int, length: int) -> None:
    full = " ".join(parts)
    run = " ".join(parts[start:start + length])
    if fold_name(run) == fold_name(full):
        return  # the run is the whole name (or folds to it)
    assert not is_named(Recipient(name=run), [full])


@given(st.text(max_size=40))
def test_folding_is_stable_and_matches_itself(name: str) -> None:
    assert fold_name(fold_name(name)) == fold_name(name)
    if fold_name(name):
        assert is_named(Recipient(name=name.upper()), [name]) or fold_name(name.upper()) != fold_name(name)


def test_pinned_entry_matches_by_key_not_by_name_for_a_pinned_recipient() -> None:
    entry = PinnedRecipient(LAURA_FPR, "Laura Sánchez Prieto (UCNM Grupo Atlántico, ES)")
    assert is_named(LAURA, [], [entry])
    other = Recipient(name="x", label=entry.name, key_id="9" * 16, fingerprint="9" * 32)
    assert not is_named(other, [], [entry])
    # A printed pack for her (known by name only) prints what was pinned to her.
    assert is_named(Recipient(name=entry.name), [], [entry])
