"""What sync says about one client's record, and the Feedback tab.

``load_sync_info`` runs on the worker with the record: each row's sync state, the
server's reasons for rejected fields of the client, and the supervisor's reviews. The
Feedback tab lists the reviews newest first; unread ones are bold and say "New" in
words. The record view marks them read once shown (they stay emphasised while the same
client stays on screen).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.texts import format_datetime, review_kind_label, table_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from outreach_desktop.core.casework import ClientRecord
    from outreach_desktop.core.sync.local import ReviewView

REVIEW_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class RecordSyncInfo:
    """``enrolled``: the device syncs (otherwise no states are shown); ``states``: row id
    -> state; ``field_problems``: client field -> the server's reason code;
    ``refused``: reason codes of refused changes not tied to a field; ``reviews``."""

    enrolled: bool = False
    states: dict[str, str] = field(default_factory=dict)
    field_problems: dict[str, str] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    reviews: list[ReviewView] = field(default_factory=list)

    def state_of(self, row_id: str) -> str:
        return self.states.get(row_id, "local") if self.enrolled else ""


def record_row_ids(record: ClientRecord) -> list[str]:
    ids = [record.client.id, *(c.id for c in record.cases)]
    for goals in record.goals.values():
        ids += [g.id for g in goals]
    for steps in record.steps.values():
        ids += [s.id for s in steps]
    ids += [c.id for c in record.contacts] + [r.id for r in record.referrals]
    ids += [n.id for n in record.notes] + [a[0] for a in record.attachments]
    ids += [c.id for c in record.consents] + [f.id for f in record.forms]
    return ids


def load_sync_info(session: Session, record: ClientRecord) -> RecordSyncInfo:
    """On the worker, right after ``load_record``."""
    from outreach_desktop.core.sync.local import (
        SyncConfig,
        client_reviews,
        field_problems,
        record_states,
    )

    client_id = record.client.id
    info = RecordSyncInfo(enrolled=SyncConfig.load(session).enrolled,
                          reviews=client_reviews(session, client_id))
    if info.enrolled:
        info.states = record_states(session, record_row_ids(record))
    for name, code in field_problems(session, client_id).items():
        if name:
            info.field_problems[name] = str(code)
        else:
            info.refused.append(str(code))
    return info


class FeedbackSection(QWidget):
    """The supervisor's reviews of this client's records: ``reviews_tree`` (date, kind,
    about, status, text) and ``body_label`` with the chosen review's whole text.
    ``fresh`` holds the ids shown as new (unread when the client was opened)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviews: list[ReviewView] = []
        self.fresh: set[str] = set()
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.reviews_tree = QTreeWidget(self)
        self.reviews_tree.setRootIsDecorated(False)
        self.reviews_tree.setColumnCount(5)
        self.reviews_tree.setAllColumnsShowFocus(True)
        self.reviews_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviews_tree.currentItemChanged.connect(self._on_current_changed)
        self.summary_label.setBuddy(self.reviews_tree)
        self.body_label = QLabel(self)
        self.body_label.setWordWrap(True)
        self.body_label.setTextFormat(Qt.TextFormat.PlainText)
        self.body_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.reviews_tree, 1)
        layout.addWidget(self.body_label)
        self.retranslate()

    def show_reviews(self, reviews: list[ReviewView], fresh: set[str]) -> None:
        self.reviews, self.fresh = reviews, fresh
        self._fill()

    def is_new(self, review: ReviewView) -> bool:
        return not review.read or review.id in self.fresh

    def status_text(self, review: ReviewView) -> str:
        parts = []
        if self.is_new(review):
            parts.append(self.tr("New"))
        if review.outdated:
            parts.append(self.tr("Outdated: the record changed since"))
        return " · ".join(parts)

    def _fill(self) -> None:
        current = self.reviews_tree.currentItem()
        current_id = current.data(0, REVIEW_ID_ROLE) if current is not None else None
        self.reviews_tree.clear()
        bold = self.reviews_tree.font()
        bold.setBold(True)
        for review in self.reviews:
            body = review.body.strip()
            row = QTreeWidgetItem([format_datetime(review.created_at),
                                   review_kind_label(review.kind),
                                   table_label(review.record_table),
                                   self.status_text(review),
                                   body.splitlines()[0] if body else ""])
            row.setData(0, REVIEW_ID_ROLE, review.id)
            row.setToolTip(4, body)
            if self.is_new(review):
                for column in range(5):
                    row.setFont(column, bold)
            self.reviews_tree.addTopLevelItem(row)
            if review.id == current_id:
                self.reviews_tree.setCurrentItem(row)
        if self.reviews_tree.currentItem() is None and self.reviews:
            self.reviews_tree.setCurrentItem(self.reviews_tree.topLevelItem(0))
        self._on_current_changed(self.reviews_tree.currentItem(), None)
        for column in range(4):
            self.reviews_tree.resizeColumnToContents(column)
        new = sum(1 for r in self.reviews if self.is_new(r))
        if not self.reviews:
            self.summary_label.setText(self.tr("No feedback from a supervisor yet."))
        else:
            self.summary_label.setText(
                self.tr("%n review(s) by a supervisor", None, len(self.reviews)) + " · "
                + self.tr("%n new", None, new))

    def _on_current_changed(self, item: QTreeWidgetItem | None, _previous: Any) -> None:
        review = next((r for r in self.reviews
                       if item is not None and r.id == item.data(0, REVIEW_ID_ROLE)), None)
        self.body_label.setText(review.body if review is not None else "")

    def new_count(self) -> int:
        return sum(1 for r in self.reviews if self.is_new(r))

    def retranslate(self) -> None:
        self.reviews_tree.setHeaderLabels([self.tr("Date"), self.tr("Kind"),
                                           self.tr("About"), self.tr("Status"),
                                           self.tr("Text")])
        self.reviews_tree.setAccessibleName(self.tr("Feedback from a supervisor"))
        self.body_label.setAccessibleName(self.tr("Text of the chosen review"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
