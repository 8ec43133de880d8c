"""SQLCipher storage: pragmas on every connection, damage and newer schemas reported."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from conftest import PASSPHRASE
from outreach_desktop.core import errors
from outreach_desktop.core.storage.engine import connect_raw
from outreach_desktop.core.storage.migrate import head_revision
from outreach_desktop.core.storage.models import Client


def test_every_connection_has_the_designed_pragmas(open_vault):
    with open_vault.engine.connect() as conn:
        value = lambda p: conn.exec_driver_sql(f"PRAGMA {p}").scalar()  # noqa: E731
        assert value("cipher_version")
        assert value("temp_store") == 2  # MEMORY
        assert value("secure_delete") == 1
        assert value("journal_mode") == "wal"
        assert value("synchronous") == 2  # FULL
        assert value("foreign_keys") == 1


def test_schema_is_at_head_after_unlock(open_vault):
    assert open_vault.schema_revision == head_revision()


def test_foreign_keys_are_enforced(open_vault):
    from outreach_desktop.core.storage.models import Contact

    with pytest.raises(Exception, match="FOREIGN KEY"), open_vault.repository.write() as uow:
        uow.add(Contact, client_id="no-such-client", occurred_on=date.today(), kind="outreach")


def test_wrong_raw_key_is_reported_as_not_opening(vault, open_vault):
    open_vault.close()
    with pytest.raises(errors.DatabaseCorrupt):
        connect_raw(vault.paths.database, b"\x00" * 32)


def _fill(opened, n=300):
    with opened.repository.write() as uow:
        for i in range(n):
            uow.add(Client, client_code=f"K-{i:05d}", given_name=f"Name{i}", family_name="Family",
                    aliases=[f"alias{i}"])


def test_flipped_byte_in_a_data_page_is_found_and_reported(vault, open_vault):
    from outreach_desktop.core.diagnostics import run_doctor

    _fill(open_vault)
    with open_vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    open_vault.close()
    data = bytearray(vault.paths.database.read_bytes())
    assert len(data) > 5 * 4096
    data[len(data) - 4096 - 100] ^= 0xFF  # inside the second-to-last page
    vault.paths.database.write_bytes(bytes(data))
    checks = {c.name: c for c in run_doctor(vault, PASSPHRASE)}
    assert not checks["cipher_integrity"].ok
    # Reading the damaged rows is a typed error, not a crash.
    opened = vault.unlock(PASSPHRASE)
    try:
        with opened.repository.read() as session:
            tables = session.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'")).scalars().all()
        corrupt = 0
        for table in tables:  # whichever table or index the page belongs to
            try:
                with opened.repository.read() as session:
                    session.execute(text(f'SELECT * FROM "{table}"')).all()
                    session.execute(text(f'SELECT count(*) FROM "{table}"')).all()
            except errors.DatabaseCorrupt:
                corrupt += 1
        assert corrupt > 0
    finally:
        opened.close()


def test_flipped_byte_in_the_first_page_refuses_unlock_clearly(vault, open_vault):
    open_vault.close()
    data = bytearray(vault.paths.database.read_bytes())
    data[200] ^= 0xFF
    vault.paths.database.write_bytes(bytes(data))
    with pytest.raises(errors.DatabaseCorrupt):
        vault.unlock(PASSPHRASE)
    vault.read_key_file()  # the key file is untouched


def test_database_from_a_newer_app_is_refused_and_left_alone(vault, open_vault):
    with open_vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    open_vault.close()
    before = vault.paths.database.read_bytes()
    with pytest.raises(errors.DatabaseTooNew) as info:
        vault.unlock(PASSPHRASE)
    assert info.value.revision == "9999_future"
    assert vault.paths.database.read_bytes() == before


def test_migrations_apply_to_an_old_empty_database(vault, open_vault):
    """A database at no revision (as an older app left it) is brought to head at unlock."""
    with open_vault.engine.begin() as conn:
        for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'client_search_%'").all():
            conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')
    open_vault.close()
    reopened = vault.unlock(PASSPHRASE)
    assert reopened.schema_revision == head_revision()
    reopened.close()


def test_no_temp_files_appear_beside_the_database(vault, open_vault):
    _fill(open_vault, 50)
    names = {p.name for p in vault.paths.root.iterdir()}
    assert names <= {"vault.db", "vault.db-wal", "vault.db-shm", "vault.key", "logs"}


def test_the_migrations_make_every_table_and_column_the_models_describe(open_vault):
    """Models and migrations agree: nothing a model has is missing from the migrated file
    or typed differently (the migrations may add more: FTS tables, extra indexes)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from outreach_desktop.core.storage.models import Base

    with open_vault.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    flat = [d for entry in diff for d in (entry if isinstance(entry, list) else [entry])]
    missing = [d for d in flat if d[0] not in ("remove_table", "remove_index")]
    assert missing == []
    assert {d[1].name for d in flat if d[0] == "remove_table"} <= {
        "sync_seen", "client_search", "client_search_content", "client_search_data",
        "client_search_config", "client_search_idx", "client_search_docsize"}
