"""The supervisor's *Team* page: caseload per caseworker with what is overdue, the
clients of the selected caseworker, the new clients waiting to be distributed, and the
transfer of a case to another caseworker (through the server: the old laptop loses the
record at its next sync, the new one receives it).

Overdue marks are words in their own column, never colour alone. Every list sorts by a
click on its header; the team total stays the last row whatever the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.texts import format_date, phase_label
from outreach_desktop.gui.workspace.page_loader import PageLoader

if TYPE_CHECKING:
    from outreach_desktop.core.supervision.team import CaseworkerLoad, ClientLoad
    from outreach_desktop.core.sync.local import Member
    from outreach_desktop.gui.workspace.context import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 2
NEW_CLIENT_DAYS = 30


class _Item(QTreeWidgetItem):
    """Sorts by the value under ``SORT_ROLE`` (numbers as numbers, no value last); the
    total row stays at the bottom in either order."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        column = tree.sortColumn() if tree is not None else 0
        ascending = (tree is None or tree.header().sortIndicatorOrder()
                     == Qt.SortOrder.AscendingOrder)
        mine, theirs = self.data(0, TOTAL_ROLE), other.data(0, TOTAL_ROLE)
        if mine or theirs:
            return bool(theirs) if ascending else bool(mine)
        a, b = self.data(column, SORT_ROLE), other.data(column, SORT_ROLE)
        if a is None or b is None:
            return (a is not None) if ascending else (a is None and b is not None)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


@dataclass
class _Loaded:
    overview: list[CaseworkerLoad]
    new: list[ClientLoad]
    members: list[Member]


class TransferDialog(QDialog):
    """Pick the caseworker a client goes to (the directory's caseworkers but the current
    one). ``chosen()`` is the user id picked."""

    def __init__(self, client_text: str, current_name: str, members: list[Member],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer a client"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        if current_name:
            self.intro.setText(self.tr("Client %1 is with %2 now. Transfer to:")
                               .replace("%1", client_text).replace("%2", current_name))
        else:
            self.intro.setText(self.tr("Client %1 has no caseworker yet. Assign to:")
                               .replace("%1", client_text))
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Caseworker"))
        for member in members:
            self.combo.addItem(member.name or member.user_id, member.user_id)
        self.intro.setBuddy(self.combo)
        self.empty_label = QLabel(self.tr("There is no other caseworker in your team to "
                                          "transfer to (the team list comes with the "
                                          "next sync)."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not members)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(members))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(44 * self.fontMetrics().averageCharWidth())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.combo)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)

    def chosen(self) -> str | None:
        value = self.combo.currentData()
        return str(value) if value else None

    def chosen_name(self) -> str:
        return self.combo.currentText()


