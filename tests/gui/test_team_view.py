"""The supervisor's Team page (real widgets offscreen, a real vault): the counts per
caseworker with a total, a caseworker's clients with overdue marks in words, sorting,
and a transfer that asks before it calls the server with the chosen caseworker (the
server is faked here; tests/server/test_transfer_sync.py runs the real one)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from gui_helpers import unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from outreach_desktop.core.catalogues import load_labels
from outreach_desktop.core.errors import ServerRefused, ServerUnreachable
from outreach_desktop.core.storage.models import Case, Client, Contact, Goal, GoalStep
from outreach_desktop.core.sync.local import save_directory
from outreach_desktop.gui.supervision.team_view import TeamView
from outreach_desktop.gui.workspace.context import Workspace

TODAY = date(2026, 6, 1)


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def fill(repo) -> dict[str, str]:  # type: ignore[no-untyped-def]
    save_directory(repo, [
        {"user_id": "u-a", "display_name": "Anna Adler", "role": "caseworker", "active": True},
        {"user_id": "u-b", "display_name": "Bora Berg", "role": "caseworker", "active": True},
        {"user_id": "u-c", "display_name": "Cem Cakir", "role": "caseworker", "active": True},
        {"user_id": "u-s", "display_name": "Sara Super", "role": "supervisor", "active": True},
    ])
    ids = {}
    with repo.write() as uow:
        for key, owner, opened, contact, follow_up in (
                ("late", "u-a", ago(100), ago(95), ago(80)),
                ("quiet", "u-a", ago(100), ago(40), None),
                ("fine", "u-a", ago(100), ago(2), None),
                ("bora1", "u-b", ago(50), ago(1), None),
                ("new", None, ago(3), None, None)):
            client = uow.add(Client, client_code=f"K-{key}", given_name=key.title(),
                             family_name="Muster", caseworker_id=owner)
            case = uow.add(Case, client_id=client.id, opened_on=opened,
                           phase="intake" if key == "new" else "implementation")
            if contact:
                uow.add(Contact, client_id=client.id, occurred_on=contact, kind="street",
                        follow_up_on=follow_up)
            ids[key], ids[f"{key}.case"] = client.id, case.id
        uow.session.flush()
        goal = uow.add(Goal, case_id=ids["quiet.case"], title="Wohnung")
        uow.add(GoalStep, goal_id=goal.id, title="Termin", due_on=ago(3))
    return ids


@pytest.fixture
def controller(qtbot, existing_vault, make_controller):  # type: ignore[no-untyped-def]
    controller = make_controller()
    unlock(qtbot, controller)
    controller.main_window.hide()  # the tests show their own widgets
    return controller


def make_workspace(controller) -> Workspace:  # type: ignore[no-untyped-def]
    repo = controller.open_vault.repository
    workspace = Workspace(repo, load_labels(repo, "en"), "en", today=lambda: TODAY,
                          parent=controller)
    workspace.role = "supervisor"
    return workspace


@pytest.fixture
def workspace(controller):  # type: ignore[no-untyped-def]
    workspace = make_workspace(controller)
    workspace.ids = fill(workspace.repository)  # type: ignore[attr-defined]
    return workspace


@pytest.fixture
def view(qtbot, workspace):  # type: ignore[no-untyped-def]
    view = TeamView(workspace)
    qtbot.addWidget(view)
    view.resize(1000, 800)
    view.show()
    qtbot.waitUntil(lambda: view.team_tree.topLevelItemCount() > 0)
    return view


def _rows(tree) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]


def test_the_table_shows_counts_per_caseworker_and_a_total(view):
    assert _rows(view.team_tree) == [
        ["Anna Adler", "3", "1", "1", "2", "1", "1", "0"],
        ["Bora Berg", "1", "0", "0", "0", "0", "0", "0"],
        ["Cem Cakir", "0", "0", "0", "0", "0", "0", "0"],
        ["Not assigned", "1", "0", "0", "0", "0", "0", "0"],
        ["Team total", "5", "1", "1", "2", "1", "1", "0"]]
    assert "30, 60 or 90" in view.explain_label.text()  # the buckets are explained
    assert not view.team_empty_label.isVisible()


def test_sorting_keeps_the_total_last(qtbot, view):
    view.team_tree.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    names = [r[0] for r in _rows(view.team_tree)]
    assert (names[0], names[3:]) == ("Anna Adler", ["Cem Cakir", "Team total"])
    view.team_tree.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [r[0] for r in _rows(view.team_tree)]
    assert names[0] == "Cem Cakir" and names[-1] == "Team total"


def test_selecting_a_caseworker_lists_their_clients_with_overdue_in_words(qtbot, view):
    assert "Select a caseworker" in view.clients_label.text()
    view.team_tree.setFocus()
    qtbot.keyClick(view.team_tree, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: view.clients_tree.topLevelItemCount() == 3)
    rows = _rows(view.clients_tree)
    assert [(r[1], r[4], r[5][:11]) for r in rows] == [  # (plurals: English .qm not loaded)
        ("K-late", "95", "Follow-up o"),
        ("K-quiet", "40", "1 goal step"),
        ("K-fine", "2", "Nothing ove")]
    assert view.clients_tree.topLevelItem(0).font(5).bold()  # and in bold, not colour
    assert "Anna Adler" in view.clients_label.text()
    view.clients_tree.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert [r[1] for r in _rows(view.clients_tree)] == ["K-fine", "K-quiet", "K-late"]
    # Enter opens the record
    opened: list[str] = []
    view.client_activated.connect(opened.append)
    view.clients_tree.setFocus()
    view.clients_tree.setCurrentItem(view.clients_tree.topLevelItem(0))
    qtbot.keyClick(view.clients_tree, Qt.Key.Key_Return)
    view.open_button.click()
    ids = view.workspace.ids
    assert opened == [ids["fine"], ids["fine"]]
    # a caseworker without clients says so
    assert view.select_caseworker("u-c")
    qtbot.waitUntil(lambda: "has no clients" in view.clients_label.text())


class FakeServer:
    def __init__(self, error: BaseException | None = None) -> None:
        self.assigned: list[tuple[str, str]] = []
        self.error = error

    def assign(self, client_id: str, user_id: str) -> None:
        if self.error is not None:
            raise self.error
        self.assigned.append((client_id, user_id))

    def __call__(self, job: Any, success: Any, failure: Any, widget: Any) -> None:
        try:
            result = job(self)
        except Exception as exc:  # handed on, as call_server does
            failure(exc)
        else:
            success(result)


def _transfer_to(qtbot, view, button, name: str) -> None:  # type: ignore[no-untyped-def]
    button.click()
    dialog = view.transfer_dialog
    assert dialog is not None and dialog.isVisible()
    names = [dialog.combo.itemText(i) for i in range(dialog.combo.count())]
    dialog.combo.setCurrentIndex(names.index(name))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: view.confirm_box is not None and view.confirm_box.isVisible())


def test_transfer_asks_naming_both_caseworkers_then_calls_the_server(qtbot, view):
    server = FakeServer()
    view.workspace.set_server_caller(server)
    view.select_caseworker("u-a")
    qtbot.waitUntil(lambda: view.clients_tree.topLevelItemCount() == 3)
    view.clients_tree.setCurrentItem(view.clients_tree.topLevelItem(1))  # K-quiet
    view.transfer_button.click()
    combo = view.transfer_dialog.combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Bora Berg", "Cem Cakir"]
    view.transfer_dialog.reject()
    _transfer_to(qtbot, view, view.transfer_button, "Cem Cakir")
    text = view.confirm_box.text()
    assert "K-quiet" in text and "Anna Adler" in text and "Cem Cakir" in text
    assert "loses the record at its next sync" in text
    assert server.assigned == []  # nothing before the confirmation
    view.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert server.assigned == [(view.workspace.ids["quiet"], "u-c")]
    assert "now belongs to Cem Cakir" in view.status_label.text()


def test_a_new_client_is_assigned_and_a_cancelled_confirmation_sends_nothing(qtbot, view):
    server = FakeServer()
    view.workspace.set_server_caller(server)
    assert "New clients" in view.new_label.text()
    assert _rows(view.new_tree) == [["New Muster", "K-new", view.new_tree.topLevelItem(0).text(2),
                                     "Not assigned"]]
    view.new_tree.setCurrentItem(view.new_tree.topLevelItem(0))
    _transfer_to(qtbot, view, view.assign_button, "Bora Berg")
    assert "Assign client K-new to Bora Berg?" in view.confirm_box.text()
    view.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert server.assigned == []
    _transfer_to(qtbot, view, view.assign_button, "Bora Berg")
    view.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert server.assigned == [(view.workspace.ids["new"], "u-b")]


@pytest.mark.parametrize(("error", "words"), [
    (ServerUnreachable(), "cannot be reached"),
    (ServerRefused(403, "forbidden"), "did not allow this transfer"),
    (ServerRefused(500, "server_error"), "500"),
])
def test_offline_or_refused_says_so_and_nothing_changes(qtbot, view, error, words):
    view.workspace.set_server_caller(FakeServer(error))
    view.new_tree.setCurrentItem(view.new_tree.topLevelItem(0))
    _transfer_to(qtbot, view, view.assign_button, "Bora Berg")
    view.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert words in view.status_label.text()
    assert "Nothing was" in view.status_label.text() or "nothing was" in \
        view.status_label.text()
    assert view.assign_button.isEnabled()


def test_not_enrolled_shows_the_apps_message(qtbot, view):
    view.workspace.set_server_caller(None)
    view.new_tree.setCurrentItem(view.new_tree.topLevelItem(0))
    _transfer_to(qtbot, view, view.assign_button, "Bora Berg")
    view.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert "not connected to a server" in view.status_label.text()


def test_a_caseworker_cannot_transfer(qtbot, workspace):
    workspace.role = "caseworker"
    view = TeamView(workspace)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.new_tree.topLevelItemCount() == 1)
    view.new_tree.setCurrentItem(view.new_tree.topLevelItem(0))
    assert not view.assign_button.isEnabled()


def test_an_empty_vault_says_what_to_expect(qtbot, controller):
    workspace = make_workspace(controller)
    view = TeamView(workspace)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.team_tree.topLevelItemCount() == 1)
    assert view.team_empty_label.isVisible()
    assert "after the first sync" in view.team_empty_label.text()
    assert "No new clients" in view.new_label.text()
