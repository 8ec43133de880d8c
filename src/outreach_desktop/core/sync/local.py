"""What the device knows about sync, and what a person decides about it.

- ``SyncConfig``: the enrolment (server, device token, user, role, CA) and the sync
  bookkeeping (cursor, last sync, last problem), kept in ``local_state`` inside the
  encrypted database only.
- ``sync_status``: pending changes, problems, open conflicts, unread reviews, last sync.
- ``record_states``: each record's state (pending, synced, conflict, rejected, local).
- conflicts: list them, resolve them (the decision syncs as an ordinary change).
- problem changes: rejected or refused outbox entries, sent again after a correction or
  discarded.
- reviews: a supervisor's comments and decisions, unread until marked read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, text, update
from sqlalchemy.orm import Session

from outreach_desktop.core.repository import Repository, UnitOfWork
from outreach_desktop.core.storage.engine import in_chunks
from outreach_desktop.core.storage.models import (
    MODEL_BY_TABLE,
    Client,
    Conflict,
    LocalState,
    OutboxEntry,
    Review,
    new_id,
    utcnow,
)
from outreach_desktop.core.sync.tables import CLIENT_TABLES, CONFLICT_RESOLUTIONS, FIELDS, PARENT
from outreach_desktop.core.sync.wire import from_wire, to_wire

#: Record states, most pressing first.
STATES = ("conflict", "rejected", "pending", "synced", "local")
_CONFIG_KEY = "sync"
_DIRECTORY_KEY = "directory"


@dataclass
class SyncConfig:
    """Enrolment and bookkeeping; ``device_token`` never leaves the encrypted database."""

    server_url: str = ""
    device_token: str = ""
    device_id: str = ""
    user_id: str = ""
    organisation_id: str = ""
    role: str = ""
    ca_pem: str | None = None
    cursor: str | None = None
    #: Set while a fresh download runs (its own cursor); cleared when it completes.
    download_cursor: str | None = None
    last_success_at: str | None = None
    last_attempt_at: str | None = None
    last_problem: str | None = None
    clock_skew_seconds: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def enrolled(self) -> bool:
        return bool(self.server_url and self.device_token)

    @classmethod
    def load(cls, session: Session) -> SyncConfig:
        value = session.get(LocalState, _CONFIG_KEY)
        if value is None or not isinstance(value.value, dict):
            return cls()
        known = {k: v for k, v in value.value.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, session: Session) -> None:
        session.merge(LocalState(key=_CONFIG_KEY, value=asdict(self)))


def load_config(repository: Repository) -> SyncConfig:
    with repository.read() as session:
        return SyncConfig.load(session)


def update_config(repository: Repository, **changes: Any) -> SyncConfig:
    with repository.write() as uow:
        config = SyncConfig.load(uow.session)
        for key, value in changes.items():
            setattr(config, key, value)
        config.save(uow.session)
        return config


# --- colleagues ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Member:
    """A colleague from the server's directory (``GET /v1/directory``)."""

    user_id: str
    name: str
    role: str
    team_id: str | None
    active: bool = True


def directory(session: Session) -> dict[str, Member]:
    """The team's members by user id, as the last sync of a supervisor's device fetched
    them (empty before, and on a caseworker's device)."""
    value = session.get(LocalState, _DIRECTORY_KEY)
    members = value.value if value is not None and isinstance(value.value, list) else []
    return {m["user_id"]: Member(str(m["user_id"]), str(m.get("display_name") or ""),
                                 str(m.get("role") or ""), m.get("team_id"),
                                 bool(m.get("active", True)))
            for m in members if isinstance(m, dict) and m.get("user_id")}


def save_directory(repository: Repository, members: list[dict[str, Any]]) -> None:
    with repository.write() as uow:
        uow.session.merge(LocalState(key=_DIRECTORY_KEY, value=[
            {"user_id": m.get("user_id"), "display_name": m.get("display_name"),
             "role": m.get("role"), "team_id": m.get("team_id"),
             "active": m.get("active", True) is not False}
            for m in members]))


