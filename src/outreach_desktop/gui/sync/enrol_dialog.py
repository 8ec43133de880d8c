"""Settings → Connect to server…: enrol this device with a one-time code, then sync.

The enrolment and the first sync run on the sync thread; the dialog shows what happens
and, if something fails, what to do (``messages.describe_error``)."""

from __future__ import annotations

import contextlib
import platform
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from outreach_desktop.gui.sync.controller import SyncController


class EnrolDialog(QDialog):
    """Fields ``url_edit``, ``code_edit``, ``ca_edit`` (with ``ca_button``, a file
    chooser), ``device_name_edit``; ``connect_button``; ``message_label`` for errors and
    progress; ``progress_bar``. Emits ``enrolled`` once the device is enrolled and
    ``first_sync_done`` after the first sync (successful or not)."""

    enrolled = Signal()
    first_sync_done = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.state = "input"  # input | enrolling | syncing | done
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://")
        self.code_edit = QLineEdit(self)
        self.ca_edit = QLineEdit(self)
        self.ca_button = QPushButton(self)
        self.ca_button.clicked.connect(self.choose_ca_file)
        self.device_name_edit = QLineEdit(platform.node(), self)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.hide()
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)

        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        self.form = QFormLayout()
        self.url_label, self.code_label = QLabel(self), QLabel(self)
        self.ca_label, self.device_label = QLabel(self), QLabel(self)
        self.form.addRow(self.url_label, self.url_edit)
        self.form.addRow(self.code_label, self.code_edit)
        self.form.addRow(self.ca_label, ca_row)
        self.form.addRow(self.device_label, self.device_name_edit)
        for label, field in ((self.url_label, self.url_edit), (self.code_label, self.code_edit),
                             (self.ca_label, self.ca_edit),
                             (self.device_label, self.device_name_edit)):
            label.setBuddy(field)

        self.buttons = QDialogButtonBox(self)
        self.connect_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.start_enrolment)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        controller.progress.connect(self._on_progress)
        self.retranslate()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    # --- what the person does ----------------------------------------------------------------
    def choose_ca_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the CA certificate file"), "",
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_edit.setText(path)

    def start_enrolment(self) -> None:
        if self.state == "done":
            self.accept()
            return
        if self.state != "input":
            return
        url, code = self.url_edit.text().strip(), self.code_edit.text().strip()
        if not url:
            self._show_message(self.tr("Enter the server address your coordinator gave you."))
            self.url_edit.setFocus()
            return
        if not code:
            self._show_message(self.tr("Enter the enrolment code."))
            self.code_edit.setFocus()
            return
        self._set_state("enrolling")
        self._show_message(self.tr("Connecting to the server…"))
        self.controller.enrol(url, code, self.ca_edit.text().strip() or None,
                              self.device_name_edit.text().strip(),
                              self._on_enrolled, self._on_enrol_failed, owner=self)

    def _on_enrolled(self, _config: Any) -> None:
        self._set_state("syncing")
        self._show_message(self.tr("Connected. Fetching your cases for the first time…"))
        self.controller.sync_finished.connect(self._on_first_sync)
        self.controller.sync_failed.connect(self._on_first_sync_failed)
        self.enrolled.emit()

    def _on_enrol_failed(self, exc: BaseException) -> None:
        from outreach_desktop.messages import describe_error

        self._set_state("input")
        self._show_message(describe_error(exc))

    def _disconnect_sync(self) -> None:
        for signal, slot in ((self.controller.sync_finished, self._on_first_sync),
                             (self.controller.sync_failed, self._on_first_sync_failed)):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)

    def _on_first_sync(self, _report: Any) -> None:
        self._disconnect_sync()
        self._set_state("done")
        self._show_message(self.tr("This device is connected, and the first sync is done."))
        self.first_sync_done.emit()

    def _on_first_sync_failed(self, exc: BaseException) -> None:
        from outreach_desktop.messages import describe_error

        self._disconnect_sync()
        self._set_state("done")
        self._show_message(self.tr("This device is connected, but the first sync failed: %1 "
                                   "It will be tried again by itself.").replace(
            "%1", describe_error(exc)))
        self.first_sync_done.emit()

    def _on_progress(self, phase: str, done: int, total: object) -> None:
        if self.state != "syncing":
            return
        if isinstance(total, int) and total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        else:
            self.progress_bar.setRange(0, 0)

    def _set_state(self, state: str) -> None:
        self.state = state
        editable = state == "input"
        for field in (self.url_edit, self.code_edit, self.ca_edit, self.ca_button,
                      self.device_name_edit):
            field.setEnabled(editable)
        self.progress_bar.setVisible(state in ("enrolling", "syncing"))
        self.progress_bar.setRange(0, 0)
        self.connect_button.setEnabled(state in ("input", "done"))
        self.retranslate()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setAccessibleName(text)

    def reject(self) -> None:
        self._disconnect_sync()
        super().reject()

    # --- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Connect to server"))
        self.intro_label.setText(self.tr(
            "Connect this device to your organisation's server with the one-time "
            "enrolment code your coordinator gave you. Your cases then sync by themselves "
            "whenever there is a network."))
        self.url_label.setText(self.tr("Server &address:"))
        self.code_label.setText(self.tr("Enrolment &code:"))
        self.ca_label.setText(self.tr("CA certificate (&optional):"))
        self.ca_button.setText(self.tr("Choose &file…"))
        self.device_label.setText(self.tr("&Device name:"))
        self.connect_button.setText(self.tr("Close") if self.state == "done"
                                    else self.tr("Co&nnect"))
        self.close_button.setVisible(self.state != "done")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
