"""Search: folded surname column and the search indexes (FTS5 trigram / pg_trgm).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mebposta_admin.domain.folding import fold
from mebposta_admin.migrations.ddl import v0002

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BATCH = 20_000


def upgrade() -> None:
    with op.batch_alter_table("people") as batch:
        batch.add_column(
            sa.Column("last_name_folded", sa.String(100), nullable=False, server_default="")
        )
    conn = op.get_bind()
    # Folding is Python-side (no database folds Turkish right): fill existing rows in batches.
    last_id = 0
    while True:
        rows = conn.execute(
            sa.text("SELECT id, last_name FROM people WHERE id > :last ORDER BY id LIMIT :n"),
            {"last": last_id, "n": BATCH},
        ).all()
        if not rows:
            break
        conn.execute(
            sa.text("UPDATE people SET last_name_folded = :folded WHERE id = :id"),
            [{"id": r.id, "folded": fold(r.last_name)} for r in rows],
        )
        last_id = rows[-1].id
    sqlite = conn.dialect.name == "sqlite"
    for statement in v0002.SQLITE_CREATE if sqlite else v0002.POSTGRESQL_CREATE:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    for statement in v0002.SQLITE_DROP if conn.dialect.name == "sqlite" else v0002.POSTGRESQL_DROP:
        conn.exec_driver_sql(statement)
    with op.batch_alter_table("people") as batch:
        batch.drop_column("last_name_folded")
