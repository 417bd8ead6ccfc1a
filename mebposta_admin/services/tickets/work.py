"""What the desk does to a ticket, each through the action guard (permission → scope → work
→ audit in one unit of work): status, category, priority, the linked caller, assignment (to
oneself, a colleague, or round-robin within the queue), internal notes, logged calls, replies
by e-mail, merge and split, and the record of a reissue or request started from it.

Every change writes the ticket's own history (its SLA clocks are recomputed from it) and an
audit event (PII masked). A stale version loses with ``ticket.changed``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import tickets as t
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AppError, ValidationFailed
from mebposta_admin.models import (
    AdminAccount,
    Ticket,
    TicketArticle,
    TicketEvent,
    TicketMessageId,
)
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import guard, system_settings
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Refuse
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.tickets import queue, sla
from mebposta_admin.services.tickets import store as st
from mebposta_admin.services.tickets.mailer import Mailer, MailError

ROUND_ROBIN = "round_robin"
ME = "me"


def rules_of(db: Database) -> sla.Rules:
    return sla.Rules.of(system_settings.load(db))


def intake_of(db: Database) -> st.Intake:
    settings = system_settings.load(db)
    return st.Intake(sla.Rules.of(settings), t.Throttle(settings.ticket_flood_per_hour))


def _act(
    db: Database,
    identity: AdminIdentity,
    action: AuditAction,
    key: int | str,
    work: Any,
    version: int | None = None,
) -> Any:
    def guarded(session: Session, ticket: Ticket) -> Any:
        if version is not None and ticket.version != version:
            raise Refuse("changed", AppError("ticket.changed"))
        if ticket.merged_into is not None and action is not AuditAction.TICKET_NOTE:
            target = session.get(Ticket, ticket.merged_into)
            raise Refuse(
                "merged", AppError("ticket.merged", number=target.number if target else "")
            )
        return work(session, ticket)

    return guard.act(
        db,
        identity,
        Permission.HANDLE_TICKETS,
        action,
        load=lambda s: queue.load(s, key),
        locate=queue.locate,
        work=guarded,
    )


def _choice(value: str, kind: type[Any], code: str) -> str:
    choices = [c.value for c in kind]
    if value not in choices:
        raise ValidationFailed(code, value=value, choices=", ".join(choices))
    return value


# ------------------------------------------------------------------------------ triage
def set_status(
    db: Database,
    identity: AdminIdentity,
    key: int | str,
    status: str,
    *,
    version: int | None = None,
) -> str:
    _choice(status, t.Status, "ticket.status_invalid")
    if status == t.Status.MERGED.value:
        raise ValidationFailed("ticket.status_invalid", value=status, choices="merge")
    rules = rules_of(db)

    def work(session: Session, ticket: Ticket) -> Done[str]:
        before = ticket.status
        if before == status:
            return Done(status, None)
        ticket.status = status
        now = utcnow()
        ticket.updated_at = now
        if status == t.Status.SOLVED.value:
            ticket.solved_at = now
        st.event(session, ticket, "status", identity.username, status, {"from": before}, now)
        sla.refresh(session, ticket, rules)
        return Done(status, {"field": "status", "before": before, "after": status})

    return str(_act(db, identity, AuditAction.TICKET_UPDATE, key, work, version))


def set_category(db: Database, identity: AdminIdentity, key: int | str, category: str) -> str:
    """Confirm the suggestion or choose another category (the SLA targets may change)."""
    _choice(category, t.Category, "ticket.category_invalid")
    rules = rules_of(db)

    def work(session: Session, ticket: Ticket) -> Done[str]:
        before = ticket.category
        ticket.category = category
        st.event(
            session,
            ticket,
            "category",
            identity.username,
            category,
            {"suggested": ticket.suggested_category},
        )
        sla.refresh(session, ticket, rules)
        return Done(
            category,
            {
                "field": "category",
                "before": before,
                "after": category,
                "suggested": ticket.suggested_category,
            },
        )

    return str(_act(db, identity, AuditAction.TICKET_UPDATE, key, work))


def set_priority(db: Database, identity: AdminIdentity, key: int | str, priority: str) -> str:
    _choice(priority, t.Priority, "ticket.priority_invalid")
    rules = rules_of(db)

    def work(session: Session, ticket: Ticket) -> Done[str]:
        before = ticket.priority
        ticket.priority = priority
        st.event(session, ticket, "priority", identity.username, priority, {"from": before})
        sla.refresh(session, ticket, rules)
        return Done(priority, {"field": "priority", "before": before, "after": priority})

    return str(_act(db, identity, AuditAction.TICKET_UPDATE, key, work))


def link_caller(
    db: Database, identity: AdminIdentity, key: int | str, kind: str | None, ident: int | None
) -> None:
    """Choose one of the matches (or none) as the ticket's caller; the queue follows the
    caller's province. A choice outside the administrator's own scope is refused."""
    rules = rules_of(db)

    def work(session: Session, ticket: Ticket) -> Done[None]:
        if kind is None or ident is None:
            st.link(session, ticket, None)
            st.event(session, ticket, "linked", identity.username, None, {})
            return Done(None, {"field": "caller", "after": None})
        text = "\n".join(
            session.execute(
                sa.select(TicketArticle.subject + " " + TicketArticle.body).where(
                    TicketArticle.ticket_id == ticket.id
                )
            ).scalars()
        )
        found = {(c.kind, c.id): c for c in st.candidates(session, ticket.caller_address, text)}
        stored = {(k, i) for k, i, _r in json.loads(ticket.candidates or "[]")}
        choice = found.get((kind, ident))
        if choice is None or (kind, ident) not in stored | set(found):
            raise Refuse("candidate", AppError("ticket.candidate_unknown"))
        if not Scope.of(identity).contains(choice.province_code, choice.district_id):
            raise Refuse("scope", AppError("permission.scope"))
        st.link(session, ticket, choice)
        st.event(session, ticket, "linked", identity.username, f"{kind}:{ident}", {})
        sla.refresh(session, ticket, rules)
        return Done(None, {"field": "caller", "after": f"{kind}:{ident}", "reason": choice.reason})

    _act(db, identity, AuditAction.TICKET_UPDATE, key, work)


# ------------------------------------------------------------------------------ assignment
def _eligible(session: Session, ticket: Ticket) -> list[AdminAccount]:
    """Active administrators who handle tickets and whose scope holds the ticket, by id."""
    admins = session.execute(
        sa.select(AdminAccount).where(AdminAccount.active.is_(True)).order_by(AdminAccount.id)
    ).scalars()
    out = []
    for admin in admins:
        role = Role(admin.role)
        if not allows(role, Permission.HANDLE_TICKETS):
            continue
        if Scope(admin.province_code, admin.district_id).contains(
            ticket.province_code, ticket.district_id
        ):
            # the central desk's tickets go to national desk roles only
            if ticket.province_code is None and admin.province_code is not None:
                continue
            out.append(admin)
    return out


def _round_robin(session: Session, ticket: Ticket) -> AdminAccount:
    people = _eligible(session, ticket)
    if ticket.province_code is not None:
        local = [a for a in people if a.province_code == ticket.province_code]
        people = local or people
    if not people:
        raise Refuse("nobody", AppError("ticket.nobody_in_queue"))
    queue_ = ticket.province_code or queue.CENTRAL
    last = session.execute(
        sa.select(TicketEvent.value)
        .where(
            TicketEvent.kind == "assigned_rr", TicketEvent.details == json.dumps({"queue": queue_})
        )
        .order_by(TicketEvent.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    names = [a.username for a in people]
    if last in names:
        return people[(names.index(last) + 1) % len(people)]
    return people[0]


def assign(db: Database, identity: AdminIdentity, key: int | str, to: str | None) -> str | None:
    """``to``: "me", a colleague's user name, "round_robin" (the next in turn of the queue's
    administrators), or None to unassign. Returns the assignee's user name."""

    def work(session: Session, ticket: Ticket) -> Done[str | None]:
        before = ticket.assigned_to
        kind = "assigned"
        if to is None:
            ticket.assigned_admin_id, ticket.assigned_to = None, None
        else:
            chosen: AdminAccount | None
            if to == ROUND_ROBIN:
                chosen = _round_robin(session, ticket)
                kind = "assigned_rr"
            else:
                name = identity.username if to == ME else to
                chosen = next((a for a in _eligible(session, ticket) if a.username == name), None)
                if chosen is None:
                    raise Refuse("assignee", AppError("ticket.assignee_unknown", username=name))
            ticket.assigned_admin_id, ticket.assigned_to = chosen.id, chosen.username
        if ticket.status == t.Status.NEW.value and ticket.assigned_to:
            ticket.status = t.Status.OPEN.value
            st.event(session, ticket, "status", identity.username, ticket.status, {"from": "new"})
        details = {"queue": ticket.province_code or queue.CENTRAL} if kind == "assigned_rr" else {}
        st.event(session, ticket, kind, identity.username, ticket.assigned_to, details)
        ticket.updated_at = utcnow()
        return Done(
            ticket.assigned_to,
            {"before": before, "after": ticket.assigned_to, "round_robin": kind == "assigned_rr"},
        )

    result = _act(db, identity, AuditAction.TICKET_ASSIGN, key, work)
    return None if result is None else str(result)


