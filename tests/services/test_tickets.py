"""Tickets on both databases: intake (never twice, threading by ids and by number, follow-up
of a closed ticket, the flood limit), triage (suggestion, linking only when one fits, the
queue by province), the desk's actions (assignment, round-robin, status and the SLA sort,
merge, split), and replies through a real SMTP server (STARTTLS, AUTH, threading headers)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
import sqlalchemy as sa

from mebposta_admin.domain import tickets as t
from mebposta_admin.errors import AppError, PermissionDenied, ValidationFailed
from mebposta_admin.models import Ticket, TicketArticle
from mebposta_admin.models.base import utcnow
from mebposta_admin.services.tickets import housekeeping, mail_message, queue, replies, sla, work
from mebposta_admin.services.tickets import store as st
from mebposta_admin.services.tickets.mailer import MailError, SmtpMailer
from tests.support import smtp as smtp_support
from tests.support.requests import admin, audit_rows, on_file

MAIL = """\
From: {name} <{sender}>
To: posta@meb.gov.tr
Subject: {subject}
Message-ID: {mid}
Date: Tue, 01 Dec 2026 10:00:00 +0300
{extra}Content-Type: text/plain; charset=utf-8

{body}
"""


def mail(
    sender: str, subject: str, body: str, mid: str, *, name: str = "Ayşe Yılmaz", extra: str = ""
) -> st.Incoming:
    raw = MAIL.format(name=name, sender=sender, subject=subject, mid=mid, body=body, extra=extra)
    return st.Incoming.of_mail(mail_message.parse(raw.encode()))


def receive(db, item: st.Incoming) -> st.Received:
    with db.unit_of_work() as s:
        return st.receive(s, item, work.intake_of(db))


def ticket(db, number: str) -> Ticket:
    with db.unit_of_work() as s:
        row = s.execute(sa.select(Ticket).where(Ticket.number == number)).scalar_one()
        s.expunge(row)
        return row


def test_a_mail_becomes_a_linked_ticket_in_the_callers_province_queue(seeded_db) -> None:
    ayse = on_file(seeded_db, "Ayşe", "Kaya", province="07", district=None, gsm="5321110001")
    address = "ayse.kaya.t@meb.gov.tr"
    got = receive(
        seeded_db,
        mail(
            address,
            "Şifre alamıyorum",
            "TC Kimlik numarası ile cep telefonu bilgisi eşleşmemektedir",
            "<m1@x>",
        ),
    )
    assert got.created and got.number.startswith("YM-")
    row = ticket(seeded_db, got.number)
    assert row.person_id == ayse.id and row.province_code == "07"
    assert row.suggested_category == "mismatch" and row.category is None
    assert row.status == "new" and row.next_breach_at is not None

    il07, il06 = admin(seeded_db, "il07"), admin(seeded_db, "il06")
    assert [r.number for r in queue.page(seeded_db, il07).rows] == [got.number]
    assert queue.page(seeded_db, il06).rows == ()  # another province's queue
    with pytest.raises(PermissionDenied):
        queue.detail(seeded_db, il06, got.number)
    view = queue.detail(seeded_db, il07, got.number)
    assert view.person_label and "Ayşe Kaya" in view.person_label
    assert view.mailbox_address == address and view.candidates[0].reason == "sender"


def test_the_same_mail_twice_is_one_ticket(seeded_db) -> None:
    item = mail("x@example.org", "Kota", "Kutum doldu", "<dup@x>")
    first, second = receive(seeded_db, item), receive(seeded_db, item)
    assert first.created and second.duplicate and second.ticket_id == first.ticket_id
    no_id = st.Incoming.of_mail(
        mail_message.parse(b"From: a@b.org\r\nSubject: hi\r\n\r\nno message id\r\n")
    )
    assert receive(seeded_db, no_id).created and receive(seeded_db, no_id).duplicate


def test_replies_thread_by_references_or_by_number_and_reopen(seeded_db) -> None:
    first = receive(
        seeded_db, mail("c@example.org", "Outlook kurulumu", "Outlook ayarları?", "<t1@x>")
    )
    # a reply that lost the number in its subject, but carries References
    by_refs = receive(
        seeded_db,
        mail(
            "c@example.org",
            "Ynt: soru",
            "Hâlâ olmadı",
            "<t2@x>",
            extra="References: <t1@x>\nIn-Reply-To: <t1@x>\n",
        ),
    )
    assert by_refs.joined and by_refs.ticket_id == first.ticket_id
    yardim = admin(seeded_db, "yardim")
    work.set_status(seeded_db, yardim, first.number, "solved")
    # a reply naming only the number: joins and reopens the solved ticket
    by_number = receive(
        seeded_db, mail("c@example.org", f"RE: [{first.number}]", "Tekrar bozuldu", "<t3@x>")
    )
    assert by_number.ticket_id == first.ticket_id and by_number.reopened
    assert ticket(seeded_db, first.number).status == "open"
    # a closed ticket is not reopened: a follow-up ticket is opened
    work.set_status(seeded_db, yardim, first.number, "closed")
    follow = receive(seeded_db, mail("c@example.org", f"RE: [{first.number}]", "Yine", "<t4@x>"))
    assert follow.created and follow.ticket_id != first.ticket_id


def test_several_matches_are_shown_never_chosen(seeded_db) -> None:
    one = on_file(seeded_db, "Mehmet", "Demir", province="06", gsm="5551112233")
    other = on_file(seeded_db, "Zeynep", "Aydın", province="34", district=None, gsm="5441112233")
    got = receive(
        seeded_db,
        mail(
            "someone@gmail.com", "yardım", f"TCKN {one.tckn}, telefonum 0544 111 22 33", "<amb@x>"
        ),
    )
    row = ticket(seeded_db, got.number)
    assert row.person_id is None and row.province_code is None  # the central desk's
    found = {(k, i) for k, i, _r in json.loads(row.candidates)}
    assert ("person", one.id) in found and ("person", other.id) in found
    yardim = admin(seeded_db, "yardim")
    work.link_caller(seeded_db, yardim, got.number, "person", other.id)
    assert ticket(seeded_db, got.number).province_code == "34"
    with pytest.raises(AppError) as unknown:
        work.link_caller(seeded_db, yardim, got.number, "person", 999999)
    assert unknown.value.code == "ticket.candidate_unknown"


def test_one_sender_flooding_joins_their_newest_ticket(seeded_db, monkeypatch) -> None:
    intake = st.Intake(work.rules_of(seeded_db), t.Throttle(per_hour=3))
    results = []
    with seeded_db.unit_of_work() as s:
        for n in range(8):
            results.append(
                st.receive(s, mail("flood@example.org", f"Konu {n}", "spam", f"<f{n}@x>"), intake)
            )
    assert sum(r.created for r in results) == 3
    assert all(r.throttled for r in results[3:])
    with seeded_db.engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(Ticket)).scalar_one() == 3
        assert (
            conn.execute(
                sa.select(sa.func.count()).select_from(TicketArticle).where(TicketArticle.throttled)
            ).scalar_one()
            == 5
        )


def test_assignment_to_me_a_colleague_and_round_robin(seeded_db) -> None:
    numbers = [
        receive(seeded_db, mail(f"r{n}@example.org", "soru", "Merhaba", f"<rr{n}@x>")).number
        for n in range(4)
    ]
    yardim, sistem = admin(seeded_db, "yardim"), admin(seeded_db, "sistem")
    assert work.assign(seeded_db, yardim, numbers[0], work.ME) == "yardim"
    assert ticket(seeded_db, numbers[0]).status == "open"
    assert work.assign(seeded_db, yardim, numbers[1], "sistem") == "sistem"
    with pytest.raises(AppError) as nobody:
        work.assign(
            seeded_db, yardim, numbers[1], "il07"
        )  # a province admin: not the central queue
    assert nobody.value.code == "ticket.assignee_unknown"
    turns = [work.assign(seeded_db, sistem, n, work.ROUND_ROBIN) for n in numbers[1:]]
    assert len(set(turns)) == 2 and turns[0] != turns[1]  # the desk's two national admins in turn
    outcomes = [o for _a, o, _d in audit_rows(seeded_db, "ticket.assign")]
    assert outcomes.count("success") == 5 and outcomes.count("refused") == 1


def test_the_queue_sorts_by_what_breaches_first_and_search_finds_turkish_words(seeded_db) -> None:
    yardim = admin(seeded_db, "yardim")
    old = receive(
        seeded_db, mail("a@example.org", "Eski soru", "İstanbul'dan ŞİFRE sorusu", "<q1@x>")
    )
    new = receive(seeded_db, mail("b@example.org", "Yeni soru", "Kota doldu", "<q2@x>"))
    with seeded_db.unit_of_work() as s:  # the first arrived a day before the second
        row = s.get(Ticket, old.ticket_id)
        # (the second's time is its mail's Date header, a fixed day: "a day before now" would
        # make the first the newer one once the clock passes that day)
        row.created_at = s.get(Ticket, new.ticket_id).created_at - timedelta(days=1)
        sla.refresh(s, row, work.rules_of(seeded_db))
    rows = queue.page(seeded_db, yardim).rows
    assert [r.number for r in rows][:2] == [old.number, new.number]
    assert rows[0].sla_state == "breached"
    found = queue.page(seeded_db, yardim, queue.TicketFilter(text="istanbul sifre")).rows
    assert [r.number for r in found] == [old.number]
    assert [
        r.number for r in queue.page(seeded_db, yardim, queue.TicketFilter(text="KOTA")).rows
    ] == [new.number]
    work.set_status(seeded_db, yardim, old.number, "solved")
    assert old.number not in [r.number for r in queue.page(seeded_db, yardim).rows]
    solved = queue.page(seeded_db, yardim, queue.TicketFilter(status="solved")).rows
    assert [r.number for r in solved] == [old.number]


def test_merge_keeps_the_history_and_split_separates_a_question(seeded_db) -> None:
    yardim = admin(seeded_db, "yardim")
    a = receive(seeded_db, mail("m@example.org", "Şifre", "Şifre alamadım", "<ma@x>"))
    b = receive(
        seeded_db, mail("m2@example.org", "Şifre (tekrar)", "Şifre alamadım yine", "<mb@x>")
    )
    assert housekeeping.merge(seeded_db, yardim, b.number, a.number) == a.number
    merged = queue.detail(seeded_db, yardim, a.number)
    assert len([x for x in merged.articles if x.kind == "incoming"]) == 2
    assert ticket(seeded_db, b.number).status == "merged"
    assert queue.detail(seeded_db, yardim, b.number).merged_into == a.number
    # a reply to the merged ticket's mail lands on the surviving one
    late = receive(
        seeded_db,
        mail("m2@example.org", "Ynt", "ek bilgi", "<mc@x>", extra="In-Reply-To: <mb@x>\n"),
    )
    assert late.ticket_id == a.ticket_id
    with pytest.raises(AppError) as gone:
        work.set_status(seeded_db, yardim, b.number, "open")
    assert gone.value.code == "ticket.merged"
    article = next(
        x for x in queue.detail(seeded_db, yardim, a.number).articles if x.body == "ek bilgi"
    )
    new_number = housekeeping.split(seeded_db, yardim, a.number, article.id)
    assert [x.body for x in queue.detail(seeded_db, yardim, new_number).articles] == ["ek bilgi"]
    kinds = [e.kind for e in queue.detail(seeded_db, yardim, a.number).events]
    assert "merged_in" in kinds and "split" in kinds


@pytest.fixture(scope="module")
def smtp_server():
    server = smtp_support.start()
    yield server
    server.stop()


def test_a_reply_goes_out_threaded_and_waits_for_the_caller(seeded_db, smtp_server) -> None:
    yardim = admin(seeded_db, "yardim")
    got = receive(
        seeded_db, mail("caller@example.org", "Outlook", "Outlook kurulumu?", "<c1@example.org>")
    )
    receive(
        seeded_db,
        mail(
            "caller@example.org",
            "Ynt: Outlook",
            "ek",
            "<c2@example.org>",
            extra="In-Reply-To: <c1@example.org>\n",
        ),
    )
    mailer = SmtpMailer(
        "127.0.0.1", smtp_server.port, smtp_support.USER, smtp_support.PASSWORD, smtp_server.cafile
    )
    before = len(smtp_server.received)
    sent = replies.reply(
        seeded_db, yardim, got.number, "IMAP: posta.meb.gov.tr, 993 SSL/TLS", mailer
    )
    message = smtp_server.received[before]
    assert message["In-Reply-To"] == "<c2@example.org>"
    assert message["References"].split() == ["<c1@example.org>", "<c2@example.org>"]
    assert message["Subject"] == f"Re: [{got.number}] Outlook"
    assert message["Message-ID"].strip() == sent.message_id  # folded when long
    assert smtp_server.envelopes[-1][1] == ["caller@example.org"]
    row = ticket(seeded_db, got.number)
    assert row.status == "waiting" and row.first_response_at is not None
    assert row.assigned_to == "yardim"
    # the caller answers our reply: it threads by our Message-ID and reopens
    back = receive(
        seeded_db,
        mail(
            "caller@example.org",
            "Ynt",
            "teşekkürler",
            "<c3@example.org>",
            extra=f"In-Reply-To: {sent.message_id}\n",
        ),
    )
    assert back.ticket_id == got.ticket_id and ticket(seeded_db, got.number).status == "open"


def test_a_refused_or_unsafe_reply_records_nothing(seeded_db, smtp_server) -> None:
    yardim = admin(seeded_db, "yardim")
    got = receive(seeded_db, mail("caller2@example.org", "Şifre", "şifre", "<d1@example.org>"))
    good = SmtpMailer(
        "127.0.0.1", smtp_server.port, smtp_support.USER, smtp_support.PASSWORD, smtp_server.cafile
    )
    with pytest.raises(ValidationFailed) as unsafe:
        replies.reply(seeded_db, yardim, got.number, "Yeni şifreniz: Abc-12345", good)
    assert unsafe.value.code == "ticket.reply_has_password"
    wrong = SmtpMailer(
        "127.0.0.1", smtp_server.port, smtp_support.USER, "wrong", smtp_server.cafile
    )
    with pytest.raises(MailError) as refused:
        replies.reply(seeded_db, yardim, got.number, "Merhaba", wrong)
    assert refused.value.code == "ticket.smtp_refused_login"
    untrusted = SmtpMailer(
        "127.0.0.1", smtp_server.port, smtp_support.USER, smtp_support.PASSWORD, None
    )
    with pytest.raises(MailError) as tls:
        replies.reply(seeded_db, yardim, got.number, "Merhaba", untrusted)
    assert tls.value.code == "ticket.smtp_tls"
    smtp_server.refuse_next = 554
    with pytest.raises(MailError) as data:
        replies.reply(seeded_db, yardim, got.number, "Merhaba", good)
    assert data.value.code == "ticket.smtp_refused"
    down = SmtpMailer("127.0.0.1", 1, smtp_support.USER, smtp_support.PASSWORD, smtp_server.cafile)
    with pytest.raises(MailError) as unreachable:
        replies.reply(seeded_db, yardim, got.number, "Merhaba", down)
    assert unreachable.value.code == "ticket.smtp_unreachable"
    row = ticket(seeded_db, got.number)
    assert row.status == "new" and row.first_response_at is None
    outcomes = [o for a, o, _d in audit_rows(seeded_db, "ticket.reply")]
    assert "success" not in outcomes and outcomes.count("refused") >= 4


def test_a_changed_target_moves_every_open_tickets_due_time(seeded_db) -> None:
    from mebposta_admin.services import system_settings

    got = receive(seeded_db, mail("due@example.org", "Kota", "Kutum doldu", "<due@x>"))
    before = ticket(seeded_db, got.number).next_breach_at
    sistem = admin(seeded_db, "sistem")
    system_settings.update(seeded_db, sistem, {"ticket_sla": "normal=600/600/6000"})
    after = ticket(seeded_db, got.number).next_breach_at
    assert before is not None and after is not None
    assert after > before  # ten business hours instead of two for the first answer
    [(_a, _o, details)] = [r for r in audit_rows(seeded_db, "settings.") if "ticket_sla" in r[2]]
    assert json.loads(details)["tickets_recomputed"] >= 1


def test_a_common_word_pages_in_queue_order(seeded_db) -> None:
    """Many matches: the first page comes from the walk in queue order (PostgreSQL) or the
    scan (SQLite); the pages follow one another without a gap or a repeat."""
    yardim = admin(seeded_db, "yardim")
    numbers = [
        receive(seeded_db, mail(f"w{n}@example.org", "Şifre sorusu", "ŞİFRE", f"<w{n}@x>")).number
        for n in range(5)
    ]
    seen, after = [], None
    while True:
        got = queue.page(seeded_db, yardim, queue.TicketFilter(text="sifre"), after, limit=2)
        seen += [r.number for r in got.rows]
        if got.next is None:
            break
        after = got.next
    assert sorted(seen) == sorted(numbers) and len(seen) == len(set(seen))
    full = [r.number for r in queue.page(seeded_db, yardim, queue.TicketFilter(text="sifre")).rows]
    assert seen == full  # the same order as one long page


def test_the_sweep_escalates_a_breached_ticket_once(seeded_db) -> None:
    got = receive(seeded_db, mail("late@example.org", "soru", "Merhaba", "<late@x>"))
    rules = work.rules_of(seeded_db)
    with seeded_db.unit_of_work() as s:
        row = s.get(Ticket, got.ticket_id)
        row.created_at = utcnow() - timedelta(days=10)  # long past every target
        sla.refresh(s, row, rules)
    with seeded_db.unit_of_work() as s:
        assert got.number in sla.sweep(s, rules)
    with seeded_db.unit_of_work() as s:
        assert sla.sweep(s, rules) == []  # once
    row = ticket(seeded_db, got.number)
    assert row.escalated_at is not None and row.priority == "high" and row.sla_state == "breached"
    yardim = admin(seeded_db, "yardim")
    kinds = [e.kind for e in queue.detail(seeded_db, yardim, got.number).events]
    assert kinds.count("escalated") == 1
    assert queue.page(seeded_db, yardim).rows[0].escalated
