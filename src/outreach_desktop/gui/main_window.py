"""The main window people land in after unlocking. For now it holds menus and an empty
client list placeholder; client lists and case screens will replace the centre."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop import __version__
from outreach_desktop.core.settings import Settings
from outreach_desktop.gui.settings_dialogs import AutoLockDialog, ChangePassphraseDialog
from outreach_desktop.gui.text import app_title, ltr_isolated
from outreach_desktop.gui.vault_tasks import VaultAccess
from outreach_desktop.i18n import LANGUAGES

STATUS_MESSAGE_MS = 5000


class MainWindow(QMainWindow):
    """Menus: File (Lock, Quit), Settings (Auto-lock, Change passphrase, Language), Help.

    What the window cannot decide itself it asks the controller for by signal:
    ``lock_requested``, ``quit_requested``, ``language_requested(code)`` and
    ``auto_lock_changed(minutes)``.
    """

    lock_requested = Signal()
    quit_requested = Signal()
    language_requested = Signal(str)
    auto_lock_changed = Signal(int)

    def __init__(self, access: VaultAccess, settings: Settings, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._settings = settings
        self.resize(800, 540)
        self._build_central()
        self._build_actions(language)
        self._build_menus()
        self.auto_lock_status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.auto_lock_status_label)
        self.retranslate()

    # --- construction ------------------------------------------------------------------------
    def _build_central(self) -> None:
        central = QWidget(self)
        self.empty_title_label = QLabel(central)
        font = QFont(self.empty_title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.empty_title_label.setFont(font)
        self.empty_hint_label = QLabel(central)
        self.empty_hint_label.setWordWrap(True)
        self.empty_hint_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(central)
        layout.addStretch(1)
        for label in (self.empty_title_label, self.empty_hint_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)
        self.setCentralWidget(central)

    def _build_actions(self, language: str) -> None:
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_requested)
        self.auto_lock_action = QAction(self)
        self.auto_lock_action.triggered.connect(self.open_auto_lock_dialog)
        self.change_passphrase_action = QAction(self)
        self.change_passphrase_action.triggered.connect(self.open_change_passphrase_dialog)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about_box)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, native_name in LANGUAGES.items():
            action = QAction(native_name, self.language_group)  # each in its own language
            action.setCheckable(True)
            action.setChecked(code == language)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(self.auto_lock_action)
        self.settings_menu.addAction(self.change_passphrase_action)
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.addActions(self.language_group.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    # --- what the menus open -----------------------------------------------------------------
    def open_auto_lock_dialog(self) -> AutoLockDialog:
        dialog = AutoLockDialog(self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.minutes_saved.connect(self.auto_lock_changed)
        dialog.minutes_saved.connect(self._on_auto_lock_saved)
        dialog.open()
        return dialog

    def open_change_passphrase_dialog(self) -> ChangePassphraseDialog:
        dialog = ChangePassphraseDialog(self._access, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.passphrase_changed.connect(lambda: self.statusBar().showMessage(
            self.tr("The passphrase was changed."), STATUS_MESSAGE_MS))
        dialog.open()
        return dialog

    def open_about_box(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Outreach Desktop"),
                          self.tr("Outreach Desktop %1\n\nEncrypted, offline-first case "
                                  "management for outreach work.").replace("%1", __version__),
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _on_auto_lock_saved(self, minutes: int) -> None:
        self._update_auto_lock_status()
        self.statusBar().showMessage(self.tr("Auto-lock setting saved."), STATUS_MESSAGE_MS)

    def set_language(self, code: str) -> None:
        self.language_actions[code].setChecked(True)

    # --- closing and text --------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """The window's close button quits the app (the controller locks first)."""
        event.ignore()
        self.quit_requested.emit()

    def _update_auto_lock_status(self) -> None:
        self.auto_lock_status_label.setText(self.tr(
            "Locks after %n minute(s) without activity", None, self._settings.auto_lock_minutes))

    def retranslate(self) -> None:
        self.setWindowTitle(app_title())
        self.empty_title_label.setText(self.tr("No clients yet"))
        hint = self.tr("Clients can be imported from a CSV or Excel file with the command %1.")
        self.empty_hint_label.setText(html.escape(hint).replace(
            "%1", f"<code>{ltr_isolated('outreach import')}</code>"))
        self.file_menu.setTitle(self.tr("&File"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.auto_lock_action.setText(self.tr("&Auto-lock after…"))
        self.change_passphrase_action.setText(self.tr("&Change passphrase…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Outreach Desktop"))
        self._update_auto_lock_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