# ------------------------------------------------------------------------------ articles
def add_note(db: Database, identity: AdminIdentity, key: int | str, text: str) -> int:
    """An internal note (never sent; not an answer for the SLA)."""
    body = (text or "").strip()
    if not body:
        raise ValidationFailed("ticket.reply_empty")

    def work(session: Session, ticket: Ticket) -> Done[int]:
        article = TicketArticle(
            ticket_id=ticket.id,
            kind="note",
            occurred_at=utcnow(),
            sender=identity.display_name,
            body=body,
            admin_username=identity.username,
        )
        session.add(article)
        session.flush()
        return Done(article.id, {"article": article.id, "characters": len(body)})

    return int(_act(db, identity, AuditAction.TICKET_NOTE, key, work))


def log_call(db: Database, identity: AdminIdentity, key: int | str, summary: str) -> int:
    """A phone call with the caller about this ticket: an answer for the SLA clocks."""
    body = (summary or "").strip()
    if not body:
        raise ValidationFailed("ticket.reply_empty")
    rules = rules_of(db)

    def work(session: Session, ticket: Ticket) -> Done[int]:
        now = utcnow()
        article = TicketArticle(
            ticket_id=ticket.id,
            kind="phone",
            occurred_at=now,
            sender=identity.display_name,
            body=body,
            admin_username=identity.username,
        )
        session.add(article)
        ticket.updated_at = now
        session.flush()
        st.refresh_search(session, ticket)
        sla.refresh(session, ticket, rules)
        return Done(article.id, {"article": article.id, "kind": "phone"})

    return int(_act(db, identity, AuditAction.TICKET_UPDATE, key, work))


