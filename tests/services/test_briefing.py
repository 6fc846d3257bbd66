"""Briefing packs built from a case: read the PDF and Word outputs back."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from pypdf import PdfReader
from tests.conftest import PASSPHRASE

from casebench.cli.main import main as cli_main
from casebench.demo.outputs import write_demo_outputs
from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, DataSubject, Handling
from casebench.services.briefing import PackRequest, Selection, build_pack, render_pack
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft, Source, add_entity, add_values
from casebench.services.progress import OperationCancelled
from casebench.store import audit
from casebench.store.case import Case
from casebench.store.errors import InvalidInput

PASS = "briefing test passphrase"
RED_NAME = "Zebulón Rojas Quintanilla"
NAMED_RED = "Hortensia Vidal Ocaña"
RED_FOR = "Comisaria Ana Belén Núñez"
UNNAMED_RED = "Teodomiro Arce Villalba"
STRICT_PHONE = "+34600111222"
ACCENTED = ("José Luis García Márquez", "Conceição Gonçalves Araújo", "Ousman Jallow")


def _src(tlp: TLP = TLP.AMBER, grade: str | None = "admiralty:B2", **kw: object) -> Source:
    return Source(grade=Grade.from_text(grade) if grade else None,
                  handling=Handling(tlp=tlp, **kw))  # type: ignore[arg-type]


def _add(case: Case, schema: str, values: list[tuple[str, str]], tlp: TLP = TLP.AMBER,
         tags: list[str] | None = None, grade: str | None = "admiralty:B2", **kw: object) -> str:
    h = Handling(tlp=tlp, **kw)  # type: ignore[arg-type]
    return add_entity(case, EntityDraft(schema, values, tags or [], h), _src(tlp, grade, **kw))


def _populate(case: Case) -> dict[str, str]:
    ids: dict[str, str] = {}
    ids["garcia"] = _add(case, "Person", [
        ("name", ACCENTED[0]), ("alias", "El Flaco"), ("weakAlias", "Pepe Luis"),
        ("birthDate", "1971-08-14"), ("nationality", "ec"), ("country", "ec"),
        ("role", "organiser of the supply side"), ("dataSubject", "suspect")],
        data_subject=DataSubject.SUSPECT)
    ids["goncalves"] = _add(case, "Person", [
        ("name", ACCENTED[1]), ("previousName", "Conceição Araújo"), ("nationality", "pt"),
        ("country", "pt"), ("birthDate", "1984-03")])
    ids["jallow"] = _add(case, "Person", [("name", ACCENTED[2]), ("alias", "Usman Diallo"),
                                          ("country", "gm"), ("nationality", "gm")])
    ids["red"] = _add(case, "Person", [("name", RED_NAME), ("country", "es")], TLP.RED,
                      named_recipients=(RED_FOR,))
    ids["named_red"] = _add(case, "Person", [("name", NAMED_RED), ("country", "es")], TLP.RED,
                            named_recipients=("Fiscal Lucía Ferreiro Otero (ES)",))
    ids["unnamed_red"] = _add(case, "Person", [("name", UNNAMED_RED), ("country", "es")], TLP.RED)
    _add(case, "Passport", [("holder", ids["jallow"]), ("number", "PC1234567"), ("country", "gm"),
                            ("startDate", "2019-05-02"), ("endDate", "2029-05-01")])
    ids["company"] = _add(case, "Company", [("name", "Exportadora Frutal del Pacífico S.A."),
                                            ("country", "ec"), ("registrationNumber", "0991234567001")])
    add_values(case, ids["company"], [("phone", STRICT_PHONE)], _src(TLP.AMBER_STRICT))
    _add(case, "Vessel", [("name", "Virxe do Mar"), ("imoNumber", "IMO 9074729"), ("flag", "es")])
    _add(case, "Directorship", [("director", ids["garcia"]), ("organization", ids["company"]),
                                ("startDate", "2017-03-22")], TLP.GREEN)
    _add(case, "Associate", [("person", ids["garcia"]), ("associate", ids["red"])], TLP.AMBER)
    _add(case, "Call", [("caller", ids["garcia"]), ("receiver", ids["jallow"]),
                        ("date", "2024-03-11T14:05+01:00")])
    _add(case, "Payment", [("payer", ids["garcia"]), ("beneficiary", ids["jallow"]),
                           ("amount", "150000"), ("currency", "EUR"), ("purpose", "cash"),
                           ("date", "2023-07~")])
    _add(case, "Seizure", [("name", "Seizure in Algeciras"), ("date", "2024-01-17T10:40+01:00"),
                           ("place", "Algeciras"), ("substance", "cocaine"), ("quantity", "1340"),
                           ("unit", "kg"), ("concealment", "banana boxes"), ("country", "es")])
    ids["meeting"] = _add(case, "Meeting", [
        ("name", "Coordination meeting"), ("forum", "Coordination meeting (Eurojust format)"),
        ("date", "2024-02-20T09:30+01:00"), ("place", "The Hague"), ("country", "nl"),
        ("participants", "ES: Policía Nacional (UCNM)"), ("participants", "PT: Polícia Judiciária"),
        ("agenda", "1. State of the investigations"), ("agenda", "2. Joint investigation team")],
        grade=None)
    _add(case, "ActionItem", [("name", "Send the MLA request to Ecuador"), ("owner", "ES – UCNM"),
                              ("deadline", "2024-02-29"), ("status", "done"),
                              ("meeting", ids["meeting"])], grade=None)
    _add(case, "Request", [("name", "MLA bank records"), ("requestType", "MLA"),
                           ("fromAuthority", "ES – Juzgado n.º 3"), ("toAuthority", "EC – Fiscalía"),
                           ("reference", "CRI-ES-EC-2024/031"), ("sentDate", "2024-02-27"),
                           ("status", "sent"), ("country", "ec")], grade=None)
    _add(case, "Note", [("name", "Who finances the Bijagós transfers?"),
                        ("entity", ids["jallow"])], tags=["gap"], grade=None)
    _add(case, "PublicBody", [("name", "Polícia Judiciária – UNCTE"), ("country", "pt"),
                              ("email", "uncte@example.pt")], TLP.GREEN, grade=None)
    ids["loner"] = _add(case, "Person", [("name", "Ignacio Solitario Pérez"), ("country", "es")])
    return ids


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Case, dict[str, str], Path]]:
    root = tmp_path_factory.mktemp("briefing")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEBENCH_HOME", str(root / "home"))
        case = create_case(root / "Mar-Azul.casebench", PASS, user="tester",
                           title="Operation Mar Azul", reference="ES-UDYCO-2024-0117",
                           originator="UCNM Grupo Atlántico", originator_country="es",
                           default_tlp="AMBER")
        try:
            yield case, _populate(case), root
        finally:
            case.close()


def _h1(d: DocxDocument) -> list[str]:
    return [p.text for p in d.paragraphs if p.style is not None and p.style.name == "Heading 1"]


def _pages(path: Path) -> list[str]:
    """Each page's text, whitespace folded ("page x / y" has its total in a form XObject)."""
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


