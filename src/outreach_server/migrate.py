"""Apply the server's Alembic migrations; tell whether a database is up to date."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaError(Exception):
    """The database's schema is not the one this server version needs."""


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema to head in one transaction; return (revision before, after).

    Refuses a database written by a newer server (a revision this code does not know)."""
    cfg = _config()
    script = ScriptDirectory.from_config(cfg)
    with engine.begin() as conn:
        before = MigrationContext.configure(conn).get_current_revision()
        _check_known(script, before)
        head = head_revision()
        if before != head:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return before, head


def check_up_to_date(engine: Engine) -> None:
    """Raise ``SchemaError`` unless the schema is at head (``serve`` on PostgreSQL)."""
    current = current_revision(engine)
    _check_known(ScriptDirectory.from_config(_config()), current)
    if current != head_revision():
        raise SchemaError(f"the database schema is at {current or 'nothing'}, this server "
                          f"needs {head_revision()}: run `outreach-server migrate` first")


def _check_known(script: ScriptDirectory, revision: str | None) -> None:
    if revision is None:
        return
    try:
        script.get_revision(revision)
    except CommandError as exc:
        raise SchemaError(f"the database was written by a newer server (schema {revision}); "
                          "upgrade this server") from exc
