"""``tickets list|show|reply|assign|status`` and ``intake run``: the help desk from scripts, with
the same rules, scope and audit as the GUI."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time
from dataclasses import asdict
from datetime import datetime
from typing import Any

from mebposta_admin.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    _open,
    _print_json,
    _sign_in,
    _text,
    translate,
)
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.errors import AppError


def _tickets(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        identity = _sign_in(db, args)
        action = args.tickets_command
        if action == "list":
            return _list(db, identity, args)
        if action == "show":
            return _show(db, identity, args)
        if action == "reply":
            return _reply(db, identity, args)
        if action == "assign":
            return _assign(db, identity, args)
        return _status(db, identity, args)
    finally:
        db.dispose()


def _when(moment: datetime | None) -> str:
    return moment.astimezone(ISTANBUL).strftime("%d.%m %H:%M") if moment else "—"


def _list(db: Any, identity: Any, args: argparse.Namespace) -> int:
    from mebposta_admin.services.tickets import queue
    from mebposta_admin.texts.labels import ticket_text

    filt = queue.TicketFilter(
        status=args.status,
        queue=args.queue,
        mine=args.mine,
        category=args.category,
        text=args.text or "",
    )
    page = queue.page(db, identity, filt, limit=args.limit)
    if args.json:
        _print_json({"tickets": [asdict(row) for row in page.rows]})
        return EXIT_OK
    for row in page.rows:
        print(
            f"{row.number}  {ticket_text('status', row.status):<14} "
            f"{ticket_text('sla', row.sla_state):<12} {_when(row.next_breach_at):<11} "
            f"{ticket_text('priority', row.priority):<8} {row.assigned_to or '—':<10} "
            f"{row.caller[:24]:<24} {row.subject[:50]}"
        )
    print(translate("Cli", "{count} tickets shown.").format(count=len(page.rows)), file=sys.stderr)
    return EXIT_OK


def _show(db: Any, identity: Any, args: argparse.Namespace) -> int:
    from mebposta_admin.services.tickets import answers, queue
    from mebposta_admin.texts.labels import ticket_text

    view = queue.detail(db, identity, args.number)
    drafted = answers.draft(view)
    if args.json:
        data = asdict(view)
        data["suggested_answer"] = asdict(drafted) if drafted else None
        _print_json(data)
        return EXIT_OK
    row = view.row
    suggested = translate("Cli", "suggested")
    caller = translate("Cli", "Caller")
    linked_to = translate("Cli", "Linked to")
    match = translate("Cli", "Match")
    print(f"{row.number}  {row.subject}")
    print(
        f"  {ticket_text('status', row.status)} · {ticket_text('priority', row.priority)} · "
        f"{ticket_text('category', row.category)}"
        + ("" if row.category_confirmed else f" ({suggested})")
    )
    print(f"  {caller}: {view.caller_name} <{view.caller_address}>")
    if view.person_label:
        linked = f"{view.person_label} {view.mailbox_address or ''}".strip()
        print(f"  {linked_to}: {linked}")
    for c in view.candidates:
        print(f"  {match}: {c.label} ({ticket_text('reason', c.reason)})")
    for clock in view.clocks.all:
        print(
            f"  {ticket_text('clock', clock.name)}: {ticket_text('sla', clock.state.value)}"
            f" {_when(clock.due)}"
        )
    for a in view.articles:
        print(f"\n--- {_when(a.occurred_at)} {ticket_text('article', a.kind)} {a.sender}")
        print(a.body)
        for name, size, refused in a.attachments:
            mark = f" ({ticket_text('attachment', refused)})" if refused else ""
            print(f"  [{name}, {size // 1024} KB{mark}]")
    return EXIT_OK


def _reply(db: Any, identity: Any, args: argparse.Namespace) -> int:
    from mebposta_admin import adapters
    from mebposta_admin.services.secret_store import SecretStore
    from mebposta_admin.services.tickets import answers, queue, replies

    text = args.text
    if args.answer:
        drafted = answers.draft(queue.detail(db, identity, args.number), args.answer)
        assert drafted is not None
        text = drafted.text + (("\n\n" + args.text) if args.text else "")
    mailer = adapters.mailer(db, SecretStore(), password=os.environ.get("MEBPOSTA_SMTP_PASSWORD"))
    result = replies.reply(db, identity, args.number, text or "", mailer, status_after=args.then)
    if args.json:
        _print_json(asdict(result))
    else:
        print(
            translate("Cli", "Answer sent ({message_id}); the ticket is now {status}.").format(
                message_id=result.message_id, status=result.status
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def _assign(db: Any, identity: Any, args: argparse.Namespace) -> int:
    from mebposta_admin.services.tickets import work

    to = None if args.to == "nobody" else args.to
    who = work.assign(db, identity, args.number, to)
    if args.json:
        _print_json({"number": args.number, "assigned_to": who})
    else:
        print(
            translate("Cli", "{number} assigned to {who}.").format(
                number=args.number, who=who or "—"
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def _status(db: Any, identity: Any, args: argparse.Namespace) -> int:
    from mebposta_admin.services.tickets import work

    status = work.set_status(db, identity, args.number, args.status)
    if args.category:
        work.set_category(db, identity, args.number, args.category)
    if args.priority:
        work.set_priority(db, identity, args.number, args.priority)
    if args.json:
        _print_json({"number": args.number, "status": status})
    return EXIT_OK


# ------------------------------------------------------------------------------ intake
def _describe(name: str, result: object) -> str | None:
    """One line of what a source's poll did (None: nothing worth saying)."""
    if name == "mail":
        stored, joined = getattr(result, "stored", 0), getattr(result, "joined", 0)
        if not (stored or joined):
            return None
        return translate("Cli", "Mail: {stored} new tickets, {joined} replies joined.").format(
            stored=stored, joined=joined
        )
    if name == "sla":
        escalated = list(result) if isinstance(result, list) else []
        if not escalated:
            return None
        return translate("Cli", "SLA breached, escalated: {numbers}.").format(
            numbers=", ".join(escalated)
        )
    stored, rejected = getattr(result, "stored", 0), getattr(result, "rejected", 0)
    if not (stored or rejected):
        return None
    if name == "tickets":
        return translate("Cli", "Portal tickets: {stored} stored, {rejected} marked.").format(
            stored=stored, rejected=rejected
        )
    return translate(
        "Cli", "Fetched: {stored} stored, {rejected} rejected, {repeated} repeats."
    ).format(stored=stored, rejected=rejected, repeated=getattr(result, "repeated", 0))


