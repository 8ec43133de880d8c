"""The window by role, against the real server process: a supervisor enrols the app and
gets the review queue, the team and the figures, reads records without edit controls and
marks a caseworker's change as reviewed; a coordinator enrols and gets the figures from
the server and nothing else — no client page and no client row in the database."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Qt
from record_helpers import workspace  # noqa: F401
from sqlalchemy import text
from test_sync_gui import (  # noqa: F401  (server: a fixture)
    SYNC_TIMEOUT_MS,
    Laptop,
    _enrol_through_dialog,
    _start_app,
    _sync_now,
    server,
)

from outreach_desktop.core.storage.models import Case, Client, Contact


def _user(srv, role: str) -> str:  # type: ignore[no-untyped-def]
    name = f"{role[:3]}-{uuid.uuid4().hex[:8]}"
    args = ["user", "create", name, "--org", srv.org, "--role", role, "--no-password"]
    if role != "coordinator":
        args += ["--team", srv.team]
    srv.admin(*args)
    return name


def _caseworker_with_a_client(srv, tmp_path, memory_keyring, given: str,  # type: ignore[no-untyped-def]
                              district: str = "kalk") -> Laptop:
    laptop = Laptop(tmp_path / f"cw-{given}", memory_keyring, srv, _user(srv, "caseworker"))
    with laptop.repository.write() as uow:
        client = uow.add(Client, client_code=f"K-{given}", given_name=given,
                         family_name="Haddad", district=district)
        uow.session.flush()
        case = uow.add(Case, client_id=client.id, opened_on=date(2026, 3, 1))
        uow.session.flush()
        uow.add(Contact, client_id=client.id, case_id=case.id, occurred_on=date(2026, 3, 2),
                kind="street")
    laptop.sync()
    return laptop


def test_a_supervisor_gets_the_team_pages_and_reads_records_without_editing(
        qtbot, make_controller, existing_vault, server, memory_keyring, tmp_path) -> None:  # noqa: F811
    caseworker = _caseworker_with_a_client(server, tmp_path, memory_keyring, "Amina")
    _controller, window = _start_app(qtbot, make_controller, existing_vault)
    assert window.role == "caseworker" and window.role_pages() == ("today", "clients")
    _enrol_through_dialog(qtbot, window, server, _user(server, "supervisor"))

    qtbot.waitUntil(lambda: window.role == "supervisor", timeout=SYNC_TIMEOUT_MS)
    pages = [window.navigation_list.item(i).text()
             for i in range(window.navigation_list.count())]
    assert pages == ["Review", "Team", "Clients", "Figures"]
    assert not window.new_client_action.isVisible()
    assert not window.log_contact_action.isVisible()
    window.show_page("today")  # not a supervisor's page: nothing happens
    assert window.current_page() == "review"

    view = window.review_view
    assert view is not None
    qtbot.waitUntil(lambda: view.queue_tree.topLevelItemCount() == 1, timeout=SYNC_TIMEOUT_MS)
    group = view.queue_tree.topLevelItem(0)
    assert group.child(0).text(0) == "Amina Haddad"
    assert view.current_client_id() is not None
    qtbot.waitUntil(lambda: bool(view.items), timeout=SYNC_TIMEOUT_MS)

    # the record opens read-only: no edit control anywhere
    client_id = view.current_client_id()
    view.open_record()
    assert window.current_page() == "clients"
    record = window.record_view
    qtbot.waitUntil(lambda: record.current_client_id() == client_id, timeout=SYNC_TIMEOUT_MS)
    for button in (record.edit_button, record.delete_button, record.contacts.log_button,
                   record.goals.add_goal_button, record.case.close_case_button):
        assert not button.isVisible()
    assert record.case.phase_buttons == {}

    # marked as reviewed: gone from the queue, and the mark reaches the server
    window.show_page("review")
    qtbot.waitUntil(lambda: view.seen_button.isEnabled(), timeout=SYNC_TIMEOUT_MS)
    qtbot.mouseClick(view.seen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.queue is not None and view.queue.empty,
                    timeout=SYNC_TIMEOUT_MS)
    _sync_now(qtbot, window)
    caseworker.sync()
    with caseworker.repository.read() as session:
        kinds = session.execute(text("SELECT kind FROM review")).scalars().all()
    assert kinds and set(kinds) == {"seen"}
    caseworker.close()


def test_a_coordinator_sees_the_figures_only_and_holds_no_client(
        qtbot, make_controller, existing_vault, server, memory_keyring, tmp_path) -> None:  # noqa: F811
    # in a district of their own: the other test's client is elsewhere
    laptops = [_caseworker_with_a_client(server, tmp_path, memory_keyring, f"Name{i}", "porz")
               for i in range(6)]
    controller, window = _start_app(qtbot, make_controller, existing_vault)
    _enrol_through_dialog(qtbot, window, server, _user(server, "coordinator"))

    qtbot.waitUntil(lambda: window.role == "coordinator", timeout=SYNC_TIMEOUT_MS)
    assert window.role_pages() == ("figures",)
    assert window.navigation_list.count() == 1
    for action in (window.new_client_action, window.log_contact_action,
                   window.find_client_action, window.today_action, window.clients_action,
                   window.review_action, window.team_action):
        assert not action.isVisible()
    window.show_page("clients")
    window.open_client("anything")
    assert window.current_page() == "figures"

    figures = window.figures_view
    assert figures is not None
    # the first answer (and the organisations and teams to filter by) is there first
    qtbot.waitUntil(lambda: figures.figures is not None and not figures.computing,
                    timeout=SYNC_TIMEOUT_MS)
    assert figures.district_combo.findData("porz") >= 0
    figures.district_combo.setCurrentIndex(figures.district_combo.findData("porz"))
    figures.start_edit.setDate(QDate(2026, 1, 1))
    figures.end_edit.setDate(QDate(2026, 12, 31))
    qtbot.waitUntil(lambda: figures.figures is not None and not figures.computing
                    and figures.figures["period"]["start"] == "2026-01-01"
                    and figures.figures["period"]["end"] == "2026-12-31"
                    and figures.figures["filters"]["district"] == "porz",
                    timeout=SYNC_TIMEOUT_MS)
    assert figures.figures["active_clients"] == {"count": 6, "suppressed": False}
    assert figures.figures["active_clients_by_district"] == [
        {"key": "porz", "count": 6, "suppressed": False}]
    with controller.workspace.repository.read() as session:
        for table in ("client", "case_file", "contact", "history", "client_search"):
            assert session.execute(text(f'SELECT count(*) FROM "{table}"')).scalar() == 0
    for laptop in laptops:
        laptop.close()