@pytest.fixture(scope="module")
def amber_en(built: tuple[Case, dict[str, str], Path]) -> tuple[Path, str]:
    case, _, root = built
    out = root / "amber-en.pdf"
    pack = render_pack(case, PackRequest(language="en"), out, "pdf")
    return out, pack.pack_id


def test_pdf_marked_counted_and_complete(amber_en: tuple[Path, str]) -> None:
    pages = _pages(amber_en[0])
    n = len(pages)
    assert n >= 3
    for i, text in enumerate(pages, 1):
        assert text.count("TLP:AMBER") >= 2, f"page {i} lacks the TLP label in header and footer"
        assert f"Page {i} / {n}" in text
    text = "\n".join(pages)
    for title in ("Handling instructions", "Legal basis", "Distribution list", "Agenda",
                  "Case summary by country", "Network chart", "Person profiles",
                  "Organisations, companies, vessels and aircraft", "Timeline", "Seizures",
                  "Money flows", "Intelligence gaps", "Requests for co-operation", "Open requests",
                  "Action tracker", "Participants and contact points", "Contact points", "Glossary",
                  "Abbreviations", "Grading schemes", "Admiralty (NATO) system"):
        assert title in text, title
    for name in ACCENTED:
        assert name in text
    assert "Usman Diallo" in text and "El Flaco" in text  # name variants
    assert "GM passport PC1234567" in text
    assert amber_en[1] in text  # pack id on the cover
    assert "left out of this pack" in text


def test_amber_pack_leaves_out_red_and_strict(amber_en: tuple[Path, str]) -> None:
    text = "\n".join(_pages(amber_en[0]))
    assert RED_NAME not in text and NAMED_RED not in text
    assert STRICT_PHONE not in text and "600111222" not in text  # AMBER+STRICT value
    assert "TLP:RED" not in text


