"""The Documents tab: files stored inside the encrypted database, opened only in the app.

Nothing readable ever lands in a temp folder: a file is read on the worker straight into
the vault; images and plain text are shown from memory (``QImage.loadFromData``, a
read-only text view); any other type can only be saved as a copy, after a warning that
the copy is not encrypted.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.activity_sections import _TableSection
from outreach_desktop.gui.record.dialog_base import show_record_error
from outreach_desktop.gui.record.table_model import selected_id

if TYPE_CHECKING:
    from outreach_desktop.gui.workspace.context import Workspace

TEXT_SUFFIXES = (".txt", ".csv", ".md", ".log")


def read_for_vault(path: str) -> tuple[str, bytes, str]:
    """(file name, bytes, media type) of a file to store; runs on the worker."""
    from outreach_desktop.core.casework import MAX_ATTACHMENT_BYTES
    from outreach_desktop.core.validation import ValidationFailed

    file = Path(path)
    if file.stat().st_size > MAX_ATTACHMENT_BYTES:
        raise ValidationFailed({"content": "too_large"})
    media_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    return file.name, file.read_bytes(), media_type


class DocumentsSection(_TableSection):
    """Holds the table of documents, ``add_button``, ``open_button``; ``file_dialog`` and
    ``viewer`` while they are open."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent, stretch_column=0)
        self.file_dialog: QFileDialog | None = None
        self.viewer: AttachmentViewer | None = None
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.choose_file)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.activated.connect(lambda _i: self.open_selected())
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.open_button)
        self.buttons.addStretch(1)
        self.retranslate()

    def headers(self) -> list[str]:
        return [self.tr("File"), self.tr("Type"), self.tr("Size")]

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Documents"))
        self.add_button.setText(self.tr("Add document…"))
        self.add_button.setAccessibleName(self.tr("Add document"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open document"))
        super().retranslate()

    def fill(self) -> None:
        documents = self.record.attachments if self.record else []
        self.model.set_rows([d[0] for d in documents],
                            [(name, media, self._size_text(size))
                             for _id, name, media, size in documents])
        self.add_button.setEnabled(self.record is not None)
        self.open_button.setEnabled(bool(documents))

    def _size_text(self, size: int) -> str:
        if size < 1024:
            return self.tr("%1 bytes").replace("%1", str(size))
        if size < 1024 * 1024:
            return self.tr("%1 KB").replace("%1", f"{size / 1024:.0f}")
        return self.tr("%1 MB").replace("%1", f"{size / 1024 / 1024:.1f}")

    def choose_file(self) -> QFileDialog:
        self.file_dialog = QFileDialog(self, self.tr("Add document"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(self.add_file)
        self.file_dialog.finished.connect(lambda _r: setattr(self, "file_dialog", None))
        self.file_dialog.open()
        return self.file_dialog

    def add_file(self, path: str) -> None:
        if self.record is None or not path:
            return
        client_id = self.record.client.id

        def write(uow: Any) -> None:
            from outreach_desktop.core.casework import add_attachment

            name, content, media_type = read_for_vault(path)
            add_attachment(uow, client_id, name, content, media_type)

        self.workspace.write(self, write, "attachment").failure(
            lambda exc: show_record_error(self, exc)).run()

    def open_selected(self) -> None:
        attachment_id = selected_id(self.table)
        if attachment_id is None and self.model.ids:
            attachment_id = self.model.ids[0]
        if attachment_id is None:
            return
        media = {d[0]: d[2] for d in (self.record.attachments if self.record else [])}

        def read(session: Any) -> tuple[str, bytes]:
            from outreach_desktop.core.casework import attachment_content

            return attachment_content(session, attachment_id)

        def show(found: tuple[str, bytes]) -> None:
            name, content = found
            self.viewer = AttachmentViewer(self, name, media.get(attachment_id, ""), content)
            self.viewer.finished.connect(lambda _r: setattr(self, "viewer", None))
            self.viewer.open()

        self.workspace.read(self, read).success(show).failure(
            lambda exc: show_record_error(self, exc)).run()


class AttachmentViewer(QDialog):
    """Shows an image or a text from memory; for anything else offers "Save a copy…"
    behind a warning. Holds ``image_label`` / ``text_view`` (whichever applies),
    ``save_copy_button`` and ``warning_box`` / ``save_dialog`` while open."""

    def __init__(self, parent: QWidget, filename: str, media_type: str, content: bytes) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.filename, self.content = filename, content
        self.setWindowTitle(filename)
        self.image_label: QLabel | None = None
        self.text_view: QPlainTextEdit | None = None
        self.warning_box: QMessageBox | None = None
        self.save_dialog: QFileDialog | None = None
        layout = QVBoxLayout(self)
        image = QImage()
        if media_type.startswith("image/") and image.loadFromData(content):
            self.image_label = QLabel(self)
            self.image_label.setPixmap(QPixmap.fromImage(image))
            self.image_label.setAccessibleName(filename)
            scroll = QScrollArea(self)
            scroll.setWidget(self.image_label)
            layout.addWidget(scroll, 1)
        elif media_type.startswith("text/") or filename.lower().endswith(TEXT_SUFFIXES):
            self.text_view = QPlainTextEdit(self)
            self.text_view.setReadOnly(True)
            self.text_view.setPlainText(content.decode("utf-8", errors="replace"))
            self.text_view.setAccessibleName(filename)
            layout.addWidget(self.text_view, 1)
        else:
            message = QLabel(self.tr("This kind of document cannot be shown inside the app."),
                             self)
            message.setWordWrap(True)
            layout.addWidget(message)
        self.save_copy_button = QPushButton(self.tr("Save a copy…"), self)
        self.save_copy_button.setAccessibleName(self.tr("Save a copy"))
        self.save_copy_button.clicked.connect(self.warn_before_copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.addButton(self.save_copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Images and text are shown here; only other types may leave the vault as a copy.
        self.save_copy_button.setVisible(self.image_label is None and self.text_view is None)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.lineSpacing() * 30)

    def warn_before_copy(self) -> QMessageBox:
        self.warning_box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Save a copy"),
            self.tr("The copy will not be encrypted: anyone with access to the folder you "
                    "choose can read it. Save it only where it is protected, and delete it "
                    "when you no longer need it."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self)
        self.warning_box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.warning_box.button(QMessageBox.StandardButton.Save).setText(
            self.tr("Save unencrypted copy…"))
        self.warning_box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.warning_box.finished.connect(self._warning_answered)
        self.warning_box.open()
        return self.warning_box

    def _warning_answered(self, answer: int) -> None:
        self.warning_box = None
        if answer != QMessageBox.StandardButton.Save:
            return
        self.save_dialog = QFileDialog(self, self.tr("Save a copy"))
        self.save_dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.save_dialog.selectFile(self.filename)
        self.save_dialog.fileSelected.connect(self.save_copy)
        self.save_dialog.open()

    def save_copy(self, path: str) -> None:
        from outreach_desktop.core.fileio import atomic_write
        from outreach_desktop.gui.worker import BackgroundOp

        content = self.content
        BackgroundOp(self, lambda: atomic_write(Path(path), content)).failure(
            lambda exc: show_record_error(self, exc)).run()
