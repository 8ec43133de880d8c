"""The unlock screen, which is also the lock screen after auto-lock or File > Lock.

Wrong passphrases earn a growing wait before the next try (0, 1, 2, 4 … 30 s). Argon2id
already makes each try cost a second of CPU; the wait adds a visible, human-scale brake
for someone guessing at an unattended laptop.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.core.errors import WrongPassphrase
from outreach_desktop.gui.passphrase_widgets import PassphraseField, error_label, show_message
from outreach_desktop.gui.text import app_title, data_folder_line, lock_reason_line
from outreach_desktop.gui.vault_tasks import VaultAccess
from outreach_desktop.gui.worker import BackgroundOp

MAX_DELAY_UNITS = 30


def retry_delay_ms(failures: int, unit_ms: int = 1000) -> int:
    """Wait before the next try after ``failures`` wrong passphrases in a row:
    none after the first, then 1, 2, 4, 8 … units, at most 30."""
    if failures <= 1:
        return 0
    return min(MAX_DELAY_UNITS, 2 ** (failures - 2)) * unit_ms


class UnlockWindow(QWidget):
    """Asks for the passphrase and unlocks the vault on the worker.

    Holds: ``failures`` (wrong tries since the last success), the lock reason shown
    (None on first start), and the deadline of the current wait, if any. Emits
    ``unlocked(OpenVault)`` and ``quit_requested``.
    """

    unlocked = Signal(object)
    quit_requested = Signal()

    def __init__(self, access: VaultAccess, delay_unit_ms: int = 1000,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._delay_unit_ms = delay_unit_ms
        self.failures = 0
        self._busy = False
        self._wait_until: float | None = None
        self._lock_reason: tuple[bool, int | None] = (False, None)  # (locked?, idle minutes)
        self._countdown_timer = QTimer(self)
        self._countdown_timer.timeout.connect(self._on_countdown_tick)
        self.setMinimumWidth(420)

        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.lock_reason_label = QLabel(self)
        self.lock_reason_label.setWordWrap(True)
        self.lock_reason_label.setVisible(False)
        self.passphrase_label = QLabel(self)
        self.passphrase_field = PassphraseField(self)
        self.passphrase_label.setBuddy(self.passphrase_field.line_edit)
        self.message_label = error_label(self)
        self.countdown_label = QLabel(self)
        self.countdown_label.setVisible(False)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(False)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setEnabled(False)
        self.data_dir_label = QLabel(self)
        self.data_dir_label.setWordWrap(True)
        self.data_dir_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        small = QFont(self.data_dir_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        self.data_dir_label.setFont(small)

        buttons = QHBoxLayout()
        buttons.addWidget(self.progress_bar, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.addWidget(self.title_label)
        layout.addWidget(self.lock_reason_label)
        layout.addSpacing(12)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase_field)
        layout.addWidget(self.message_label)
        layout.addWidget(self.countdown_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.addWidget(self.data_dir_label)

        self.passphrase_field.textChanged.connect(self._update_enabled)
        self.passphrase_field.returnPressed.connect(self._unlock)
        self.unlock_button.clicked.connect(self._unlock)
        self.retranslate()
        self.passphrase_field.setFocus()

    # --- what the screen is for --------------------------------------------------------------
    def show_locked(self, idle_minutes: int | None) -> None:
        """Become the lock screen: say why, clear the field, take the focus."""
        self._lock_reason = (True, idle_minutes)
        self.passphrase_field.clear()
        show_message(self.message_label, "")
        self.retranslate()
        self.show()
        self.raise_()
        self.activateWindow()
        self.passphrase_field.setFocus()

    @property
    def is_waiting(self) -> bool:
        """True during the enforced wait after wrong passphrases."""
        return self._wait_until is not None

    # --- unlocking ---------------------------------------------------------------------------
    def _unlock(self) -> None:
        if not self._can_submit():
            return
        passphrase = self.passphrase_field.text()
        BackgroundOp(self, lambda: self._access.unlock(passphrase)) \
            .success(self._on_unlocked) \
            .failure(self._on_failed) \
            .run()

    def _on_unlocked(self, open_vault: object) -> None:
        self.failures = 0
        self.passphrase_field.clear()
        show_message(self.message_label, "")
        self.unlocked.emit(open_vault)

    def _on_failed(self, exc: BaseException) -> None:
        from outreach_desktop.messages import describe_error

        show_message(self.message_label, describe_error(exc))
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            self.passphrase_field.clear()
            self._start_wait(retry_delay_ms(self.failures, self._delay_unit_ms))
        # Other errors (keyring locked, damaged key file …) are not the typist's fault:
        # keep what was typed so that "try again" is one click once the cause is fixed.
        self.passphrase_field.setFocus()

    # --- the wait after wrong passphrases ----------------------------------------------------
    def _start_wait(self, delay_ms: int) -> None:
        if delay_ms <= 0:
            return
        self._wait_until = time.monotonic() + delay_ms / 1000
        self._countdown_timer.start(min(250, delay_ms))
        self._on_countdown_tick()

    def _on_countdown_tick(self) -> None:
        if self._wait_until is None:
            return
        remaining = self._wait_until - time.monotonic()
        if remaining <= 0:
            self._wait_until = None
            self._countdown_timer.stop()
            self.countdown_label.setVisible(False)
            self._update_enabled()
            self.passphrase_field.setFocus()
            return
        self.countdown_label.setText(
            self.tr("You can try again in %n second(s).", None, math.ceil(remaining)))
        self.countdown_label.setVisible(True)
        self._update_enabled()

    # --- enabled state -----------------------------------------------------------------------
    def _can_submit(self) -> bool:
        return not self._busy and not self.is_waiting and bool(self.passphrase_field.text())

    def _update_enabled(self) -> None:
        self.passphrase_field.setEnabled(not self._busy and not self.is_waiting)
        self.unlock_button.setEnabled(self._can_submit())

    def set_busy(self, busy: bool) -> None:
        """Called by BackgroundOp while the vault opens (about a second of Argon2id)."""
        self._busy = busy
        self.progress_bar.setVisible(busy)
        self._update_enabled()

    # --- closing and text --------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.quit_requested.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(app_title())
        self.title_label.setText(app_title())
        # The product name is Latin script; QLabel aligns plain text by the text's own
        # direction, which would put it on the left of a right-to-left screen.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.title_label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        locked, idle_minutes = self._lock_reason
        self.lock_reason_label.setVisible(locked)
        if locked:
            self.lock_reason_label.setText(lock_reason_line(idle_minutes))
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.passphrase_field.set_accessible_name(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.progress_bar.setAccessibleName(self.tr("Opening the vault"))
        self.data_dir_label.setText(data_folder_line(Path(self._access.data_dir)))
        self._on_countdown_tick()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
