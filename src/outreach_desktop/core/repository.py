"""The one way rows are written: every change also lands in the outbox and the history.

``UnitOfWork`` wraps one SQLAlchemy session transaction. ``add``, ``update`` and ``delete``
change a syncable row *and* append an outbox entry (for the sync engine) and a history
entry (who changed what, when) in that same transaction, so a crash leaves either all
three or none. A flush guard refuses any syncable row changed behind the repository's
back, so a later feature cannot forget the outbox by accident.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Table, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from outreach_desktop.core.errors import UnauthorisedWrite
from outreach_desktop.core.storage.engine import WRITE_OPTION, typed_db_errors
from outreach_desktop.core.storage.models import (
    Client,
    Syncable,
    new_id,
    utcnow,
)
from outreach_desktop.core.text_fold import fold_for_search

T = TypeVar("T", bound=Syncable)
_TOUCHED = "outreach_repository_touched"


def to_wire(value: Any) -> Any:
    """A JSON-safe form of a column value for the outbox and the history."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"$bytes": len(value)}  # blobs are sent from the row, never copied here
    return value


_COLUMNS: dict[type, list[str]] = {}


def _columns(model: type[Syncable]) -> list[str]:
    if model not in _COLUMNS:
        _COLUMNS[model] = [c.key for c in inspect(model).column_attrs]
    return _COLUMNS[model]


def _storage_format(column: Any) -> Callable[[Any], Any] | None:
    """How SQLAlchemy's SQLite dialect stores a value of this column (None: as it is).
    Bulk inserts hand rows straight to the driver: SQLAlchemy's per-parameter processing
    cost more than the insert itself at 100,000 rows."""
    kind = column.type
    if isinstance(kind, JSON):
        return json.dumps
    if isinstance(kind, DateTime):
        return _stored_datetime
    if isinstance(kind, Date):
        return date.isoformat
    if isinstance(kind, Boolean):
        return int
    return None


_BULK: dict[Table, tuple[str, list[str], list[tuple[int, Callable[[Any], Any]]]]] = {}


def _bulk_insert(table: Table) -> tuple[str, list[str], list[tuple[int, Callable[[Any], Any]]]]:
    """The INSERT statement of ``table`` for the driver, its column keys, and the
    positions whose values need converting (with the converter)."""
    if table not in _BULK:
        columns = [c for c in table.columns if not (c.primary_key and isinstance(c.type, Integer)
                                                    and c.autoincrement is True)]
        names = ", ".join(f'"{c.name}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        converters = [(i, f) for i, c in enumerate(columns)
                      if (f := _storage_format(c)) is not None]
        _BULK[table] = (f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})',
                        [c.key for c in columns], converters)
    return _BULK[table]


def _insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    sql, keys, converters = _bulk_insert(table)
    data = []
    for row in rows:
        values = [row.get(k) for k in keys]
        for i, convert in converters:
            if values[i] is not None:
                values[i] = convert(values[i])
        data.append(tuple(values))
    session.connection().exec_driver_sql(sql, data)  # type: ignore[arg-type]


def _stored_datetime(value: datetime) -> str:
    """A ``DateTime`` value as SQLAlchemy's SQLite dialect stores it."""
    return value.isoformat(" ", "microseconds")


_OUTBOX_INSERT = ("INSERT INTO outbox (mutation_id, table_name, row_id, op, changes, created_at) "
                  "VALUES (?, ?, ?, ?, ?, ?)")
_HISTORY_INSERT = ("INSERT INTO history (table_name, row_id, op, changes, changed_by, changed_at) "
                   "VALUES (?, ?, ?, ?, ?, ?)")
#: What outbox and history hold for an insert: no copy of the fields. The push sends the
#: row as stored (every content field, no base revision); the record shows "created".
INSERT_CHANGES = "{}"


def search_text_of(given_name: str, family_name: str, aliases: list[str]) -> str:
    """What the name index holds for a client: names and aliases, folded for search."""
    return fold_for_search(" ".join(p for p in [given_name, family_name, *aliases] if p))


def search_text(client: Client) -> str:
    return search_text_of(client.given_name, client.family_name, client.aliases)


_DEFAULTS: dict[type, dict[str, Any]] = {}


