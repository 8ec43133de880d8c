"""Heute: what is due, overdue first and said in words; Enter opens the client."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from gui_helpers import PASSPHRASE, unlock
from PySide6.QtCore import Qt

from outreach_desktop.core.casework import (
    add_goal,
    add_goal_step,
    create_client,
    log_contact,
    open_case,
)
from outreach_desktop.core.storage.models import Contact
from outreach_desktop.core.vault import Vault

pytestmark = pytest.mark.usefixtures("existing_vault")
TODAY = date.today()


@pytest.fixture
def due(data_dir, secrets) -> dict[str, str]:
    """Kalk: a follow-up overdue by 3 days; Porz: a goal step due today; Nippes: a
    follow-up next week (not shown)."""
    opened = Vault(data_dir, secrets).unlock(PASSPHRASE)
    try:
        with opened.repository.write() as uow:
            late = create_client(uow, "Ayşe", "Özdemir")
            log_contact(uow, late.id, TODAY - timedelta(days=10), "outreach",
                        follow_up_on=TODAY - timedelta(days=3))
            stepped = create_client(uow, "Olena", "Kovalenko")
            goal = add_goal(uow, open_case(uow, stepped.id), "Sprachkurs finden")
            add_goal_step(uow, goal, "Anmeldung an der VHS", due_on=TODAY)
            later = create_client(uow, "Reza", "Rahimi")
            log_contact(uow, later.id, TODAY, "office", follow_up_on=TODAY + timedelta(days=7))
            return {"late": late.id, "stepped": stepped.id, "later": later.id}
    finally:
        opened.close()


@pytest.fixture
def window(qtbot, make_controller, due):
    controller = make_controller()
    unlock(qtbot, controller)
    main = controller.main_window
    qtbot.waitUntil(lambda: main.today_view.agenda_tree.topLevelItemCount() > 0)
    return main


def _rows(tree) -> list[list[str]]:
    return [[tree.topLevelItem(r).text(c) for c in range(4)]
            for r in range(tree.topLevelItemCount())]


def test_overdue_first_and_marked_in_words(window) -> None:
    assert window.current_page() == "today"  # where the day starts
    view = window.today_view
    rows = _rows(view.agenda_tree)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Overdue", "Ayşe Özdemir", "Follow-up"),
        ("Today", "Olena Kovalenko", "Goal step: Anmeldung an der VHS")]
    assert rows[0][1] and rows[1][1]  # due dates shown
    assert view.agenda_tree.topLevelItem(0).font(0).bold()
    assert not view.agenda_tree.topLevelItem(1).font(0).bold()
    assert "2 item" in view.summary_label.text() and "1 overdue" in view.summary_label.text()


def test_enter_opens_the_client_on_the_client_page(qtbot, window, due) -> None:
    tree = window.today_view.agenda_tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window.today_view.current_client_id() == due["stepped"]
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_page() == "clients"
    assert window.record_view.current_client_id() == due["stepped"]


def test_a_logged_contact_clears_the_overdue_follow_up(qtbot, window, due) -> None:
    workspace = window.workspace
    workspace.write(window, lambda uow: log_contact(uow, due["late"], TODAY, "remote"),
                    "contact").run()
    qtbot.waitUntil(lambda: window.today_view.agenda_tree.topLevelItemCount() == 1)
    assert _rows(window.today_view.agenda_tree)[0][2] == "Olena Kovalenko"
    with workspace.repository.read() as session:  # stored: the new contact, no follow-up
        contacts = session.query(Contact).filter_by(client_id=due["late"]).all()
    assert sorted(c.occurred_on for c in contacts) == [TODAY - timedelta(days=10), TODAY]


def test_nothing_due_says_so(qtbot, make_controller) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    view = controller.main_window.today_view
    qtbot.waitUntil(lambda: view.summary_label.text() == "Nothing is due today.")
    assert view.agenda_tree.topLevelItemCount() == 0
