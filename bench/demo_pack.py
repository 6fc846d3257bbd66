"""The demo case's briefing pack for the pack benchmarks, made as long as they need.

The pack is the product's own: the demo case ("Operation Mar Azul", ``casebench.demo``)
is built in the benchmark's temporary folder and its pack built through
``services.briefing.build_pack``, as the window and ``casebench pack`` build it. The demo
pack alone has about 55 pages; ``size`` repeats its long sections (persons,
organisations, timeline, seizures, money flows, exhibits, requests, actions), so size 6
gives about 200 pages.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from casebench.demo import DEMO_PASSPHRASE, build_demo
from casebench.reports.pack import BriefingPack
from casebench.services.briefing import PackRequest, build_pack
from casebench.services.cases import open_case

REPEATED = ("persons", "organisations", "timeline", "seizures", "money_flows", "exhibits",
            "requests", "actions")


def demo_pack(folder: Path, language: str, size: int = 1) -> BriefingPack:
    """Build the demo case under ``folder`` (the caller removes it) and return its AMBER pack."""
    path = build_demo(folder / "Mar-Azul.casebench").path
    with open_case(path, DEMO_PASSPHRASE, user="bench") as case:
        pack = build_pack(case, PackRequest(language=language))
    times = max(1, int(size))
    return dataclasses.replace(pack, **{name: getattr(pack, name) * times for name in REPEATED})
