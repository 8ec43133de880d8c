"""The sync status area in the main window's status bar: online or offline, changes
waiting, the last successful sync, problems (a button that opens them), busy while
syncing."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QTimeZone, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QWidget,
)

if TYPE_CHECKING:
    from outreach_desktop.core.sync.local import SyncStatus
    from outreach_desktop.gui.sync.controller import SyncController


def parse_stamp(value: str | None) -> datetime | None:
    """A stored UTC time (ISO, maybe with Z) as a naive UTC datetime; None if unreadable."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


def local_time_text(value: datetime, with_date: bool) -> str:
    stamp = QDateTime(value.date(), value.time(), QTimeZone.utc()).toLocalTime()
    locale = QLocale()
    time_text = locale.toString(stamp.time(), QLocale.FormatType.ShortFormat)
    if not with_date:
        return time_text
    return f"{locale.toString(stamp.date(), QLocale.FormatType.ShortFormat)} {time_text}"


class SyncStatusWidget(QWidget):
    """Labels ``online_label``, ``pending_label``, ``last_sync_label``; the button
    ``problems_button`` (hidden without problems; emits ``problems_requested``); the
    ``busy_bar`` shown while a sync runs."""

    problems_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status: SyncStatus | None = None
        self.online: bool | None = None
        self.busy = False
        self.failed: BaseException | None = None
        self.phase = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.fontMetrics().horizontalAdvance("M") * 2)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 6))
        self.busy_bar.setMaximumHeight(self.fontMetrics().height())
        self.busy_bar.hide()
        self.online_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.last_sync_label = QLabel(self)
        self.problems_button = QPushButton(self)
        self.problems_button.setFlat(True)
        self.problems_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.problems_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.problems_button.clicked.connect(self.problems_requested)
        self.problems_button.hide()
        for widget in (self.busy_bar, self.online_label, self.pending_label,
                       self.last_sync_label, self.problems_button):
            layout.addWidget(widget)
        self.retranslate()

    def attach(self, controller: SyncController) -> None:
        controller.status_changed.connect(self.set_status)
        controller.online_changed.connect(self.set_online)
        controller.sync_started.connect(lambda: self.set_busy(True))
        controller.sync_finished.connect(lambda _report: self._finished(None))
        controller.sync_failed.connect(self._finished)
        controller.progress.connect(self._on_progress)
        self.online = controller.online
        if controller.status is not None:
            self.set_status(controller.status)
        self.set_busy(controller.running)

    # --- state -------------------------------------------------------------------------------
    def set_status(self, status: SyncStatus) -> None:
        self.status = status
        self.retranslate()

    def set_online(self, online: object) -> None:
        self.online = online if isinstance(online, bool) else None
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.phase = ""
        self.busy_bar.setVisible(busy)
        self.retranslate()

    def _finished(self, exc: Any) -> None:
        self.failed = exc if isinstance(exc, BaseException) else None
        self.set_busy(False)

    def _on_progress(self, phase: str, _done: int, _total: object) -> None:
        self.phase = phase
        self.retranslate()

    @property
    def problem_count(self) -> int:
        if self.status is None:
            return 0
        return self.status.conflicts + self.status.problems

    # --- text --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        status = self.status
        enrolled = status is not None and status.enrolled
        count = self.problem_count
        self.problems_button.setText(self.tr("%n problem(s)", None, count))
        self.problems_button.setToolTip(self.tr(
            "Conflicts and changes the server did not accept. Click to resolve them."))
        self.problems_button.setAccessibleName(self.problems_button.text())
        if not enrolled:
            self.online_label.setText(self.tr("Not connected to a server"))
            self.pending_label.setText("")
            self.last_sync_label.setText("")
            self.pending_label.hide()
            self.last_sync_label.hide()
            self.problems_button.hide()
            return
        assert status is not None
        self.pending_label.show()
        self.last_sync_label.show()
        if self.busy:
            online = self.tr("Syncing…")
        elif self.online is False:
            online = self.tr("Offline")
        elif self.online is True:
            online = self.tr("Online")
        else:
            online = self.tr("Online status unknown")
        self.online_label.setText(online)
        self.pending_label.setText(self.tr("%n change(s) pending", None, status.pending))
        last = parse_stamp(status.last_success_at)
        if last is None:
            self.last_sync_label.setText(self.tr("Last sync: never"))
        else:
            today = datetime.now(UTC).replace(tzinfo=None).date() == last.date()
            self.last_sync_label.setText(self.tr("Last sync %1").replace(
                "%1", local_time_text(last, with_date=not today)))
        self.problems_button.setVisible(count > 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
