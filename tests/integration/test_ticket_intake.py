"""The help-desk mailbox read from a real Dovecot (IMAP over TLS), on both databases: Turkish
mail in every charset callers' programs use, HTML-only mail, broken MIME, a 30 MB
attachment, a reply that lost its ticket number, a poll killed midway, a renumbered folder
(UIDVALIDITY) — nothing lost, nothing doubled, a mark on what could not be read, and the mail
marked on the server only after the tickets were committed."""

from __future__ import annotations

import base64
import json
import subprocess
import uuid
from email.header import Header

import pytest
import sqlalchemy as sa

from mebposta_admin.models import Ticket, TicketArticle, TicketAttachment
from mebposta_admin.services.tickets import imap_intake, work
from mebposta_admin.services.tickets.imap_intake import MailboxConfig, MailboxError
from tests.support import dovecot as dv

pytestmark = pytest.mark.skipif(dv.available() is not None, reason=str(dv.available()))

PASSWORD = "Yardim-Masasi-2026!"


@pytest.fixture(scope="module")
def desk(mail_env):
    """The help-desk mailbox (a unit account of the central desk) and a reader for it."""
    db, server = mail_env
    address = dv.desk_mailbox(db, PASSWORD)
    return db, server, address


def deliver(server, user: str, raw: bytes, folder: str = "INBOX") -> None:
    """Delivery as an MDA does it: ``doveadm save`` into the user's folder."""
    done = subprocess.run(
        ["doveadm", "-c", str(server.config), "save", "-u", user, "-m", folder],
        input=raw,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def config(server, address: str, folder: str = "INBOX") -> MailboxConfig:
    return MailboxConfig("127.0.0.1", server.port, address, PASSWORD, folder, server.cafile)


def rfc2047(text: str, charset: str) -> str:
    return Header(text, charset).encode()


def plain(
    sender: str, subject: str, body: str, mid: str, charset: str = "utf-8", extra: str = ""
) -> bytes:
    head = (
        f"From: Arayan <{sender}>\r\nTo: posta@meb.gov.tr\r\n"
        f"Subject: {rfc2047(subject, charset)}\r\n"
        f"Message-ID: {mid}\r\nDate: Tue, 01 Dec 2026 10:00:00 +0300\r\n{extra}"
        f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset={charset}\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode("ascii") + body.encode(charset) + b"\r\n"


def tickets(db) -> list[tuple[str, str, str]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                sa.select(Ticket.number, Ticket.subject, Ticket.suggested_category).order_by(
                    Ticket.id
                )
            )
        ]


def articles_of(db, subject_like: str) -> list[TicketArticle]:
    with db.unit_of_work() as s:
        rows = list(
            s.execute(
                sa.select(TicketArticle)
                .join(Ticket, Ticket.id == TicketArticle.ticket_id)
                .where(Ticket.subject.like(subject_like))
                .order_by(TicketArticle.id)
            ).scalars()
        )
        for r in rows:
            s.expunge(r)
        return rows


def flags(server, address: str, folder: str = "INBOX") -> list[set[str]]:
    client = server.imap()
    try:
        client.login(address, PASSWORD)
        client.select(folder)
        _typ, data = client.fetch("1:*", "(FLAGS)")
        return [
            set(line.decode().split("FLAGS (")[1].split(")")[0].split()) for line in data if line
        ]
    finally:
        client.logout()


def test_turkish_mail_of_every_kind_becomes_tickets(desk) -> None:
    db, server, address = desk
    folder = "Gelen1"
    subprocess.run(
        ["doveadm", "-c", str(server.config), "mailbox", "create", "-u", address, folder],
        check=True,
    )
    tag = uuid.uuid4().hex[:6]
    deliver(
        server,
        address,
        plain(
            "a@example.org",
            f"Şifre {tag} alamıyorum",
            "Öğretmenim, TC Kimlik numarası hatalı diyor. Çağrı İşçi",
            f"<w1254-{tag}@x>",
            "windows-1254",
        ),
        folder,
    )
    deliver(
        server,
        address,
        plain(
            "b@example.org",
            f"Kota {tag} ığüşöç",
            "Posta kutum doldu, ĞÜŞİÖÇ",
            f"<iso-{tag}@x>",
            "iso-8859-9",
        ),
        folder,
    )
    html = (
        f"From: c@example.org\r\nSubject: HTML {tag}\r\nMessage-ID: <html-{tag}@x>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
        "<p>Outlook <b>kurulumu</b> yapamadım</p>"
        "<img src='https://evil.example/track.gif' alt='logo'>"
        "<a href='https://evil.example/x'>tıkla</a></body></html>\r\n"
    ).encode()
    deliver(server, address, html, folder)
    broken = (
        f"From: d@example.org\r\nSubject: Bozuk {tag}\r\nMessage-ID: <broken-{tag}@x>\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="SINIR"\r\n\r\n'
        "--SINIR\r\nContent-Type: text/plain; charset=x-unknown-charset\r\n\r\nMerhaba \xfe\r\n"
    ).encode("latin-1")  # an unknown charset and no closing boundary
    deliver(server, address, broken, folder)
    big = base64.encodebytes(b"\0" * (30 * 1024 * 1024)).replace(b"\n", b"\r\n")
    attached = (
        (
            f"From: e@example.org\r\nSubject: Ek {tag}\r\nMessage-ID: <big-{tag}@x>\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
            "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            "Dosya ekte.\r\n--B\r\nContent-Type: application/pdf\r\n"
            "Content-Disposition: attachment;"
            ' filename="../../Windows/system32/dilek\u00e7e.pdf"\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n"
        ).encode()
        + big
        + b"\r\n--B--\r\n"
    )
    deliver(server, address, attached, folder)
    # a reply whose subject lost the number but whose References are right
    deliver(
        server,
        address,
        plain(
            "a@example.org",
            "Ynt: konu",
            "Hâlâ olmuyor",
            f"<reply-{tag}@x>",
            extra=f"References: <w1254-{tag}@x>\r\n",
        ),
        folder,
    )

    result = imap_intake.poll_once(db, config(server, address, folder), work.intake_of(db))
    assert (result.stored, result.joined) == (5, 1)
    assert result.unreadable >= 2  # the broken MIME and the refused attachment are marked
    by_subject = {subject: cat for _n, subject, cat in tickets(db) if tag in subject}
    assert by_subject[f"Şifre {tag} alamıyorum"] == "tckn_invalid"
    assert by_subject[f"Kota {tag} ığüşöç"] == "quota"
    assert by_subject[f"HTML {tag}"] == "client_setup"
    first = articles_of(db, f"Şifre {tag}%")
    assert "Çağrı İşçi" in first[0].body and [a.body for a in first][1] == "Hâlâ olmuyor"
    page = articles_of(db, f"HTML {tag}")[0]
    assert "kurulumu" in page.body and "alert" not in page.body and "color" not in page.body
    assert "track.gif" not in page.body and "[logo]" in page.body
    assert "html_only" in json.loads(page.problems)
    bad = articles_of(db, f"Bozuk {tag}")[0]
    assert "Merhaba" in bad.body and set(json.loads(bad.problems)) & {
        "charset_unknown",
        "mime_defects",
    }
    with db.engine.connect() as conn:
        name, size, stored, refused = conn.execute(
            sa.select(
                TicketAttachment.filename,
                TicketAttachment.size,
                TicketAttachment.stored,
                TicketAttachment.refused,
            )
            .join(TicketArticle, TicketArticle.id == TicketAttachment.article_id)
            .where(TicketArticle.subject == f"Ek {tag}")
        ).one()
    assert (
        name == "dilekçe.pdf" and size == 30 * 1024 * 1024 and not stored and refused == "too_large"
    )
    marks = flags(server, address, folder)
    assert all({"\\Seen", "$YMTicket"} <= f for f in marks) and len(marks) == 6
    again = imap_intake.poll_once(db, config(server, address, folder), work.intake_of(db))
    assert (again.stored, again.joined, again.repeated) == (0, 0, 0)


def test_a_poll_killed_midway_loses_and_doubles_nothing(desk, monkeypatch) -> None:
    db, server, address = desk
    folder = "Gelen2"
    subprocess.run(
        ["doveadm", "-c", str(server.config), "mailbox", "create", "-u", address, folder],
        check=True,
    )
    tag = uuid.uuid4().hex[:6]
    for n in range(7):
        deliver(
            server,
            address,
            plain(f"k{n}@example.org", f"Kesinti {tag} {n}", "soru", f"<cut{n}-{tag}@x>"),
            folder,
        )
    monkeypatch.setattr(imap_intake, "BATCH", 2)
    steps: list[str] = []

    def crash(step: str) -> None:
        steps.append(step)
        if steps.count("fetched") == 2:  # the second batch fetched, not stored
            raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        imap_intake.poll_once(
            db, config(server, address, folder), work.intake_of(db), checkpoint=crash
        )
    assert len([s for *_x, s in [(0, t[1]) for t in tickets(db)] if tag in s]) == 2

    # killed after the third batch was committed, before the server was told
    def after_commit(step: str) -> None:
        if step == "stored":
            raise RuntimeError("killed after commit")

    monkeypatch.setattr(imap_intake, "_mark", lambda client, uids: 0)
    with pytest.raises(RuntimeError):
        imap_intake.poll_once(
            db, config(server, address, folder), work.intake_of(db), checkpoint=after_commit
        )
    monkeypatch.undo()
    monkeypatch.setattr(imap_intake, "BATCH", 2)
    result = imap_intake.poll_once(db, config(server, address, folder), work.intake_of(db))
    subjects = sorted(s for _n, s, _c in tickets(db) if tag in s)
    assert subjects == sorted(f"Kesinti {tag} {n}" for n in range(7))  # each once
    assert result.marked >= 2  # the committed but unmarked ones marked now
    assert all("$YMTicket" in f for f in flags(server, address, folder))


def test_a_renumbered_folder_is_read_again_without_doubling(desk) -> None:
    db, server, address = desk
    folder = "Gelen3"
    run = ["doveadm", "-c", str(server.config)]
    subprocess.run([*run, "mailbox", "create", "-u", address, folder], check=True)
    tag = uuid.uuid4().hex[:6]
    raws = [
        plain(f"v{n}@example.org", f"Geçerlilik {tag} {n}", "soru", f"<uv{n}-{tag}@x>")
        for n in range(3)
    ]
    for raw in raws:
        deliver(server, address, raw, folder)
    first = imap_intake.poll_once(db, config(server, address, folder), work.intake_of(db))
    assert first.stored == 3 and not first.uidvalidity_changed
    # the folder is deleted and made again (a restore, a migration): new UIDVALIDITY, UIDs from 1
    subprocess.run([*run, "mailbox", "delete", "-u", address, folder], check=True)
    subprocess.run([*run, "mailbox", "create", "-u", address, folder], check=True)
    for raw in [*raws, plain("v9@example.org", f"Geçerlilik {tag} yeni", "soru", f"<uv9-{tag}@x>")]:
        deliver(server, address, raw, folder)
    second = imap_intake.poll_once(db, config(server, address, folder), work.intake_of(db))
    assert second.uidvalidity_changed and second.repeated == 3 and second.stored == 1
    assert len([s for _n, s, _c in tickets(db) if tag in s]) == 4


def test_a_wrong_password_or_folder_says_so(desk) -> None:
    db, server, address = desk
    wrong = MailboxConfig("127.0.0.1", server.port, address, "yanlış", "INBOX", server.cafile)
    with pytest.raises(MailboxError) as refused:
        imap_intake.poll_once(db, wrong, work.intake_of(db))
    assert refused.value.code == "imap.refused_login"
    with pytest.raises(MailboxError) as missing:
        imap_intake.poll_once(db, config(server, address, "Yok"), work.intake_of(db))
    assert missing.value.code == "imap.folder_missing"
    down = MailboxConfig("127.0.0.1", 1, address, PASSWORD, "INBOX", server.cafile)
    with pytest.raises(MailboxError) as unreachable:
        imap_intake.poll_once(db, down, work.intake_of(db))
    assert unreachable.value.code == "imap.unreachable"
