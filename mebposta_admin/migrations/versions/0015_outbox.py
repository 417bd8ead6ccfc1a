"""The shared deployment's outbox (issue 15): a workstation records a ``queued`` reissue and
the server's SMS worker takes the oldest (services.sms_worker) — a partial index keeps that
look at the few queued rows cheap among the millions of past attempts.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_reissue_attempts_queued",
        "reissue_attempts",
        ["id"],
        sqlite_where=sa.text("state = 'queued'"),
        postgresql_where=sa.text("state = 'queued'"),
    )


def downgrade() -> None:
    op.drop_index("ix_reissue_attempts_queued", table_name="reissue_attempts")
