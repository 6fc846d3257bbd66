"""Small shared pieces: TLP badge, explanation panes, plain-word errors, clipboard hygiene."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from casebench.domain.handling import TLP
from casebench.services.errors import CaseError, CodedError
from casebench.services.progress import OperationCancelled
from casebench.ui.error_texts import window_text

CLIPBOARD_SECONDS = 30

M = TypeVar("M")


# -- text is text ---------------------------------------------------------------------------------
# Case data is untrusted (partners' bundles, imported spreadsheets). Qt renders anything that
# looks like markup in labels, message boxes and tooltips: a name "<img src=…>" would load a
# file (on Windows a UNC path reaches the network), "<font size=40>" or "<a href=…>" would let
# a partner change what the investigator sees. So case data is shown as plain text everywhere.

def plain_tip(text: str) -> str:
    """A tooltip that shows ``text`` literally. Tooltips have no plain-text switch: Qt guesses
    (Qt::mightBeRichText), so the text is escaped inside a paragraph that keeps line breaks."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def plain_tooltips(cls: M) -> M:
    """Class decorator for item models: every ToolTipRole string is shown literally."""
    original: Callable[..., Any] = cls.data  # type: ignore[attr-defined]

    def data(self: Any, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = original(self, index, role)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str):
            return plain_tip(value)
        return value

    cls.data = data  # type: ignore[attr-defined]
    return cls


def plain_labels(root: QWidget) -> None:
    """Show every label under ``root`` as plain text, except those explicitly made rich
    (``setTextFormat(Qt.TextFormat.RichText)``, which must escape any case data they quote)."""
    labels = [root] if isinstance(root, QLabel) else []
    for label in [*labels, *root.findChildren(QLabel)]:
        if label.textFormat() != Qt.TextFormat.RichText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def tr(text: str, context: str = "casebench") -> str:
    """Translate a text that was marked elsewhere (QT_TRANSLATE_NOOP); literals use translate()."""
    return QCoreApplication.translate(context, text)


def tlp_style(tlp: TLP) -> str:
    """TLP 2.0: the label in its colour on black."""
    return (f"QLabel {{ background: #000; color: {tlp.colour}; font-weight: bold;"
            f" padding: 2px 8px; border-radius: 3px; }}")


def tlp_column_width(view: QWidget) -> int:
    """Wide enough for the longest marking (TLP:AMBER+STRICT) in the view's font and scale:
    a cut marking reads as plain AMBER."""
    return view.fontMetrics().horizontalAdvance("TLP:AMBER+STRICT") + 18


def tlp_cell(tlp: TLP, role: int) -> QBrush | None:
    """Table-cell colours of a TLP label: TLP 2.0 prints it in its colour on black."""
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor(tlp.colour))
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor("#000000"))
    return None


class TlpBadge(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_tlp(None)

    def set_tlp(self, tlp: TLP | None) -> None:
        if tlp is None:
            self.setText("")
            self.setStyleSheet("")
            self.hide()
            return
        self.setText(tlp.label)  # TLP labels are never translated
        self.setStyleSheet(tlp_style(tlp))
        self.setToolTip(QCoreApplication.translate("casebench", "Traffic Light Protocol level of the case (FIRST TLP 2.0)"))
        self.show()


class ExplainPane(QWidget):
    """A pane that says why it is empty instead of showing nothing."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setStyleSheet("color: palette(mid);")
        lay.addWidget(self.title)
        lay.addWidget(self.text)
        lay.addStretch(2)

    def set_texts(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)


def plain_error(exc: BaseException) -> str:
    """What went wrong, in words a user can act on (never a traceback)."""
    # Errors as data: the window's own words for the code, in the reader's language.
    text = window_text(exc)
    if text is not None:
        return text
    if isinstance(exc, CodedError):
        return str(exc.problem) if isinstance(exc, CaseError) else exc.text  # no window words yet
    if isinstance(exc, OSError):
        problem = exc.strerror or str(exc)
        if exc.filename:  # name the file: "No such file or directory" alone helps nobody
            problem = f"{problem}: {exc.filename}"
        return QCoreApplication.translate("casebench", "The operating system reported a problem: {problem}").format(
            problem=problem)
    if isinstance(exc, OperationCancelled):
        return QCoreApplication.translate("casebench", "Cancelled; the case is as it was before.")
    if isinstance(exc, ValueError) and not isinstance(exc, UnicodeError) and str(exc):
        return str(exc)  # services word their refusals of bad input as ValueError messages
    # A programming error (KeyError, TypeError…): str(exc) would show "'name'". Say so plainly;
    # the traceback is kept in memory and shown under Details (ui.failures).
    return QCoreApplication.translate("casebench", "casebench ran into an unexpected problem ({kind}) and "
                                      "stopped this action. The details can help your technical "
                                      "support.").format(kind=type(exc).__name__)


class ClipboardGuard(QObject):
    """Copies identifiers and hashes, and takes them off the clipboard after 30 s if unchanged."""

    def __init__(self, parent: QObject | None = None, seconds: float = CLIPBOARD_SECONDS) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_now)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._copied = text
        self._timer.start(int(self.seconds * 1000))

    def clear_now(self) -> None:
        cb = QGuiApplication.clipboard()
        if self._copied is not None and cb.text() == self._copied:
            cb.clear()
        self._copied = None


_guard: ClipboardGuard | None = None


def clipboard_guard() -> ClipboardGuard:
    global _guard
    if _guard is None:
        _guard = ClipboardGuard(QCoreApplication.instance())
    return _guard
