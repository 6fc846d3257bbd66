"""The PDF edition of a briefing pack (reportlab platypus).

Single layout pass. "Page x of y" and the page numbers in the table of contents are
PDF form XObjects that every page references by name and that are defined once, at
the end, when the numbers are known (reportlab allows a form to be used before it is
defined). This gives the same result as a two-pass ``multiBuild`` at half the cost,
which keeps a 200-page pack within 2x of a plain reportlab document. The TOC's own
length is known in advance (its entries are the headings we are about to print), so
no page moves after the numbers are filled in.

Every page carries: a header with originator, case reference and handling codes and
the TLP label right-aligned in its TLP 2.0 colour on black (12 pt bold); a footer with
version and date, "page x / y" and the TLP label again; on RED packs with a named
recipient, the recipient's name as a watermark across the page.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from casebench.domain.drawing import Chart
from casebench.domain.handling import TLP
from casebench.domain.progress import Cancelled, OperationCancelled, Progress
from casebench.reports import content, labels
from casebench.reports.chart_render import ChartPlan, chart_drawing_planned, timeline_drawing
from casebench.reports.fonts import FontSet, font_glyphs, pack_fonts
from casebench.reports.pack import BriefingPack
from casebench.reports.sanitize import clean, glyph_filter, short
from casebench.store.atomic import atomic_writer

log = logging.getLogger(__name__)


PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_W = PAGE_W - 2 * MARGIN_X
FRAME_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
# The network chart has a landscape page of its own (wider than tall, like most charts).
LAND_W, LAND_H = landscape(A4)
LAND_FRAME_W = LAND_W - 2 * MARGIN_X
LAND_FRAME_H = LAND_H - MARGIN_TOP - MARGIN_BOTTOM
CHART_HEADING_H = 34.0  # the section heading above the chart on that page
TLP_SIZE = 12
TOC_MAX_SUBENTRIES = 80  # beyond this many level-2 headings the TOC lists sections only
TOTAL_FORM = "cbPageTotal"
ACCENT = colors.HexColor("#1F3A5F")
RULE = colors.HexColor("#999999")


def _esc(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


class Styles:
    """Paragraph styles for one font set."""

    def __init__(self, f: FontSet) -> None:
        base = ParagraphStyle("body", fontName=f.regular, fontSize=9.5, leading=13, spaceAfter=5)
        self.fonts = f
        self.body = base
        self.h = {
            1: ParagraphStyle("h1", base, fontName=f.bold, fontSize=16, leading=20, spaceBefore=14,
                              spaceAfter=8, textColor=ACCENT, keepWithNext=1),
            2: ParagraphStyle("h2", base, fontName=f.bold, fontSize=12.5, leading=16, spaceBefore=10,
                              spaceAfter=5, textColor=ACCENT, keepWithNext=1),
            3: ParagraphStyle("h3", base, fontName=f.bold, fontSize=10.5, leading=13, spaceBefore=8,
                              spaceAfter=3, keepWithNext=1),
        }  # fmt: skip
        self.bullet = ParagraphStyle("bullet", base, leftIndent=14, bulletIndent=3)
        self.note = ParagraphStyle("note", base, fontName=f.italic, fontSize=8.5, leading=11,
                                   textColor=colors.HexColor("#444444"))  # fmt: skip
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=10, spaceAfter=0)
        self.cell_right = ParagraphStyle("cellr", self.cell, alignment=TA_RIGHT)
        self.cell_mono = ParagraphStyle(
            "cellm", self.cell, fontName=f.mono, fontSize=6.6, leading=8.5
        )
        self.head = ParagraphStyle("head", self.cell, fontName=f.bold, textColor=colors.white)
        self.label = ParagraphStyle("label", self.cell, fontName=f.bold, fontSize=8.5, leading=11)
        self.value = ParagraphStyle("value", self.cell, fontSize=8.5, leading=11)
        self.title = ParagraphStyle("title", base, fontName=f.bold, fontSize=26, leading=32,
                                    textColor=ACCENT, spaceAfter=6)  # fmt: skip
        self.subtitle = ParagraphStyle("subtitle", base, fontSize=14, leading=18, spaceAfter=18,
                                       textColor=colors.HexColor("#444444"))  # fmt: skip
        self.toc = {1: ParagraphStyle("toc1", base, fontName=f.bold, fontSize=10),
                    2: ParagraphStyle("toc2", base, fontSize=9)}  # fmt: skip


def tlp_box(
    c: Canvas, tlp: TLP, right: float, baseline: float, font: str, size: float = TLP_SIZE
) -> None:
    """The TLP label in its colour on a black box, right-aligned at ``right``."""
    text = tlp.label
    w = stringWidth(text, font, size)
    c.setFillColor(colors.black)
    c.rect(right - w - 8, baseline - 0.3 * size, w + 8, size * 1.25, stroke=0, fill=1)
    c.setFillColor(colors.HexColor(tlp.colour))
    c.setFont(font, size)
    c.drawRightString(right - 4, baseline, text)


class _Heading(Paragraph):
    """A heading that leaves a bookmark, an outline entry and its page number behind."""

    def __init__(self, block: content.Heading, style: ParagraphStyle, outline_shift: int = 0) -> None:
        super().__init__(_esc(block.text), style)
        self.block = block
        self.outline_level = block.level - 1 + outline_shift  # one level down in bilingual packs

    def draw(self) -> None:
        super().draw()
        self.canv.bookmarkHorizontal(self.block.key, 0, self.height + 6)


class _TocLine(Flowable):
    """One TOC entry: title, dot leader, and the page number as a late-defined form."""

    def __init__(self, heading: content.Heading, style: ParagraphStyle) -> None:
        super().__init__()
        self.heading = heading
        self.style = style
        self.indent = 0 if heading.level == 1 else 14

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        self.width = avail_w
        return avail_w, self.style.fontSize + 6

    def draw(self) -> None:
        c, s = self.canv, self.style
        room = self.width - self.indent - 40
        lines = simpleSplit(self.heading.text, s.fontName, s.fontSize, room) or [""]
        text = lines[0]
        if text != self.heading.text:
            text = text.rstrip() + "…"
        c.setFont(s.fontName, s.fontSize)
        c.setFillColor(colors.black)
        c.drawString(self.indent, 3, text)
        start = self.indent + stringWidth(text, s.fontName, s.fontSize) + 4
        dots = int((self.width - 30 - start) / stringWidth(". ", s.fontName, s.fontSize))
        if dots > 0:
            c.setFillColor(RULE)
            c.drawString(start, 3, ". " * dots)
        c.saveState()
        c.translate(self.width, 3)
        c.doForm(_page_form(self.heading.key))
        c.restoreState()
        c.linkRect("", self.heading.key, (0, 0, self.width, self.style.fontSize + 4), relative=1)


def _page_form(key: str) -> str:
    return "cbPg" + "".join(ch if ch.isalnum() else "_" for ch in key)


class _Part:
    """What the page furniture prints for one language of the pack."""

    def __init__(self, pack: BriefingPack, tlp: TLP) -> None:
        self.pack = pack
        self.tlp = tlp  # the whole document's marking (the highest of its parts)
        self.header = content.header_left(pack)
        self.footer = content.footer_left(pack)
        pattern = labels.text(pack.language, "page_of", page="\x00", total="\x01")
        self.page_prefix, _, rest = pattern.partition("\x00")
        self.page_middle = rest.split("\x01")[0]


class _PackDoc(BaseDocTemplate):
    def __init__(self, fh: Any, packs: Sequence[BriefingPack], styles: Styles, total_flowables: int,
                 progress: Progress | None, cancelled: Cancelled | None) -> None:  # fmt: skip
        pack = packs[0]
        super().__init__(
            fh,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=f"{pack.operation} — {pack.forum.name}",
            author=pack.originator,
            subject=f"{max(p.tlp for p in packs).label} {pack.case_reference}",
            creator="casebench",
            lang=labels.LANGUAGE_TAGS[pack.language],  # the first language of a bilingual pack
            invariant=0,  # the real creation date, not reportlab's fixed 2000 one
        )
        tlp = max(p.tlp for p in packs)
        self.parts = [_Part(p, tlp) for p in packs]
        # One page template per language (its header, footer and "page x of y" wording), each
        # portrait for the text and landscape for the network chart's page of its own.
        templates = []
        for i, part in enumerate(self.parts):
            frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, FRAME_H, id=f"body{i}", leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
            land = Frame(MARGIN_X, MARGIN_BOTTOM, LAND_FRAME_W, LAND_FRAME_H, id=f"landscape{i}",
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(
                f"part{i}", [frame],
                onPage=lambda c, d, part=part: self._furniture(c, part),
                onPageEnd=lambda c, d, part=part: self._watermark(c, part)))
            templates.append(PageTemplate(
                f"land{i}", [land], pagesize=(LAND_W, LAND_H),
                onPage=lambda c, d, part=part: self._furniture(c, part),
                onPageEnd=lambda c, d, part=part: self._watermark(c, part)))
        self.addPageTemplates(templates)
        self.pack = pack
        self.styles = styles
        self.fonts = styles.fonts
        self.pages: dict[str, int] = {}
        self.toc_keys: list[str] = []
        self.total = total_flowables
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    # page furniture -------------------------------------------------------------------
    def _furniture(self, c: Canvas, part: _Part) -> None:
        f, tlp = self.fonts, part.tlp
        page_w, page_h = c._pagesize  # portrait, or the chart's landscape page
        c.saveState()
        right = page_w - MARGIN_X
        top = page_h - 12 * mm
        tlp_box(c, tlp, right, top, f.bold)
        room = page_w - 2 * MARGIN_X - stringWidth(tlp.label, f.bold, TLP_SIZE) - 20
        c.setFont(f.regular, 8)
        c.setFillColor(colors.HexColor("#333333"))
        lines = simpleSplit(part.header, f.regular, 8, room)  # [] when the case has no header
        if lines:
            c.drawString(MARGIN_X, top + 1, lines[0] if len(lines) == 1 else lines[0] + "…")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN_X, top - 6, right, top - 6)
        bottom = 9 * mm
        c.line(MARGIN_X, bottom + 15, right, bottom + 15)
        tlp_box(c, tlp, right, bottom, f.bold)
        c.setFont(f.regular, 8)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(MARGIN_X, bottom + 1, part.footer)
        head = f"{part.page_prefix}{c.getPageNumber()}{part.page_middle}"
        w = stringWidth(head + "00", f.regular, 9)
        x = page_w / 2 - w / 2
        c.setFont(f.regular, 9)
        c.setFillColor(colors.black)
        c.drawString(x, bottom + 1, head)
        c.translate(x + stringWidth(head, f.regular, 9), bottom + 1)
        c.doForm(TOTAL_FORM)
        c.restoreState()

    def _watermark(self, c: Canvas, part: _Part) -> None:
        name = part.pack.watermark
        if not name:
            return
        f = self.fonts
        c.saveState()
        c.setFillColor(colors.HexColor(TLP.RED.colour))
        c.setFillAlpha(0.13)
        page_w, page_h = c._pagesize
        c.translate(page_w / 2, page_h / 2)
        c.rotate(50)
        size = min(44.0, 0.8 * page_h / max(1.0, stringWidth(name, f.bold, 1)))
        c.setFont(f.bold, size)
        c.drawCentredString(0, 0, name)
        c.setFont(f.bold, 16)
        c.drawCentredString(0, -size, f"{TLP.RED.label} — {name}")
        c.restoreState()

    # bookkeeping ----------------------------------------------------------------------
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading):
            b = flowable.block
            self.pages[b.key] = self.canv.getPageNumber()
            self.canv.addOutlineEntry(b.text, b.key, level=flowable.outline_level,
                                      closed=b.level >= 2)
        self.done += 1
        if self.done % 25 == 0:
            if self.cancelled is not None and self.cancelled():
                raise OperationCancelled("printing the briefing pack")
            if self.progress is not None:
                # split tables add flowables: never report more than the estimate
                done = min(self.done, self.total - 1)
                self.progress(done, self.total, f"{self.canv.getPageNumber()}")

    def define_forms(self, c: Canvas) -> None:
        """Called just before the file is written: the numbers are known now."""
        f = self.fonts
        c.beginForm(TOTAL_FORM, 0, -4, 60, 14)
        c.setFont(f.regular, 9)
        c.setFillColor(colors.black)
        c.drawString(0, 0, str(c.getPageNumber() - 1))
        c.endForm()
        for key in self.toc_keys:
            page = self.pages.get(key)
            c.beginForm(_page_form(key), -60, -4, 0, 14)
            style = self.styles.toc[2]
            c.setFont(style.fontName, style.fontSize)
            c.setFillColor(colors.black)
            c.drawRightString(0, 0, str(page) if page is not None else "–")
            c.endForm()


def _canvas_maker(doc: _PackDoc) -> Callable[..., Canvas]:
    class PackCanvas(Canvas):
        def save(self) -> None:
            doc.define_forms(self)
            self.showOutline()  # the reader opens with the bookmarks shown
            super().save()

    return PackCanvas


def _table(block: content.Table, st: Styles) -> Table:
    styles = [st.cell_mono if i in block.mono else st.cell_right if i in block.right else st.cell
              for i in range(len(block.columns))]  # fmt: skip
    widths = [w * FRAME_W for w in block.widths]
    data: list[list[Paragraph]] = [
        [_cell(c, st.head, w) for c, w in zip(block.columns, widths, strict=False)]]
    data.extend(
        [_cell(v, s, w) for v, s, w in zip(row, styles, widths, strict=False)] for row in block.rows
    )
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT",
                  splitInRow=_split_in_row(block.rows))
    table.setStyle(TABLE_STYLE)
    return table


CELL_PADDING = 6  # left + right padding of TABLE_STYLE
MIN_CELL_FONT = 5.5


def _cell(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A table cell whose words are never split: a word (a date, a number, a reference
    such as UCNM/2024/0113) wider than the column prints smaller instead.

    Only past MIN_CELL_FONT does reportlab's own word splitting take over: a
    5,000-character name cannot be saved by a smaller font.
    """
    room = width - CELL_PADDING
    widest = max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()), default=0)
    if widest <= room or len(text) > LONG_CELL:
        return Paragraph(_esc(text), style)
    size = max(MIN_CELL_FONT, style.fontSize * room / widest * 0.98)
    small = ParagraphStyle(f"{style.name}-{size:.2f}", style, fontSize=size,
                           leading=style.leading * size / style.fontSize)
    return Paragraph(_esc(text), small)


