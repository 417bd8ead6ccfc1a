"""Merge a duplicate into its ticket (its messages and ids move, its history stays and says
where it went) and split a second question off into a ticket of its own."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import tickets as t
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.errors import AppError
from mebposta_admin.models import Ticket, TicketArticle, TicketMessageId
from mebposta_admin.models.base import utcnow
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import Done, Refuse
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.tickets import articles, queue, sla
from mebposta_admin.services.tickets import store as st
from mebposta_admin.services.tickets.work import _act, rules_of


def merge(db: Database, identity: AdminIdentity, key: int | str, into: int | str) -> str:
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
        articles.refresh_search(session, target)
        articles.refresh_search(session, ticket)
        sla.refresh(session, target, rules)
        sla.refresh(session, ticket, rules)
        return Done(target.number, {"into": target.number, "from": ticket.number})

    return str(_act(db, identity, AuditAction.TICKET_MERGE, key, work))


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
            number=articles.next_number(session, now.year),
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
            articles.refresh_search(session, one)
            sla.refresh(session, one, rules)
        return Done(new.number, {"new": new.number, "articles": len(moved)})

    return str(_act(db, identity, AuditAction.TICKET_SPLIT, key, work))