@dataclass(frozen=True)
class Desk:
    """A ticket typed at the desk (a phone call)."""

    subject: str
    body: str
    caller_name: str = ""
    caller_address: str = ""
    caller_phone: str = ""
    priority: str = t.Priority.NORMAL.value


def open_at_desk(db: Database, identity: AdminIdentity, entry: Desk) -> str:
    """A new ticket from a phone call; returns its number."""
    _choice(entry.priority, t.Priority, "ticket.priority_invalid")
    if not (entry.subject or "").strip():
        raise ValidationFailed("ticket.reply_empty")
    intake = intake_of(db)

    def work(session: Session, _none: None) -> Done[str]:
        item = st.Incoming(
            "phone",
            entry.subject.strip(),
            entry.body.strip(),
            caller_name=entry.caller_name.strip(),
            caller_address=entry.caller_address.strip().lower(),  # ascii: addresses, codes
            caller_phone=entry.caller_phone.strip(),
            priority=entry.priority,
        )
        result = st.receive(session, item, intake, by=identity.username)
        ticket = session.get(Ticket, result.ticket_id)
        assert ticket is not None
        if not Scope.of(identity).contains(ticket.province_code, ticket.district_id):
            # a caller of another area: the ticket goes to the central desk, unlinked
            st.link(session, ticket, None)
        return Done(
            result.number,
            {"number": result.number, "source": "phone"},
            guard.Target("ticket", result.number, ticket.province_code, ticket.district_id),
        )

    return str(
        guard.act(
            db,
            identity,
            Permission.HANDLE_TICKETS,
            AuditAction.TICKET_CREATE,
            load=lambda _s: None,
            locate=lambda _n: guard.Target(
                "ticket", None, identity.province_code, identity.district_id
            ),
            work=work,
        )
    )


