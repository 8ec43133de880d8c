"""Settings menu dialogs: auto-lock delay and passphrase change.

Both are opened with ``open()``, never ``exec()``: auto-lock must be able to close them
without unwinding a nested event loop. Their disk and crypto work runs on the worker.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.core.errors import WrongPassphrase
from outreach_desktop.core.settings import AUTO_LOCK_RANGE, Key, Settings
from outreach_desktop.gui.passphrase_widgets import (
    PassphraseField,
    StrengthMeter,
    error_label,
    show_message,
)
from outreach_desktop.gui.vault_tasks import VaultAccess
from outreach_desktop.gui.worker import BackgroundOp


def _busy_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)
    bar.setVisible(False)
    return bar


class AutoLockDialog(QDialog):
    """Minutes without activity before the app locks itself (saved to Settings)."""

    minutes_saved = Signal(int)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.explanation_label = QLabel(self)
        self.explanation_label.setWordWrap(True)
        self.minutes_spin_box = QSpinBox(self)
        self.minutes_spin_box.setRange(*AUTO_LOCK_RANGE)
        self.minutes_spin_box.setValue(settings.auto_lock_minutes)
        self.explanation_label.setBuddy(self.minutes_spin_box)
        self.error_label = error_label(self)
        self.progress_bar = _busy_bar(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.explanation_label, self.minutes_spin_box, self.error_label,
                       self.progress_bar, self.button_box):
            layout.addWidget(widget)
        self.retranslate()

    def accept(self) -> None:
        minutes = self.minutes_spin_box.value()
        BackgroundOp(self, lambda: self._settings.set(Key.AUTO_LOCK_MINUTES, minutes)) \
            .success(lambda _: self._saved(minutes)) \
            .failure(self._on_failed) \
            .run()

    def _saved(self, minutes: int) -> None:
        self.minutes_saved.emit(minutes)
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        from outreach_desktop.messages import describe_error

        show_message(self.error_label, describe_error(exc))

    def reject(self) -> None:
        if self.button_box.isEnabled():  # not while saving
            super().reject()

    def set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        self.minutes_spin_box.setEnabled(not busy)
        self.button_box.setEnabled(not busy)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Auto-lock"))
        self.explanation_label.setText(self.tr(
            "Lock the app after this many &minutes without keyboard or mouse activity:"))
        self.minutes_spin_box.setAccessibleName(self.tr("Minutes until auto-lock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ChangePassphraseDialog(QDialog):
    """Old passphrase once, new one twice; the vault re-wraps its key on the worker."""

    passphrase_changed = Signal()

    def __init__(self, access: VaultAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._busy = False
        self.setMinimumWidth(440)
        self.old_label = QLabel(self)
        self.old_field = PassphraseField(self)
        self.old_label.setBuddy(self.old_field.line_edit)
        self.old_error_label = error_label(self)
        self.new_label = QLabel(self)
        self.new_field = PassphraseField(self)
        self.new_label.setBuddy(self.new_field.line_edit)
        self.strength_meter = StrengthMeter(self)
        self.repeat_label = QLabel(self)
        self.repeat_field = PassphraseField(self)
        self.repeat_label.setBuddy(self.repeat_field.line_edit)
        self.mismatch_label = error_label(self)
        self.error_label = error_label(self)
        self.progress_bar = _busy_bar(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.old_label, self.old_field, self.old_error_label, self.new_label,
                       self.new_field, self.strength_meter, self.repeat_label,
                       self.repeat_field, self.mismatch_label, self.error_label,
                       self.progress_bar, self.button_box):
            layout.addWidget(widget)
        for field in (self.old_field, self.new_field, self.repeat_field):
            field.textChanged.connect(self._on_input_changed)
        self.retranslate()
        self.old_field.setFocus()

    def _on_input_changed(self) -> None:
        new, repeat = self.new_field.text(), self.repeat_field.text()
        self.strength_meter.update_for(new)
        mismatch = bool(repeat) and new != repeat
        show_message(self.mismatch_label,
                     self.tr("The two new passphrases do not match.") if mismatch else "")
        self.ok_button.setEnabled(self._can_change())

    def _can_change(self) -> bool:
        return (not self._busy and bool(self.old_field.text())
                and self.strength_meter.acceptable
                and self.new_field.text() == self.repeat_field.text())

    def accept(self) -> None:
        if not self._can_change():
            return
        old, new = self.old_field.text(), self.new_field.text()
        show_message(self.old_error_label, "")
        show_message(self.error_label, "")
        BackgroundOp(self, lambda: self._access.change_passphrase(old, new)) \
            .success(lambda _: self._changed()) \
            .failure(self._on_failed) \
            .run()

    def _changed(self) -> None:
        for field in (self.old_field, self.new_field, self.repeat_field):
            field.clear()
        self.passphrase_changed.emit()
        super().accept()

    def _on_failed(self, exc: BaseException) -> None:
        from outreach_desktop.messages import describe_error

        if isinstance(exc, WrongPassphrase):
            show_message(self.old_error_label, describe_error(exc))
            self.old_field.clear()
            self.old_field.setFocus()
        else:
            show_message(self.error_label, describe_error(exc))

    def reject(self) -> None:
        """Cancel/Escape: not while the key file is being rewritten (auto-lock uses
        ``done()`` and still closes the dialog)."""
        if not self._busy:
            super().reject()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress_bar.setVisible(busy)
        for field in (self.old_field, self.new_field, self.repeat_field):
            field.setEnabled(not busy)
        self.button_box.setEnabled(not busy)
        self.ok_button.setEnabled(self._can_change())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old_label.setText(self.tr("&Current passphrase"))
        self.old_field.set_accessible_name(self.tr("Current passphrase"))
        self.new_label.setText(self.tr("&New passphrase"))
        self.new_field.set_accessible_name(self.tr("New passphrase"))
        self.repeat_label.setText(self.tr("&Repeat the new passphrase"))
        self.repeat_field.set_accessible_name(self.tr("Repeat the new passphrase"))
        self.ok_button.setText(self.tr("Change passphrase"))
        self.ok_button.setAccessibleName(self.tr("Change passphrase"))
        self.progress_bar.setAccessibleName(self.tr("Changing the passphrase"))
        self._on_input_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
