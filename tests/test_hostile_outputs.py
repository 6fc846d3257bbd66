"""Keep the hidden door shut: hostile names and values through every output.

One case holds every value of ``tests/hostile_values.HOSTILE`` (markup, 5,000 characters,
RTL overrides, NUL, emoji, formula prefixes, Word fields) in names, notes, tags, links, an
exhibit and its custody, and a saved chart. Printed outputs (PDF, DOCX, SVG) show them
as text, literally, with controls dropped and bidi overrides spelled out; data exports
(FtM, STIX, CASE, bundles) carry them exactly, except control characters (dropped: bundles
may not hold them and receivers such as PostgreSQL refuse a NUL), and stay valid for the
reference tools.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import PASSPHRASE
from tests.exchange.conftest import Bench, pair  # noqa: F401 - fixture
from tests.hostile_values import FORMULA_KEYS, HOSTILE, LONE_SURROGATE, HostileCase, create, fill

from casebench.domain.handling import TLP
from casebench.exchange.checks import without_controls
from casebench.reports.fonts import font_glyphs, pack_fonts
from casebench.reports.pack import Participant
from casebench.reports.sanitize import clean_text, glyph_filter
from casebench.services import briefing, charts, evidence, interop
from casebench.services import entities as es
from casebench.services.cases import create_case
from casebench.store.case import Case
from casebench.store.custody import CustodyDraft
from casebench.store.errors import InvalidInput
from casebench.store.exhibits import ExhibitDraft

EVERYTHING = interop.Selection(max_tlp=TLP.RED)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Case, HostileCase]]:
    case, made = create(tmp_path_factory.mktemp("hostile") / "h.casebench", PASSPHRASE)
    try:
        yield case, made
    finally:
        case.close()


def _squash(text: str) -> str:
    """Text with all whitespace removed: renderers wrap long names at any space."""
    return re.sub(r"\s+", "", text)


def printed(value: str, *, pdf: bool = False) -> str:
    """What a reader finds of ``value`` in a printed output."""
    text = clean_text(value)
    return glyph_filter(font_glyphs(pack_fonts()))(text) if pdf else text


def _short_values() -> dict[str, str]:
    return {k: v for k, v in HOSTILE.items() if k != "long"}


# -- PDF -------------------------------------------------------------------------------------

# What the Print dialog adds by hand is hostile too: forum, participants, agenda, purpose and
# the named recipient of a RED pack (printed as a watermark).
REQUEST = briefing.PackRequest(
    max_tlp=TLP.RED, recipient=HOSTILE["markup"], purpose=(HOSTILE["docx"], HOSTILE["nul"]),
    forum=briefing.ForumDetails(
        name=f"Forum {HOSTILE['script']}", place=HOSTILE["rtl"], agenda=(HOSTILE["formula"], HOSTILE["at"]),
        participants=(Participant(HOSTILE["emoji"], HOSTILE["markup"], "ES", role=HOSTILE["plus"]),)))

@pytest.fixture(scope="module")
def pdf(hostile: tuple[Case, HostileCase], tmp_path_factory: pytest.TempPathFactory) -> Path:
    case, _ = hostile
    out = tmp_path_factory.mktemp("pdf") / "pack.pdf"
    briefing.render_pack(case, REQUEST, out, "pdf")
    return out


def test_pdf_prints_every_hostile_value_literally(pdf: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    flat = _squash(text)
    for key, value in _short_values().items():
        assert _squash(printed(value, pdf=True)) in flat, key
    # the 5,000-character name: cut in headings, in full in the profile (over page breaks)
    assert flat.count("ÑandúGómez-Ferreira") > HOSTILE["long"].count("Ñandú Gómez-Ferreira")
    # bidi overrides cannot reorder anything: none reaches the page, each is spelled out
    assert "\u202e" not in text and "[U+202E]gnp.exe[U+202C]" in text
    # an emoji the font draws is found again by copy and search (not as "ὠ")
    assert "😀" in text and "\u1f60" not in text
    assert "\x00" not in text


# A stream's bytes (compressed fonts and pages) can hold "/JS" by chance; an action is a
# dictionary key outside every stream, a name followed by a delimiter.
_STREAM = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)


def _pdf_names(raw: bytes) -> set[bytes]:
    return set(re.findall(rb"/([A-Za-z]+)(?=[\s/<>\[\]()])", _STREAM.sub(b"stream endstream", raw)))


def test_pdf_names_outside_streams_are_found() -> None:
    raw = b"<< /Type /Annot /A << /S /JavaScript /JS (x) >> >>\nstream\n/URI /Launch \nendstream"
    assert {b"JavaScript", b"JS", b"Annot"} <= _pdf_names(raw)
    assert b"URI" not in _pdf_names(raw)


def test_pdf_has_no_links_or_actions_from_case_data(pdf: Path) -> None:
    names = _pdf_names(pdf.read_bytes())  # the names are in outline titles as text, never in an action
    assert b"Outlines" in names  # the parse sees the document's dictionaries
    for action in (b"URI", b"Launch", b"JavaScript", b"JS", b"SubmitForm", b"EmbeddedFile", b"GoToR"):
        assert action not in names, action


# -- DOCX ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def docx(hostile: tuple[Case, HostileCase], tmp_path_factory: pytest.TempPathFactory) -> Path:
    case, _ = hostile
    out = tmp_path_factory.mktemp("docx") / "pack.docx"
    briefing.render_pack(case, REQUEST, out, "docx")
    return out


def _docx_text(path: Path) -> str:
    from docx import Document

    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    for section in doc.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def test_docx_opens_and_shows_every_hostile_value_literally(docx: Path) -> None:
    text = _docx_text(docx)
    flat = _squash(text)
    for key, value in _short_values().items():
        assert _squash(printed(value)) in flat, key
    assert _squash(HOSTILE["long"]) in flat
    assert "\u202e" not in text and "[U+202E]gnp.exe[U+202C]" in text
    assert "😀" in text  # Word has font fallback: emoji stay emoji


def test_docx_has_no_fields_links_or_parts_from_case_data(docx: Path) -> None:
    with zipfile.ZipFile(docx) as z:
        names = z.namelist()
        xml = {n: z.read(n).decode("utf-8") for n in names if n.endswith((".xml", ".rels"))}
    everything = "\n".join(xml.values())
    # our own fields only: the table of contents and page numbers
    instructions = re.findall(r"<w:instrText[^>]*>([^<]*)<", everything)
    instructions += re.findall(r'<w:fldSimple w:instr="([^"]*)"', everything)
    assert {i.split()[0] for i in instructions} <= {"TOC", "PAGE", "NUMPAGES"}, instructions
    assert "<w:hyperlink" not in everything
    assert "example.invalid" not in "\n".join(v for n, v in xml.items() if n.endswith(".rels"))
    assert not any("INCLUDEPICTURE" in i or "HYPERLINK" in i for i in instructions)
    # the RED recipient's name is the watermark's text attribute, escaped
    marks = [v for v in xml.values() if "CasebenchWatermark" in v]
    assert marks and all("&lt;img src=" in m and "<img" not in m for m in marks)
    # the formula and field texts are plain runs, escaped in the XML
    assert "&lt;w:fldSimple" in xml["word/document.xml"]
    for key in FORMULA_KEYS:
        assert clean_text(HOSTILE[key]).replace("&", "&amp;").replace('"', "&quot;") in \
            xml["word/document.xml"].replace("'", "&apos;") or HOSTILE[key] in _docx_text(docx), key


# -- SVG -------------------------------------------------------------------------------------

def _svg_checks(path: Path) -> list[str]:
    """Parse as XML and return its texts; refuse active or remote elements and handlers."""
    root = ET.parse(path).getroot()  # raises on NUL and unescaped markup
    tags = {el.tag.rsplit("}", 1)[-1] for el in root.iter()}
    assert not tags & {"image", "a", "script", "foreignObject", "iframe", "use"}, tags
    for el in root.iter():
        assert not [a for a in el.attrib if a.lower().startswith("on")], el.attrib
        assert not [v for k, v in el.attrib.items() if k.endswith("href")], el.attrib
    return ["".join(el.itertext()) for el in root.iter() if el.tag.endswith("text")]


def test_chart_svg_is_well_formed_and_shows_names_as_text(hostile: tuple[Case, HostileCase],
                                                         tmp_path: Path) -> None:
    case, made = hostile
    out = charts.export_chart(case, charts.chart_model(case, made.chart), tmp_path / "chart.svg").path
    texts = _svg_checks(out)
    joined = "\n".join(texts)
    assert "<img" in joined and "<script>" in joined  # the names, as text
    assert "\x00" not in joined and "\u202e" not in joined
    assert any(t.startswith("NulByte") for t in texts)


def test_timeline_svg_is_well_formed_and_shows_names_as_text(hostile: tuple[Case, HostileCase],
                                                            tmp_path: Path) -> None:
    case, _ = hostile
    for lanes in ("kind", "entity"):
        out = charts.export_timeline(case, tmp_path / f"timeline-{lanes}.svg", lanes=lanes).path
        joined = "\n".join(_svg_checks(out))
        assert "<img" in joined and "\u202e" not in joined


def test_chart_png_renders(hostile: tuple[Case, HostileCase], tmp_path: Path) -> None:
    case, made = hostile
    out = charts.export_chart(case, charts.chart_model(case, made.chart), tmp_path / "chart.png").path
    assert out.read_bytes().startswith(b"\x89PNG")


# -- FtM, STIX, CASE: data exports carry the values exactly ----------------------------------

def test_ftm_export_carries_values_exactly_and_is_valid(hostile: tuple[Case, HostileCase],
                                                        tmp_path: Path) -> None:
    followthemoney = pytest.importorskip("followthemoney")
    case, made = hostile
    out = tmp_path / "h.ftm.json"
    interop.export_ftm(case, out, EVERYTHING)
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    by_id = {d["id"]: d for d in lines}
    for key, eid in made.persons.items():
        assert by_id[eid]["properties"]["name"] == [without_controls(HOSTILE[key])], key
        followthemoney.model.get_proxy(by_id[eid], cleaned=False)  # the schema accepts it
    # and casebench reads it back to the same values
    other = create_case(tmp_path / "Other.casebench", PASSPHRASE, user="p", title="Other",
                        default_tlp="AMBER")
    try:
        back = interop.import_ftm(other, out)
        assert back.refused_lines == 0
        for key, eid in made.persons.items():
            assert es.get(other, eid).first("name") == without_controls(HOSTILE[key]), key
    finally:
        other.close()


def test_stix_export_carries_values_exactly_and_parses_strictly(hostile: tuple[Case, HostileCase],
                                                                tmp_path: Path) -> None:
    stix2 = pytest.importorskip("stix2")
    case, _ = hostile
    out = tmp_path / "h.stix.json"
    interop.export_stix(case, out, EVERYTHING)
    parsed = stix2.parse(out.read_text("utf-8"), allow_custom=False)
    names = {getattr(o, "name", None) for o in parsed.objects if o.type == "identity"}
    assert {without_controls(v) for v in HOSTILE.values()} <= names
    validator = pytest.importorskip("stix2validator")
    results = validator.validate_file(str(out), validator.ValidationOptions(strict=True))
    assert results.is_valid, [e.message for r in results.object_results for e in r.errors][:5]


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_case_uco_export_carries_values_exactly(hostile: tuple[Case, HostileCase], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    case, made = hostile
    out = tmp_path / "h.jsonld"
    interop.export_case_uco(case, out, EVERYTHING, exhibits=(made.exhibit,))
    doc = json.loads(out.read_text("utf-8"))
    strings = set()

    def walk(v: object) -> None:
        if isinstance(v, str):
            strings.add(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(doc["@graph"])
    for key in ("long", "rtl", "emoji", "formula", "markup"):
        assert any(without_controls(HOSTILE[key]) in s for s in strings), key
    assert not [s for s in strings if "\x00" in s]
    rdflib = pytest.importorskip("rdflib")
    graph = rdflib.Graph().parse(data=out.read_text("utf-8"), format="json-ld")
    assert any(HOSTILE["markup"] in str(o) for o in graph.objects())
    case_validate = pytest.importorskip("case_utils.case_validate")

    def refuse(*_a: object, **_k: object) -> None:
        raise OSError("case_validate tried to reach the network")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    result = case_validate.validate(str(out))
    assert result.conforms, result.text


# -- bundles ---------------------------------------------------------------------------------

def test_bundle_round_trip_keeps_the_exact_strings(pair: tuple[Bench, Bench],  # noqa: F811
                                                   tmp_path: Path) -> None:
    from tests.exchange.test_roundtrip import do_import, export

    from casebench.services.bundles import Selection

    a, b = pair
    made = fill(a.case)
    res = export(a, b, tmp_path / "h.cbx", Selection(entity_ids=list(made.persons.values()),
                                                     neighbours=True, exhibits=[made.exhibit]))
    do_import(b, res.paths[0])
    for key, eid in made.persons.items():
        theirs = es.get(b.case, eid)
        # exact, except the control characters a bundle may not carry (bundle-format §4.1)
        sent = without_controls(HOSTILE[key])
        assert theirs.first("name") == sent, key
        assert theirs.first("notes") == sent, key
    mine = evidence.get_exhibit(a.case, made.exhibit)
    theirs_ex = [x for x in evidence.list_exhibits(b.case) if x.reference.endswith(mine.reference)]
    assert theirs_ex and theirs_ex[0].description == HOSTILE["long"]
    # and back: the partner's copy of a value without its control characters is the same
    # statement, not a second one nor a conflict
    def count(bench: Bench) -> int:
        return int(bench.case.conn.execute("SELECT count(*) FROM statements").fetchone()[0])

    before = count(a)
    back = export(b, a, tmp_path / "back.cbx", Selection(entity_ids=list(made.persons.values())))
    result = do_import(a, back.paths[0])
    assert result.statements_new == 0 and count(a) == before
    assert es.get(a.case, made.persons["nul"]).first("name") == HOSTILE["nul"]


# -- lone surrogates: refused plainly where they would be stored -----------------------------

def test_lone_surrogates_are_refused_plainly(hostile: tuple[Case, HostileCase]) -> None:
    case, made = hostile
    with pytest.raises(InvalidInput, match="broken character"):
        es.add_entity(case, es.EntityDraft("Person", [("name", LONE_SURROGATE)]))
    with pytest.raises(InvalidInput, match="broken character"):
        es.add_entity(case, es.EntityDraft("Person", [("name", "x")], tags=[LONE_SURROGATE]))
    with pytest.raises(InvalidInput, match="broken character"):
        evidence.add_custody(case, made.exhibit, CustodyDraft(event="examine", notes=LONE_SURROGATE))


def test_custody_refuses_control_characters(hostile: tuple[Case, HostileCase]) -> None:
    """The custody log is permanent and hash-chained: a NUL could never be sent to a partner."""
    case, made = hostile
    before = evidence.custody_events(case, made.exhibit)
    with pytest.raises(InvalidInput, match=r"custody notes holds a control character \(U\+0000\)"):
        evidence.add_custody(case, made.exhibit, CustodyDraft(event="examine", notes=HOSTILE["nul"]))
    assert evidence.custody_events(case, made.exhibit) == before


@pytest.mark.parametrize("reference", [HOSTILE["rtl"], HOSTILE["nul"], HOSTILE["long"]])
def test_exhibit_references_bundles_refuse_are_refused_at_entry(hostile: tuple[Case, HostileCase],
                                                                  reference: str) -> None:
    """Otherwise every bundle holding the exhibit would be refused whole by the partner."""
    case, _ = hostile
    with pytest.raises(InvalidInput, match="reference"):
        evidence.add_exhibit(case, ExhibitDraft(reference=reference))


def test_ftm_import_with_a_lone_surrogate_does_not_crash(case: Case, tmp_path: Path) -> None:
    path = tmp_path / "broken.ftm.json"
    path.write_text(json.dumps({"id": "p-1", "schema": "Person", "properties": {"name": ["Bad\\ud800"]}})
                    .replace("\\\\ud800", "\\ud800") + "\n"
                    + json.dumps({"id": "p-2", "schema": "Person", "properties": {"name": ["Good"]}}) + "\n")
    report = interop.import_ftm(case, path)  # the broken line is left out, the rest imported
    assert es.get(case, "p-2").first("name") == "Good"
    assert report.refused_lines == 1
    assert report.problems == ["line 1 holds a broken character (U+D800); line left out"]


def test_evidence_file_with_a_bidi_name_can_be_sent(pair: tuple[Bench, Bench],  # noqa: F811
                                                    tmp_path: Path) -> None:
    """A seized file named "invoice\\u202efdp.exe" is evidence like any other: the bundle
    holding it is not refused by the partner, and its content arrives intact."""
    from tests.exchange.test_roundtrip import do_import, export

    from casebench.services.bundles import Selection

    a, b = pair
    folder = tmp_path / "seized"
    folder.mkdir()
    (folder / "invoice\u202efdp.exe").write_bytes(b"not really an exe\n")
    (folder / "nul\x07bell.txt").write_bytes(b"bell\n")
    ex = evidence.add_exhibit(a.case, ExhibitDraft(reference="EX-BIDI", type="data"))
    evidence.intake(a.case, ex, [folder])
    res = export(a, b, tmp_path / "bidi.cbx", Selection(exhibits=[ex]))
    do_import(b, res.paths[0])
    mine = {f.sha256 for f in evidence.content_files(a.case, ex)}
    theirs = next(x for x in evidence.list_exhibits(b.case) if x.reference.startswith("EX-BIDI"))
    names = {f.name for f in evidence.content_files(b.case, theirs.id)}
    assert {f.sha256 for f in evidence.content_files(b.case, theirs.id)} == mine
    assert names == {"invoice[U+202E]fdp.exe", "nulbell.txt"}  # spelled out, as printed


def test_a_partner_bundle_with_a_lone_surrogate_is_refused_plainly(pair: tuple[Bench, Bench],  # noqa: F811
                                                                  tmp_path: Path) -> None:
    """json.dumps writes a lone surrogate as the ASCII escape "\\ud800": valid JSON, no text."""
    from tests.exchange.conftest import ID_PASS
    from tests.exchange.craft import PERSON, Parts, encrypt, stmt, tar_bytes

    from casebench.exchange.errors import BundleError
    from casebench.services import bundles

    a, b = pair
    parts = Parts(a.identity)
    parts.statements = [stmt("s-name-1", PERSON, "name", LONE_SURROGATE)]
    parts.entities = parts.entities[:1]
    path = tmp_path / "surrogate.cbx"
    path.write_bytes(encrypt(tar_bytes(parts.members()), [b.identity.age_recipient]))
    before = b.case.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    with pytest.raises((BundleError, InvalidInput)) as refused:
        bundles.import_bundle(b.case, path, identity=b.identity, partners=b.partners,
                              identity_passphrase=ID_PASS)
    assert "U+D800" in str(refused.value) or "surrogate" in str(refused.value), str(refused.value)
    assert b.case.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == before


@pytest.mark.parametrize("key", ["long", "markup", "rtl", "nul", "emoji"])
def test_pack_file_names_from_a_hostile_title_are_safe(tmp_path: Path, key: str) -> None:
    """The window's Print names the files after the case title: never a path, never too long."""
    folder = tmp_path / "out"
    folder.mkdir()
    case = create_case(tmp_path / "t.casebench", PASSPHRASE, user="t", title=HOSTILE[key],
                       default_tlp="AMBER")
    try:
        es.add_entity(case, es.EntityDraft("Person", [("name", "Ana")]))
        paths = briefing.print_packs(case, briefing.PackRequest(), folder, ["pdf"])
    finally:
        case.close()
    assert [p.parent for p in paths] == [folder] and paths[0].is_file()
    name = paths[0].name
    assert len(name.encode("utf-8")) <= 255 and not re.search(r"[/\\\x00-\x1f\u202e<>]", name)
