"""The first schema: geography, institutions, people, mailboxes, aliases, administrators, audit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from mebposta_admin.domain.folding import fold, order_key, person_name_key
from mebposta_admin.models.base import Base, BigId, UTCDateTime, utcnow

DEFAULT_QUOTA_BYTES = 500 * 1024 * 1024  # manual: "kutusu boyutu 500 MB"


class Province(Base):
    __tablename__ = "provinces"

    code: Mapped[str] = mapped_column(String(2), primary_key=True)  # plate number "01".."81"
    name: Mapped[str] = mapped_column(String(64))
    name_folded: Mapped[str] = mapped_column(String(64))


class District(Base):
    __tablename__ = "districts"
    __table_args__ = (UniqueConstraint("province_code", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("provinces.code"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    name_folded: Mapped[str] = mapped_column(String(64))


class Institution(Base):
    __tablename__ = "institutions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)  # text: leading zeros matter
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(
        String(32)
    )  # school, district_office, province_office, central
    province_code: Mapped[str | None] = mapped_column(ForeignKey("provinces.code"), index=True)
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id"), index=True)


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    tckn: Mapped[str] = mapped_column(String(11), unique=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    # fold(first) fold(last), then a double given name joined: domain.folding.person_name_key
    name_folded: Mapped[str] = mapped_column(String(201))
    last_name_folded: Mapped[str] = mapped_column(String(100), default="")
    # Turkish alphabetical order (domain.folding.order_key): surname then given names, and
    # given names then surname; the search pages each tier by one of them.
    order_last: Mapped[str] = mapped_column(String(202), default="")
    order_first: Mapped[str] = mapped_column(String(202), default="")
    gsm: Mapped[str | None] = mapped_column(String(10))  # 5XXXXXXXXX
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    province_code: Mapped[str | None] = mapped_column(ForeignKey("provinces.code"))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (Index("ix_people_province_district", "province_code", "district_id"),)


class Mailbox(Base):
    """A virtual mailbox as Dovecot's SQL passdb/userdb will read it (issue 4 adds the config)."""

    __tablename__ = "mailboxes"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    address: Mapped[str] = mapped_column(String(254), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # personal | unit
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), unique=True)
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    # Province of a unit account; NULL means "merkez" (central). Personal: the person's province.
    province_code: Mapped[str | None] = mapped_column(ForeignKey("provinces.code"), index=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(255))  # "{ARGON2ID}$argon2id$..."
    quota_bytes: Mapped[int] = mapped_column(BigInteger, default=DEFAULT_QUOTA_BYTES)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    maildir: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Alias(Base):
    """An old address that forwards to a mailbox (manual, "yenilikler" 4)."""

    __tablename__ = "aliases"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    address: Mapped[str] = mapped_column(String(254), unique=True)
    mailbox_id: Mapped[int] = mapped_column(
        ForeignKey("mailboxes.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AdminAccount(Base):
    __tablename__ = "admin_accounts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id
    role: Mapped[str] = mapped_column(String(32))
    province_code: Mapped[str | None] = mapped_column(ForeignKey("provinces.code"))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("districts.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEvent(Base):
    """Append-only: the migration installs triggers that refuse UPDATE and DELETE."""

    __tablename__ = "audit_events"
    __table_args__ = (  # migration 0003: reissue limits and history
        Index("ix_audit_events_target", "target_type", "target_id", "occurred_at"),
        Index("ix_audit_events_admin_time", "admin_id", "occurred_at"),
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


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _fold_person_names(_mapper: object, _connection: object, person: Person) -> None:
    """The folded search columns always follow the names (the indexes are built on them)."""
    person.name_folded = person_name_key(fold(person.first_name), fold(person.last_name))
    person.last_name_folded = fold(person.last_name)
    person.order_last = order_key(person.last_name, person.first_name)
    person.order_first = order_key(person.first_name, person.last_name)


class SystemSetting(Base):
    """A setting that governs other people's accounts (gateway, limits, password style, the
    mail servers' database): one row per key, read by every workstation, changed only by a
    superadmin through :mod:`mebposta_admin.services.system_settings` (audited)."""

    __tablename__ = "system_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64))


class ReissueAttempt(Base):
    """One SMS password reissue, written *before* the SMS leaves and resolved afterwards, so a
    process killed in between leaves a visible attempt that the rate limits count."""

    __tablename__ = "reissue_attempts"
    __table_args__ = (
        Index("ix_reissue_attempts_mailbox_time", "mailbox_id", "started_at"),
        Index("ix_reissue_attempts_admin_time", "admin_id", "started_at"),
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


class SignInThrottle(Base):
    """Failed sign-ins for user names that are not administrators, counted exactly like an
    account's own (so "attempts left" and lockouts tell nobody which names exist)."""

    __tablename__ = "sign_in_throttle"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
