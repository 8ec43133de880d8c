"""What a sync brought, as the caseworker sees it: each record's sync state, the server's
reason at a rejected field, the supervisor's feedback on the record and in *Heute*.

The rows a sync would write (conflicts, reviews, an outbox entry's verdict) are written
straight into the real vault here: this tests the display; the sync itself is tested
end to end against the real server elsewhere.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from gui_helpers import PASSPHRASE, unlock
from PySide6.QtCore import Qt
from record_helpers import TIMEOUT_MS, add_client, workspace  # noqa: F401
from sqlalchemy import text

from outreach_desktop.core import casework
from outreach_desktop.core.storage.models import Client, Conflict, Contact, Review
from outreach_desktop.core.sync.local import update_config
from outreach_desktop.core.vault import Vault
from outreach_desktop.gui.record.record_view import ClientRecordView
from outreach_desktop.gui.record.texts import server_reason_text

TODAY = date.today()


@pytest.fixture
def view(qtbot, workspace) -> ClientRecordView:  # noqa: F811
    view = ClientRecordView(workspace)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    return view


def enrol(repository) -> None:
    update_config(repository, server_url="https://sync.example.org", device_token="token",
                  user_id="u-1", device_id="d-1", role="caseworker")


def show(qtbot, view: ClientRecordView, client_id: str) -> None:
    with qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS):
        view.show_client(client_id)


def mark_synced(repository, client_id: str) -> None:
    """As after an accepted push: the outbox is empty and the rows carry a revision."""
    with repository.write() as uow:
        uow.session.execute(text("DELETE FROM outbox"))
        uow.session.execute(text("UPDATE client SET server_rev = 3 WHERE id = :id"),
                            {"id": client_id})
        uow.session.execute(text("UPDATE contact SET server_rev = 1 WHERE client_id = :id"),
                            {"id": client_id})


def add_contact(repository, client_id: str) -> str:
    with repository.write() as uow:
        return casework.log_contact(uow, client_id, TODAY - timedelta(days=2), "outreach").id


def contact_tooltip(view: ClientRecordView, row: int = 0) -> str:
    model = view.contacts.model
    return model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)


def test_a_device_that_does_not_sync_shows_no_state(qtbot, view, workspace) -> None:  # noqa: F811
    client_id = add_client(workspace)
    show(qtbot, view, client_id)
    assert view.client_state_text() == ""
    assert not view.sync_label.isVisible()


def test_the_client_and_its_contacts_say_their_sync_state(qtbot, view, workspace) -> None:  # noqa: F811
    repository = workspace.repository
    enrol(repository)
    client_id = add_client(workspace)
    contact_id = add_contact(repository, client_id)
    show(qtbot, view, client_id)
    assert view.client_state_text() == "Not yet synced"
    assert view.sync_label.isVisible() and view.sync_label.font().bold()
    assert contact_tooltip(view).endswith(" — Not yet synced")
    model = view.contacts.model
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None

    mark_synced(repository, client_id)
    with qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS):
        workspace.data_changed.emit("client")  # what the sync says when it is done
    assert view.client_state_text() == "Synced"
    assert not view.sync_label.font().bold()
    assert "—" not in contact_tooltip(view)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None

    with repository.write() as uow:  # the push found someone else's change meanwhile
        uow.apply_reference(Conflict, client_id=client_id, record_table="contact",
                            record_id=contact_id, field="note", server_value="Termin",
                            device_value="Termin verschoben", record_server_rev=2)
        uow.apply_reference(Conflict, client_id=client_id, record_table="client",
                            record_id=client_id, field="family_name",
                            server_value="Özdemir-Kaya", device_value="Özdemir",
                            record_server_rev=4)
    with qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS):
        workspace.data_changed.emit("conflict")
    assert view.client_state_text() == "Conflict — needs a decision"
    assert contact_tooltip(view).endswith(" — Conflict — needs a decision")


def test_a_rejected_change_shows_the_servers_reason_at_the_field(
        qtbot, view, workspace) -> None:  # noqa: F811
    repository = workspace.repository
    enrol(repository)
    client_id = add_client(workspace)
    with repository.write() as uow:
        uow.update(uow.session.get(Client, client_id), family_name="Ö" * 300,
                   aliases=["Ayse"])
    with repository.write() as uow:  # the push's answer for the client's newest change
        uow.session.execute(text(
            "UPDATE outbox SET status = 'rejected', errors = :errors WHERE seq = "
            "(SELECT max(seq) FROM outbox WHERE row_id = :id)"),
            {"id": client_id, "errors": '{"family_name": "too_long", "aliases": "not_text",'
                                        ' "phase": "set_by_server"}'})
    show(qtbot, view, client_id)
    assert view.client_state_text() == "Rejected by the server — needs correction"
    overview = view.overview
    assert overview.problem_text("name") == (
        "Rejected by the server: " + server_reason_text("too_long"))
    assert "too long" in overview.problem_text("name")
    assert overview.problem_text("aliases") == (
        "Rejected by the server: The server expected a text here.")
    assert overview.problem_text("district") == ""
    assert not overview.problem_labels["district"].isVisible()
    assert overview.problem_labels["name"].isVisible()
    # a field the overview does not show is named with its reason above the fields
    assert overview.other_problems_label.isVisible()
    assert "Phase: Only the server sets this value." in overview.other_problems_label.text()
    assert "too long" in overview.value_labels["name"].accessibleDescription()


def test_a_refused_change_says_why_and_another_client_shows_none(
        qtbot, view, workspace) -> None:  # noqa: F811
    repository = workspace.repository
    enrol(repository)
    refused = add_client(workspace)
    other = add_client(workspace, "Olena", "Kovalenko")
    with repository.write() as uow:
        uow.session.execute(text(
            "UPDATE outbox SET status = 'refused', errors = :errors WHERE row_id = :id"),
            {"id": refused, "errors": '{"": "not_in_scope"}'})
    show(qtbot, view, refused)
    assert view.client_state_text() == "Rejected by the server — needs correction"
    assert "no longer yours" in view.overview.other_problems_label.text()
    show(qtbot, view, other)
    assert view.client_state_text() == "Not yet synced"
    assert not view.overview.other_problems_label.isVisible()
    assert all(not label.isVisible() for label in view.overview.problem_labels.values())


def add_reviews(repository, client_id: str, contact_id: str) -> dict[str, str]:
    """A comment on the client (read before), a return of the contact (revision 1,
    current) and an approval of the client's revision 1 (outdated: the client is at 3)."""
    with repository.write() as uow:
        old = uow.apply_reference(Review, client_id=client_id, record_table="client",
                                  record_id=client_id, record_rev=3, kind="comment",
                                  body="Gut dokumentiert.", read_at=casework_now())
        old.created_at = old.updated_at = casework_now() - timedelta(days=5)
        returned = uow.apply_reference(
            Review, client_id=client_id, record_table="contact", record_id=contact_id,
            record_rev=1, kind="return", body="Bitte das Thema ergänzen.\nUnd die Dauer.")
        returned.created_at = casework_now() - timedelta(hours=1)
        approved = uow.apply_reference(Review, client_id=client_id, record_table="client",
                                       record_id=client_id, record_rev=1, kind="approve",
                                       body="")
        approved.created_at = casework_now() - timedelta(hours=2)
        return {"old": old.id, "returned": returned.id, "approved": approved.id}


