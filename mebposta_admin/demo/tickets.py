"""Demo help-desk tickets, so a new user sees the desk at work at once: mail from staff of
Ankara and Antalya (linked to their records), from unknown senders (the central desk's), a
caller whose TCKN and GSM point to two people (matches to choose from), portal items and phone
calls; some answered and waiting for the caller, some solved and closed, some breaching their
SLA, one sender flooding; over the past weeks, through the intake itself."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import ticket_answers as canned
from mebposta_admin.domain.manual import PasswordScreenMessage
from mebposta_admin.domain.tickets import Throttle
from mebposta_admin.models import (
    AdminAccount,
    Mailbox,
    Person,
    Ticket,
    TicketArticle,
    TicketMessageId,
)
from mebposta_admin.services.system_settings import DEFAULTS
from mebposta_admin.services.tickets import sla
from mebposta_admin.services.tickets import store as st

QUESTIONS = (
    ("Şifre alamıyorum", f"Şifre ekranında “{PasswordScreenMessage.MISMATCH.value}” diyor."),
    (
        "TC kimlik hatası",
        "Yeni şifre almak istiyorum ama TC Kimlik numarası hatalı uyarısı çıkıyor.",
    ),
    ("GSM uyarısı", f"“{PasswordScreenMessage.GSM_FORMAT.value}” yazıyor, 0 ile yazdım."),
    ("Outlook kurulumu", "Outlook'a hesabımı ekleyemedim, gelen sunucu ayarları nedir?"),
    ("iPhone'a e-posta", "iPhone'uma kurumsal postamı kurmak istiyorum, IMAP ayarı?"),
    ("Android telefon", "Samsung telefonumda SSL hatası veriyor, kurulum nasıl?"),
    ("Kutum doldu", "Posta kutum doldu, kota yetmiyor, ileti alamıyorum."),
    (
        "Eski postalarım",
        "Eski adresime gelen postalar yeni adresime geliyor mu? Nilüfer'deki "
        "eski postalarımı nasıl aktarırım?",
    ),
    ("maarif06 birim hesabı", "Müdürlüğümüzün birim hesabının şifresi kimde, sorumlu değişti."),
    ("Giriş yapamıyorum", "MEBBİS şifremle Outlook'a giriş yapamıyorum, şifremi unuttum."),
    ("Toplantı daveti", "Merhaba, geçen haftaki toplantının tutanağını iletebilir misiniz?"),
)


def _demo_mailboxes(session: Session, province: str, count: int) -> list[tuple[str, str]]:
    rows = session.execute(
        sa.select(Mailbox.address, Person.first_name, Person.last_name)
        .join(Person, Person.id == Mailbox.person_id)
        .where(Mailbox.kind == "personal", Mailbox.province_code == province)
        .order_by(Mailbox.id)
        .limit(count)
    ).all()
    return [(a, f"{f} {last}") for a, f, last in rows]


def make_tickets(session: Session, rng: random.Random, now: datetime | None = None) -> int:
    """About 120 tickets over the past three weeks. Returns how many."""
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    rules = sla.Rules.of(DEFAULTS)
    intake = st.Intake(rules, Throttle(DEFAULTS.ticket_flood_per_hour))
    senders = (
        _demo_mailboxes(session, "06", 40)
        + _demo_mailboxes(session, "07", 25)
        + [(f"ogretmen{n}@gmail.com", "") for n in range(15)]
    )
    made = 0
    for n in range(110):
        subject, body = QUESTIONS[n % len(QUESTIONS)]
        address, name = senders[rng.randrange(len(senders))]
        # most tickets of the last days, a tail over three weeks
        hours = rng.choice([0.3, 0.5, 1, 1, 2, 2, 3, 4, 5, 6, 8, 20, 26, 50, 75, 100, 200, 400])
        age = timedelta(hours=hours)
        at = now - age - timedelta(minutes=rng.randrange(60))
        source = "mail" if n % 7 else ("portal" if n % 2 else "phone")
        item = st.Incoming(
            source,
            subject,
            f"Merhaba,\n{body}\n\nSaygılarımla,\n{name or address}",
            caller_name=name,
            caller_address=address,
            received_at=at,
            source_key=f"demo:{n}",
            message_id=f"<demo-{n}@meb.gov.tr>" if source == "mail" else None,
            portal_id=f"DEMO-{n}" if source == "portal" else None,
            priority=rng.choice(["normal"] * 6 + ["high", "low", "urgent"]),
        )
        result = st.receive(session, item, intake)
        made += result.created
        ticket = session.get(Ticket, result.ticket_id)
        assert ticket is not None
        # the older a ticket, the likelier it was answered (a few old ones breach on)
        if rng.random() < (0.9 if hours > 24 else 0.3):
            _answer(
                session, ticket, at + timedelta(minutes=rng.randrange(20, 300)), rules, now, rng
            )
    # one caller whose words point to two people: the desk chooses
    two = session.execute(
        sa.select(Person.tckn, Person.gsm).where(Person.gsm.is_not(None)).limit(2)
    ).all()
    if len(two) == 2:
        item = st.Incoming(
            "mail",
            "Şifre SMS'i gelmiyor",
            f"TC kimlik numaram {two[0].tckn}, telefonum 0{two[1].gsm}. SMS gelmedi.",
            caller_name="Bilinmeyen Arayan",
            caller_address="arayan.kisi@hotmail.com",
            received_at=now - timedelta(minutes=40),
            source_key="demo:two",
            message_id="<demo-two@hotmail.com>",
        )
        made += st.receive(session, item, intake).created
    # one sender flooding: eleven messages in half an hour, one ticket takes the rest
    for n in range(14):
        item = st.Incoming(
            "mail",
            f"ACİL!!! şifre {n}",
            "Şifremi hemen gönderin!!!",
            caller_name="Sabırsız Kullanıcı",
            caller_address="sabirsiz@example.org",
            received_at=now - timedelta(minutes=30 - 2 * n),
            source_key=f"demo:flood:{n}",
            message_id=f"<demo-flood-{n}@example.org>",
        )
        made += st.receive(session, item, intake).created
    return made


def _answer(
    session: Session,
    ticket: Ticket,
    at: datetime,
    rules: sla.Rules,
    now: datetime,
    rng: random.Random,
) -> None:
    """A reply of the desk (with the manual's answer), then waiting, solved or closed."""
    if at >= now:
        return
    answer = canned.for_category(ticket.suggested_category) or canned.by_key("password")
    text = canned.fill(answer, canned.Fill(ticket.caller_name, number=ticket.number))
    who = rng.choice(["yardim", "il06", "il07"]) if ticket.province_code else "yardim"
    mid = f"<demo-reply-{ticket.id}@meb.gov.tr>"
    session.add(
        TicketArticle(
            ticket_id=ticket.id,
            kind="reply",
            occurred_at=at,
            sender="posta@meb.gov.tr",
            recipients=ticket.caller_address,
            subject=f"Re: [{ticket.number}] {ticket.subject}",
            body=text,
            message_id=mid,
            source_key=f"mail:{mid}",
            admin_username=who,
        )
    )
    session.add(TicketMessageId(message_id=mid, ticket_id=ticket.id))
    ticket.assigned_to = who
    ticket.assigned_admin_id = session.execute(
        sa.select(AdminAccount.id).where(AdminAccount.username == who)
    ).scalar_one_or_none()
    status = rng.choice(["waiting", "waiting", "solved", "closed", "closed"])
    st.event(session, ticket, "status", who, "open", {}, at)
    st.event(session, ticket, "status", who, status, {"from": "open"}, at)
    ticket.status = status
    if status in ("solved", "closed"):
        ticket.solved_at = at
        ticket.category = ticket.suggested_category  # confirmed on the way
    sla.refresh(session, ticket, rules)
