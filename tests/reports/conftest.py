"""Shared fixtures for the briefing-pack tests: render each sample once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebench.domain.handling import TLP
from casebench.reports.pack import sample_pack
from casebench.reports.pdf import render_pdf

LANGS = ("en", "es", "pt", "fr")


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("packs")
    for lang in LANGS:
        render_pdf(sample_pack(lang), out / f"{lang}.pdf")
    red = sample_pack("en", TLP.RED, recipient="Fiscal Lucía Ferreiro Otero")
    render_pdf(red, out / "red.pdf")
    return out
