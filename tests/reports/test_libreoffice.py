"""LibreOffice opens the Word edition and converts it to PDF without error."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from casebench.reports.docx import render_docx

from .conftest import DemoPack

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def test_docx_converts_to_pdf(tmp_path: Path, demo_pack: DemoPack) -> None:
    assert SOFFICE is not None
    src = tmp_path / "pack-es.docx"
    render_docx(demo_pack("es"), src)
    profile = tmp_path / "lo-profile"  # private profile: no lock clash with a running office
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(tmp_path / "out"), str(src)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    out = tmp_path / "out" / "pack-es.pdf"
    assert result.returncode == 0, result.stderr
    assert out.exists(), result.stdout + result.stderr
    reader = PdfReader(str(out))
    assert len(reader.pages) >= 3
    text = " ".join((p.extract_text() or "") for p in reader.pages)
    assert "TLP:AMBER" in text and "Perfiles de personas" in text
    assert "García Márquez" in text
