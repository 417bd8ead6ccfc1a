"""Search results in Turkish alphabetical order: order keys on people and their B-trees;
SQLite mailboxes and old addresses carry their owner's area, as PostgreSQL's do since 0005.

``order_last`` (surname, then given names) and ``order_first`` (given names, then surname)
are Turkish-order keys computed in Python (domain.folding.order_key), filled for existing
rows in batches (about a minute for 1.2 M people); the surname B-trees on the folded key give
way to the order-key ones. On SQLite, ``scope_province``/``scope_district`` on mailboxes
and aliases, kept by triggers, and (area, address) B-trees: a provincial or district
administrator's address-prefix search reads the area's range, not every national match.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

from mebposta_admin.models import search_index

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    search_index.ensure_order_keys(conn)
    search_index.create_btrees(conn)


_FOLDED_SURNAME = [
    ("ix_people_last_name_prefix", "last_name_folded{C}, id"),
    ("ix_people_province_last", "province_code, last_name_folded{C}, id"),
    ("ix_people_district_last_name", "district_id, last_name_folded{C}, id"),
]


def downgrade() -> None:
    """The folded-surname indexes older versions page by come back; the order keys stay
    (older versions never read them)."""
    conn = op.get_bind()
    collate = "" if conn.dialect.name == "sqlite" else ' COLLATE "C"'
    include = "" if conn.dialect.name == "sqlite" else " INCLUDE (name_folded)"
    for name, columns in _FOLDED_SURNAME:
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {name} ON people ({columns.format(C=collate)}){include}"
        )
