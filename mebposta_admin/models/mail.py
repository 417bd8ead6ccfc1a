"""Mailboxes and their old addresses, as Dovecot's SQL passdb/userdb reads them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    String,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mebposta_admin.models.base import Base, BigId, UTCDateTime, utcnow

DEFAULT_QUOTA_BYTES = 500 * 1024 * 1024  # manual: "kutusu boyutu 500 MB"


class Mailbox(Base):
    """A virtual mailbox as Dovecot's SQL passdb/userdb will read it (issue 4 adds the config)."""

    __tablename__ = "mailboxes"
    # The ~2 000 unit accounts among 1.25 M mailboxes: their own small B-tree (migration 0011),
    # by province then address, so finding them — nationally or in one province — never walks
    # the personal mailboxes.
    __table_args__ = (
        Index(
            "ix_mailboxes_unit_address",
            "address",
            sqlite_where=text("kind = 'unit'"),
            postgresql_where=text("kind = 'unit'"),
        ),
        Index(
            "ix_mailboxes_unit_province_address",
            "province_code",
            "address",
            sqlite_where=text("kind = 'unit'"),
            postgresql_where=text("kind = 'unit'"),
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    address: Mapped[str] = mapped_column(String(254), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # personal | unit
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), unique=True)
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    # Province of a unit account; NULL means "merkez" (central). Personal: the person's province.
    province_code: Mapped[str | None] = mapped_column(ForeignKey("provinces.code"), index=True)
    display_name: Mapped[str] = mapped_column(String(200))
    # "{ARGON2ID}$argon2id$..."; deferred: only the password's own code reads it (in the shared
    # deployment no administrator's database role may, services.db_security).
    password_hash: Mapped[str | None] = mapped_column(String(255), deferred=True)
    quota_bytes: Mapped[int] = mapped_column(BigInteger, default=DEFAULT_QUOTA_BYTES)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    maildir: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Set with every hash (services.mail_backend._set_hash), NULL while there is none: "has a
    # password" is asked of this column, which every administrator's role may read.
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


class UnitCustodian(Base):
    """Who answers for a unit account, and since when: one primary (the password's SMS goes
    to their GSM on file), optional deputies. Custody ends, it is never deleted: the past
    custodians are the people who may still know the password."""

    __tablename__ = "unit_custodians"
    __table_args__ = (Index("ix_unit_custodians_mailbox", "mailbox_id", "ended_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))  # primary | deputy
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_by: Mapped[str] = mapped_column(String(64))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_by: Mapped[str | None] = mapped_column(String(64))
    end_reason: Mapped[str | None] = mapped_column(String(200))