LONG_CELL = 1500  # characters: a cell this long may not fit on one page


def _split_in_row(rows: Any) -> int:
    """Let a row break across pages only when one of its cells could outgrow a page.

    A row taller than the frame cannot be placed at all (reportlab gives up with a
    LayoutError), but splitting ordinary rows would scatter short rows over two pages.
    The value is reportlab's minimum height, in points, of either half of a split row.
    """
    return 30 if any(len(v) > LONG_CELL for row in rows for v in row) else 0


TABLE_STYLE = TableStyle(
    [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#333333")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F1F3F6")]),
        ("GRID", (0, 0), (-1, -1), 0.35, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)

PROFILE_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#DDDDDD")),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
)


def _profile(block: content.Profile, st: Styles) -> Flowable:
    photo_w = 26 * mm if block.photo else 0
    inner_w = FRAME_W - (photo_w + 6 if photo_w else 0)
    rows = [[Paragraph(_esc(k), st.label), Paragraph(_esc(v), st.value)] for k, v in block.rows]
    kv = Table(rows, colWidths=[0.3 * inner_w, 0.7 * inner_w], hAlign="LEFT",
               splitInRow=_split_in_row(block.rows))
    kv.setStyle(PROFILE_STYLE)
    if not block.photo:
        return kv
    try:
        reader = ImageReader(io.BytesIO(block.photo))
        iw, ih = reader.getSize()
        image: Flowable = Image(
            io.BytesIO(block.photo), width=photo_w, height=photo_w * ih / max(iw, 1)
        )
    except Exception:  # a damaged photo must not stop the pack
        log.warning("a profile photo could not be read and was left out")
        return kv
    outer = Table([[kv, image]], colWidths=[inner_w + 6, photo_w], hAlign="LEFT")
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return outer


def _fit(drawing: Any) -> Any:
    """Scale a drawing down when it is taller than the frame."""
    limit = FRAME_H - 40
    if drawing.height > limit:
        k = limit / drawing.height
        drawing.scale(k, k)
        drawing.width *= k
        drawing.height *= k
    return drawing


def network_planned(chart: Chart, lang: str, fonts: FontSet,
                    notes: tuple[str, ...] = ()) -> tuple[Any, ChartPlan]:
    """The pack's network chart filling its landscape page at print size, and its plan;
    ``notes`` (what the chart leaves off) under the legend."""
    return chart_drawing_planned(chart, LAND_FRAME_W, lang, fonts,
                                 height=LAND_FRAME_H - CHART_HEADING_H, notes=notes)


def network_drawing(chart: Chart, lang: str, fonts: FontSet, notes: tuple[str, ...] = ()) -> Any:
    return network_planned(chart, lang, fonts, notes)[0]


def _cover(pack: BriefingPack, st: Styles) -> list[Flowable]:
    lang = pack.language
    f = st.fonts
    story: list[Flowable] = [
        Spacer(1, 18 * mm),
        Paragraph(_esc(labels.text(lang, "briefing_pack")), st.subtitle),
        Paragraph(_esc(short(pack.operation)), st.title),
        Paragraph(_esc(short(pack.forum.name)), st.subtitle),
        _TlpBanner(pack.tlp, f.bold),
        Spacer(1, 10 * mm),
    ]
    rows = [
        [Paragraph(_esc(k), st.label), Paragraph(_esc(v), st.value)]
        for k, v in content.cover_rows(pack)
    ]
    table = Table(rows, colWidths=[0.3 * FRAME_W, 0.7 * FRAME_W], hAlign="LEFT")
    table.setStyle(PROFILE_STYLE)
    story.append(table)
    note = content.withheld_note(pack)
    if note:
        story += [Spacer(1, 6 * mm), Paragraph(_esc(note), st.note)]
    if pack.tlp is TLP.RED:
        story += [Spacer(1, 3 * mm), Paragraph(_esc(labels.text(lang, "red_notice")), st.note)]
    return story


class _TlpBanner(Flowable):
    def __init__(self, tlp: TLP, font: str) -> None:
        super().__init__()
        self.tlp, self.font = tlp, font

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return avail_w, 30

    def draw(self) -> None:
        w = stringWidth(self.tlp.label, self.font, 20) + 16
        tlp_box(self.canv, self.tlp, w, 8, self.font, size=20)


class _LanguageMark(Flowable):
    """The start of one language in a bilingual pack: a bookmark and a top-level outline
    entry (the language's own name) under which that language's headings are listed."""

    def __init__(self, key: str, name: str) -> None:
        super().__init__()
        self.key, self.name = key, name

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.key, 0, 0)
        self.canv.addOutlineEntry(self.name, self.key, level=0, closed=False)


