"""Help-desk tickets (destek talepleri): the case, its articles (the caller's messages, our
replies, internal notes, logged calls), its history, its attachments, the message ids that
thread replies to it, and the yearly counter of ticket numbers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from mebposta_admin.models.base import Base, BigId, UTCDateTime, utcnow


class Ticket(Base):
    """One case. ``province_code`` is its queue (None: the central desk), set from the linked
    person's or mailbox's province; ``district_id`` narrows it for a district administrator.
    ``next_breach_at`` is the earliest due time of its running SLA clocks, recomputed from
    the history on every change (the queue sorts by it)."""

    __tablename__ = "tickets"
    __table_args__ = (
        Index("ix_tickets_queue", "status", "next_breach_at", "id"),
        Index("ix_tickets_breach", "next_breach_at", "id"),  # every status, in queue order
        Index("ix_tickets_province_queue", "province_code", "status", "next_breach_at", "id"),
        Index("ix_tickets_assignee", "assigned_admin_id", "status", "next_breach_at", "id"),
        Index("ix_tickets_sender", "caller_address", "created_at"),
        Index("ix_tickets_person", "person_id", "created_at"),
        Index("ix_tickets_created", "created_at", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)  # YM-2026-000123
    source: Mapped[str] = mapped_column(String(16))  # mail | portal | phone | desk
    portal_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(String(300), default="")
    caller_name: Mapped[str] = mapped_column(String(200), default="")
    caller_address: Mapped[str] = mapped_column(String(254), default="")  # lower-case
    caller_phone: Mapped[str] = mapped_column(String(16), default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    mailbox_id: Mapped[int | None] = mapped_column(ForeignKey("mailboxes.id"))
    # The matches found at intake ([[kind, id, reason], ...]), shown until one is chosen.
    candidates: Mapped[str] = mapped_column(Text, default="[]")
    province_code: Mapped[str | None] = mapped_column(String(2))
    district_id: Mapped[int | None] = mapped_column(Integer)
    category: Mapped[str | None] = mapped_column(String(24))  # confirmed by an administrator
    suggested_category: Mapped[str] = mapped_column(String(24), default="other")
    suggestion_words: Mapped[str] = mapped_column(String(300), default="")
    priority: Mapped[str] = mapped_column(String(8), default="normal")
    status: Mapped[str] = mapped_column(String(10), default="new")
    assigned_admin_id: Mapped[int | None] = mapped_column(Integer)
    assigned_to: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Whether the first answer came within its SLA target (None: not yet, or no target).
    first_response_ok: Mapped[bool | None] = mapped_column(Boolean)
    solved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_breach_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sla_state: Mapped[str] = mapped_column(String(10), default="running")
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    merged_into: Mapped[int | None] = mapped_column(BigId)
    # Subject, bodies and caller, Turkish-folded (domain.folding) for the search.
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own protocol


class TicketArticle(Base):
    """A message on a ticket: ``kind`` incoming (from the caller) | reply (ours, sent) |
    note (internal) | phone (a logged call) | system. ``problems`` marks what could not be
    read (a broken part, an unknown charset) — the text is kept as far as it could be."""

    __tablename__ = "ticket_articles"
    __table_args__ = (
        Index("ix_ticket_articles_ticket", "ticket_id", "id"),
        Index("ix_ticket_articles_source_key", "source_key", unique=True),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[str] = mapped_column(String(10))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sender: Mapped[str] = mapped_column(String(300), default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    message_id: Mapped[str | None] = mapped_column(String(300))
    in_reply_to: Mapped[str | None] = mapped_column(String(300))
    references: Mapped[str] = mapped_column(Text, default="")
    # Where it came from, unique: "mail:<message-id>" or "mail:sha256:<...>", "portal:<id>"
    source_key: Mapped[str | None] = mapped_column(String(330))
    admin_username: Mapped[str | None] = mapped_column(String(64))
    problems: Mapped[str] = mapped_column(Text, default="[]")  # JSON [code, ...]
    throttled: Mapped[bool] = mapped_column(Boolean, default=False)


class TicketMessageId(Base):
    """Every Message-ID of a ticket's mail (theirs and ours): a reply's In-Reply-To or
    References finds its ticket here even when its subject lost the ticket number."""

    __tablename__ = "ticket_message_ids"

    message_id: Mapped[str] = mapped_column(String(300), primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)


class TicketEvent(Base):
    """A ticket's history: created, status, category, priority, assigned, linked, replied,
    note, action (a reissue or a request started from it), merged, split, escalated. The
    SLA clocks are computed from it."""

    __tablename__ = "ticket_events"
    __table_args__ = (Index("ix_ticket_events_ticket", "ticket_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(24))
    admin_username: Mapped[str | None] = mapped_column(String(64))
    value: Mapped[str | None] = mapped_column(String(64))  # the new status, category, ...
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON, PII masked


class TicketAttachment(Base):
    """An attachment: its sanitised name and size, its content kept once per SHA-256 in
    :class:`AttachmentBlob` (in the database: every workstation of the shared deployment reads
    it, no file path of the sender's choosing is ever created); one over the size limit or
    unreadable is recorded with the reason and not stored."""

    __tablename__ = "ticket_attachments"
    __table_args__ = (Index("ix_ticket_attachments_article", "article_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("ticket_articles.id"))
    filename: Mapped[str] = mapped_column(String(200))  # sanitised
    content_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64))
    stored: Mapped[bool] = mapped_column(Boolean, default=False)
    refused: Mapped[str | None] = mapped_column(String(32))  # too_large | unreadable


class AttachmentBlob(Base):
    """The bytes of an attachment, once per content (several mails may carry one file)."""

    __tablename__ = "ticket_attachment_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class TicketCounter(Base):
    """The last ticket number handed out in a year (taken under the row's lock)."""

    __tablename__ = "ticket_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class MailIntakeState(Base):
    """How far a help-desk mail folder has been read: its UIDVALIDITY and the last UID whose
    message is committed. A changed UIDVALIDITY means the UIDs were renumbered: the folder is
    read again from the start, and the messages already stored are recognised by their
    Message-ID (or content hash), so nothing is lost or doubled."""

    __tablename__ = "mail_intake_state"

    folder: Mapped[str] = mapped_column(String(200), primary_key=True)  # user@host/INBOX
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    messages_seen: Mapped[int] = mapped_column(BigInteger, default=0)


class MailOutbox(Base):
    """An answer by e-mail waiting for the server's worker (the shared deployment: no
    workstation holds the SMTP credentials). ``queued`` → ``sending`` (claimed) → ``sent`` (the
    answer is on the ticket, ``article_id``) or ``failed`` (the server refused: nothing on the
    ticket). A worker lost while ``sending`` leaves it so — "outcome unknown", never sent
    twice (services.tickets.reply_outbox)."""

    __tablename__ = "mail_outbox"
    __table_args__ = (
        Index(
            "ix_mail_outbox_queued",
            "id",
            sqlite_where=text("state = 'queued'"),
            postgresql_where=text("state = 'queued'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(BigId, ForeignKey("tickets.id"), index=True)
    admin_id: Mapped[int] = mapped_column(Integer)
    admin_username: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    message: Mapped[str] = mapped_column(Text)  # RFC 5322, as composed on the workstation
    body: Mapped[str] = mapped_column(Text)
    status_after: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(String(64))
    article_id: Mapped[int | None] = mapped_column(BigInteger)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
