"""The supervisor's review queue on a real vault: which records are in it, decisions,
outdated reviews, grouping and order, and field changes from the history.

Rows "arrive by sync" here the way the pull leaves them: a server revision, the
updated_by of the caseworker, a history entry for each later change (none for the
first download)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select, text

from outreach_desktop.core.storage.models import (
    Case,
    Client,
    Contact,
    FormResponse,
    Goal,
    GoalStep,
    OutboxEntry,
    Review,
    utcnow,
)
from outreach_desktop.core.supervision import review_queue as rq
from outreach_desktop.core.sync.local import save_directory, update_config
from outreach_desktop.core.validation import ValidationFailed

CW1, CW2, SUP = "user-cw-1", "user-cw-2", "user-sup"


class Server:
    """Writes rows as a sync pull does (past the outbox, with revisions and history)."""

    def __init__(self, repo) -> None:  # type: ignore[no-untyped-def]
        self.repo = repo
        self.clock = utcnow()

    def tick(self) -> str:
        """Now (the laptop's reviews are stamped with its clock), always moving on."""
        self.clock = max(self.clock + timedelta(milliseconds=1), utcnow())
        return self.clock.isoformat(" ", "microseconds")

    def arrive(self, model, by: str = CW1, history: bool = False, **fields) -> str:  # type: ignore[no-untyped-def]
        """A row pulled with revision 1 (``history``: after the first download)."""
        with self.repo.write() as uow:
            row_id = uow.add(model, **fields).id
        stamp = self.tick()
        table = model.__tablename__
        with self.repo.write() as uow:
            c = uow.session.connection()
            c.exec_driver_sql(f'UPDATE "{table}" SET server_rev = 1, updated_by = ?, '
                              "updated_at = ?, created_at = ? WHERE id = ?",
                              (by, stamp, stamp, row_id))
            c.exec_driver_sql("DELETE FROM outbox WHERE row_id = ?", (row_id,))
            c.exec_driver_sql("DELETE FROM history WHERE row_id = ?", (row_id,))
            if history:
                c.exec_driver_sql("INSERT INTO history (table_name, row_id, op, changes, "
                                  "changed_by, changed_at) VALUES (?, ?, 'insert', '{}', ?, ?)",
                                  (table, row_id, by, stamp))
        return row_id

    def change(self, table: str, row_id: str, by: str = CW1, **fields) -> None:  # type: ignore[no-untyped-def]
        stamp = self.tick()
        with self.repo.write() as uow:
            c = uow.session.connection()
            old = dict(c.exec_driver_sql(f'SELECT * FROM "{table}" WHERE id = ?',
                                         (row_id,)).mappings().one())
            sets = ", ".join(f'"{k}" = ?' for k in fields)
            c.exec_driver_sql(f'UPDATE "{table}" SET {sets}, server_rev = server_rev + 1, '
                              "updated_by = ?, updated_at = ? WHERE id = ?",
                              (*fields.values(), by, stamp, row_id))
            c.exec_driver_sql("INSERT INTO history (table_name, row_id, op, changes, "
                              "changed_by, changed_at) VALUES (?, ?, 'update', ?, ?, ?)",
                              (table, row_id, json.dumps({k: [old[k], v]
                                                          for k, v in fields.items()}),
                               by, stamp))

    def review(self, table: str, row_id: str, kind: str, rev: int, body: str = "") -> None:
        """A review that came back from the server (or another laptop of the supervisor)."""
        stamp = self.tick()
        with self.repo.write() as uow:
            client_id = rq._client_and_rev(uow, table, row_id)[0]
            review = uow.add(Review, client_id=client_id, record_table=table, record_id=row_id,
                             record_rev=rev, kind=kind, body=body, author_id=SUP)
        with self.repo.write() as uow:
            uow.session.connection().exec_driver_sql(
                "UPDATE review SET server_rev = 1, created_at = ? WHERE id = ?",
                (stamp, review.id))
            uow.session.connection().exec_driver_sql("DELETE FROM outbox WHERE row_id = ?",
                                                     (review.id,))


@pytest.fixture
def server(open_vault):  # type: ignore[no-untyped-def]
    update_config(open_vault.repository, user_id=SUP, role="supervisor")
    return Server(open_vault.repository)


def queue(server: Server) -> rq.ReviewQueue:
    with server.repo.read() as session:
        return rq.load_queue(session)


def items(server: Server, client_id: str) -> list[rq.QueueItem]:
    with server.repo.read() as session:
        return rq.client_items(session, client_id)


def ids_in_queue(server: Server) -> set[str]:
    found = set()
    for group in queue(server).groups:
        for client in group.clients:
            found.update(i.record_id for i in items(server, client.client_id))
    return found


def test_new_and_changed_records_are_in_the_queue_until_seen(server):
    client = server.arrive(Client, client_code="K-1", given_name="Amina", family_name="Haddad",
                           caseworker_id=CW1)
    contact = server.arrive(Contact, client_id=client, occurred_on=date(2026, 3, 1),
                            kind="street")
    # a row only on this laptop (never synced) is not in the queue
    with server.repo.write() as uow:
        uow.add(Contact, client_id=client, occurred_on=date(2026, 3, 2), kind="phone")
    q = queue(server)
    assert (q.total, q.clients) == (2, 1)
    listed = items(server, client)
    assert {(i.table, i.op, len(i.changes)) for i in listed} == {
        ("client", "new", 0), ("contact", "new", 0)}
    contact_item = next(i for i in listed if i.table == "contact")
    assert contact_item.facts == {"occurred_on": date(2026, 3, 1), "kind": "street"}
    assert contact_item.changed_by == CW1 and contact_item.reviews == []

    with server.repo.write() as uow:
        assert rq.mark_seen(uow, listed) == 2
    assert queue(server).total == 0
    with server.repo.read() as session:
        seen = session.scalars(select(Review).order_by(Review.record_table)).all()
        outbox = session.scalar(select(func.count()).select_from(OutboxEntry).where(
            OutboxEntry.table_name == "review", OutboxEntry.op == "insert"))
    assert [(r.record_table, r.kind, r.record_rev, r.author_id, r.client_id) for r in seen] == [
        ("client", "seen", 1, SUP, client), ("contact", "seen", 1, SUP, client)]
    assert outbox == 2  # the normal sync pushes them

    # the caseworker changes the contact: back in the queue, with the changed field only
    server.change("contact", contact, kind="phone", duration_minutes=30)
    assert ids_in_queue(server) == {contact}
    (item,) = items(server, client)
    assert item.op == "changed" and item.server_rev == 2
    assert {(c.field, c.old, c.new) for c in item.changes} == {
        ("kind", "street", "phone"), ("duration_minutes", None, 30)}
    assert [(r.kind, r.record_rev, r.outdated) for r in item.reviews] == [("seen", 1, True)]


def test_changes_before_the_last_review_are_not_shown_again(server):
    client = server.arrive(Client, client_code="K-1", given_name="Amina", caseworker_id=CW1)
    server.change("client", client, district="kalk")
    server.review("client", client, "seen", 2)
    server.change("client", client, district="porz")
    server.change("client", client, district="muelheim", residence_status="eu")
    (item,) = items(server, client)
    assert {(c.field, c.old, c.new) for c in item.changes} == {
        ("district", "kalk", "muelheim"), ("residence_status", None, "eu")}
    assert item.reviews[0].outdated


def test_a_record_created_after_the_first_download_is_new_with_its_history(server):
    client = server.arrive(Client, client_code="K-1", given_name="Amina", caseworker_id=CW1)
    contact = server.arrive(Contact, client_id=client, occurred_on=date(2026, 3, 1),
                            kind="street", history=True)
    server.change("contact", contact, kind="phone")
    item = next(i for i in items(server, client) if i.table == "contact")
    assert item.op == "new"
    assert [(c.field, c.new) for c in item.changes] == [("kind", "phone")]


def test_goal_agreements_and_closures_wait_for_a_decision(server):
    client = server.arrive(Client, client_code="K-1", given_name="Amina", caseworker_id=CW1)
    case = server.arrive(Case, client_id=client, opened_on=date(2026, 1, 5))
    draft = server.arrive(FormResponse, client_id=client, form_id="goal_agreement",
                          form_version=1, language="de", status="draft")
    agreement = server.arrive(FormResponse, client_id=client, form_id="goal_agreement",
                              form_version=1, language="de", status="final")
    with server.repo.write() as uow:
        rq.mark_seen(uow, items(server, client))
    # a "seen" does not decide the final agreement
    assert ids_in_queue(server) == {agreement}
    (item,) = items(server, client)
    assert item.decision_needed == "goal_agreement"
    assert queue(server).groups[0].clients[0].decisions == ["goal_agreement"]
    with server.repo.write() as uow:
        rq.decide(uow, "form_response", agreement, "comment", "Bitte Ziel 2 konkreter.")
    assert ids_in_queue(server) == {agreement}  # a comment does not decide either
    with pytest.raises(ValidationFailed) as failed, server.repo.write() as uow:
        rq.decide(uow, "form_response", agreement, "return", "  ")
    assert failed.value.problems == {"body": "required"}
    with server.repo.write() as uow:
        review = rq.decide(uow, "form_response", agreement, "return", "Ziel 2 fehlt.")
        assert (review.record_rev, review.kind, review.author_id) == (1, "return", SUP)
    assert ids_in_queue(server) == set()
    # the caseworker corrects it: a decision is needed again, the return is outdated
    server.change("form_response", agreement, language="en")
    (item,) = items(server, client)
    assert item.decision_needed == "goal_agreement" and item.record_id == agreement
    assert [(r.kind, r.outdated) for r in item.reviews] == [
        ("return", True), ("comment", True), ("seen", True)]
    with server.repo.write() as uow:
        rq.decide(uow, "form_response", agreement, "approve")
    assert ids_in_queue(server) == set()

    # closing the case: a closure waits for a decision
    server.change("case_file", case, closed_on="2026-03-20", closure_reason="goal_reached",
                  phase="closed")
    (item,) = items(server, client)
    assert (item.table, item.decision_needed) == ("case_file", "closure")
    assert {c.field for c in item.changes} == {"closed_on", "closure_reason", "phase"}
    assert queue(server).groups[0].clients[0].decisions == ["closure"]
    server.review("case_file", case, "approve", 2)
    assert ids_in_queue(server) == set()
    assert draft  # the draft never waited for a decision


def test_deleted_rows_and_rows_of_deleted_clients_are_left_out(server):
    client = server.arrive(Client, client_code="K-1", given_name="Amina", caseworker_id=CW1)
    gone = server.arrive(Client, client_code="K-2", given_name="Bilal", caseworker_id=CW1)
    server.arrive(Contact, client_id=gone, occurred_on=date(2026, 3, 1), kind="street")
    contact = server.arrive(Contact, client_id=client, occurred_on=date(2026, 3, 1),
                            kind="street")
    server.change("contact", contact, deleted_at="2026-03-02 10:00:00.000000")
    server.change("client", gone, deleted_at="2026-03-02 10:00:00.000000")
    assert ids_in_queue(server) == {client}


def test_goals_and_steps_belong_to_their_client(server):
    client = server.arrive(Client, client_code="K-1", given_name="Amina", caseworker_id=CW1)
    case = server.arrive(Case, client_id=client, opened_on=date(2026, 1, 5))
    goal = server.arrive(Goal, case_id=case, title="Deutschkurs B1")
    step = server.arrive(GoalStep, goal_id=goal, title="Anmeldung VHS",
                         due_on=date(2026, 4, 1))
    listed = items(server, client)
    assert {i.record_id for i in listed} == {client, case, goal, step}
    assert next(i for i in listed if i.table == "goal_step").facts["title"] == "Anmeldung VHS"
    with server.repo.write() as uow:
        rq.decide(uow, "goal_step", step, "comment", "Gut!")
    with server.repo.read() as session:
        assert session.scalar(select(Review.client_id).where(Review.record_id == step)) == client


def test_grouped_by_caseworker_clients_and_records_newest_first(server, open_vault):
    a = server.arrive(Client, client_code="K-A", given_name="Amina", caseworker_id=CW1)
    b = server.arrive(Client, client_code="K-B", given_name="Bilal", caseworker_id=CW2)
    c = server.arrive(Client, client_code="K-C", given_name="Cem", family_name="Kaya",
                      caseworker_id=CW1)
    d = server.arrive(Client, client_code="K-D", given_name="Dana", caseworker_id="stranger")
    contact = server.arrive(Contact, client_id=a, occurred_on=date(2026, 3, 1), kind="street")
    save_directory(open_vault.repository, [
        {"user_id": CW1, "display_name": "Zora Weber", "role": "caseworker"},
        {"user_id": CW2, "display_name": "Anna Berg", "role": "caseworker"}])
    q = queue(server)
    assert [(g.caseworker_id, g.name, g.count) for g in q.groups] == [
        (CW2, "Anna Berg", 1), (CW1, "Zora Weber", 3), ("stranger", None, 1)]
    assert [cl.client_id for cl in q.groups[1].clients] == [a, c]  # a's contact is newest
    assert q.groups[1].clients[1].name == "Cem Kaya"
    assert (q.total, q.clients) == (5, 4)
    assert [i.record_id for i in items(server, a)] == [contact, a]
    assert b and d


def test_before_the_directory_is_known_the_caseworker_has_no_name(server):
    server.arrive(Client, client_code="K-A", given_name="Amina", caseworker_id=CW1)
    (group,) = queue(server).groups
    assert (group.caseworker_id, group.name) == (CW1, None)  # "Unknown caseworker"


def test_a_review_needs_a_synced_record(server):
    with server.repo.write() as uow:
        local_only = uow.add(Client, client_code="K-L", given_name="Local").id
    with pytest.raises(LookupError), server.repo.write() as uow:
        rq.decide(uow, "client", local_only, "approve")
    with pytest.raises(ValueError), server.repo.write() as uow:
        rq.decide(uow, "client", local_only, "delete")
    with server.repo.read() as session:
        assert session.execute(text("SELECT count(*) FROM review")).scalar() == 0