def build_story(pack: BriefingPack, st: Styles, doc: _PackDoc | None = None, *,
                part: int = 0, bilingual: bool = False) -> list[Flowable]:
    """Flowables for the whole pack (also used by tests to inspect the structure).

    In a bilingual pack each language is one ``part``: its heading keys are prefixed so
    that bookmarks and TOC page numbers stay apart, and its outline sits one level down,
    under an entry naming the language.
    """
    lang = pack.language
    prefix = f"{lang}{part}-" if part else ""
    shift = 1 if bilingual else 0
    blocks = [replace(b, key=prefix + b.key) if isinstance(b, content.Heading) else b
              for b in content.build_blocks(pack)]
    headings = [b for b in blocks if isinstance(b, content.Heading)]
    subs = sum(1 for h in headings if h.level == 2)
    max_level = 2 if subs <= TOC_MAX_SUBENTRIES else 1
    toc = [h for h in headings if h.level <= max_level]
    if doc is not None:
        doc.toc_keys.extend(h.key for h in toc)
    story: list[Flowable] = []
    if bilingual:
        story.append(_LanguageMark(f"{prefix}lang", labels.LANGUAGE_NAMES[lang]))
    story += _cover(pack, st)
    story.append(PageBreak())
    story.append(_Heading(content.Heading(1, labels.text(lang, "contents"), prefix + "s-contents"),
                          st.h[1], shift))
    story.extend(_TocLine(h, st.toc[min(h.level, 2)]) for h in toc)
    story.append(PageBreak())
    number = 0
    for i, b in enumerate(blocks):
        if isinstance(b, content.Heading):
            chart_next = i + 1 < len(blocks) and isinstance(blocks[i + 1], content.ChartBlock)
            if chart_next:  # the chart's section starts its landscape page
                story += [NextPageTemplate(f"land{part}"), PageBreak()]
            elif b.level == 1:
                story.append(CondPageBreak(60 * mm))
            story.append(_Heading(b, st.h[b.level], shift))
        elif isinstance(b, content.Para):
            if b.style == "numbered":
                number += 1
                story.append(Paragraph(_esc(b.text), st.bullet, bulletText=f"{number}."))
                continue
            if b.style == "bullet":
                story.append(Paragraph(_esc(b.text), st.bullet, bulletText="•"))
            else:
                story.append(Paragraph(_esc(b.text), st.note if b.style == "note" else st.body))
        elif isinstance(b, content.Table):
            story.append(_table(b, st))
            story.append(Spacer(1, 4))
        elif isinstance(b, content.Profile):
            story.append(_profile(b, st))
        elif isinstance(b, content.ChartBlock):
            story += [network_drawing(b.chart, lang, st.fonts, b.notes), NextPageTemplate(f"part{part}"),
                      PageBreak()]
        elif isinstance(b, content.TimelineBlock):
            story.append(_fit(timeline_drawing(b.timeline, FRAME_W, lang, st.fonts)))
            story.append(Spacer(1, 8))
        number = 0
    return story


