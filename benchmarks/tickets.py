"""Benchmark: help-desk tickets at realistic scale. Prints JSON.

    python benchmarks/tickets.py intake [--messages 10000]       # from a real Dovecot
    python benchmarks/tickets.py queue [--tickets 200000] [--pg URL]

Issue 14's targets: 10 000 messages taken in from the real IMAP server in ≤ 60 s; the queue's
first page ≤ 100 ms with 200 000 tickets and any filter; a ticket search ≤ 50 ms p95.

The intake delivers the messages into the help-desk mailbox's Maildir as an MDA would (files in
``new/``; a real Dovecot then serves them over IMAP/TLS), a tenth of them replies to earlier
ones, a few from one flooding sender.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SUBJECTS = (
    "Şifre alamıyorum",
    "TC Kimlik numarası ile cep telefonu bilgisi eşleşmemektedir",
    "Outlook kurulumu",
    "iPhone'a e-posta hesabı ekleme",
    "Posta kutum doldu",
    "Eski postalarımı aktaramıyorum",
    "maarif07 birim hesabı şifresi",
    "Lütfen GSM Numaranızı 5XXXXXXXXX şeklinde giriniz hatası",
    "Giriş yapamıyorum",
    "Android telefonda SSL ayarı",
)


def _database(url: str):  # type: ignore[no-untyped-def]
    from mebposta_admin.demo import seed as demo_seed
    from mebposta_admin.services.database import open_database

    db = open_database(url)
    if demo_seed.is_empty(db):
        demo_seed.seed(db, 2000, history=False)
    return db


def _admin(db, name: str):  # type: ignore[no-untyped-def]
    from mebposta_admin.demo.seed import DEMO_PASSWORD
    from mebposta_admin.services import auth

    return auth.authenticate(db, name, DEMO_PASSWORD)


def _message(n: int, rng: random.Random, names: list[tuple[str, str]]) -> bytes:
    first, last = names[n % len(names)]
    sender = f"arayan{n % 4000}@example.org" if n % 50 else "flood@example.org"
    subject = SUBJECTS[n % len(SUBJECTS)]
    extra = ""
    if n > 20 and n % 10 == 0:  # a reply to an earlier message
        extra = f"In-Reply-To: <bench-{rng.randrange(n)}@example.org>\r\n"
        subject = "Ynt: " + subject
    body = (
        f"Merhaba,\r\n{subject} konusunda yardım istiyorum. Adım {first} {last}.\r\n"
        f"Telefonum 05{rng.randrange(30, 56)} {rng.randrange(100, 999)} "
        f"{rng.randrange(10, 99)} {rng.randrange(10, 99)}.\r\nTeşekkürler.\r\n"
    )
    head = (
        f"From: {first} {last} <{sender}>\r\nTo: posta@meb.gov.tr\r\n"
        f"Subject: =?utf-8?b?{__import__('base64').b64encode(subject.encode()).decode()}?=\r\n"
        f"Message-ID: <bench-{n}@example.org>\r\nDate: Tue, 01 Dec 2026 10:00:00 +0300\r\n"
        f"{extra}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    )
    return head.encode() + body.encode()


def intake(messages: int) -> dict[str, Any]:
    from mebposta_admin.models import Mailbox
    from mebposta_admin.services.mail_backend import dovecot_hash
    from mebposta_admin.services.tickets import imap_intake, work
    from mebposta_admin.services.tickets.imap_intake import MailboxConfig
    from tests.support import dovecot as dv

    reason = dv.available()
    if reason:
        return {"skipped": reason}
    folder = Path(tempfile.mkdtemp(prefix="mebposta-bench-tickets-"))
    folder.chmod(0o755)
    path = folder / "bench.sqlite3"
    db = _database(f"sqlite:///{path}")
    password = "Bench-Yardim-2026"
    with db.unit_of_work() as s:
        s.add(
            Mailbox(
                address="posta@meb.gov.tr",
                kind="unit",
                display_name="Yardım Masası",
                password_hash=dovecot_hash(password),
                quota_bytes=10 * 1024**3,
                active=True,
                maildir="meb.gov.tr/posta/",
            )
        )
    path.chmod(0o644)
    server = dv.start("sqlite", str(path))
    try:
        rng = random.Random(14)
        names = [("Ayşe", "Yılmaz"), ("Mehmet", "Öztürk"), ("Çağrı", "Şahin"), ("İsmail", "Işık")]
        maildir = server.directory / "mail" / "meb.gov.tr" / "posta" / "Maildir"
        for sub in ("cur", "new", "tmp"):
            (maildir / sub).mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        for n in range(messages):
            (maildir / "new" / f"{1700000000 + n}.M{n}P1.bench").write_bytes(
                _message(n, rng, names)
            )
        if os.geteuid() == 0:
            for dirpath, _dirs, files in os.walk(server.directory / "mail"):
                os.chown(dirpath, dv.MAIL_UID, dv.MAIL_UID)
                for f in files:
                    os.chown(os.path.join(dirpath, f), dv.MAIL_UID, dv.MAIL_UID)
        delivered = time.perf_counter() - started
        config = MailboxConfig(
            "127.0.0.1", server.port, "posta@meb.gov.tr", password, "INBOX", server.cafile
        )
        started = time.perf_counter()
        result = imap_intake.poll_once(db, config, work.intake_of(db))
        seconds = time.perf_counter() - started
        return {
            "messages": messages,
            "delivered_s": round(delivered, 1),
            "intake_s": round(seconds, 1),
            "per_second": round(messages / seconds),
            "stored": result.stored,
            "joined": result.joined,
            "repeated": result.repeated,
            "target_s": 60,
        }
    finally:
        server.stop()
        db.dispose()


# ------------------------------------------------------------------------------ queue
def fill(db, count: int, rng: random.Random) -> None:  # type: ignore[no-untyped-def]
    """``count`` tickets in a realistic mix: most solved or closed, some open of every state,
    spread over the provinces and the central desk, with folded search text."""
    import sqlalchemy as sa

    from mebposta_admin.domain.folding import fold
    from mebposta_admin.models import Ticket

    statuses = ["closed"] * 55 + ["solved"] * 25 + ["open"] * 8 + ["new"] * 6 + ["waiting"] * 6
    categories = ["password", "mismatch", "client_setup", "quota", "old_mail", "other"]
    now = datetime.now(UTC)
    words = ["şifre", "outlook", "iphone", "kota", "eşleşmemektedir", "android", "eski posta"]
    first = ["Ayşe", "Mehmet", "Fatma", "İsmail", "Çağrı", "Şule", "Gökhan", "Ümit", "Özge"]
    last = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Işık", "Aydın", "Güneş"]
    batch: list[dict[str, Any]] = []
    with db.engine.begin() as conn:
        for n in range(count):
            created = now - timedelta(minutes=rng.randrange(0, 60 * 24 * 180))
            status = rng.choice(statuses)
            name = f"{rng.choice(first)} {rng.choice(last)}"
            subject = f"{rng.choice(SUBJECTS)} #{n}"
            body = f"{rng.choice(words)} {rng.choice(words)} sorunu, {name}"
            open_ = status in ("new", "open", "waiting")
            due = created + timedelta(hours=rng.randrange(1, 48)) if open_ else None
            batch.append(
                {
                    "number": f"YM-{created.year}-{n + 1:06d}",
                    "source": rng.choice(["mail", "portal", "phone"]),
                    "subject": subject,
                    "caller_name": name,
                    "caller_address": f"arayan{n}@example.org",
                    "caller_phone": "",
                    "candidates": "[]",
                    "province_code": None if n % 5 == 0 else f"{rng.randrange(1, 82):02d}",
                    "suggested_category": rng.choice(categories),
                    "suggestion_words": "",
                    "priority": rng.choice(["low", "normal", "normal", "high", "urgent"]),
                    "status": status,
                    "assigned_admin_id": rng.choice([None, 1, 2, 3]),
                    "created_at": created,
                    "updated_at": created,
                    "next_breach_at": due or datetime(9999, 1, 1, tzinfo=UTC),
                    "sla_state": rng.choice(["running", "warning", "breached"]) if open_ else "met",
                    "search_text": fold(f"{subject} {name} arayan{n}@example.org {body}"),
                    "version": 1,
                }
            )
            if len(batch) == 5000:
                conn.execute(sa.insert(Ticket), batch)
                batch.clear()
        if batch:
            conn.execute(sa.insert(Ticket), batch)
    if db.dialect == "postgresql":  # what autovacuum does after a bulk load, at once
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE) tickets")


def queue(count: int, pg: str | None) -> dict[str, Any]:
    from mebposta_admin.services.tickets import queue as q

    folder = Path(tempfile.mkdtemp(prefix="mebposta-bench-queue-"))
    db = _database(pg or f"sqlite:///{folder / 'queue.sqlite3'}")
    rng = random.Random(14)
    started = time.perf_counter()
    fill(db, count, rng)
    filled = time.perf_counter() - started
    yardim, il06 = _admin(db, "yardim"), _admin(db, "il06")
    filters = {
        "open (default)": (yardim, q.TicketFilter()),
        "all statuses": (yardim, q.TicketFilter(status="all")),
        "solved": (yardim, q.TicketFilter(status="solved")),
        "central queue": (yardim, q.TicketFilter(queue="central")),
        "province 06": (yardim, q.TicketFilter(queue="06")),
        "a province admin's scope": (il06, q.TicketFilter()),
        "mine": (yardim, q.TicketFilter(mine=True)),
        "unassigned": (yardim, q.TicketFilter(unassigned=True)),
        "category quota": (yardim, q.TicketFilter(category="quota")),
        "urgent, all": (yardim, q.TicketFilter(status="all", priority="urgent")),
        "text 'outlook'": (yardim, q.TicketFilter(text="outlook")),
        "text, all statuses": (yardim, q.TicketFilter(status="all", text="eşleşmemektedir")),
    }
    first_page: dict[str, float] = {}
    for name, (who, filt) in filters.items():
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            q.page(db, who, filt, limit=100)
            times.append((time.perf_counter() - t0) * 1000)
        first_page[name] = round(statistics.median(times), 1)
    terms = [
        "şifre",
        "OUTLOOK",
        "iphone",
        "ayşe yılmaz",
        "işık",
        "çağrı şahin",
        "arayan1234",
        "kota",
    ]
    terms += [f"arayan{rng.randrange(count)}@example.org" for _ in range(12)]
    search: list[float] = []
    for _round in range(5):
        for term in terms:
            t0 = time.perf_counter()
            q.page(db, yardim, q.TicketFilter(status="all", text=term), limit=50)
            search.append((time.perf_counter() - t0) * 1000)
    search.sort()
    db.dispose()
    return {
        "tickets": count,
        "database": db.dialect,
        "fill_s": round(filled, 1),
        "first_page_ms": first_page,
        "first_page_max_ms": max(first_page.values()),
        "search_ms": {
            "p50": round(search[len(search) // 2], 1),
            "p95": round(search[int(len(search) * 0.95) - 1], 1),
            "max": round(search[-1], 1),
        },
        "targets": {"first_page_ms": 100, "search_p95_ms": 50},
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="what", required=True)
    a = sub.add_parser("intake")
    a.add_argument("--messages", type=int, default=10_000)
    b = sub.add_parser("queue")
    b.add_argument("--tickets", type=int, default=200_000)
    b.add_argument("--pg", help="an empty PostgreSQL database URL (default: SQLite)")
    args = parser.parse_args()
    if args.what == "intake":
        print(json.dumps(intake(args.messages), indent=2, ensure_ascii=False))
    else:
        print(json.dumps(queue(args.tickets, args.pg), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
