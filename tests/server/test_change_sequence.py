"""The commit sequence pull will read: numbers given in commit order, none skipped, each
transaction's changes under one number, pages that may end inside a transaction."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from outreach_server.db import Database
from outreach_server.models import SyncChange
from outreach_server.services.changes import (
    Change,
    ChangeSet,
    changes_after,
    commit_changes,
    last_seq,
)

ORG = "01a1feb2-0000-7000-8000-000000000001"


def _write(db: Database, *row_ids: str, org: str = ORG) -> int | None:
    with db.write() as session:
        change_set = ChangeSet()
        for row_id in row_ids:
            change_set.add(Change("client", row_id, "upsert", organisation_id=org))
        return commit_changes(session, change_set)


def test_a_transaction_without_changes_takes_no_number(db: Database):
    assert _write(db) is None
    with db.read() as session:
        assert last_seq(session) == 0


def test_each_transaction_takes_the_next_number(db: Database):
    assert _write(db, "a", "b", "c") == 1
    assert _write(db, "d") == 2
    with db.read() as session:
        rows = session.execute(select(SyncChange.seq, SyncChange.position, SyncChange.row_id)
                               .order_by(SyncChange.seq, SyncChange.position)).all()
    assert [tuple(r) for r in rows] == [(1, 0, "a"), (1, 1, "b"), (1, 2, "c"), (2, 0, "d")]


def test_a_rolled_back_transaction_gives_its_number_back(db: Database):
    _write(db, "a")
    try:
        with db.write() as session:
            change_set = ChangeSet()
            change_set.add(Change("client", "lost", "upsert", organisation_id=ORG))
            assert commit_changes(session, change_set) == 2
            raise RuntimeError("the request failed after numbering")
    except RuntimeError:
        pass
    assert _write(db, "b") == 2


def test_pages_follow_the_cursor_inside_and_across_transactions(db: Database):
    _write(db, "a", "b", "c")
    _write(db, "other-org", org="01a1feb2-0000-7000-8000-000000000002")
    _write(db, "d", "e")
    seen, cursor = [], (0, -1)
    with db.read() as session:
        while page := changes_after(session, *cursor, organisation_id=ORG, limit=2):
            seen.extend(c.row_id for c in page)
            cursor = (page[-1].seq, page[-1].position)
    assert seen == ["a", "b", "c", "d", "e"]


def test_concurrent_writers_get_distinct_gapless_numbers(db: Database):
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            for i in range(15):
                _write(db, f"{name}-{i}-x", f"{name}-{i}-y")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"w{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with db.read() as session:
        seqs = session.scalars(select(SyncChange.seq).distinct().order_by(SyncChange.seq)).all()
        per_seq = session.execute(select(SyncChange.seq, func.count()).group_by(SyncChange.seq)
                                  ).all()
        assert last_seq(session) == 60
    assert list(seqs) == list(range(1, 61))
    assert {n for _seq, n in per_seq} == {2}
