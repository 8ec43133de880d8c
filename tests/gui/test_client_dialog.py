"""Creating and editing a client in the dialog, as a caseworker types it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from record_helpers import TIMEOUT_MS, add_client, stored_client, workspace  # noqa: F401
from sqlalchemy import select

from outreach_desktop.core.casework import current_case
from outreach_desktop.core.storage.models import Client
from outreach_desktop.gui.record.client_dialog import ClientDialog
from outreach_desktop.gui.record.texts import format_date


def _open(qtbot, workspace, client_id=None) -> ClientDialog:  # noqa: F811
    dialog = ClientDialog(workspace, client_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_new_client_is_refused_without_a_name_then_saved_with_an_intake_case(
        qtbot, workspace) -> None:  # noqa: F811
    dialog = _open(qtbot, workspace)
    qtbot.keyClicks(dialog.date_of_birth_field, format_date(date(2031, 1, 1)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.name_message.text == "Enter a given name or a family name."
    assert dialog.family_name_edit.accessibleDescription() == dialog.name_message.text
    assert dialog.date_of_birth_message.text == "This date is in the future."
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.given_name_edit, "Mariam")
    assert dialog.name_message.text == ""
    dialog.date_of_birth_field.clear()
    qtbot.keyClicks(dialog.date_of_birth_field, format_date(date(1980, 2, 1)))
    assert dialog.date_of_birth_message.text.startswith("Outside the programme's age range")
    qtbot.keyClicks(dialog.aliases_edit, "Maryam, Miriam")
    dialog.district_combo.setCurrentIndex(dialog.district_combo.findData("nippes"))
    dialog.languages_list.setFocus()
    qtbot.keyClick(dialog.languages_list, Qt.Key.Key_Down)  # "en" is the second language
    qtbot.keyClick(dialog.languages_list, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.phone_edit, "0176 1234567")

    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    client = stored_client(workspace, saved.args[0])
    assert (client.given_name, client.family_name) == ("Mariam", "")
    assert client.date_of_birth == date(1980, 2, 1)  # the warning did not block
    assert client.aliases == ["Maryam", "Miriam"]
    assert client.district == "nippes" and client.languages == ["en"]
    assert client.contact_channels == [{"kind": "phone", "value": "0176 1234567"}]
    assert client.target_groups == []
    with workspace.repository.read() as session:
        assert current_case(session, client.id).phase == "intake"


def test_unparsable_date_is_shown_at_the_field(qtbot, workspace) -> None:  # noqa: F811
    dialog = _open(qtbot, workspace)
    qtbot.keyClicks(dialog.family_name_edit, "Haddad")
    qtbot.keyClicks(dialog.date_of_birth_field, "31.31.2001")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.date_of_birth_message.text.startswith("Not a date.")
    dialog.date_of_birth_field.clear()
    qtbot.keyClicks(dialog.date_of_birth_field, "2001-12-31")  # ISO always works
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS) as saved:
        qtbot.keyClick(dialog.save_button, Qt.Key.Key_Space)
    assert stored_client(workspace, saved.args[0]).date_of_birth == date(2001, 12, 31)


def test_editing_keeps_the_code_and_changes_the_markers(qtbot, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace, target_groups=["single_parent"])
    code = stored_client(workspace, client_id).client_code
    dialog = _open(qtbot, workspace, client_id)
    qtbot.waitUntil(lambda: dialog.family_name_edit.text() == "Özdemir", timeout=TIMEOUT_MS)
    assert dialog.marker_boxes["single_parent"].isChecked()
    assert dialog.marker_boxes["single_parent"].isHidden()  # sensitive: shown on request
    assert not dialog.is_dirty()
    qtbot.mouseClick(dialog.show_markers_button, Qt.MouseButton.LeftButton)
    assert dialog.marker_boxes["disability"].isVisible()
    qtbot.keyClick(dialog.marker_boxes["disability"], Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    client = stored_client(workspace, client_id)
    assert client.client_code == code
    assert client.target_groups == ["disability", "single_parent"]
    with workspace.repository.read() as session:
        assert len(session.scalars(select(Client)).all()) == 1


def test_escape_asks_before_discarding_what_was_typed(qtbot, workspace) -> None:  # noqa: F811
    dialog = _open(qtbot, workspace)
    qtbot.keyClicks(dialog.given_name_edit, "Oleh")
    qtbot.keyClick(dialog.given_name_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.discard_box is not None
    dialog.discard_box.done(QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible() and dialog.given_name_edit.text() == "Oleh"
    qtbot.keyClick(dialog.given_name_edit, Qt.Key.Key_Escape)
    dialog.discard_box.done(QMessageBox.StandardButton.Discard)
    assert not dialog.isVisible()
