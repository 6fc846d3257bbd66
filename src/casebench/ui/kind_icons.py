"""Small icons per kind of entity, drawn once (no image files: nothing to load from disk).

One icon per schema family, so a person, an organisation, a vessel, an event, a call or a
payment is told apart at a glance wherever a reference to it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from casebench.domain.schema import SCHEMATA

# family: (colour, letter, round?)
_FAMILIES: dict[str, tuple[str, str, bool]] = {
    "Person": ("#1f6fb2", "P", True),
    "Organization": ("#2e7d32", "O", False),
    "Vehicle": ("#00838f", "V", False),
    "Event": ("#e65100", "E", True),
    "Call": ("#6a1b9a", "C", True),
    "Payment": ("#b8860b", "$", True),
    "Account": ("#5d4037", "A", False),
    "Document": ("#546e7a", "D", False),
    "Address": ("#ad1457", "L", True),
    "Identification": ("#37474f", "I", False),
    "Link": ("#757575", "R", True),
    "Exhibit": ("#8d6e63", "X", False),
    "Number": ("#9e9e9e", "#", True),
    "Thing": ("#9e9e9e", "?", True),
}
_BY_SCHEMA = {
    "Person": "Person", "Organization": "Organization", "Company": "Organization",
    "PublicBody": "Organization", "LegalEntity": "Organization", "Vehicle": "Vehicle",
    "Vessel": "Vehicle", "Airplane": "Vehicle", "Event": "Event", "Seizure": "Event",
    "Travel": "Event", "Meeting": "Event", "Call": "Call", "Payment": "Payment",
    "BankAccount": "Account", "CryptoWallet": "Account", "UserAccount": "Account",
    "Document": "Document", "Note": "Document", "Request": "Document", "ActionItem": "Document",
    "Address": "Address", "Identification": "Identification", "Passport": "Identification",
    "Exhibit": "Exhibit", "": "Number",
}
_CACHE: dict[str, QIcon] = {}


def family(kind: str) -> str:
    """The icon family of a schema name (relationships without their own: "Link")."""
    if kind in _BY_SCHEMA:
        return _BY_SCHEMA[kind]
    schema = SCHEMATA.get(kind)
    if schema is not None and schema.edge is not None:
        return "Link"
    return "Thing"


def kind_icon(kind: str) -> QIcon:
    """The icon of a schema name, "Exhibit", or "" (a bare number)."""
    fam = family(kind)
    icon = _CACHE.get(fam)
    if icon is None:
        icon = QIcon()
        for size in (16, 24, 32):
            icon.addPixmap(_draw(fam, size))
        _CACHE[fam] = icon
    return icon


def _draw(fam: str, size: int) -> QPixmap:
    colour, letter, round_ = _FAMILIES[fam]
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    rect = QRectF(1, 1, size - 2, size - 2)
    if round_:
        p.drawEllipse(rect)
    else:
        p.drawRoundedRect(rect, size / 6, size / 6)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.6))
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
    p.end()
    return pix
