"""Apply Alembic migrations at unlock; refuse a database written by a newer app."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from outreach_desktop.core.errors import DatabaseTooNew

MIGRATIONS = Path(__file__).with_name("migrations")


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


def migrate(engine: Engine) -> str:
    """Bring the schema to head in one transaction; return the revision now in force."""
    cfg = _config()
    script = ScriptDirectory.from_config(cfg)
    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current is not None:
            try:
                script.get_revision(current)
            except CommandError as exc:
                raise DatabaseTooNew(current) from exc
        head = script.get_current_head()
        if current != head:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return str(head)