def _defaults(model: type[Syncable]) -> dict[str, Any]:
    """Column -> a function making its default (content columns only)."""
    if model in _DEFAULTS:
        return _DEFAULTS[model]
    made: dict[str, Any] = {}
    for col in inspect(model).columns:
        if col.key in Syncable.SYNC_META or col.default is None:
            continue
        default = col.default
        if default.is_callable:  # type: ignore[attr-defined]
            made[col.key] = lambda d=default: d.arg(None)  # type: ignore[attr-defined]
        else:
            made[col.key] = lambda d=default: d.arg  # type: ignore[attr-defined]
    _DEFAULTS[model] = made
    return made


class UnitOfWork:
    """One transaction of repository writes. Get one from ``Repository.write()``.

    Outbox, history and search-index rows are written in batches when the block ends
    (``finish``), still inside the same transaction.
    """

    def __init__(self, session: Session, actor: str) -> None:
        self.session = session
        self.actor = actor
        self._search_updates: dict[str, str | None] = {}  # client id -> names (None: remove)
        self._search_new: set[str] = set()  # clients inserted here: no index row to remove yet
        # Rows for the outbox and history tables, as the driver takes them.
        self._outbox: list[tuple[str, ...]] = []
        self._history: list[tuple[str, ...]] = []

    def _touch(self, obj: Syncable) -> None:
        self.session.info.setdefault(_TOUCHED, set()).add(obj)

    def add(self, model: type[T], **fields: Any) -> T:
        fields.setdefault("id", new_id())
        obj = model(**fields)
        obj.updated_by = self.actor
        obj.created_at = obj.updated_at = utcnow()
        self._touch(obj)
        self.session.add(obj)
        # Column defaults are applied at flush; apply them now so callers see real values.
        for key, value in _defaults(model).items():
            if getattr(obj, key) is None:
                setattr(obj, key, value())
        self._record_inserts(model, [{k: getattr(obj, k) for k in _columns(model)}],
                             obj.created_at)
        return obj

    def add_many(self, model: type[T], rows: list[dict[str, Any]]) -> list[str]:
        """Insert many rows at once (import, demo data): one statement, and the same
        outbox, history and search-index entries as ``add`` would make. Returns the ids."""
        if not rows:
            return []
        self.session.flush()  # rows added one by one before must exist first (foreign keys)
        defaults = _defaults(model).items()
        now = utcnow()
        meta = {"updated_by": self.actor, "created_at": now, "updated_at": now}
        complete = []
        for row in rows:
            values = dict(row)
            for key, make in defaults:
                if values.get(key) is None:
                    values[key] = make()
            if values.get("id") is None:
                values["id"] = new_id()
            values.update(meta)
            complete.append(values)
        _insert_many(self.session, model.__table__, complete)  # type: ignore[attr-defined]
        self._record_inserts(model, complete, now)
        return [values["id"] for values in complete]

    def _record_inserts(self, model: type[Syncable], rows: list[dict[str, Any]],
                        now: datetime) -> None:
        table: str = model.__tablename__  # type: ignore[attr-defined]
        stamp = _stored_datetime(now)
        self._outbox.extend((new_id(), table, values["id"], "insert", INSERT_CHANGES, stamp)
                            for values in rows)
        self._history.extend((table, values["id"], "insert", INSERT_CHANGES, self.actor, stamp)
                             for values in rows)
        if model is Client:
            for values in rows:
                self._search_new.add(values["id"])
                self._search_updates[values["id"]] = search_text_of(
                    values.get("given_name") or "", values.get("family_name") or "",
                    values.get("aliases") or [])

    def apply_reference(self, model: type[T], **fields: Any) -> T:
        """Write reference data (catalogues, teams) as it came from the server or the
        shipped defaults: no outbox entry, since this device does not publish it."""
        fields.setdefault("id", new_id())
        obj = model(**fields)
        obj.created_at = obj.updated_at = utcnow()
        self._touch(obj)
        self.session.add(obj)
        return obj

    def update(self, obj: T, **fields: Any) -> T:
        changes: dict[str, Any] = {}
        history: dict[str, Any] = {}
        for key, value in fields.items():
            if key in Syncable.SYNC_META:
                raise ValueError(f"{key} is bookkeeping and cannot be set")
            old = getattr(obj, key)
            if old == value:
                continue
            setattr(obj, key, value)
            # "old" stays on this device: a rejected change can be discarded with it.
            changes[key] = {"value": to_wire(value), "base_rev": obj.server_rev,
                            "old": to_wire(old)}
            history[key] = [to_wire(old), to_wire(value)]
        if not changes:
            return obj
        obj.updated_by = self.actor
        obj.updated_at = utcnow()
        self._touch(obj)
        self._record(obj.__tablename__, obj.id, "update", changes, history)  # type: ignore[attr-defined]
        if isinstance(obj, Client) and {"given_name", "family_name", "aliases"} & changes.keys():
            self._search_updates[obj.id] = search_text(obj)
        return obj

    def delete(self, obj: Syncable) -> None:
        """Tombstone: the row stays (for sync) but is gone from every view and search."""
        if obj.deleted_at is not None:
            return
        obj.deleted_at = utcnow()
        obj.updated_by = self.actor
        obj.updated_at = obj.deleted_at
        self._touch(obj)
        self._record(obj.__tablename__, obj.id, "delete",  # type: ignore[attr-defined]
                     {"deleted_at": {"value": to_wire(obj.deleted_at),
                                     "base_rev": obj.server_rev}}, {})
        if isinstance(obj, Client):
            self._search_updates[obj.id] = None

    def refresh_search(self, client_id: str) -> None:
        """Index the client's names as stored now (after a write past ``update``)."""
        client = self.session.get(Client, client_id)
        self._search_updates[client_id] = (search_text(client) if client is not None
                                           and client.deleted_at is None else None)

    def _record(self, table: str, row_id: str, op: str, changes: dict, history: dict) -> None:
        stamp = _stored_datetime(utcnow())
        self._outbox.append((new_id(), table, row_id, op, json.dumps(changes), stamp))
        self._history.append((table, row_id, op, json.dumps(history), self.actor, stamp))

    def finish(self) -> None:
        """Flush the rows, then write outbox, history and the name search index in batches
        (an ORM object or a statement per change would cost a flush each; an import of
        10,000 rows went from a minute to seconds). Runs inside the transaction."""
        self.session.flush()
        if self._outbox:
            connection = self.session.connection()
            connection.exec_driver_sql(_OUTBOX_INSERT, self._outbox)  # type: ignore[arg-type]
            connection.exec_driver_sql(_HISTORY_INSERT, self._history)  # type: ignore[arg-type]
            self._outbox.clear()
            self._history.clear()
        if not self._search_updates:
            return
        # The index row of a client has the client row's rowid (see migration 0002): deleting
        # and finding it is a rowid lookup. New clients of this unit have none yet.
        ids = [{"id": i} for i in self._search_updates if i not in self._search_new]
        if ids:
            self.session.execute(text("DELETE FROM client_search WHERE rowid = "
                                      "(SELECT rowid FROM client WHERE id = :id)"), ids)
        rows = [{"id": i, "names": n} for i, n in self._search_updates.items() if n is not None]
        if rows:
            self.session.execute(text("INSERT INTO client_search (rowid, names) "
                                      "SELECT rowid, :names FROM client WHERE id = :id"), rows)
        self._search_updates.clear()
        self._search_new.clear()