# --- status ---------------------------------------------------------------------------------
@dataclass
class SyncStatus:
    enrolled: bool
    server_url: str
    role: str
    user_id: str
    device_id: str
    pending: int
    problems: int  # rejected or refused changes waiting for a person
    conflicts: int  # open conflict records
    unread_reviews: int
    last_success_at: str | None
    last_attempt_at: str | None
    last_problem: str | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def sync_status(repository: Repository) -> SyncStatus:
    with repository.read() as session:
        config = SyncConfig.load(session)
        counts = dict(session.execute(
            select(OutboxEntry.status, func.count()).group_by(OutboxEntry.status)).all())
        conflicts = session.scalar(select(func.count()).select_from(Conflict).where(
            Conflict.resolution.is_(None), Conflict.deleted_at.is_(None))) or 0
        unread = session.scalar(select(func.count()).select_from(Review).where(
            Review.read_at.is_(None), *_feedback(config.user_id))) or 0
    return SyncStatus(
        enrolled=config.enrolled, server_url=config.server_url, role=config.role,
        user_id=config.user_id, device_id=config.device_id,
        pending=int(counts.get("pending", 0)),
        problems=int(counts.get("rejected", 0)) + int(counts.get("refused", 0)),
        conflicts=int(conflicts), unread_reviews=int(unread),
        last_success_at=config.last_success_at, last_attempt_at=config.last_attempt_at,
        last_problem=config.last_problem)


def record_states(session: Session, row_ids: Iterable[str]) -> dict[str, str]:
    """The sync state of each record: ``conflict`` (an open conflict names it),
    ``rejected`` (a change the server refused waits for a person), ``pending`` (a change
    waits for the push), ``synced`` or ``local`` (never synced, nothing waiting)."""
    ids = list(dict.fromkeys(row_ids))
    states: dict[str, str] = {}
    for chunk, _marks in in_chunks(ids):
        for row_id, status in session.execute(
                select(OutboxEntry.row_id, OutboxEntry.status)
                .where(OutboxEntry.row_id.in_(chunk))):
            state = "pending" if status == "pending" else "rejected"
            if STATES.index(state) < STATES.index(states.get(row_id, "local")):
                states[row_id] = state
        for (row_id,) in session.execute(
                select(Conflict.record_id).where(Conflict.record_id.in_(chunk),
                                                 Conflict.resolution.is_(None),
                                                 Conflict.deleted_at.is_(None))):
            states[row_id] = "conflict"
    missing = [i for i in ids if i not in states]
    for table, model in MODEL_BY_TABLE.items():
        if not missing or table not in CLIENT_TABLES:
            continue
        for chunk, _marks in in_chunks(missing):
            for (row_id,) in session.execute(
                    select(model.id).where(model.id.in_(chunk),
                                           model.server_rev.is_not(None))):
                states[row_id] = "synced"
    return {i: states.get(i, "local") for i in ids}


_ROWS_OF_CLIENT: dict[str, str] = {
    "goal": "SELECT t.id FROM goal t JOIN case_file c ON t.case_id = c.id "
            "WHERE c.client_id = :id",
    "goal_step": "SELECT t.id FROM goal_step t JOIN goal g ON t.goal_id = g.id "
                 "JOIN case_file c ON g.case_id = c.id WHERE c.client_id = :id",
}


def client_row_ids(session: Session, client_id: str) -> dict[str, list[str]]:
    """Table -> ids of a client's row and every row that hangs on it (any depth), plus
    the conflict and review records about the client."""
    found: dict[str, list[str]] = {"client": [client_id]}
    for table in (*CLIENT_TABLES[1:], "conflict", "review"):
        sql = _ROWS_OF_CLIENT.get(table, f'SELECT id FROM "{table}" WHERE client_id = :id')
        found[table] = [r[0] for r in session.execute(text(sql), {"id": client_id})]
    return found


# --- conflicts ------------------------------------------------------------------------------
@dataclass
class ConflictView:
    """One open conflict, ready to show: both values (wire form) with who and when."""

    id: str
    client_id: str
    client_code: str | None
    record_table: str
    record_id: str
    field: str
    server_value: Any
    device_value: Any
    server_by: str | None  # who wrote the value the server kept (a user id)
    server_at: datetime | None
    device_by: str | None  # who made this device's change (a user id)
    device_at: datetime  # when the conflict arose (the push)
    is_text: bool  # both values are texts: "combine" is offered
    record_deleted: bool  # the record was deleted meanwhile: only "server" can be chosen


