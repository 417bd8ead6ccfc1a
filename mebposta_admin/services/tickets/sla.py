"""The SLA clocks of stored tickets: the rules from the system settings, the history read
from the database, the queue's sort key kept current, and the sweep that escalates what has
breached (domain.ticket_sla does the arithmetic)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import tickets as t
from mebposta_admin.domain.business_calendar import BusinessCalendar
from mebposta_admin.domain.ticket_sla import Clocks, Moment, TargetTable, compute

__all__ = ["NOTHING_DUE", "Moment", "Rules", "clocks", "history", "refresh", "sweep"]
from mebposta_admin.models import Ticket, TicketArticle, TicketEvent
from mebposta_admin.models.base import utcnow
from mebposta_admin.services.requests.calendar import calendar_of
from mebposta_admin.services.system_settings import SystemSettings

# The queue's sort key of a ticket with no clock running (solved, or no targets): last.
NOTHING_DUE = datetime(9999, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Rules:
    calendar: BusinessCalendar
    targets: TargetTable

    @classmethod
    def of(cls, settings: SystemSettings) -> Rules:
        return cls(calendar_of(settings), TargetTable(settings.ticket_sla))


def history(session: Session, ticket_id: int) -> list[Moment]:
    """What the clocks read: the caller's messages, our answers, the status changes."""
    moments: list[Moment] = []
    for at, kind, problems in session.execute(
        sa.select(TicketArticle.occurred_at, TicketArticle.kind, TicketArticle.throttled)
        .where(TicketArticle.ticket_id == ticket_id)
        .order_by(TicketArticle.id)
    ):
        if kind == "incoming":
            moments.append(Moment(at, "caller"))
        elif kind in ("reply", "phone"):
            moments.append(Moment(at, "response"))
        del problems
    for at, kind, value in session.execute(
        sa.select(TicketEvent.occurred_at, TicketEvent.kind, TicketEvent.value)
        .where(TicketEvent.ticket_id == ticket_id, TicketEvent.kind.in_(["created", "status"]))
        .order_by(TicketEvent.id)
    ):
        moments.append(Moment(at, "status", t.Status.NEW.value if kind == "created" else value))
    return moments


def clocks(
    session: Session,
    ticket: Ticket,
    rules: Rules,
    now: datetime | None = None,
    moments: list[Moment] | None = None,
) -> Clocks:
    """The ticket's clocks from its history (``moments``: the history when the caller holds it
    already, e.g. of a ticket just opened)."""
    targets = rules.targets.of(ticket.category or ticket.suggested_category, ticket.priority)
    return compute(
        ticket.created_at,
        history(session, ticket.id) if moments is None else moments,
        targets,
        rules.calendar,
        now or utcnow(),
    )


def refresh(
    session: Session,
    ticket: Ticket,
    rules: Rules,
    now: datetime | None = None,
    moments: list[Moment] | None = None,
) -> Clocks:
    """Recompute the ticket's clocks and keep its sort key and state current."""
    if moments is None:
        session.flush()
        moments = history(session, ticket.id)
    result = clocks(session, ticket, rules, now, moments)
    ticket.next_breach_at = result.next_breach or NOTHING_DUE
    ticket.sla_state = result.worst.value
    responses = [m.at for m in moments if m.kind == "response"]
    ticket.first_response_at = min(responses) if responses else None
    first = result.first
    ticket.first_response_ok = (
        None if first.ticking or first.state.value == "none" else first.state.value == "met"
    )
    return result


def recompute_all(session: Session, rules: Rules, *, batch: int = 500) -> int:
    """Every open ticket recomputed (after the calendar or the targets changed)."""
    count, last = 0, 0
    while True:
        rows = list(
            session.execute(
                sa.select(Ticket)
                .where(Ticket.id > last, Ticket.status.in_([s.value for s in t.OPEN_STATUSES]))
                .order_by(Ticket.id)
                .limit(batch)
            ).scalars()
        )
        if not rows:
            return count
        for ticket in rows:
            refresh(session, ticket, rules)
            count += 1
        last = rows[-1].id


def sweep(session: Session, rules: Rules, now: datetime | None = None) -> list[str]:
    """Escalate every open ticket whose clock has run out since the last sweep: its state
    becomes breached, an ``escalated`` event is written once, and a ticket nobody took is
    raised to high priority. Returns the numbers escalated."""
    moment = now or utcnow()
    due = list(
        session.execute(
            sa.select(Ticket).where(
                Ticket.status.in_([s.value for s in t.OPEN_STATUSES]),
                Ticket.next_breach_at <= moment,
                Ticket.escalated_at.is_(None),
            )
        ).scalars()
    )
    escalated: list[str] = []
    for ticket in due:
        result = refresh(session, ticket, rules, moment)
        breached = [c.name for c in result.all if c.state.value == "breached" and c.ticking]
        if not breached:
            continue
        ticket.escalated_at = moment
        if ticket.assigned_admin_id is None and ticket.priority in ("low", "normal"):
            ticket.priority = t.Priority.HIGH.value
        session.add(
            TicketEvent(
                ticket_id=ticket.id,
                occurred_at=moment,
                kind="escalated",
                value=",".join(breached),
                details="{}",
            )
        )
        escalated.append(ticket.number)
    return escalated