def _guard_flush(session: Session, _ctx: object, _instances: object) -> None:
    touched = session.info.get(_TOUCHED, set())
    for obj in (*session.new, *session.dirty):
        if isinstance(obj, Syncable) and obj not in touched and session.is_modified(obj):
            raise UnauthorisedWrite(type(obj).__name__)
    for obj in session.deleted:
        if isinstance(obj, Syncable):
            raise UnauthorisedWrite(type(obj).__name__)


def _clear_touched(session: Session, *_args: object) -> None:
    session.info.pop(_TOUCHED, None)


class Repository:
    """Opens sessions on the vault's engine: ``read()`` for queries, ``write()`` for changes."""

    def __init__(self, session_factory: sessionmaker[Session], actor: str = "local") -> None:
        self._sessions = session_factory
        self.actor = actor
        #: Goes up with every committed write: caches of query results compare it.
        self.generation = 0
        #: Derived data kept between queries (e.g. the client list order), by name.
        self.caches: dict[str, Any] = {}
        event.listen(session_factory, "before_flush", _guard_flush)
        event.listen(session_factory, "after_commit", _clear_touched)
        event.listen(session_factory, "after_rollback", _clear_touched)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with typed_db_errors(), self._sessions() as session:
            session.info["repository"] = self
            yield session

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with typed_db_errors(), self._sessions() as session, session.begin():
            session.connection(execution_options={WRITE_OPTION: True})
            uow = UnitOfWork(session, self.actor)
            yield uow
            uow.finish()
            self.generation += 1  # even if the commit then fails: a cache rebuild is cheap

    def outbox_size(self) -> int:
        with self.read() as session:
            return int(session.execute(text("SELECT count(*) FROM outbox")).scalar_one())