def open_conflicts(session: Session, client_id: str | None = None) -> list[ConflictView]:
    query = select(Conflict).where(Conflict.resolution.is_(None), Conflict.deleted_at.is_(None))
    if client_id is not None:
        query = query.where(Conflict.client_id == client_id)
    views = []
    for c in session.scalars(query.order_by(Conflict.created_at, Conflict.id)):
        model = MODEL_BY_TABLE.get(c.record_table)
        record = session.get(model, c.record_id) if model is not None else None
        client = session.get(Client, c.client_id)
        spec = FIELDS.get(c.record_table, {}).get(c.field)
        views.append(ConflictView(
            id=c.id, client_id=c.client_id, client_code=client.client_code if client else None,
            record_table=c.record_table, record_id=c.record_id, field=c.field,
            server_value=c.server_value, device_value=c.device_value,
            server_by=record.updated_by if record is not None else None,
            server_at=record.updated_at if record is not None else None,
            device_by=c.user_id, device_at=c.created_at,
            is_text=spec is not None and spec.kind == "text"
            and isinstance(c.server_value, str | None) and isinstance(c.device_value, str),
            record_deleted=c.field == "deleted_at" or record is None
            or record.deleted_at is not None))
    return views


def resolve_conflict(uow: UnitOfWork, conflict_id: str, choice: str,
                     combined: Any = None) -> None:
    """Decide an open conflict: keep the ``server`` value, take the ``device`` value, or
    a ``combined`` one (a text the person wrote from both). The record's new value and the
    decision are ordinary changes: they sync like any other."""
    if choice not in CONFLICT_RESOLUTIONS:
        raise ValueError(choice)
    conflict = uow.session.get(Conflict, conflict_id)
    if conflict is None or conflict.resolution is not None:
        raise LookupError(conflict_id)
    model = MODEL_BY_TABLE.get(conflict.record_table)
    record = uow.session.get(model, conflict.record_id) if model is not None else None
    if choice != "server":
        if record is None or record.deleted_at is not None or conflict.field == "deleted_at":
            raise ValueError("a deleted record keeps the server's decision")
        value = conflict.device_value if choice == "device" else combined
        spec = FIELDS[conflict.record_table][conflict.field]
        uow.update(record, **{conflict.field: from_wire(spec, value)})
    uow.update(conflict, resolution=choice)


# --- changes that wait for a person ---------------------------------------------------------
@dataclass
class ProblemChange:
    seq: int
    mutation_id: str
    table: str
    row_id: str
    client_id: str | None
    op: str
    status: str  # rejected | refused
    errors: dict[str, str]
    created_at: datetime


def _client_of(session: Session, table: str, row_id: str) -> str | None:
    while table != "client":
        if table not in PARENT:
            return None
        parent_table, parent_field = PARENT[table]
        model = MODEL_BY_TABLE[table]
        parent_id = session.scalar(select(getattr(model, parent_field)).where(model.id == row_id))
        if parent_id is None:
            return None
        row_id, table = str(parent_id), parent_table
    return row_id


def problem_changes(session: Session, client_id: str | None = None) -> list[ProblemChange]:
    found = []
    for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.status != "pending")
                                 .order_by(OutboxEntry.seq)):
        owner = _client_of(session, entry.table_name, entry.row_id)
        if client_id is not None and owner != client_id:
            continue
        found.append(ProblemChange(entry.seq, entry.mutation_id, entry.table_name,
                                   entry.row_id, owner, entry.op, entry.status,
                                   dict(entry.errors or {}), entry.created_at))
    return found


def field_problems(session: Session, row_id: str) -> dict[str, str]:
    """Field -> the server's reason code, for a record's rejected changes."""
    found: dict[str, str] = {}
    for errors in session.scalars(select(OutboxEntry.errors).where(
            OutboxEntry.row_id == row_id, OutboxEntry.status != "pending")):
        found.update(errors or {})
    return found


def retry_change(uow: UnitOfWork, seq: int) -> None:
    """Send a rejected change again, with the record's values as they are now (the person
    corrected them). It gets a new mutation id: the server keeps its answer to the old."""
    entry = uow.session.get(OutboxEntry, seq)
    if entry is None or entry.status == "pending":
        raise LookupError(seq)
    if entry.op == "update":
        model = MODEL_BY_TABLE[entry.table_name]
        record = uow.session.get(model, entry.row_id)
        changes = dict(entry.changes)
        if record is not None:
            for name, change in changes.items():
                spec = FIELDS[entry.table_name].get(name)
                if spec is not None:
                    changes[name] = {**change, "value": to_wire(spec, getattr(record, name))}
        entry.changes = changes
    entry.mutation_id = new_id()
    entry.status, entry.errors = "pending", None


