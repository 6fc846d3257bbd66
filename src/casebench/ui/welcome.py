"""Welcome screen: recent cases, New case, Open case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebench.ui.prefs import Prefs


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, prefs: Prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        outer.addLayout(col, 3)
        outer.addStretch(1)
        col.addStretch(1)
        self.heading = QLabel("casebench")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.tagline = QLabel()
        self.tagline.setWordWrap(True)
        col.addWidget(self.heading)
        col.addWidget(self.tagline)
        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCase")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openCase")
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self.recent_label = QLabel()
        col.addSpacing(16)
        col.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setObjectName("recentCases")
        self.recent.itemActivated.connect(self._chosen)
        col.addWidget(self.recent, 2)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: palette(mid);")
        col.addWidget(self.empty_hint)
        col.addStretch(1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.tagline.setText(self.tr("Offline workbench for cross-border investigations. "
                                     "Every case is an encrypted folder on this computer."))
        self.new_button.setText(self.tr("New case…"))
        self.open_button.setText(self.tr("Open case…"))
        self.recent_label.setText(self.tr("Recent cases"))
        self.empty_hint.setText(self.tr("No recent cases yet. Create a new case or open an "
                                        "existing .casebench folder."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.prefs.recent_cases():
            p = Path(path)
            missing = not (p / "case.json").exists()
            text = p.name.removesuffix(".casebench") + "\n" + str(p.parent)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, path)
            if missing:
                item.setToolTip(self.tr("This case folder is not reachable (removed or on a "
                                        "disconnected drive)."))
                item.setForeground(Qt.GlobalColor.gray)
            self.recent.addItem(item)
        has = self.recent.count() > 0
        self.recent.setVisible(has)
        self.recent_label.setVisible(has)
        self.empty_hint.setVisible(not has)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
