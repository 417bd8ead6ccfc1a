"""Info-update requests ("Kullanıcı Bilgi Güncelleme Formu"), their history, the intake cursors,
the notices sent to an old GSM, and the local copy of the MEBBİS personnel export."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mebposta_admin.models.base import Base, BigId, UTCDateTime, utcnow


class InfoUpdateRequest(Base):
    """One submitted form, as checked at intake (fields normalised, problems listed).

    ``status``: pending → (second_approval →) applied | rejected | superseded. A form that
    fails the check is stored as ``rejected`` with its problems (never lost). ``version`` is
    the optimistic lock: a decision names the version it saw, and loses to an earlier one."""

    __tablename__ = "info_update_requests"
    __table_args__ = (
        Index("ix_info_update_requests_queue", "status", "due_at", "id"),
        Index("ix_info_update_requests_province_queue", "province_code", "status", "due_at", "id"),
        Index("ix_info_update_requests_district_queue", "district_id", "status", "due_at", "id"),
        Index("ix_info_update_requests_tckn", "tckn", "received_at"),
        Index("ix_info_update_requests_institution", "institution_code", "received_at"),
        Index("ix_info_update_requests_gsm", "gsm"),
        Index("ix_info_update_requests_person", "person_id", "received_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    source: Mapped[str] = mapped_column(String(16))  # portal | excel | desk
    portal_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    import_key: Mapped[str | None] = mapped_column(String(80), unique=True)  # excel file+row
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The form, normalised (domain.info_update.check); text the check could not read is kept.
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    tckn: Mapped[str] = mapped_column(String(32), default="")
    gsm: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    institution_name: Mapped[str] = mapped_column(String(200), default="")
    institution_code: Mapped[str] = mapped_column(String(32), default="")
    province_text: Mapped[str] = mapped_column(String(64), default="")
    district_text: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    problems: Mapped[str] = mapped_column(Text, default="[]")  # JSON [[field, code, severity]]
    # Where the request belongs (its scope): the form's province and district.
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_id: Mapped[int | None] = mapped_column(Integer)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    status: Mapped[str] = mapped_column(String(16))
    assigned_admin_id: Mapped[int | None] = mapped_column(Integer)
    assigned_to: Mapped[str | None] = mapped_column(String(64))
    first_approver_id: Mapped[int | None] = mapped_column(Integer)
    first_approver: Mapped[str | None] = mapped_column(String(64))
    first_approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    justification: Mapped[str | None] = mapped_column(Text)
    decided_by_id: Mapped[int | None] = mapped_column(Integer)
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason_code: Mapped[str | None] = mapped_column(String(64))
    reason_text: Mapped[str | None] = mapped_column(Text)
    superseded_by: Mapped[int | None] = mapped_column(BigId)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own protocol


class RequestEvent(Base):
    """A request's history: received, superseded, assigned, approved, rejected, applied,
    notice sent / failed. Written in the unit of work of the change it records."""

    __tablename__ = "request_events"
    __table_args__ = (Index("ix_request_events_request", "request_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("info_update_requests.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(32))
    admin_username: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON, PII masked


class IntakeCursor(Base):
    """How far a feed has been read. Advanced in the transaction that stores the items it
    covers, under a lock, so several pollers never skip or repeat."""

    __tablename__ = "intake_cursors"

    feed: Mapped[str] = mapped_column(String(64), primary_key=True)
    cursor: Mapped[str | None] = mapped_column(String(256))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    items_seen: Mapped[int] = mapped_column(Integer, default=0)


class NoticeSms(Base):
    """The notice to the *old* GSM after a number change ("… numaranız değiştirildi …"):
    recorded with the approval, then sent; a refused one stays ``failed`` and is retried."""

    __tablename__ = "notice_sms"
    __table_args__ = (Index("ix_notice_sms_state", "state", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("info_update_requests.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    gsm: Mapped[str] = mapped_column(String(10))
    address: Mapped[str] = mapped_column(String(254), default="")
    # pending | sent | failed | unknown; the shared deployment's worker: queued | sending
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    requested_by: Mapped[int | None] = mapped_column(Integer)  # who asked the worker to send
    requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    job_id: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class MebbisPerson(Base):
    """The local MEBBİS directory: rows of the imported personnel export (design.md §4)."""

    __tablename__ = "mebbis_personnel"
    __table_args__ = (Index("ix_mebbis_personnel_gsm", "gsm"),)

    tckn: Mapped[str] = mapped_column(String(11), primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    gsm: Mapped[str | None] = mapped_column(String(10))
    institution_code: Mapped[str] = mapped_column(String(32), default="")
    institution_name: Mapped[str] = mapped_column(String(200), default="")
    province_code: Mapped[str | None] = mapped_column(String(2))
    district: Mapped[str] = mapped_column(String(64), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
