"""Logging a contact with the keyboard alone, and the checks at the field."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from record_helpers import TIMEOUT_MS, add_client, record_of, workspace  # noqa: F401

from outreach_desktop.gui.record.log_contact_dialog import LogContactDialog
from outreach_desktop.gui.record.texts import format_date

CTRL = Qt.KeyboardModifier.ControlModifier


def _open(qtbot, workspace, client_id) -> LogContactDialog:  # noqa: F811
    dialog = LogContactDialog(workspace, client_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _tab(qtbot, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_a_contact_is_logged_by_keyboard_alone(qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace, district="kalk", languages=["tr"])
    dialog = _open(qtbot, workspace, client_id)
    qtbot.waitUntil(lambda: dialog.district_combo.currentData() == "kalk", timeout=TIMEOUT_MS)
    assert dialog.language_combo.currentData() == "tr"
    assert dialog.date_field.date() == date.today()  # today preselected
    assert not dialog.is_dirty()

    day = date.today() - timedelta(days=2)
    dialog.date_field.setFocus()
    qtbot.keyClick(dialog.date_field, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.date_field, format_date(day))
    _tab(qtbot)
    assert QApplication.focusWidget() is dialog.kind_combo
    qtbot.keyClicks(dialog.kind_combo, "Acc")  # keyboard search: "Accompaniment ..."
    assert dialog.kind_combo.currentData() == "accompaniment"
    _tab(qtbot, 2)  # district (kept), duration
    assert QApplication.focusWidget() is dialog.duration_spin
    qtbot.keyClick(dialog.duration_spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.duration_spin, "45")
    _tab(qtbot)
    assert QApplication.focusWidget() is dialog.topics_list
    qtbot.keyClick(dialog.topics_list, Qt.Key.Key_Space)  # first topic: language
    qtbot.keyClick(dialog.topics_list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.topics_list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.topics_list, Qt.Key.Key_Space)  # third: apprenticeship
    _tab(qtbot, 2)  # language (kept), note
    assert QApplication.focusWidget() is dialog.note_edit
    qtbot.keyClicks(dialog.note_edit, "Went to the Jobcenter together.")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # a new line, not a save
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.note_edit, "Next: letter.")
    _tab(qtbot, 2)  # follow-up field, "+1 week"
    assert QApplication.focusWidget() is dialog.quick_buttons[0]
    qtbot.keyClick(dialog.quick_buttons[0], Qt.Key.Key_Space)
    assert dialog.follow_up_field.date() == day + timedelta(days=7)

    with qtbot.waitSignal(dialog.contact_logged, timeout=TIMEOUT_MS) as logged:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert logged.args == [client_id]
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [contact] = record_of(workspace, client_id).contacts
    assert contact.occurred_on == day
    assert contact.kind == "accompaniment"
    assert contact.duration_minutes == 45
    assert contact.district == "kalk" and contact.language == "tr"
    assert contact.topics == ["language", "apprenticeship"]
    assert contact.note == "Went to the Jobcenter together.\nNext: letter."
    assert contact.follow_up_on == day + timedelta(days=7)
    assert contact.case_id is not None


def test_ctrl_enter_in_the_note_saves(qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace)
    dialog = _open(qtbot, workspace, client_id)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("outreach"))
    dialog.note_edit.setFocus()
    qtbot.keyClicks(dialog.note_edit, "Met at the youth centre.")
    with qtbot.waitSignal(dialog.contact_logged, timeout=TIMEOUT_MS):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)
    assert record_of(workspace, client_id).contacts[0].note == "Met at the youth centre."


def test_problems_are_shown_at_the_field_and_nothing_is_stored(qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace)
    dialog = _open(qtbot, workspace, client_id)
    dialog.date_field.set_date(date.today() + timedelta(days=1))
    assert dialog.date_message.text == "This date is in the future."
    assert dialog.date_field.accessibleDescription() == "This date is in the future."
    dialog.date_field.set_date(date.today())
    dialog.follow_up_field.set_date(date.today() - timedelta(days=3))
    assert dialog.follow_up_message.text == "The follow-up must not be before the contact."
    dialog.save()
    assert dialog.kind_message.text == "This is required."
    assert dialog.isVisible()
    qtbot.wait(50)
    assert record_of(workspace, client_id).contacts == []


def test_the_client_is_found_by_typing_a_name(qtbot, workspace) -> None:  # noqa: F811
    add_client(workspace, "Olena", "Kovalenko", district="porz", languages=["uk"])
    add_client(workspace, "Olga", "Petrova", district="nippes")
    dialog = _open(qtbot, workspace, None)
    assert dialog.client_search_edit.isVisible()
    dialog.client_search_edit.setFocus()
    qtbot.keyClicks(dialog.client_search_edit, "olena")
    popup = dialog.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=TIMEOUT_MS)
    assert dialog.completer.model().stringList()[0].startswith("Olena Kovalenko (")
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.client_id is not None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: dialog.district_combo.currentData() == "porz", timeout=TIMEOUT_MS)
    assert "Olena Kovalenko" in dialog.client_label.text()


def test_escape_with_nothing_typed_closes_at_once(qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace)
    dialog = _open(qtbot, workspace, client_id)
    qtbot.waitUntil(lambda: dialog.district_combo.currentData() == "kalk", timeout=TIMEOUT_MS)
    qtbot.keyClick(dialog.date_field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    dialog = _open(qtbot, workspace, client_id)
    qtbot.keyClicks(dialog.note_edit, "x")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert isinstance(dialog.discard_box, QMessageBox)
    dialog.discard_box.done(QMessageBox.StandardButton.Discard)
    assert not dialog.isVisible()
