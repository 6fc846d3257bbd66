"""Glossary wording for briefing packs: TLP 2.0 definitions and Admiralty grades.

Only the codes a pack actually uses are printed (``glossary_entries``). Grades are
explained within their own scheme, never converted (see ``domain.grading``).
"""

from __future__ import annotations

from collections.abc import Iterable

from casebench.domain.grading import Grade, GradeScheme
from casebench.domain.handling import TLP
from casebench.reports.labels import TERM_INDEX, check_language, text

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
