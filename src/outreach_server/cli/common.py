"""What every command shares: where the database is, opening it, printing results."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError

from outreach_server.db import Database
from outreach_server.migrate import SchemaError, check_up_to_date, migrate
from outreach_server.services.errors import ServiceError
from outreach_server.settings import ENV_DATA_DIR, ENV_DATABASE_URL, Settings, database_url


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def database_options() -> argparse.ArgumentParser:
    """Options of every command that opens the database."""
    parent = argparse.ArgumentParser(add_help=False)
    where = parent.add_argument_group("database")
    where.add_argument("--data-dir", type=Path, metavar="DIR",
                       help=f"folder of the SQLite database (default: ${ENV_DATA_DIR} or "
                            "/var/lib/outreach-server); ignored with a database URL")
    where.add_argument("--database-url", metavar="URL",
                       help=f"e.g. postgresql://user@host/outreach (default: ${ENV_DATABASE_URL})")
    return parent


def settings_of(args: argparse.Namespace) -> Settings:
    return Settings(database_url=database_url(args.database_url, args.data_dir))


def open_database(settings: Settings, *, auto_migrate_sqlite: bool = True) -> Database:
    """The database, its schema checked: an embedded SQLite file is brought up to date
    on the spot (one office, one machine); PostgreSQL must be migrated explicitly
    (``outreach-server migrate``), so several workers never race a migration."""
    db = Database(settings.database_url)
    try:
        if db.is_sqlite and auto_migrate_sqlite:
            migrate(db.engine)
        else:
            check_up_to_date(db.engine)
    except SchemaError as exc:
        db.dispose()
        raise CliError(str(exc)) from exc
    except OperationalError as exc:
        db.dispose()
        raise CliError(f"cannot open the database: {exc.orig}") from exc
    return db


def fail(exc: ServiceError) -> CliError:
    return CliError(exc.message)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):  # stored as naive UTC
        return value.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z")
    return str(value)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, indent=2, default=_json_value, ensure_ascii=False)
    sys.stdout.write("\n")


def print_table(rows: list[list[Any]], header: list[str]) -> None:
    table = [header, *rows]
    widths = [max(len(str(r[i])) for r in table) for i in range(len(header))]
    for row in table:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
