"""First start: choose the passphrase and create the vault.

The warning about a forgotten passphrase is deliberately a full paragraph on the screen,
not a tooltip: there is no reset, and people need to know before they choose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.passphrase_widgets import (
    PassphraseField,
    StrengthMeter,
    error_label,
    show_message,
)
from outreach_desktop.gui.text import data_folder_line
from outreach_desktop.gui.vault_tasks import VaultAccess
from outreach_desktop.gui.worker import BackgroundOp

PARAGRAPH_CHARS = 78  # width of the dialog's text, in average characters


class SetupDialog(QDialog):
    """Asks for a new passphrase twice and creates the vault on the worker.

    Emits ``vault_created(OpenVault)`` on success and ``quit_requested`` when closed
    without a vault (there is nothing else to show then).
    """

    vault_created = Signal(object)
    quit_requested = Signal()

    def __init__(self, access: VaultAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._busy = False
        self.setMinimumWidth(480)

        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.passphrase_label = QLabel(self)
        self.passphrase_field = PassphraseField(self)
        self.passphrase_label.setBuddy(self.passphrase_field.line_edit)
        self.strength_meter = StrengthMeter(self)
        self.repeat_label = QLabel(self)
        self.repeat_field = PassphraseField(self)
        self.repeat_label.setBuddy(self.repeat_field.line_edit)
        self.mismatch_label = error_label(self)
        self.forgotten_label = QLabel(self)
        self.forgotten_label.setWordWrap(True)
        self.forgotten_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.forgotten_label.setMargin(8)
        self.error_label = error_label(self)
        self.data_dir_label = QLabel(self)
        self.data_dir_label.setWordWrap(True)
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = QFont(self.data_dir_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.data_dir_label.setFont(small)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)  # busy indicator: no known end
        self.progress_bar.setVisible(False)
        self.create_button = QPushButton(self)
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addSpacing(6)
        for widget in (self.passphrase_label, self.passphrase_field, self.strength_meter,
                       self.repeat_label, self.repeat_field, self.mismatch_label):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(self.forgotten_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.data_dir_label)

        self.passphrase_field.textChanged.connect(self._on_input_changed)
        self.repeat_field.textChanged.connect(self._on_input_changed)
        self.repeat_field.returnPressed.connect(self._create)
        self.create_button.clicked.connect(self._create)
        self.retranslate()
        self.passphrase_field.setFocus()

    # --- input -------------------------------------------------------------------------------
    def _on_input_changed(self) -> None:
        first, second = self.passphrase_field.text(), self.repeat_field.text()
        self.strength_meter.update_for(first)
        mismatch = bool(second) and first != second
        show_message(self.mismatch_label,
                     self.tr("The two passphrases do not match.") if mismatch else "")
        self.create_button.setEnabled(self._can_create())

    def _can_create(self) -> bool:
        first = self.passphrase_field.text()
        return (not self._busy and self.strength_meter.acceptable
                and first == self.repeat_field.text())

    # --- create ------------------------------------------------------------------------------
    def _create(self) -> None:
        if not self._can_create():
            return
        passphrase = self.passphrase_field.text()
        show_message(self.error_label, "")
        BackgroundOp(self, lambda: self._access.create(passphrase)) \
            .success(self._on_created) \
            .failure(self._on_failed) \
            .run()

    def _on_created(self, open_vault: object) -> None:
        self.passphrase_field.clear()
        self.repeat_field.clear()
        self.vault_created.emit(open_vault)

    def _on_failed(self, exc: BaseException) -> None:
        from outreach_desktop.messages import describe_error

        show_message(self.error_label, describe_error(exc))

    def set_busy(self, busy: bool) -> None:
        """Called by BackgroundOp: a busy indicator, and no input while creating."""
        self._busy = busy
        self.progress_bar.setVisible(busy)
        for widget in (self.passphrase_field, self.repeat_field):
            widget.setEnabled(not busy)
        self.create_button.setEnabled(self._can_create())
        if not busy:
            self.passphrase_field.setFocus()

    # --- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        """Escape or the window's close button: quit, unless a vault is being created."""
        if not self._busy:
            self.quit_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

    # --- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up Outreach Desktop"))
        self.title_label.setText(self.tr("Protect the case data on this laptop"))
        self.intro_label.setText(self.tr(
            "Choose a passphrase. You will type it each time you open the app and after "
            "it locks. Several words that belong together only for you are easy to "
            "remember and hard to guess."))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.passphrase_field.set_accessible_name(self.tr("Passphrase"))
        self.repeat_label.setText(self.tr("&Repeat the passphrase"))
        self.repeat_field.set_accessible_name(self.tr("Repeat the passphrase"))
        self.forgotten_label.setText(self.tr(
            "If you forget the passphrase, the data on this laptop cannot be recovered. "
            "Nobody can reset it, not even your administrator. If the app syncs with your "
            "organisation's server, you can set it up anew and download your cases again."))
        self.forgotten_label.setAccessibleName(self.tr("If you forget the passphrase"))
        self.create_button.setText(self.tr("&Create vault"))
        self.create_button.setAccessibleName(self.tr("Create vault"))
        self.progress_bar.setAccessibleName(self.tr("Creating the vault"))
        self.data_dir_label.setText(data_folder_line(Path(self._access.data_dir)))
        self._fit_wrapped_paragraphs()
        self._on_input_changed()

    def _fit_wrapped_paragraphs(self) -> None:
        """Top-level layouts do not ask word-wrapped labels for their height at the width
        they really get (the warning paragraph was clipped in German). So the dialog gets
        a width in characters of its font (it grows with 200 % scaling) and each
        paragraph the height it needs at that width."""
        width = self.fontMetrics().averageCharWidth() * PARAGRAPH_CHARS
        margins = self.layout().contentsMargins()
        self.setFixedWidth(width + margins.left() + margins.right())
        for label in (self.intro_label, self.forgotten_label):
            label.setMinimumHeight(label.heightForWidth(width))
        self.layout().activate()
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
