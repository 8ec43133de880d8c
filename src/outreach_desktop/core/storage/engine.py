"""SQLCipher connections for SQLAlchemy.

``create_engine("sqlite://", creator=...)`` so the raw key is the very first statement
on every connection (SQLAlchemy's pysqlcipher dialect sends an empty key first).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.pool import QueuePool

from outreach_desktop.core.errors import CipherUnavailable, DatabaseCorrupt, DiskFull

_CORRUPT_MARKERS = ("file is not a database", "malformed", "hmac check failed", "not an error")
_PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    # 64 MiB of decrypted pages per connection (default 2 MiB): a search over 100,000
    # clients touches more pages than that, and each miss means decrypting again.
    "PRAGMA cache_size = -65536",
)


def raw_key_pragma(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def cipher_version(conn: sqlcipher3.Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return (row[0] if row else "") or ""


def connect_raw(path: Path, key: bytes) -> sqlcipher3.Connection:
    """Open, key and probe one SQLCipher connection; typed errors on every failure."""
    conn = sqlcipher3.connect(str(path), check_same_thread=False, isolation_level=None)
    try:
        # SQLCipher logs decryption failures to stderr; we report them as typed errors.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(raw_key_pragma(key))
        if not cipher_version(conn):
            raise CipherUnavailable()
        # Probe read: fails fast on a wrong key or a damaged first page.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for pragma in _PRAGMAS:
            conn.execute(pragma).fetchall()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise classify(exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def classify(exc: BaseException) -> Exception:
    """Turn a driver error into a typed core error where we know what it means."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    # SQLCipher reports a page that fails its HMAC as the bare SQLITE_ERROR text (seen for
    # FTS5 shadow tables); a real SQL mistake always says more than this.
    if text.strip() == "sql logic error" or any(marker in text for marker in _CORRUPT_MARKERS):
        return DatabaseCorrupt(re.sub(r"\s+", " ", text)[:200])
    return exc if isinstance(exc, Exception) else RuntimeError(str(exc))


@contextlib.contextmanager
def typed_db_errors() -> Iterator[None]:
    """Re-raise driver errors (raw or wrapped by SQLAlchemy) as typed core errors."""
    try:
        yield
    except (sqlcipher3.DatabaseError, sa_exc.DBAPIError) as exc:
        typed = classify(exc)
        if typed is exc:
            raise
        raise typed from exc
    except MemoryError as exc:
        # SQLCipher answers some reads of a page that fails its HMAC with SQLITE_NOMEM,
        # which the driver raises as MemoryError. `outreach doctor` tells the two apart.
        raise DatabaseCorrupt("page could not be decrypted (reported as out of memory)") from exc


def in_chunks(ids: Sequence[str], size: int = 500) -> Iterator[tuple[tuple[str, ...], str]]:
    """``ids`` in slices small enough for one ``IN (...)``, each with its ``?`` marks."""
    for start in range(0, len(ids), size):
        chunk = tuple(ids[start:start + size])
        yield chunk, ", ".join("?" * len(chunk))


#: Execution option of a connection that will write (``Repository.write``).
WRITE_OPTION = "outreach_write"


def make_engine(path: Path, key: bytes) -> Engine:
    key = bytes(key)
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_raw(path, key),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=2,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        # The driver runs in autocommit mode (isolation_level=None); SQLAlchemy's documented
        # recipe is to emit BEGIN ourselves so one Session transaction is one SQLite one.
        # A write transaction takes the write lock at once (IMMEDIATE): the sync thread and
        # the worker both write, and a deferred transaction that read before another
        # committed could not write at all (SQLITE_BUSY_SNAPSHOT), while IMMEDIATE waits.
        immediate = conn.get_execution_options().get(WRITE_OPTION)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
