"""Storing what arrives: a mail, a portal item or a logged call becomes a ticket — or joins
the ticket it answers — in the caller's unit of work.

* **Never twice**: an article's source key (the Message-ID, else the message's SHA-256; the
  portal's id) is unique; what was stored before is recognised and skipped.
* **Threading**: In-Reply-To and References are looked up among every Message-ID of every
  ticket (theirs and ours), then the ticket number in the subject (``[YM-2026-000123]``). A
  reply to a solved ticket reopens it; a reply to a closed one opens a follow-up.
* **Triage**: the category suggested from the words (domain.tickets), the caller's identifiers
  matched against the records — the sender's address, TCKNs, GSMs and addresses in the text —
  linked only when exactly one person or unit account fits, every match kept for the desk;
  the queue is the linked person's province (the central desk otherwise).
* **Flood**: a sender above the hourly limit joins their newest open ticket, marked.
* The SLA clocks are recomputed from the history (services.tickets.sla).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import tickets as t
from mebposta_admin.models import (
    Ticket,
    TicketArticle,
    TicketEvent,
    TicketMessageId,
)
from mebposta_admin.models.base import utcnow
from mebposta_admin.services.tickets import sla
from mebposta_admin.services.tickets.articles import (
    MAX_SEARCH,
    attachment_row,
    next_number,
    pending,
    search_text_of,
)
from mebposta_admin.services.tickets.linking import candidates, distinct, link
from mebposta_admin.services.tickets.mail_message import Attachment, IncomingMail


@dataclass(frozen=True)
class Incoming:
    """Something that arrived, whatever the channel."""

    source: str  # mail | portal | phone | desk
    subject: str
    body: str
    caller_name: str = ""
    caller_address: str = ""
    caller_phone: str = ""
    received_at: datetime | None = None
    source_key: str | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    portal_id: str | None = None
    problems: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)
    auto_reply: bool = False
    priority: str = t.Priority.NORMAL.value
    recipients: str = ""

    @classmethod
    def of_mail(cls, mail: IncomingMail, received_at: datetime | None = None) -> Incoming:
        return cls(
            "mail",
            mail.subject,
            mail.body,
            caller_name=mail.sender_name,
            caller_address=mail.sender_address,
            received_at=received_at or mail.sent_at,
            source_key=mail.source_key,
            message_id=mail.message_id,
            in_reply_to=mail.in_reply_to,
            references=mail.references,
            problems=mail.problems,
            attachments=mail.attachments,
            auto_reply=mail.auto_reply,
            recipients=mail.recipients,
        )


@dataclass(frozen=True)
class Received:
    ticket_id: int
    number: str
    article_id: int | None
    created: bool = False
    duplicate: bool = False
    joined: bool = False  # added to an existing ticket (a reply, or a throttled flood)
    throttled: bool = False
    reopened: bool = False


@dataclass(frozen=True)
class Intake:
    """What storing needs besides the session: the clocks' rules and the flood limit."""

    rules: sla.Rules
    throttle: t.Throttle = t.Throttle()


# ------------------------------------------------------------------------------ storing
def _existing(session: Session, item: Incoming) -> Received | None:
    stored = pending(session)["keys"]
    for key in (item.source_key, item.portal_id and f"portal-id:{item.portal_id}"):
        if key and key in stored:
            ticket = session.get(Ticket, stored[key])
            return Received(stored[key], ticket.number if ticket else "", None, duplicate=True)
    if item.source_key:
        row = (
            session.connection()
            .execute(
                sa.select(TicketArticle.id, TicketArticle.ticket_id).where(
                    TicketArticle.source_key == item.source_key
                )
            )
            .first()
        )
        if row is not None:
            number = session.get(Ticket, row.ticket_id)
            return Received(row.ticket_id, number.number if number else "", row.id, duplicate=True)
    if item.portal_id:
        ticket = session.execute(
            sa.select(Ticket).where(Ticket.portal_id == item.portal_id)
        ).scalar_one_or_none()
        if ticket is not None:
            return Received(ticket.id, ticket.number, None, duplicate=True)
    return None


def _follow(session: Session, ticket: Ticket | None) -> Ticket | None:
    for _ in range(10):  # a merged ticket lives on in the one it was merged into
        if ticket is None or ticket.merged_into is None:
            return ticket
        ticket = session.get(Ticket, ticket.merged_into)
    return ticket


