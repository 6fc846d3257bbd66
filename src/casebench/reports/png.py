"""Rasterise the flat reportlab drawings of ``chart_render`` with Pillow.

reportlab's own renderPM needs the optional rlPyCairo backend, which casebench does
not ship; Pillow comes with reportlab. Only the shapes ``chart_render`` emits are
handled (Rect, Circle, Polygon, Line, String at top level, no transforms). Importing
this module raises ImportError when Pillow is missing.
"""

from __future__ import annotations

import io
import itertools
import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String

from casebench.reports.fonts import FontSet

Colour = tuple[int, int, int]
Point = tuple[float, float]


def _rgb(c: object) -> Colour | None:
    if c is None:
        return None
    r, g, b = (getattr(c, k, 0.0) for k in ("red", "green", "blue"))
    return (round(r * 255), round(g * 255), round(b * 255))


class _Painter:
    def __init__(self, d: Drawing, fonts: FontSet, scale: float) -> None:
        self.scale = scale
        self.height = float(d.height)
        size = (max(1, math.ceil(d.width * scale)), max(1, math.ceil(d.height * scale)))
        self.image = Image.new("RGB", size, (255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)
        self.font_files: dict[str, Path] = {}
        for role, path in fonts.paths.items():
            self.font_files[getattr(fonts, role)] = path
        self._font_cache: dict[tuple[str, float], ImageFont.FreeTypeFont | ImageFont.ImageFont] = {}

    def pt(self, x: float, y: float) -> Point:
        return (x * self.scale, (self.height - y) * self.scale)

    def font(self, name: str, size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
        key = (name, size)
        if key not in self._font_cache:
            path = self.font_files.get(name)
            px = max(1, round(size * self.scale))
            if path is not None:
                self._font_cache[key] = ImageFont.truetype(str(path), px)
            else:
                self._font_cache[key] = ImageFont.load_default(px)
        return self._font_cache[key]

    def width(self, shape: object) -> int:
        return max(1, round(float(getattr(shape, "strokeWidth", 1) or 1) * self.scale))

    def stroke_path(self, pts: list[Point], shape: object, closed: bool) -> None:
        colour = _rgb(getattr(shape, "strokeColor", None))
        if colour is None:
            return
        if closed:
            pts = [*pts, pts[0]]
        dash = getattr(shape, "strokeDashArray", None)
        w = self.width(shape)
        if not dash:
            self.draw.line(pts, fill=colour, width=w, joint="curve")
            return
        on, off = (float(dash[0]) * self.scale, float(dash[1]) * self.scale)
        for a, b in itertools.pairwise(pts):
            length = math.dist(a, b)
            if length == 0:
                continue
            ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
            s = 0.0
            while s < length:
                e = min(s + on, length)
                self.draw.line(
                    [(a[0] + ux * s, a[1] + uy * s), (a[0] + ux * e, a[1] + uy * e)],
                    fill=colour,
                    width=w,
                )
                s = e + off

    def paint(self, shape: object) -> None:
        if isinstance(shape, Group):  # Drawing is a Group too
            for child in shape.contents:
                self.paint(child)
        elif isinstance(shape, Rect):
            x, y, w, h = shape.x, shape.y, shape.width, shape.height
            pts = [self.pt(x, y), self.pt(x + w, y), self.pt(x + w, y + h), self.pt(x, y + h)]
            fill = _rgb(shape.fillColor)
            if fill is not None:
                (ax, ay), (bx, by) = self.pt(x, y + h), self.pt(x + w, y)
                radius = float(getattr(shape, "rx", 0) or 0) * self.scale
                if radius:
                    self.draw.rounded_rectangle([ax, ay, bx, by], radius=radius, fill=fill)
                else:
                    self.draw.rectangle([ax, ay, bx, by], fill=fill)
            self.stroke_path(pts, shape, closed=True)
        elif isinstance(shape, Circle):
            cx, cy = self.pt(shape.cx, shape.cy)
            r = shape.r * self.scale
            fill = _rgb(shape.fillColor)
            if getattr(shape, "strokeDashArray", None):
                if fill is not None:
                    self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill)
                steps = 24
                pts = [
                    (
                        cx + r * math.cos(2 * math.pi * i / steps),
                        cy + r * math.sin(2 * math.pi * i / steps),
                    )
                    for i in range(steps)
                ]
                self.stroke_path(pts, shape, closed=True)
            else:
                outline = _rgb(shape.strokeColor)
                self.draw.ellipse(
                    [cx - r, cy - r, cx + r, cy + r],
                    fill=fill,
                    outline=outline,
                    width=self.width(shape),
                )
        elif isinstance(shape, Polygon):
            p = shape.points
            pts = [self.pt(p[i], p[i + 1]) for i in range(0, len(p) - 1, 2)]
            fill = _rgb(shape.fillColor)
            if fill is not None:
                self.draw.polygon(pts, fill=fill)
            self.stroke_path(pts, shape, closed=True)
        elif isinstance(shape, Line):
            self.stroke_path(
                [self.pt(shape.x1, shape.y1), self.pt(shape.x2, shape.y2)], shape, closed=False
            )
        elif isinstance(shape, String):
            anchor = {"start": "ls", "middle": "ms", "end": "rs"}.get(shape.textAnchor, "ls")
            self.draw.text(
                self.pt(shape.x, shape.y),
                shape.text,
                fill=_rgb(shape.fillColor) or (0, 0, 0),
                font=self.font(shape.fontName, shape.fontSize),
                anchor=anchor,
            )


def render_png(d: Drawing, fonts: FontSet, scale: float = 2.5) -> bytes:
    painter = _Painter(d, fonts, scale)
    painter.paint(d)
    buf = io.BytesIO()
    painter.image.save(buf, format="PNG", optimize=False)
    return buf.getvalue()
