"""Name matching that proposes merge candidates for people and organisations.

Names alone only suggest candidates: a high score means "an investigator should look
at these two", never "these are the same person". Nothing in casebench merges people
on names automatically; strong identifiers (passport + country, phone, IBAN ...) are
what make a merge proposal, and even those wait for the user.

The matching knows the naming customs of the cases' countries:

* Iberian double surnames: "José Luis García Márquez" is often just "José Luis García".
* Portuguese and Brazilian order: the *last* surname is the main one, so "João Pedro
  da Silva Santos" is "João Santos" or "Santos, João Pedro".
* Particles (da, de, do, dos, das, del, de la, y, e) are ignored.
* West African names reach European files through English, French and Portuguese
  spelling: Jallow / Diallo / Djaló, Ceesay / Cissé, Njie / Ndiaye, Mamadou / Mohamed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import combinations

__all__ = ["NameMatch", "compare_names", "fold", "name_keys", "name_similarity", "name_tokens"]

PARTICLES = frozenset(
    {"da", "de", "do", "dos", "das", "del", "la", "las", "los", "y", "e", "d", "du", "des"}
)

# Letters that Unicode does not decompose into a base letter plus an accent.
_SPECIAL_LETTERS: dict[str, str | int | None] = {
    "ø": "o",
    "æ": "ae",
    "œ": "oe",
    "đ": "d",
    "ð": "d",
    "ł": "l",
    "ı": "i",
    "þ": "th",
}
_SPECIAL = str.maketrans(_SPECIAL_LETTERS)

# Spellings of one name across English (Gambia, Sierra Leone), French (Senegal, Guinea,
# Mali) and Portuguese (Guinea-Bissau) records. Only pairs attested in civil and
# police records are listed; the first spelling is the group's key.
_SURNAME_VARIANTS = (
    ("diallo", "jallow", "jalloh", "djalo", "djallo"),
    ("cisse", "ceesay", "sisse", "sise", "sisay"),
    ("toure", "touray", "ture"),
    ("ndiaye", "njie", "njai"),
    ("diop", "jobe"),
    ("sow", "sowe"),
    ("ba", "bah"),
    ("mbaye", "mbye"),
    ("camara", "kamara"),
    ("conte", "konte", "conteh", "konteh"),
    ("sane", "sanneh", "sanha"),
    ("darbo", "darboe"),
    ("drame", "drammeh"),
    ("mane", "manneh"),
)
_GIVEN_VARIANTS = (
    (
        "mohamed", "mohammed", "mohammad", "mohamad", "muhammad", "muhammed",
        "mamadou", "mamadu", "mahamadou", "mohamadou", "modou",
    ),
    ("ousman", "ousmane", "usman", "osman"),
    ("ibrahima", "ibrahim", "ebrima", "brahim"),
    ("abdoulaye", "abdoulie", "abdulai"),
    ("lamin", "lamine"),
    ("aliou", "alieu"),
)  # fmt: skip


def _variant_table() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for groups, kind in (
        (_SURNAME_VARIANTS, "West African transliteration"),
        (_GIVEN_VARIANTS, "variant of the same given name"),
    ):
        for group in groups:
            for spelling in group:
                table[spelling] = (group[0], kind)
    return table


_VARIANTS = _variant_table()


def _fold_once(text: str) -> str:
    # casefold again after NFKD: compatibility letters (𝑨, Ａ) decompose to capitals
    decomposed = unicodedata.normalize("NFKD", text.casefold()).casefold()
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_SPECIAL)
    # Apostrophes join (N'Diaye -> ndiaye, O'Brien -> obrien); other punctuation separates.
    plain = re.sub(r"['’ʼ`´]", "", plain)
    return " ".join("".join(c if c.isalnum() else " " for c in plain).split())


# ASCII in one pass: letters lower-cased, digits kept, apostrophes dropped (N'Diaye ->
# ndiaye), anything else a space (the general path's rule, restricted to ASCII).
_ASCII_FOLD = str.maketrans({
    chr(c): (None if chr(c) in "'`" else chr(c).lower() if chr(c).isalnum() else " ") for c in range(128)
})


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form of ``text``; idempotent.

    This is casebench's one folding rule for finding things as typed: the entity-list
    filter, the name search index and merge candidates all use it, so "jose", "JOSE"
    and "José" are the same word everywhere.
    """
    if text.isascii():
        # The common case, many times faster (it runs for every value written to
        # the search index): the same result as the general path for ASCII text.
        return " ".join(text.translate(_ASCII_FOLD).split())
    folded = _fold_once(text)
    if folded.isascii():
        return folded  # plain letters, digits and spaces: a second pass changes nothing
    # A few compatibility characters only settle after a second pass.
    for _ in range(3):
        again = _fold_once(folded)
        if again == folded:
            break
        folded = again
    return folded