def thread_of(session: Session, item: Incoming) -> Ticket | None:
    """The ticket a message answers: its In-Reply-To / References, else its subject's number."""
    ids = [i for i in (item.in_reply_to, *reversed(item.references)) if i]
    threads = pending(session)["mids"]
    for mid in ids:
        if mid in threads:
            return _follow(session, session.get(Ticket, threads[mid]))
    if ids:
        ticket_id = (
            session.connection()
            .execute(
                sa.select(TicketMessageId.ticket_id)
                .where(TicketMessageId.message_id.in_(ids))
                .limit(1)
            )
            .scalar_one_or_none()
        )
        if ticket_id is not None:
            return _follow(session, session.get(Ticket, ticket_id))
    number = t.number_in(item.subject)
    if number:
        return _follow(
            session,
            session.execute(sa.select(Ticket).where(Ticket.number == number)).scalar_one_or_none(),
        )
    return None


def _flooding(session: Session, item: Incoming, now: datetime, intake: Intake) -> Ticket | None:
    """The sender's newest open ticket, when the sender opened more than the hourly limit in
    the hour before this message arrived."""
    if not item.caller_address:
        return None
    recent = list(
        session.connection()
        .execute(
            sa.select(Ticket.created_at)
            .where(
                Ticket.caller_address == item.caller_address,
                Ticket.created_at >= now - timedelta(hours=1),
                Ticket.created_at <= now,
            )
            .limit(intake.throttle.per_hour + 1)
        )
        .scalars()
    )
    if not intake.throttle.exceeded(recent, now):
        return None
    return session.execute(
        sa.select(Ticket)
        .where(
            Ticket.caller_address == item.caller_address,
            Ticket.status.in_([s.value for s in t.OPEN_STATUSES]),
        )
        .order_by(Ticket.created_at.desc())
        .limit(1)
    ).scalar_one_or_none()


def receive(session: Session, item: Incoming, intake: Intake, *, by: str | None = None) -> Received:
    """Store one incoming message (see the module text). ``by``: the administrator who typed
    it (a logged call), None for the intake."""
    with session.no_autoflush:
        return _receive(session, item, intake, by)


def _receive(session: Session, item: Incoming, intake: Intake, by: str | None) -> Received:
    done = _existing(session, item)
    if done is not None:
        return done
    now = utcnow()
    at = min(item.received_at or now, now)
    ticket = thread_of(session, item)
    follow_up_of: str | None = None
    if ticket is not None and ticket.status == t.Status.CLOSED.value:
        follow_up_of, ticket = ticket.number, None
    throttled = False
    if ticket is None:
        flood = _flooding(session, item, at, intake)
        if flood is not None:
            ticket, throttled = flood, True
    if ticket is None:
        return _open(session, item, intake, at, by, follow_up_of)
    return _join(session, ticket, item, intake, at, by, throttled)


def _open(
    session: Session,
    item: Incoming,
    intake: Intake,
    at: datetime,
    by: str | None,
    follow_up_of: str | None,
) -> Received:
    text = f"{item.subject}\n{item.body}"
    suggestion = t.suggest_category(text)
    found = candidates(session, item.caller_address, text)
    fits = distinct(found)
    ticket = Ticket(
        number=next_number(session, at.year),
        source=item.source,
        portal_id=item.portal_id,
        subject=(item.subject or "")[:300],
        caller_name=item.caller_name[:200],
        caller_address=item.caller_address[:254].lower(),  # ascii: addresses, codes
        caller_phone=item.caller_phone[:16],
        candidates=json.dumps([[c.kind, c.id, c.reason] for c in found], ensure_ascii=False),
        suggested_category=suggestion.category.value,
        suggestion_words=", ".join(suggestion.matched)[:300],
        priority=item.priority,
        status=t.Status.NEW.value,
        created_at=at,
        updated_at=at,
        search_text="",
    )
    if len(fits) == 1:
        link(session, ticket, next(iter(fits.values())))
    sender = _sender(item)
    ticket.search_text = search_text_of(
        [ticket.number, ticket.subject, ticket.caller_name, ticket.caller_address],
        [(ticket.subject, sender, item.body)],
    )
    first = sla.Moment(at, "response" if item.source == "phone" else "caller")
    sla.refresh(session, ticket, intake.rules, moments=[sla.Moment(at, "status", "new"), first])
    # One Core INSERT … RETURNING: the intake opens thousands of tickets a batch, and the
    # ORM's flush of each was a third of its time (benchmarks/tickets.py intake).
    values = {
        c.key: getattr(ticket, c.key)
        for c in sa.inspect(Ticket).column_attrs
        if c.key != "id" and getattr(ticket, c.key) is not None
    }
    values["version"] = 1
    table = cast(sa.Table, Ticket.__table__)
    ticket.id = (
        session.connection()
        .execute(sa.insert(table).values(**values).returning(table.c.id))
        .scalar_one()
    )
    _event(
        session,
        ticket,
        "created",
        by,
        item.source,
        {"follow_up_of": follow_up_of} if follow_up_of else {},
        at,
    )
    if len(fits) > 1:
        _event(session, ticket, "candidates", None, str(len(fits)), {}, at)
    article = _article(session, ticket, item, intake, at, by, throttled=False)
    return Received(ticket.id, ticket.number, article.id, created=True)


