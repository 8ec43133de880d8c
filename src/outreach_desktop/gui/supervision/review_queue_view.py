"""The supervisor's review queue: records new or changed since they were last reviewed,
grouped by caseworker, and for the selected client what changed, field by field.

Left, a tree: caseworker (with the number of records) → client (latest change, number
of records, and in words what waits for a decision). Right, the selected client's
records: what changed (old → new), earlier reviews (an outdated one says so), and the
actions: mark as reviewed, approve, return with a comment, comment, open the record.
The queue is read on the worker (``core.supervision.review_queue``); reviews are
written through the unit of work and reach the caseworker by the normal sync.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.dialog_base import RecordDialog
from outreach_desktop.gui.record.texts import (
    CODE_FIELDS,
    SENSITIVE_FIELDS,
    field_label,
    format_date,
    format_datetime,
    phase_label,
    referral_status_label,
    review_kind_label,
    table_label,
)
from outreach_desktop.gui.workspace.page_loader import PageLoader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from outreach_desktop.core.supervision.review_queue import (
        QueueClient,
        QueueGroup,
        QueueItem,
        ReviewInfo,
        ReviewQueue,
    )
    from outreach_desktop.gui.workspace.context import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
#: Column widths in average characters of the font.
QUEUE_COLUMN_CHARS = (26, 16, 7, 26)
DETAIL_COLUMN_CHARS = (40, 16, 16)
#: Fields whose values are free text about a person: shortened in the list.
FREE_TEXT_FIELDS = frozenset({"note", "body", "title"})
#: Columns that say nothing to a supervisor (ids of parents, ordering).
HIDDEN_FIELDS = frozenset({"client_id", "case_id", "goal_id", "position", "team_id"})


class _TimeTexts:
    """``format_datetime`` for many stamps: dates and minutes are formatted once each
    (Qt's formatting cost half the time of filling 5,000 clients)."""

    def __init__(self) -> None:
        self.dates: dict[date, str] = {}
        self.times: dict[tuple[int, int], str] = {}
        self.locale = QLocale()

    def __call__(self, value: datetime | None) -> str:
        if value is None:
            return ""
        local = value.replace(tzinfo=UTC).astimezone()  # stored in UTC, shown local
        day = local.date()
        if day not in self.dates:
            self.dates[day] = format_date(day)
        minute = (local.hour, local.minute)
        if minute not in self.times:
            self.times[minute] = self.locale.toString(QTime(*minute),
                                                      QLocale.FormatType.ShortFormat)
        return f"{self.dates[day]} {self.times[minute]}"


class CommentDialog(RecordDialog):
    """A comment for a review: required (OK stays disabled while it is empty)."""

    def __init__(self, title: str, prompt: str, action: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt_label = QLabel(prompt, self)
        self.prompt_label.setWordWrap(True)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setAccessibleName(self.tr("Comment"))
        self.prompt_label.setBuddy(self.comment_edit)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Ok
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self.comment_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.comment_edit, 1)
        layout.addWidget(self.button_box)
        self._update_ok()
        self.fit_paragraphs([self.prompt_label])

    def comment(self) -> str:
        return self.comment_edit.toPlainText().strip()

    def is_dirty(self) -> bool:
        return bool(self.comment())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.comment()))

    def accept(self) -> None:
        if self.comment():
            super().accept()


def read_queue(session: Session) -> tuple[ReviewQueue, dict[str, str], str]:
    """What the page shows (worker thread): the queue, the names, the user's own id."""
    from outreach_desktop.core.supervision.review_queue import load_queue, member_names
    from outreach_desktop.core.sync.local import SyncConfig

    return load_queue(session), member_names(session), SyncConfig.load(session).user_id


