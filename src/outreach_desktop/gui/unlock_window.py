"""The unlock screen, which is also the lock screen after auto-lock or File > Lock.

Wrong passphrases earn a growing wait before the next try (0, 1, 2, 4 … 30 s). Argon2id
already makes each try cost a second of CPU; the wait adds a visible, human-scale brake
for someone guessing at an unattended laptop.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QHideEvent
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
from outreach_desktop.gui.text import app_title, data_folder_line, lock_reason_line, ltr_isolated
from outreach_desktop.gui.vault_tasks import VaultAccess
from outreach_desktop.gui.worker import BackgroundOp

MAX_DELAY_UNITS = 30
#: The demo workspace's passphrase: public on purpose (README, unlock screen), so the demo
#: must only ever hold invented data. ASCII only, so that it can be typed on an Arabic,
#: Persian or Cyrillic keyboard layout too ("Köln" could not).
DEMO_PASSPHRASE = "Demo Koeln Kalk 2026"


@dataclass(frozen=True)
class DemoMode:
    """``outreach-desktop --demo``: the passphrase shown on this screen, and the invented
    caseload created on first start. Small batches, so that quitting while the demo is
    being prepared waits for one batch at most."""

    passphrase: str = DEMO_PASSPHRASE
    clients: int = 2000
    seed: int = 1
    batch_size: int = 200


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
    _demo_progress = Signal(int, int)  # emitted on the worker, delivered queued

    def __init__(self, access: VaultAccess, delay_unit_ms: int = 1000,
                 parent: QWidget | None = None, demo: DemoMode | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._demo = demo
        self._demo_cancel = threading.Event()
        self._preparing_demo = False
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
        self.demo_label = QLabel(self)  # demo mode only: the public passphrase
        self.demo_label.setWordWrap(True)
        self.demo_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_label.setVisible(demo is not None)
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
        layout.addWidget(self.demo_label)
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
        self._demo_progress.connect(self._on_demo_progress)
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

    # --- demo mode: create and fill the demo vault on first start --------------------------
    def prepare_demo(self) -> None:
        """Create the demo vault with the public passphrase and fill it with invented
        clients, on the worker; emits ``unlocked`` when it is ready."""
        assert self._demo is not None
        self._preparing_demo = True
        self.retranslate()
        BackgroundOp(self, self._create_demo) \
            .success(self._on_demo_ready) \
            .failure(self._on_demo_failed) \
            .run()

    def _create_demo(self) -> Any:
        """Runs on the worker. A cancelled or failed demo is wiped, so that the next
        start prepares it afresh instead of opening half a demo."""
        from outreach_desktop.core.demo_data import seed_demo
        from outreach_desktop.core.vault import Vault

        demo = self._demo
        assert demo is not None
        opened = self._access.create(demo.passphrase)
        try:
            summary = seed_demo(opened.repository, demo.clients, demo.seed,
                                progress=self._demo_progress.emit,
                                cancelled=self._demo_cancel.is_set, batch_size=demo.batch_size)
        except BaseException:
            opened.close()
            Vault(self._access.data_dir, self._access.secrets).wipe()
            raise
        if summary.cancelled:
            opened.close()
            Vault(self._access.data_dir, self._access.secrets).wipe()
            return None
        return opened

    def _on_demo_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def _on_demo_ready(self, open_vault: object) -> None:
        self._preparing_demo = False
        self._reset_progress_bar()
        if open_vault is not None:
            self._on_unlocked(open_vault)

    def _on_demo_failed(self, exc: BaseException) -> None:
        from outreach_desktop.messages import describe_error

        self._preparing_demo = False
        self._reset_progress_bar()
        show_message(self.message_label, describe_error(exc))

    def _reset_progress_bar(self) -> None:
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setTextVisible(False)
        self.retranslate()

    def hideEvent(self, event: QHideEvent) -> None:
        # Quitting hides the windows before it waits for the worker: stop the demo then.
        if self._preparing_demo:
            self._demo_cancel.set()
        super().hideEvent(event)

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
        if self._demo is not None:
            self.demo_label.setText(self.tr(
                "Demo workspace with invented clients. Its passphrase is public:\n%1\n"
                "Never enter real client data here.").replace(
                    "%1", ltr_isolated(self._demo.passphrase)))
        if self._preparing_demo:
            self.progress_bar.setAccessibleName(self.tr("Preparing the demo data"))
            #: %v and %m are filled in by Qt: clients written so far, and all of them.
            self.progress_bar.setFormat(self.tr("Preparing the demo: %v of %m clients"))
            self.progress_bar.setTextVisible(True)
        self.data_dir_label.setText(data_folder_line(Path(self._access.data_dir)))
        self._on_countdown_tick()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
