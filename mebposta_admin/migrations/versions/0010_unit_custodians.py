"""Unit accounts' custodians: who answers for a shared mailbox, since when (issue 12).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "unit_custodians",
        sa.Column("id", BigId, nullable=False),
        sa.Column("mailbox_id", BigId, nullable=False),
        sa.Column("person_id", BigId, nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("started_at", TS, nullable=False),
        sa.Column("started_by", sa.String(length=64), nullable=False),
        sa.Column("ended_at", TS, nullable=True),
        sa.Column("ended_by", sa.String(length=64), nullable=True),
        sa.Column("end_reason", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["mailbox_id"], ["mailboxes.id"], name=op.f("fk_unit_custodians_mailbox_id_mailboxes")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["people.id"], name=op.f("fk_unit_custodians_person_id_people")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_custodians")),
    )
    op.create_index(
        "ix_unit_custodians_mailbox", "unit_custodians", ["mailbox_id", "ended_at"], unique=False
    )
    op.create_index(
        op.f("ix_unit_custodians_person_id"), "unit_custodians", ["person_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_unit_custodians_person_id"), table_name="unit_custodians")
    op.drop_index("ix_unit_custodians_mailbox", table_name="unit_custodians")
    op.drop_table("unit_custodians")
