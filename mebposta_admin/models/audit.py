"""The audit trail (append-only: triggers refuse updates and deletes; a hash chain shows any
change made behind the application's back — services.audit_chain)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mebposta_admin.models.base import Base, BigId, UTCDateTime, utcnow


class AuditEvent(Base):
    """Append-only: the migration installs triggers that refuse UPDATE and DELETE."""

    __tablename__ = "audit_events"
    __table_args__ = (  # migration 0003: reissue limits and history
        Index("ix_audit_events_target", "target_type", "target_id", "occurred_at"),
        Index("ix_audit_events_admin_time", "admin_id", "occurred_at"),
        # migration 0012: the Denetim page's filters, newest first (keyset on time and id)
        Index("ix_audit_events_province_time", "province_code", "occurred_at"),
        Index("ix_audit_events_action_time", "action", "occurred_at"),
        Index("ix_audit_events_username_time", "admin_username", "occurred_at"),
        Index("ix_audit_events_outcome_time", "outcome", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    admin_id: Mapped[int | None] = mapped_column(Integer)  # no FK: survives admin removal
    admin_username: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16))  # success | failure | refused
    target_type: Mapped[str | None] = mapped_column(String(32))
    target_id: Mapped[str | None] = mapped_column(String(64))
    province_code: Mapped[str | None] = mapped_column(String(2), index=True)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON, PII masked
    # The chain (migration 0012): the previous event's hash, and this event's own — SHA-256
    # over its canonical content including prev_hash (services.audit_chain.row_hash).
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    row_hash: Mapped[str | None] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the chain's last event and its hash. Appending locks it (row lock on
    PostgreSQL, the write lock on SQLite), so concurrent writers queue instead of forking the
    chain; verification also compares it with the last event (a removed tail shows)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    last_id: Mapped[int] = mapped_column(BigId, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
    events: Mapped[int] = mapped_column(BigId, default=0)
