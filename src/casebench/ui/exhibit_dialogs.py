"""Forms for a new exhibit and a custody event (they collect; the page saves on the worker)."""

from __future__ import annotations

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
from casebench.ui.common import plain_labels


class _Form(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.outer.addLayout(self.form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
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

    def _check(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()


def _date_problem(text: str) -> str:
    if not text.strip():
        return ""
    try:
        DateValue.parse(text)
    except DateError as exc:
        return str(exc)
    return ""


class ExhibitDialog(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New exhibit"), parent)
        self.reference = self.line(self.tr("Reference:"), "reference", self.tr("e.g. MA-EX-014"))
        self.type = QComboBox()
        for t in ev.EXHIBIT_TYPES:
            self.type.addItem(t, t)
        self.form.addRow(self.tr("Type:"), self.type)
        self.description = self.line(self.tr("Description:"), "description")
        self.seized_place = self.line(self.tr("Seized where:"), "place")
        self.seized_at = self.line(self.tr("Seized when:"), "when", self.tr("e.g. 2024-03-11T14:05+01:00"))
        self.seized_by = self.line(self.tr("Seized by:"), "by")
        self.authority = self.line(self.tr("Authority:"), "authority", self.tr("warrant, court order …"))
        self.seals = self.line(self.tr("Seal numbers:"), "seals", self.tr("separated by commas"))
        self.storage = self.line(self.tr("Storage location:"), "storage")

    def problem(self) -> str:
        if not self.reference.text().strip():
            return self.tr("An exhibit needs a reference.")
        return _date_problem(self.seized_at.text())

    def draft(self) -> ev.ExhibitDraft:
        return ev.ExhibitDraft(
            reference=self.reference.text().strip(), type=str(self.type.currentData()),
            description=self.description.text().strip(), seized_place=self.seized_place.text().strip(),
            seized_at=self.seized_at.text().strip(), seized_by=self.seized_by.text().strip(),
            seized_authority=self.authority.text().strip(),
            seal_numbers=[s.strip() for s in self.seals.text().split(",") if s.strip()],
            storage_location=self.storage.text().strip())


class CustodyDialog(_Form):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add custody event"), parent)
        self.event_type = QComboBox()
        for t in ev.EVENT_TYPES:
            self.event_type.addItem(t, t)
        self.event_type.setCurrentIndex(self.event_type.findData("transfer"))
        self.form.addRow(self.tr("Event:"), self.event_type)
        self.at = self.line(self.tr("When:"), "at", self.tr("empty: now; e.g. 2024-03-12T09:30+01:00"))
        self.from_person = self.line(self.tr("From (person):"), "fromPerson")
        self.from_org = self.line(self.tr("From (organisation):"), "fromOrg")
        self.to_person = self.line(self.tr("To (person):"), "toPerson")
        self.to_org = self.line(self.tr("To (organisation):"), "toOrg")
        self.place = self.line(self.tr("Place:"), "place")
        self.purpose = self.line(self.tr("Purpose:"), "purpose")
        self.authority = self.line(self.tr("Authority:"), "authority")
        self.seal_before = self.line(self.tr("Seal before:"), "sealBefore")
        self.seal_after = self.line(self.tr("Seal after:"), "sealAfter")
        self.intact = QCheckBox(self.tr("Seal found intact"))
        self.intact.setChecked(True)
        self.form.addRow("", self.intact)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.form.addRow(self.tr("Notes:"), self.notes)

    def problem(self) -> str:
        return _date_problem(self.at.text())

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
