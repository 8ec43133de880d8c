"""Search speed for 100,000 clients

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

- The name index gets FTS5 prefix indexes for 1-3 characters, so the first letters typed
  into the search field do not scan every term, and its rows take the rowid of their
  client row instead of a text client id (reading a text id back from FTS5 cost more than
  the match; deleting by it scanned the whole index). Rebuilt from the client rows,
  folded the way the repository folds them. The client table has no INTEGER PRIMARY
  KEY, so a VACUUM may renumber its rowids: whoever adds a VACUUM must rebuild this
  index after it (``DROP``/``CREATE`` as here).
- A covering index on live clients by name, so the unfiltered list comes in name order
  without sorting 100,000 rows or reading the table.
- Indexes for "current case of a client" and "latest contact of a client".
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _rebuild_search(columns: str, prefix: str, key: str) -> None:
    from outreach_desktop.core.repository import search_text_of

    op.execute("DROP TABLE client_search")
    op.execute(
        "CREATE VIRTUAL TABLE client_search USING fts5("
        f"{columns}, tokenize = 'unicode61 remove_diacritics 2'{prefix})"
    )
    bind = op.get_bind()
    rows = bind.execute(sa.text(f"SELECT {key}, given_name, family_name, aliases FROM client "
                                "WHERE deleted_at IS NULL"))
    import json

    batch = [{"id": r[0], "names": search_text_of(r[1] or "", r[2] or "",
                                                  json.loads(r[3]) if r[3] else [])}
             for r in rows]
    if batch:
        target = "rowid" if key == "rowid" else "client_id"
        bind.execute(sa.text(f"INSERT INTO client_search ({target}, names) VALUES (:id, :names)"),
                     batch)


def upgrade() -> None:
    _rebuild_search("names", ", prefix = '1 2 3'", "rowid")
    # Covering (id included): the list reads 100,000 ids from the index alone instead of
    # visiting (and decrypting) every table page in name order.
    op.execute("CREATE INDEX ix_client_live_name ON client "
               "(family_name COLLATE NOCASE, given_name COLLATE NOCASE, id) "
               "WHERE deleted_at IS NULL")
    op.execute("CREATE INDEX ix_case_open ON case_file (client_id, closed_on, opened_on)")
    op.execute("CREATE INDEX ix_case_opened ON case_file (client_id, opened_on)")
    op.execute("CREATE INDEX ix_contact_client_date ON contact (client_id, occurred_on)")


def downgrade() -> None:
    op.execute("DROP INDEX ix_contact_client_date")
    op.execute("DROP INDEX ix_case_opened")
    op.execute("DROP INDEX ix_case_open")
    op.execute("DROP INDEX ix_client_live_name")
    _rebuild_search("client_id UNINDEXED, names", "", "id")
