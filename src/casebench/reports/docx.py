"""The Word edition of a briefing pack (python-docx): same blocks as the PDF, editable.

Word styles carry the structure (Title, Heading 1–3, List Number, List Bullet, a
"Pack Table" table style), so the recipient's Word can rebuild the table of contents:
the TOC is a real ``TOC \\o "1-2"`` field, and the document asks Word to update
fields on opening. Header and footer carry the markings: originator, case reference,
handling codes, the TLP label right-aligned in its colour on black, version and date,
and "page PAGE / NUMPAGES" as fields. RED packs with a named recipient get a VML
text watermark (the same markup Word writes for Design › Watermark).

Tables are built row by row with ``add_row()`` and filled from ``row.cells`` — never
``table.cell(r, c)``, which walks the whole table on every call. Column widths are
set once on the grid and copied into each new row by python-docx.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from copy import deepcopy
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from casebench.domain.handling import TLP
from casebench.domain.progress import Cancelled, OperationCancelled, Progress
from casebench.reports import content, labels
from casebench.reports.chart_render import chart_drawing_planned, drawing_to_png, timeline_drawing
from casebench.reports.fonts import pack_fonts
from casebench.reports.pack import BriefingPack
from casebench.reports.sanitize import clean, short
from casebench.store.atomic import atomic_writer

log = logging.getLogger(__name__)


TEXT_WIDTH_CM = 17.4  # A4 minus 1.8 cm margins
# The network chart has a landscape section of its own, as in the PDF pack: wider than
# tall, like most charts, and readable at print size.
LAND_TEXT_WIDTH_CM = 29.7 - 2 * 1.8
LAND_CHART_HEIGHT_CM = 21.0 - 2.4 - 2.0 - 2.2  # the page's text height, less the heading above it
HEAD_FILL = "333333"


def _tlp_run(paragraph: Any, tlp: TLP, size: float = 12) -> None:
    run = paragraph.add_run(f" {tlp.label} ")
    run.bold = True
    run.font.size = Pt(size)
    run.font.color.rgb = RGBColor.from_string(tlp.colour.lstrip("#"))
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "000000")
    run._r.get_or_add_rPr().append(shd)


def _field(paragraph: Any, instruction: str, placeholder: str = "1") -> None:
    """A complex field (begin / instrText / separate / result / end)."""

    def fld(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)

    fld("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    fld("separate")
    paragraph.add_run(placeholder)
    fld("end")


def _text_run(text: str) -> Any:
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def _cell_run(text: str, rpr: Any | None) -> Any:
    """One run holding ``text`` (line breaks and tabs as Word's own elements), formatted
    with a copy of ``rpr`` when given."""
    run = OxmlElement("w:r")
    if rpr is not None:
        run.append(deepcopy(rpr))
    for n, line in enumerate(text.split("\n")):
        if n:
            run.append(OxmlElement("w:br"))
        for m, part in enumerate(line.split("\t")):
            if m:
                run.append(OxmlElement("w:tab"))
            if part:
                t = OxmlElement("w:t")
                t.set(qn("xml:space"), "preserve")
                t.text = part
                run.append(t)
    return run


def _set_cell_fill(cell: Any, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


_WATERMARK = (
    "<w:r {ns}><w:pict>"
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas>'
    '<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
    '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
    '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>'
    '<v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/>'
    "</v:shapetype>"
    '<v:shape id="CasebenchWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:88pt;'
    "rotation:315;z-index:-251657216;mso-position-horizontal:center;"
    "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#FF2B2B" stroked="f">'
    '<v:fill opacity=".18"/>'
    '<v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string={text}/>'
    "</v:shape></w:pict></w:r>"
)


def _watermark(paragraph: Any, text: str) -> None:
    ns = (
        nsdecls("w")
        + ' xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
    )
    paragraph._p.append(parse_xml(_WATERMARK.format(ns=ns, text=quoteattr(text))))


_APP_XML = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    b"<Application>casebench</Application><DocSecurity>0</DocSecurity></Properties>"
)


def _alt_text(paragraph: Any, text: str) -> None:
    """Alternative text on the paragraph's pictures, read out by screen readers."""
    for doc_pr in paragraph._p.iter(qn("wp:docPr")):
        doc_pr.set("descr", text)
        doc_pr.set("title", text)


def _bookmark(tag: str, name: str) -> Any:
    """Start or end of the bookmark over one language's part (``cbPart<n>_<lang>``); its
    id is derived from the part number, away from any id python-docx hands out."""
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(9000 + int(name.removeprefix("cbPart").split("_")[0])))
    if tag == "w:bookmarkStart":
        el.set(qn("w:name"), name)
    return el


