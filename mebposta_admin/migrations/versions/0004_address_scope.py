"""SQLite: mailbox and alias search documents carry their owner's scope markers.

Province and district administrators' e-mail searches become index intersections, like name
searches. PostgreSQL needs nothing (the trigram index and the scope B-trees combine).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

from mebposta_admin.migrations.ddl import v0004

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    for statement in [*v0004.SQLITE_DROP_ADDRESS_TABLES, *v0004.SQLITE_ADDRESS_STATEMENTS]:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    """The marker documents answer every query the plain ones did: nothing to undo."""
