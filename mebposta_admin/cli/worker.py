"""``worker``: the server-side SMS worker of the shared deployment (services.sms_worker)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading

from mebposta_admin.cli.common import EXIT_OK, _open, _print_json, translate


def _worker(args: argparse.Namespace) -> int:
    from mebposta_admin import adapters
    from mebposta_admin.services import sign_in_events, sms_worker
    from mebposta_admin.services.requests import notices
    from mebposta_admin.services.secret_store import SecretStore
    from mebposta_admin.services.tickets import reply_outbox

    db = _open(args)
    stop = threading.Event()
    sent = chained = answered = notified = 0
    try:
        secrets = SecretStore()
        systems = adapters.choose(db, secrets, sms_password=os.environ.get("MEBPOSTA_SMS_PASSWORD"))
        # The answers by e-mail: the only SMTP credentials of the deployment are here.
        mailer = adapters.mailer(db, secrets, password=os.environ.get("MEBPOSTA_SMTP_PASSWORD"))
        if not args.once:
            for sig in (signal.SIGTERM, signal.SIGINT):
                signal.signal(sig, lambda *_a: stop.set())
            print(translate("Cli", "SMS worker running; stop with SIGTERM."), file=sys.stderr)
        try:
            while not stop.is_set():
                taken = sms_worker.run_once(db, systems.sms, mail_db=systems.mail_db)
                sent += taken
                mailed = reply_outbox.run_once(db, mailer)
                answered += mailed
                noticed = notices.run_worker_once(db, systems.sms)  # requests' notice SMS
                notified += noticed
                moved = sign_in_events.chain(db)  # the sign-ins PostgreSQL decided
                chained += moved
                if taken or mailed or noticed or moved:
                    continue
                if args.once:
                    break
                stop.wait(args.interval)
        finally:
            systems.close()
        backlog = sms_worker.backlog(db)
        answers_waiting = reply_outbox.backlog(db)
    finally:
        db.dispose()
    if args.json:
        _print_json(
            {
                "taken": sent,
                "backlog": backlog,
                "answers_sent": answered,
                "answers_waiting": answers_waiting,
                "notices_taken": notified,
                "sign_ins_chained": chained,
            }
        )
    else:
        print(
            translate(
                "Cli", "SMS worker stopped: {taken} requests taken, {backlog} waiting."
            ).format(taken=sent, backlog=backlog),
            file=sys.stderr,
        )
    return EXIT_OK
