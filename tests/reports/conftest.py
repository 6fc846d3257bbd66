"""Shared fixtures for the briefing-pack tests: the demo case's pack, each rendered once.

The packs are built from the demo case ("Operation Mar Azul", casebench.demo) through
services.briefing, as the window and `casebench pack` build them: the sample the renderers
are tested on is the product's own output, not a second hand-made story.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from casebench.demo import DEMO_PASSPHRASE, build_demo
from casebench.domain.handling import TLP
from casebench.reports.pack import BriefingPack
from casebench.reports.pdf import render_pdf
from casebench.services.briefing import PackRequest, build_pack
from casebench.services.cases import open_case

LANGS = ("en", "es", "pt", "fr")
# A named recipient of the demo's RED items (resources/demo): the RED pack's watermark.
RED_RECIPIENT = "Insp. Jefa Laura Sánchez Prieto (ES, UCNM Grupo Atlántico)"

DemoPack = Callable[..., BriefingPack]


@pytest.fixture(scope="session")
def demo_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "Mar-Azul.casebench").path


@pytest.fixture(scope="session")
def demo_pack(demo_case: Path) -> DemoPack:
    """``demo_pack(language="en", tlp=TLP.AMBER, recipient=None)``: built once per session."""
    made: dict[tuple[str, TLP, str | None], BriefingPack] = {}

    def make(language: str = "en", tlp: TLP = TLP.AMBER, recipient: str | None = None
             ) -> BriefingPack:
        key = (language, tlp, recipient)
        if key not in made:
            with open_case(demo_case, DEMO_PASSPHRASE, user="tester") as case:
                made[key] = build_pack(case, PackRequest(language=language, max_tlp=tlp,
                                                         recipient=recipient))
        return made[key]

    return make


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory, demo_pack: DemoPack) -> Path:
    out = tmp_path_factory.mktemp("packs")
    for lang in LANGS:
        render_pdf(demo_pack(lang), out / f"{lang}.pdf")
    render_pdf(demo_pack("en", TLP.RED, RED_RECIPIENT), out / "red.pdf")
    return out


def with_photos(pack: BriefingPack, count: int = 3) -> BriefingPack:
    """The pack with a generated portrait on its first ``count`` profiles: the demo case
    has no photo values, and the renderers' photo boxes need testing all the same."""
    import dataclasses
    import io

    from PIL import Image, ImageDraw

    def portrait(seed: int) -> bytes:
        img = Image.new("RGB", (48, 60), (150 + seed * 20, 160, 170))
        ImageDraw.Draw(img).ellipse((14, 10, 34, 32), fill=(70, 70, 90))
        buf = io.BytesIO()
        img.save(buf, "PNG")
        return buf.getvalue()

    persons = tuple(dataclasses.replace(p, photo=portrait(i)) if i < count else p
                    for i, p in enumerate(pack.persons))
    return dataclasses.replace(pack, persons=persons)
