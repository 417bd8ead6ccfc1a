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

import sqlalchemy as sa
from alembic import op

from mebposta_admin.domain.folding import order_key
from mebposta_admin.migrations.ddl import v0008

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


BATCH = 20_000


def upgrade() -> None:
    conn = op.get_bind()
    for statement in v0008.ORDER_COLUMNS:
        conn.exec_driver_sql(statement)
    # The keys are computed in Python (no database collates Turkish names this way).
    last_id = 0
    while True:
        rows = conn.execute(
            sa.text(
                "SELECT id, first_name, last_name FROM people WHERE id > :last ORDER BY id LIMIT :n"
            ),
            {"last": last_id, "n": BATCH},
        ).all()
        if not rows:
            break
        conn.execute(
            sa.text("UPDATE people SET order_last = :last, order_first = :first WHERE id = :id"),
            [
                {
                    "id": r.id,
                    "last": order_key(r.last_name, r.first_name),
                    "first": order_key(r.first_name, r.last_name),
                }
                for r in rows
            ],
        )
        last_id = rows[-1].id
    sqlite = conn.dialect.name == "sqlite"
    statements = [*v0008.RETIRED_BTREES]
    statements += [*v0008.SQLITE_AREA, *v0008.SQLITE_BTREES] if sqlite else v0008.POSTGRESQL_BTREES
    for statement in statements:
        conn.exec_driver_sql(statement)


_FOLDED_SURNAME = [
    ("ix_people_last_name_prefix", "last_name_folded{C}, id"),
    ("ix_people_province_last", "province_code, last_name_folded{C}, id"),
    ("ix_people_district_last_name", "district_id, last_name_folded{C}, id"),
]


_ORDER_INDEXES = [
    "ix_people_order_first",
    "ix_people_province_order_first",
    "ix_people_district_order_first",
    "ix_people_order_last",
    "ix_people_province_order_last",
    "ix_people_district_order_last",
]
_SQLITE_AREA_TRIGGERS = [
    "mailboxes_area_ai",
    "mailboxes_area_au",
    "aliases_area_ai",
    "aliases_area_au",
    "people_moves_area_au",
]
_SQLITE_AREA_INDEXES = [
    "ix_mailboxes_scope_province_address",
    "ix_mailboxes_scope_district_address",
    "ix_aliases_scope_province_address",
    "ix_aliases_scope_district_address",
]


def downgrade() -> None:
    """Back to 0007: the folded-surname indexes return; the order keys, and SQLite's area
    columns with their triggers and indexes, go (PostgreSQL's area columns are 0005's)."""
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    collate = "" if sqlite else ' COLLATE "C"'
    include = "" if sqlite else " INCLUDE (name_folded)"
    for name, columns in _FOLDED_SURNAME:
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {name} ON people ({columns.format(C=collate)}){include}"
        )
    for name in _ORDER_INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for column in ("order_last", "order_first"):
        conn.exec_driver_sql(f"ALTER TABLE people DROP COLUMN {column}")
    if sqlite:
        for name in _SQLITE_AREA_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        for name in _SQLITE_AREA_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        for table in ("mailboxes", "aliases"):
            for column in ("scope_province", "scope_district"):
                conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
