"""Draw the casebench application icon: SVG master and PNG / ICO / ICNS renditions.

The icon is described once, below, as a handful of shapes on a 512 x 512 canvas; this
script writes ``resources/icons/casebench.svg`` from that description and renders the
same shapes with Pillow (4x supersampled, then downscaled) to the PNG sizes, a Windows
``.ico`` and a macOS ``.icns``. No external tool is used and the output is reproducible:
running it twice gives byte-identical files (``--check`` verifies the committed files).

Design: a manila case folder on a navy tile; on the folder a small link chart drawn with
i2 conventions (person circle, organisation rectangle, location diamond); in front, a
green shield with a padlock for the encrypted case. Below 48 px the chart is left out so
the folder and shield stay legible.

    python packaging/make_icons.py           # (re)write resources/icons/
    python packaging/make_icons.py --check   # exit 1 if a file is missing or differs
"""

from __future__ import annotations

import argparse
import io
import sys
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
CHART_MIN_SIZE = 48
SUPERSAMPLE = 4

NAVY = "#1B3556"
FOLDER_BACK = "#C98A1E"
FOLDER_FRONT = "#F2B441"
SHIELD = "#2E8B6A"
WHITE = "#FFFFFF"


# --- shapes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RoundRect:
    x0: float
    y0: float
    x1: float
    y1: float
    r: float
    fill: str
    detail: bool = False  # left out below CHART_MIN_SIZE

    def svg(self) -> str:
        return (f'<rect x="{self.x0:g}" y="{self.y0:g}" width="{self.x1 - self.x0:g}" '
                f'height="{self.y1 - self.y0:g}" rx="{self.r:g}" fill="{self.fill}"/>')

    def draw(self, d: ImageDraw.ImageDraw, s: float) -> None:
        d.rounded_rectangle((self.x0 * s, self.y0 * s, self.x1 * s, self.y1 * s),
                            radius=self.r * s, fill=self.fill)


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str
    detail: bool = False

    def svg(self) -> str:
        return f'<circle cx="{self.cx:g}" cy="{self.cy:g}" r="{self.r:g}" fill="{self.fill}"/>'

    def draw(self, d: ImageDraw.ImageDraw, s: float) -> None:
        d.ellipse(((self.cx - self.r) * s, (self.cy - self.r) * s,
                   (self.cx + self.r) * s, (self.cy + self.r) * s), fill=self.fill)


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]
    width: float
    color: str
    detail: bool = False

    def svg(self) -> str:
        pts = " ".join(f"{x:g},{y:g}" for x, y in self.points)
        return (f'<polyline points="{pts}" fill="none" stroke="{self.color}" '
                f'stroke-width="{self.width:g}" stroke-linecap="round" stroke-linejoin="round"/>')

    def draw(self, d: ImageDraw.ImageDraw, s: float) -> None:
        pts = [(x * s, y * s) for x, y in self.points]
        d.line(pts, fill=self.color, width=round(self.width * s), joint="curve")
        r = self.width * s / 2
        for x, y in (pts[0], pts[-1]):  # round caps
            d.ellipse((x - r, y - r, x + r, y + r), fill=self.color)


@dataclass(frozen=True)
class Polygon:
    points: tuple[tuple[float, float], ...]
    fill: str
    detail: bool = False

    def svg(self) -> str:
        pts = " ".join(f"{x:g},{y:g}" for x, y in self.points)
        return f'<polygon points="{pts}" fill="{self.fill}"/>'

    def draw(self, d: ImageDraw.ImageDraw, s: float) -> None:
        d.polygon([(x * s, y * s) for x, y in self.points], fill=self.fill)


@dataclass(frozen=True)
class Shield:
    """Flat top corners, straight sides, two quadratic curves meeting at the point."""

    cx: float
    top: float
    shoulder: float  # y where the sides start
    waist: float  # y where the curves start
    bottom: float
    half: float
    fill: str
    detail: bool = False

    def _path(self) -> list[tuple[str, tuple[float, ...]]]:
        c, h = self.cx, self.half
        return [
            ("M", (c, self.top)),
            ("L", (c + h, self.shoulder)),
            ("L", (c + h, self.waist)),
            ("Q", (c + h, self.waist + (self.bottom - self.waist) * 0.75, c, self.bottom)),
            ("Q", (c - h, self.waist + (self.bottom - self.waist) * 0.75, c - h, self.waist)),
            ("L", (c - h, self.shoulder)),
        ]

    def svg(self) -> str:
        d = " ".join(f"{cmd}{' '.join(f'{v:g}' for v in args)}" for cmd, args in self._path())
        return f'<path d="{d} Z" fill="{self.fill}"/>'

    def draw(self, d: ImageDraw.ImageDraw, s: float) -> None:
        pts: list[tuple[float, float]] = []
        for cmd, args in self._path():
            if cmd in "ML":
                pts.append((args[0], args[1]))
            else:  # quadratic Bézier from the last point
                (x0, y0), (x1, y1, x2, y2) = pts[-1], args
                for i in range(1, 33):
                    t = i / 32
                    pts.append(((1 - t) ** 2 * x0 + 2 * (1 - t) * t * x1 + t * t * x2,
                                (1 - t) ** 2 * y0 + 2 * (1 - t) * t * y1 + t * t * y2))
        d.polygon([(x * s, y * s) for x, y in pts], fill=self.fill)


