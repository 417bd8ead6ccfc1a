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
)
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import guard, system_settings
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Refuse
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.tickets import articles, linking, queue, sla
from mebposta_admin.services.tickets import store as st

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
            linking.link(session, ticket, None)
            st.event(session, ticket, "linked", identity.username, None, {})
            return Done(None, {"field": "caller", "after": None})
        text = "\n".join(
            session.execute(
                sa.select(TicketArticle.subject + " " + TicketArticle.body).where(
                    TicketArticle.ticket_id == ticket.id
                )
            ).scalars()
        )
        found = {
            (c.kind, c.id): c for c in linking.candidates(session, ticket.caller_address, text)
        }
        stored = {(k, i) for k, i, _r in json.loads(ticket.candidates or "[]")}
        choice = found.get((kind, ident))
        if choice is None or (kind, ident) not in stored | set(found):
            raise Refuse("candidate", AppError("ticket.candidate_unknown"))
        if not Scope.of(identity).contains(choice.province_code, choice.district_id):
            raise Refuse("scope", AppError("permission.scope"))
        linking.link(session, ticket, choice)
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


def colleagues(db: Database, identity: AdminIdentity, key: int | str) -> list[str]:
    """The user names a ticket may be assigned to (the administrators of its queue)."""

    def read(session: Session, ticket: Ticket) -> Done[list[str]]:
        return Done([a.username for a in _eligible(session, ticket)])

    return list(_act(db, identity, AuditAction.TICKET_ASSIGN, key, read))


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
        articles.refresh_search(session, ticket)
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
            linking.link(session, ticket, None)
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
