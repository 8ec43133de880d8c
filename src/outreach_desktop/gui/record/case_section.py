"""The Case tab: the current case in the method's sequence of phases, moving it one
phase on (or back), closing it with a reason, opening a new one.

Only the phase changes ``core.casework.allowed_phase_changes`` permits are offered as
buttons, so the screen cannot ask for a jump the method does not allow.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.client_dialog import fill_code_combo
from outreach_desktop.gui.record.dialog_base import RecordDialog, show_record_error
from outreach_desktop.gui.record.texts import (
    describe,
    format_date,
    phase_label,
    phase_sequence,
    problem_text,
)
from outreach_desktop.gui.record.widgets import DateField, FieldMessage, set_tab_order

if TYPE_CHECKING:
    from outreach_desktop.core.casework import ClientRecord
    from outreach_desktop.core.storage.models import Case
    from outreach_desktop.gui.workspace.context import Workspace


class CaseSection(QWidget):
    """Holds ``phase_label`` (the sequence, current phase bold), ``phase_buttons``
    (phase -> button, only allowed changes), ``open_case_button``, ``close_case_button``
    and ``close_dialog`` while it is open."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._record: ClientRecord | None = None
        self.close_dialog: CloseCaseDialog | None = None
        #: A supervisor's window: the case is shown, never changed.
        self.read_only = False
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.phase_label = QLabel(self)
        self.phase_label.setWordWrap(True)
        self.phase_label.setTextFormat(Qt.TextFormat.RichText)
        self.phase_buttons: dict[str, QPushButton] = {}
        self.phase_row = QHBoxLayout()
        self.open_case_button = QPushButton(self)
        self.open_case_button.clicked.connect(self.open_new_case)
        self.close_case_button = QPushButton(self)
        self.close_case_button.clicked.connect(self.open_close_dialog)
        actions = QHBoxLayout()
        actions.addWidget(self.open_case_button)
        actions.addWidget(self.close_case_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.phase_label)
        layout.addLayout(self.phase_row)
        layout.addLayout(actions)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_case_button.setText(self.tr("Open a new case"))
        self.close_case_button.setText(self.tr("Close case…"))
        for button in (self.open_case_button, self.close_case_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def case(self) -> Case | None:
        return self._record.current_case if self._record else None

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._fill()

    def show_record(self, record: ClientRecord | None) -> None:
        self._record = record
        self._fill()

    def _fill(self) -> None:
        from outreach_desktop.core.casework import allowed_phase_changes

        case = self.case
        open_case = case is not None and case.closed_on is None
        self.open_case_button.setVisible(self._record is not None and not open_case
                                         and not self.read_only)
        self.close_case_button.setVisible(open_case and not self.read_only)
        while self.phase_row.count():
            item = self.phase_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.phase_buttons = {}
        if case is None:
            self.summary_label.setText(self.tr("No case yet.") if self._record else "")
            self.phase_label.clear()
            return
        self.summary_label.setText(self._summary(case))
        self.phase_label.setText(self._sequence_html(case.phase))
        self.phase_label.setAccessibleName(self.tr("Current phase: %1").replace(
            "%1", phase_label(case.phase)))
        sequence = phase_sequence()
        for phase in () if self.read_only else allowed_phase_changes(case.phase):
            forward = sequence.index(phase) > sequence.index(case.phase)
            text = (self.tr("Move on to %1") if forward else self.tr("Back to %1")).replace(
                "%1", phase_label(phase))
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _c=False, p=phase: self.change_phase(p))
            self.phase_buttons[phase] = button
            self.phase_row.addWidget(button)
        self.phase_row.addStretch(1)
        set_tab_order([*self.phase_buttons.values(), self.open_case_button,
                       self.close_case_button])

    def _summary(self, case: Case) -> str:
        if case.closed_on is None:
            return self.tr("Case opened on %1.").replace("%1", format_date(case.opened_on))
        reason = self.workspace.labels.label("closure_reason", case.closure_reason)
        return self.tr("Case opened on %1, closed on %2: %3.").replace(
            "%1", format_date(case.opened_on)).replace(
            "%2", format_date(case.closed_on)).replace("%3", reason)

    def _sequence_html(self, current: str) -> str:
        arrow = " ← " if self.isRightToLeft() else " → "
        parts = []
        for phase in phase_sequence():
            text = html.escape(phase_label(phase))
            parts.append(f"<b>[{text}]</b>" if phase == current else text)
        # The direction follows the layout, not the first letter: an untranslated label
        # in Arabic would otherwise read left to right against its arrows.
        direction = "rtl" if self.isRightToLeft() else "ltr"
        return f"<p dir='{direction}'>{arrow.join(parts)}</p>"

    # --- changes -----------------------------------------------------------------------------
    def change_phase(self, phase: str) -> None:
        case_id = self.case.id if self.case else None

        def write(uow: Any) -> None:
            from outreach_desktop.core.casework import change_phase
            from outreach_desktop.core.storage.models import Case

            change_phase(uow, uow.session.get(Case, case_id), phase)

        self.workspace.write(self, write, "case_file").failure(
            lambda exc: show_record_error(self, exc)).run()

    def open_new_case(self) -> None:
        client_id, today = self._record.client.id if self._record else None, \
            self.workspace.today()

        def write(uow: Any) -> None:
            from outreach_desktop.core.casework import open_case

            open_case(uow, client_id, opened_on=today)

        self.workspace.write(self, write, "case_file").failure(
            lambda exc: show_record_error(self, exc)).run()

    def open_close_dialog(self) -> CloseCaseDialog | None:
        if self.case is None:
            return None
        self.close_dialog = CloseCaseDialog(self.workspace, self.case.id, self)
        self.close_dialog.finished.connect(lambda _r: setattr(self, "close_dialog", None))
        self.close_dialog.open()
        return self.close_dialog


