"""The chart page follows a live language switch (issue 13 item 6): buttons, tabs, the kinds
menu, the side panel and the status line, with numbers written as the language writes them."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QPushButton, QToolButton
from tests.ui.conftest import TIMEOUT
from tests.ui.test_chart_add import LEFT, button, linked_case, open_case, show_chart_page  # noqa: F401
from tests.ui.test_i18n import compiled  # noqa: F401  (fixture)

from casebench.ui.chart_texts import count


def _kinds(chart) -> list[str]:
    menu = chart.kinds_btn.menu()
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isCheckable()]


@pytest.mark.usefixtures("compiled", "linked_case")
def test_a_live_switch_retranslates_the_chart_page(qtbot, bench, case_path) -> None:
    chart = open_case(qtbot, bench, case_path, cap=100)
    show_chart_page(qtbot, bench, chart)
    qtbot.waitUntil(lambda: len(chart.items) > 0, timeout=TIMEOUT)
    qtbot.mouseClick(button(chart, QToolButton, "newChartTab"), LEFT)
    chart.tabs.setCurrentIndex(0)
    assert chart.tabs.tabText(1) == "Chart 2"
    assert button(chart, QPushButton, "findPath").text() == "Find path"
    assert "People" in _kinds(chart)
    assert chart.status.text().endswith("links")
    bench.set_language("es")
    try:
        qtbot.waitUntil(lambda: button(chart, QPushButton, "findPath").text() == "Buscar camino", timeout=3000)
        assert chart.tabs.tabText(1) == "Gráfico 2"
        assert chart.kinds_btn.text() == "Tipos" and chart.expand_btn.text() == "Expandir"
        assert button(chart, QPushButton, "remove").text() == "Quitar"
        assert chart.side.tabText(0) == "Rutas" and chart.side.tabText(1) == "Entidad"
        assert chart.method.itemText(0) == "Dirigido por fuerzas"
        assert chart.method.itemText(chart.method.findData("grouped")) == "Agrupado por organización"
        assert button(chart, QPushButton, "printChart").text() != "Print / export chart…"
        kinds = _kinds(chart)
        assert "Personas" in kinds and "People" not in kinds
        assert "entidades" in chart.status.text() and "links" not in chart.status.text()
        nav = bench.caseview.navigator
        counts = [nav.topLevelItem(0).child(i).text(0) for i in range(nav.topLevelItem(0).childCount())]
        assert any(t.startswith("Personas") for t in counts), counts
        assert chart.find_box.placeholderText() == "Buscar en el gráfico…"
    finally:
        bench.set_language("en")
    qtbot.waitUntil(lambda: button(chart, QPushButton, "findPath").text() == "Find path", timeout=3000)
    assert chart.tabs.tabText(1) == "Chart 2"


@pytest.mark.usefixtures("compiled")
def test_counts_follow_the_window_language(qtbot, bench) -> None:
    from casebench.ui import i18n

    assert count(12345) == "12,345"
    i18n.install("es")
    try:
        assert count(12345) == "12.345"
        i18n.install("fr")
        assert count(12345).replace("\u202f", " ").replace("\xa0", " ") == "12 345"
    finally:
        i18n.install("en")


@pytest.mark.usefixtures("compiled")
def test_the_chart_status_says_1_entity_and_1_link_in_each_language(qtbot) -> None:
    """"1 entities, 1 links" no more: each count takes its plural form in the window's
    language, numbers written as that language writes them."""
    from tests.ui.test_chart_overview import _chart

    from casebench.ui import i18n

    i18n.install("en")
    single = _chart(qtbot, 2)  # two people, one call between them
    tab = single.tab
    assert single.status.text() == "2 entities, 1 link"
    assert tab.counted(12000, 1) == "12,000 entities, 1 link"
    expected = {
        "en": ("1 entity, 1 link", "{0} entities, {1} links", "0 entities, 0 links"),
        "es": ("1 entidad, 1 vínculo", "{0} entidades, {1} vínculos", "0 entidades, 0 vínculos"),
        "pt": ("1 entidade, 1 ligação", "{0} entidades, {1} ligações", "0 entidades, 0 ligações"),
        "fr": ("1 entité, 1 lien", "{0} entités, {1} liens", "0 entité, 0 lien"),
    }
    try:
        for lang, (one, many, none) in expected.items():
            i18n.install(lang)
            assert tab.counted(1, 1) == one
            assert tab.counted(12000, 5000) == many.format(count(12000), count(5000))  # as the language writes them
            assert tab.counted(0, 0) == none
    finally:
        i18n.install("en")


@pytest.mark.usefixtures("compiled")
def test_laying_out_says_1_entity_in_each_language(qtbot) -> None:
    """"Laying out 1 entities…" no more: the status line while a layout runs takes the plural
    form of the window's language, the number written as that language writes it."""
    from tests.ui.test_chart_overview import _chart

    from casebench.ui import i18n

    i18n.install("en")
    chart = _chart(qtbot, 2)
    chart.tab.content.set(["p0000"])
    chart.tab.relayout()  # the layout itself answers in a later turn
    assert chart.status.text() == "Laying out 1 entity…"
    qtbot.waitUntil(lambda: not chart.tab.laying_out, timeout=TIMEOUT)
    expected = {
        "en": ("Laying out 1 entity…", "Laying out {0} entities…"),
        "es": ("Distribuyendo 1 entidad…", "Distribuyendo {0} entidades…"),
        "pt": ("A dispor 1 entidade…", "A dispor {0} entidades…"),
        "fr": ("Disposition de 1 entité…", "Disposition de {0} entités…"),
    }
    try:
        for lang, (one, many) in expected.items():
            i18n.install(lang)
            assert chart.tab.tr("Laying out %Ln entities…", "", 1) == one
            assert chart.tab.tr("Laying out %Ln entities…", "", 12000) == many.format(count(12000))
    finally:
        i18n.install("en")