def test_pack_counts_withheld(built: tuple[Case, dict[str, str], Path]) -> None:
    case, _, _ = built
    amber = build_pack(case, PackRequest())
    # three RED persons, the associate link to one of them, the AMBER+STRICT phone
    assert amber.withheld_count == 5
    strict = build_pack(case, PackRequest(max_tlp=TLP.AMBER_STRICT))
    assert strict.withheld_count == 4
    # the associate link to the RED person is left out, not drawn with a blank end
    assert strict.chart is not None
    assert all(e.label != "associate" for e in strict.chart.edges)


def test_spanish_pdf(built: tuple[Case, dict[str, str], Path]) -> None:
    case, _, root = built
    out = root / "amber-es.pdf"
    render_pack(case, PackRequest(language="es"), out, "pdf")
    pages = _pages(out)
    text = "\n".join(pages)
    for title in ("Lista de distribución", "Orden del día", "Perfiles de personas", "Cronología",
                  "Incautaciones", "Flujos financieros", "Lagunas de inteligencia",
                  "Seguimiento de acciones", "Glosario", "Instrucciones de tratamiento",
                  "Solicitudes pendientes", "Abreviaturas"):
        assert title in text, title
    assert all("TLP:AMBER" in p for p in pages)  # TLP labels are never translated
    assert all(f"Página {i} / {len(pages)}" in p for i, p in enumerate(pages, 1))
    assert "Person profiles" not in text


def test_red_pack_needs_recipient_and_is_watermarked(
        built: tuple[Case, dict[str, str], Path]) -> None:
    case, _, root = built
    with pytest.raises(InvalidInput, match="recipient"):
        build_pack(case, PackRequest(max_tlp=TLP.RED))
    out = root / "red.pdf"
    who = RED_FOR
    pack = render_pack(case, PackRequest(max_tlp=TLP.RED, recipient=who), out, "pdf")
    assert pack.tlp is TLP.RED
    pages = _pages(out)
    text = "\n".join(pages)
    assert RED_NAME in text
    assert NAMED_RED not in text  # RED with named recipients: not for this recipient
    assert UNNAMED_RED not in text  # RED naming no one goes to no one
    assert STRICT_PHONE in text
    amber = build_pack(case, PackRequest())
    company = next(o for o in amber.organisations if o.kind == "company")
    assert STRICT_PHONE not in str(company.details)  # AMBER+STRICT value left out, entity kept
    for p in pages:
        assert "TLP:RED" in p and who in p  # header/footer label and the watermark
    named = build_pack(case, PackRequest(max_tlp=TLP.RED, recipient="fiscal lucía ferreiro otero (es)"))
    assert NAMED_RED in [p.name for p in named.persons]
    # A run of words inside the name is not the name: the bundle would withhold it too.
    partial = build_pack(case, PackRequest(max_tlp=TLP.RED, recipient="Lucía Ferreiro Otero"))
    assert NAMED_RED not in [p.name for p in partial.persons]


def test_docx_markings_and_headings(built: tuple[Case, dict[str, str], Path]) -> None:
    case, _, root = built
    out = root / "pack-pt.docx"
    render_pack(case, PackRequest(language="pt"), out, "docx")
    d = docx.Document(str(out))
    h1 = _h1(d)
    assert "Perfis de pessoas" in h1 and "Cronologia" in h1
    for section in d.sections:
        header = "\n".join(p.text for p in section.header.paragraphs)
        footer = "\n".join(p.text for p in section.footer.paragraphs)
        assert "TLP:AMBER" in header and "ES-UDYCO-2024-0117" in header
        assert "TLP:AMBER" in footer
    body = "\n".join(p.text for p in d.paragraphs)
    cells = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    for name in ACCENTED:
        assert name in body + cells
    assert RED_NAME not in body + cells


def test_audit_disclosure_names_the_pack(built: tuple[Case, dict[str, str], Path],
                                         amber_en: tuple[Path, str]) -> None:
    case, _, _ = built
    recs = [r for r in audit.records(case, category="disclosure")
            if r.action == "briefing pack printed"]
    mine = [r for r in recs if r.target == amber_en[1]]
    assert len(mine) == 1
    det = mine[0].details
    assert det["format"] == "pdf" and det["tlp"] == "AMBER" and det["max_tlp"] == "AMBER"
    assert len(det["sha256"]) == 64 and det["withheld"] == 5
    assert audit.verify(case) == []


