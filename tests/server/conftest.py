"""Fixtures of the server tests: a real database per test, the app served over real HTTP
by uvicorn, a steppable clock, cheap Argon2id.

Every test that uses the database runs twice: on a SQLite file (copied from one migrated
template) and on a real PostgreSQL cluster this test run starts (a database created from
one migrated template database). ``@pytest.mark.sqlite_only`` keeps a test to SQLite,
``@pytest.mark.postgres_only`` to PostgreSQL.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from outreach_server.db import Database
from outreach_server.migrate import migrate
from outreach_server.settings import Settings, ThrottleRule, sqlite_url
from server.postgres_cluster import Cluster, running_cluster
from server.server_helpers import BODY_LIMIT, CHEAP, Clock, Seeded, live_server, seed

BACKENDS = ("sqlite", "postgresql")
PG_TEMPLATE = "outreach_template"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
        only_postgres = metafunc.definition.get_closest_marker("postgres_only") is not None
        backends = BACKENDS[:1] if only_sqlite else BACKENDS[1:] if only_postgres else BACKENDS
        metafunc.parametrize("backend", backends, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    """The cluster, with a template database already migrated."""
    with running_cluster() as cluster:
        with cluster.admin_connection() as conn:
            conn.execute(f"CREATE DATABASE {PG_TEMPLATE}")
        db = Database(cluster.url(PG_TEMPLATE))
        migrate(db.engine)
        db.dispose()
        yield cluster


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
def database_url(backend: str, server_dir: Path,
                 request: pytest.FixtureRequest) -> Iterator[str]:
    if backend == "sqlite":
        yield sqlite_url(server_dir)
        return
    cluster: Cluster = request.getfixturevalue("postgres")
    name = f"test_{uuid.uuid4().hex[:16]}"
    with cluster.admin_connection() as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {PG_TEMPLATE}")
    yield cluster.url(name)
    with cluster.admin_connection() as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def pg_database_url(postgres: Cluster) -> Iterator[str]:
    """A migrated PostgreSQL database, for tests of PostgreSQL's own behaviour."""
    name = f"test_{uuid.uuid4().hex[:16]}"
    with postgres.admin_connection() as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {PG_TEMPLATE}")
    yield postgres.url(name)
    with postgres.admin_connection() as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture
def settings(database_url: str, clock: Clock) -> Settings:
    return Settings(
        database_url=database_url, max_body_bytes=BODY_LIMIT, password_cost=CHEAP,
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