@dataclass(frozen=True)
class Arc:
    """The upper half of a circle, stroked (the padlock's shackle)."""

    cx: float
    cy: float
    r: float
    width: float
    color: str
    detail: bool = False

    def svg(self) -> str:
        return (f'<path d="M{self.cx - self.r:g} {self.cy:g} A{self.r:g} {self.r:g} 0 0 1 '
                f'{self.cx + self.r:g} {self.cy:g}" fill="none" stroke="{self.color}" '
                f'stroke-width="{self.width:g}"/>')

    def draw(self, d: ImageDraw.ImageDraw, s: float) -> None:
        outer = self.r + self.width / 2
        d.arc(((self.cx - outer) * s, (self.cy - outer) * s,
               (self.cx + outer) * s, (self.cy + outer) * s),
              start=180, end=360, fill=self.color, width=round(self.width * s))


def _diamond(cx: float, cy: float, r: float) -> tuple[tuple[float, float], ...]:
    return ((cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy))


A, B, C, D = (146, 240), (256, 222), (200, 340), (350, 218)
SHAPES = (
    RoundRect(24, 24, 488, 488, 96, NAVY),  # tile
    RoundRect(84, 114, 236, 176, 18, FOLDER_BACK),  # folder tab
    RoundRect(84, 146, 428, 408, 22, FOLDER_BACK),  # folder back
    RoundRect(84, 178, 428, 408, 22, FOLDER_FRONT),  # folder front
    # link chart on the folder: person (circle), organisation (rectangle), location (diamond)
    Line((A, B, D), 12, NAVY, detail=True),
    Line((A, C, B), 12, NAVY, detail=True),
    Circle(*A, 22, NAVY, detail=True),
    RoundRect(B[0] - 22, B[1] - 18, B[0] + 22, B[1] + 18, 4, NAVY, detail=True),
    Polygon(_diamond(*C, 26), NAVY, detail=True),
    Circle(*D, 20, NAVY, detail=True),
    # shield with padlock, in front of the folder's lower right corner
    Shield(364, 238, 268, 338, 468, 98, WHITE),
    Shield(364, 254, 281, 342, 450, 84, SHIELD),
    Arc(364, 338, 26, 13, WHITE),
    RoundRect(326, 334, 402, 400, 10, WHITE),
    Circle(364, 360, 9, SHIELD),
    RoundRect(359, 362, 369, 384, 3, SHIELD),
)


# --- output ---------------------------------------------------------------------------


def svg_text() -> str:
    body = "\n".join(f"  {shape.svg()}" for shape in SHAPES)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- casebench application icon. Generated by packaging/make_icons.py; "
        "edit the shapes there, not here. -->\n"
        '<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" '
        'viewBox="0 0 512 512">\n'
        "  <title>casebench</title>\n"
        f"{body}\n"
        "</svg>\n"
    )


def render(size: int) -> Image.Image:
    canvas = size * SUPERSAMPLE
    img = Image.new("RGBA", (canvas, canvas), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    scale = canvas / 512
    for shape in SHAPES:
        if shape.detail and size < CHART_MIN_SIZE:
            continue
        shape.draw(draw, scale)
    return img.resize((size, size), Image.Resampling.LANCZOS)


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=False, compress_level=9)
    return buf.getvalue()


def outputs() -> dict[Path, bytes]:
    files: dict[Path, bytes] = {OUT / "casebench.svg": svg_text().encode()}
    images = {size: render(size) for size in SIZES}
    for size, img in images.items():
        files[OUT / f"casebench-{size}.png"] = png_bytes(img)
    ico = io.BytesIO()
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)],
                     append_images=[images[s] for s in (16, 24, 32, 48, 64, 128)])
    files[OUT / "casebench.ico"] = ico.getvalue()
    icns = io.BytesIO()
    images[512].save(icns, format="ICNS")
    files[OUT / "casebench.icns"] = icns.getvalue()
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if a file is missing or differs")
    args = parser.parse_args(argv)
    stale = []
    for path, data in outputs().items():
        if path.is_file() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    rel = [str(p.relative_to(ROOT)) for p in stale]
    if args.check:
        if rel:
            print("icons out of date: " + ", ".join(rel), file=sys.stderr)
            return 1
        print("icons up to date")
        return 0
    print(f"icons: wrote {len(rel)} file(s) in {OUT.relative_to(ROOT)}" if rel
          else "icons: up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
