"""People's search key also holds a double given name joined, as addresses write it
(``ayse nur caglar aysenur``), so ``aysenur caglar`` finds Ayşe Nur Çağlar.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The folded given names are the key minus " <folded surname>" (domain.folding.person_name_key).
_GIVEN = "substr(name_folded, 1, length(name_folded) - length(last_name_folded) - 1)"


def upgrade() -> None:
    position = "instr" if op.get_bind().dialect.name == "sqlite" else "strpos"
    # The triggers (SQLite FTS) and the indexes (PostgreSQL) follow the changed rows.
    op.execute(
        f"UPDATE people SET name_folded = name_folded || ' ' || replace({_GIVEN}, ' ', '') "
        f"WHERE {position}({_GIVEN}, ' ') > 0 "
        f"AND length(name_folded) + length({_GIVEN}) <= 201"
    )


def downgrade() -> None:
    """Keys are rebuilt from the names by the application; the joined word is harmless to an
    older version (it only ever adds matches), so nothing is undone."""