def _ordered(name: str) -> str:
    # "García Márquez, José Luis" lists the surnames first; put the given names first.
    surnames, comma, given = name.partition(",")
    if comma and given.strip() and "," not in given:
        return f"{given} {surnames}"
    return name.replace(",", " ")


def name_tokens(name: str) -> list[str]:
    """Folded words of a name, given names first, particles left out."""
    text = re.sub(r"\b([dDlL])['’]", r"\1 ", _ordered(name))
    return [t for t in fold(text).split() if t not in PARTICLES]


def _canonical(token: str) -> str:
    return _VARIANTS.get(token, (token, ""))[0]


_SOUNDS = str.maketrans("zvywc", "sbiuk")


def _skeleton(token: str) -> str:
    # Sounds that Spanish, Portuguese, French and English spellings swap freely.
    text = token
    for old, new in (("ph", "f"), ("qu", "k"), ("lh", "l"), ("nh", "n"), ("ch", "x")):
        text = text.replace(old, new)
    text = text.translate(_SOUNDS)
    text = text.replace("h", "")
    return re.sub(r"(.)\1+", r"\1", text)


def name_keys(name: str) -> set[str]:
    """Blocking keys: two names that share a key are worth comparing.

    Keys are unordered pairs of name words (after variant spelling is unified), so
    word order, a dropped second surname or dropped middle names still leave a
    shared key. A one-word name gives a key of its own, not shared with fuller names.
    Keys are for finding candidates cheaply; `compare_names` decides how alike they are.
    """
    words = name_tokens(name)
    tokens = sorted({_canonical(t) for t in words if len(t) > 1})
    keys: set[str] = set()
    # "J. Santos" must still meet "João Santos": the first given name's initial
    # paired with each other word.
    if len(words) > 1:
        keys.update(f"i:{words[0][0]} {_canonical(t)}" for t in words[1:] if len(t) > 1)
    if len(tokens) == 1 and len(words) == 1:
        keys.update({f"n:{tokens[0]}", f"s:{_skeleton(tokens[0])}"})
    for first, second in combinations(tokens, 2):
        keys.add(f"n:{first} {second}")
        keys.add("s:" + " ".join(sorted((_skeleton(first), _skeleton(second)))))
    return keys


@dataclass
class NameMatch:
    """How alike two names are (0 to 1) and why, in words an investigator can check.

    A name match only suggests a candidate; it is never grounds for a merge.
    """

    score: float
    reasons: list[str] = field(default_factory=list)


def _token_score(a: str, b: str) -> tuple[float, str]:
    """Score two folded words and say why they match (empty when they do not)."""
    if a == b:
        return 1.0, "same"
    if _canonical(a) == _canonical(b) and a in _VARIANTS:
        return 0.9, _VARIANTS[a][1]
    if len(a) == 1 or len(b) == 1:
        if a[0] == b[0]:
            return 0.6, "initial"
        return 0.0, ""
    if len(a) >= 3 and len(b) >= 3 and _skeleton(a) == _skeleton(b):
        return 0.9, "similar spelling"
    ratio = SequenceMatcher(None, a, b).ratio()
    if ratio >= 0.8 and min(len(a), len(b)) >= 4:
        return 0.9 * ratio, "similar spelling"
    return 0.0, ""


def _pairings(a: list[str], b: list[str]) -> list[tuple[int, int, float, str]]:
    # Greedy best-first pairing: names have a handful of words, so this is exact enough.
    candidates = []
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            score, why = _token_score(x, y)
            if score > 0:
                candidates.append((score, i, j, why))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for score, i, j, why in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j, score, why))
    return pairs


