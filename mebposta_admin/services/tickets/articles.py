"""What storing a ticket's message needs besides the threading: the yearly ticket numbers,
what a unit of work stored and has not flushed, attachments kept once per content, and the
folded search text."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import tickets as t
from mebposta_admin.domain.folding import fold
from mebposta_admin.models import (
    AttachmentBlob,
    Ticket,
    TicketArticle,
    TicketAttachment,
    TicketCounter,
)
from mebposta_admin.services.tickets.mail_message import Attachment

SEARCH_BODY = 4000  # characters of each article's body kept in the search text
MAX_SEARCH = 20_000


def next_number(session: Session, year: int) -> str:
    """The next ``YM-<year>-<n>``: one ``UPDATE … RETURNING`` on the year's counter row, which
    holds the row's lock to the end of the transaction (two desks never get one number)."""
    counters = cast(sa.Table, TicketCounter.__table__)
    bump = (
        sa.update(counters)
        .where(counters.c.year == year)
        .values(last=counters.c.last + 1)
        .returning(counters.c.last)
    )
    conn = session.connection()
    last = conn.execute(bump).scalar_one_or_none()
    if last is None:  # the year's first ticket
        insert = (
            sa.insert(counters).values(year=year, last=0).prefix_with("OR IGNORE")
            if session.get_bind().dialect.name == "sqlite"
            else sa.text(
                "INSERT INTO ticket_counters (year, last) VALUES (:y, 0) ON CONFLICT DO NOTHING"
            ).bindparams(y=year)
        )
        conn.execute(insert)
        last = conn.execute(bump).scalar_one()
    return t.ticket_number(year, int(last))


def pending(session: Session) -> dict[str, dict[str, int]]:
    """What this unit of work stored and has not flushed yet (the intake stores a batch of
    mail in one): source keys and portal ids → ticket, Message-IDs → ticket."""
    pending = session.info.get("tickets_pending")
    if pending is None:
        pending = {"keys": {}, "mids": {}}
        session.info["tickets_pending"] = pending
    return pending


def attachment_row(session: Session, article: TicketArticle, a: Attachment) -> TicketAttachment:
    row = TicketAttachment(
        article_id=article.id,
        filename=a.filename,
        content_type=a.content_type[:100],
        size=a.size,
        refused=a.refused,
    )
    if a.data is not None:
        digest = hashlib.sha256(a.data).hexdigest()
        row.sha256 = digest
        if session.get(AttachmentBlob, digest) is None:
            session.add(AttachmentBlob(sha256=digest, content=a.data))
        row.stored = True
    return row


def search_text_of(head: Sequence[str], articles: Sequence[tuple[str, str, str]]) -> str:
    """The folded text the search reads (head, then each article's subject, sender and the
    start of its body), bounded."""
    parts = [p for p in head if p]
    for subject, sender, body in articles:
        parts += [subject, sender, (body or "")[:SEARCH_BODY]]
    text = fold(" ".join(p for p in parts if p))
    return " ".join(text.split())[:MAX_SEARCH]


def refresh_search(session: Session, ticket: Ticket) -> None:
    """The search text again from every article (after a merge or a split moved some)."""
    session.flush()
    rows = session.execute(
        sa.select(TicketArticle.subject, TicketArticle.sender, TicketArticle.body)
        .where(TicketArticle.ticket_id == ticket.id, TicketArticle.kind != "note")
        .order_by(TicketArticle.id)
    ).all()
    ticket.search_text = search_text_of(
        [ticket.number, ticket.subject, ticket.caller_name, ticket.caller_address],
        [(r.subject, r.sender, r.body) for r in rows],
    )
