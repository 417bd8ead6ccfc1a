"""Answers to the caller by e-mail: composed from the ticket (threaded, the number in the
subject), handed to the mail server, and recorded only once the server accepted them; a text
that carries a password is refused (passwords only go by SMS)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import tickets as t
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.errors import AppError, ValidationFailed
from mebposta_admin.models import Ticket, TicketArticle, TicketMessageId
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import guard, system_settings
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Refuse
from mebposta_admin.services.tickets import articles, sla
from mebposta_admin.services.tickets import store as st
from mebposta_admin.services.tickets.mailer import Mailer, MailError
from mebposta_admin.services.tickets.work import _act, _choice


@dataclass(frozen=True)
class ReplyResult:
    article_id: int
    message_id: str
    status: str


@dataclass(frozen=True)
class Prepared:
    """An answer composed from the ticket as it was, not yet sent."""

    ticket_id: int
    message: EmailMessage
    body: str
    status_after: str


def reply(
    db: Database,
    identity: AdminIdentity,
    key: int | str,
    text: str,
    mailer: Mailer,
    *,
    status_after: str = t.Status.WAITING.value,
) -> ReplyResult:
    """Answer the caller by e-mail, threaded (In-Reply-To the caller's last message,
    References the whole thread, the ticket number in the subject). Recorded only once the
    mail server accepted it; a refusal leaves the ticket as it was and says why. A text
    that carries a password is refused: passwords only go by SMS. In the shared deployment
    the server's worker sends it (services.tickets.reply_outbox): no workstation holds the
    SMTP credentials."""
    prepared = prepare(db, identity, key, text, status_after=status_after)
    from mebposta_admin.services.reissue import _server_delivers

    if _server_delivers(db):
        from mebposta_admin.services.tickets import reply_outbox

        return reply_outbox.request_and_wait(db, identity, prepared)
    # 2. the mail server; nothing is recorded when it refuses
    try:
        mailer.send(prepared.message)
    except MailError:
        guard.refuse(
            db,
            identity,
            AuditAction.TICKET_REPLY,
            guard.Target("ticket", str(key)),
            "mail_refused",
        )
        raise
    return record(db, identity, prepared)


def prepare(
    db: Database,
    identity: AdminIdentity,
    key: int | str,
    text: str,
    *,
    status_after: str = t.Status.WAITING.value,
) -> Prepared:
    """Check the text and compose the message from the ticket (the guard's checks)."""
    body = (text or "").strip()
    if not body:
        raise ValidationFailed("ticket.reply_empty")
    if t.carries_password(body):
        raise ValidationFailed("ticket.reply_has_password")
    _choice(status_after, t.Status, "ticket.status_invalid")
    sender = system_settings.load(db).helpdesk_address

    # 1. the message, from the ticket as it is now (no lock held while the server talks)
    def compose(session: Session, ticket: Ticket) -> Done[Prepared]:
        if not ticket.caller_address:
            raise Refuse("no_address", AppError("ticket.no_caller_address"))
        thread = list(
            session.execute(
                sa.select(TicketArticle.message_id, TicketArticle.kind, TicketArticle.subject)
                .where(TicketArticle.ticket_id == ticket.id, TicketArticle.message_id.is_not(None))
                .order_by(TicketArticle.occurred_at, TicketArticle.id)
            )
        )
        message = EmailMessage()
        message["From"] = formataddr(("MEB Yardım Masası", sender))
        message["To"] = formataddr((ticket.caller_name, ticket.caller_address))
        message["Subject"] = t.reply_subject(ticket.number, ticket.subject)
        message["Date"] = format_datetime(utcnow())
        message["Message-ID"] = make_msgid(idstring=ticket.number, domain=sender.split("@")[-1])
        ids = [str(m) for m, _k, _s in thread if m]
        incoming = [str(m) for m, kind, _s in thread if kind == "incoming" and m]
        if incoming:
            message["In-Reply-To"] = incoming[-1]
        if ids:
            message["References"] = " ".join(ids[-20:])
        message["X-YM-Ticket"] = ticket.number
        message.set_content(body)
        return Done(Prepared(ticket.id, message, body, status_after))

    return _act(db, identity, AuditAction.TICKET_REPLY, key, compose)  # type: ignore[no-any-return]


def record(db: Database, identity: AdminIdentity, prepared: Prepared) -> ReplyResult:
    """3. The answer on the ticket, once the mail server has it (a stale version does not
    undo that). ``identity``: who answered (the worker records it for them)."""
    settings = system_settings.load(db)
    rules = sla.Rules.of(settings)
    sender = settings.helpdesk_address
    message, body, status_after = prepared.message, prepared.body, prepared.status_after
    # As composed; a message read back from the outbox has its long headers folded.
    message_id = str(message["Message-ID"]).strip()

    def work(session: Session, ticket: Ticket) -> Done[ReplyResult]:
        now = utcnow()
        article = TicketArticle(
            ticket_id=ticket.id,
            kind="reply",
            occurred_at=now,
            sender=sender,
            recipients=ticket.caller_address,
            subject=str(message["Subject"]),
            body=body,
            message_id=message_id,
            in_reply_to=str(message["In-Reply-To"] or "").strip() or None,
            references=" ".join(str(message["References"] or "").split()),
            # a copy of our own answer arriving in the help-desk mailbox is this article
            source_key=f"mail:{message_id}",
            admin_username=identity.username,
        )
        session.add(article)
        session.flush()
        session.add(TicketMessageId(message_id=article.message_id, ticket_id=ticket.id))
        before = ticket.status
        if status_after != before:
            ticket.status = status_after
            if status_after == t.Status.SOLVED.value:
                ticket.solved_at = now
            st.event(
                session, ticket, "status", identity.username, status_after, {"from": before}, now
            )
        if ticket.assigned_admin_id is None:
            ticket.assigned_admin_id, ticket.assigned_to = identity.id, identity.username
        ticket.updated_at = now
        articles.refresh_search(session, ticket)
        sla.refresh(session, ticket, rules)
        return Done(
            ReplyResult(article.id, article.message_id or "", ticket.status),
            {
                "article": article.id,
                "message_id": article.message_id,
                "status": ticket.status,
                "characters": len(body),
            },
        )

    return _act(db, identity, AuditAction.TICKET_REPLY, prepared.ticket_id, work)  # type: ignore[no-any-return]