def _intake(args: argparse.Namespace) -> int:
    """``intake run``: poll the portal's feeds and the help-desk mailbox until SIGTERM (or once,
    with --once); each source backs off on its own while it fails."""
    from mebposta_admin import adapters
    from mebposta_admin.services.requests.feed import Backoff
    from mebposta_admin.services.secret_store import SecretStore

    db = _open(args)
    stop = threading.Event()
    sources = adapters.intake_sources(
        db,
        SecretStore(),
        portal_token=os.environ.get("MEBPOSTA_PORTAL_TOKEN"),
        imap_password=os.environ.get("MEBPOSTA_IMAP_PASSWORD"),
    )
    backoff = {name: Backoff() for name, _poll in sources}
    next_at = dict.fromkeys(backoff, 0.0)
    failed = False

    def one(name: str, poll: Any) -> None:
        nonlocal failed
        try:
            result = poll()
        except AppError as exc:
            failed = True
            print(f"{name}: {_text(exc)}", file=sys.stderr, flush=True)
            next_at[name] = time.monotonic() + backoff[name].next_delay()
            return
        backoff[name].reset()
        next_at[name] = time.monotonic() + args.interval
        line = _describe(name, result)
        if line or args.once:
            print(line or f"{name}: —", file=sys.stderr, flush=True)
        if args.json:
            data = asdict(result) if hasattr(result, "__dataclass_fields__") else result
            _print_json({"source": name, "result": data})

    try:
        if args.once:
            for name, poll in sources:
                one(name, poll)
            return EXIT_FAILED if failed else EXIT_OK
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_a: stop.set())
        print(translate("Cli", "Intake running; stop with SIGTERM."), file=sys.stderr, flush=True)
        while not stop.is_set():
            for name, poll in sources:
                if stop.is_set():
                    break
                if time.monotonic() >= next_at[name]:
                    one(name, poll)
            stop.wait(1.0)
        print(translate("Cli", "Intake stopped."), file=sys.stderr, flush=True)
        return EXIT_OK
    finally:
        db.dispose()
