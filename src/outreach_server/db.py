"""Database engine and transactions, the same on SQLite and PostgreSQL.

``Database.write()`` is the one way to change data: on SQLite it begins ``IMMEDIATE`` (the
write lock is taken at once, so two writers queue instead of one failing with "database
is locked" half-way), on PostgreSQL it is a plain READ COMMITTED transaction. ``read()``
never writes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from outreach_desktop.core.fileio import ensure_private_dir

_BEGIN = "outreach_begin"


def normalise_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here (SQLAlchemy's default would be psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    # hide_parameters: an error message (and so a log line) never carries the values of a
    # statement, which may be personal data
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True, hide_parameters=True)
    path = make_url(url).database
    if path and path != ":memory:":
        _create_private(Path(path))
    # One connection per checkout: SQLite connections are cheap, and a pooled connection
    # would be shared across the threads FastAPI runs synchronous routes on.
    engine = create_engine(url, poolclass=NullPool, hide_parameters=True,
                           connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
        cursor = dbapi_connection.cursor()
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                       "busy_timeout=30000"):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get(_BEGIN, 'DEFERRED')}")

    return engine


def _create_private(path: Path) -> None:
    """The SQLite file readable by the owner only (SQLite gives its -wal and -shm files the
    database file's permissions), in a folder made owner-only if this creates it. A folder
    that exists keeps its permissions: tightening a shared one (say /tmp) would break
    everything else that uses it."""
    if not path.parent.exists():
        ensure_private_dir(path.parent)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))


class Database:
    """The engine and two session factories: one for reading, one for writing."""

    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        self.engine = make_engine(self.url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(**{_BEGIN: "IMMEDIATE"}), expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction commits when the block ends, or rolls back."""
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; closing it ends its transaction. Objects loaded keep
        their values after the block (they are detached, not expired)."""
        with self._read() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
