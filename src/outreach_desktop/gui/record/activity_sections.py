"""The Contacts, Referrals and Notes tabs: what happened with the client, newest first.

Each is a table over ``RowsModel``; strings are made once per load (a record with 500
contacts costs a few milliseconds, and the view paints only the visible rows).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.dialog_base import RecordDialog, show_record_error
from outreach_desktop.gui.record.table_model import RowsModel, make_table, selected_id
from outreach_desktop.gui.record.texts import (
    REFERRAL_STATUSES,
    describe,
    format_date,
    format_datetime,
    problem_text,
    referral_status_label,
)
from outreach_desktop.gui.record.widgets import DateField, FieldMessage

if TYPE_CHECKING:
    from outreach_desktop.core.casework import ClientRecord
    from outreach_desktop.core.catalogues import CatalogueLabels
    from outreach_desktop.core.storage.models import Contact
    from outreach_desktop.gui.record.log_contact_dialog import LogContactDialog
    from outreach_desktop.gui.workspace.context import Workspace


def _cached(fn: Callable[..., str]) -> Callable[..., str]:
    """Memoise a label or date lookup for one fill (500 contacts share a few codes)."""
    return functools.lru_cache(maxsize=None)(fn)


def first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


class _TableSection(QWidget):
    """A table and a row of buttons under it; subclasses fill ``model``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 stretch_column: int = -1) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.record: ClientRecord | None = None
        self.model = RowsModel(self.headers, self)
        self.table = make_table(self.model, self, stretch_column)
        self.buttons = QHBoxLayout()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(self.buttons)

    def headers(self) -> list[str]:
        raise NotImplementedError

    def show_record(self, record: ClientRecord | None) -> None:
        self.record = record
        self.fill()

    def fill(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.model.retranslate()
        self.fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ContactsSection(_TableSection):
    """Contacts newest first; ``log_button`` opens the Log contact dialog;
    ``prepared_rows`` are strings made on the worker for the next ``show_record``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent, stretch_column=7)
        self.log_dialog: LogContactDialog | None = None
        self.prepared_rows: list[tuple[str, ...]] | None = None
        self.log_button = QPushButton(self)
        self.log_button.clicked.connect(self.open_log_dialog)
        self.buttons.addWidget(self.log_button)
        self.buttons.addStretch(1)
        self.retranslate()

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Kind"), self.tr("Minutes"), self.tr("District"),
                self.tr("Topics"), self.tr("Language"), self.tr("Follow-up"), self.tr("Note")]

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Contacts"))
        self.log_button.setText(self.tr("Log contact…"))
        self.log_button.setAccessibleName(self.tr("Log contact"))
        super().retranslate()

    @staticmethod
    def make_rows(contacts: list[Contact], labels: CatalogueLabels) -> list[tuple[str, ...]]:
        """The table's strings; the record view calls this on the worker right after
        loading, so 500 contacts cost the GUI thread nothing."""
        label = _cached(labels.label)
        day = _cached(format_date)
        return [(day(c.occurred_on), label("contact_kind", c.kind),
                 str(c.duration_minutes or ""), label("district", c.district),
                 ", ".join(label("topic", t) for t in c.topics or []),
                 label("language", c.language), day(c.follow_up_on),
                 first_line(c.note)) for c in contacts]

    def fill(self) -> None:
        contacts = self.record.contacts if self.record else []
        rows = self.prepared_rows
        if rows is None or len(rows) != len(contacts):
            rows = self.make_rows(contacts, self.workspace.labels)
        self.prepared_rows = None  # a language switch makes them anew
        self.model.set_rows([c.id for c in contacts], rows)
        self.log_button.setEnabled(self.record is not None)

    def open_log_dialog(self) -> LogContactDialog | None:
        from outreach_desktop.gui.record.log_contact_dialog import LogContactDialog

        if self.record is None:
            return None
        self.log_dialog = LogContactDialog(self.workspace, self.record.client.id, self)
        self.log_dialog.finished.connect(lambda _r: setattr(self, "log_dialog", None))
        self.log_dialog.open()
        return self.log_dialog


class ReferralsSection(_TableSection):
    """Referrals (Vermittlungen) newest first; ``add_button`` opens ``ReferralDialog``."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent, stretch_column=3)
        self.referral_dialog: ReferralDialog | None = None
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.open_referral_dialog)
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)
        self.retranslate()

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Institution"), self.tr("Status"), self.tr("Note")]

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Referrals"))
        self.add_button.setText(self.tr("Add referral…"))
        self.add_button.setAccessibleName(self.tr("Add referral"))
        super().retranslate()

    def fill(self) -> None:
        referrals = self.record.referrals if self.record else []
        label = self.workspace.labels.label
        rows = [(format_date(r.referred_on), label("institution", r.institution),
                 referral_status_label(r.status), first_line(r.note)) for r in referrals]
        self.model.set_rows([r.id for r in referrals], rows)
        self.add_button.setEnabled(self.record is not None)

    def open_referral_dialog(self) -> ReferralDialog | None:
        if self.record is None:
            return None
        self.referral_dialog = ReferralDialog(self.workspace, self.record.client.id, self)
        self.referral_dialog.finished.connect(lambda _r: setattr(self, "referral_dialog", None))
        self.referral_dialog.open()
        return self.referral_dialog


