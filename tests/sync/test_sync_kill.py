"""``outreach sync`` killed (SIGKILL) at 50 random points of push, pull and apply, then
restarted: nothing committed is lost or stored twice, the vault opens every time, the
laptops converge with the server."""

from __future__ import annotations

import random
import signal
import subprocess
import time
from collections import Counter

import pytest
from sqlalchemy import text
from sync_world import add_clients

KILLS = 50
#: Pending mutations on the victim before each sync (a third clients, the rest contacts).
PENDING = 600


@pytest.mark.timeout(2400)
def test_sync_killed_at_random_points_loses_and_doubles_nothing(office, new_laptop):
    server = office.server
    cw1 = office.users["cw1"]
    rng = random.Random(2026)
    victim, feeder = new_laptop("cw1"), new_laptop("cw1")
    created: list[str] = []
    with feeder.open() as opened:  # on the server, for the victim to pull
        created += add_clients(opened.repository, 200, contacts=2, prefix="Feeder")
    feeder.sync()
    with victim.open() as opened:  # pending on the victim, to push
        created += add_clients(opened.repository, PENDING // 3, contacts=2, prefix="Victim")
    # the first sync runs to its end: how long a whole sync of this much work takes
    process = victim.popen("sync")
    began = wait_for_work(victim, process)
    process.communicate()
    assert process.returncode == 0
    longest = time.monotonic() - began
    outcomes: Counter[str] = Counter()
    for kill in range(KILLS):
        with victim.open() as opened:  # keep work to push: as much as the first sync had
            pending = victim_pending(opened)
            if pending < PENDING:
                created += add_clients(opened.repository, (PENDING - pending) // 3 + 1,
                                       contacts=2, prefix=f"Victim{kill}-")
        if kill % 5 == 4:  # and work to pull
            with feeder.open() as opened:
                created += add_clients(opened.repository, 60, contacts=2,
                                       prefix=f"Feeder{kill}-")
            feeder.sync()
        process = victim.popen("sync", "--verbose")
        # most points after the sync began its work (push, pull, apply), some during start
        began = wait_for_work(victim, process) if kill % 5 else time.monotonic()
        try:
            process.wait(timeout=rng.uniform(0, longest))
            longest = time.monotonic() - began  # it finished: the next point is inside
            outcomes["finished"] += 1
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            lines = process.communicate()[1].splitlines()
            outcomes[lines[-1].split(":")[0] if lines else "start"] += 1
        process.communicate()
        # the vault opens every time, its database is whole
        with victim.open() as opened, opened.repository.read() as session:
            assert session.execute(text("PRAGMA quick_check")).scalar() == "ok"
    print(f"kill points (the last progress line before the kill): {dict(outcomes)}")
    assert KILLS - outcomes["finished"] >= KILLS * 2 // 3, outcomes
    assert outcomes["push"] + outcomes["pull"] + outcomes["check"] >= KILLS // 5, outcomes

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


def victim_pending(opened) -> int:  # type: ignore[no-untyped-def]
    with opened.repository.read() as session:
        return int(session.execute(
            text("SELECT count(*) FROM outbox WHERE status = 'pending'")).scalar() or 0)


def wait_for_work(laptop, process) -> float:  # type: ignore[no-untyped-def]
    """When the sync began its work (the vault is unlocked and the engine writes its
    first bookkeeping, a change of the write-ahead log): the time, or now if it ended."""
    wal = laptop.data / "vault.db-wal"

    def state() -> tuple[int, int] | None:
        try:
            st = wal.stat()
        except FileNotFoundError:
            return None
        return st.st_mtime_ns, st.st_size

    before = state()
    deadline = time.monotonic() + 120
    while process.poll() is None and state() == before and time.monotonic() < deadline:
        time.sleep(0.005)
    return time.monotonic()
