"""Glossary wording for briefing packs: TLP 2.0 definitions, grading schemes, abbreviations.

Only what a pack actually uses is printed: the TLP levels and handling codes of what
it carries (``glossary_entries``), the full scale of each grading scheme its values
were graded in (``scheme_scale``: Admiralty, Europol 4x4 with its H-codes, UK 3x5x2
and 5x5x5, in their official wording), and the abbreviations that occur in its text
(``abbreviations_in``). Grades are explained within their own scheme, never converted
(see ``domain.grading``). Abbreviations and the non-Admiralty scales are data:
``resources/vocab/abbreviations.tsv`` and ``grading.tsv`` (columns en, es, pt, fr).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from casebench.domain.grading import Grade, GradeScheme
from casebench.domain.handling import TLP
from casebench.reports.labels import TERM_INDEX, check_language, text
from casebench.reports.vocab import VOCAB_DIR

# Glossary wording: TLP 2.0 definitions, Admiralty source and information grades.
_TLP_MEANING: dict[TLP, tuple[str, str, str, str]] = {
    TLP.CLEAR: (
        "Disclosure is not limited.",
        "La divulgación no está limitada.",
        "A divulgação não é limitada.",
        "La diffusion n'est pas limitée.",
    ),
    TLP.GREEN: (
        "Limited disclosure: the recipients' community, not public channels.",
        "Divulgación limitada a la comunidad de los destinatarios; no por canales públicos.",
        "Divulgação limitada à comunidade dos destinatários; não por canais públicos.",
        "Diffusion limitée à la communauté des destinataires ; pas de canaux publics.",
    ),
    TLP.AMBER: (
        "Limited disclosure: recipients' organisations and their clients, on a need-to-know basis.",
        "Divulgación limitada a las organizaciones de los destinatarios y sus clientes, según la necesidad de conocer.",
        "Divulgação limitada às organizações dos destinatários e seus clientes, na medida da necessidade de conhecer.",
        "Diffusion limitée aux organisations des destinataires et à leurs clients, selon le besoin d'en connaître.",
    ),
    TLP.AMBER_STRICT: (
        "Limited disclosure: the recipients' organisation only.",
        "Divulgación limitada únicamente a la organización de los destinatarios.",
        "Divulgação limitada apenas à organização dos destinatários.",
        "Diffusion limitée à la seule organisation des destinataires.",
    ),
    TLP.RED: (
        "For the eyes and ears of the individual recipients only; no further disclosure.",
        "Solo para los destinatarios individuales; prohibida toda divulgación posterior.",
        "Apenas para os destinatários individuais; proibida qualquer divulgação posterior.",
        "Réservé aux seuls destinataires individuels ; aucune diffusion ultérieure.",
    ),
}

_ADMIRALTY_SOURCE: dict[str, tuple[str, str, str, str]] = {
    "A": ("completely reliable", "totalmente fiable", "totalmente fiável", "entièrement fiable"),
    "B": ("usually reliable", "normalmente fiable", "geralmente fiável", "généralement fiable"),
    "C": ("fairly reliable", "bastante fiable", "razoavelmente fiável", "assez fiable"),
    "D": (
        "not usually reliable",
        "normalmente no fiable",
        "geralmente não fiável",
        "généralement peu fiable",
    ),
    "E": ("unreliable", "no fiable", "não fiável", "peu fiable"),
    "F": (
        "reliability cannot be judged",
        "fiabilidad no evaluable",
        "fiabilidade não avaliável",
        "fiabilité non évaluable",
    ),
}

_ADMIRALTY_INFO: dict[str, tuple[str, str, str, str]] = {
    "1": (
        "confirmed by other sources",
        "confirmada por otras fuentes",
        "confirmada por outras fontes",
        "confirmée par d'autres sources",
    ),
    "2": (
        "probably true",
        "probablemente cierta",
        "provavelmente verdadeira",
        "probablement vraie",
    ),
    "3": ("possibly true", "posiblemente cierta", "possivelmente verdadeira", "possiblement vraie"),
    "4": ("doubtful", "dudosa", "duvidosa", "douteuse"),
    "5": ("improbable", "improbable", "improvável", "improbable"),
    "6": (
        "truth cannot be judged",
        "veracidad no evaluable",
        "veracidade não avaliável",
        "véracité non évaluable",
    ),
}


def tlp_meaning(level: TLP, lang: str) -> str:
    return _TLP_MEANING[level][TERM_INDEX[check_language(lang)]]


def grade_meaning(grade: Grade, lang: str) -> str | None:
    """Words for an Admiralty grade such as B2; ``None`` for schemes we do not gloss."""
    if grade.scheme is not GradeScheme.ADMIRALTY:
        return None
    i = TERM_INDEX[check_language(lang)]
    src = _ADMIRALTY_SOURCE[grade.value[0]][i]
    info = _ADMIRALTY_INFO[grade.value[1]][i]
    return f"{text(lang, 'grade_source')}: {src}; {text(lang, 'grade_information')}: {info}"


def glossary_entries(
    lang: str,
    tlps: Iterable[TLP],
    grades: Iterable[Grade],
    codes: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, str]]:
    """(code, meaning) rows for the TLP levels, grades and handling codes used."""
    rows: list[tuple[str, str]] = [(t.label, tlp_meaning(t, lang)) for t in sorted(set(tlps))]
    for g in sorted(set(grades), key=lambda g: (g.scheme.value, g.value)):
        meaning = grade_meaning(g, lang)
        if meaning is not None:
            rows.append((f"{g.value} (Admiralty)", meaning))
    rows.extend(codes)
    return rows


# -- data files ------------------------------------------------------------------------------

def _rows(name: str, keys: int) -> dict[tuple[str, ...], tuple[str, str, str, str]]:
    out: dict[tuple[str, ...], tuple[str, str, str, str]] = {}
    for line in (VOCAB_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != keys + 4:
            raise ValueError(f"{name}: {line[:40]!r} needs {keys + 4} tab-separated columns")
        key = tuple(cells[:keys])
        if key in out:
            raise ValueError(f"{name}: {key!r} is listed twice")
        out[key] = (cells[keys], cells[keys + 1], cells[keys + 2], cells[keys + 3])
    return out


@functools.cache
def _abbreviations() -> dict[str, tuple[str, str, str, str]]:
    return {k[0]: v for k, v in _rows("abbreviations.tsv", 1).items()}


@functools.cache
def _abbreviation_pattern() -> re.Pattern[str]:
    words = sorted(_abbreviations(), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def abbreviations_in(texts: Iterable[str], lang: str) -> list[tuple[str, str]]:
    """(abbreviation, meaning) for each listed abbreviation that occurs in ``texts``
    as a whole word, written as listed (``MLA``, not ``mla``); alphabetical."""
    i = TERM_INDEX[check_language(lang)]
    found: set[str] = set()
    pattern = _abbreviation_pattern()
    for t in texts:
        if t:
            found.update(pattern.findall(t))
    table = _abbreviations()
    return [(a, table[a][i]) for a in sorted(found, key=str.casefold)]


@functools.cache
def _grading() -> dict[tuple[str, ...], tuple[str, str, str, str]]:
    return _rows("grading.tsv", 3)


_PARTS = ("source", "information", "handling")


def scheme_title(scheme: GradeScheme | str, lang: str) -> str:
    value = scheme.value if isinstance(scheme, GradeScheme) else scheme
    row = _grading().get((value, "title", ""))
    return row[TERM_INDEX[check_language(lang)]] if row else value


def scheme_scale(scheme: GradeScheme | str, lang: str) -> list[tuple[str, str]]:
    """Every code of the scheme with its wording: source codes, then information codes,
    then handling codes, each meaning prefixed with the part it grades."""
    sch = scheme if isinstance(scheme, GradeScheme) else GradeScheme(scheme)
    i = TERM_INDEX[check_language(lang)]
    colon = " : " if lang == "fr" else ": "  # French sets a space before the colon
    words = {"source": text(lang, "grade_source") + colon,
             "information": text(lang, "grade_information") + colon,
             "handling": text(lang, "grade_handling") + colon}
    if sch is GradeScheme.ADMIRALTY:
        return ([(c, words["source"] + m[i]) for c, m in _ADMIRALTY_SOURCE.items()]
                + [(c, words["information"] + m[i]) for c, m in _ADMIRALTY_INFO.items()])
    rows = [(part, code, m[i]) for (s, part, code), m in _grading().items()
            if s == sch.value and part in _PARTS]
    rows.sort(key=lambda r: _PARTS.index(r[0]))  # stable: codes keep the file's order
    return [(code, words[part] + _lower_first(meaning)) for part, code, meaning in rows]


def _lower_first(text: str) -> str:
    """"Reliable" → "reliable" after "source: "; an acronym ("EEA ...") stays as written."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first[:1].isupper() and not first.isupper() else text
