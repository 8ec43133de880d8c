"""Alembic environment. At unlock the open SQLCipher connection is handed in through
``config.attributes["connection"]``; developers autogenerate against a scratch SQLite URL
(``sqlalchemy.url``) — never against a vault."""

from alembic import context
from sqlalchemy import create_engine

from outreach_desktop.core.storage.models import Base

_FTS_PREFIX = "client_search"


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name and name.startswith(_FTS_PREFIX))


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_object=_include,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    with create_engine(str(context.config.get_main_option("sqlalchemy.url"))).connect() as conn:
        _run(conn)
