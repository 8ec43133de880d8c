"""The review queue's index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21

A supervisor's review queue asks, for every synced record, the newest revision reviewed
(and the newest decided) of it: ``(record_id, deleted_at, kind, record_rev)`` answers that
from the index alone. It starts with ``record_id``, so it replaces ``ix_review_record_id``.
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_review_record_id", "review")
    op.create_index("ix_review_record_rev", "review",
                    ["record_id", "deleted_at", "kind", "record_rev"])


def downgrade() -> None:
    op.drop_index("ix_review_record_rev", "review")
    op.create_index("ix_review_record_id", "review", ["record_id"])
