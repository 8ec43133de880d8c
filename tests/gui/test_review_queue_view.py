"""The review queue page: caseworker groups, a client's changes field by field, a
return that needs a comment, an approval and "mark as reviewed" written as reviews."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from record_helpers import TIMEOUT_MS, workspace  # noqa: F401
from sqlalchemy import select

from outreach_desktop.core.storage.models import Client, Contact, FormResponse, Review
from outreach_desktop.core.sync.local import update_config
from outreach_desktop.gui.supervision.review_queue_view import ReviewQueueView

CW = "user-cw-1"


def arrive(repo, model, **fields) -> str:  # type: ignore[no-untyped-def]
    """A row as a sync pull leaves it (revision 1, no history: the first download)."""
    with repo.write() as uow:
        row_id = uow.add(model, **fields).id
    with repo.write() as uow:
        c = uow.session.connection()
        c.exec_driver_sql(f'UPDATE "{model.__tablename__}" SET server_rev = 1, updated_by = ? '
                          "WHERE id = ?", (CW, row_id))
        c.exec_driver_sql("DELETE FROM outbox WHERE row_id = ?", (row_id,))
        c.exec_driver_sql("DELETE FROM history WHERE row_id = ?", (row_id,))
    return row_id


def change(repo, table: str, row_id: str, field: str, old, new) -> None:  # type: ignore[no-untyped-def]
    with repo.write() as uow:
        c = uow.session.connection()
        c.exec_driver_sql(f'UPDATE "{table}" SET "{field}" = ?, server_rev = server_rev + 1, '
                          "updated_at = datetime('now', '+1 minute') WHERE id = ?",
                          (new, row_id))
        c.exec_driver_sql("INSERT INTO history (table_name, row_id, op, changes, changed_by, "
                          "changed_at) VALUES (?, ?, 'update', ?, ?, datetime('now', "
                          "'+1 minute'))", (table, row_id, json.dumps({field: [old, new]}), CW))


@pytest.fixture
def seeded(workspace):  # noqa: F811
    repo = workspace.repository
    update_config(repo, user_id="user-sup", role="supervisor")
    amina = arrive(repo, Client, client_code="K-1", given_name="Amina", family_name="Haddad",
                   caseworker_id=CW)
    contact = arrive(repo, Contact, client_id=amina, occurred_on=date(2026, 3, 1),
                     kind="street")
    agreement = arrive(repo, FormResponse, client_id=amina, form_id="goal_agreement",
                       form_version=1, language="de", status="final")
    with repo.write() as uow:  # the supervisor looked at the contact before
        uow.add(Review, client_id=amina, record_table="contact", record_id=contact,
                record_rev=1, kind="seen", body="", author_id="user-sup")
    change(repo, "contact", contact, "duration_minutes", None, 45)
    return {"client": amina, "contact": contact, "agreement": agreement}


@pytest.fixture
def view(qtbot, workspace, seeded):  # noqa: F811
    view = ReviewQueueView(workspace)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitUntil(lambda: len(view.items) == 3, timeout=TIMEOUT_MS)
    return view


def _reviews(workspace) -> list[tuple[str, str, str, int]]:  # noqa: F811
    with workspace.repository.read() as session:
        return [(r.record_table, r.kind, r.body, r.record_rev) for r in session.scalars(
            select(Review).order_by(Review.created_at, Review.id))]


def _detail_texts(view: ReviewQueueView) -> list[str]:
    texts = []
    for r in range(view.detail_tree.topLevelItemCount()):
        row = view.detail_tree.topLevelItem(r)
        texts.append(row.text(0))
        texts.extend("  " + row.child(c).text(0) for c in range(row.childCount()))
    return texts


def test_groups_clients_and_the_changes_of_the_selected_client(view, seeded):
    tree = view.queue_tree
    assert tree.topLevelItemCount() == 1
    group = tree.topLevelItem(0)
    assert group.text(0) == "Unknown caseworker" and group.text(2) == "3"
    assert group.child(0).text(0) == "Amina Haddad"
    assert group.child(0).text(3) == "Goal agreement awaits decision"
    assert view.current_client_id() == seeded["client"]
    assert "3 record" in view.summary_label.text()  # "(s)" until lupdate ran
    assert "1 client" in view.summary_label.text()
    texts = _detail_texts(view)
    assert any("Contact: " in t and "(changed)" in t for t in texts)
    assert "  Duration (minutes): (empty) → 45" in texts
    assert any(t.startswith("  Reviewed (revision 1) — outdated — the record changed since")
               for t in texts)
    assert any(t.startswith("Goal agreement awaits decision — Goal agreement: final")
               for t in texts)


def test_return_needs_a_comment_and_approve_writes_a_review(qtbot, view, workspace, seeded):  # noqa: F811
    agreement_row = next(
        view.detail_tree.topLevelItem(r) for r in range(view.detail_tree.topLevelItemCount())
        if view.detail_tree.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole)
        == seeded["agreement"])
    view.detail_tree.setCurrentItem(agreement_row)
    assert view.approve_button.isEnabled() and view.return_button.isEnabled()
    qtbot.mouseClick(view.return_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # no comment, no return
    qtbot.keyClicks(dialog.comment_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    dialog.comment_edit.setPlainText("Ziel 2 ist zu ungenau.")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("form_response", "return", "Ziel 2 ist zu ungenau.", 1)
                    in _reviews(workspace), timeout=TIMEOUT_MS)
    # decided: the agreement leaves the queue, the other two stay
    qtbot.waitUntil(lambda: len(view.items) == 2, timeout=TIMEOUT_MS)
    assert view.queue_tree.topLevelItem(0).child(0).text(3) == ""

    # the caseworker changes the agreement: back, and an approval decides it
    change(workspace.repository, "form_response", seeded["agreement"], "language", "de", "en")
    workspace.data_changed.emit("form_response")
    qtbot.waitUntil(lambda: len(view.items) == 3, timeout=TIMEOUT_MS)
    row = next(view.detail_tree.topLevelItem(r)
               for r in range(view.detail_tree.topLevelItemCount())
               if view.current_item() is not None
               and view.detail_tree.topLevelItem(r).data(0, Qt.ItemDataRole.UserRole)
               == seeded["agreement"])
    view.detail_tree.setCurrentItem(row)
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ("form_response", "approve", "", 2) in _reviews(workspace),
                    timeout=TIMEOUT_MS)


def test_ctrl_enter_marks_the_rest_as_reviewed_and_the_empty_state_says_so(
        qtbot, view, workspace, seeded):  # noqa: F811
    assert not view.approve_button.isEnabled() or view.current_item().decision_needed
    view.queue_tree.setFocus()
    qtbot.keyClick(view.queue_tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(view.items) == 1, timeout=TIMEOUT_MS)
    kinds = {(table, kind) for table, kind, _body, _rev in _reviews(workspace)}
    assert {("client", "seen"), ("contact", "seen")} <= kinds
    assert ("form_response", "seen") not in kinds  # a decision is not "seen" away
    assert view.items[0].record_id == seeded["agreement"]
    # deciding the last one empties the queue
    view.detail_tree.setCurrentItem(view.detail_tree.topLevelItem(0))
    qtbot.mouseClick(view.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.queue is not None and view.queue.empty, timeout=TIMEOUT_MS)
    assert view.summary_label.text().startswith("Nothing to review")
    assert view.queue_tree.topLevelItemCount() == 0
    assert not view.open_button.isEnabled()


def test_open_record_emits_the_client(qtbot, view, seeded):
    with qtbot.waitSignal(view.client_activated, timeout=TIMEOUT_MS) as signal:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [seeded["client"]]


def test_a_groups_clients_are_made_when_it_is_expanded(qtbot, workspace, seeded):  # noqa: F811
    """A team's queue holds thousands of clients: only the first group's rows are made
    at once; another group's rows when it is expanded (mouse or keyboard)."""
    repo = workspace.repository
    arrive(repo, Client, client_code="K-2", given_name="Olena", family_name="Koval",
           caseworker_id="user-cw-2")
    view = ReviewQueueView(workspace)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.queue_tree.topLevelItemCount() == 2, timeout=TIMEOUT_MS)
    first, second = (view.queue_tree.topLevelItem(i) for i in range(2))
    assert first.isExpanded() and first.childCount() >= 1
    assert view.current_client_id() == first.child(0).data(0, Qt.ItemDataRole.UserRole)
    assert not second.isExpanded() and second.childCount() == 0
    assert second.childIndicatorPolicy() == second.ChildIndicatorPolicy.ShowIndicator
    second.setExpanded(True)
    # no names in the directory: unknown caseworkers in the order of their ids
    assert [second.child(i).text(0) for i in range(second.childCount())] == ["Olena Koval"]
