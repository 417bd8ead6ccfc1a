"""Unit accounts found by address without walking the personal mailboxes: a partial B-tree
over the ~2 000 unit accounts (issue 12: the Kişiler box lists them beside the people).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for name, columns in (
        ("ix_mailboxes_unit_address", ["address"]),  # national
        ("ix_mailboxes_unit_province_address", ["province_code", "address"]),  # one province
    ):
        op.create_index(
            name,
            "mailboxes",
            columns,
            sqlite_where=sa.text("kind = 'unit'"),
            postgresql_where=sa.text("kind = 'unit'"),
        )


def downgrade() -> None:
    op.drop_index("ix_mailboxes_unit_province_address", table_name="mailboxes")
    op.drop_index("ix_mailboxes_unit_address", table_name="mailboxes")
