"""Packaging files are well-formed and agree with casebench.__version__ (fast; no build)."""

from __future__ import annotations

import ast
import configparser
import re
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import casebench

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_spec_is_python_and_bundles_what_the_app_needs() -> None:
    text = (PACKAGING / "casebench.spec").read_text(encoding="utf-8")
    ast.parse(text, filename="casebench.spec")
    for needle in ('"casebench/i18n"', '"casebench/resources/icons"', '"casebench/resources/fonts"',
                   'collect_submodules("casebench")', "copy_metadata", "QtWebEngineCore", "QtQml"):
        assert needle in text, needle
    # no machine-specific absolute paths outside the font search list
    assert "/work/" not in text and "/home/" not in text
    ast.parse((PACKAGING / "entry.py").read_text(encoding="utf-8"))


def test_font_bundle_location_matches_reports_fonts() -> None:
    """The spec puts DejaVu in casebench/resources/fonts, the folder reports.fonts searches first."""
    from casebench.reports import fonts

    first = fonts.SEARCH_DIRS[0]
    assert first.parts[-3:] == ("casebench", "resources", "fonts")


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / "casebench.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "casebench"
    assert entry["Exec"].split()[0] == "casebench"
    assert entry["Icon"] == "casebench"
    categories = [c for c in entry["Categories"].split(";") if c]
    assert categories and entry["Categories"].endswith(";")
    assert entry.get("Terminal") == "false"


def test_metainfo() -> None:
    root = ET.parse(LINUX / "org.casebench.Workbench.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "org.casebench.Workbench"
    assert root.findtext("name") == "casebench"
    assert (root.findtext("summary") or "").strip()
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == "casebench.desktop"
    assert (LINUX / (launchable.text or "")).is_file()
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == casebench.__version__


def test_changelog_names_the_current_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", text, flags=re.M)
    assert versions, "no '## [x.y.z]' section"
    assert versions[0] == casebench.__version__


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_icon_png_sizes(size: int) -> None:
    # Committed files, written by packaging/make_icons.py (also run by `make package`).
    assert _png_size(ICONS / f"casebench-{size}.png") == (size, size)


def test_icon_svg_and_desktop_formats() -> None:
    svg = ET.parse(ICONS / "casebench.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 512 512"
    assert (ICONS / "casebench.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "casebench.icns").read_bytes()[:4] == b"icns"


def test_icons_are_current() -> None:
    """The committed icons are what packaging/make_icons.py draws (needs Pillow)."""
    pytest.importorskip("PIL")
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_icons"] = module  # dataclasses look their module up here
    try:
        spec.loader.exec_module(module)
        svg = module.svg_text()
    finally:
        del sys.modules["make_icons"]
    assert (ICONS / "casebench.svg").read_text(encoding="utf-8") == svg


def test_makefile_has_packaging_targets() -> None:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^package:", text, flags=re.M)
    assert re.search(r"^package-test:", text, flags=re.M)
    assert (PACKAGING / "smoke_test.sh").stat().st_mode & 0o111


def test_guide_pages_and_screenshots_exist() -> None:
    guide = ROOT / "docs" / "guide"
    for page in ("index", "first-case", "evidence", "forum-pack", "partner-bundle",
                 "partners-without-casebench", "security"):
        assert (guide / f"{page}.md").is_file(), page
    missing = []
    for page in guide.glob("*.md"):
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            if not (page.parent / target).resolve().exists():
                missing.append(f"{page.name}: {target}")
    assert not missing, missing


def test_data_read_at_run_time_is_packaged() -> None:
    """The demo's story and the packs' vocabularies are data files: the wheel (package-data)
    and the frozen program (the spec's datas) both carry them, where the code reads them."""
    import tomllib

    from casebench.demo.content import DEMO_DIR
    from casebench.reports.vocab import VOCAB_DIR

    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))[
        "tool"]["setuptools"]["package-data"]["casebench"]
    spec = (PACKAGING / "casebench.spec").read_text(encoding="utf-8")
    for folder, pattern in ((DEMO_DIR, "*.json"), (VOCAB_DIR, "*.tsv")):
        assert folder.parts[-3:-1] == ("casebench", "resources")
        assert any(folder.glob(pattern))
        assert f"resources/{folder.name}/{pattern}" in package_data
        assert f'("{folder.name}", "{pattern}")' in spec
