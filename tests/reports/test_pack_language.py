"""The demo's es, pt and fr packs carry none of casebench's own English words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from casebench.demo import build_demo
from casebench.domain.captions import UNKNOWN_END
from casebench.domain.schema import SCHEMATA
from casebench.reports import content, glossary, labels, vocab
from casebench.reports.pack import BriefingPack
from casebench.services import entities as entity_service
from casebench.services import evidence as evidence_service
from casebench.services import summary as summary_service
from casebench.services.briefing import PackRequest, build_pack, render_pack
from casebench.services.cases import open_case
from casebench.store.case import Case
from casebench.store.custody import EVENT_TYPES
from casebench.store.entities import list_entities

WORD = re.compile(r"[^\W\d_]{4,}")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    path = tmp_path_factory.mktemp("demo") / "Mar-Azul.casebench"
    build_demo(path)
    case = open_case(path, "demo", user="tester")
    try:
        yield case
    finally:
        case.close()


def _english_vocabulary() -> set[str]:
    """Every word casebench prints from its own English wording."""
    texts: list[str] = [*labels.LABELS["en"].values(), *labels.MONTHS["en"], *EVENT_TYPES]
    texts += [v[0] for v in labels._TERMS.values()]
    for schema in SCHEMATA.values():
        texts += [schema.label, schema.plural, schema.edge_label]
        texts += [p.label for p in schema.properties.values()]
    texts += [k for k in vocab._table("terms")]
    return {w.casefold() for t in texts for w in WORD.findall(t)}


def _translated(lang: str) -> set[str]:
    """Words of the target language's own vocabulary ("Description" is also French)."""
    texts = [*labels.LABELS[lang].values(), *labels.MONTHS[lang]]
    texts += [v[labels.TERM_INDEX[lang]] for v in labels._TERMS.values()]
    for name in ("schemas", "properties", "terms"):
        texts += [row[lang] for row in vocab._table(name).values()]
    i = labels.TERM_INDEX[lang]  # the glossary's data: abbreviations and grading wording
    texts += [row[i] for row in glossary._abbreviations().values()]
    texts += [row[i] for row in glossary._grading().values()]
    return {w.casefold() for t in texts for w in WORD.findall(t)}


def _case_words(case: Case) -> set[str]:
    """Words of the case's own data (free text, names): these print as written."""
    texts: list[str] = []
    for e in list_entities(case):
        texts += [s.value for s in entity_service.get(case, e.id).statements]
    for ex in evidence_service.list_exhibits(case):
        texts += [ex.description, ex.type, *ex.seal_numbers]
        for ev in evidence_service.custody_events(case, ex.id):
            texts += [str(v) for v in vars(ev).values() if isinstance(v, str) and v != ev.event]
    summary = summary_service.get_summary(case)  # the executive summary is the case's own text
    if summary is not None:
        texts += [summary.text, summary.author]
    return {w.casefold() for t in texts for w in WORD.findall(t)}


def _pack_text(pack: BriefingPack) -> str:
    out = [v for row in content.cover_rows(pack) for v in row]
    out += [content.withheld_note(pack), content.footer_left(pack)]
    for b in content.build_blocks(pack):
        if isinstance(b, content.Heading | content.Para):
            out.append(b.text)
        elif isinstance(b, content.Table):
            out += [*b.columns, *(v for row in b.rows for v in row)]
        elif isinstance(b, content.Profile):
            out += [v for row in b.rows for v in row]
        elif isinstance(b, content.ChartBlock):
            out += [n.label for n in b.chart.nodes] + [e.label for e in b.chart.edges]
        elif isinstance(b, content.TimelineBlock):
            out += [i.label for i in b.timeline.items] + list(b.timeline.lanes)
    return "\n".join(out)


@pytest.mark.parametrize("lang", ["es", "pt", "fr"])
def test_no_casebench_english_in_translated_packs(demo: Case, lang: str) -> None:
    suspects = _english_vocabulary() - _translated(lang) - _case_words(demo)
    assert {"called", "paid", "owns", "seize", "ownership"} <= suspects  # the check can fail
    text = _pack_text(build_pack(demo, PackRequest(language=lang)))
    found = sorted({w for w in WORD.findall(text) if w.casefold() in suspects})
    assert found == []


def test_quantities_and_countries_in_the_readers_language(demo: Case) -> None:
    es = build_pack(demo, PackRequest(language="es"))
    fr = build_pack(demo, PackRequest(language="fr"))
    assert any(re.fullmatch(r"\d{1,3}(\.\d{3})+ kg", s.quantity) for s in es.seizures)
    assert any(re.fullmatch(r"\d{1,3}(\u202f\d{3})+ kg", s.quantity) for s in fr.seizures)
    assert "Gambia" in es.country_summaries and "Gambie" in fr.country_summaries
    assert all(UNKNOWN_END not in (m.payer, m.beneficiary) for m in es.money_flows)


def test_pdf_and_word_declare_the_language(demo: Case, tmp_path: Path) -> None:
    import docx

    pdf, word = tmp_path / "pt.pdf", tmp_path / "fr.docx"
    render_pack(demo, PackRequest(language="pt"), pdf, "pdf")
    render_pack(demo, PackRequest(language="fr"), word, "docx")
    reader = PdfReader(str(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "pt-PT"
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    # references and dates are never split across lines
    for ref in ("UCNM/2024/0113", "CRI-ES-EC-2024/031", "NCB-MAD/2024/2277"):
        assert ref in text
    styles = docx.Document(str(word)).styles.element.xml
    assert 'w:lang w:val="fr-FR"' in styles and "en-US" not in styles


def test_condensed_data(demo: Case) -> None:
    pack = build_pack(demo, PackRequest())
    calls = [i for i in build_pack(demo, PackRequest()).timeline if i.what.startswith("Call:")]
    assert calls == []  # no single-call rows in the chronology ...
    total = sum(c.count for c in pack.call_summary)
    assert total >= 600 and len(pack.call_summary) < 0.8 * total  # ... but counted in the annex
    assert len({(c.parties, c.month) for c in pack.call_summary}) == len(pack.call_summary)
    assert all(re.fullmatch(r"[A-Z][a-z]+ \d{4}|\d{4}|\?", c.month) for c in pack.call_summary)  # "March 2024"
    assert all(UNKNOWN_END not in (m.payer, m.beneficiary) for m in pack.money_flows)
    assert sum(m.count for m in pack.money_totals) == len(pack.money_flows)
    cocaine = [t for t in pack.seizure_totals if "cocaine" in t.substance]
    assert cocaine and sum(t.count for t in cocaine) == sum(
        1 for s in pack.seizures if "cocaine" in s.substance and s.quantity)
    assert pack.timeline_chart is not None
    for item in pack.timeline_chart.items:  # the chart key prints the precision known
        assert item.when and (not item.approximate or "00:00" not in item.when)
