"""The ticket queue and one ticket's full view.

The queue lists the tickets of the reader's scope (the central desk's tickets are national)
ordered by what breaches first — ``next_breach_at``, kept current from the history — then the
id, keyset-paged on the B-trees ``ix_tickets_{,province_}queue`` and ``ix_tickets_assignee``.
The text filter reads the folded search text through FTS5 trigram (SQLite) or pg_trgm
(PostgreSQL); terms under three letters fall back to a bounded scan.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from mebposta_admin.domain import tickets as t
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.domain.ticket_sla import Clocks
from mebposta_admin.errors import AppError, PermissionDenied, ValidationFailed
from mebposta_admin.models import (
    Alias,
    Mailbox,
    Person,
    Ticket,
    TicketArticle,
    TicketAttachment,
    TicketEvent,
)
from mebposta_admin.models.base import utcnow
from mebposta_admin.services import guard, paging
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.guard import NO_TARGET
from mebposta_admin.services.paging import Page
from mebposta_admin.services.scope import Scope
from mebposta_admin.services.tickets import search, sla

OPEN = "open"  # new, open or waiting
ALL = "all"
CENTRAL = "central"  # the queue of tickets without a province


@dataclass(frozen=True)
class TicketFilter:
    status: str = OPEN  # open | all | one of domain.tickets.Status
    queue: str | None = None  # a province code, "central", or None for the whole scope
    mine: bool = False
    unassigned: bool = False
    category: str | None = None
    priority: str | None = None
    text: str = ""
    person_id: int | None = None
    mailbox_id: int | None = None

    def __post_init__(self) -> None:
        if self.status not in (OPEN, ALL, *(s.value for s in t.Status)):
            raise ValidationFailed(
                "ticket.status_invalid", value=self.status, choices="open, all, new, …"
            )


@dataclass(frozen=True)
class TicketRow:
    id: int
    number: str
    subject: str
    caller: str  # the caller's name, else address
    category: str  # confirmed, else the suggestion
    category_confirmed: bool
    priority: str
    status: str
    assigned_to: str | None
    province_code: str | None
    created_at: datetime
    updated_at: datetime
    next_breach_at: datetime | None  # None: no clock running
    sla_state: str
    escalated: bool
    version: int


@dataclass(frozen=True)
class ArticleView:
    id: int
    kind: str
    occurred_at: datetime
    sender: str
    subject: str
    body: str  # TCKN and GSM masked
    admin_username: str | None
    problems: tuple[str, ...]
    throttled: bool
    attachments: tuple[tuple[str, int, str | None], ...]  # (name, size, refused)


@dataclass(frozen=True)
class CandidateView:
    kind: str  # person | unit
    id: int
    reason: str  # sender | tckn | gsm | address
    label: str  # a person's name and masked TCKN, or the unit's address
    province_code: str | None


@dataclass(frozen=True)
class EventView:
    occurred_at: datetime
    kind: str
    admin_username: str | None
    value: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class TicketDetail:
    row: TicketRow
    caller_name: str
    caller_address: str
    source: str
    suggested_category: str
    suggestion_words: str
    person_id: int | None
    person_label: str | None
    mailbox_id: int | None
    mailbox_address: str | None
    old_addresses: tuple[str, ...]
    quota_mb: int | None
    candidates: tuple[CandidateView, ...]
    articles: tuple[ArticleView, ...]
    events: tuple[EventView, ...]
    clocks: Clocks
    merged_into: str | None


def require(db: Database, identity: AdminIdentity, action: AuditAction) -> None:
    if not allows(identity.role, Permission.HANDLE_TICKETS):
        guard.refuse(db, identity, action, NO_TARGET, "role")
        raise PermissionDenied("permission.role", role=identity.role.value)


def _conditions(
    identity: AdminIdentity, filt: TicketFilter, dialect: str, conn: Any
) -> list[sa.ColumnElement[bool]]:
    where = list(Scope.of(identity).where(Ticket.province_code, Ticket.district_id))
    if filt.status == OPEN:
        where.append(Ticket.status.in_([s.value for s in t.OPEN_STATUSES]))
    elif filt.status != ALL:
        where.append(Ticket.status == filt.status)
    if filt.queue == CENTRAL:
        where.append(Ticket.province_code.is_(None))
    elif filt.queue:
        where.append(Ticket.province_code == filt.queue)
    if filt.mine:
        where.append(Ticket.assigned_admin_id == identity.id)
    if filt.unassigned:
        where.append(Ticket.assigned_admin_id.is_(None))
    if filt.category:
        where.append(sa.func.coalesce(Ticket.category, Ticket.suggested_category) == filt.category)
    if filt.priority:
        where.append(Ticket.priority == filt.priority)
    if filt.person_id is not None:
        where.append(Ticket.person_id == filt.person_id)
    if filt.mailbox_id is not None:
        where.append(Ticket.mailbox_id == filt.mailbox_id)
    text = search.condition(conn, dialect, filt.text)
    if text is not None:
        where.append(text)
    return where


_COLUMNS = (
    Ticket.id,
    Ticket.number,
    Ticket.subject,
    Ticket.caller_name,
    Ticket.caller_address,
    Ticket.category,
    Ticket.suggested_category,
    Ticket.priority,
    Ticket.status,
    Ticket.assigned_to,
    Ticket.province_code,
    Ticket.created_at,
    Ticket.updated_at,
    Ticket.next_breach_at,
    Ticket.sla_state,
    Ticket.escalated_at,
    Ticket.version,
)


def page(
    db: Database,
    identity: AdminIdentity,
    filt: TicketFilter | None = None,
    after: tuple[Any, ...] | None = None,
    limit: int = 100,
) -> Page[TicketRow]:
    """The queue, what breaches first on top (then the oldest)."""
    require(db, identity, AuditAction.TICKET_UPDATE)
    filt = filt or TicketFilter()
    last = (_as_time(after[0]), after[1]) if after else None
    keys = (Ticket.next_breach_at, Ticket.id)
    with db.reading(statement_snapshots=True) as conn:
        rows: list[Any] | None = None
        if db.dialect == "postgresql" and fold(filt.text).strip():
            plain = dataclasses.replace(filt, text="")
            base = sa.select(Ticket).where(*_conditions(identity, plain, db.dialect, conn))
            rows = search.walk_first(conn, base, _COLUMNS, last, limit, filt.text)
        if rows is None:
            query: Any = sa.select(*_COLUMNS).where(*_conditions(identity, filt, db.dialect, conn))
            rows = list(conn.execute(paging.keyset(query, keys, last, limit + 1)).all())
    shown = [_row(x) for x in rows]
    return paging.page_of(
        shown, lambda row: ((row.next_breach_at or sla.NOTHING_DUE).isoformat(), row.id), limit
    )


def _as_time(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _row(x: Any) -> TicketRow:
    due = x.next_breach_at
    return TicketRow(
        id=x.id,
        number=x.number,
        subject=x.subject,
        caller=x.caller_name or x.caller_address,
        category=x.category or x.suggested_category,
        category_confirmed=x.category is not None,
        priority=x.priority,
        status=x.status,
        assigned_to=x.assigned_to,
        province_code=x.province_code,
        created_at=x.created_at,
        updated_at=x.updated_at,
        next_breach_at=None if due is None or due.year >= 9999 else due,
        sla_state=x.sla_state,
        escalated=x.escalated_at is not None,
        version=x.version,
    )


def locate(ticket: Ticket) -> guard.Target:
    return guard.Target("ticket", ticket.number, ticket.province_code, ticket.district_id)


def load(session: Any, key: int | str) -> Ticket:
    """A ticket by id or number (``YM-2026-000123``)."""
    ticket: Ticket | None
    if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
        ticket = session.get(Ticket, int(key))
    else:
        ticket = session.execute(
            sa.select(Ticket).where(
                Ticket.number == str(key).strip().upper()  # ascii
            )  # ascii: addresses, codes
        ).scalar_one_or_none()
    if ticket is None:
        raise AppError("ticket.not_found", number=str(key))
    return ticket


def detail(
    db: Database, identity: AdminIdentity, key: int | str, rules: sla.Rules | None = None
) -> TicketDetail:
    """One ticket with everything the desk reads (bodies with TCKN and GSM masked)."""
    from mebposta_admin.services import system_settings

    require(db, identity, AuditAction.TICKET_UPDATE)
    rules = rules or sla.Rules.of(system_settings.load(db))

    def read(session: Any, ticket: Ticket) -> guard.Done[TicketDetail]:
        return guard.Done(_detail(session, ticket, rules))

    return guard.act(
        db,
        identity,
        Permission.HANDLE_TICKETS,
        AuditAction.TICKET_UPDATE,
        load=lambda s: load(s, key),
        locate=locate,
        work=read,
    )


def _person_label(person: Person) -> str:
    from mebposta_admin.domain import tckn as tckn_rules

    return f"{person.first_name} {person.last_name} ({tckn_rules.mask(person.tckn)})"


def _detail(session: Any, ticket: Ticket, rules: sla.Rules) -> TicketDetail:
    row = _row(session.execute(sa.select(*_COLUMNS).where(Ticket.id == ticket.id)).one())
    person = session.get(Person, ticket.person_id) if ticket.person_id else None
    box = session.get(Mailbox, ticket.mailbox_id) if ticket.mailbox_id else None
    old = (
        tuple(
            session.execute(
                sa.select(Alias.address).where(Alias.mailbox_id == box.id).order_by(Alias.address)
            ).scalars()
        )
        if box
        else ()
    )
    candidates: list[CandidateView] = []
    seen: set[tuple[str, int]] = set()
    for kind, ident, reason in json.loads(ticket.candidates or "[]"):
        if (kind, ident) in seen:
            continue
        seen.add((kind, ident))
        if kind == "person":
            p = session.get(Person, ident)
            if p is not None:
                candidates.append(
                    CandidateView(kind, ident, reason, _person_label(p), p.province_code)
                )
        else:
            b = session.get(Mailbox, ident)
            if b is not None:
                candidates.append(CandidateView(kind, ident, reason, b.address, b.province_code))
    attachments: dict[int, list[tuple[str, int, str | None]]] = {}
    articles = list(
        session.execute(
            sa.select(TicketArticle)
            .where(TicketArticle.ticket_id == ticket.id)
            .order_by(TicketArticle.occurred_at, TicketArticle.id)
        ).scalars()
    )
    if articles:
        for a in session.execute(
            sa.select(TicketAttachment).where(
                TicketAttachment.article_id.in_([x.id for x in articles])
            )
        ).scalars():
            attachments.setdefault(a.article_id, []).append((a.filename, a.size, a.refused))
    events = [
        EventView(e.occurred_at, e.kind, e.admin_username, e.value, json.loads(e.details or "{}"))
        for e in session.execute(
            sa.select(TicketEvent)
            .where(TicketEvent.ticket_id == ticket.id)
            .order_by(TicketEvent.id)
        ).scalars()
    ]
    merged = session.get(Ticket, ticket.merged_into) if ticket.merged_into else None
    return TicketDetail(
        row=row,
        caller_name=ticket.caller_name,
        caller_address=ticket.caller_address,
        source=ticket.source,
        suggested_category=ticket.suggested_category,
        suggestion_words=ticket.suggestion_words,
        person_id=ticket.person_id,
        person_label=_person_label(person) if person else None,
        mailbox_id=ticket.mailbox_id,
        mailbox_address=box.address if box else None,
        old_addresses=old,
        quota_mb=round(box.quota_bytes / 1024 / 1024) if box else None,
        candidates=tuple(candidates),
        articles=tuple(
            ArticleView(
                a.id,
                a.kind,
                a.occurred_at,
                a.sender,
                a.subject,
                t.mask_identifiers(a.body),
                a.admin_username,
                tuple(json.loads(a.problems or "[]")),
                a.throttled,
                tuple(attachments.get(a.id, ())),
            )
            for a in articles
        ),
        events=tuple(events),
        clocks=sla.clocks(session, ticket, rules, utcnow()),
        merged_into=merged.number if merged else None,
    )
