"""Fewer index entries per write

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21

Every index entry is a B-tree insert on each write (100,000 demo clients write 880,000
rows). Dropped, since another index starts with the same column: ``ix_contact_client_id``
(``ix_contact_client_date``) and ``ix_case_file_client_id`` (``ix_case_open``). Follow-up
dates of contacts and due dates of goal steps are mostly empty: their indexes keep only
the rows that have one (SQLite uses a partial index for ``x <= ?`` and ``x IS NOT NULL``).
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX ix_contact_client_id")
    op.execute("DROP INDEX ix_case_file_client_id")
    op.execute("DROP INDEX ix_contact_follow_up_on")
    op.execute("CREATE INDEX ix_contact_follow_up_on ON contact (follow_up_on) "
               "WHERE follow_up_on IS NOT NULL")
    op.execute("DROP INDEX ix_goal_step_due_on")
    op.execute("CREATE INDEX ix_goal_step_due_on ON goal_step (due_on) "
               "WHERE due_on IS NOT NULL")


def downgrade() -> None:
    op.execute("DROP INDEX ix_goal_step_due_on")
    op.execute("CREATE INDEX ix_goal_step_due_on ON goal_step (due_on)")
    op.execute("DROP INDEX ix_contact_follow_up_on")
    op.execute("CREATE INDEX ix_contact_follow_up_on ON contact (follow_up_on)")
    op.execute("CREATE INDEX ix_case_file_client_id ON case_file (client_id)")
    op.execute("CREATE INDEX ix_contact_client_id ON contact (client_id)")
