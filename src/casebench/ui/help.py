"""Help: the bundled user guide (Markdown, shown offline in a QTextBrowser) and About."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import casebench


def guide_candidates() -> list[Path]:
    """Where the guide may be: next to the package when frozen, in the source tree otherwise."""
    package = Path(casebench.__file__).resolve().parent
    found = [package / "docs" / "guide" / "index.md"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "casebench" / "docs" / "guide" / "index.md")
    found.append(package.parents[1] / "docs" / "guide" / "index.md")  # src/casebench → repo root
    return found


def guide_path() -> Path | None:
    return next((p for p in guide_candidates() if p.is_file()), None)


class GuideBrowser(QDialog):
    """The user guide. Links between guide pages work; links to the web are not followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("casebench user guide"))
        self.resize(860, 680)
        lay = QVBoxLayout(self)
        nav = QHBoxLayout()
        self.back = QPushButton(self.tr("Back"))
        self.home = QPushButton(self.tr("Contents"))
        nav.addWidget(self.back)
        nav.addWidget(self.home)
        nav.addStretch(1)
        lay.addLayout(nav)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        lay.addWidget(self.browser, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        lay.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back.setEnabled)
        self.back.setEnabled(False)
        self.home.clicked.connect(self.show_index)
        self.index = guide_path()
        self.show_index()

    def show_index(self) -> None:
        if self.index is None:
            self.browser.setMarkdown(self.tr(
                "# User guide not found\n\nThe user guide is not part of this installation. It is in "
                "`docs/guide/` of the casebench sources."))
            return
        self.open_page(QUrl.fromLocalFile(str(self.index)))

    def open_page(self, url: QUrl) -> None:
        self.browser.setSearchPaths([str(Path(url.toLocalFile()).parent)])
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        self.note.clear()

    def follow(self, url: QUrl) -> None:
        if url.scheme() in ("", "file"):
            if not url.isLocalFile():
                url = self.browser.source().resolved(url)
            if url.hasFragment() and url.toLocalFile() == self.browser.source().toLocalFile():
                self.browser.scrollToAnchor(url.fragment())
                return
            if Path(url.toLocalFile()).suffix.lower() in (".md", ".markdown"):
                self.open_page(url)
                return
        self.note.setText(self.tr("casebench works offline and does not open web links: {url}").format(
            url=url.toString()))

    def text(self) -> str:
        return self.browser.toPlainText()
