"""Sync: conflict and review records, published form definitions, outbox states

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21

Conflict and review records arrive by sync (the server and supervisors make them);
form definitions an organisation publishes too. An outbox entry the server rejected, or
refused because the record is no longer this user's, stays with its reasons until a
person corrects or discards it (``status``, ``errors``); pending entries are pushed.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _sync_columns() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("server_rev", sa.Integer, nullable=True),
        sa.Column("updated_by", sa.String(64), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.Column("deleted_at", sa.DateTime, nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "conflict", *_sync_columns(),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("record_table", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("server_value", sa.JSON, nullable=True),
        sa.Column("device_value", sa.JSON, nullable=True),
        sa.Column("base_rev", sa.Integer, nullable=True),
        sa.Column("record_server_rev", sa.Integer, nullable=False),
        sa.Column("device_id", sa.String(36), nullable=True),
        sa.Column("user_id", sa.String(36), nullable=True),
        sa.Column("mutation_id", sa.String(36), nullable=True),
        sa.Column("resolution", sa.String(20), nullable=True),
        sa.Column("resolved_by", sa.String(36), nullable=True),
    )
    op.create_index("ix_conflict_client_id", "conflict", ["client_id"])
    op.create_index("ix_conflict_record_id", "conflict", ["record_id"])
    op.create_table(
        "review", *_sync_columns(),
        sa.Column("client_id", sa.String(36), nullable=False),
        sa.Column("record_table", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("record_rev", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("author_id", sa.String(36), nullable=True),
        sa.Column("read_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_review_client_id", "review", ["client_id"])
    op.create_index("ix_review_record_id", "review", ["record_id"])
    op.create_table(
        "form_definition", *_sync_columns(),
        sa.Column("form_id", sa.String(80), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("definition", sa.JSON, nullable=False),
    )
    # Ids a fresh download has delivered so far (it may be interrupted and resumed): at its
    # end, synced rows it did not deliver are no longer on the server for this device.
    op.execute("CREATE TABLE sync_seen (table_name VARCHAR(40) NOT NULL, id VARCHAR(36) "
               "NOT NULL, PRIMARY KEY (table_name, id)) WITHOUT ROWID")
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("status", sa.String(10), nullable=False,
                                   server_default="pending"))
        batch.add_column(sa.Column("errors", sa.JSON, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("errors")
        batch.drop_column("status")
    op.drop_table("sync_seen")
    op.drop_table("form_definition")
    op.drop_index("ix_review_record_id", "review")
    op.drop_index("ix_review_client_id", "review")
    op.drop_table("review")
    op.drop_index("ix_conflict_record_id", "conflict")
    op.drop_index("ix_conflict_client_id", "conflict")
    op.drop_table("conflict")
