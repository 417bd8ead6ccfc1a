"""The portal's ticket feed from a real local HTTP server, on both databases: every item once
however often the feed repeats it, a broken item stored with its mark, a follow-up joining
its ticket, the portal down without loss, two pollers at once."""

from __future__ import annotations

import threading

import pytest
import sqlalchemy as sa

from mebposta_admin.models import Ticket, TicketArticle
from mebposta_admin.services.requests.feed import FeedError
from mebposta_admin.services.tickets import portal, work
from tests.support.portal import TOKEN, PortalServer


def ticket_item(n: int, **fields):
    values = {
        "id": f"T-{n:05d}",
        "submitted_at": "2026-12-01T09:00:00+03:00",
        "subject": f"Portal sorusu {n}",
        "body": "Outlook kurulumunda 993 portu çalışmıyor",
        "name": "Mehmet Öztürk",
        "email": f"mehmet{n}@example.org",
        "phone": "05321234567",
    }
    values.update(fields)
    return values


@pytest.fixture
def server():
    running = PortalServer().start()
    yield running
    running.stop()


def counts(db) -> tuple[int, int]:
    with db.engine.connect() as conn:
        return (
            conn.execute(sa.select(sa.func.count()).select_from(Ticket)).scalar_one(),
            conn.execute(sa.select(sa.func.count()).select_from(TicketArticle)).scalar_one(),
        )


def test_every_item_once_even_when_the_feed_repeats(seeded_db, server) -> None:
    server.tickets = [ticket_item(n) for n in range(7)]
    server.faults = ["repeat", None, "repeat"]
    result = portal.poll_once(seeded_db, portal.feed(server.url, TOKEN), work.intake_of(seeded_db))
    assert result.stored == 7 and result.repeated >= 2
    assert counts(seeded_db) == (7, 7)
    with seeded_db.engine.connect() as conn:
        cat, source = conn.execute(
            sa.select(Ticket.suggested_category, Ticket.source).where(Ticket.portal_id == "T-00003")
        ).one()
    assert (cat, source) == ("client_setup", "portal")
    server.tickets.append(ticket_item(7))
    again = portal.poll_once(seeded_db, portal.feed(server.url, TOKEN), work.intake_of(seeded_db))
    assert again.stored == 1 and counts(seeded_db) == (8, 8)


def test_a_broken_item_is_kept_with_its_mark_and_a_follow_up_joins(seeded_db, server) -> None:
    server.tickets = [
        ticket_item(1),
        "not an object",
        ticket_item(2, id=None),
        ticket_item(3, body={"x": 1}),
    ]
    portal.poll_once(seeded_db, portal.feed(server.url, TOKEN), work.intake_of(seeded_db))
    with seeded_db.engine.connect() as conn:
        first = conn.execute(
            sa.select(Ticket.number).where(Ticket.portal_id == "T-00001")
        ).scalar_one()
        marks = [p for (p,) in conn.execute(sa.select(TicketArticle.problems)) if p != "[]"]
    assert len(marks) == 3 and any("feed.not_an_object" in m for m in marks)
    server.tickets.append(ticket_item(9, reply_to=first, subject="Hâlâ çalışmıyor"))
    portal.poll_once(seeded_db, portal.feed(server.url, TOKEN), work.intake_of(seeded_db))
    with seeded_db.engine.connect() as conn:
        joined = conn.execute(
            sa.select(sa.func.count())
            .select_from(TicketArticle)
            .join(Ticket)
            .where(Ticket.number == first)
        ).scalar_one()
    assert joined == 2


def test_the_portal_down_loses_nothing(seeded_db, server) -> None:
    server.tickets = [ticket_item(n) for n in range(5)]
    server.faults = [None, "500"]  # the first page, then the portal fails
    with pytest.raises(FeedError) as failed:
        portal.poll_once(seeded_db, portal.feed(server.url, TOKEN), work.intake_of(seeded_db))
    assert failed.value.code == "portal.http_error"
    assert counts(seeded_db)[0] == 3  # the first page is kept
    with pytest.raises(FeedError) as refused:
        portal.poll_once(seeded_db, portal.feed(server.url, "wrong"), work.intake_of(seeded_db))
    assert refused.value.code == "portal.refused_token"
    portal.poll_once(seeded_db, portal.feed(server.url, TOKEN), work.intake_of(seeded_db))
    assert counts(seeded_db)[0] == 5


def test_two_pollers_at_once_store_each_item_once(seeded_db, server) -> None:
    server.tickets = [ticket_item(n) for n in range(30)]
    server.delay = 0.02
    errors: list[BaseException] = []

    def poll() -> None:
        try:
            portal.poll_once(seeded_db, portal.feed(server.url, TOKEN), work.intake_of(seeded_db))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=poll) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert counts(seeded_db) == (30, 30)
    with seeded_db.engine.connect() as conn:
        numbers = list(conn.execute(sa.select(Ticket.number)).scalars())
    assert len(set(numbers)) == 30
