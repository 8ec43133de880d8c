"""The Goals tab: the goals agreed with the client (Zielvereinbarung), each with its
steps and due dates; add a goal, add a step, mark a step done.

A tree widget is enough here: a case has a handful of goals, not hundreds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from outreach_desktop.gui.record.client_dialog import fill_code_combo
from outreach_desktop.gui.record.dialog_base import RecordDialog, show_record_error
from outreach_desktop.gui.record.texts import describe, format_date, problem_text
from outreach_desktop.gui.record.widgets import DateField, FieldMessage

if TYPE_CHECKING:
    from outreach_desktop.core.casework import ClientRecord
    from outreach_desktop.gui.workspace.context import Workspace

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GoalsSection(QWidget):
    """Holds ``tree`` (goals with their steps as children; each item carries its kind
    "goal"/"step" and id), the three action buttons and ``item_dialog`` while open."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._record: ClientRecord | None = None
        self.item_dialog: ItemDialog | None = None
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.add_goal_button = QPushButton(self)
        self.add_goal_button.clicked.connect(self.open_goal_dialog)
        self.add_step_button = QPushButton(self)
        self.add_step_button.clicked.connect(self.open_step_dialog)
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.mark_done)
        buttons = QHBoxLayout()
        for button in (self.add_goal_button, self.add_step_button, self.done_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Goal or step"), self.tr("Due on"),
                                   self.tr("Done on")])
        self.tree.setAccessibleName(self.tr("Goals and steps"))
        self.add_goal_button.setText(self.tr("Add goal…"))
        self.add_step_button.setText(self.tr("Add step…"))
        self.done_button.setText(self.tr("Mark step done"))
        for button in (self.add_goal_button, self.add_step_button, self.done_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_record(self, record: ClientRecord | None) -> None:
        self._record = record
        self._fill()

    def _fill(self) -> None:
        selected = self._selected()
        self.tree.clear()
        case = self._record.current_case if self._record else None
        if case is None:
            self.hint_label.setText(self.tr("Goals belong to a case; open a case first.")
                                    if self._record else "")
        else:
            self.hint_label.setText("" if self._record.goals.get(case.id) else self.tr(
                "No goals agreed yet."))
        self.hint_label.setVisible(bool(self.hint_label.text()))
        if case is not None:
            for goal in self._record.goals.get(case.id, []):
                item = QTreeWidgetItem(self.tree, [goal.title, format_date(goal.due_on), ""])
                item.setData(0, KIND_ROLE, "goal")
                item.setData(0, ID_ROLE, goal.id)
                for step in self._record.steps.get(goal.id, []):
                    child = QTreeWidgetItem(item, [step.title, format_date(step.due_on),
                                                   format_date(step.done_on)])
                    child.setData(0, KIND_ROLE, "step")
                    child.setData(0, ID_ROLE, step.id)
                    child.setData(0, Qt.ItemDataRole.UserRole + 2, step.done_on is not None)
                item.setExpanded(True)
        self.tree.resizeColumnToContents(1)
        self._reselect(selected)
        self._update_buttons()

    def _selected(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        return (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) if item else None

    def _reselect(self, selected: tuple[str, str] | None) -> None:
        if selected is None:
            return
        for item in self.tree.findItems("", Qt.MatchFlag.MatchContains
                                        | Qt.MatchFlag.MatchRecursive):
            if (item.data(0, KIND_ROLE), item.data(0, ID_ROLE)) == selected:
                self.tree.setCurrentItem(item)
                return

    def _update_buttons(self) -> None:
        case = self._record.current_case if self._record else None
        writable = case is not None and case.closed_on is None
        item = self.tree.currentItem()
        self.add_goal_button.setEnabled(writable)
        self.add_step_button.setEnabled(writable and item is not None)
        self.done_button.setEnabled(writable and item is not None
                                    and item.data(0, KIND_ROLE) == "step"
                                    and not item.data(0, Qt.ItemDataRole.UserRole + 2))

    # --- changes -----------------------------------------------------------------------------
    def open_goal_dialog(self) -> ItemDialog:
        case_id = self._record.current_case.id  # type: ignore[union-attr]
        agreed_on = self.workspace.today()

        def write(uow: Any, title: str, due_on: Any, topic: str | None) -> None:
            from outreach_desktop.core.casework import add_goal
            from outreach_desktop.core.storage.models import Case

            add_goal(uow, uow.session.get(Case, case_id), title, due_on, topic,
                     agreed_on=agreed_on)

        return self._open_dialog(self.tr("Add goal"), write, with_topic=True)

    def open_step_dialog(self) -> ItemDialog:
        item = self.tree.currentItem()
        goal_item = item.parent() or item if item else None
        goal_id = goal_item.data(0, ID_ROLE) if goal_item else None

        def write(uow: Any, title: str, due_on: Any, _topic: str | None) -> None:
            from outreach_desktop.core.casework import add_goal_step
            from outreach_desktop.core.storage.models import Goal

            add_goal_step(uow, uow.session.get(Goal, goal_id), title, due_on)

        return self._open_dialog(self.tr("Add step"), write, with_topic=False)

    def _open_dialog(self, title: str, write: Callable[..., None], with_topic: bool) -> ItemDialog:
        self.item_dialog = ItemDialog(self.workspace, title, write, with_topic, self)
        self.item_dialog.finished.connect(lambda _r: setattr(self, "item_dialog", None))
        self.item_dialog.open()
        return self.item_dialog

    def mark_done(self) -> None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "step":
            return
        step_id, today = item.data(0, ID_ROLE), self.workspace.today()

        def write(uow: Any) -> None:
            from outreach_desktop.core.casework import complete_step
            from outreach_desktop.core.storage.models import GoalStep

            complete_step(uow, uow.session.get(GoalStep, step_id), today)

        self.workspace.write(self, write, "goal_step").failure(
            lambda exc: show_record_error(self, exc)).run()


class ItemDialog(RecordDialog):
    """A goal or a step: a title, a due date and (for goals) a topic. ``write(uow,
    title, due_on, topic)`` stores it on the worker."""

    def __init__(self, workspace: Workspace, title: str, write: Callable[..., None],
                 with_topic: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._write = write
        self.setWindowTitle(title)
        self.title_edit = QLineEdit(self)
        self.title_message = FieldMessage(self.title_edit, self)
        self.due_field = DateField(self)
        self.due_message = FieldMessage(self.due_field, self)
        self.topic_combo = QComboBox(self)
        fill_code_combo(self.topic_combo, workspace.labels.choices("topic"), None,
                        self.tr("(none)"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, field, message in ((self.tr("&Title"), self.title_edit, self.title_message),
                                     (self.tr("&Due on"), self.due_field, self.due_message),
                                     (self.tr("T&opic"), self.topic_combo, None)):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
            if message is not None:
                form.addRow(message.label)
        form.setRowVisible(self.topic_combo, with_topic)
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Save
                                           | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.button_box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.button_box)

    def is_dirty(self) -> bool:
        return bool(self.title_edit.text().strip() or self.due_field.text().strip())

    def save(self) -> None:
        title, due_on = self.title_edit.text().strip(), self.due_field.date()
        self.title_message.show_problem("" if title else problem_text("required"))
        bad_date = not self.due_field.is_valid()
        self.due_message.show_problem(problem_text("bad_date") if bad_date else "")
        if not title or bad_date:
            return
        topic, write = self.topic_combo.currentData(), self._write
        self.workspace.write(self, lambda uow: write(uow, title, due_on, topic), "goal") \
            .success(lambda _r: self.accept()).failure(self._on_failed).run()

    def _on_failed(self, exc: BaseException) -> None:
        from outreach_desktop.core.validation import ValidationFailed

        if isinstance(exc, ValidationFailed) and "due_on" in exc.problems:
            self.due_message.show_problem(problem_text(exc.problems["due_on"]))
        else:
            self.title_message.show_problem(describe(exc))
