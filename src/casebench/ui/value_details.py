"""Under the values table: everything recorded about the selected value, wrapped.

At 1280×800 the editor's table cannot show Value and all of its provenance side by side;
this pane shows the selected value's source, grade, handling and when it was recorded in
full, whatever the table's width. Case data: plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from casebench.ui.statement_model import SCol

# Shown after the value itself, in this order.
_DETAIL_COLUMNS = (SCol.SOURCE, SCol.GRADE, SCol.HANDLING, SCol.ORIGINAL, SCol.RECORDED)


class ValueDetails(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueDetails")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setStyleSheet("QLabel#valueDetails { padding: 4px 6px; background: palette(alternate-base); }")
        self._model: QAbstractItemModel | None = None
        self._row = -1

    def watch(self, model: QAbstractItemModel, selection: QItemSelectionModel) -> None:
        self._model = model
        selection.currentRowChanged.connect(lambda cur, _prev: self.show_row(cur.row()))
        model.modelReset.connect(lambda: self.show_row(-1))
        model.dataChanged.connect(lambda *_: self.show_row(self._row))  # a language switch
        self.show_row(-1)

    def show_row(self, row: int) -> None:
        self._row = row
        model = self._model
        if model is None or not 0 <= row < model.rowCount():
            self.setText(self.tr("Select a value to see where it comes from: source, grade, "
                                 "handling and when it was recorded."))
            return

        def cell(col: int) -> str:
            return str(model.index(row, col, QModelIndex()).data() or "")

        def head(col: int) -> str:
            return str(model.headerData(col, Qt.Orientation.Horizontal) or "")

        lines = [f"{cell(SCol.PROPERTY)}: {cell(SCol.VALUE)}"]
        lines += [f"{head(c)}: {cell(c)}" for c in _DETAIL_COLUMNS if cell(c)]
        self.setText("\n".join(lines))
