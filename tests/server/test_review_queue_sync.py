"""The review queue against the real server over HTTP: a caseworker's laptop and a
supervisor's laptop (real vaults, the app's sync engine). A change reaches the
supervisor's queue with the changed field; a "seen" takes it out until the next change;
a goal agreement returned with a comment reaches the caseworker, naming the revision,
and shows as outdated once the caseworker edits it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from outreach_desktop.core.storage.models import Contact, FormResponse, Review
from outreach_desktop.core.supervision import review_queue as rq
from outreach_desktop.core.sync import local
from server.test_app_sync_engine import Laptop, world  # noqa: F401

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def laptops(tmp_path: Path, memory_keyring, db, settings, base_url, world):  # type: ignore[no-untyped-def]  # noqa: F811
    caseworker = Laptop(tmp_path / "cw", memory_keyring, db, settings, base_url, "cw")
    supervisor = Laptop(tmp_path / "sup", memory_keyring, db, settings, base_url, "sup")
    yield caseworker, supervisor
    caseworker.opened.close()
    supervisor.opened.close()


def queue_items(laptop: Laptop) -> dict[str, rq.QueueItem]:
    with laptop.repo.read() as session:
        queue = rq.load_queue(session)
        return {item.record_id: item for group in queue.groups for client in group.clients
                for item in rq.client_items(session, client.client_id)}


def test_a_caseworkers_change_appears_in_the_supervisors_queue_until_seen(laptops, world):  # noqa: F811
    cw, sup = laptops
    client_id = cw.add_client("Amina")
    cw.sync()
    sup.sync()
    with sup.repo.read() as session:
        queue = rq.load_queue(session)
    assert queue.clients == 1 and queue.total == 2  # the client and its contact
    group = queue.groups[0]
    assert group.caseworker_id == world["cw"].user_id
    assert group.name == "cw"  # the directory's name (the username when no display name)
    assert group.clients[0].client_id == client_id and group.clients[0].name == "Amina Haddad"
    with sup.repo.write() as uow:
        rq.mark_seen(uow, queue_items(sup).values())
    assert queue_items(sup) == {}
    sup.sync()  # the "seen" reviews go to the server
    assert local.sync_status(sup.repo).problems == 0
    assert queue_items(sup) == {}

    # the caseworker changes the contact: it comes back with the changed field
    with cw.repo.write() as uow:
        contact = uow.session.query(Contact).filter_by(client_id=client_id).one()
        uow.update(contact, kind="phone", duration_minutes=20)
        contact_id = contact.id
    cw.sync()
    sup.sync()
    items = queue_items(sup)
    assert list(items) == [contact_id]
    item = items[contact_id]
    assert item.op == "changed" and item.server_rev == 2
    assert item.changed_by == world["cw"].user_id
    assert {(c.field, c.old, c.new) for c in item.changes} == {
        ("kind", "street", "phone"), ("duration_minutes", None, 20)}
    assert [(r.kind, r.record_rev, r.outdated) for r in item.reviews] == [("seen", 1, True)]
    with sup.repo.write() as uow:
        rq.mark_seen(uow, [item])
    sup.sync()
    assert queue_items(sup) == {}
    # the caseworker's laptop gets the "seen" reviews too; they are no feedback to act on
    cw.sync()
    with cw.repo.read() as session:
        arrived = session.scalars(select(Review.kind).where(Review.client_id == client_id))
        assert set(arrived) == {"seen"}
        assert local.client_reviews(session, client_id) == []
        assert local.unread_reviews(session) == []


def test_a_returned_goal_agreement_reaches_the_caseworker_and_becomes_outdated(laptops):
    cw, sup = laptops
    client_id = cw.add_client("Bilal")
    with cw.repo.write() as uow:
        agreement = uow.add(FormResponse, client_id=client_id, form_id="goal_agreement",
                            form_version=1, language="de", status="final",
                            answers={"goal_1": "Deutschkurs B1"}).id
    cw.sync()
    sup.sync()
    with sup.repo.write() as uow:  # looked at everything: the agreement still waits
        rq.mark_seen(uow, queue_items(sup).values())
    items = queue_items(sup)
    assert list(items) == [agreement] and items[agreement].decision_needed == "goal_agreement"
    with sup.repo.read() as session:
        assert rq.load_queue(session).groups[0].clients[0].decisions == ["goal_agreement"]
    with sup.repo.write() as uow:
        rq.decide(uow, "form_response", agreement, "return", "Ziel 1 bitte mit Termin.")
    assert queue_items(sup) == {}
    report = sup.sync()
    assert report.rejected == 0 and local.sync_status(sup.repo).problems == 0

    cw.sync()
    with cw.repo.read() as session:
        returned = [r for r in local.client_reviews(session, client_id) if r.kind == "return"]
    assert len(returned) == 1
    assert (returned[0].record_id, returned[0].body, returned[0].record_rev,
            returned[0].outdated) == (agreement, "Ziel 1 bitte mit Termin.", 1, False)

    # the caseworker corrects it: the return shows as outdated there, and the
    # supervisor's queue has the agreement again, waiting for a decision
    with cw.repo.write() as uow:
        uow.update(uow.session.get(FormResponse, agreement),
                   answers={"goal_1": "Deutschkurs B1 bis Juni"})
    cw.sync()
    with cw.repo.read() as session:
        returned = [r for r in local.client_reviews(session, client_id) if r.kind == "return"]
    assert returned[0].outdated
    sup.sync()
    items = queue_items(sup)
    assert list(items) == [agreement]
    assert items[agreement].decision_needed == "goal_agreement"
    assert [c.field for c in items[agreement].changes] == ["answers"]
    assert [(r.kind, r.outdated) for r in items[agreement].reviews if r.kind == "return"] == [
        ("return", True)]
    with sup.repo.write() as uow:
        rq.decide(uow, "form_response", agreement, "approve")
    sup.sync()
    assert queue_items(sup) == {}