class TeamView(QWidget):
    """Holds ``overview`` (CaseworkerLoad rows, total last), ``clients`` (the selected
    caseworker's), ``new`` (new clients) and ``members`` (the directory's caseworkers).
    Emits ``client_activated(id)`` on "Open record", Enter or double-click on a client."""

    client_activated = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.overview: list[CaseworkerLoad] = []
        self.clients: list[ClientLoad] = []
        self.new: list[ClientLoad] = []
        self.members: list[Member] = []
        self.transfer_dialog: TransferDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._selected: tuple[str | None] | None = None  # (caseworker id,) once one is chosen

        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title_label.setFont(font)
        self.explain_label = QLabel(self)
        self.explain_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()

        self.team_tree = self._tree(8)
        self.team_tree.currentItemChanged.connect(self._on_caseworker_changed)
        self.team_empty_label = QLabel(self)
        self.team_empty_label.setWordWrap(True)

        self.clients_label = QLabel(self)
        self.clients_tree = self._tree(6)
        self.clients_tree.itemActivated.connect(self._on_client_activated)
        self.clients_tree.currentItemChanged.connect(self._update_buttons)
        self.clients_label.setBuddy(self.clients_tree)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._open_selected)
        self.transfer_button = QPushButton(self)
        self.transfer_button.clicked.connect(lambda: self._start_transfer(self.clients_tree))

        self.new_label = QLabel(self)
        self.new_tree = self._tree(4)
        self.new_tree.itemActivated.connect(self._on_client_activated)
        self.new_tree.currentItemChanged.connect(self._update_buttons)
        self.new_label.setBuddy(self.new_tree)
        self.assign_button = QPushButton(self)
        self.assign_button.clicked.connect(lambda: self._start_transfer(self.new_tree))

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.team_tree, 1)
        top_layout.addWidget(self.team_empty_label)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.clients_label)
        middle_layout.addWidget(self.clients_tree, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.transfer_button)
        buttons.addStretch(1)
        middle_layout.addLayout(buttons)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.new_label)
        bottom_layout.addWidget(self.new_tree, 1)
        new_buttons = QHBoxLayout()
        new_buttons.addWidget(self.assign_button)
        new_buttons.addStretch(1)
        bottom_layout.addLayout(new_buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        for part in (top, middle, bottom):
            self.splitter.addWidget(part)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.explain_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.team_tree, self.clients_tree)
        self.setTabOrder(self.clients_tree, self.open_button)
        self.setTabOrder(self.open_button, self.transfer_button)
        self.setTabOrder(self.transfer_button, self.new_tree)
        self.setTabOrder(self.new_tree, self.assign_button)
        self.team_tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.clients_tree.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # longest first
        self.new_tree.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # newest first
        self.loader = PageLoader(self, workspace, self._load)
        self.retranslate()
        self._update_buttons()

    def _tree(self, columns: int) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.setColumnCount(columns)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSortingEnabled(True)
        return tree

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """The overview, the new clients and the directory on the worker; then the
        selected caseworker's clients."""
        self.loader.reload()

    def _load(self) -> None:
        from outreach_desktop.core.supervision.team import caseworkers, new_clients, team_overview

        today = self.workspace.today()

        def load(session: Any) -> _Loaded:
            return _Loaded(team_overview(session, today),
                           new_clients(session, today, NEW_CLIENT_DAYS), caseworkers(session))

        self.workspace.read(self, load).success(self._on_loaded).failure(
            self._on_failed).run()

    def _on_loaded(self, loaded: _Loaded) -> None:
        self.overview, self.new, self.members = loaded.overview, loaded.new, loaded.members
        self._show_overview()
        self._show_new()
        self.loader.done()

    def _on_failed(self, exc: BaseException) -> None:
        from outreach_desktop.gui.worker import show_error

        self.loader.done()
        show_error(self, exc)

    def _load_clients(self) -> None:
        if self._selected is None:
            self.clients = []
            self._show_clients()
            return
        from outreach_desktop.core.supervision.team import caseworker_clients

        owner = self._selected[0]
        today = self.workspace.today()
        self.workspace.read(self, lambda session: caseworker_clients(session, owner, today)) \
            .success(lambda rows: self._on_clients_loaded(owner, rows)) \
            .failure(self._on_failed).run()

    def _on_clients_loaded(self, owner: str | None, rows: list[ClientLoad]) -> None:
        if self._selected is None or self._selected[0] != owner:
            return  # another caseworker was selected meanwhile
        self.clients = rows
        self._show_clients()

    # --- showing -----------------------------------------------------------------------------
    def caseworker_name(self, caseworker_id: str | None, name: str = "") -> str:
        if caseworker_id is None:
            return self.tr("Not assigned")
        if not name:
            name = next((m.name for m in self.members if m.user_id == caseworker_id), "")
        if not name:
            name = next((r.name for r in self.overview if r.caseworker_id == caseworker_id), "")
        return name or self.tr("Unknown caseworker")

    def _show_overview(self) -> None:
        tree = self.team_tree
        tree.setSortingEnabled(False)
        tree.blockSignals(True)
        tree.clear()
        bold = tree.font()
        bold.setBold(True)
        current = None
        for row in self.overview:
            name = (self.tr("Team total") if row.is_total
                    else self.caseworker_name(row.caseworker_id, row.name))
            item = _Item([name, *(str(n) for n in row.counts())])
            named = row.caseworker_id is not None and bool(row.name)
            item.setData(0, SORT_ROLE, f"{0 if named else 1}{name.casefold()}")
            for column, value in enumerate(row.counts(), start=1):
                item.setData(column, SORT_ROLE, value)
            item.setData(0, ID_ROLE, row.caseworker_id)
            item.setData(0, TOTAL_ROLE, row.is_total)
            if row.is_total:
                for column in range(tree.columnCount()):
                    item.setFont(column, bold)
            tree.addTopLevelItem(item)
            if (self._selected is not None and not row.is_total
                    and self._selected[0] == row.caseworker_id):
                current = item
        tree.setSortingEnabled(True)
        if current is not None:
            tree.setCurrentItem(current)
        else:
            self._selected = None
        tree.blockSignals(False)
        self.team_empty_label.setVisible(len(self.overview) <= 1)
        self._load_clients()

    def _show_clients(self) -> None:
        tree = self.clients_tree
        tree.setSortingEnabled(False)
        current = self._current_id(tree)
        tree.clear()
        for client in self.clients:
            days = client.days_without_contact
            item = _Item([client.name or client.client_code, client.client_code,
                          phase_label(client.phase), format_date(client.last_contact),
                          "" if days is None else str(days), self._overdue_text(client)])
            for column, key in enumerate((client.name.casefold(), client.client_code,
                                          client.phase or "", client.last_contact, days,
                                          self._overdue_weight(client))):
                item.setData(column, SORT_ROLE, key.toordinal() if hasattr(key, "toordinal")
                             else key)
            item.setData(0, ID_ROLE, client.client_id)
            item.setToolTip(5, item.text(5))
            if self._overdue_weight(client):
                bold = tree.font()
                bold.setBold(True)
                item.setFont(5, bold)
            tree.addTopLevelItem(item)
            if client.client_id == current:
                tree.setCurrentItem(item)
        tree.setSortingEnabled(True)
        self._update_clients_label()
        self._update_buttons()

    def _show_new(self) -> None:
        tree = self.new_tree
        tree.setSortingEnabled(False)
        current = self._current_id(tree)
        tree.clear()
        for client in self.new:
            item = _Item([client.name or client.client_code, client.client_code,
                          format_date(client.opened_on),
                          self.caseworker_name(client.caseworker_id)])
            for column, key in enumerate((client.name.casefold(), client.client_code,
                                          client.opened_on.toordinal() if client.opened_on
                                          else None, item.text(3).casefold())):
                item.setData(column, SORT_ROLE, key)
            item.setData(0, ID_ROLE, client.client_id)
            tree.addTopLevelItem(item)
            if client.client_id == current:
                tree.setCurrentItem(item)
        tree.setSortingEnabled(True)
        self._update_new_label()
        self._update_buttons()

    def _overdue_weight(self, client: ClientLoad) -> int:
        return int(client.overdue_follow_up) + client.overdue_steps + client.open_conflicts

    def _overdue_text(self, client: ClientLoad) -> str:
        parts = []
        if client.overdue_follow_up:
            parts.append(self.tr("Follow-up overdue"))
        if client.overdue_steps:
            parts.append(self.tr("%n goal step(s) overdue", None, client.overdue_steps))
        if client.open_conflicts:
            parts.append(self.tr("%n open conflict(s)", None, client.open_conflicts))
        return "; ".join(parts) if parts else self.tr("Nothing overdue")

    def _update_clients_label(self) -> None:
        if self._selected is None:
            self.clients_label.setText(self.tr("Select a caseworker above to see their "
                                               "clients."))
        elif not self.clients:
            self.clients_label.setText(self.tr("%1 has no clients.").replace(
                "%1", self.caseworker_name(self._selected[0])))
        else:
            self.clients_label.setText(self.tr("&Clients of %1 (%n):", None, len(self.clients))
                                       .replace("%1", self.caseworker_name(self._selected[0])))

    def _update_new_label(self) -> None:
        if self.new:
            self.new_label.setText(self.tr(
                "&New clients (intake, opened in the last %1 days): %n", None, len(self.new))
                .replace("%1", str(NEW_CLIENT_DAYS)))
        else:
            self.new_label.setText(self.tr(
                "No new clients: none in intake opened in the last %1 days.")
                .replace("%1", str(NEW_CLIENT_DAYS)))

    def _update_buttons(self, *_args: object) -> None:
        may_steer = self.workspace.role == "supervisor"
        has_client = self.clients_tree.currentItem() is not None
        self.open_button.setEnabled(has_client)
        self.transfer_button.setEnabled(has_client and may_steer)
        self.assign_button.setEnabled(self.new_tree.currentItem() is not None and may_steer)

    # --- what the user does --------------------------------------------------------------------
    @staticmethod
    def _current_id(tree: QTreeWidget) -> str | None:
        item = tree.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def select_caseworker(self, caseworker_id: str | None) -> bool:
        """Select the caseworker's row (tests, and keeping the selection on reload)."""
        for index in range(self.team_tree.topLevelItemCount()):
            item = self.team_tree.topLevelItem(index)
            if not item.data(0, TOTAL_ROLE) and item.data(0, ID_ROLE) == caseworker_id:
                self.team_tree.setCurrentItem(item)
                return True
        return False

    def _on_caseworker_changed(self, item: QTreeWidgetItem | None, *_args: object) -> None:
        if item is None or item.data(0, TOTAL_ROLE):
            self._selected = None
        else:
            self._selected = (item.data(0, ID_ROLE),)
        self.clients = []
        self._show_clients()
        self._load_clients()

    def _on_client_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.client_activated.emit(item.data(0, ID_ROLE))

    def _open_selected(self) -> None:
        client_id = self._current_id(self.clients_tree)
        if client_id:
            self.client_activated.emit(client_id)

    def _start_transfer(self, tree: QTreeWidget) -> None:
        client_id = self._current_id(tree)
        rows = self.clients if tree is self.clients_tree else self.new
        client = next((c for c in rows if c.client_id == client_id), None)
        if client is None or self.workspace.role != "supervisor":
            return
        current = client.caseworker_id
        others = [m for m in self.members if m.user_id != current]
        self.transfer_dialog = TransferDialog(
            client.client_code, self.caseworker_name(current) if current else "", others, self)
        if tree is self.new_tree and current is None:
            self.transfer_dialog.setWindowTitle(self.tr("Assign a client"))
        self.transfer_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.transfer_dialog.accepted.connect(lambda: self._confirm(client))
        self.transfer_dialog.open()

    def _confirm(self, client: ClientLoad) -> None:
        dialog = self.transfer_dialog
        if dialog is None or dialog.chosen() is None:
            return
        user_id, name = str(dialog.chosen()), dialog.chosen_name()
        if client.caseworker_id is None:
            text = self.tr("Assign client %1 to %2?").replace("%1", client.client_code) \
                .replace("%2", name)
        else:
            text = (self.tr("Transfer client %1 from %2 to %3? The old laptop loses the "
                            "record at its next sync; %3's laptop receives it.")
                    .replace("%1", client.client_code)
                    .replace("%2", self.caseworker_name(client.caseworker_id))
                    .replace("%3", name))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Transfer a client"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self._assign(client, user_id, name))
        self.confirm_box = box
        box.open()

    def _assign(self, client: ClientLoad, user_id: str, name: str) -> None:
        self._show_status(self.tr("Transferring client %1 to %2…")
                          .replace("%1", client.client_code).replace("%2", name))
        self.transfer_button.setEnabled(False)
        self.assign_button.setEnabled(False)
        client_id = client.client_id

        def done(_result: object) -> None:
            self._show_status(self.tr("Client %1 now belongs to %2. The lists here follow "
                                      "after the sync that is starting now.")
                              .replace("%1", client.client_code).replace("%2", name))
            self.reload()

        def failed(exc: BaseException) -> None:
            self._show_status(self.transfer_error(exc), error=True)
            self._update_buttons()

        self.workspace.call_server(self, lambda conn: conn.assign(client_id, user_id),
                                   done, failed)

    def transfer_error(self, exc: BaseException) -> str:
        """What went wrong, for the person: offline and refused in this page's words;
        other errors as the app describes them everywhere."""
        from outreach_desktop.core.errors import ServerRefused, ServerUnreachable
        from outreach_desktop.messages import describe_error

        if isinstance(exc, ServerUnreachable):
            return self.tr("The server cannot be reached, so nothing was transferred. "
                           "Try again when this laptop is online.")
        if isinstance(exc, ServerRefused) and exc.status in (403, 404, 422):
            return self.tr("The server did not allow this transfer: the client or the "
                           "caseworker is not (or no longer) in your team. Nothing was "
                           "changed. Sync, then try again.")
        if isinstance(exc, ServerRefused):
            return self.tr("The server refused the transfer (%1). Nothing was changed; if "
                           "this happens again, tell your coordinator.").replace(
                "%1", f"{exc.status} {exc.reason}")
        return describe_error(exc)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(self.tr("Problem") if error else self.tr("Status"))
        font = self.status_label.font()
        font.setBold(error)
        self.status_label.setFont(font)
        self.status_label.show()

    # --- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Team"))
        self.explain_label.setText(self.tr(
            "Open cases per caseworker. \"No contact\" counts open cases whose latest "
            "contact (or opening) is at least 30, 60 or 90 days ago; a case counted under "
            "90 days is counted under 30 and 60 too. Click a heading to sort."))
        self.team_tree.setHeaderLabels([
            self.tr("Caseworker"), self.tr("Active cases"), self.tr("Overdue follow-ups"),
            self.tr("Overdue goal steps"), self.tr("No contact 30+ days"),
            self.tr("No contact 60+ days"), self.tr("No contact 90+ days"),
            self.tr("Open conflicts")])
        self.team_tree.setAccessibleName(self.tr("Caseload per caseworker"))
        self.team_empty_label.setText(self.tr(
            "No caseworkers or cases yet. Your team appears here after the first sync "
            "with the server."))
        self.clients_tree.setHeaderLabels([
            self.tr("Client"), self.tr("Code"), self.tr("Phase"), self.tr("Last contact"),
            self.tr("Days without contact"), self.tr("Overdue")])
        self.clients_tree.setAccessibleName(self.tr("Clients of the selected caseworker"))
        self.new_tree.setHeaderLabels([self.tr("Client"), self.tr("Code"),
                                       self.tr("Opened on"), self.tr("Caseworker")])
        self.new_tree.setAccessibleName(self.tr("New clients"))
        self.open_button.setText(self.tr("Open &record"))
        self.transfer_button.setText(self.tr("&Transfer to…"))
        self.assign_button.setText(self.tr("&Assign to…"))
        self._size_columns()
        if self.overview:
            self._show_overview()
            self._show_new()
        else:
            self._update_clients_label()
            self._update_new_label()

    def _size_columns(self) -> None:
        for tree in (self.team_tree, self.clients_tree, self.new_tree):
            char = tree.fontMetrics().averageCharWidth()
            header = tree.header()
            for column in range(tree.columnCount()):
                title = tree.headerItem().text(column)
                typical = 20 if column == 0 else 16 if (tree, column) == (
                    self.clients_tree, 2) else 8
                tree.setColumnWidth(column, max(
                    typical * char, header.fontMetrics().horizontalAdvance(title) + 3 * char))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
