"""Forms for a new exhibit and a custody event (they collect; the page saves on the worker)."""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casebench.domain.dates import DateError, DateValue
from casebench.services import evidence as ev
from casebench.services.errors import CaseError
from casebench.ui.common import plain_error, plain_labels, plain_tip
from casebench.ui.dialogs import ask
from casebench.ui.value_labels import CUSTODY_EVENT, EXHIBIT_TYPE, value_label

ERROR_LINES = 3  # the longest problem (a custody event's missing fields) wraps to this many lines


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.outer.addLayout(self.form)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        # room for a problem from the start: a text appearing under the form squeezed every
        # field above it, so the next click after OK landed in another field than aimed at
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.error.setFixedHeight(self.error.fontMetrics().lineSpacing() * ERROR_LINES + 4)
        self.outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        self.outer.addWidget(self.buttons)
        plain_labels(self)  # case data in labels is shown as written, never as markup

    def line(self, label: str, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        self.form.addRow(label, edit)
        return edit

    def problem(self) -> str:
        return ""

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setToolTip(plain_tip(text))  # whole, should a long quoted value pass the room

    def _check(self) -> None:
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            return
        self.accept()


def _date_problem(text: str) -> str:
    if not text.strip():
        return ""
    try:
        DateValue.parse(text)
    except DateError as exc:
        return plain_error(exc)
    return ""


class ExhibitDialog(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New exhibit"), parent)
        self.reference = self.line(self.tr("Reference:"), "reference", self.tr("e.g. MA-EX-014"))
        self.type = QComboBox()
        for t in ev.EXHIBIT_TYPES:
            self.type.addItem(value_label(EXHIBIT_TYPE, t), t)
        self.form.addRow(self.tr("Type:"), self.type)
        self.description = self.line(self.tr("Description:"), "description")
        self.seized_place = self.line(self.tr("Seized where:"), "place")
        self.seized_at = self.line(self.tr("Seized when:"), "when", self.tr("e.g. 2024-03-11T14:05+01:00"))
        self.seized_tz = self.line(self.tr("Time zone:"), "zone",
                                   self.tr("where it was seized, e.g. Europe/Madrid or +01:00"))
        self.seized_by = self.line(self.tr("Seized by:"), "by")
        self.authority = self.line(self.tr("Authority:"), "authority", self.tr("warrant, court order …"))
        self.seals = self.line(self.tr("Seal numbers:"), "seals", self.tr("separated by commas"))
        self.storage = self.line(self.tr("Storage location:"), "storage")

    def problem(self) -> str:
        if not self.reference.text().strip():
            return self.tr("An exhibit needs a reference.")
        if not self.seized_at.text().strip():
            return ""
        try:  # the service's own rule: a seizure time states its offset or its zone
            ev.seizure_moment(Path(self.reference.text().strip()), self.seized_at.text(),
                              self.seized_tz.text())
        except CaseError as exc:
            return plain_error(exc)
        return ""

    def draft(self) -> ev.ExhibitDraft:
        return ev.ExhibitDraft(
            reference=self.reference.text().strip(), type=str(self.type.currentData()),
            description=self.description.text().strip(), seized_place=self.seized_place.text().strip(),
            seized_at=self.seized_at.text().strip(), seized_tz=self.seized_tz.text().strip(),
            seized_by=self.seized_by.text().strip(),
            seized_authority=self.authority.text().strip(),
            seal_numbers=[s.strip() for s in self.seals.text().split(",") if s.strip()],
            storage_location=self.storage.text().strip())


# What each custody event must say before it is appended (for good) to the hash-chained log.
# "from"/"to": a person or an organisation.
REQUIRED: dict[str, tuple[str, ...]] = {
    "seize": ("place",),
    "seal": ("seal_after",),
    "transfer": ("from", "to", "purpose"),
    "check-out": ("from", "to", "purpose"),
    "check-in": ("from", "to"),
    "examine": ("purpose",),
    "image": ("purpose",),
    "reseal": ("seal_before", "seal_after"),
    "return": ("to",),
    "destroy": ("authority",),
    "export": ("to",),
    "import": ("from",),
}


def local_now() -> str:
    """Now, to the minute, with the user's UTC offset written out (never a bare time)."""
    return datetime.now().astimezone().isoformat(timespec="minutes")


def zone_text() -> str:
    now = datetime.now().astimezone()
    offset = now.strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]} ({now.tzname()})"


