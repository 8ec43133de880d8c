"""The client record: everything about one client, in tabs, loaded on the worker.

The view loads ``core.casework.load_record`` in one worker job and hands the result to
each tab; it reloads when ``Workspace.data_changed`` says something was saved. A
result for a client no longer shown (the user moved on while it loaded) is dropped.
Standalone or embedded (the main window puts it beside the client list).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.activity_sections import (
    ContactsSection,
    NotesSection,
    ReferralsSection,
)
from outreach_desktop.gui.record.case_section import CaseSection
from outreach_desktop.gui.record.documents_section import DocumentsSection
from outreach_desktop.gui.record.feedback_section import (
    FeedbackSection,
    RecordSyncInfo,
    load_sync_info,
)
from outreach_desktop.gui.record.forms_section import FormsSection
from outreach_desktop.gui.record.goals_section import GoalsSection
from outreach_desktop.gui.record.history_section import HistorySection
from outreach_desktop.gui.record.overview_section import OverviewSection
from outreach_desktop.gui.record.texts import (
    describe,
    full_name,
    phase_label,
    sync_state_text,
)

if TYPE_CHECKING:
    from outreach_desktop.core.casework import ClientRecord
    from outreach_desktop.gui.record.client_dialog import ClientDialog
    from outreach_desktop.gui.record.delete_client_dialog import DeleteClientDialog
    from outreach_desktop.gui.workspace.context import Workspace


class ClientRecordView(QWidget):
    """Holds ``record`` (the loaded ``ClientRecord`` or None), ``sync_info`` (its
    ``RecordSyncInfo``), the header (name, code and phase, ``sync_label`` with the
    client's sync state, ``edit_button``, ``delete_button``), ``tabs`` with one section
    per tab (``overview``, ``case``, ``goals``, ``contacts``, ``referrals``, ``notes``,
    ``forms``, ``documents``, ``history``, ``feedback``) and ``message_label`` for the
    empty/loading state. Showing a client marks the supervisor's reviews of it read.

    Emits ``record_loaded(client_id)`` after each load and ``client_deleted(client_id)``.
    """

    record_loaded = Signal(str)
    client_deleted = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.record: ClientRecord | None = None
        self.sync_info = RecordSyncInfo()
        self._fresh_reviews: set[str] = set()  # unread when this client was opened
        self.client_dialog: ClientDialog | None = None
        self.delete_dialog: DeleteClientDialog | None = None
        self._client_id: str | None = None
        self._load_token = 0
        self._state = "empty"  # empty | loading | shown | missing
        self._build()
        self.retranslate()
        workspace.data_changed.connect(self._on_data_changed)
        workspace.labels_changed.connect(self._show_sections)

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.message_label = QLabel(self)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setWordWrap(True)
        self.stack.addWidget(self.message_label)

        page = QWidget(self)
        self.name_label = QLabel(page)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)  # a long name must not widen the window
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(page)
        self.sync_label = QLabel(page)
        self.sync_label.setWordWrap(True)
        self.sync_label.hide()
        self.edit_button = QPushButton(page)
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.delete_button = QPushButton(page)
        self.delete_button.clicked.connect(self.open_delete_dialog)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.subtitle_label)
        titles.addWidget(self.sync_label)
        header.addLayout(titles, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget(page)
        self.overview = OverviewSection(self.workspace, self.tabs)
        self.case = CaseSection(self.workspace, self.tabs)
        self.goals = GoalsSection(self.workspace, self.tabs)
        self.contacts = ContactsSection(self.workspace, self.tabs)
        self.referrals = ReferralsSection(self.workspace, self.tabs)
        self.notes = NotesSection(self.workspace, self.tabs)
        self.forms = FormsSection(self.workspace, self.tabs)
        self.documents = DocumentsSection(self.workspace, self.tabs)
        self.history = HistorySection(self.workspace, self.tabs)
        self.sections = [self.overview, self.case, self.goals, self.contacts, self.referrals,
                         self.notes, self.forms, self.documents, self.history]
        for section in self.sections:
            self.tabs.addTab(section, "")
        self.feedback = FeedbackSection(self.tabs)
        self.tabs.addTab(self.feedback, "")
        self.overview.markers_visible_changed.connect(self.history.set_markers_visible)
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(header)
        page_layout.addWidget(self.tabs, 1)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def set_read_only(self, read_only: bool) -> None:
        """A supervisor's window: the record is read and reviewed, never edited (the
        server takes only reviews from a supervisor), so every edit control is hidden."""
        for button in (self.edit_button, self.delete_button, self.contacts.log_button,
                       self.referrals.add_button, self.notes.add_button,
                       self.documents.add_button, self.forms.start_button,
                       self.forms.discard_button, self.goals.add_goal_button,
                       self.goals.add_step_button, self.goals.done_button):
            button.setVisible(not read_only)
        self.case.set_read_only(read_only)

    def retranslate(self) -> None:
        titles = [self.tr("Overview"), self.tr("Case"), self.tr("Goals"), self.tr("Contacts"),
                  self.tr("Referrals"), self.tr("Notes"), self.tr("Forms"),
                  self.tr("Documents"), self.tr("History")]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self._title_feedback_tab()
        self.tabs.setAccessibleName(self.tr("Client record"))
        self.edit_button.setText(self.tr("Edit client…"))
        self.edit_button.setAccessibleName(self.tr("Edit client"))
        self.delete_button.setText(self.tr("Delete client…"))
        self.delete_button.setAccessibleName(self.tr("Delete client"))
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- the interface -----------------------------------------------------------------------
    def current_client_id(self) -> str | None:
        return self._client_id

    def show_client(self, client_id: str | None) -> None:
        """Show ``client_id`` (loaded on the worker); None shows the "choose" state."""
        same = client_id is not None and client_id == self._client_id
        self._client_id = client_id
        self._load_token += 1
        if client_id is None:
            self._set_record(None, same_client=False)
            self._state = "empty"
            self._show_state()
            return
        if not same:
            # Never show one client's record under another's name while loading.
            self._set_record(None, same_client=False)
            self._state = "loading"
            self._show_state()
        token = self._load_token

        labels = self.workspace.labels

        def load(session: Any) -> tuple[ClientRecord, list[tuple[str, ...]], RecordSyncInfo]:
            from outreach_desktop.core.casework import load_record

            record = load_record(session, client_id)
            return (record, ContactsSection.make_rows(record.contacts, labels),
                    load_sync_info(session, record))

        def loaded(found: tuple[ClientRecord, list[tuple[str, ...]], RecordSyncInfo]) -> None:
            if token != self._load_token:
                return  # another client was chosen meanwhile
            record, contact_rows, info = found
            if labels is self.workspace.labels:
                self.contacts.prepared_rows = contact_rows
            self._state = "shown"
            self._show_sync_info(info, same_client=same)
            self._set_record(record, same_client=same)
            self._show_state()
            self.record_loaded.emit(client_id)
            self._mark_reviews_read(info)

        def failed(exc: BaseException) -> None:
            if token != self._load_token:
                return
            self._set_record(None, same_client=False)
            self._state = "missing"
            self.message_label.setText(describe(exc))
            self.stack.setCurrentIndex(0)

        self.workspace.read(self, load).success(loaded).failure(failed).run()

    # --- showing -----------------------------------------------------------------------------
    def _set_record(self, record: ClientRecord | None, same_client: bool) -> None:
        self.record = record
        if record is None:
            self._show_sync_info(RecordSyncInfo(), same_client=False)
        self.overview.show_record(record, same_client)
        self.history.markers_visible = self.overview.markers_visible
        self._show_sections()

    def _show_sections(self) -> None:
        record = self.record
        for section in self.sections[1:]:
            section.show_record(record)
        if record is None:
            self.name_label.clear()
            self.subtitle_label.clear()
            self.sync_label.clear()
            self.sync_label.hide()
            return
        self.overview.show_record(record, same_client=True)
        client = record.client
        self.name_label.setText(full_name(client.given_name, client.family_name))
        case = record.current_case
        phase = phase_label(case.phase) if case else self.tr("no case")
        #: Under the client's name: client code · current phase.
        self.subtitle_label.setText(self.tr("%1 · %2").replace("%1", client.client_code)
                                    .replace("%2", phase))
        self._show_client_state()

    # --- sync state and feedback -------------------------------------------------------------
    def _show_sync_info(self, info: RecordSyncInfo, same_client: bool) -> None:
        self.sync_info = info
        if not same_client:
            self._fresh_reviews = set()
        self._fresh_reviews |= {r.id for r in info.reviews if not r.read}
        for section in (self.contacts, self.referrals, self.notes, self.forms,
                        self.documents):
            section.model.states = info.states
        self.overview.show_problems(info.field_problems, info.refused)
        self.feedback.show_reviews(info.reviews, self._fresh_reviews)
        self._title_feedback_tab()

    def client_state_text(self) -> str:
        """The client's sync state as the header says it (empty when not shown)."""
        return self.sync_label.text() if self.sync_label.isVisibleTo(self) else ""

    def _show_client_state(self) -> None:
        state = (self.sync_info.state_of(self.record.client.id)
                 if self.record is not None else "")
        # "Synced" and "Only on this device" are said quietly; the others need a person.
        text = sync_state_text(state)
        self.sync_label.setText(text)
        self.sync_label.setAccessibleName(text)
        font = QFont(self.subtitle_label.font())
        font.setBold(state in ("conflict", "rejected", "pending"))
        self.sync_label.setFont(font)
        self.sync_label.setVisible(bool(text))

    def _title_feedback_tab(self) -> None:
        index = self.tabs.indexOf(self.feedback)
        new = self.feedback.new_count()
        title = (self.tr("Feedback (%1 new)").replace("%1", str(new)) if new
                 else self.tr("Feedback"))
        self.tabs.setTabText(index, title)

    def _mark_reviews_read(self, info: RecordSyncInfo) -> None:
        unread = [r.id for r in info.reviews if not r.read]
        if not unread:
            return

        def mark(uow: Any) -> None:
            from outreach_desktop.core.sync.local import mark_reviews_read

            mark_reviews_read(uow.session, unread)

        self.workspace.write(self, mark, table="review").run()

    def _show_state(self) -> None:
        if self._state == "shown":
            self.stack.setCurrentIndex(1)
            return
        if self._state == "empty":
            self.message_label.setText(self.tr("Choose a client from the list to see "
                                               "their record."))
        elif self._state == "loading":
            self.message_label.setText(self.tr("Loading the record…"))
        self.stack.setCurrentIndex(0)

    def _on_data_changed(self, _table: str) -> None:
        if self._client_id is not None and self._state in ("shown", "loading"):
            self.show_client(self._client_id)

    # --- edit and delete -----------------------------------------------------------------------
    def open_edit_dialog(self) -> ClientDialog | None:
        from outreach_desktop.gui.record.client_dialog import ClientDialog

        if self.record is None:
            return None
        self.client_dialog = ClientDialog(self.workspace, self.record.client.id, self)
        self.client_dialog.finished.connect(lambda _r: setattr(self, "client_dialog", None))
        self.client_dialog.open()
        return self.client_dialog

    def open_delete_dialog(self) -> DeleteClientDialog | None:
        from outreach_desktop.gui.record.delete_client_dialog import DeleteClientDialog

        if self.record is None:
            return None
        client = self.record.client
        self.delete_dialog = DeleteClientDialog(self.workspace, client.id, client.client_code,
                                                self)
        self.delete_dialog.deleted.connect(self._on_deleted)
        self.delete_dialog.finished.connect(lambda _r: setattr(self, "delete_dialog", None))
        self.delete_dialog.open()
        return self.delete_dialog

    def _on_deleted(self, client_id: str) -> None:
        if client_id == self._client_id:
            self.show_client(None)
        self.client_deleted.emit(client_id)