class ReferralDialog(RecordDialog):
    """An institution (from the catalogue, or typed), a status, a date and a note."""

    def __init__(self, workspace: Workspace, client_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.client_id = workspace, client_id
        self.setWindowTitle(self.tr("Add referral"))
        self.institution_combo = QComboBox(self)
        self.institution_combo.setEditable(True)  # an institution not in the catalogue
        for code, text in workspace.labels.choices("institution"):
            self.institution_combo.addItem(text, code)
        self.institution_combo.setCurrentIndex(-1)
        self.institution_message = FieldMessage(self.institution_combo, self)
        self.status_combo = QComboBox(self)
        for status in REFERRAL_STATUSES:
            self.status_combo.addItem(referral_status_label(status), status)
        self.date_field = DateField(self)
        self.date_field.set_date(workspace.today())
        self.date_message = FieldMessage(self.date_field, self)
        self.note_edit = QLineEdit(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = ((self.tr("&Institution"), self.institution_combo, self.institution_message),
                (self.tr("&Status"), self.status_combo, None),
                (self.tr("&Date"), self.date_field, self.date_message),
                (self.tr("&Note"), self.note_edit, None))
        for text, field, message in rows:
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
            if message is not None:
                form.addRow(message.label)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Save
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.button_box)

    def institution(self) -> str:
        """The catalogue code if the text is a catalogue label, else the text typed."""
        text = self.institution_combo.currentText().strip()
        index = self.institution_combo.findText(text)
        return self.institution_combo.itemData(index) if index >= 0 else text

    def is_dirty(self) -> bool:
        return bool(self.institution_combo.currentText().strip() or self.note_edit.text())

    def save(self) -> None:
        institution, referred_on = self.institution(), self.date_field.date()
        self.institution_message.show_problem("" if institution else problem_text("required"))
        self.date_message.show_problem("" if referred_on else problem_text("bad_date"))
        if not institution or not referred_on:
            return
        client_id, status, note = (self.client_id, self.status_combo.currentData(),
                                   self.note_edit.text())

        def write(uow: Any) -> None:
            from outreach_desktop.core.casework import add_referral

            add_referral(uow, client_id, institution, status, referred_on, note)

        self.workspace.write(self, write, "referral").success(lambda _r: self.accept()) \
            .failure(lambda exc: self.institution_message.show_problem(describe(exc))).run()


class NotesSection(_TableSection):
    """Notes newest first; the selected note in full below; a field to add one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent, stretch_column=1)
        self.full_text = QPlainTextEdit(self)
        self.full_text.setReadOnly(True)
        self.full_text.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.new_note_edit = QPlainTextEdit(self)
        self.new_note_edit.setTabChangesFocus(True)
        self.new_note_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_note)
        self.layout_.insertWidget(1, self.full_text)
        self.buttons.addWidget(self.new_note_edit, 1)
        self.buttons.addWidget(self.add_button)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_full())
        self.retranslate()

    def headers(self) -> list[str]:
        return [self.tr("Written"), self.tr("Note")]

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Notes"))
        self.full_text.setAccessibleName(self.tr("Selected note"))
        self.new_note_edit.setAccessibleName(self.tr("New note"))
        self.new_note_edit.setPlaceholderText(self.tr("New note"))
        self.add_button.setText(self.tr("Add note"))
        super().retranslate()

    def fill(self) -> None:
        notes = self.record.notes if self.record else []
        self.model.set_rows([n.id for n in notes],
                            [(format_datetime(n.created_at), first_line(n.body)) for n in notes])
        self.add_button.setEnabled(self.record is not None)
        self._show_full()

    def _show_full(self) -> None:
        note_id = selected_id(self.table)
        notes = {n.id: n.body for n in (self.record.notes if self.record else [])}
        self.full_text.setPlainText(notes.get(note_id or "", ""))

    def add_note(self) -> None:
        body = self.new_note_edit.toPlainText()
        if self.record is None or not body.strip():
            return
        client_id = self.record.client.id

        def write(uow: Any) -> None:
            from outreach_desktop.core.casework import add_note

            add_note(uow, client_id, body)

        self.workspace.write(self, write, "note").success(
            lambda _r: self.new_note_edit.clear()).failure(
            lambda exc: show_record_error(self, exc)).run()
