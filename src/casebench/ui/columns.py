"""Column widths that hold at any window size, scale and language.

Columns sized to their contents collapse or balloon when the rows change (a refresh, a
filter, an intake): "sus…", "TLP:AMBER+S…", an audit log opening as one wide column. Here
narrow columns get a width measured from a sample text in the view's own font (so it
follows QT_SCALE_FACTOR and the font size) and the header's label, and one column takes the
room that is left, never less than its minimum: when the view is too narrow the table
scrolls sideways instead of squeezing a column to nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView

_PAD = 24  # cell margins and the sort arrow
_KEY = "_casebench_columns"


def text_width(view: QTableView, sample: str) -> int:
    return view.fontMetrics().horizontalAdvance(sample) + _PAD


class _Filler(QObject):
    """Gives one column what the viewport has left whenever the view is resized."""

    def __init__(self, view: QTableView, column: int, minimum: int) -> None:
        super().__init__(view)
        self.view, self.column, self.minimum = view, column, minimum
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._other_resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fill()
        return False

    def _other_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.column:
            self.fill()  # the user widened another column: this one gives the room back

    def fill(self) -> None:
        hh = self.view.horizontalHeader()
        others = sum(hh.sectionSize(c) for c in range(hh.count())
                     if c != self.column and not hh.isSectionHidden(c))
        width = max(self.minimum, self.view.viewport().width() - others)
        if hh.sectionSize(self.column) != width:
            hh.blockSignals(True)
            hh.resizeSection(self.column, width)
            hh.blockSignals(False)
            hh.viewport().update()


def fit_columns(view: QTableView, *, fill: int, fill_minimum: str, samples: Mapping[int, str],
                order: list[int] | None = None) -> None:
    """``samples``: column → a typical longest text; ``fill``: the column that takes the rest
    (at least as wide as ``fill_minimum``); ``order``: visual order of the columns, if moved.

    Widths are set once (and again on a language switch through ``refit``): new rows never
    change them, the user can still drag them.
    """
    hh = view.horizontalHeader()
    hh.setMinimumSectionSize(36)
    hh.setStretchLastSection(False)
    hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    hh.setTextElideMode(Qt.TextElideMode.ElideRight)
    if order is not None:
        for visual, logical in enumerate(order):
            hh.moveSection(hh.visualIndex(logical), visual)
    view.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)
    filler = _Filler(view, fill, text_width(view, fill_minimum))
    setattr(view, _KEY, (dict(samples), filler))  # kept with the view it sizes
    refit(view)


def refit(view: QTableView) -> None:
    """Measure the narrow columns again (a language switch changes the headers' length)."""
    kept = getattr(view, _KEY, None)
    if kept is None:
        return
    samples, filler = kept
    model = view.model()
    hh = view.horizontalHeader()
    for column, sample in samples.items():
        label = str(model.headerData(int(column), Qt.Orientation.Horizontal) or "") if model else ""
        hh.resizeSection(int(column), max(text_width(view, sample), text_width(view, label)))
    filler.fill()