def test_forum_from_meeting(built: tuple[Case, dict[str, str], Path]) -> None:
    case, ids, _ = built
    pack = build_pack(case, PackRequest(meeting_id=ids["meeting"]))
    assert pack.forum.name == "Coordination meeting (Eurojust format)"
    assert pack.forum.place == "The Hague, Netherlands"
    assert pack.forum.agenda == ("State of the investigations", "Joint investigation team")
    assert [p.country for p in pack.forum.participants] == ["Spain", "Portugal"]
    assert pack.actions[0].status == "done"
    assert pack.requests[0].kind == "mla"
    assert pack.gaps and "Ousman Jallow" in pack.gaps[0]


def test_selection_by_entity_and_dates(built: tuple[Case, dict[str, str], Path]) -> None:
    case, ids, _ = built
    near = build_pack(case, PackRequest(selection=Selection(entity_ids=(ids["jallow"],), depth=1)))
    names = {p.name for p in near.persons}
    assert ACCENTED[2] in names and ACCENTED[0] in names
    assert "Ignacio Solitario Pérez" not in names and ACCENTED[1] not in names
    march = build_pack(case, PackRequest(selection=Selection(date_from="2024-03", date_to="2024-03")))
    assert march.timeline == ()  # the one call is in the calls annex, not the chronology
    assert [(c.parties, c.month, c.count) for c in march.call_summary] == [
        (f"{ACCENTED[0]} — {ACCENTED[2]}", "March 2024", 1)]
    assert not march.seizures
    whole = build_pack(case, PackRequest())
    assert whole.money_flows[0].date is None and whole.money_flows[0].date_text == "~July 2023"


def test_cancel_leaves_no_file(built: tuple[Case, dict[str, str], Path]) -> None:
    case, _, root = built
    out = root / "cancelled.pdf"
    with pytest.raises(OperationCancelled):
        render_pack(case, PackRequest(), out, "pdf", cancelled=lambda: True)
    assert not out.exists()


def test_cli_pack(case: Case, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                  capsys: pytest.CaptureFixture[str]) -> None:
    _add(case, "Person", [("name", ACCENTED[1]), ("country", "pt")], TLP.GREEN)
    _add(case, "Person", [("name", RED_NAME)], TLP.AMBER)
    case.close()
    monkeypatch.setenv("CASEBENCH_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "cli-fr.docx"
    assert cli_main(["pack", str(case.path), "-o", str(out), "--lang", "fr",
                     "--max-tlp", "green"]) == 0
    assert out.exists() and "briefing pack:" in capsys.readouterr().out
    d = docx.Document(str(out))
    assert "Fiches individuelles" in _h1(d)
    text = "\n".join([*(p.text for p in d.paragraphs),
                      *(c.text for t in d.tables for r in t.rows for c in r.cells)])
    assert ACCENTED[1] in text and RED_NAME not in text
    assert cli_main(["brief", str(case.path), "-o", str(tmp_path / "x.pdf"), "--max-tlp",
                     "red"]) == 1
    assert "recipient" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_demo_outputs(built: tuple[Case, dict[str, str], Path]) -> None:
    case, _, root = built
    paths = write_demo_outputs(case, root / "out")
    assert [p.name for p in paths] == ["Mar-Azul-briefing-en.pdf", "Mar-Azul-briefing-en.docx",
                                       "Mar-Azul-briefing-es.pdf", "Mar-Azul-briefing-es.docx"]
    assert all(p.stat().st_size > 1000 for p in paths)
    assert re.search("Perfiles de personas", "\n".join(_pages(paths[2])))



# -- bad input prints or fails cleanly -------------------------------------------------------

LONG_NAME = "Ñ" * 5000
MARKUP = "<b>Bold</b> & <font color='red'>Sons</font>"
RTL = "محمد بن سلمان · עברית"


def _docx_text(path: Path) -> str:
    d = docx.Document(str(path))
    return "\n".join([*(p.text for p in d.paragraphs),
                      *(c.text for t in d.tables for r in t.rows for c in r.cells)])


@pytest.fixture(scope="module")
def odd_cases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Case]]:
    root = tmp_path_factory.mktemp("odd")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEBENCH_HOME", str(root / "home"))
        cases = {
            "title": create_case(root / "title.casebench", PASS, user="t", title="Only a title"),
            "empty": create_case(root / "empty.casebench", PASS, user="t"),
            "odd": create_case(root / "odd.casebench", PASS, user="t", title="Odd <b>names</b>"),
        }
        odd = cases["odd"]
        _add(odd, "Person", [("name", LONG_NAME), ("country", "es")])
        _add(odd, "Person", [("name", MARKUP), ("country", "fr")])
        _add(odd, "Person", [("name", f"{RTL} 😀🇪🇸 Zoë"), ("country", "ma")])
        _add(odd, "Company", [("name", "Ctl\x00\x01\x1b Trading\tLtd"), ("country", "pt")])
        try:
            yield cases
        finally:
            for c in cases.values():
                c.close()