def _join(
    session: Session,
    ticket: Ticket,
    item: Incoming,
    intake: Intake,
    at: datetime,
    by: str | None,
    throttled: bool,
) -> Received:
    article = _article(session, ticket, item, intake, at, by, throttled=throttled)
    reopened = False
    if not item.auto_reply and ticket.status in (t.Status.WAITING.value, t.Status.SOLVED.value):
        reopened = ticket.status == t.Status.SOLVED.value
        ticket.status = t.Status.OPEN.value
        _event(session, ticket, "status", None, ticket.status, {"why": "caller_replied"}, at)
    ticket.updated_at = max(ticket.updated_at, at)
    if len(ticket.search_text or "") < MAX_SEARCH:  # the new message's words added, folded once
        added = search_text_of([], [(article.subject, article.sender, article.body)])
        ticket.search_text = f"{ticket.search_text} {added}".strip()[:MAX_SEARCH]
    sla.refresh(session, ticket, intake.rules)
    return Received(
        ticket.id, ticket.number, article.id, joined=True, throttled=throttled, reopened=reopened
    )


def _sender(item: Incoming) -> str:
    if item.caller_address:
        return f"{item.caller_name} <{item.caller_address}>"[:300]
    return item.caller_name[:300]


def _article(
    session: Session,
    ticket: Ticket,
    item: Incoming,
    intake: Intake,
    at: datetime,
    by: str | None,
    *,
    throttled: bool,
) -> TicketArticle:
    kind = "phone" if item.source == "phone" else "incoming"
    article = TicketArticle(
        ticket_id=ticket.id,
        kind=kind,
        occurred_at=at,
        sender=_sender(item),
        recipients=item.recipients,
        subject=(item.subject or "")[:300],
        body=item.body,
        message_id=item.message_id,
        in_reply_to=item.in_reply_to,
        references=" ".join(item.references),
        source_key=item.source_key,
        admin_username=by,
        problems=json.dumps(list(item.problems)),
        throttled=throttled,
    )
    session.add(article)
    waiting = pending(session)
    for key in (item.source_key, item.portal_id and f"portal-id:{item.portal_id}"):
        if key:
            waiting["keys"][key] = ticket.id
    if item.message_id and item.message_id not in waiting["mids"]:
        # stored before only with an article of the same source key (refused above)
        session.add(TicketMessageId(message_id=item.message_id, ticket_id=ticket.id))
        waiting["mids"][item.message_id] = ticket.id
    if item.attachments:
        session.flush()  # the article's id, for its attachments
        for attachment in item.attachments:
            session.add(attachment_row(session, article, attachment))
    return article


def _event(
    session: Session,
    ticket: Ticket,
    kind: str,
    by: str | None,
    value: str | None,
    details: dict[str, Any],
    at: datetime | None = None,
) -> TicketEvent:
    row = TicketEvent(
        ticket_id=ticket.id,
        occurred_at=at or utcnow(),
        kind=kind,
        admin_username=by,
        value=value,
        details=json.dumps(details, ensure_ascii=False, sort_keys=True),
    )
    session.add(row)
    return row


event = _event
