"""``outreach sync`` killed (SIGKILL) at 50 random points of push, pull and apply, then
restarted: nothing committed is lost or stored twice, the vault opens every time, the
laptops converge with the server."""

from __future__ import annotations

import random
import signal
import time

import pytest
from sqlalchemy import text
from sync_world import add_clients

KILLS = 50


@pytest.mark.timeout(2400)
def test_sync_killed_at_random_points_loses_and_doubles_nothing(office, new_laptop):
    server = office.server
    cw1 = office.users["cw1"]
    rng = random.Random(2026)
    victim, feeder = new_laptop("cw1"), new_laptop("cw1")
    created: list[str] = []
    with feeder.open() as opened:  # on the server, for the victim to pull
        created += add_clients(opened.repository, 250, contacts=2, prefix="Feeder")
    started = time.monotonic()
    feeder.sync()
    push_seconds = time.monotonic() - started
    with victim.open() as opened:  # pending on the victim, to push
        created += add_clients(opened.repository, 250, contacts=2, prefix="Victim")
    # a sync of the victim both pushes and pulls as much as the feeder pushed
    longest = 2 * push_seconds
    outcomes = {"killed": 0, "finished": 0}
    for kill in range(KILLS):
        process = victim.popen("sync")
        time.sleep(rng.uniform(0, longest))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            outcomes["killed"] += 1
        else:
            outcomes["finished"] += 1
        process.communicate()
        # the vault opens every time, its database is whole
        with victim.open() as opened, opened.repository.read() as session:
            assert session.execute(text("PRAGMA quick_check")).scalar() == "ok"
            pending = session.execute(
                text("SELECT count(*) FROM outbox WHERE status = 'pending'")).scalar()
            if pending < 100:  # keep work to push
                created += add_clients(opened.repository, 150, contacts=2,
                                       prefix=f"Victim{kill}-")
        if kill % 5 == 4:  # and work to pull
            with feeder.open() as opened:
                created += add_clients(opened.repository, 100, contacts=2,
                                       prefix=f"Feeder{kill}-")
            feeder.sync()
    assert outcomes["killed"] >= KILLS // 2, outcomes

    for _ in range(3):  # restart: sync until done
        if victim.sync(check=False).returncode == 0 and victim.pending() == 0:
            break
    feeder.sync()
    live = server.live_rows(owner=cw1)
    # every record committed on either laptop is on the server once, as first written
    clients = {i for t, i in live if t == "client"}
    assert clients == set(created)
    assert sum(1 for t, _ in live if t == "contact") == 2 * len(created)
    assert set(live.values()) == {1}  # never edited: applied exactly once each
    (mutations,) = server.query("SELECT count(*), count(DISTINCT row_id) FROM sync_mutation "
                                "WHERE table_name IN ('client', 'contact')")
    assert mutations == (3 * len(created), 3 * len(created))
    for laptop in (victim, feeder):
        assert laptop.pending() == 0
        assert laptop.live_rows() == live