def _mark_language(elements: Sequence[Any], tag: str) -> None:
    """Spelling language on every run of a later language of a bilingual pack (the
    document default is the first language's)."""
    for top in elements:
        for r in top.iter(qn("w:r")):
            rpr = r.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                r.insert(0, rpr)
            lang = OxmlElement("w:lang")
            lang.set(qn("w:val"), tag)
            rpr.append(lang)


class _Writer:
    def __init__(self, pack: BriefingPack) -> None:
        self.pack = pack
        self.lang = pack.language
        self.doc = Document()
        self.fonts = pack_fonts()
        self.style_ids: dict[str, str] = {}
        self.landscape = False  # the section being written is landscape (the chart's)
        self.chart_drawn = False  # the chart is on it: what comes next goes on portrait pages
        self._setup()

    # document set-up ------------------------------------------------------------------
    def _setup(self) -> None:
        doc, pack = self.doc, self.pack
        defaults = doc.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
        if rpr is not None:
            for tag in ("w:sz", "w:szCs"):
                el = rpr.find(qn(tag))
                if el is None:
                    el = OxmlElement(tag)
                    rpr.append(el)
                el.set(qn("w:val"), "20")
        if rpr is not None:
            self._language(rpr)
        table_style = doc.styles.add_style("Pack Table", WD_STYLE_TYPE.TABLE)
        table_style.base_style = doc.styles["Table Grid"]
        table_style.font.size = Pt(8)
        pf = table_style.paragraph_format
        pf.space_after = Pt(0)
        pf.space_before = Pt(0)
        self.table_style = table_style
        sec = doc.sections[0]
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(1.8)
        sec.top_margin, sec.bottom_margin = Cm(2.4), Cm(2.0)
        sec.header_distance = sec.footer_distance = Cm(0.9)
        props = doc.core_properties
        props.title = f"{pack.operation} — {pack.forum.name}"
        props.author = pack.originator
        props.subject = f"{pack.tlp.label} {pack.case_reference}"
        props.keywords = pack.tlp.label
        props.comments = f"casebench briefing pack {pack.options.version}"
        # python-docx's template carries a 2013 date, "python-docx" as last editor and
        # "Microsoft Macintosh Word" as application: none of that is this pack.
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        props.created = props.modified = now
        props.last_modified_by = pack.originator
        props.revision = 1
        props.language = labels.LANGUAGE_TAGS[pack.language]
        props.category = labels.text(pack.language, "briefing_pack")
        for part in doc.part.package.parts:
            if str(part.partname) == "/docProps/app.xml":
                part._blob = _APP_XML
        settings = doc.settings.element
        upd = OxmlElement("w:updateFields")
        upd.set(qn("w:val"), "true")
        settings.append(upd)
        self._header_footer(sec)

    def _language(self, rpr: Any) -> None:
        """Spelling and hyphenation language: the pack's, not the template's en-US."""
        tag = labels.LANGUAGE_TAGS[self.lang]
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        for el in self.doc.styles.element.iter(qn("w:lang")):
            el.set(qn("w:val"), tag)
            el.set(qn("w:eastAsia"), tag)

    def _header_footer(self, sec: Any, width_cm: float = TEXT_WIDTH_CM) -> None:
        pack = self.pack
        right = Cm(width_cm)
        header = sec.header.paragraphs[0]
        footer = sec.footer.paragraphs[0]
        if width_cm != TEXT_WIDTH_CM:  # the styles' stops (portrait) would catch the tabs first
            for para, style in ((header, "Header"), (footer, "Footer")):
                for stop in self.doc.styles[style].paragraph_format.tab_stops:
                    para.paragraph_format.tab_stops.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        header.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        run = header.add_run(content.header_left(pack))
        run.font.size = Pt(8)
        header.add_run("\t")
        _tlp_run(header, pack.tlp)
        if pack.watermark:
            _watermark(header, pack.watermark)
            line = sec.header.add_paragraph()
            r = line.add_run(f"{labels.text(self.lang, 'prepared_for')}: {pack.watermark}")
            r.font.size = Pt(8)
            r.italic = True
        stops = footer.paragraph_format.tab_stops
        stops.add_tab_stop(Cm(width_cm / 2), WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        footer.add_run(content.footer_left(pack)).font.size = Pt(8)
        footer.add_run("\t")
        pattern = labels.text(self.lang, "page_of", page="\x00", total="\x01")
        before, _, rest = pattern.partition("\x00")
        middle, _, after = rest.partition("\x01")
        footer.add_run(before)
        _field(footer, "PAGE", "1")
        footer.add_run(middle)
        _field(footer, "NUMPAGES", "1")
        if after:
            footer.add_run(after)
        footer.add_run("\t")
        _tlp_run(footer, pack.tlp)

    # blocks ---------------------------------------------------------------------------
    def cover(self) -> None:
        doc, pack, lang = self.doc, self.pack, self.lang
        doc.add_paragraph(labels.text(lang, "briefing_pack"), style="Subtitle")
        doc.add_paragraph(short(pack.operation), style="Title")
        doc.add_paragraph(short(pack.forum.name), style="Subtitle")
        _tlp_run(doc.add_paragraph(), pack.tlp, size=20)
        rows = content.cover_rows(pack)
        self.key_values(rows)
        note = content.withheld_note(pack)
        if note:
            doc.add_paragraph().add_run(note).italic = True
        if pack.tlp is TLP.RED:
            doc.add_paragraph().add_run(labels.text(lang, "red_notice")).italic = True
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def styled(self, text: str, style: str | None) -> Any:
        """``doc.add_paragraph(text, style)`` with the style id looked up once: python-docx
        looks the style up by name (an XPath over every style) for each paragraph."""
        para = self.doc.add_paragraph(text)
        if style:
            if style not in self.style_ids:
                self.style_ids[style] = self.doc.styles[style].style_id
            para._p.style = self.style_ids[style]
        return para

    def start_part(self, pack: BriefingPack) -> None:
        """The next language of a bilingual pack: a new section (new page) whose header
        and footer are in that language; page numbers run on over the whole document."""
        self.pack, self.lang = pack, pack.language
        self.section(landscape=False)

    def section(self, *, landscape: bool) -> Any:
        """A new section on a new page, portrait or landscape, with its own header and
        footer (the marking at the right edge of that page's width)."""
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        short_side, long_side = Cm(21.0), Cm(29.7)
        sec.page_width, sec.page_height = (long_side, short_side) if landscape else (short_side, long_side)
        sec.header.is_linked_to_previous = False
        sec.footer.is_linked_to_previous = False
        self._header_footer(sec, LAND_TEXT_WIDTH_CM if landscape else TEXT_WIDTH_CM)
        tag = labels.LANGUAGE_TAGS[self.lang]
        _mark_language([sec.header._element, sec.footer._element], tag)
        self.landscape, self.chart_drawn = landscape, False
        return sec

    def toc(self, headings: list[content.Heading], bookmark: str = "") -> None:
        """The TOC field, pre-filled with the section titles.

        Word rebuilds the field (page numbers included) when it updates fields on
        opening; LibreOffice and viewers show the field's stored result, which used to
        be a single "update the field" note, i.e. an empty contents page.
        """
        doc = self.doc
        doc.add_paragraph(labels.text(self.lang, "contents"), style="TOC Heading")
        para = doc.add_paragraph()
        entries = [h for h in headings if h.level == 1] or []
        # \b: only the headings inside the bookmark, i.e. this language's part of the pack
        _field(para, 'TOC \\o "1-2" \\h \\z \\u' + (f" \\b {bookmark}" if bookmark else ""), "")
        # the result sits between "separate" and "end": one line per section
        end = para.runs[-1]._r
        for i, h in enumerate(entries):
            run = OxmlElement("w:r")
            if i:
                run.append(OxmlElement("w:br"))
            text = OxmlElement("w:t")
            text.set(qn("xml:space"), "preserve")
            text.text = h.text
            run.append(text)
            end.addprevious(run)
        if not entries:
            end.addprevious(_text_run(labels.text(self.lang, "toc_note")))
        brk = doc.add_paragraph()
        brk.add_run().add_break(WD_BREAK.PAGE)
        if bookmark:
            brk._p.append(_bookmark("w:bookmarkStart", bookmark))

    def end_part(self, bookmark: str) -> None:
        self.doc.add_paragraph()._p.append(_bookmark("w:bookmarkEnd", bookmark))

    def _new_table(self, cols: int, widths: Sequence[float]) -> Any:
        table = self.doc.add_table(rows=0, cols=cols)
        # the style id straight into tblPr: python-docx's ``table.style =`` scans every
        # style of the document to rule out the default one, on each of hundreds of tables
        table._tbl.tblPr.style = self.table_style.style_id
        table.autofit = False
        for col, w in zip(table.columns, widths, strict=False):
            col.width = Cm(w * TEXT_WIDTH_CM)
        return table

    def _rows(self, table: Any, rows: Sequence[Sequence[str]], *, bold: Sequence[int] = (),
              mono: Sequence[int] = (), right: Sequence[int] = ()) -> None:
        """Append ``rows`` to ``table``: copies of one empty row made by python-docx (cell
        widths set), filled with one run per cell. ``add_row()`` and ``cell.text`` cost
        a few milliseconds per cell, which made Word packs twice as slow as plain ones."""
        template = table.add_row()._tr
        table._tbl.remove(template)
        for i, tc in enumerate(template.tc_lst):
            if i in right:
                tc.p_lst[0].get_or_add_pPr().jc_val = WD_ALIGN_PARAGRAPH.RIGHT
        props: list[Any] = []
        for i in range(len(template.tc_lst)):
            rpr = OxmlElement("w:rPr") if i in bold or i in mono else None
            if rpr is not None and i in mono:
                fonts = OxmlElement("w:rFonts")
                for attr in ("w:ascii", "w:hAnsi", "w:cs"):
                    fonts.set(qn(attr), "Consolas")
                rpr.append(fonts)
            if rpr is not None and i in bold:
                rpr.append(OxmlElement("w:b"))
            if rpr is not None and i in mono:
                size = OxmlElement("w:sz")
                size.set(qn("w:val"), "13")  # half-points: 6.5 pt
                rpr.append(size)
            props.append(rpr)
        tbl = table._tbl
        for values in rows:
            tr = deepcopy(template)
            for tc, value, rpr in zip(tr.tc_lst, values, props, strict=False):
                tc.p_lst[0].append(_cell_run(value, rpr))
            tbl.append(tr)

    def key_values(self, rows: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> None:
        table = self._new_table(2, (0.3, 0.7))
        self._rows(table, rows, bold=(0,))

    def table(self, block: content.Table) -> None:
        table = self._new_table(len(block.columns), block.widths)
        head = table.add_row()
        tr_pr = head._tr.get_or_add_trPr()
        rep = OxmlElement("w:tblHeader")
        tr_pr.append(rep)  # repeat the header row on every page
        for cell, title in zip(head.cells, block.columns, strict=False):
            cell.text = title
            run = cell.paragraphs[0].runs[0]
            run.bold = True
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            _set_cell_fill(cell, HEAD_FILL)
        self._rows(table, block.rows, mono=sorted(block.mono), right=sorted(block.right))
        self.doc.add_paragraph()

    def profile(self, block: content.Profile) -> None:
        if block.photo:
            try:
                para = self.doc.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                para.add_run().add_picture(io.BytesIO(block.photo), width=Cm(2.4))
                _alt_text(para, labels.text(self.lang, "photo"))
            except Exception:  # a damaged photo must not stop the pack
                log.warning("a profile photo could not be read and was left out")
        self.key_values(block.rows)

    def picture(self, drawing: Any, alt: str = "", width_cm: float = TEXT_WIDTH_CM) -> None:
        png = drawing_to_png(drawing, self.fonts)
        if png is None:
            self.doc.add_paragraph(labels.text(self.lang, "chart_missing")).runs[0].italic = True
            return
        self.doc.add_picture(io.BytesIO(png), width=Cm(width_cm))
        _alt_text(self.doc.paragraphs[-1], alt)

    def blocks(self, blocks: list[content.Block], tick: Callable[[int], None]) -> None:
        lang = self.lang
        width_pt = TEXT_WIDTH_CM / 2.54 * 72
        for i, b in enumerate(blocks):
            tick(i)
            if self.chart_drawn:  # what follows the chart is back on portrait pages
                self.section(landscape=False)
            if isinstance(b, content.Heading):
                if i + 1 < len(blocks) and isinstance(blocks[i + 1], content.ChartBlock):
                    self.section(landscape=True)  # the chart's heading starts its landscape page
                self.styled(b.text, f"Heading {b.level}")
            elif isinstance(b, content.Para):
                style = {"numbered": "List Number", "bullet": "List Bullet"}.get(b.style)
                para = self.styled(b.text, style)
                if b.style == "note" and para.runs:
                    para.runs[0].italic = True
            elif isinstance(b, content.Table):
                self.table(b)
            elif isinstance(b, content.Profile):
                self.profile(b)
            elif isinstance(b, content.ChartBlock):
                if not self.landscape:  # a chart without its heading
                    self.section(landscape=True)
                drawing, _plan = chart_drawing_planned(b.chart, LAND_TEXT_WIDTH_CM / 2.54 * 72, lang, self.fonts,
                                                       height=LAND_CHART_HEIGHT_CM / 2.54 * 72,
                                                       notes=b.notes)
                self.picture(drawing, labels.text(lang, "network"), LAND_TEXT_WIDTH_CM)
                self.chart_drawn = True
            elif isinstance(b, content.TimelineBlock):
                self.picture(timeline_drawing(b.timeline, width_pt, lang, self.fonts),
                             labels.text(lang, "timeline"))


def render_docx(
    pack: BriefingPack,
    out_path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    then: Sequence[BriefingPack] = (),
) -> None:
    """Write ``pack`` as a .docx at ``out_path`` (atomically); see ``render_pdf``.

    ``then``: the same pack in other languages, one after the other: each in its own
    Word section (header and footer in its words), with its own cover and contents
    (a TOC field limited to that language's part by a bookmark).
    """
    packs = [clean(p) for p in (pack, *then)]
    parts = [content.build_blocks(p) for p in packs]
    total = sum(len(b) for b in parts) + 2
    base = 0

    def tick(i: int) -> None:
        if cancelled is not None and cancelled():
            raise OperationCancelled("printing the briefing pack")
        if progress is not None and i % 10 == 0:
            progress(base + i + 1, total, "")

    tick(-1)
    writer = _Writer(packs[0])
    body = writer.doc.element.body
    bilingual = len(packs) > 1
    for n, (part, blocks) in enumerate(zip(packs, parts, strict=True)):
        mark = f"cbPart{n}_{part.language}" if bilingual else ""
        if n:
            writer.start_part(part)
        first = len(body)
        writer.cover()
        writer.toc([b for b in blocks if isinstance(b, content.Heading)], mark)
        writer.blocks(blocks, tick)
        if mark:
            writer.end_part(mark)
        if n:
            _mark_language(list(body)[first - 1:], labels.LANGUAGE_TAGS[part.language])
        base += len(blocks)
    # a last look at Cancel before the file is written; -1 reports no progress (base is
    # already past the last part, and a count of blocks that is a multiple of 10 would
    # have reported beyond the total)
    tick(-1)
    with atomic_writer(Path(out_path)) as fh:
        writer.doc.save(fh)
    if progress is not None:
        progress(total, total, "done")
