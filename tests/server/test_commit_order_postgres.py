"""On PostgreSQL, two transactions that commit out of order never make a pull skip a row.

The negative control shows the test can see the failure: numbers from a plain sequence,
taken while writing, let a pull skip the row of the transaction that commits last.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from outreach_server.db import Database
from outreach_server.services.changes import Change, ChangeSet, changes_after, commit_changes

ORG = "01a1feb2-0000-7000-8000-00000000000a"


@pytest.fixture
def pg(pg_database_url: str) -> Iterator[Database]:
    db = Database(pg_database_url)
    yield db
    db.dispose()


def _pull(db: Database, cursor: tuple[int, int]) -> tuple[list[str], tuple[int, int]]:
    rows: list[str] = []
    with db.read() as session:
        while page := changes_after(session, *cursor, organisation_id=ORG, limit=50):
            rows.extend(c.row_id for c in page)
            cursor = (page[-1].seq, page[-1].position)
    return rows, cursor


def _change_set(*row_ids: str) -> ChangeSet:
    change_set = ChangeSet()
    for row_id in row_ids:
        change_set.add(Change("client", row_id, "upsert", organisation_id=ORG))
    return change_set


def test_a_plain_sequence_loses_the_row_that_commits_last(pg: Database):
    """Negative control: what the commit sequence exists to prevent."""
    with pg.engine.begin() as conn:
        conn.execute(text("CREATE SEQUENCE naive_seq"))
        conn.execute(text("CREATE TABLE naive_change (seq bigint, row_id text)"))
    first, second = pg.engine.connect(), pg.engine.connect()
    try:
        first.begin()
        first.execute(text("INSERT INTO naive_change VALUES (nextval('naive_seq'), 'early')"))
        second.begin()
        second.execute(text("INSERT INTO naive_change VALUES (nextval('naive_seq'), 'late')"))
        second.commit()
        with pg.engine.connect() as reader:
            seen = reader.execute(text("SELECT seq, row_id FROM naive_change WHERE seq > 0")
                                  ).all()
        cursor = max(s for s, _ in seen)
        first.commit()
        with pg.engine.connect() as reader:
            later = reader.execute(text("SELECT row_id FROM naive_change WHERE seq > :c"),
                                   {"c": cursor}).scalars().all()
    finally:
        first.close()
        second.close()
    assert [r for _, r in seen] == ["late"]
    assert later == []  # "early" (seq 1) is never pulled: the device lost it


def test_the_second_writer_waits_for_the_first_to_commit(pg: Database):
    first_numbered, release_first = threading.Event(), threading.Event()
    numbers: dict[str, int | None] = {}

    def first() -> None:
        with pg.write() as session:
            numbers["first"] = commit_changes(session, _change_set("early"))
            first_numbered.set()
            release_first.wait(10)

    def second() -> None:
        with pg.write() as session:
            numbers["second"] = commit_changes(session, _change_set("late"))

    t1 = threading.Thread(target=first)
    t1.start()
    assert first_numbered.wait(10)
    t2 = threading.Thread(target=second)
    t2.start()
    time.sleep(0.5)
    assert t2.is_alive(), "the second writer must wait for the counter"
    seen, cursor = _pull(pg, (0, -1))
    assert seen == []  # nothing committed yet: the cursor stays where it was
    release_first.set()
    t1.join(10)
    t2.join(10)
    assert numbers == {"first": 1, "second": 2}
    seen, cursor = _pull(pg, cursor)
    assert seen == ["early", "late"]


def test_pulls_during_racing_writers_see_every_change_once(pg: Database):
    """Writers that dawdle between taking their number and committing, and a device
    pulling all along: every change arrives, none twice."""
    rng = random.Random(5)
    delays = [[rng.uniform(0, 0.02) for _ in range(12)] for _ in range(4)]
    done = threading.Event()
    written: list[str] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i, delay in enumerate(delays[n]):
                row_ids = [f"w{n}-{i}-a", f"w{n}-{i}-b"]
                with pg.write() as session:
                    time.sleep(delay / 2)  # the transaction's own work
                    commit_changes(session, _change_set(*row_ids))
                    time.sleep(delay)  # between numbering and COMMIT
                with lock:
                    written.extend(row_ids)
        except BaseException as exc:
            errors.append(exc)

    pulled: list[str] = []

    def device() -> None:
        cursor = (0, -1)
        try:
            while not done.is_set():
                rows, cursor = _pull(pg, cursor)
                pulled.extend(rows)
                time.sleep(0.003)
            rows, cursor = _pull(pg, cursor)
            pulled.extend(rows)
        except BaseException as exc:
            errors.append(exc)

    writers = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    reader = threading.Thread(target=device)
    reader.start()
    for t in writers:
        t.start()
    for t in writers:
        t.join(60)
    done.set()
    reader.join(60)
    assert errors == []
    assert len(pulled) == len(set(pulled)) == 4 * 12 * 2
    assert set(pulled) == set(written)
