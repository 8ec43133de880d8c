"""The caseworker's workspace, shown after unlocking: *Heute* and the client list.

A navigation list on the left switches pages (Ctrl+1, Ctrl+2); the client page is a
splitter with the list and the open record. Everything frequent has a menu entry and a
shortcut. Size, splitter and page are remembered in the device settings (layout only,
never content).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from outreach_desktop import __version__
from outreach_desktop.core.settings import Key, Settings
from outreach_desktop.gui.record.record_view import ClientRecordView
from outreach_desktop.gui.settings_dialogs import AutoLockDialog, ChangePassphraseDialog
from outreach_desktop.gui.sync.status_widget import SyncStatusWidget
from outreach_desktop.gui.text import app_title
from outreach_desktop.gui.vault_tasks import VaultAccess
from outreach_desktop.gui.worker import BackgroundOp, Worker
from outreach_desktop.gui.workspace.client_list import ClientListPanel
from outreach_desktop.gui.workspace.context import Workspace
from outreach_desktop.gui.workspace.today_view import TodayView
from outreach_desktop.i18n import LANGUAGES

if TYPE_CHECKING:
    from outreach_desktop.gui.sync.controller import SyncController

STATUS_MESSAGE_MS = 5000
PAGES = ("today", "clients", "review", "team", "figures")
#: The pages each role sees, the first one shown after unlocking. A supervisor reads the
#: team's records (never edits them); a coordinator sees the figures and nothing else.
ROLE_PAGES = {"caseworker": ("today", "clients"),
              "supervisor": ("review", "team", "clients", "figures"),
              "coordinator": ("figures",)}
PAGE_ROLE = Qt.ItemDataRole.UserRole
#: The first window size, in average characters and lines of the font (scales with it).
FIRST_SIZE_CHARS = (150, 42)


class MainWindow(QMainWindow):
    """Menus: File (New client, Log contact, Lock, Quit), View (Today, Clients, Find
    client), Settings (Auto-lock, Change passphrase, Language), Help (Keyboard
    shortcuts, About). Pages: ``today_view``, and ``clients_splitter`` holding
    ``client_list`` and ``record_view``.

    What the window cannot decide itself it asks the controller for by signal:
    ``lock_requested``, ``quit_requested``, ``language_requested(code)`` and
    ``auto_lock_changed(minutes)``.
    """

    lock_requested = Signal()
    quit_requested = Signal()
    language_requested = Signal(str)
    auto_lock_changed = Signal(int)

    def __init__(self, access: VaultAccess, settings: Settings, language: str,
                 workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._access = access
        self._settings = settings
        self.workspace = workspace
        metrics = self.fontMetrics()
        screen = self.screen().availableGeometry()
        self.resize(min(FIRST_SIZE_CHARS[0] * metrics.averageCharWidth(), screen.width() * 9 // 10),
                    min(FIRST_SIZE_CHARS[1] * metrics.lineSpacing(), screen.height() * 9 // 10))
        self._build_central()
        self._build_actions(language)
        self._build_menus()
        self._build_toolbar()
        self.set_role(self.workspace.role)
        self.sync: SyncController | None = None
        self.sync_status_widget = SyncStatusWidget(self)
        self.sync_status_widget.problems_requested.connect(self.open_problems_dialog)
        self.statusBar().addPermanentWidget(self.sync_status_widget)
        self._update_sync_actions()
        self.auto_lock_status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.auto_lock_status_label)
        self.retranslate()
        self._restore_layout()

    # --- construction ------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.navigation_list = QListWidget(self)
        self.navigation_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.navigation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        width = self.navigation_list.fontMetrics().horizontalAdvance("M" * 12)
        self.today_view = TodayView(self.workspace, self)
        self.client_list = ClientListPanel(self.workspace, self)
        self.record_view = ClientRecordView(self.workspace, self)
        self.clients_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.clients_splitter.addWidget(self.client_list)
        self.clients_splitter.addWidget(self.record_view)
        self.clients_splitter.setStretchFactor(0, 3)
        self.clients_splitter.setStretchFactor(1, 2)
        self.clients_splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.today_view)
        self.pages.addWidget(self.clients_splitter)
        self.page_widgets: dict[str, QWidget] = {"today": self.today_view,
                                                 "clients": self.clients_splitter}
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.addWidget(self.navigation_list)
        self.main_splitter.addWidget(self.pages)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setChildrenCollapsible(False)
        self.main_splitter.setSizes([width, width * 8])
        self.setCentralWidget(self.main_splitter)
        self.navigation_list.currentRowChanged.connect(self._on_navigation_row)
        self.role = ""
        self.client_list.client_activated.connect(self.record_view.show_client)
        self.today_view.client_activated.connect(self.open_client)

    def _build_actions(self, language: str) -> None:
        def action(shortcut: str | None, slot: Callable[[], object]) -> QAction:
            made = QAction(self)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        self.new_client_action = action("Ctrl+N", self.open_new_client_dialog)
        self.log_contact_action = action("Ctrl+K", self.open_log_contact_dialog)
        self.lock_action = action("Ctrl+L", self.lock_requested)
        self.quit_action = action("Ctrl+Q", self.quit_requested)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.today_action = action("Ctrl+1", lambda: self.show_page("today"))
        self.clients_action = action("Ctrl+2", lambda: self.show_page("clients"))
        self.review_action = action("Ctrl+3", lambda: self.show_page("review"))
        self.team_action = action("Ctrl+4", lambda: self.show_page("team"))
        self.figures_action = action("Ctrl+5", lambda: self.show_page("figures"))
        self.page_actions = {"today": self.today_action, "clients": self.clients_action,
                             "review": self.review_action, "team": self.team_action,
                             "figures": self.figures_action}
        self.find_client_action = action("Ctrl+F", self.find_client)
        self.auto_lock_action = action(None, self.open_auto_lock_dialog)
        self.change_passphrase_action = action(None, self.open_change_passphrase_dialog)
        self.sync_now_action = action("F5", self.sync_now)
        self.connect_server_action = action(None, self.open_enrol_dialog)
        self.sync_problems_action = action(None, self.open_problems_dialog)
        self.shortcuts_action = action("F1", self.open_shortcuts_box)
        self.about_action = action(None, self.open_about_box)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, native_name in LANGUAGES.items():
            language_action = QAction(native_name, self.language_group)  # in its own language
            language_action.setCheckable(True)
            language_action.setChecked(code == language)
            language_action.triggered.connect(
                lambda _=False, c=code: self.language_requested.emit(c))
            self.language_actions[code] = language_action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.new_client_action, self.log_contact_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.sync_now_action)
        self.file_menu.addAction(self.sync_problems_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions(list(self.page_actions.values()))
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.find_client_action)
        self.settings_menu = bar.addMenu("")
        self.settings_menu.addAction(self.auto_lock_action)
        self.settings_menu.addAction(self.change_passphrase_action)
        self.settings_menu.addAction(self.connect_server_action)
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.addActions(self.language_group.actions())
        self.help_menu = bar.addMenu("")
        self.help_menu.addActions([self.shortcuts_action, self.about_action])

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.new_client_action)
        self.toolbar.addAction(self.log_contact_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.sync_now_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _fit_navigation(self) -> None:
        """The page names decide the navigation's width (they differ per language)."""
        nav = self.navigation_list
        needed = nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + \
            nav.fontMetrics().averageCharWidth() * 2
        nav.setMinimumWidth(needed)
        nav.setMaximumWidth(needed * 2)

    # --- pages by role ----------------------------------------------------------------------
    def role_pages(self) -> tuple[str, ...]:
        return ROLE_PAGES.get(self.role, ROLE_PAGES["caseworker"])

    def set_role(self, role: str) -> None:
        """Show the pages, actions and record permissions of this role (after unlock,
        and again when an enrolment or the server changes it)."""
        role = role if role in ROLE_PAGES else "caseworker"
        if role == self.role:
            return
        self.role = self.workspace.role = role
        may_edit = self.workspace.may_edit_records
        for edit_action in (self.new_client_action, self.log_contact_action):
            edit_action.setVisible(may_edit)
            edit_action.setEnabled(may_edit)
        has_clients = "clients" in self.role_pages()
        self.find_client_action.setVisible(has_clients)
        self.find_client_action.setEnabled(has_clients)
        for page, page_action in self.page_actions.items():
            page_action.setVisible(page in self.role_pages())
            page_action.setEnabled(page in self.role_pages())
        self.record_view.set_read_only(not may_edit)
        self.navigation_list.blockSignals(True)
        self.navigation_list.clear()
        for page in self.role_pages():
            item = QListWidgetItem(self.navigation_list)
            item.setData(PAGE_ROLE, page)
        self.navigation_list.blockSignals(False)
        self._retranslate_navigation()
        self.show_page(self.role_pages()[0])

    def _page_widget(self, page: str) -> QWidget:
        """The page's widget, made when a role first needs it (a caseworker's window never
        imports the supervisor's screens)."""
        widget = self.page_widgets.get(page)
        if widget is not None:
            return widget
        if page == "review":
            from outreach_desktop.gui.supervision.review_queue_view import ReviewQueueView

            widget = ReviewQueueView(self.workspace, self)
            widget.client_activated.connect(self.open_client)
        elif page == "team":
            from outreach_desktop.gui.supervision.team_view import TeamView

            widget = TeamView(self.workspace, self)
            widget.client_activated.connect(self.open_client)
        else:
            from outreach_desktop.gui.figures.figures_view import FiguresView

            widget = FiguresView(self.workspace, self)
        self.pages.addWidget(widget)
        self.page_widgets[page] = widget
        return widget

    @property
    def review_view(self) -> Any:
        """The review queue page, once made (None before)."""
        return self.page_widgets.get("review")

    @property
    def team_view(self) -> Any:
        return self.page_widgets.get("team")

    @property
    def figures_view(self) -> Any:
        return self.page_widgets.get("figures")

    def _on_navigation_row(self, row: int) -> None:
        item = self.navigation_list.item(row)
        if item is not None:
            self.pages.setCurrentWidget(self._page_widget(item.data(PAGE_ROLE)))

    def _retranslate_navigation(self) -> None:
        names = {
            "today": self.tr("Today", "navigation"),
            "clients": self.tr("Clients", "navigation"),
            "review": self.tr("Review", "navigation"),
            "team": self.tr("Team", "navigation"),
            "figures": self.tr("Figures", "navigation"),
        }
        for row in range(self.navigation_list.count()):
            item = self.navigation_list.item(row)
            item.setText(names[item.data(PAGE_ROLE)])
        self._fit_navigation()

    # --- pages and clients -------------------------------------------------------------------
    def show_page(self, page: str) -> None:
        """Switch to a page of this role (another role's page is not there: ignored)."""
        if page not in self.role_pages():
            return
        self.navigation_list.setCurrentRow(self.role_pages().index(page))

    def current_page(self) -> str:
        widget = self.pages.currentWidget()
        return next((page for page, w in self.page_widgets.items() if w is widget), "today")

    def open_client(self, client_id: str) -> None:
        """Show a client's record on the client page (from Heute, a new client, the review
        queue, the team overview ...)."""
        if "clients" not in self.role_pages():
            return
        self.show_page("clients")
        self.record_view.show_client(client_id)

    def find_client(self) -> None:
        if "clients" not in self.role_pages():
            return
        self.show_page("clients")
        self.client_list.focus_search()

    def current_client_id(self) -> str | None:
        """The client the user is looking at: Heute's selected item, else the open record."""
        if self.current_page() == "today" and self.today_view.current_client_id():
            return self.today_view.current_client_id()
        return self.record_view.current_client_id() or self.client_list.current_client_id()

    # --- sync --------------------------------------------------------------------------------
    def attach_sync(self, controller: SyncController) -> None:
        """Connect the toolbar, menus and status area to the app's sync controller."""
        self.sync = controller
        self.workspace.set_server_caller(
            lambda job, success, failure, owner: controller.call_server(
                job, success, failure, owner, sync_after=True))
        self.sync_status_widget.attach(controller)
        controller.sync_started.connect(self._update_sync_actions)
        controller.sync_finished.connect(self._on_sync_finished)
        controller.sync_failed.connect(self._on_sync_failed)
        controller.status_changed.connect(self._on_sync_status)
        self._update_sync_actions()

    def _on_sync_status(self, status: Any) -> None:
        self._update_sync_actions()
        if status.enrolled:
            self.workspace.user_id = status.user_id
            self.set_role(status.role)

    def _update_sync_actions(self) -> None:
        sync = self.sync
        self.sync_now_action.setEnabled(sync is not None and not sync.running)
        enrolled = sync is not None and sync.enrolled
        self.connect_server_action.setEnabled(sync is not None and not enrolled)
        self.sync_problems_action.setEnabled(enrolled)

    def sync_now(self) -> None:
        """Sync now (F5); a device without a server is offered the enrolment instead."""
        if self.sync is None:
            return
        if self.sync.status is not None and not self.sync.status.enrolled:
            self.open_enrol_dialog()
            return
        self.sync.sync_now()
        self._update_sync_actions()

    def _on_sync_finished(self, report: Any) -> None:
        self._update_sync_actions()
        self.statusBar().showMessage(self.tr("Sync done."), STATUS_MESSAGE_MS)

    def _on_sync_failed(self, exc: BaseException) -> None:
        from outreach_desktop.messages import describe_error

        self._update_sync_actions()
        self.statusBar().showMessage(self.tr("Sync failed: %1").replace(
            "%1", describe_error(exc)), STATUS_MESSAGE_MS * 2)

    def open_enrol_dialog(self) -> QWidget | None:
        from outreach_desktop.gui.sync.enrol_dialog import EnrolDialog

        if self.sync is None:
            return None
        dialog = EnrolDialog(self.sync, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_problems_dialog(self) -> QWidget:
        from outreach_desktop.gui.sync.problems_dialog import ProblemsDialog

        dialog = ProblemsDialog(self.workspace, self.sync, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_client.connect(self.open_client)
        dialog.open()
        return dialog

    # --- what the menus open -----------------------------------------------------------------
    def open_new_client_dialog(self) -> QWidget:
        from outreach_desktop.gui.record.client_dialog import ClientDialog

        dialog = ClientDialog(self.workspace, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.open_client)
        dialog.open()
        return dialog

    def open_log_contact_dialog(self) -> QWidget:
        from outreach_desktop.gui.record.log_contact_dialog import LogContactDialog

        dialog = LogContactDialog(self.workspace, self.current_client_id(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.contact_logged.connect(lambda _client_id: self.statusBar().showMessage(
            self.tr("Contact saved."), STATUS_MESSAGE_MS))
        dialog.open()
        return dialog

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

    def open_shortcuts_box(self) -> QMessageBox:
        actions = [a for a in (self.new_client_action, self.log_contact_action,
                               self.find_client_action, *self.page_actions.values(),
                               self.sync_now_action, self.lock_action, self.quit_action)
                   if a.isVisible()]
        lines = [f"{a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)}\t"
                 f"{a.text().replace('&', '')}" for a in actions]
        lines.append(self.tr("Enter\tOpen the selected client"))
        lines.append(self.tr("Down\tFrom the search field into the list"))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"),
                          "\n".join(lines), QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

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

    # --- layout memory -----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self._settings.get(Key.WINDOW_GEOMETRY)
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        splitter = self._settings.get(Key.CLIENTS_SPLITTER)
        if isinstance(splitter, str):
            self.clients_splitter.restoreState(QByteArray.fromBase64(splitter.encode("ascii")))
        page = self._settings.get(Key.WORKSPACE_PAGE)
        if page in PAGES:
            self.show_page(page)

    def layout_settings(self) -> dict[Key, str]:
        def b64(data: QByteArray) -> str:
            return bytes(data.toBase64().data()).decode("ascii")

        return {Key.WINDOW_GEOMETRY: b64(self.saveGeometry()),
                Key.CLIENTS_SPLITTER: b64(self.clients_splitter.saveState()),
                Key.WORKSPACE_PAGE: self.current_page()}

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden on lock and on quit: remember the layout (written on the worker, in
        order with other settings writes)."""
        if not event.spontaneous():
            values = self.layout_settings()
            try:
                worker = Worker.current()
            except RuntimeError:
                worker = None  # already shut down: nothing to write with
            if worker is not None:
                BackgroundOp(self, lambda: self._settings.set_many(values), worker).run()
        super().hideEvent(event)

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
        self._retranslate_navigation()
        self.navigation_list.setAccessibleName(self.tr("Pages"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_client_action.setText(self.tr("&New client…"))
        self.log_contact_action.setText(self.tr("Log &contact…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.today_action.setText(self.tr("&Today"))
        self.clients_action.setText(self.tr("&Clients"))
        self.review_action.setText(self.tr("&Review queue"))
        self.team_action.setText(self.tr("T&eam overview"))
        self.figures_action.setText(self.tr("F&igures"))
        self.find_client_action.setText(self.tr("&Find client"))
        self.sync_now_action.setText(self.tr("&Sync now"))
        self.sync_now_action.setToolTip(self.tr("Send your changes and fetch new ones (F5)"))
        self.sync_problems_action.setText(self.tr("Sync &problems…"))
        self.connect_server_action.setText(self.tr("Connect to &server…"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.auto_lock_action.setText(self.tr("&Auto-lock after…"))
        self.change_passphrase_action.setText(self.tr("&Change passphrase…"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About Outreach Desktop"))
        self._update_auto_lock_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
