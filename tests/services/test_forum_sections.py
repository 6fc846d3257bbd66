"""What a forum needs in its pack (issue 14 item 2), each section built from a small case:
executive summary, handling instructions, state of proceedings, open requests with days
pending, decisions and proposed actions, participants and contact points, glossary of
abbreviations and grading schemes. Empty sections are left out; the ceiling holds."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from casebench.domain.grading import Grade
from casebench.domain.handling import TLP, Handling
from casebench.reports import content
from casebench.reports.pack import BriefingPack
from casebench.services import summary as summary_svc
from casebench.services.briefing import PackRequest, build_pack
from casebench.services.cases import create_case
from casebench.services.entities import EntityDraft, Source, add_entity, add_values
from casebench.store import audit
from casebench.store.case import Case
from casebench.store.errors import InvalidInput

PASS = "forum sections passphrase"
PACK_DAY = date(2024, 5, 1)
STRICT_MOBILE = "+34600999888"
STRICT_SUMMARY = "Only for the Spanish and Portuguese case officers."


def _add(case: Case, schema: str, values: list[tuple[str, str]], tlp: TLP = TLP.AMBER,
         tags: list[str] | None = None, grade: str | None = None, **handling: object) -> str:
    h = Handling(tlp=tlp, **handling)  # type: ignore[arg-type]
    return add_entity(case, EntityDraft(schema, values, tags or [], h),
                      Source(grade=Grade.from_text(grade) if grade else None, handling=h))


def _text(pack: BriefingPack) -> str:
    out: list[str] = []
    for b in content.build_blocks(pack):
        if isinstance(b, content.Heading | content.Para):
            out.append(b.text)
        elif isinstance(b, content.Table):
            out += [*b.columns, *(v for row in b.rows for v in row)]
        elif isinstance(b, content.Profile):
            out += [v for row in b.rows for v in row]
    return "\n".join(out)


def _headings(pack: BriefingPack, level: int = 1) -> list[str]:
    return [b.text for b in content.build_blocks(pack)
            if isinstance(b, content.Heading) and b.level == level]


@pytest.fixture(scope="module")
def forum(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Case, dict[str, str]]]:
    root = tmp_path_factory.mktemp("forum")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEBENCH_HOME", str(root / "home"))
        case = create_case(root / "Forum.casebench", PASS, user="tester", title="Operation Faro",
                           reference="ES-2024-9", originator="UCNM Grupo Atlántico",
                           originator_country="es", default_tlp="AMBER")
        ids: dict[str, str] = {}
        ids["ucnm"] = _add(case, "PublicBody", [
            ("name", "UCNM Grupo Atlántico"), ("country", "es"),
            ("proceedings", "Diligencias previas 112/2024, Juzgado n.º 3 de Algeciras")], TLP.GREEN)
        ids["pj"] = _add(case, "PublicBody", [
            ("name", "Polícia Judiciária – UNCTE"), ("alias", "PJ-UNCTE"), ("country", "pt")], TLP.GREEN)
        ids["court"] = _add(case, "PublicBody", [("name", "Juzgado n.º 3 de Algeciras"),
                                                 ("country", "es")], TLP.GREEN)
        ids["dciap"] = _add(case, "PublicBody", [("name", "DCIAP"), ("country", "pt")], TLP.GREEN)
        # a quiet agency: no proceedings, no values, no requests -> no row of its own
        _add(case, "PublicBody", [("name", "Guardia Civil, Vigo"), ("country", "es")], TLP.GREEN)
        # two values contributed by the Portuguese police (originator on their handling)
        ids["suspect"] = _add(case, "Person", [("name", "Duarte Quaresma Pinto"), ("country", "pt")],
                              grade="europol-4x4:B2H1", originator="PJ-UNCTE",
                              conditions="Not to be shown to the suspect's defence before 01/09/2024.")
        ids["witness"] = _add(case, "Person", [("name", "Teresa Lago Ruiz"), ("country", "es")],
                              grade="admiralty:B2", no_judicial_use=True)
        ids["officer"] = _add(case, "Person", [
            ("name", "Laura Sánchez Prieto"), ("country", "es"), ("position", "Inspectora Jefa"),
            ("phone", "+34915550101"), ("email", "l.sanchez@ucnm.example.es")], TLP.GREEN,
            tags=["contact-point"])
        add_values(case, ids["officer"], [("phone", STRICT_MOBILE)],
                   Source(handling=Handling(tlp=TLP.AMBER_STRICT)))
        _add(case, "Employment", [("employee", ids["officer"]), ("employer", ids["ucnm"])], TLP.GREEN)
        ids["liaison"] = _add(case, "Person", [
            ("name", "Rui Almeida Fonseca"), ("country", "pt"), ("position", "Inspetor"),
            ("email", "rui.fonseca@pj.example.pt")], TLP.GREEN, tags=["contact-point"])
        ids["meeting"] = _add(case, "Meeting", [
            ("name", "Coordination meeting"), ("date", "2024-05-02"),
            ("participants", "ES: Policía Nacional"), ("participants", "PT: Polícia Judiciária"),
            ("attendee", ids["officer"])])
        _add(case, "Request", [
            ("name", "MLA: yacht"), ("requestType", "MLA"), ("reference", "CRI-ES-CV-2024/058"),
            ("toAuthority", "CV – Procuradoria-Geral da República"), ("sentDate", "2024-04-04"),
            ("status", "sent"), ("blocker", "Translation of the annexes requested"),
            ("requester", ids["court"])])
        _add(case, "Request", [
            ("name", "EIO: accounts"), ("requestType", "EIO"), ("reference", "EIO-ES-PT-2024/0412"),
            ("sentDate", "2024-03-20"), ("answeredDate", "2024-04-30"), ("status", "executed"),
            ("requester", ids["court"]), ("requested", ids["dciap"]),
            ("blocker", "an old blocker that no longer applies")])
        _add(case, "ActionItem", [("name", "Decide whether Cape Verde joins the JIT"),
                                  ("owner", "ES and PT – prosecutors"), ("deadline", "2024-06-15"),
                                  ("status", "open"), ("actionType", "decision")])
        _add(case, "ActionItem", [("name", "Trace the proceeds through the exchange office"),
                                  ("owner", "BR – Polícia Federal"), ("deadline", "2024-06-30"),
                                  ("status", "in progress")])
        _add(case, "ActionItem", [("name", "Draft the JIT agreement"), ("owner", "ES – Fiscalía"),
                                  ("deadline", "2024-03-08"), ("status", "done")])
        summary_svc.set_summary(case, "The route runs from Guayaquil to Algeciras.\n\n"
                                "The forum must decide on Cape Verde.", TLP.GREEN)
        try:
            yield case, ids
        finally:
            case.close()


@pytest.fixture(scope="module")
def amber(forum: tuple[Case, dict[str, str]]) -> BriefingPack:
    return build_pack(forum[0], PackRequest(generated_on=PACK_DAY))


def test_executive_summary_with_author_and_tlp(amber: BriefingPack) -> None:
    assert amber.summary is not None and amber.summary.author == "tester"
    text = _text(amber)
    assert _headings(amber)[0] == "Executive summary"
    assert "The route runs from Guayaquil to Algeciras." in text
    assert "The forum must decide on Cape Verde." in text  # paragraphs kept apart
    assert "Written by tester" in text and "TLP:GREEN" in text


def test_summary_above_the_ceiling_is_left_out_and_counted(forum: tuple[Case, dict[str, str]],
                                                           amber: BriefingPack) -> None:
    case, _ = forum
    before = summary_svc.get_summary(case)
    assert before is not None
    summary_svc.set_summary(case, STRICT_SUMMARY, TLP.AMBER_STRICT)
    try:
        pack = build_pack(case, PackRequest(generated_on=PACK_DAY))
        assert pack.summary is None and STRICT_SUMMARY not in _text(pack)
        assert "Executive summary" not in _headings(pack)
        assert pack.withheld_count == amber.withheld_count + 1
        strict = build_pack(case, PackRequest(max_tlp=TLP.AMBER_STRICT, generated_on=PACK_DAY))
        assert strict.summary is not None and STRICT_SUMMARY in _text(strict)
    finally:
        summary_svc.set_summary(case, before.text, before.tlp)


def test_state_of_proceedings_per_agency(amber: BriefingPack) -> None:
    rows = {r.agency: r for r in amber.proceedings}
    assert rows["UCNM Grupo Atlántico"].proceedings == (
        "Diligencias previas 112/2024, Juzgado n.º 3 de Algeciras",)
    assert rows["UCNM Grupo Atlántico"].country == "Spain"
    assert rows["UCNM Grupo Atlántico"].contributed > 0  # our own values: the case originator
    assert rows["Polícia Judiciária – UNCTE"].contributed == 2  # its two values, matched by alias
    assert rows["Juzgado n.º 3 de Algeciras"].sent == (  # in the order they were sent
        "European Investigation Order EIO-ES-PT-2024/0412", "MLA request CRI-ES-CV-2024/058")
    assert rows["DCIAP"].received == ("European Investigation Order EIO-ES-PT-2024/0412",)
    assert "Guardia Civil, Vigo" not in rows  # nothing to report
    assert "State of proceedings by country and agency" in _headings(amber)


def test_open_requests_days_pending_and_blockers(forum: tuple[Case, dict[str, str]],
                                                 amber: BriefingPack) -> None:
    by_ref = {r.reference: r for r in amber.requests}
    mla = by_ref["CRI-ES-CV-2024/058"]
    assert mla.open and mla.days_pending == (PACK_DAY - date(2024, 4, 4)).days == 27
    assert mla.blocker == "Translation of the annexes requested"
    eio = by_ref["EIO-ES-PT-2024/0412"]
    assert not eio.open and eio.days_pending is None and eio.blocker == ""
    text = _text(amber)
    assert "Open requests" in text and "Days pending" in text and "Blocked by" in text
    assert "Answered and closed requests" in text
    # counted against the pack's own date
    later = build_pack(forum[0], PackRequest(generated_on=date(2024, 6, 1)))
    assert [r.days_pending for r in later.requests if r.open] == [58]


def test_decisions_to_take_and_proposed_actions(amber: BriefingPack) -> None:
    blocks = content.build_blocks(amber)
    heads = [b.text for b in blocks if isinstance(b, content.Heading)]
    assert "Decisions to take and proposed actions" in heads and "Action tracker" in heads
    decisions = next(b for i, b in enumerate(blocks) if isinstance(b, content.Table)
                     and isinstance(blocks[i - 1], content.Heading)
                     and blocks[i - 1].text == "Decisions to take and proposed actions")
    assert [r[:2] for r in decisions.rows] == [
        ("Decision", "Decide whether Cape Verde joins the JIT"),
        ("Proposed action", "Trace the proceeds through the exchange office")]
    assert decisions.rows[0][2] == "ES and PT – prosecutors"
    assert decisions.rows[0][3].startswith("15/06/2024")
    assert all("Draft the JIT agreement" not in r for r in decisions.rows)  # done: the tracker


def test_participants_and_contact_points_within_the_ceiling(forum: tuple[Case, dict[str, str]],
                                                            amber: BriefingPack) -> None:
    assert [(c.name, c.agency, c.role) for c in amber.attendees] == [
        ("Laura Sánchez Prieto", "UCNM Grupo Atlántico", "Inspectora Jefa")]
    assert amber.attendees[0].email == "l.sanchez@ucnm.example.es"
    assert STRICT_MOBILE not in amber.attendees[0].phone  # AMBER+STRICT value
    names = [c.name for c in amber.contacts]
    assert "Rui Almeida Fonseca" in names and "Laura Sánchez Prieto" not in names  # listed once
    text = _text(amber)
    assert "Participants" in text and "Contact points" in text
    assert STRICT_MOBILE not in text
    # officers are not profiled as subjects of the case
    assert all(p.name not in ("Laura Sánchez Prieto", "Rui Almeida Fonseca") for p in amber.persons)
    strict = build_pack(forum[0], PackRequest(max_tlp=TLP.AMBER_STRICT, generated_on=PACK_DAY))
    assert STRICT_MOBILE in strict.attendees[0].phone


def test_handling_instructions(amber: BriefingPack) -> None:
    blocks = content.build_blocks(amber)
    assert [b.text for b in blocks if isinstance(b, content.Heading)][1] == "Handling instructions"
    text = _text(amber)
    assert "This pack is marked TLP:AMBER. Limited disclosure" in text
    assert "Not to be shown to the suspect's defence before 01/09/2024." in text  # as recorded
    assert "1 item(s) in this pack may not be used as evidence" in text
    assert "Speciality rule" in text  # an MLA request and an EIO are in the pack
    assert "Legal basis" in text and "CRI-ES-CV-2024/058" in text


def test_glossary_abbreviations_and_grading_schemes(amber: BriefingPack) -> None:
    blocks = content.build_blocks(amber)
    idx = next(i for i, b in enumerate(blocks) if isinstance(b, content.Heading) and b.text == "Abbreviations")
    table = blocks[idx + 1]
    assert isinstance(table, content.Table)
    found = dict(table.rows)
    assert found["MLA"] == "Mutual legal assistance in criminal matters"
    assert found["JIT"] == "Joint investigation team" and "EIO" in found
    assert "MAOC-N" not in found and "SIENA" not in found  # not in this pack's text
    heads = [b.text for b in blocks if isinstance(b, content.Heading)]
    assert "Grading schemes" in heads
    assert "Admiralty (NATO) system" in heads
    assert any(h.startswith("Europol 4x4") for h in heads)
    assert "UK 5x5x5 (former National Intelligence Model)" not in heads  # not used
    text = _text(amber)
    assert "handling: not to be disclosed in judicial proceedings without the permission of the provider" in text
    assert "information known personally to the source but not known personally" in text.lower()


def test_sections_are_omitted_when_empty(tmp_path: Path) -> None:
    case = create_case(tmp_path / "Empty.casebench", PASS, user="tester", title="Only a title")
    try:
        pack = build_pack(case, PackRequest(generated_on=PACK_DAY))
    finally:
        case.close()
    heads = _headings(pack) + _headings(pack, 2)
    for gone in ("Executive summary", "State of proceedings by country and agency",
                 "Requests for co-operation", "Decisions to take and proposed actions",
                 "Participants and contact points", "Grading schemes", "Legal basis"):
        assert gone not in heads
    assert "Handling instructions" in heads  # the marking always has a meaning to print
    blocks = content.build_blocks(pack)
    i = next(i for i, b in enumerate(blocks) if isinstance(b, content.Heading) and b.text == "Abbreviations")
    table = blocks[i + 1]
    assert isinstance(table, content.Table) and [r[0] for r in table.rows] == ["TLP"]  # only what occurs


def test_chosen_sections_only(forum: tuple[Case, dict[str, str]]) -> None:
    pack = build_pack(forum[0], PackRequest(generated_on=PACK_DAY,
                                            sections=frozenset({"summary", "requests"})))
    assert _headings(pack) == ["Executive summary", "Requests for co-operation"]


def test_summary_service_refuses_empty_and_audits(forum: tuple[Case, dict[str, str]]) -> None:
    case, _ = forum
    with pytest.raises(InvalidInput):
        summary_svc.set_summary(case, "   \n", TLP.AMBER)
    recs = [r for r in audit.records(case) if r.target == "summary"]
    assert recs and recs[0].action == "executive summary written"
    assert recs[0].category == "alteration"


@pytest.mark.parametrize("lang", ["es", "pt", "fr"])
def test_new_sections_in_the_readers_language(forum: tuple[Case, dict[str, str]], lang: str) -> None:
    from casebench.reports import labels

    pack = build_pack(forum[0], PackRequest(language=lang, generated_on=PACK_DAY))
    heads = _headings(pack) + _headings(pack, 2) + _headings(pack, 3)
    for key in ("summary", "handling", "use_limits", "legal_basis", "proceedings", "requests",
                "open_requests", "closed_requests", "decisions", "actions", "contacts", "participants",
                "contact_points", "glossary", "abbreviations", "grading_schemes"):
        assert labels.text(lang, key) in heads, key
    text = _text(pack)
    for key in ("days_pending", "blocker", "open_proceedings", "requests_sent", "requests_received",
                "contributed", "due"):
        assert labels.text(lang, key) in text, key
    assert labels.term(lang, "decision") in text and labels.term(lang, "action") in text
    assert labels.text(lang, "speciality") in text
    english = ("Executive summary", "Handling instructions", "Days pending", "Blocked by", "Written by",
               "Proposed action", "Decision", "Participants and", "Abbreviations", "Grading schemes",
               "Speciality", "Mutual legal assistance", "Joint investigation team", "information:",
               "source:", "Not to be disclosed", "State of proceedings", "Requests sent", "Limited disclosure")
    assert [w for w in english if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)] == []


def test_both_formats_print_the_forum_sections(forum: tuple[Case, dict[str, str]], tmp_path: Path) -> None:
    import docx
    from pypdf import PdfReader

    from casebench.services.briefing import render_pack

    case, _ = forum
    pdf, word = tmp_path / "forum-es.pdf", tmp_path / "forum-es.docx"
    render_pack(case, PackRequest(language="es", generated_on=PACK_DAY), pdf, "pdf")
    render_pack(case, PackRequest(language="es", generated_on=PACK_DAY), word, "docx")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages)
    d = docx.Document(str(word))
    heads = [p.text for p in d.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    for title in ("Resumen ejecutivo", "Instrucciones de tratamiento", "Estado de los procedimientos por país y organismo",
                  "Solicitudes pendientes", "Decisiones que tomar y acciones propuestas",
                  "Participantes y puntos de contacto", "Abreviaturas", "Sistemas de evaluación"):
        assert title in text, title
        assert title in heads, title
    cells = "\n".join(c.text for t in d.tables for r in t.rows for c in r.cells)
    assert "Translation of the annexes requested" in cells and "Días pendiente" in cells
    assert STRICT_MOBILE not in text and STRICT_MOBILE not in cells
