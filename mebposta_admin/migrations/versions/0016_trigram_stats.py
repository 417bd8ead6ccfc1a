"""Trigram frequencies of names shared by every workstation (issue 15's load test): the name
search ranks a query's trigrams by how many names hold them, and each workstation sampling the
people table itself was the largest cost at 500 workstations.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "name_trigram_stats",
        sa.Column("gram", sa.String(length=16), nullable=False),
        sa.Column("names", sa.BigInteger(), nullable=False),
        sa.Column("sampled_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("gram", name=op.f("pk_name_trigram_stats")),
    )


def downgrade() -> None:
    op.drop_table("name_trigram_stats")
