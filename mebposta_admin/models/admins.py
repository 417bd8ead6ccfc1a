"""Administrators and the sign-in throttle."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from mebposta_admin.models.base import Base, UTCDateTime, utcnow


class AdminAccount(Base):
    __tablename__ = "admin_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    # Deferred: loaded only where the sign-in checks it (no administrator's database role may
    # read either column in the shared deployment, services.db_security).
    password_hash: Mapped[str] = mapped_column(String(255), deferred=True)  # argon2id
    role: Mapped[str] = mapped_column(String(32))
    province_code: Mapped[str | None] = mapped_column(ForeignKey("provinces.code"))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Issue 15: a password set by a superadmin must be replaced at the next sign-in; the
    # sign-in history in figures (the audit trail holds each event); the second factor.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failures_total: Mapped[int] = mapped_column(Integer, default=0)
    lockouts_total: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    totp_secret: Mapped[str | None] = mapped_column(String(64), deferred=True)  # base32
    totp_enrolled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger)  # replays refused
    version: Mapped[int] = mapped_column(Integer, default=1)


class AdminRecoveryCode(Base):
    """One-time recovery codes of the second factor, as SHA-256 (domain.second_factor)."""

    __tablename__ = "admin_recovery_codes"
    __table_args__ = (UniqueConstraint("admin_id", "code_hash"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    admin_id: Mapped[int] = mapped_column(ForeignKey("admin_accounts.id", ondelete="CASCADE"))
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SignInThrottle(Base):
    """Failed sign-ins for user names that are not administrators, counted exactly like an
    account's own (so "attempts left" and lockouts tell nobody which names exist)."""

    __tablename__ = "sign_in_throttle"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SignInEvent(Base):
    """A sign-in decided inside PostgreSQL (the shared deployment's ``mebposta_sign_in``):
    held here until the worker appends it to the audit chain, whose hashes are computed in
    Python (services.audit_chain). Nobody's role reads or writes it but the worker's."""

    __tablename__ = "sign_in_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    admin_id: Mapped[int | None] = mapped_column(Integer)
    admin_username: Mapped[str] = mapped_column(String(64))
    province_code: Mapped[str | None] = mapped_column(String(2))
    workstation: Mapped[str | None] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(16))
    details: Mapped[str] = mapped_column(String(2000), default="{}")  # JSON