class CustodyDialog(_Form):
    """A custody event: required fields per event type, an explicit time zone, and a last
    look at exactly what will be appended before it is (the log cannot be edited after)."""

    def __init__(self, parent: QWidget | None = None, *, exhibit: str = "", previous_seal: str = "") -> None:
        super().__init__(self.tr("Add custody event"), parent)
        self.exhibit = exhibit
        self.event_type = QComboBox()
        self.event_type.setObjectName("eventType")
        for t in ev.EVENT_TYPES:
            self.event_type.addItem(value_label(CUSTODY_EVENT, t), t)
        self.event_type.setCurrentIndex(self.event_type.findData("transfer"))
        self.form.addRow(self.tr("Event:"), self.event_type)
        self.at = self.line(self.tr("When:"), "at", self.tr("e.g. 2024-03-12T09:30+01:00"))
        self.at.setText(local_now())
        self.zone = QLabel(self.tr("Your time zone: {zone}. Write the offset of the place where it "
                                   "happened if it differs.").format(zone=zone_text()))
        self.zone.setObjectName("zoneHint")
        self.zone.setWordWrap(True)
        self.form.addRow("", self.zone)
        self.from_person = self.line(self.tr("From (person):"), "fromPerson")
        self.from_org = self.line(self.tr("From (organisation):"), "fromOrg")
        self.to_person = self.line(self.tr("To (person):"), "toPerson")
        self.to_org = self.line(self.tr("To (organisation):"), "toOrg")
        self.place = self.line(self.tr("Place:"), "place")
        self.purpose = self.line(self.tr("Purpose:"), "purpose")
        self.authority = self.line(self.tr("Authority:"), "authority")
        self.seal_before = self.line(self.tr("Seal before:"), "sealBefore")
        self.seal_before.setText(previous_seal)  # the seal the exhibit should still carry
        self.seal_after = self.line(self.tr("Seal after:"), "sealAfter")
        self.intact = QCheckBox(self.tr("Seal found intact"))
        self.intact.setChecked(True)
        self.form.addRow("", self.intact)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.form.addRow(self.tr("Notes:"), self.notes)
        self._labels = {name: self.form.labelForField(w) for name, w in self._fields().items()}
        self._texts = {name: lb.text() for name, lb in self._labels.items() if isinstance(lb, QLabel)}
        self.event_type.currentIndexChanged.connect(lambda _i: self._mark_required())
        self._mark_required()
        # Tab follows the form and ends on OK, then Cancel; the first field has the focus.
        order: list[QWidget] = [self.event_type, self.at, self.from_person, self.from_org, self.to_person,
                                self.to_org, self.place, self.purpose, self.authority, self.seal_before,
                                self.seal_after, self.intact, self.notes,
                                self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                                self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for a, b in itertools.pairwise(order):
            QWidget.setTabOrder(a, b)
        self.event_type.setFocus()
        plain_labels(self)

    def _fields(self) -> dict[str, QWidget]:
        return {"from_person": self.from_person, "from_org": self.from_org, "to_person": self.to_person,
                "to_org": self.to_org, "place": self.place, "purpose": self.purpose,
                "authority": self.authority, "seal_before": self.seal_before, "seal_after": self.seal_after}

    def required(self) -> tuple[str, ...]:
        return REQUIRED.get(str(self.event_type.currentData()), ())

    def _mark_required(self) -> None:
        need = set(self.required())
        for name, label in self._labels.items():
            if not isinstance(label, QLabel):
                continue
            side = name.split("_")[0]
            star = name in need or (side in ("from", "to") and side in need)
            label.setText(self._texts[name] + (" *" if star else ""))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.event_type.setFocus()

    def problem(self) -> str:
        missing: list[str] = []
        for need in self.required():
            if need == "from" and not (self.from_person.text().strip() or self.from_org.text().strip()):
                missing.append(self.tr("from whom (a person or an organisation)"))
            elif need == "to" and not (self.to_person.text().strip() or self.to_org.text().strip()):
                missing.append(self.tr("to whom (a person or an organisation)"))
            elif need in self._texts and not getattr(self, need).text().strip():
                missing.append(self._texts[need].rstrip(":").lower())
        if missing:
            return self.tr("A “{event}” event needs: {fields}.").format(
                event=self.event_type.currentData(), fields=", ".join(missing))
        text = self.at.text().strip()
        if not text:
            return self.tr("Say when it happened, with the time zone (e.g. {example}).").format(
                example=local_now())
        problem = _date_problem(text)
        if problem:
            return problem
        start = DateValue.parse(text).start
        if start.hour is not None and start.offset_minutes is None:
            return self.tr("Give the time zone of {time}: e.g. {example}.").format(
                time=text, example=text + local_now()[-6:])
        return ""

    def summary(self) -> str:
        """Exactly what will be appended, one line per field that is filled in."""
        d = self.draft()
        # The translated verb for the reader, the stored word beside it: that word is the record.
        shown = value_label(CUSTODY_EVENT, d.event)
        event = d.event if shown == d.event else f"{shown} ({d.event})"
        rows = [(self.tr("Exhibit"), self.exhibit), (self.tr("Event"), event), (self.tr("When"), d.at),
                (self.tr("From"), ", ".join(p for p in (d.from_person, d.from_org) if p)),
                (self.tr("To"), ", ".join(p for p in (d.to_person, d.to_org) if p)),
                (self.tr("Place"), d.place), (self.tr("Purpose"), d.purpose), (self.tr("Authority"), d.authority),
                (self.tr("Seal before"), d.seal_before), (self.tr("Seal after"), d.seal_after),
                (self.tr("Notes"), d.notes)]
        return "\n".join(f"{k}: {v}" for k, v in rows if v)

    def _check(self) -> None:
        problem = self.problem()
        if problem:
            self.show_problem(problem)
            return
        self.show_problem("")
        if ask.confirm(self, self.tr("Add custody event"), self.tr(
                "This will be appended to the custody log for good; it cannot be changed or removed "
                "afterwards, only followed by a correcting event.") + "\n\n" + self.summary()):
            self.accept()

    def draft(self) -> ev.CustodyDraft:
        notes = self.notes.toPlainText().strip()
        if self.seal_before.text().strip() and not self.intact.isChecked():
            notes = (self.tr("Seal NOT intact.") + " " + notes).strip()
        return ev.CustodyDraft(
            event=str(self.event_type.currentData()), at=self.at.text().strip(),
            from_person=self.from_person.text().strip(), from_org=self.from_org.text().strip(),
            to_person=self.to_person.text().strip(), to_org=self.to_org.text().strip(),
            place=self.place.text().strip(), purpose=self.purpose.text().strip(),
            authority=self.authority.text().strip(), seal_before=self.seal_before.text().strip(),
            seal_after=self.seal_after.text().strip(), notes=notes)