def casework_now():
    from outreach_desktop.core.storage.models import utcnow

    return utcnow()


def unread_ids(repository) -> set[str]:
    with repository.read() as session:
        return {r.id for r in session.query(Review).filter(Review.read_at.is_(None))}


def _tree_rows(tree, columns: int) -> list[list[str]]:
    return [[tree.topLevelItem(r).text(c) for c in range(columns)]
            for r in range(tree.topLevelItemCount())]


def test_feedback_is_listed_and_opening_the_record_marks_it_read(
        qtbot, view, workspace) -> None:  # noqa: F811
    repository = workspace.repository
    enrol(repository)
    client_id = add_client(workspace)
    contact_id = add_contact(repository, client_id)
    mark_synced(repository, client_id)
    ids = add_reviews(repository, client_id, contact_id)
    assert unread_ids(repository) == {ids["returned"], ids["approved"]}

    show(qtbot, view, client_id)
    feedback = view.feedback
    tab = view.tabs.indexOf(feedback)
    assert view.tabs.tabText(tab) == "Feedback (2 new)"
    rows = _tree_rows(feedback.reviews_tree, 5)
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("Returned", "Contact", "New", "Bitte das Thema ergänzen."),
        ("Approved", "Client", "New · Outdated: the record changed since", ""),
        ("Comment", "Client", "", "Gut dokumentiert.")]
    assert all(r[0] for r in rows)  # dated
    tree = feedback.reviews_tree
    assert tree.topLevelItem(0).font(0).bold() and tree.topLevelItem(1).font(3).bold()
    assert not tree.topLevelItem(2).font(0).bold()
    assert feedback.body_label.text() == "Bitte das Thema ergänzen.\nUnd die Dauer."
    # "review(s)" until the English catalogue has the plural form
    assert feedback.summary_label.text().startswith("3 review")
    assert feedback.summary_label.text().endswith(" · 2 new")

    # shown once: read in the vault; still emphasised while this client stays on screen
    qtbot.waitUntil(lambda: not unread_ids(repository), timeout=TIMEOUT_MS)
    with qtbot.waitSignal(view.record_loaded, timeout=TIMEOUT_MS):
        workspace.data_changed.emit("client")
    assert all(r.read for r in feedback.reviews)
    assert feedback.reviews_tree.topLevelItem(0).font(0).bold()
    assert view.tabs.tabText(tab) == "Feedback (2 new)"
    # the next time the client is opened they are old news
    other = add_client(workspace, "Olena", "Kovalenko")
    show(qtbot, view, other)
    assert view.tabs.tabText(tab) == "Feedback"
    assert feedback.reviews_tree.topLevelItemCount() == 0
    assert "No feedback" in feedback.summary_label.text()
    show(qtbot, view, client_id)
    assert view.tabs.tabText(tab) == "Feedback"
    assert not feedback.reviews_tree.topLevelItem(0).font(0).bold()
    assert feedback.reviews_tree.topLevelItem(0).text(3) == ""


