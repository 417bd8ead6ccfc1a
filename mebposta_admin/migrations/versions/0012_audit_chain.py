"""The audit trail becomes tamper-evident: each event carries the previous event's hash and
its own (services.audit_chain), and one ``audit_head`` row serialises the appends. Events
written before this revision are chained here, in id order; the Denetim page's filters get
(column, time) B-trees for a newest-first first page (issue 13).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from mebposta_admin.services.audit_chain import FIELDS, GENESIS, row_hash

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
BATCH = 5000


def upgrade() -> None:
    op.add_column("audit_events", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_events", sa.Column("row_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", BigId, nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("events", BigId, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    for name, columns in (
        ("ix_audit_events_province_time", ["province_code", "occurred_at"]),
        ("ix_audit_events_action_time", ["action", "occurred_at"]),
        ("ix_audit_events_username_time", ["admin_username", "occurred_at"]),
        ("ix_audit_events_outcome_time", ["outcome", "occurred_at"]),
    ):
        op.create_index(name, "audit_events", columns)
    last_id, last_hash, events = _chain_existing()
    op.execute(
        sa.text(
            "INSERT INTO audit_head (id, last_id, last_hash, events) VALUES (1, :i, :h, :n)"
        ).bindparams(i=last_id, h=last_hash, n=events)
    )


def _chain_existing() -> tuple[int, str, int]:
    """Chain the events already written, the append-only triggers lifted for the moment."""
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_events_no_{verb}")
    else:
        op.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change")
    table = sa.table(
        "audit_events",
        sa.column("id", BigId),
        sa.column("occurred_at", sa.DateTime(timezone=True)),
        *(sa.column(name) for name in FIELDS if name not in ("id", "occurred_at")),
        sa.column("row_hash"),
    )
    last_id, last_hash, count = 0, GENESIS, 0
    while True:
        rows = bind.execute(
            sa.select(*(table.c[name] for name in FIELDS if name != "prev_hash"))
            .where(table.c.id > last_id)
            .order_by(table.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        updates = []
        for row in rows:
            values = dict(row._mapping)
            values["prev_hash"] = last_hash
            digest = row_hash(values)
            updates.append({"rid": values["id"], "p": last_hash, "h": digest})
            last_id, last_hash = int(values["id"]), digest
        bind.execute(
            sa.text("UPDATE audit_events SET prev_hash = :p, row_hash = :h WHERE id = :rid"),
            updates,
        )
        count += len(rows)
    if sqlite:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_events_no_{verb.lower()} BEFORE {verb} ON audit_events "  # ascii
                "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
            )
    else:
        op.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_change")
    return last_id, last_hash, count


def downgrade() -> None:
    for name in (
        "ix_audit_events_outcome_time",
        "ix_audit_events_username_time",
        "ix_audit_events_action_time",
        "ix_audit_events_province_time",
    ):
        op.drop_index(name, table_name="audit_events")
    op.drop_table("audit_head")
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        with op.batch_alter_table("audit_events") as batch:
            batch.drop_column("row_hash")
            batch.drop_column("prev_hash")
    else:
        op.drop_column("audit_events", "row_hash")
        op.drop_column("audit_events", "prev_hash")
