"""Fonts for the PDF edition: DejaVu, embedded, or Helvetica when DejaVu is absent.

Nothing is fetched at run time (DESIGN.md §1): the fonts come from the package's own
``resources/fonts`` folder when present, else from the system's DejaVu folder. DejaVu
covers every accent used in Spanish, Portuguese, French and West African names; the
Helvetica fallback is not embedded and covers Latin-1 only, so a warning is logged.
"""

from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

SEARCH_DIRS: tuple[Path, ...] = (
    Path(__file__).resolve().parent.parent / "resources" / "fonts",
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
)

_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "bold_italic": "DejaVuSans-BoldOblique.ttf",
    "mono": "DejaVuSansMono.ttf",
}

_NAMES = {
    "regular": "CBSans",
    "bold": "CBSans-Bold",
    "italic": "CBSans-Oblique",
    "bold_italic": "CBSans-BoldOblique",
    "mono": "CBMono",
}

_FALLBACK = {
    "regular": "Helvetica",
    "bold": "Helvetica-Bold",
    "italic": "Helvetica-Oblique",
    "bold_italic": "Helvetica-BoldOblique",
    "mono": "Courier",
}


@dataclass(frozen=True)
class FontSet:
    """reportlab font names to use, and the TTF files behind them (for PIL)."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    mono: str
    embedded: bool  # True when TrueType fonts are embedded in the PDF
    paths: dict[str, Path] = field(default_factory=dict)  # role -> .ttf, empty on fallback


def _fontset(names: dict[str, str], embedded: bool, paths: dict[str, Path]) -> FontSet:
    return FontSet(
        regular=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        bold_italic=names["bold_italic"],
        mono=names["mono"],
        embedded=embedded,
        paths=paths,
    )


def find_font_dir(dirs: tuple[Path, ...] = SEARCH_DIRS) -> Path | None:
    extra = os.environ.get("CASEBENCH_FONT_DIR")
    candidates = ((Path(extra),) if extra else ()) + dirs
    for d in candidates:
        if all((d / name).is_file() for name in _FILES.values()):
            return d
    return None


@functools.cache
def pack_fonts(font_dir: Path | None = None) -> FontSet:
    """Register the pack fonts with reportlab once and return their names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    _fix_to_unicode()
    d = font_dir if font_dir is not None else find_font_dir()
    if d is not None:
        try:
            paths = {role: d / name for role, name in _FILES.items()}
            for role, path in paths.items():
                pdfmetrics.registerFont(TTFont(_NAMES[role], str(path)))
            family = _NAMES["regular"]
            addMapping(family, 0, 0, _NAMES["regular"])
            addMapping(family, 1, 0, _NAMES["bold"])
            addMapping(family, 0, 1, _NAMES["italic"])
            addMapping(family, 1, 1, _NAMES["bold_italic"])
            log.debug("briefing-pack fonts: DejaVu from %s", d)
            return _fontset(_NAMES, True, paths)
        except Exception as exc:  # a damaged font file must not stop printing
            log.warning("cannot load DejaVu fonts from %s (%s); using Helvetica", d, exc)
    else:
        log.warning(
            "DejaVu fonts not found (looked in %s); using Helvetica, which is not embedded "
            "and prints only Latin-1 accents",
            ", ".join(str(p) for p in SEARCH_DIRS),
        )
    return _fontset(_FALLBACK, False, {})


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap with code points beyond U+FFFF written as UTF-16 pairs.

    reportlab 5 writes them as five hex digits (``<1F600>``), which PDF readers misread:
    copying or searching the pack for a name with an emoji (DejaVu draws 😀) found "ὠ".
    The PDF reference wants the UTF-16BE code units (``<D83DDE00>``).
    """
    from reportlab.pdfbase import ttfonts

    cmap = ttfonts._casebench_original_cmap(fontname, subset)
    astral = {f"<{i:02X}> <{v:04X}>": f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>"
              for i, v in enumerate(subset) if v > 0xFFFF}
    if not astral:
        return str(cmap)
    return "\n".join(astral.get(line, line) for line in str(cmap).split("\n"))


def _fix_to_unicode() -> None:
    from reportlab.pdfbase import ttfonts

    if not hasattr(ttfonts, "_casebench_original_cmap"):
        ttfonts._casebench_original_cmap = ttfonts.makeToUnicodeCMap
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def font_glyphs(fonts: FontSet) -> frozenset[int]:
    """Code points the regular pack font can draw (empty for the Helvetica fallback)."""
    return _glyphs(fonts.regular) if fonts.embedded else frozenset()


@functools.cache
def _glyphs(font_name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face
    return frozenset(getattr(face, "charToGlyph", {}))