# ------------------------------------------------------------------------------ replies
@dataclass(frozen=True)
class ReplyResult:
    article_id: int
    message_id: str
    status: str


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
    that carries a password is refused: passwords only go by SMS."""
    body = (text or "").strip()
    if not body:
        raise ValidationFailed("ticket.reply_empty")
    if t.carries_password(body):
        raise ValidationFailed("ticket.reply_has_password")
    _choice(status_after, t.Status, "ticket.status_invalid")
    settings = system_settings.load(db)
    rules = sla.Rules.of(settings)
    sender = settings.helpdesk_address

    # 1. the message, from the ticket as it is now (no lock held while the server talks)
    def compose(session: Session, ticket: Ticket) -> Done[tuple[EmailMessage, int]]:
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
        return Done((message, ticket.version))

    message, version = _act(db, identity, AuditAction.TICKET_REPLY, key, compose)

    # 2. the mail server; nothing is recorded when it refuses
    try:
        mailer.send(message)
    except MailError:
        guard.refuse(
            db,
            identity,
            AuditAction.TICKET_REPLY,
            guard.Target("ticket", str(key)),
            "mail_refused",
        )
        raise

    # 3. the answer on the ticket (the server has it: a stale version does not undo that)
    def record(session: Session, ticket: Ticket) -> Done[ReplyResult]:
        now = utcnow()
        article = TicketArticle(
            ticket_id=ticket.id,
            kind="reply",
            occurred_at=now,
            sender=sender,
            recipients=ticket.caller_address,
            subject=str(message["Subject"]),
            body=body,
            message_id=str(message["Message-ID"]),
            in_reply_to=str(message["In-Reply-To"] or "") or None,
            references=str(message["References"] or ""),
            # a copy of our own answer arriving in the help-desk mailbox is this article
            source_key=f"mail:{message['Message-ID']}",
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
        st.refresh_search(session, ticket)
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

    del version
    return _act(db, identity, AuditAction.TICKET_REPLY, key, record)  # type: ignore[no-any-return]


# ------------------------------------------------------------------------------ actions
def record_action(
    db: Database,
    identity: AdminIdentity,
    key: int | str,
    action: str,
    outcome: str,
    details: dict[str, Any] | None = None,
) -> None:
    """What was done for the caller from the ticket (``password.reissue``,
    ``person.caller_check``, ``request.receive``) and how it ended, on the ticket's history."""

    def work(session: Session, ticket: Ticket) -> Done[None]:
        st.event(
            session,
            ticket,
            "action",
            identity.username,
            action,
            {"outcome": outcome, **(details or {})},
        )
        ticket.updated_at = utcnow()
        return Done(None, {"action": action, "outcome": outcome, **(details or {})})

    _act(db, identity, AuditAction.TICKET_ACTION, key, work)