@pytest.mark.parametrize("which", ["title", "empty", "odd"])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_odd_cases_print(odd_cases: dict[str, Case], which: str, fmt: str,
                         tmp_path: Path) -> None:
    out = tmp_path / f"{which}.{fmt}"
    render_pack(odd_cases[which], PackRequest(), out, fmt)
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no temporary left over
    if fmt == "pdf":
        pages = _pages(out)
        assert all("TLP:" in p for p in pages)
        text = "\n".join(pages)
    else:
        text = _docx_text(out)
    if which == "odd":
        assert MARKUP in text  # printed as written, not interpreted as markup
        assert "Ctl Trading Ltd" in text  # control characters dropped
        assert "Zoë" in text
        assert text.count("Ñ") >= 5000  # the long name in full, in its profile


def test_rtl_and_emoji_in_the_pdf(odd_cases: dict[str, Case], tmp_path: Path) -> None:
    out = tmp_path / "odd.pdf"
    render_pack(odd_cases["odd"], PackRequest(), out, "pdf")
    text = "\n".join(_pages(out))
    assert "[U+1F1EA][U+1F1F8]" in text  # flag letters DejaVu lacks, spelled out
    assert "ع" in text or "ב" in text  # Arabic / Hebrew letters embedded (DejaVu)


def test_failed_layout_leaves_no_file_and_no_record(
        odd_cases: dict[str, Case], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import casebench.services.briefing as briefing

    def broken(pack: object, path: Path, **kw: object) -> None:
        path.write_bytes(b"%PDF-1.4 partial")
        raise RuntimeError("layout engine gave up")

    monkeypatch.setattr(briefing, "render_pdf", broken)
    case = odd_cases["title"]
    before = len(audit.records(case, category="disclosure"))
    out = tmp_path / "broken.pdf"
    with pytest.raises(InvalidInput, match=r"broken\.pdf.*no file was written"):
        render_pack(case, PackRequest(), out, "pdf")
    assert list(tmp_path.iterdir()) == []
    assert len(audit.records(case, category="disclosure")) == before


def test_disclosure_is_recorded_before_the_file_appears(
        odd_cases: dict[str, Case], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import casebench.services.briefing as briefing

    out = tmp_path / "pack.docx"
    seen: list[bool] = []
    real = briefing._record

    def record(*args: object, **kw: object) -> None:
        seen.append(out.exists())
        real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(briefing, "_record", record)
    render_pack(odd_cases["empty"], PackRequest(), out, "docx")
    assert seen == [False] and out.exists()


def test_file_metadata_is_the_packs(built: tuple[Case, dict[str, str], Path]) -> None:
    from datetime import datetime

    case, _, root = built
    pdf, word = root / "meta.pdf", root / "meta.docx"
    render_pack(case, PackRequest(language="fr"), pdf, "pdf")
    render_pack(case, PackRequest(language="fr"), word, "docx")
    reader = PdfReader(str(pdf))
    assert reader.metadata is not None and reader.metadata.creation_date is not None
    assert reader.metadata.creation_date.year == datetime.now().year  # not reportlab's 2000
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"  # bookmarks shown
    d = docx.Document(str(word))
    assert d.core_properties.created is not None
    assert d.core_properties.created.year == datetime.now().year  # not the 2013 template
    assert d.core_properties.language == "fr-FR"
    app = next(p for p in d.part.package.parts if str(p.partname) == "/docProps/app.xml")
    assert b"Macintosh" not in app.blob and b"casebench" in app.blob
    alts = [el.get("descr") for el in d.element.body.iter(
        "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr")]
    assert alts and all(alts)  # every picture has alternative text
    toc = next(p for p in d.paragraphs if "TOC" in p._p.xml and "instrText" in p._p.xml)
    assert "Fiches individuelles" in toc.text and "Chronologie" in toc.text  # pre-filled
