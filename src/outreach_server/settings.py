"""Server settings: where the database is, limits, password and throttle costs.

One immutable object, made by the CLI (from options and ``OUTREACH_*`` environment
variables) or by tests; every part of the server reads it from ``app.state.settings``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from outreach_desktop.core.storage.models import utcnow

DEFAULT_DATA_DIR = Path("/var/lib/outreach-server")
SQLITE_FILE = "outreach-server.db"
ENV_DATABASE_URL = "OUTREACH_DATABASE_URL"
ENV_DATA_DIR = "OUTREACH_SERVER_DATA_DIR"
ENV_MAX_BODY = "OUTREACH_MAX_BODY_BYTES"


@dataclass(frozen=True)
class PasswordCost:
    """Argon2id cost for stored passwords: memory in KiB, iterations, lanes."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 1


@dataclass(frozen=True)
class ThrottleRule:
    """Failures allowed within ``window`` before each further attempt must wait.

    After ``free_failures`` failures the wait is ``first_delay`` doubled per further
    failure, at most ``max_delay``. A failure older than ``window`` is forgotten.
    """

    free_failures: int
    first_delay: timedelta = timedelta(seconds=1)
    max_delay: timedelta = timedelta(minutes=15)
    window: timedelta = timedelta(hours=1)


@dataclass(frozen=True)
class Settings:
    database_url: str
    max_body_bytes: int = 16 * 1024 * 1024
    password_cost: PasswordCost = field(default_factory=PasswordCost)
    #: per user name (whether or not the user exists) and per client address; an office
    #: behind one address has many users, so its rule is more lenient
    throttle_user: ThrottleRule = field(default_factory=lambda: ThrottleRule(free_failures=5))
    throttle_address: ThrottleRule = field(default_factory=lambda: ThrottleRule(free_failures=30))
    enrolment_code_lifetime: timedelta = timedelta(hours=72)
    session_lifetime: timedelta = timedelta(hours=8)
    #: the clock (naive UTC); tests replace it to step through time
    now: Callable[[], datetime] = utcnow


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / SQLITE_FILE).resolve()}"


def database_url(database_url: str | None, data_dir: Path | None) -> str:
    """The URL given, else ``$OUTREACH_DATABASE_URL``, else the SQLite file in the data
    folder (``--data-dir``, ``$OUTREACH_SERVER_DATA_DIR``, or /var/lib/outreach-server)."""
    if database_url:
        return database_url
    if os.environ.get(ENV_DATABASE_URL):
        return os.environ[ENV_DATABASE_URL]
    folder = data_dir or Path(os.environ.get(ENV_DATA_DIR) or DEFAULT_DATA_DIR)
    return sqlite_url(folder)


def settings_from_environment() -> Settings:
    """Settings for a worker process started by uvicorn (``serve --workers N``): the CLI
    passes its options on in the environment."""
    url = database_url(None, None)
    max_body = int(os.environ.get(ENV_MAX_BODY) or Settings.max_body_bytes)
    return Settings(database_url=url, max_body_bytes=max_body)