# ------------------------------------------------------------------------------ merge, split
def merge(db: Database, identity: AdminIdentity, source: int | str, into: int | str) -> str:
    """Fold the duplicate ``source`` into ``into``: its messages, ids and attachments move
    there (in time order), its history stays and says where it went; it is closed as
    merged. Returns the surviving number."""
    rules = rules_of(db)

    def work(session: Session, ticket: Ticket) -> Done[str]:
        target = queue.load(session, into)
        if target.id == ticket.id:
            raise Refuse("self", AppError("ticket.merge_self"))
        if not Scope.of(identity).contains(target.province_code, target.district_id):
            raise Refuse("scope", AppError("permission.scope"))
        if target.merged_into is not None:
            raise Refuse("merged", AppError("ticket.merged", number=target.number))
        session.execute(
            sa.update(TicketArticle)
            .where(TicketArticle.ticket_id == ticket.id)
            .values(ticket_id=target.id)
        )
        session.execute(
            sa.update(TicketMessageId)
            .where(TicketMessageId.ticket_id == ticket.id)
            .values(ticket_id=target.id)
        )
        ticket.merged_into = target.id
        before = ticket.status
        ticket.status = t.Status.MERGED.value
        st.event(session, ticket, "merged", identity.username, target.number, {"from": before})
        st.event(session, ticket, "status", identity.username, ticket.status, {"from": before})
        st.event(session, target, "merged_in", identity.username, ticket.number, {})
        if target.status in (t.Status.SOLVED.value, t.Status.CLOSED.value):
            target.status = t.Status.OPEN.value
            st.event(session, target, "status", identity.username, target.status, {"why": "merge"})
        target.updated_at = utcnow()
        session.flush()
        st.refresh_search(session, target)
        st.refresh_search(session, ticket)
        sla.refresh(session, target, rules)
        sla.refresh(session, ticket, rules)
        return Done(target.number, {"into": target.number, "from": ticket.number})

    return str(_act(db, identity, AuditAction.TICKET_MERGE, source, work))


def split(db: Database, identity: AdminIdentity, key: int | str, article_id: int) -> str:
    """Move one message (and those after it from the same sender) into a new ticket — two
    questions in one thread. Returns the new number."""
    rules = rules_of(db)

    def work(session: Session, ticket: Ticket) -> Done[str]:
        article = session.get(TicketArticle, article_id)
        if article is None or article.ticket_id != ticket.id or article.kind != "incoming":
            raise Refuse("article", AppError("ticket.split_article"))
        now = utcnow()
        new = Ticket(
            number=st.next_number(session, now.year),
            source=ticket.source,
            subject=article.subject or ticket.subject,
            caller_name=ticket.caller_name,
            caller_address=ticket.caller_address,
            caller_phone=ticket.caller_phone,
            person_id=ticket.person_id,
            mailbox_id=ticket.mailbox_id,
            candidates=ticket.candidates,
            province_code=ticket.province_code,
            district_id=ticket.district_id,
            suggested_category=t.suggest_category(
                f"{article.subject}\n{article.body}"
            ).category.value,
            priority=ticket.priority,
            status=t.Status.OPEN.value,
            created_at=article.occurred_at,
            updated_at=now,
            search_text="",
        )
        session.add(new)
        session.flush()
        moved = list(
            session.execute(
                sa.select(TicketArticle.id).where(
                    TicketArticle.ticket_id == ticket.id,
                    TicketArticle.kind == "incoming",
                    TicketArticle.sender == article.sender,
                    sa.tuple_(TicketArticle.occurred_at, TicketArticle.id)
                    >= sa.tuple_(
                        sa.literal(article.occurred_at, TicketArticle.occurred_at.type),
                        sa.literal(article.id),
                    ),
                )
            ).scalars()
        )
        session.execute(
            sa.update(TicketArticle).where(TicketArticle.id.in_(moved)).values(ticket_id=new.id)
        )
        for mid in session.execute(
            sa.select(TicketArticle.message_id).where(
                TicketArticle.id.in_(moved), TicketArticle.message_id.is_not(None)
            )
        ).scalars():
            session.execute(
                sa.update(TicketMessageId)
                .where(TicketMessageId.message_id == mid)
                .values(ticket_id=new.id)
            )
        st.event(
            session,
            new,
            "created",
            identity.username,
            "split",
            {"from": ticket.number},
            article.occurred_at,
        )
        st.event(session, new, "status", identity.username, new.status, {}, now)
        st.event(session, ticket, "split", identity.username, new.number, {"articles": len(moved)})
        session.flush()
        for one in (ticket, new):
            st.refresh_search(session, one)
            sla.refresh(session, one, rules)
        return Done(new.number, {"new": new.number, "articles": len(moved)})

    return str(_act(db, identity, AuditAction.TICKET_SPLIT, key, work))
