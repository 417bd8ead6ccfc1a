"""Administrators managed from the Yönetim page, and their second factor (issue 15): a
password to be replaced at the next sign-in, sign-in figures, the TOTP secret with the last
step accepted (replays refused), and one-time recovery codes kept as SHA-256.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TS = sa.DateTime(timezone=True)

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _columns() -> tuple[sa.Column, ...]:  # type: ignore[type-arg]
    return (
        sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("failures_total", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("lockouts_total", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_failure_at", TS, nullable=True),
        sa.Column("totp_secret", sa.String(length=64), nullable=True),
        sa.Column("totp_enrolled_at", TS, nullable=True),
        sa.Column("totp_last_step", sa.BigInteger(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
    )


def upgrade() -> None:
    with op.batch_alter_table("admin_accounts") as batch:
        for column in _columns():
            batch.add_column(column)
    op.create_table(
        "admin_recovery_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("admin_id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("used_at", TS, nullable=True),
        sa.ForeignKeyConstraint(
            ["admin_id"],
            ["admin_accounts.id"],
            name=op.f("fk_admin_recovery_codes_admin_id_admin_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admin_recovery_codes")),
        sa.UniqueConstraint("admin_id", "code_hash", name=op.f("uq_admin_recovery_codes_admin_id")),
    )


def downgrade() -> None:
    op.drop_table("admin_recovery_codes")
    with op.batch_alter_table("admin_accounts") as batch:
        for column in reversed(_columns()):
            batch.drop_column(column.name)