# --- Heute ------------------------------------------------------------------------------------
@pytest.fixture
def reviewed(data_dir, secrets, existing_vault) -> dict[str, str]:
    """Ayşe: a follow-up overdue and a returned contact (unread); Olena: nothing."""
    opened = Vault(data_dir, secrets).unlock(PASSPHRASE)
    try:
        with opened.repository.write() as uow:
            client = casework.create_client(uow, "Ayşe", "Özdemir")
            contact = casework.log_contact(uow, client.id, TODAY - timedelta(days=10),
                                           "outreach", follow_up_on=TODAY - timedelta(days=3))
            other = casework.create_client(uow, "Olena", "Kovalenko")
            uow.session.flush()
            review = uow.apply_reference(
                Review, client_id=client.id, record_table="contact", record_id=contact.id,
                record_rev=1, kind="return", body="Bitte das Thema ergänzen.")
            return {"client": client.id, "other": other.id, "review": review.id}
    finally:
        opened.close()


def test_unread_feedback_is_in_heute_until_the_client_is_opened(
        qtbot, make_controller, reviewed) -> None:
    controller = make_controller()
    unlock(qtbot, controller)
    window = controller.main_window
    today = window.today_view
    tree = today.agenda_tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2, timeout=TIMEOUT_MS)
    rows = _tree_rows(tree, 4)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("New feedback", "Ayşe Özdemir",
         "Returned by your supervisor for correction: Bitte das Thema ergänzen."),
        ("Overdue", "Ayşe Özdemir", "Follow-up")]
    assert "1 item" in today.summary_label.text()
    assert "1 new feedback" in today.summary_label.text()

    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_page() == "clients"
    assert window.record_view.current_client_id() == reviewed["client"]
    qtbot.waitUntil(lambda: window.record_view.feedback.reviews_tree.topLevelItemCount() == 1,
                    timeout=TIMEOUT_MS)
    repository = controller.open_vault.repository
    qtbot.waitUntil(lambda: not unread_ids(repository), timeout=TIMEOUT_MS)

    window.show_page("today")
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    assert _tree_rows(tree, 4)[0][0] == "Overdue"
    assert "feedback" not in today.summary_label.text()
    with repository.read() as session:  # the contact the review was about is untouched
        assert session.query(Contact).filter_by(client_id=reviewed["client"]).count() == 1
