"""Issue 15: answers by e-mail go out through the server's worker in the shared deployment —
the workstation (its own database role, row-level security on) records the answer, the worker
(the only holder of the SMTP credentials) sends it to a real SMTP server (aiosmtpd, STARTTLS,
login) and puts it on the ticket; refusals, a missing worker, a worker lost mid-send and two
workers on one queue."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from mebposta_admin.errors import AppError
from mebposta_admin.models import MailOutbox, Ticket, TicketArticle
from mebposta_admin.services import auth, db_security, role_sign_in
from mebposta_admin.services.database import Database, open_database
from mebposta_admin.services.tickets import replies, reply_outbox
from mebposta_admin.services.tickets.mailer import MailError, SmtpMailer
from tests.services.test_tickets import mail, receive
from tests.support import smtp as smtp_support
from tests.support.requests import audit_rows

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])
PASSWORD = "Masa-Yanıt-Parolası-91"


@pytest.fixture
def smtp_server():
    server = smtp_support.start()
    yield server
    server.stop()


@pytest.fixture
def shared(seeded_url: str) -> Iterator[tuple[Database, Database]]:
    """(the worker's database, the help desk's workstation as its own role)."""
    owner = open_database(seeded_url)
    with owner.engine.begin() as conn:
        db_security.install(conn)
        db_security.provision(conn, "yardim", "helpdesk", password=PASSWORD)
        db_security.provision(conn, "il06", "province_admin", password=PASSWORD)
    desk = role_sign_in.open_session(make_url(seeded_url), "yardim", PASSWORD)
    yield owner, desk
    desk.dispose()
    owner.dispose()


def _mailer(server, password: str = smtp_support.PASSWORD) -> SmtpMailer:
    return SmtpMailer("127.0.0.1", server.port, smtp_support.USER, password, server.cafile)


def _ticket(owner: Database, n: int) -> str:
    got = receive(owner, mail(f"arayan{n}@example.org", "Outlook", "kurulum?", f"<o{n}@ex.org>"))
    return got.number


def _worker(owner: Database, mailer, stop: threading.Event) -> threading.Thread:
    def run() -> None:
        while not stop.is_set():
            if not reply_outbox.run_once(owner, mailer):
                stop.wait(0.05)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def _ticket_row(owner: Database, number: str) -> tuple[str, int]:
    with owner.engine.connect() as conn:
        status, ticket_id = conn.execute(
            sa.select(Ticket.status, Ticket.id).where(Ticket.number == number)
        ).one()
        replies_on = conn.execute(
            sa.select(sa.func.count())
            .select_from(TicketArticle)
            .where(TicketArticle.ticket_id == ticket_id, TicketArticle.kind == "reply")
        ).scalar()
    return str(status), int(replies_on or 0)


def test_the_worker_sends_the_desks_answer_and_puts_it_on_the_ticket(shared, smtp_server):
    owner, desk = shared
    number = _ticket(owner, 1)
    identity = _identity(desk, "yardim")
    stop = threading.Event()
    thread = _worker(owner, _mailer(smtp_server), stop)
    try:
        before = len(smtp_server.received)
        # The workstation's mailer is never used: it has no SMTP password at all.
        result = replies.reply(desk, identity, number, "IMAP: 993 SSL/TLS", _NoMailer())
    finally:
        stop.set()
        thread.join(5)
    assert len(smtp_server.received) == before + 1
    message = smtp_server.received[-1]
    assert message["Message-ID"].strip() == result.message_id
    assert message["Subject"] == f"Re: [{number}] Outlook"
    assert _ticket_row(owner, number) == ("waiting", 1)
    assert [o for _a, o, _d in audit_rows(owner, "ticket.reply")][-1] == "success"
    with owner.engine.connect() as conn:
        row = conn.execute(sa.select(MailOutbox.state, MailOutbox.admin_username)).all()[-1]
    assert tuple(row) == ("sent", "yardim")


def test_a_refusal_reaches_the_desk_and_leaves_the_ticket_as_it_was(shared, smtp_server):
    owner, desk = shared
    number = _ticket(owner, 2)
    stop = threading.Event()
    thread = _worker(owner, _mailer(smtp_server, "wrong"), stop)
    try:
        with pytest.raises(MailError) as caught:
            replies.reply(desk, _identity(desk, "yardim"), number, "Merhaba", _NoMailer())
    finally:
        stop.set()
        thread.join(5)
    assert caught.value.code == "ticket.smtp_refused_login"
    assert _ticket_row(owner, number) == ("new", 0)
    assert [o for _a, o, _d in audit_rows(owner, "ticket.reply")][-1] == "refused"


def test_without_a_worker_the_answer_waits_and_goes_out_later(shared, smtp_server):
    owner, desk = shared
    number = _ticket(owner, 3)
    identity = _identity(desk, "yardim")
    prepared = replies.prepare(desk, identity, number, "Sonra gidecek")
    with pytest.raises(AppError) as caught:
        reply_outbox.request_and_wait(desk, identity, prepared, timeout=0.3)
    assert caught.value.code == "ticket.worker_waiting"
    assert _ticket_row(owner, number) == ("new", 0)
    before = len(smtp_server.received)
    assert reply_outbox.run_once(owner, _mailer(smtp_server)) == 1
    assert len(smtp_server.received) == before + 1
    assert _ticket_row(owner, number) == ("waiting", 1)


def test_a_worker_lost_while_sending_never_sends_twice(shared, smtp_server):
    owner, desk = shared
    number = _ticket(owner, 4)
    identity = _identity(desk, "yardim")
    outbox_id = reply_outbox.request(desk, identity, replies.prepare(desk, identity, number, "x"))
    assert reply_outbox.claim(owner) is not None  # claimed, then the worker is gone
    before = len(smtp_server.received)
    assert reply_outbox.run_once(owner, _mailer(smtp_server)) == 0
    assert len(smtp_server.received) == before
    with pytest.raises(AppError) as caught:
        reply_outbox.wait(desk, outbox_id, timeout=0.2)
    assert caught.value.code == "ticket.worker_busy"  # outcome unknown, said as such


def test_two_workers_send_each_answer_once(shared, smtp_server):
    owner, desk = shared
    identity = _identity(desk, "yardim")
    numbers = [_ticket(owner, 10 + n) for n in range(8)]
    ids = [
        reply_outbox.request(desk, identity, replies.prepare(desk, identity, n, f"Yanıt {n}"))
        for n in numbers
    ]
    before = len(smtp_server.received)
    stop = threading.Event()
    threads = [_worker(owner, _mailer(smtp_server), stop) for _ in range(2)]
    for outbox_id in ids:
        reply_outbox.wait(desk, outbox_id, timeout=30)
    stop.set()
    for thread in threads:
        thread.join(5)
    sent = [m["X-YM-Ticket"] for m in smtp_server.received[before:]]
    assert sorted(sent) == sorted(numbers)
    assert all(_ticket_row(owner, n) == ("waiting", 1) for n in numbers)


def test_a_province_role_cannot_queue_an_answer_outside_its_province(shared, seeded_url):
    owner, _desk = shared
    number = _ticket(owner, 20)  # a central ticket: no province
    il06 = role_sign_in.open_session(make_url(seeded_url), "il06", PASSWORD)
    try:
        with owner.engine.connect() as conn:
            ticket_id = conn.execute(
                sa.select(Ticket.id).where(Ticket.number == number)
            ).scalar_one()
        with pytest.raises(DBAPIError) as caught, il06.engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO mail_outbox (ticket_id, admin_id, admin_username, created_at, "
                    "state, message, body, status_after) VALUES (:t, 1, 'il06', now(), 'queued', "
                    "'x', 'x', 'waiting')"
                ),
                {"t": ticket_id},
            )
        assert getattr(caught.value.orig, "sqlstate", "") == "42501"
    finally:
        il06.dispose()


class _NoMailer:
    """The workstation's mailer in the shared deployment: it must never be called."""

    def send(self, message) -> None:  # pragma: no cover - the test fails if it is
        raise AssertionError("the workstation sent mail itself")


def _identity(db: Database, username: str):
    with db.reading() as conn:
        admin_id = conn.execute(
            sa.text("SELECT id FROM admin_accounts WHERE username = :u"), {"u": username}
        ).scalar_one()
    return auth.identity_of(db, int(admin_id))
