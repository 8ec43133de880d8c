"""Sync problems that wait for a person: conflicts and changes the server did not accept.

*Conflicts*: for the selected one, the server's value and this device's value side by
side with who and when; keep one, or (for texts) combine both in an editor. *Rejected
changes*: the server's reason per field; open the record to correct it, send it again, or
discard it. Every decision is an ordinary change; a sync is asked for right after.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.texts import field_label, format_datetime, table_label

if TYPE_CHECKING:
    from outreach_desktop.core.sync.local import ConflictView, ProblemChange
    from outreach_desktop.gui.sync.controller import SyncController
    from outreach_desktop.gui.workspace.context import Workspace


class SyncTexts(QObject):
    """Translation context of the texts shared by the sync dialogs."""


def reason_text(code: str) -> str:
    """The server's reason for refusing a field, in words (one text per code, shared with
    the record view)."""
    from outreach_desktop.gui.record.texts import server_reason_text

    return server_reason_text(code)


def field_name(field: str) -> str:
    """A field's name for a person (the record screens' names, then these few more)."""
    label = field_label(field)
    if label != field:
        return label
    extra = {
        "note": SyncTexts.tr("Note"),
        "occurred_on": SyncTexts.tr("Date"),
        "kind": SyncTexts.tr("Kind"),
        "duration_minutes": SyncTexts.tr("Duration"),
        "follow_up_on": SyncTexts.tr("Follow-up on"),
        "language": SyncTexts.tr("Language"),
        "body": SyncTexts.tr("Text"),
    }
    return extra.get(field, field)


def value_text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return SyncTexts.tr("(empty)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _when(value: datetime | None) -> str:
    return format_datetime(value) if value is not None else "—"


class ProblemsDialog(QDialog):
    """Tabs ``tabs``: *Conflicts* (``conflict_list``; ``server_value``, ``device_value``
    with ``server_meta``, ``device_meta``; ``keep_server_button``, ``use_mine_button``,
    ``combine_edit``, ``combine_button``) and *Rejected changes* (``rejected_list``,
    ``reason_label``, ``open_record_button``, ``send_again_button``, ``discard_button``).
    Emits ``open_client(client_id)`` for "Open record"."""

    open_client = Signal(str)
    reloaded = Signal()

    def __init__(self, workspace: Workspace, controller: SyncController | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.controller = controller
        self.conflicts: list[ConflictView] = []
        self.changes: list[ProblemChange] = []
        self.client_codes: dict[str, str] = {}
        self.own_user_id = controller.status.user_id if controller and controller.status else ""
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_conflicts_tab(), "")
        self.tabs.addTab(self._build_rejected_tab(), "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 30)
        self.retranslate()
        if controller is not None:
            controller.sync_finished.connect(self._on_synced)
        self.reload()

    # --- construction ------------------------------------------------------------------------
    def _build_conflicts_tab(self) -> QWidget:
        page = QWidget(self)
        self.conflict_list = QListWidget(page)
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        self.conflicts_empty_label = QLabel(page)
        self.server_box, self.device_box = QGroupBox(page), QGroupBox(page)
        self.server_meta, self.device_meta = QLabel(page), QLabel(page)
        self.server_value, self.device_value = QPlainTextEdit(page), QPlainTextEdit(page)
        for meta, value, box in ((self.server_meta, self.server_value, self.server_box),
                                 (self.device_meta, self.device_value, self.device_box)):
            value.setReadOnly(True)
            value.setTabChangesFocus(True)
            meta.setWordWrap(True)
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(meta)
            box_layout.addWidget(value)
        self.field_label = QLabel(page)
        self.field_label.setWordWrap(True)
        self.keep_server_button = QPushButton(page)
        self.use_mine_button = QPushButton(page)
        self.keep_server_button.clicked.connect(lambda: self._resolve("server"))
        self.use_mine_button.clicked.connect(lambda: self._resolve("device"))
        self.combine_box = QGroupBox(page)
        self.combine_edit = QPlainTextEdit(self.combine_box)
        self.combine_edit.setTabChangesFocus(True)
        self.combine_button = QPushButton(self.combine_box)
        self.combine_button.clicked.connect(lambda: self._resolve("combined"))
        combine_layout = QVBoxLayout(self.combine_box)
        combine_layout.addWidget(self.combine_edit)
        combine_layout.addWidget(self.combine_button, 0, Qt.AlignmentFlag.AlignRight)

        detail = QWidget(page)
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.field_label, 0, 0, 1, 2)
        grid.addWidget(self.server_box, 1, 0)
        grid.addWidget(self.device_box, 1, 1)
        grid.addWidget(self.keep_server_button, 2, 0)
        grid.addWidget(self.use_mine_button, 2, 1)
        grid.addWidget(self.combine_box, 3, 0, 1, 2)
        self.conflict_detail = detail
        _lay_out_tab(page, self.conflicts_empty_label, self.conflict_list, detail)
        return page

    def _build_rejected_tab(self) -> QWidget:
        page = QWidget(self)
        self.rejected_list = QListWidget(page)
        self.rejected_list.currentRowChanged.connect(self._show_change)
        self.rejected_empty_label = QLabel(page)
        self.reason_label = QLabel(page)
        self.reason_label.setWordWrap(True)
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_record_button = QPushButton(page)
        self.send_again_button = QPushButton(page)
        self.discard_button = QPushButton(page)
        self.open_record_button.clicked.connect(self._open_record)
        self.send_again_button.clicked.connect(self._send_again)
        self.discard_button.clicked.connect(self._confirm_discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_record_button)
        buttons.addWidget(self.send_again_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        detail = QWidget(page)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.reason_label, 1)
        detail_layout.addLayout(buttons)
        _lay_out_tab(page, self.rejected_empty_label, self.rejected_list, detail)
        return page

    # --- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        from outreach_desktop.core.sync.local import open_conflicts, problem_changes

        def read(session: Any) -> tuple[list[ConflictView], list[ProblemChange],
                                        dict[str, str]]:
            from outreach_desktop.core.storage.models import Client

            changes = problem_changes(session)
            codes = {}
            for client_id in {c.client_id for c in changes if c.client_id}:
                client = session.get(Client, client_id)
                if client is not None:
                    codes[client_id] = client.client_code
            return open_conflicts(session), changes, codes

        self.workspace.read(self, read).success(self._loaded).run()

    def _loaded(self, found: tuple[list[ConflictView], list[ProblemChange],
                                   dict[str, str]]) -> None:
        conflict_row, change_row = self.conflict_list.currentRow(), self.rejected_list.currentRow()
        self.conflicts, self.changes, self.client_codes = found
        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(self._conflict_title(conflict))
            self.conflict_list.addItem(item)
        self.conflict_list.blockSignals(False)
        self.rejected_list.blockSignals(True)
        self.rejected_list.clear()
        for change in self.changes:
            self.rejected_list.addItem(QListWidgetItem(self._change_title(change)))
        self.rejected_list.blockSignals(False)
        if self.conflicts:
            self.conflict_list.setCurrentRow(min(max(conflict_row, 0), len(self.conflicts) - 1))
        if self.changes:
            self.rejected_list.setCurrentRow(min(max(change_row, 0), len(self.changes) - 1))
        self._show_conflict(self.conflict_list.currentRow())
        self._show_change(self.rejected_list.currentRow())
        self.retranslate()
        self.reloaded.emit()

    def _on_synced(self, _report: Any) -> None:
        self.reload()

    def set_busy(self, busy: bool) -> None:
        self.tabs.setEnabled(not busy)

    # --- conflicts ---------------------------------------------------------------------------
    def _conflict_title(self, conflict: ConflictView) -> str:
        return f"{conflict.client_code or '—'} · {table_label(conflict.record_table)} · " \
               f"{field_name(conflict.field)}"

    def current_conflict(self) -> ConflictView | None:
        row = self.conflict_list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _who(self, user_id: str | None) -> str:
        if user_id and user_id == self.own_user_id:
            return self.tr("you")
        if user_id:
            return self.tr("a colleague")
        return self.tr("unknown")

    def _show_conflict(self, _row: int) -> None:
        conflict = self.current_conflict()
        self.conflict_detail.setEnabled(conflict is not None)
        if conflict is None:
            for widget in (self.server_value, self.device_value, self.combine_edit):
                widget.setPlainText("")
            self.server_meta.setText("")
            self.device_meta.setText("")
            self.field_label.setText("")
            return
        self.field_label.setText(self.tr("Client %1, %2: “%3” was changed on the server "
                                         "and on this device.")
                                 .replace("%1", conflict.client_code or "—")
                                 .replace("%2", table_label(conflict.record_table))
                                 .replace("%3", field_name(conflict.field)))
        self.server_value.setPlainText(value_text(conflict.server_value))
        self.device_value.setPlainText(value_text(conflict.device_value))
        self.server_meta.setText(self.tr("By %1, %2").replace("%1", self._who(
            conflict.server_by)).replace("%2", _when(conflict.server_at)))
        self.device_meta.setText(self.tr("By %1, %2").replace("%1", self._who(
            conflict.device_by)).replace("%2", _when(conflict.device_at)))
        self.use_mine_button.setEnabled(not conflict.record_deleted)
        self.combine_box.setVisible(conflict.is_text and not conflict.record_deleted)
        if conflict.is_text:
            parts = [p for p in (conflict.server_value, conflict.device_value) if p]
            self.combine_edit.setPlainText("\n\n".join(str(p) for p in parts))

    def _resolve(self, choice: str) -> None:
        from outreach_desktop.core.sync.local import resolve_conflict

        conflict = self.current_conflict()
        if conflict is None:
            return
        combined = self.combine_edit.toPlainText() if choice == "combined" else None
        conflict_id = conflict.id
        self.workspace.write(self, lambda uow: resolve_conflict(uow, conflict_id, choice,
                                                                combined)) \
            .success(lambda _none: self._decided()).run()

    def _decided(self) -> None:
        self.reload()
        if self.controller is not None:
            self.controller.sync_now()

    # --- rejected changes --------------------------------------------------------------------
    def _change_title(self, change: ProblemChange) -> str:
        state = self.tr("refused") if change.status == "refused" else self.tr("rejected")
        code = self.client_codes.get(change.client_id or "", "—")
        return f"{code} · {table_label(change.table)} · {state} · " \
               f"{format_datetime(change.created_at)}"

    def current_change(self) -> ProblemChange | None:
        row = self.rejected_list.currentRow()
        return self.changes[row] if 0 <= row < len(self.changes) else None

    def _show_change(self, _row: int) -> None:
        change = self.current_change()
        for button in (self.send_again_button, self.discard_button):
            button.setEnabled(change is not None)
        self.open_record_button.setEnabled(change is not None and change.client_id is not None)
        if change is None:
            self.reason_label.setText("")
            return
        lines = []
        if change.status == "refused":
            lines.append(self.tr("The server refused this change as a whole."))
        for field, code in change.errors.items():
            lines.append(f"{field_name(field)}: {reason_text(str(code))}")
        if not change.errors and change.status != "refused":
            lines.append(self.tr("The server gave no reason."))
        self.reason_label.setText("\n".join(lines))

    def _open_record(self) -> None:
        change = self.current_change()
        if change is not None and change.client_id is not None:
            self.open_client.emit(change.client_id)

    def _send_again(self) -> None:
        from outreach_desktop.core.sync.local import retry_change

        change = self.current_change()
        if change is None:
            return
        seq = change.seq
        self.workspace.write(self, lambda uow: retry_change(uow, seq)) \
            .success(lambda _none: self._decided()).run()

    def _confirm_discard(self) -> QMessageBox | None:
        change = self.current_change()
        if change is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard change"),
                          self.tr("Discard this change? It goes back to what it was before, "
                                  "and it will not be sent to the server."),
                          QMessageBox.StandardButton.Cancel, self)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        seq = change.seq

        def clicked(button: Any) -> None:
            if button is discard:
                self._discard(seq)

        box.buttonClicked.connect(clicked)
        box.open()
        self.discard_box = box
        return box

    def _discard(self, seq: int) -> None:
        from outreach_desktop.core.sync.local import discard_change

        self.workspace.write(self, lambda uow: discard_change(uow, seq)) \
            .success(lambda _none: self._decided()).run()

    # --- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync problems"))
        self.tabs.setTabText(0, self.tr("Conflicts (%1)").replace("%1", str(len(self.conflicts))))
        self.tabs.setTabText(1, self.tr("Rejected changes (%1)").replace(
            "%1", str(len(self.changes))))
        self.conflicts_empty_label.setText(self.tr("No open conflicts."))
        self.conflicts_empty_label.setVisible(not self.conflicts)
        self.rejected_empty_label.setText(self.tr("No rejected changes."))
        self.rejected_empty_label.setVisible(not self.changes)
        self.conflict_list.setAccessibleName(self.tr("Conflicts"))
        self.rejected_list.setAccessibleName(self.tr("Rejected changes"))
        self.server_box.setTitle(self.tr("Value on the server"))
        self.device_box.setTitle(self.tr("Your value"))
        self.server_value.setAccessibleName(self.tr("Value on the server"))
        self.device_value.setAccessibleName(self.tr("Your value"))
        self.keep_server_button.setText(self.tr("Keep &server value"))
        self.use_mine_button.setText(self.tr("Use &my value"))
        self.combine_box.setTitle(self.tr("Combine both"))
        self.combine_edit.setAccessibleName(self.tr("Combined text"))
        self.combine_button.setText(self.tr("Save &combined text"))
        self.open_record_button.setText(self.tr("&Open record"))
        self.send_again_button.setText(self.tr("Send &again"))
        self.discard_button.setText(self.tr("&Discard…"))
        self._show_change(self.rejected_list.currentRow())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _lay_out_tab(page: QWidget, empty_label: QLabel, items: QWidget, detail: QWidget) -> None:
    """A tab of the dialog: what to say when it is empty, then the list beside the detail."""
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    splitter.addWidget(items)
    splitter.addWidget(detail)
    splitter.setStretchFactor(1, 2)
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(page)
    layout.addWidget(empty_label)
    layout.addWidget(splitter)