def render_pdf(
    pack: BriefingPack,
    out_path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    then: Sequence[BriefingPack] = (),
) -> None:
    """Write ``pack`` as a PDF at ``out_path`` (atomically).

    ``then``: the same pack in other languages, printed one after the other in the same
    file (a bilingual pack): each language has its cover, contents and bookmarks tree,
    page furniture in its own words; "page x of y" counts the whole document.

    ``progress(done, total, message)`` is called as flowables are laid out;
    ``cancelled()`` is polled as well, and when it returns True the render stops with
    :class:`OperationCancelled` and no file (not even a partial one) is left behind.
    """
    fonts = pack_fonts()
    keep = glyph_filter(font_glyphs(fonts)) if fonts.embedded else None
    packs = [clean(p, keep) for p in (pack, *then)]
    st = Styles(fonts)
    if cancelled is not None and cancelled():
        raise OperationCancelled("printing the briefing pack")
    with atomic_writer(Path(out_path)) as fh:
        doc = _PackDoc(fh, packs, st, 0, progress, cancelled)
        story: list[Flowable] = []
        for i, part in enumerate(packs):
            if i:
                story += [NextPageTemplate(f"part{i}"), PageBreak()]
            story += build_story(part, st, doc, part=i, bilingual=len(packs) > 1)
        doc.total = len(story)
        doc.build(story, canvasmaker=_canvas_maker(doc))
    if progress is not None:
        progress(doc.total, doc.total, "done")
