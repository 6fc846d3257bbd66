"""The names an exhibit is about (device owner, related ...) are shown whole, not cut in half."""

from __future__ import annotations

from tests.ui.conftest import TIMEOUT
from tests.ui.test_exhibits import page  # noqa: F401  (the exhibits page fixture)
from tests.ui.test_table_import_gui import on_worker

from casebench.services import entities as es
from casebench.services import evidence as ev
from casebench.ui.links import LinkButton


def test_the_exhibits_linked_names_are_shown_whole(qtbot, opened, page) -> None:  # noqa: F811
    def make(c) -> str:
        owner = es.add_entity(c, es.EntityDraft("Person", [("name", "Sergio Domínguez Barreiro")]))
        boat = es.add_entity(c, es.EntityDraft("Vessel", [("name", "Virxe do Mar")]))
        return ev.add_exhibit(c, ev.ExhibitDraft(reference="MA-EX-008", type="device", description="Phone"),
                              links=[(owner, "device owner"), (boat, "related")])
    on_worker(qtbot, opened, make)
    opened.resize(1280, 800)
    opened.show()
    page.load()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=TIMEOUT)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None and page.current.reference == "MA-EX-008",
                    timeout=TIMEOUT)
    buttons = page.entity_links.findChildren(LinkButton)
    qtbot.waitUntil(lambda: len([b for b in buttons if b.isVisible()]) == 2, timeout=TIMEOUT)
    # the row was as tall as a scroll bar (14 px): the names showed only their top half
    view = page.entity_links_scroll.viewport()
    for b in buttons:
        top = b.mapTo(view, b.rect().topLeft()).y()
        assert top >= 0 and top + b.height() <= view.height(), (top, b.height(), view.height())
