"""Two laptops and a supervisor against the real server process over HTTP: create offline,
sync, the second device receives; the same field edited on both becomes a conflict seen on
both; resolved on one, both converge; the supervisor's review arrives; no name in clear."""

from __future__ import annotations

from datetime import date

import httpx
from sync_world import Laptop, add_clients

from outreach_desktop.core import casework
from outreach_desktop.core.storage.models import Client
from outreach_desktop.core.sync.local import client_reviews, open_conflicts, resolve_conflict
from privacy_markers import MARKERS, marker_hits


def assert_converged(laptop: Laptop, server, owner: str) -> None:
    theirs = server.live_rows(owner=owner)
    mine = laptop.live_rows()
    assert mine == theirs
    assert laptop.pending() == 0


def test_two_laptops_conflict_resolve_converge_and_review(office, new_laptop):
    server = office.server
    cw1 = office.users["cw1"]
    one = new_laptop("cw1")
    two = new_laptop("cw1")  # the same caseworker's second device
    with one.open() as opened:  # offline work on laptop 1
        ids = add_clients(opened.repository, 5)
        with opened.repository.write() as uow:
            marker = casework.create_client(uow, MARKERS[0], MARKERS[1], date(2001, 2, 3))
        ids.append(marker.id)
    one.sync()
    assert laptop_status(one)["pending"] == 0
    two.sync()
    assert_converged(one, server, cw1)
    assert_converged(two, server, cw1)
    target = ids[0]
    with two.open() as opened, opened.repository.read() as session:
        assert {c.id for c in session.query(Client)} >= set(ids)

    # the same field, edited differently on both devices while offline
    for laptop, value in ((one, "Kalk-Nord"), (two, "Vingst")):
        with laptop.open() as opened, opened.repository.write() as uow:
            casework.update_client(uow, uow.session.get(Client, target), district=value)
    one.sync()
    two.sync()
    one.sync()
    views = {}
    for laptop in (one, two):
        with laptop.open() as opened, opened.repository.read() as session:
            views[laptop.root.name] = open_conflicts(session)
    assert [v.field for v in views[one.root.name]] == ["district"], views
    assert [v.field for v in views[two.root.name]] == ["district"], views
    conflict = views[two.root.name][0]
    assert conflict.record_id == target
    assert {conflict.server_value, conflict.device_value} == {"Kalk-Nord", "Vingst"}

    # resolved on laptop 2 (its own value), then both sync
    with two.open() as opened, opened.repository.write() as uow:
        resolve_conflict(uow, conflict.id, "device")
    two.sync()
    one.sync()
    two.sync()
    for laptop in (one, two):
        with laptop.open() as opened, opened.repository.read() as session:
            assert open_conflicts(session) == []
            assert session.get(Client, target).district == conflict.device_value
        assert_converged(laptop, server, cw1)
    assert server.client_fields(target)["district"] == conflict.device_value

    # the supervisor reviews the client record over HTTP; it arrives on both laptops
    rev = server.live_rows(owner=cw1)[("client", target)]
    answer = httpx.post(f"{server.url}/v1/reviews", timeout=30,
                        headers={"Authorization": f"Bearer {office.supervisor_token}"},
                        json={"client_id": target, "record_table": "client",
                              "record_id": target, "record_rev": rev, "kind": "return",
                              "body": "Bitte Bezirk prüfen"})
    assert answer.status_code == 201, answer.text
    for laptop in (one, two):
        laptop.sync()
        with laptop.open() as opened, opened.repository.read() as session:
            reviews = client_reviews(session, target)
        assert [(r.kind, r.body, r.read) for r in reviews] == [
            ("return", "Bitte Bezirk prüfen", False)]
        assert laptop_status(laptop)["unread_reviews"] == 1
        assert_converged(laptop, server, cw1)

    # no name in clear in any file of either laptop's folders
    assert marker_hits(one.root, two.root) == []


def laptop_status(laptop: Laptop) -> dict:
    return laptop.status()["sync"]
