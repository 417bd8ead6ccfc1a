"""PostgreSQL: scope-led trigram indexes, owner's scope on mailboxes and old addresses.

Province and district administrators' searches become intersections inside one GIN index
(``btree_gin``), addresses are indexed with their separators joined into the words, and the
surname B-trees cover the folded name. Rebuilds the PostgreSQL search indexes (about a minute
for 1.2 M people). SQLite needs nothing: its FTS documents carry scope markers since 0004.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

from mebposta_admin.migrations.ddl import v0005

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for statement in [*v0005.POSTGRESQL_DROP, *v0005.POSTGRESQL_CREATE]:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    """The new indexes answer every query the old ones did; the scope columns stay unused."""
