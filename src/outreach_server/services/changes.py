"""The commit sequence: a cursor for pull that never skips a row.

Pull hands a device every change after its cursor. If the cursor were a plain serial
(or a timestamp) taken when a row is written, two transactions could commit out of
order: T1 takes 7, T2 takes 8 and commits, a device pulls up to 8, then T1 commits 7,
which that device never sees. So the number is taken as the *last* step of a writing
transaction, from a one-row counter (``change_counter``):

    UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value

The row lock this takes is held until COMMIT, so writers pass this point one at a time
and receive their numbers in the order they commit: a transaction can only take n+1
after the holder of n has committed (or rolled back, giving n back). PostgreSQL makes a
commit visible before it releases the transaction's locks, so any reader that sees seq n
also sees every seq below n. Each writer holds the lock only for the few statements
after it (stamping its changes and COMMIT), not for its whole work. On SQLite writers
are serialised by the database anyway (``BEGIN IMMEDIATE``, see ``db.py``); the same
statement keeps the code one.

The transactions that must take a number are those that change synced data; everything
else (logins, audit events, admin commands) does not touch the counter. Within one
transaction the changes are numbered by ``position``, so a pull cursor is the pair
``(seq, position)`` and a page may end in the middle of a transaction.
Alternatives considered: PostgreSQL's ``pg_current_xact_id()`` with snapshot xmin
filtering avoids the lock but needs dialect-specific reads and leaves SQLite out; an
advisory lock plus a sequence is equivalent to the counter row but PostgreSQL-only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from outreach_desktop.core.storage.models import utcnow
from outreach_server.models import ChangeCounter, SyncChange

OPS = ("upsert", "purge", "access")


@dataclass(frozen=True)
class Change:
    table_name: str
    row_id: str
    op: str
    client_id: str | None = None
    organisation_id: str | None = None
    team_id: str | None = None
    owner_user_id: str | None = None
    prev_organisation_id: str | None = None
    prev_team_id: str | None = None
    prev_owner_user_id: str | None = None


@dataclass
class ChangeSet:
    """The synced-row changes of one writing transaction, stamped by ``commit_changes``."""

    changes: list[Change] = field(default_factory=list)

    def add(self, change: Change) -> None:
        if change.op not in OPS:
            raise ValueError(f"unknown change op {change.op!r}")
        self.changes.append(change)


def take_commit_seq(session: Session) -> int:
    """The next commit sequence number; locks the counter until this transaction ends."""
    return session.execute(
        update(ChangeCounter).where(ChangeCounter.id == 1)
        .values(value=ChangeCounter.value + 1).returning(ChangeCounter.value)).scalar_one()


def commit_changes(session: Session, change_set: ChangeSet,
                   now: datetime | None = None) -> int | None:
    """Take a sequence number for ``change_set`` and write its changes under it. Call it
    as the last thing before the transaction commits. Returns the number (None when the
    set is empty: nothing to number, the counter is not touched)."""
    if not change_set.changes:
        return None
    seq = take_commit_seq(session)
    now = now or utcnow()
    session.add_all(
        SyncChange(seq=seq, position=i, table_name=c.table_name, row_id=c.row_id, op=c.op,
                   client_id=c.client_id, organisation_id=c.organisation_id,
                   team_id=c.team_id, owner_user_id=c.owner_user_id,
                   prev_organisation_id=c.prev_organisation_id, prev_team_id=c.prev_team_id,
                   prev_owner_user_id=c.prev_owner_user_id, committed_at=now)
        for i, c in enumerate(change_set.changes))
    session.flush()
    return seq


def changes_after(session: Session, seq: int, position: int, *, organisation_id: str,
                  limit: int) -> list[SyncChange]:
    """Changes of one organisation after the cursor ``(seq, position)``, in commit order.
    (Pull will narrow this to the caller's scope; here for the ordering guarantee.)"""
    return list(session.scalars(
        select(SyncChange)
        .where(SyncChange.organisation_id == organisation_id)
        .where((SyncChange.seq > seq) | ((SyncChange.seq == seq)
                                         & (SyncChange.position > position)))
        .order_by(SyncChange.seq, SyncChange.position)
        .limit(limit)))


def last_seq(session: Session) -> int:
    return session.execute(select(ChangeCounter.value).where(ChangeCounter.id == 1)).scalar_one()
