"""SMS password reissue attempts, recorded before the SMS leaves."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ForeignKey,
    Index,
    Integer,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mebposta_admin.models.base import Base, BigId, UTCDateTime, utcnow


class ReissueAttempt(Base):
    """One SMS password reissue, written *before* the SMS leaves and resolved afterwards, so a
    process killed in between leaves a visible attempt that the rate limits count."""

    __tablename__ = "reissue_attempts"
    __table_args__ = (
        Index("ix_reissue_attempts_mailbox_time", "mailbox_id", "started_at"),
        Index("ix_reissue_attempts_admin_time", "admin_id", "started_at"),
        # The shared deployment's outbox (services.sms_worker): the queued few among millions.
        Index(
            "ix_reissue_attempts_queued",
            "id",
            sqlite_where=text("state = 'queued'"),
            postgresql_where=text("state = 'queued'"),
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"))
    admin_id: Mapped[int] = mapped_column(Integer)
    admin_username: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # pending → sent → stored | mail_stored (hash on the mail servers only) | failed | unknown
    state: Mapped[str] = mapped_column(String(16))
    job_id: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(String(64))
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
