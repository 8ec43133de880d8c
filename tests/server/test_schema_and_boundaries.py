"""The migrations build exactly the models' schema; the server never imports Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

import outreach_server
from outreach_server.db import Database
from outreach_server.migrate import SchemaError, check_up_to_date, head_revision, migrate
from outreach_server.models import Base
from outreach_server.settings import sqlite_url


def test_the_migrations_build_the_models_schema(tmp_path: Path):
    db = Database(sqlite_url(tmp_path))
    assert migrate(db.engine) == (None, head_revision())
    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert differences == []


def test_the_migrations_build_the_models_schema_on_postgresql(pg_database_url: str):
    db = Database(pg_database_url)
    check_up_to_date(db.engine)
    with db.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    db.dispose()
    assert differences == []


def test_migrating_twice_changes_nothing(tmp_path: Path):
    db = Database(sqlite_url(tmp_path))
    migrate(db.engine)
    assert migrate(db.engine) == (head_revision(), head_revision())
    check_up_to_date(db.engine)
    db.dispose()


def test_a_database_of_a_newer_server_is_refused(tmp_path: Path):
    db = Database(sqlite_url(tmp_path))
    migrate(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaError, match="newer server"):
        migrate(db.engine)
    with pytest.raises(SchemaError, match="newer server"):
        check_up_to_date(db.engine)
    db.dispose()


def test_an_empty_database_is_not_up_to_date(tmp_path: Path):
    db = Database(sqlite_url(tmp_path))
    with pytest.raises(SchemaError, match="outreach-server migrate"):
        check_up_to_date(db.engine)
    db.dispose()


def test_database_errors_never_carry_statement_values(tmp_path: Path):
    from sqlalchemy.exc import IntegrityError

    db = Database(sqlite_url(tmp_path))
    migrate(db.engine)
    with pytest.raises(IntegrityError) as caught, db.engine.begin() as conn:
        for _ in range(2):
            conn.execute(text("INSERT INTO organisation (id, name, created_at) "
                              "VALUES ('x', :name, '2026-01-01')"), {"name": "Frau Muster"})
    db.dispose()
    assert "Frau Muster" not in str(caught.value)


def test_the_database_file_is_private(tmp_path: Path):
    db = Database(sqlite_url(tmp_path / "data"))
    migrate(db.engine)
    db.dispose()
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
    assert (tmp_path / "data" / "outreach-server.db").stat().st_mode & 0o777 == 0o600


def test_a_shared_folder_keeps_its_permissions(tmp_path: Path):
    """A database put in an existing folder (say /tmp) makes the file private and leaves
    the folder alone: tightening /tmp to 0700 broke everything else on the machine."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    db = Database(sqlite_url(shared))
    migrate(db.engine)
    db.dispose()
    assert shared.stat().st_mode & 0o7777 == 0o1777
    assert (shared / "outreach-server.db").stat().st_mode & 0o777 == 0o600


def _server_modules() -> list[str]:
    names = [outreach_server.__name__]
    for info in pkgutil.walk_packages(outreach_server.__path__, prefix="outreach_server."):
        if ".migrations" not in info.name and info.name != "outreach_server.__main__":
            names.append(info.name)
    return names


def test_no_server_module_imports_qt_or_the_app_gui():
    modules = _server_modules()
    assert "outreach_server.api.routes.hello" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "import outreach_server.app\n"
        "outreach_server.app.create_app\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')\n"
        "             or m.startswith(('outreach_desktop.gui', 'outreach_desktop.cli',\n"
        "                              'outreach_desktop.messages')))\n"
        "print(bad)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
