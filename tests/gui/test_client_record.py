"""The client record as a caseworker uses it: see it, move the case through the method,
close it, delete the client, hide and show the sensitive markers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from record_helpers import TIMEOUT_MS, add_client, record_of, stored_client, workspace  # noqa: F401

from outreach_desktop.core.casework import allowed_phase_changes
from outreach_desktop.core.storage.models import Client
from outreach_desktop.gui.record.record_view import ClientRecordView
from outreach_desktop.gui.record.texts import format_date

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def view(qtbot, workspace) -> ClientRecordView:  # noqa: F811
    view = ClientRecordView(workspace)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    return view


def show(qtbot, view: ClientRecordView, client_id: str) -> None:
    with qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS):
        view.show_client(client_id)


def reloaded(qtbot, view: ClientRecordView):
    return qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS)


def test_empty_state_until_a_client_is_chosen(view) -> None:
    assert view.current_client_id() is None
    assert view.stack.currentIndex() == 0
    assert "Choose a client" in view.message_label.text()


def test_opening_a_client_shows_the_record(qtbot, view, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace, "Ayşe", "Özdemir", date(2003, 5, 4), aliases=["Ayse"],
                           residence_status="toleration",
                           contact_channels=[{"kind": "phone", "value": "0176 555"}])
    show(qtbot, view, client_id)
    assert view.current_client_id() == client_id
    assert view.name_label.text() == "Ayşe Özdemir"
    code = stored_client(workspace, client_id).client_code
    assert view.subtitle_label.text() == f"{code} · Intake"
    values = {k: label.text() for k, label in view.overview.value_labels.items()}
    age = (date.today().year - 2003) - ((date.today().month, date.today().day) < (5, 4))
    # "year(s)" until the English catalogue has the plural form
    assert values["date_of_birth"].startswith(f"{format_date(date(2003, 5, 4))} ({age} year")
    assert values["languages"] == "Turkish, German"
    assert values["district"] == "Kalk"
    assert values["residence_status"].startswith("Tolerat")
    assert values["channels"] == "0176 555"
    assert values["aliases"] == "Ayse"
    assert values["consent"].startswith("No consent recorded")
    assert values["markers"] == "Hidden"
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "Overview", "Case", "Goals", "Contacts", "Referrals", "Notes", "Forms", "Documents",
        "History", "Feedback"]


def test_sensitive_markers_are_hidden_until_toggled(qtbot, view, workspace) -> None:  # noqa: F811
    first = add_client(workspace, target_groups=["single_parent"])
    second = add_client(workspace, "Olga", "Petrova", target_groups=["disability"])
    with workspace.repository.write() as uow:  # a change of the markers goes into the history
        uow.update(uow.session.get(Client, first), target_groups=["lgbti"])
    show(qtbot, view, first)
    markers = view.overview.value_labels["markers"]
    history_text = _table_text(view.history)
    assert "LGBTI" not in markers.text() and "LSBTI" not in history_text
    assert "(hidden)" in history_text
    qtbot.mouseClick(view.overview.markers_button, CLICK)
    assert markers.text() == workspace.labels.label("target_group", "lgbti")
    assert markers.text() in _table_text(view.history)
    assert view.overview.markers_button.text() == "Hide sensitive markers"

    show(qtbot, view, second)
    assert markers.text() == "Hidden"
    assert not view.overview.markers_button.isChecked()
    assert "Client created" in _table_text(view.history)


def test_phase_change_offers_only_the_allowed_phases(qtbot, view, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace)
    show(qtbot, view, client_id)
    assert list(view.case.phase_buttons) == allowed_phase_changes("intake") == ["assessment"]
    assert "<b>[Intake]</b>" in view.case.phase_label.text()
    with reloaded(qtbot, view):
        qtbot.mouseClick(view.case.phase_buttons["assessment"], CLICK)
    assert record_of(workspace, client_id).current_case.phase == "assessment"
    assert list(view.case.phase_buttons) == ["intake", "goal_agreement"]
    assert view.case.phase_buttons["intake"].text() == "Back to Intake"
    assert view.case.phase_buttons["goal_agreement"].text() == "Move on to Goal agreement"


def test_closing_a_case_needs_a_reason_and_stores_it(qtbot, view, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace)
    show(qtbot, view, client_id)
    qtbot.mouseClick(view.case.close_case_button, CLICK)
    dialog = view.case.close_dialog
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.close_button, CLICK)
    assert dialog.reason_message.text == "This is required."
    assert record_of(workspace, client_id).current_case.closed_on is None

    dialog.reason_combo.setFocus()
    qtbot.keyClicks(dialog.reason_combo, "Moved")
    assert dialog.reason_combo.currentData() == "moved_away"
    dialog.date_field.clear()
    qtbot.keyClicks(dialog.date_field, format_date(date(2026, 2, 20)))
    with reloaded(qtbot, view):
        qtbot.mouseClick(dialog.close_button, CLICK)
    case = record_of(workspace, client_id).current_case
    assert (case.phase, case.closure_reason, case.closed_on) == (
        "closed", "moved_away", date(2026, 2, 20))
    assert view.case.phase_buttons == {}
    assert view.case.close_case_button.isHidden()
    assert not view.case.open_case_button.isHidden()
    with reloaded(qtbot, view):
        qtbot.mouseClick(view.case.open_case_button, CLICK)
    assert record_of(workspace, client_id).current_case.phase == "intake"


def test_deleting_asks_for_the_code_and_cancel_keeps_the_client(qtbot, view, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace)
    code = stored_client(workspace, client_id).client_code
    show(qtbot, view, client_id)
    qtbot.mouseClick(view.delete_button, CLICK)
    dialog = view.delete_dialog
    qtbot.waitExposed(dialog)
    assert "next sync" in dialog.explanation_label.text()
    assert "erasure" in dialog.explanation_label.text()
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClicks(dialog.code_edit, "WRONG")
    assert not dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert stored_client(workspace, client_id).deleted_at is None

    qtbot.mouseClick(view.delete_button, CLICK)
    dialog = view.delete_dialog
    qtbot.keyClicks(dialog.code_edit, code)
    assert dialog.delete_button.isEnabled()
    with qtbot.waitSignal(view.client_deleted, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.delete_button, CLICK)
    assert stored_client(workspace, client_id).deleted_at is not None
    assert view.current_client_id() is None
    assert view.stack.currentIndex() == 0


def test_goals_steps_referrals_and_notes_are_added(qtbot, view, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace)
    show(qtbot, view, client_id)
    view.tabs.setCurrentWidget(view.goals)
    qtbot.mouseClick(view.goals.add_goal_button, CLICK)
    dialog = view.goals.item_dialog
    qtbot.keyClicks(dialog.title_edit, "Find an apprenticeship")
    due = date.today() + timedelta(days=60)
    qtbot.keyClicks(dialog.due_field, due.isoformat())
    with reloaded(qtbot, view):
        qtbot.mouseClick(dialog.save_button, CLICK)
    view.goals.tree.setCurrentItem(view.goals.tree.topLevelItem(0))
    qtbot.mouseClick(view.goals.add_step_button, CLICK)
    dialog = view.goals.item_dialog
    qtbot.keyClicks(dialog.title_edit, "Write the CV")
    with reloaded(qtbot, view):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    step_item = view.goals.tree.topLevelItem(0).child(0)
    assert step_item.text(0) == "Write the CV"
    view.goals.tree.setCurrentItem(step_item)
    with reloaded(qtbot, view):
        qtbot.mouseClick(view.goals.done_button, CLICK)
    record = record_of(workspace, client_id)
    [goal] = record.goals[record.current_case.id]
    assert (goal.title, goal.due_on) == ("Find an apprenticeship", due)
    assert record.steps[goal.id][0].done_on == date.today()

    qtbot.mouseClick(view.referrals.add_button, CLICK)
    dialog = view.referrals.referral_dialog
    dialog.institution_combo.setCurrentIndex(dialog.institution_combo.findData("jobcenter"))
    with reloaded(qtbot, view):
        qtbot.mouseClick(dialog.save_button, CLICK)
    assert view.referrals.model.rows[0][1:3] == ("Jobcenter (SGB II)", "Planned")

    qtbot.keyClicks(view.notes.new_note_edit, "Prefers mornings.")
    with reloaded(qtbot, view):
        qtbot.mouseClick(view.notes.add_button, CLICK)
    assert record_of(workspace, client_id).notes[0].body == "Prefers mornings."
    assert view.notes.model.rows[0][1] == "Prefers mornings."


def test_history_names_fields_in_words(qtbot, view, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace, district="kalk")
    with workspace.repository.write() as uow:
        uow.update(uow.session.get(Client, client_id), family_name="Öztürk", district="muelheim")
    show(qtbot, view, client_id)
    text = _table_text(view.history)
    assert "Family name | Özdemir | Öztürk" in text
    assert "District | Kalk | Mülheim" in text
    assert "Client changed" in text
    assert "Client created" in text and "Case created" in text
    assert "family_name" not in text


def _table_text(section) -> str:
    return "\n".join(" | ".join(row) for row in section.model.rows)


def test_every_control_has_an_accessible_name(qtbot, view, workspace) -> None:  # noqa: F811
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QSpinBox,
        QWidget,
    )

    client_id = add_client(workspace)
    show(qtbot, view, client_id)
    roots: list[QWidget] = [view, view.contacts.open_log_dialog(), view.open_edit_dialog(),
                            view.case.open_close_dialog(), view.open_delete_dialog()]
    kinds = (QAbstractButton, QLineEdit, QSpinBox, QComboBox, QPlainTextEdit, QAbstractItemView)
    missing = []
    for root in roots:
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, kinds) or widget.objectName().startswith("qt_"):
                continue
            owner = widget.parent()
            while owner is not None and not isinstance(owner, QComboBox):
                owner = owner.parent()
            if type(widget).__name__ in ("QTabBar", "QHeaderView") or owner is not None or \
                    isinstance(widget.parent(), QAbstractItemView | QSpinBox | QLineEdit):
                continue  # Qt's own: tab scrollers, combo popups, clear buttons, editors
            if not (widget.accessibleName() or getattr(widget, "text", lambda: "")()):
                missing.append(f"{type(widget).__name__} {widget.parent().__class__.__name__} "
                               f"in {type(root).__name__}")
    assert missing == [], "\n".join(missing)
