"""System settings in the database; reissue attempts recorded before the SMS; sign-in
throttling for unknown user names.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "system_settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
    )
    op.create_table(
        "reissue_attempts",
        sa.Column("id", BigId, primary_key=True, autoincrement=True),
        sa.Column("mailbox_id", BigId, sa.ForeignKey("mailboxes.id"), nullable=False),
        sa.Column("admin_id", sa.Integer(), nullable=False),
        sa.Column("admin_username", sa.String(64), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("job_id", sa.String(64)),
        sa.Column("error", sa.String(64)),
        sa.Column("finished_at", TS),
    )
    op.create_index(
        "ix_reissue_attempts_mailbox_time", "reissue_attempts", ["mailbox_id", "started_at"]
    )
    op.create_index(
        "ix_reissue_attempts_admin_time", "reissue_attempts", ["admin_id", "started_at"]
    )
    op.create_table(
        "sign_in_throttle",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", TS),
    )


def downgrade() -> None:
    op.drop_table("sign_in_throttle")
    op.drop_index("ix_reissue_attempts_admin_time", "reissue_attempts")
    op.drop_index("ix_reissue_attempts_mailbox_time", "reissue_attempts")
    op.drop_table("reissue_attempts")
    op.drop_table("system_settings")
