"""Deleting a client is deliberate: the dialog says what happens to the synced copies
and asks for the client code before the Delete button works."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from outreach_desktop.gui.record.dialog_base import RecordDialog
from outreach_desktop.gui.record.texts import describe

if TYPE_CHECKING:
    from outreach_desktop.gui.workspace.context import Workspace


class DeleteClientDialog(RecordDialog):
    """Holds ``explanation_label``, ``code_edit`` (the client code must be typed) and
    ``delete_button``; emits ``deleted(client_id)`` once ``delete_client`` is done."""

    deleted = Signal(str)

    def __init__(self, workspace: Workspace, client_id: str, client_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.client_id, self.client_code = workspace, client_id, client_code
        self.setWindowTitle(self.tr("Delete client"))
        self.explanation_label = QLabel(self)
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setText(self.tr(
            "The client, their cases, contacts, referrals, notes and documents are deleted "
            "on this laptop now, and on the server and the other devices at the next sync. "
            "This cannot be undone here.\n\n"
            "If the client asked for erasure of their data (GDPR Art. 17), also ask your "
            "organisation to erase it: the server keeps a trace of the deletion until "
            "then."))
        self.code_label = QLabel(self.tr("Type the client code %1 to confirm:").replace(
            "%1", client_code), self)
        self.code_label.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setAccessibleName(self.tr("Client code to confirm"))
        self.code_label.setBuddy(self.code_edit)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        self.delete_button = self.button_box.addButton(
            self.tr("Delete client"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.cancel_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setDefault(True)
        self.delete_button.clicked.connect(self.delete)
        self.button_box.rejected.connect(self.reject)
        self.code_edit.textChanged.connect(self._on_code_typed)
        layout = QVBoxLayout(self)
        for widget in (self.explanation_label, self.code_label, self.code_edit,
                       self.error_label, self.button_box):
            layout.addWidget(widget)
        self.fit_paragraphs([self.explanation_label, self.code_label])

    def _on_code_typed(self, text: str) -> None:
        self.delete_button.setEnabled(text.strip().casefold() == self.client_code.casefold())

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        self.code_edit.setEnabled(not busy)

    def delete(self) -> None:
        if not self.delete_button.isEnabled():
            return
        client_id = self.client_id

        def write(uow: Any) -> int:
            from outreach_desktop.core.casework import CaseRuleBroken, delete_client
            from outreach_desktop.core.storage.models import Client

            client = uow.session.get(Client, client_id)
            if client is None or client.deleted_at is not None:
                raise CaseRuleBroken("client_not_found")
            return delete_client(uow, client)

        self.workspace.write(self, write, "client").success(self._on_deleted) \
            .failure(self._on_failed).run()

    def _on_deleted(self, _count: int) -> None:
        self.deleted.emit(self.client_id)
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.error_label.setText(describe(exc))
        self.error_label.setVisible(True)
