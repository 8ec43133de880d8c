"""Alembic environment of the server. ``outreach_server.migrate`` hands in an open
connection through ``config.attributes["connection"]``; developers autogenerate a new
revision against a scratch database with ``-x url=sqlite:////tmp/scratch.db``."""

from alembic import context
from sqlalchemy import create_engine

from outreach_server.db import normalise_url
from outreach_server.models import Base


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("give a scratch database: alembic ... -x url=sqlite:////tmp/scratch.db")
    with create_engine(normalise_url(url)).connect() as conn:
        _run(conn)
        conn.commit()
