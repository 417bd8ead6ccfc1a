"""Indexes for reissue rate limits and history (audit events by target and by administrator).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_audit_events_target", "audit_events", ["target_type", "target_id", "occurred_at"]
    )
    op.create_index("ix_audit_events_admin_time", "audit_events", ["admin_id", "occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_admin_time", "audit_events")
    op.drop_index("ix_audit_events_target", "audit_events")