def discard_change(uow: UnitOfWork, seq: int) -> None:
    """Give up a rejected or refused change: an edit's fields go back to what they were
    before it, a new record (never accepted) is removed from view, a deletion is undone."""
    entry = uow.session.get(OutboxEntry, seq)
    if entry is None or entry.status == "pending":
        raise LookupError(seq)
    model = MODEL_BY_TABLE[entry.table_name]
    table = entry.table_name
    later: set[str] = set()
    for changes in uow.session.scalars(select(OutboxEntry.changes).where(
            OutboxEntry.row_id == entry.row_id, OutboxEntry.seq > seq)):
        later.update(changes or {})
    record = uow.session.get(model, entry.row_id)
    assignments: dict[str, Any] = {}
    if record is not None:
        if entry.op == "update":
            for name, change in entry.changes.items():
                spec = FIELDS[table].get(name)
                if spec is not None and name not in later and "old" in change:
                    assignments[name] = from_wire(spec, change["old"])
        elif entry.op == "insert":
            assignments["deleted_at"] = utcnow()
        elif entry.op == "delete":
            assignments["deleted_at"] = None
    uow.session.delete(entry)
    if assignments and record is not None:
        # A local correction, not a change to send: written past the outbox on purpose.
        uow.session.execute(update(model).where(model.id == record.id).values(**assignments))
        uow.session.expire(record)
        if table == "client":
            uow.refresh_search(record.id)


# --- reviews --------------------------------------------------------------------------------
@dataclass
class ReviewView:
    id: str
    client_id: str
    client_code: str | None
    record_table: str
    record_id: str
    record_rev: int
    kind: str
    body: str
    author_id: str | None
    created_at: datetime
    read: bool
    outdated: bool  # the record changed since the revision reviewed


def _review_views(session: Session, query: Any) -> list[ReviewView]:
    views = []
    for r in session.scalars(query.order_by(Review.created_at.desc(), Review.id)):
        model = MODEL_BY_TABLE.get(r.record_table)
        record = session.get(model, r.record_id) if model is not None else None
        client = session.get(Client, r.client_id)
        views.append(ReviewView(
            id=r.id, client_id=r.client_id, client_code=client.client_code if client else None,
            record_table=r.record_table, record_id=r.record_id, record_rev=r.record_rev,
            kind=r.kind, body=r.body, author_id=r.author_id, created_at=r.created_at,
            read=r.read_at is not None,
            outdated=record is not None and (record.server_rev or 0) > r.record_rev))
    return views


def _feedback(user_id: str) -> list[Any]:
    """Reviews that are feedback for this device's user: not a "seen" mark (nothing to
    read), not the user's own (a supervisor's decisions come back by pull)."""
    terms = [Review.kind != "seen", Review.deleted_at.is_(None)]
    if user_id:
        terms.append(or_(Review.author_id.is_(None), Review.author_id != user_id))
    return terms


def unread_reviews(session: Session) -> list[ReviewView]:
    """A supervisor's feedback not read yet."""
    user_id = SyncConfig.load(session).user_id
    return _review_views(session, select(Review).where(Review.read_at.is_(None),
                                                       *_feedback(user_id)))


def client_reviews(session: Session, client_id: str) -> list[ReviewView]:
    """A supervisor's feedback on the client's records."""
    user_id = SyncConfig.load(session).user_id
    return _review_views(session, select(Review).where(Review.client_id == client_id,
                                                       *_feedback(user_id)))


def mark_reviews_read(session: Session, review_ids: Iterable[str]) -> None:
    """This device's own mark (never synced): a plain update, past the outbox."""
    ids = list(review_ids)
    if ids:
        session.execute(update(Review).where(Review.id.in_(ids), Review.read_at.is_(None))
                        .values(read_at=utcnow()))


def describe_changes(changes: Any) -> dict[str, Any]:
    """An outbox entry's changes as the push sends them (without the local ``old``)."""
    data = changes if isinstance(changes, dict) else json.loads(changes or "{}")
    return {name: {"value": c.get("value"), "base_rev": c.get("base_rev")}
            for name, c in data.items()}
