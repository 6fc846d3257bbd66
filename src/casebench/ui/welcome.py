"""Welcome screen: what casebench does, the demo case, New / Open case, identity, recent cases."""

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

from casebench.services import identity as identity_svc
from casebench.ui.prefs import Prefs


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    identityRequested = Signal()
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
        self.demo_hint = QLabel()
        self.demo_hint.setObjectName("demoHint")
        self.demo_hint.setWordWrap(True)
        buttons = QHBoxLayout()
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("openDemo")
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons.addWidget(self.demo_button)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCase")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openCase")
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        col.addSpacing(8)
        col.addLayout(buttons)
        col.addWidget(self.demo_hint)
        ident = QHBoxLayout()
        self.identity_hint = QLabel()
        self.identity_hint.setObjectName("identityHint")
        self.identity_hint.setWordWrap(True)
        self.identity_button = QPushButton()
        self.identity_button.setObjectName("createIdentity")
        self.identity_button.clicked.connect(self.identityRequested)
        ident.addWidget(self.identity_hint, 1)
        ident.addWidget(self.identity_button)
        col.addSpacing(8)
        col.addLayout(ident)
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
        self.tagline.setText(self.tr(
            "casebench keeps the facts, evidence and chain of custody of a cross-border "
            "investigation in an encrypted case folder on this computer, and never connects to a "
            "network. Every value keeps its source, grade and handling code, so you can always "
            "show where it came from and who may see it. You share with partners through signed, "
            "encrypted bundles and print briefing packs for forum meetings."))
        self.demo_button.setText(self.tr("Open the demo case"))
        self.demo_hint.setTextFormat(Qt.TextFormat.RichText)  # our own bold, no case data
        self.demo_hint.setText(self.tr("The demo case “Operation Mar Azul” is entirely fictional; "
                                       "it is built on first use and opens with the passphrase "
                                       "<b>demo</b>."))
        self.identity_hint.setText(self.tr(
            "To exchange bundles with partners you need an investigator identity: your own keys, "
            "shared by all your cases. It is created on first use, or now."))
        self.identity_button.setText(self.tr("Create my identity…"))
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
        no_identity = not identity_svc.exists()
        self.identity_hint.setVisible(no_identity)
        self.identity_button.setVisible(no_identity)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.recentChosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
