"""Fixtures of the server tests: a real SQLite file per test (copied from one migrated
template), the app served over real HTTP by uvicorn, a steppable clock, cheap Argon2id."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from server_helpers import BODY_LIMIT, CHEAP, Clock, Seeded, live_server, seed

from outreach_server.db import Database
from outreach_server.migrate import migrate
from outreach_server.settings import Settings, ThrottleRule, sqlite_url


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    db = Database(sqlite_url(folder))
    migrate(db.engine)
    db.dispose()
    return folder / "outreach-server.db"


@pytest.fixture
def server_dir(tmp_path: Path, migrated_template: Path) -> Path:
    folder = tmp_path / "server"
    folder.mkdir(mode=0o700)
    shutil.copy(migrated_template, folder / migrated_template.name)
    return folder


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings(server_dir: Path, clock: Clock) -> Settings:
    return Settings(
        database_url=sqlite_url(server_dir), max_body_bytes=BODY_LIMIT, password_cost=CHEAP,
        throttle_user=ThrottleRule(free_failures=3, first_delay=timedelta(seconds=2)),
        throttle_address=ThrottleRule(free_failures=8, first_delay=timedelta(seconds=2)),
        now=clock.now)


@pytest.fixture
def db(settings: Settings) -> Iterator[Database]:
    database = Database(settings.database_url)
    yield database
    database.dispose()


@pytest.fixture
def seeded(db: Database, settings: Settings) -> Seeded:
    return seed(db, settings)


@pytest.fixture
def base_url(settings: Settings, db: Database) -> Iterator[str]:
    with live_server(settings, db) as url:
        yield url


@pytest.fixture
def http(base_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base_url, timeout=10) as client:
        yield client


def with_settings(settings: Settings, **changes: object) -> Settings:
    return replace(settings, **changes)  # type: ignore[arg-type]
