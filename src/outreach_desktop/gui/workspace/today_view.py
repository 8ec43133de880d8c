"""*Heute*: what is due — open follow-ups and goal steps, overdue first, then today —
and, above them, feedback from a supervisor not read yet (until the client is opened).

Overdue items say so in words (a status column and bold text), not by colour alone,
so the list works for people who do not see red, and for screen readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.texts import format_date
from outreach_desktop.gui.workspace.page_loader import PageLoader

if TYPE_CHECKING:
    from outreach_desktop.core.agenda import AgendaItem
    from outreach_desktop.gui.workspace.context import Workspace

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole
#: Column widths in average characters of the font.
COLUMN_CHARS = (12, 12, 28)


class TodayView(QWidget):
    """A heading, a summary line and the agenda list. Holds ``items`` (the AgendaItems
    shown). Emits ``client_activated(id)`` on Enter or double-click."""

    client_activated = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.items: list[AgendaItem] = []
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title_label.setFont(font)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.agenda_tree = QTreeWidget(self)
        self.agenda_tree.setRootIsDecorated(False)
        self.agenda_tree.setUniformRowHeights(True)
        self.agenda_tree.setAllColumnsShowFocus(True)
        self.agenda_tree.setColumnCount(4)
        self.agenda_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_tree.itemActivated.connect(self._on_item_activated)
        self.summary_label.setBuddy(self.agenda_tree)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.agenda_tree, 1)
        # Forms are not on the agenda.
        self.loader = PageLoader(self, workspace, self._load,
                                 ignore=lambda table: table == "form_response")
        self.retranslate()

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask the worker for the agenda; a reload asked for meanwhile runs after it."""
        self.loader.reload()

    def _load(self) -> None:
        from outreach_desktop.core.agenda import agenda, feedback_items

        today = self.workspace.today()
        self.workspace.read(self, lambda session: feedback_items(session)
                            + agenda(session, today)) \
            .success(self._on_loaded).failure(self._on_failed).run()

    def _on_loaded(self, items: list[AgendaItem]) -> None:
        self._show(items)
        self.loader.done()

    def _on_failed(self, exc: BaseException) -> None:
        from outreach_desktop.gui.worker import show_error

        self.loader.done()
        show_error(self, exc)

    def _show(self, items: list[AgendaItem]) -> None:
        current = self.current_client_id()
        self.items = items
        self.agenda_tree.clear()
        today = self.workspace.today()
        bold = self.agenda_tree.font()
        bold.setBold(True)
        for item in items:
            overdue = item.overdue(today)
            row = QTreeWidgetItem([self._status_text(overdue, item), format_date(item.due_on),
                                   item.client_name or item.client_code,
                                   self._what_text(item)])
            row.setData(0, CLIENT_ID_ROLE, item.client_id)
            if item.kind == "review":
                row.setToolTip(3, item.detail)
            if overdue or item.kind == "review":
                for column in range(4):
                    row.setFont(column, bold)
            self.agenda_tree.addTopLevelItem(row)
            if item.client_id == current:
                self.agenda_tree.setCurrentItem(row)
        if self.agenda_tree.currentItem() is None and items:
            self.agenda_tree.setCurrentItem(self.agenda_tree.topLevelItem(0))
        self._update_summary()

    # --- what the user does --------------------------------------------------------------------
    def current_client_id(self) -> str | None:
        item = self.agenda_tree.currentItem()
        return item.data(0, CLIENT_ID_ROLE) if item is not None else None

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.client_activated.emit(item.data(0, CLIENT_ID_ROLE))

    # --- text --------------------------------------------------------------------------------
    def _status_text(self, overdue: bool, item: AgendaItem | None = None) -> str:
        if item is not None and item.kind == "review":
            return self.tr("New feedback")
        #: Agenda status of an item whose date has passed.
        return self.tr("Overdue") if overdue else self.tr("Today", "agenda status")

    def _what_text(self, item: AgendaItem) -> str:
        if item.kind == "review":
            first = item.detail.strip().splitlines()[0] if item.detail.strip() else ""
            text = {"approve": self.tr("Approved by your supervisor"),
                    "return": self.tr("Returned by your supervisor for correction"),
                    }.get(item.title, self.tr("Comment from your supervisor"))
            return f"{text}: {first}" if first else text
        if item.kind == "goal_step":
            #: %1 is the title of a goal step the caseworker agreed with the client.
            return self.tr("Goal step: %1").replace("%1", item.title)
        #: A follow-up date set when a contact was logged.
        return self.tr("Follow-up")

    def _update_summary(self) -> None:
        today = self.workspace.today()
        due = [item for item in self.items if item.kind != "review"]
        feedback = len(self.items) - len(due)
        overdue = sum(1 for item in due if item.overdue(today))
        if not due:
            text = self.tr("Nothing is due today.")
        else:
            text = (self.tr("%n item(s) due", None, len(due)) + " · "
                    + self.tr("%n overdue", None, overdue))
        if feedback:
            text += " · " + self.tr("%n new feedback(s) from your supervisor", None, feedback)
        self.summary_label.setText(text)

    def retranslate(self) -> None:
        #: Page title: what is due today (German: Heute).
        self.title_label.setText(self.tr("Today", "page title"))
        self.agenda_tree.setHeaderLabels([self.tr("Status"), self.tr("Due on"),
                                          self.tr("Client"), self.tr("What is due")])
        self.agenda_tree.setAccessibleName(self.tr("Due today and overdue"))
        self._size_columns()
        if self.items:
            self._show(list(self.items))
        else:
            self._update_summary()

    def _size_columns(self) -> None:
        """Widths from the font: a typical value, or the column title if wider."""
        char = self.agenda_tree.fontMetrics().averageCharWidth()
        header = self.agenda_tree.header()
        for column, chars in enumerate(COLUMN_CHARS):
            title = self.agenda_tree.headerItem().text(column)
            self.agenda_tree.setColumnWidth(column, max(
                chars * char, header.fontMetrics().horizontalAdvance(title) + 3 * char))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