class ReviewQueueView(QWidget):
    """Holds ``queue`` (the ReviewQueue shown) and ``items`` (the selected client's
    QueueItems). Emits ``client_activated(id)`` on "Open record"."""

    client_activated = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.queue: ReviewQueue | None = None
        self.items: list[QueueItem] = []
        self.names: dict[str, str] = {}
        self.user_id = ""  # this device's user: their own reviews say "You"
        self.dialog: CommentDialog | None = None
        self._detail_client: str | None = None

        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title_label.setFont(font)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)

        self.queue_tree = QTreeWidget(self)
        self.queue_tree.setColumnCount(4)
        self.queue_tree.setUniformRowHeights(True)
        self.queue_tree.setAllColumnsShowFocus(True)
        self.queue_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue_tree.currentItemChanged.connect(self._on_current_changed)
        self.queue_tree.itemActivated.connect(self._on_queue_activated)
        self.queue_tree.itemExpanded.connect(self._on_group_expanded)
        self._time_texts = _TimeTexts()
        self.summary_label.setBuddy(self.queue_tree)

        detail = QWidget(self)
        self.client_label = QLabel(detail)
        self.client_label.setWordWrap(True)
        bold = self.client_label.font()
        bold.setBold(True)
        self.client_label.setFont(bold)
        self.detail_tree = QTreeWidget(detail)
        self.detail_tree.setColumnCount(3)
        self.detail_tree.header().setStretchLastSection(False)
        self.detail_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.detail_tree.setAllColumnsShowFocus(True)
        self.detail_tree.setWordWrap(True)
        self.detail_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.detail_tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.client_label.setBuddy(self.detail_tree)
        self.seen_button = QPushButton(detail)
        self.approve_button = QPushButton(detail)
        self.return_button = QPushButton(detail)
        self.comment_button = QPushButton(detail)
        self.open_button = QPushButton(detail)
        self.seen_button.clicked.connect(self.mark_seen)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(lambda: self.ask_comment("return"))
        self.comment_button.clicked.connect(lambda: self.ask_comment("comment"))
        self.open_button.clicked.connect(self.open_record)
        buttons = QHBoxLayout()
        for button in (self.seen_button, self.approve_button, self.return_button,
                       self.comment_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.client_label)
        detail_layout.addWidget(self.detail_tree, 1)
        detail_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.queue_tree)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([500, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.splitter, 1)

        for keys in (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
                     QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.mark_seen)
        self.loader = PageLoader(self, workspace, self._load)
        workspace.labels_changed.connect(self._refill)
        self.retranslate()

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the queue on the worker; a reload asked for meanwhile runs after it."""
        self.loader.reload()

    def _load(self) -> None:
        """The queue read at the unlock if it is still waiting to be claimed, else read
        now."""

        def prefetched(future: Any) -> None:
            if not shiboken6.isValid(self):
                return
            if future.exception() is not None:
                self._on_failed(future.exception())
            else:
                self._on_loaded(future.result())

        if self.workspace.take_prefetched("review_queue", prefetched):
            return
        self.workspace.read(self, read_queue).success(self._on_loaded) \
            .failure(self._on_failed).run()

    def _on_loaded(self, result: tuple[ReviewQueue, dict[str, str], str]) -> None:
        self.queue, self.names, self.user_id = result
        self._fill_queue()
        self.loader.done()

    def _on_failed(self, exc: BaseException) -> None:
        from outreach_desktop.gui.worker import show_error

        self.loader.done()
        show_error(self, exc)

    def _load_detail(self, client_id: str | None) -> None:
        self._detail_client = client_id
        if client_id is None:
            self.items = []
            self._fill_detail()
            return
        from outreach_desktop.core.supervision.review_queue import client_items

        def loaded(items: list[QueueItem]) -> None:
            if client_id == self._detail_client:
                self.items = items
                self._fill_detail()

        self.workspace.read(self, lambda session: client_items(session, client_id)) \
            .success(loaded).failure(self._on_failed).run()

    # --- the queue tree ----------------------------------------------------------------------
    def current_client_id(self) -> str | None:
        item = self.queue_tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "client":
            return None
        return item.data(0, ID_ROLE)

    def current_client(self) -> QueueClient | None:
        client_id = self.current_client_id()
        for group in self.queue.groups if self.queue else []:
            for client in group.clients:
                if client.client_id == client_id:
                    return client
        return None

    def _fill_queue(self) -> None:
        """Groups first; the clients of a group are made when it is expanded (the group
        of the selected client, or the first, is expanded now): a team's queue holds
        thousands of clients, and the page must show at once after the unlock."""
        current = self.current_client_id()
        self.queue_tree.blockSignals(True)
        self.queue_tree.clear()
        self._time_texts = _TimeTexts()
        groups = self.queue.groups if self.queue else []
        chosen = next((g for g in groups if any(c.client_id == current for c in g.clients)),
                      groups[0] if groups else None)
        for group in groups:
            name = group.name or self.tr("Unknown caseworker")
            group_item = QTreeWidgetItem([name, "", str(group.count), ""])
            group_item.setData(0, ID_ROLE, group.caseworker_id)
            group_item.setData(0, KIND_ROLE, "group")
            group_item.setToolTip(2, self.tr("%n record(s) to review", None, group.count))
            group_item.setChildIndicatorPolicy(
                QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            font = group_item.font(0)
            font.setBold(True)
            group_item.setFont(0, font)
            self.queue_tree.addTopLevelItem(group_item)
            if group is chosen:
                self._add_client_rows(group_item)
                group_item.setExpanded(True)
        self.queue_tree.blockSignals(False)
        target = None
        if chosen is not None:
            chosen_item = self.queue_tree.topLevelItem(groups.index(chosen))
            rows = [chosen_item.child(i) for i in range(chosen_item.childCount())]
            target = next((r for r in rows if r.data(0, ID_ROLE) == current),
                          rows[0] if rows else None)
        if target is not None:
            self.queue_tree.setCurrentItem(target)
        self._update_summary()
        if self.current_client_id() != current or target is None:
            self._load_detail(self.current_client_id())
        else:
            self._load_detail(current)  # its records may have changed too

    def _group_of(self, group_item: QTreeWidgetItem) -> QueueGroup | None:
        caseworker_id = group_item.data(0, ID_ROLE)
        return next((g for g in (self.queue.groups if self.queue else [])
                     if g.caseworker_id == caseworker_id), None)

    def _add_client_rows(self, group_item: QTreeWidgetItem) -> None:
        group = self._group_of(group_item)
        if group is None or group_item.childCount():
            return
        when = self._time_texts
        rows: list[QTreeWidgetItem] = []
        for client in group.clients:
            label = client.name or client.client_code
            waiting = "; ".join(self._decision_text(d) for d in client.decisions)
            row = QTreeWidgetItem([label, when(client.latest_at), str(client.count), waiting])
            if waiting:
                row.setToolTip(3, waiting)
            row.setData(0, ID_ROLE, client.client_id)
            row.setData(0, KIND_ROLE, "client")
            rows.append(row)
        group_item.addChildren(rows)

    def _on_group_expanded(self, item: QTreeWidgetItem) -> None:
        if item.data(0, KIND_ROLE) == "group":
            self._add_client_rows(item)

    def _on_current_changed(self, *_args: Any) -> None:
        client_id = self.current_client_id()
        if client_id != self._detail_client:
            self._load_detail(client_id)

    def _on_queue_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == "client":
            self.detail_tree.setFocus()
            if self.detail_tree.currentItem() is None and self.detail_tree.topLevelItemCount():
                self.detail_tree.setCurrentItem(self.detail_tree.topLevelItem(0))

    # --- the detail pane -----------------------------------------------------------------------
    def current_item(self) -> QueueItem | None:
        row = self.detail_tree.currentItem()
        while row is not None and row.parent() is not None:
            row = row.parent()
        if row is None:
            return None
        record_id = row.data(0, ID_ROLE)
        return next((i for i in self.items if i.record_id == record_id), None)

    def _fill_detail(self) -> None:
        row = self.detail_tree.currentItem()
        while row is not None and row.parent() is not None:
            row = row.parent()
        previous = row.data(0, ID_ROLE) if row is not None else None
        self.detail_tree.clear()
        client = self.current_client()
        if client is None:
            self.client_label.setText(self._empty_text() if self.queue is not None else "")
        else:
            self.client_label.setText(self.tr("%1 (%2): %n record(s)", None, len(self.items))
                                      .replace("%1", client.name or client.client_code)
                                      .replace("%2", client.client_code))
        select: QTreeWidgetItem | None = None
        for item in self.items:
            row = QTreeWidgetItem([self._item_title(item), format_datetime(item.changed_at),
                                   self._who(item.changed_by)])
            row.setData(0, ID_ROLE, item.record_id)
            row.setToolTip(0, row.text(0))
            if item.decision_needed:
                font = row.font(0)
                font.setBold(True)
                row.setFont(0, font)
            self.detail_tree.addTopLevelItem(row)
            for change in item.changes:
                if change.field in HIDDEN_FIELDS:
                    continue
                text = self.tr("%1: %2 → %3").replace("%1", self._field(change.field)) \
                    .replace("%2", self._value(change.field, change.old) or self.tr("(empty)")) \
                    .replace("%3", self._value(change.field, change.new) or self.tr("(empty)"))
                if self.isRightToLeft():  # the arrow points from the old value to the new
                    text = text.replace("→", "←")
                child = QTreeWidgetItem([text])
                child.setToolTip(0, text)
                row.addChild(child)
                child.setFirstColumnSpanned(True)
            for review in item.reviews:
                child = QTreeWidgetItem([self._review_text(review),
                                         format_datetime(review.created_at),
                                         self._who(review.author_id)])
                child.setToolTip(0, child.text(0))
                row.addChild(child)
                if review.body:
                    body = QTreeWidgetItem([review.body])
                    body.setToolTip(0, review.body)
                    child.addChild(body)
                    body.setFirstColumnSpanned(True)
                    child.setExpanded(True)
            row.setExpanded(True)
            if item.record_id == previous:
                select = row
        if select is not None:
            self.detail_tree.setCurrentItem(select)
        elif self.detail_tree.topLevelItemCount():
            self.detail_tree.setCurrentItem(self.detail_tree.topLevelItem(0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.current_item()
        self.seen_button.setEnabled(any(not i.decision_needed for i in self.items))
        self.approve_button.setEnabled(item is not None and bool(item.decision_needed))
        self.return_button.setEnabled(item is not None and bool(item.decision_needed))
        self.comment_button.setEnabled(item is not None)
        self.open_button.setEnabled(self.current_client_id() is not None)

    # --- what the supervisor does --------------------------------------------------------------
    def mark_seen(self) -> None:
        """A "seen" review for each listed record that does not wait for a decision."""
        chosen = [i for i in self.items if not i.decision_needed]
        if not chosen:
            return
        from outreach_desktop.core.supervision.review_queue import mark_seen

        self.workspace.write(self, lambda uow: mark_seen(uow, chosen), "review") \
            .failure(self._on_write_failed).run()

    def approve(self) -> None:
        item = self.current_item()
        if item is None or not item.decision_needed:
            return
        self._decide(item, "approve", "")

    def ask_comment(self, kind: str) -> CommentDialog | None:
        """The dialog for a return (comment required) or a comment; ``open()``ed."""
        item = self.current_item()
        if item is None or (kind == "return" and not item.decision_needed):
            return None
        what = self._item_title(item)
        if kind == "return":
            dialog = CommentDialog(
                self.tr("Return with comment"),
                self.tr("Return “%1” to the caseworker for correction. Say what needs "
                        "to change:").replace("%1", what),
                self.tr("Return"), self)
        else:
            dialog = CommentDialog(
                self.tr("Comment"),
                self.tr("Your comment on “%1” for the caseworker:").replace("%1", what),
                self.tr("Send comment"), self)
        dialog.accepted.connect(lambda: self._decide(item, kind, dialog.comment()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _decide(self, item: QueueItem, kind: str, body: str) -> None:
        from outreach_desktop.core.supervision.review_queue import decide

        table, record_id = item.table, item.record_id
        self.workspace.write(self, lambda uow: decide(uow, table, record_id, kind, body),
                             "review").failure(self._on_write_failed).run()

    def _on_write_failed(self, exc: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        from outreach_desktop.gui.record.texts import describe

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Review"), describe(exc),
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def open_record(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            self.client_activated.emit(client_id)

    # --- text --------------------------------------------------------------------------------
    def _decision_text(self, decision: str | None) -> str:
        if decision == "goal_agreement":
            return self.tr("Goal agreement awaits decision")
        if decision == "closure":
            return self.tr("Closure awaits decision")
        return ""

    def _who(self, user_id: str | None) -> str:
        if not user_id:
            return ""
        if user_id == self.user_id:
            return self.tr("You")
        return self.names.get(user_id) or self.tr("Unknown person")

    def _field(self, name: str) -> str:
        extra = {
            "occurred_on": self.tr("Date"),
            "duration_minutes": self.tr("Duration (minutes)"),
            "kind": self.tr("Kind"),
            "topics": self.tr("Topics"),
            "language": self.tr("Language"),
            "note": self.tr("Text"),
            "body": self.tr("Text"),
            "follow_up_on": self.tr("Follow-up on"),
            "institution": self.tr("Institution"),
            "referred_on": self.tr("Referred on"),
            "form_id": self.tr("Form"),
            "form_version": self.tr("Form version"),
            "answers": self.tr("Answers"),
            "given_on": self.tr("Given on"),
            "withdrawn_on": self.tr("Withdrawn on"),
            "scope": self.tr("Scope"),
            "filename": self.tr("File name"),
            "media_type": self.tr("File type"),
            "size": self.tr("Size"),
            "district": self.tr("District"),
        }
        return extra.get(name) or field_label(name)

    def _value(self, name: str, value: Any) -> str:
        if value in (None, "", [], {}):
            return ""
        if name in SENSITIVE_FIELDS:
            return self.tr("(hidden)")
        if name == "answers":
            return self.tr("(changed)")
        if name == "phase":
            return phase_label(str(value))
        if name == "status":
            return self._status(str(value))
        if name == "form_id":
            return self._form_name(str(value))
        catalogue = CODE_FIELDS.get(name)
        label = self.workspace.labels.label
        if isinstance(value, list):
            return ", ".join(label(catalogue, str(v)) if catalogue else str(v) for v in value)
        if catalogue:
            return label(catalogue, str(value))
        if isinstance(value, datetime):
            return format_datetime(value)
        if isinstance(value, date):
            return format_date(value)
        if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" \
                and value[7:8] == "-":
            try:
                return (format_date(date.fromisoformat(value)) if len(value) == 10
                        else format_datetime(datetime.fromisoformat(value)))
            except ValueError:
                pass
        plain = str(value).replace("\n", " ")
        if name in FREE_TEXT_FIELDS and len(plain) > 80:
            plain = plain[:79] + "…"
        return plain

    def _status(self, status: str) -> str:
        """A status of a form (draft, final), a goal (open, reached, dropped) or a
        referral."""
        texts = {"draft": self.tr("draft"), "final": self.tr("final"),
                 "open": self.tr("open"), "reached": self.tr("reached"),
                 "dropped": self.tr("dropped")}
        return texts.get(status) or referral_status_label(status)

    def _form_name(self, form_id: str) -> str:
        if form_id == "goal_agreement":
            return self.tr("Goal agreement")
        if form_id == "closure":
            return self.tr("Case closure")
        return form_id

    def _item_title(self, item: QueueItem) -> str:
        facts = item.facts
        what = table_label(item.table)
        if item.table == "form_response":
            what = self._form_name(str(facts.get("form_id", "")))
        shown = [self._value(name, value) for name, value in facts.items()
                 if name not in ("form_id",)]
        title = what + (": " + ", ".join(v for v in shown if v) if shown else "")
        state = self.tr("new") if item.op == "new" else self.tr("changed")
        title = self.tr("%1 (%2)").replace("%1", title).replace("%2", state)
        if item.decision_needed:  # first, so that a narrow column still shows it
            title = self._decision_text(item.decision_needed) + " — " + title
        return title

    def _review_text(self, review: ReviewInfo) -> str:
        kind = self.tr("Reviewed") if review.kind == "seen" else review_kind_label(review.kind)
        text = self.tr("%1 (revision %2)").replace("%1", kind) \
            .replace("%2", str(review.record_rev))
        if review.outdated:
            text += " — " + self.tr("outdated — the record changed since")
        return text

    def _empty_text(self) -> str:
        return self.tr("Nothing to review: every record of your team was looked at since "
                       "it last changed.")

    def _update_summary(self) -> None:
        if self.queue is None:
            self.summary_label.setText(self.tr("Loading…"))
            return
        if self.queue.empty:
            self.summary_label.setText(self._empty_text())
            return
        decisions = sum(len(c.decisions) for g in self.queue.groups for c in g.clients)
        text = self.tr("%n record(s)", None, self.queue.total) + " · " \
            + self.tr("%n client(s)", None, self.queue.clients)
        if decisions:
            text += " · " + self.tr("%n decision(s) waiting", None, decisions)
        self.summary_label.setText(text)

    def _refill(self) -> None:
        if self.queue is not None:
            self._fill_queue()

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Review queue"))
        self.queue_tree.setHeaderLabels([self.tr("Caseworker and client"),
                                         self.tr("Latest change"), self.tr("Records"),
                                         self.tr("Waits for")])
        self.queue_tree.setAccessibleName(self.tr("Records to review, by caseworker"))
        self.detail_tree.setHeaderLabels([self.tr("What changed"), self.tr("When"),
                                          self.tr("Who")])
        self.detail_tree.setAccessibleName(self.tr("Changes of the selected client"))
        self.seen_button.setText(self.tr("&Mark as reviewed"))
        self.seen_button.setToolTip(self.tr("Mark the listed records as reviewed "
                                            "(Ctrl+Enter); decisions stay open"))
        self.approve_button.setText(self.tr("&Approve"))
        self.return_button.setText(self.tr("&Return with comment…"))
        self.comment_button.setText(self.tr("&Comment…"))
        self.open_button.setText(self.tr("&Open record"))
        self._size_columns(self.queue_tree, QUEUE_COLUMN_CHARS)
        self._size_columns(self.detail_tree, DETAIL_COLUMN_CHARS)
        if self.queue is not None:
            self._fill_queue()
        else:
            self._update_summary()
            self._update_buttons()

    @staticmethod
    def _size_columns(tree: QTreeWidget, widths: tuple[int, ...]) -> None:
        """Widths from the font: a typical value, or the column title if wider."""
        char = tree.fontMetrics().averageCharWidth()
        for column, chars in enumerate(widths):
            title = tree.headerItem().text(column)
            tree.setColumnWidth(column, max(chars * char, tree.header().fontMetrics()
                                            .horizontalAdvance(title) + 3 * char))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
