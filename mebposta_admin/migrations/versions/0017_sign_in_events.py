"""Sign-ins decided by PostgreSQL in the shared deployment (issue 15): the workstation
connects as the administrator's gate role and ``mebposta_sign_in`` checks the second factor;
its outcomes wait here until the worker appends them to the audit chain.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("admin_id", sa.Integer(), nullable=True),
        sa.Column("admin_username", sa.String(length=64), nullable=False),
        sa.Column("province_code", sa.String(length=2), nullable=True),
        sa.Column("workstation", sa.String(length=128), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("details", sa.String(length=2000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_in_events")),
    )


def downgrade() -> None:
    op.drop_table("sign_in_events")