def _directional(a: list[str], b: list[str]) -> float:
    pairs = _pairings(a, b)
    matched = sum(p[2] for p in pairs)
    short, long_ = sorted((len(a), len(b)))
    cover_short = matched / short
    cover_long = matched / long_
    # Missing words cost less than wrong words: a dropped second surname or middle
    # name is normal, a different word is not.
    score = cover_short * (0.8 + 0.2 * cover_long)
    order = [j for _, j, _, _ in sorted(pairs)]
    if order != sorted(order):
        # "García Márquez" and "Márquez García" are different families more often than not.
        score *= 0.9
    if short == 1 and long_ > 1:
        score *= 0.7
    return score


def name_similarity(a: str, b: str) -> float:
    """Similarity of two names in [0, 1]; symmetric. A candidate signal, not proof."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    ca = [_canonical(t) for t in ta]
    cb = [_canonical(t) for t in tb]
    if ca == cb and ta == tb:
        return 1.0
    score = (_directional(ta, tb) + _directional(tb, ta)) / 2
    return max(0.0, min(1.0, round(score, 6)))


def _words(tokens: list[str], original: str) -> dict[str, str]:
    """Map folded words back to how they were written, for readable reasons."""
    written: dict[str, str] = {}
    for word in re.split(r"[\s,\-]+", original):
        key = fold(word).replace(" ", "")
        if key in tokens and key not in written:
            written[key] = word.strip("'’.")
    return written


def compare_names(a: str, b: str) -> NameMatch:
    """Score two names and list, in words, what makes them alike or different."""
    ta, tb = name_tokens(a), name_tokens(b)
    score = name_similarity(a, b)
    if not ta or not tb:
        return NameMatch(0.0, ["one of the names is empty"])
    if fold(a) == fold(b):
        same = "same name" if a.strip() == b.strip() else "same name apart from accents or case"
        return NameMatch(score, [same])
    reasons: list[str] = []
    wa, wb = _words(ta, a), _words(tb, b)
    pairs = _pairings(ta, tb)
    for i, j, _, why in pairs:
        x, y = ta[i], tb[j]
        if why != "same":
            reasons.append(f"{wa.get(x, x)} ~ {wb.get(y, y)} ({why})")
    if sorted(ta) == sorted(tb) and ta != tb:
        if ta[0] == tb[0]:
            reasons.insert(0, "same surnames in different order")
        else:
            reasons.insert(0, "same names in a different order")
    elif ta == tb:
        if ("," in a) != ("," in b):
            reasons.insert(0, "same name, written surname first in one")
        else:
            reasons.insert(0, "same name apart from particles (da, de, do ...) or punctuation")
    elif len(pairs) == len(ta) == len(tb):
        order_a = [i for i, _, _, _ in sorted(pairs, key=lambda p: p[1])]
        if order_a != sorted(order_a):
            reasons.insert(0, "same surnames in different order")
    unmatched_a = [wa.get(t, t) for i, t in enumerate(ta) if i not in {p[0] for p in pairs}]
    unmatched_b = [wb.get(t, t) for j, t in enumerate(tb) if j not in {p[1] for p in pairs}]
    if unmatched_a and not unmatched_b:
        reasons.append(_missing_reason(unmatched_a, ta, pairs, 0, a))
    elif unmatched_b and not unmatched_a:
        reasons.append(_missing_reason(unmatched_b, tb, pairs, 1, b))
    elif unmatched_a or unmatched_b:
        reasons.append(
            f"different: {' '.join(unmatched_a) or '-'} / {' '.join(unmatched_b) or '-'}"
        )
    if not pairs:
        reasons.append("no name in common")
    return NameMatch(score, reasons)


def _missing_reason(
    missing: list[str],
    tokens: list[str],
    pairs: list[tuple[int, int, float, str]],
    side: int,
    name: str,
) -> str:
    matched = sorted(p[0] if side == 0 else p[1] for p in pairs)
    words = ", ".join(missing)
    unmatched = [i for i in range(len(tokens)) if i not in matched]
    if matched and all(i > matched[-1] for i in unmatched) and len(matched) >= 2:
        return (
            f"{words} only in {name!r} (a second surname, often dropped in Spain and Latin America)"
        )
    if len(matched) >= 2 and matched[0] == 0 and matched[-1] == len(tokens) - 1:
        return (
            f"{words} only in {name!r} (middle names or first surname; Portuguese and "
            "Brazilian usage keeps the last surname)"
        )
    return f"{words} only in {name!r}"