class CloseCaseDialog(RecordDialog):
    """Closing is a deliberate act: a reason from the ``closure_reason`` catalogue and
    a date, confirmed with a button that says what it does."""

    def __init__(self, workspace: Workspace, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.case_id = case_id
        self.explanation_label = QLabel(self)
        self.explanation_label.setWordWrap(True)
        self.reason_combo = QComboBox(self)
        fill_code_combo(self.reason_combo, workspace.labels.choices("closure_reason"), None,
                        self.tr("(choose)"))
        self.reason_message = FieldMessage(self.reason_combo, self)
        self.date_field = DateField(self)
        self.date_field.set_date(workspace.today())
        self.date_message = FieldMessage(self.date_field, self)
        self.reason_label, self.date_label = QLabel(self), QLabel(self)
        self.reason_label.setBuddy(self.reason_combo)
        self.date_label.setBuddy(self.date_field)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason_combo)
        form.addRow(self.reason_message.label)
        form.addRow(self.date_label, self.date_field)
        form.addRow(self.date_message.label)
        self.close_button = self.button_box.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation_label)
        layout.addLayout(form)
        layout.addWidget(self.button_box)
        self.setWindowTitle(self.tr("Close case"))
        self.explanation_label.setText(self.tr(
            "A closed case stays in the record with its reason; it cannot be reopened. "
            "If the client comes back, open a new case."))
        self.reason_label.setText(self.tr("&Reason"))
        self.date_label.setText(self.tr("Closed &on"))
        self.reason_combo.setAccessibleName(self.tr("Reason"))
        self.date_field.setAccessibleName(self.tr("Closed on"))
        self.close_button.setText(self.tr("Close case"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.fit_paragraphs([self.explanation_label], chars=50)

    def is_dirty(self) -> bool:
        return self.reason_combo.currentData() is not None

    def save(self) -> None:
        reason, closed_on = self.reason_combo.currentData(), self.date_field.date()
        self.reason_message.show_problem("" if reason else problem_text("required"))
        self.date_message.show_problem("" if closed_on else problem_text("bad_date"))
        if not reason or not closed_on:
            return
        case_id = self.case_id

        def write(uow: Any) -> None:
            from outreach_desktop.core.casework import close_case
            from outreach_desktop.core.storage.models import Case

            close_case(uow, uow.session.get(Case, case_id), reason, closed_on)

        self.workspace.write(self, write, "case_file").success(lambda _r: self.accept()) \
            .failure(self._on_failed).run()

    def _on_failed(self, exc: BaseException) -> None:
        from outreach_desktop.core.validation import ValidationFailed

        if isinstance(exc, ValidationFailed) and "closed_on" in exc.problems:
            self.date_message.show_problem(problem_text(exc.problems["closed_on"]))
        else:
            self.date_message.show_problem(describe(exc))
