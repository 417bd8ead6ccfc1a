"""``password reissue``: a new password by SMS."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import asdict

from mebposta_admin.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    _open,
    _print_json,
    _read_secret,
    _sign_in,
    _text,
    translate,
)
from mebposta_admin.errors import AppError


def _reissue(args: argparse.Namespace) -> int:
    from mebposta_admin import adapters
    from mebposta_admin.config import Settings
    from mebposta_admin.services import people, reissue
    from mebposta_admin.services.mail_backend import DoveadmConfig
    from mebposta_admin.services.secret_store import SecretStore

    db = _open(args)
    try:
        identity = _sign_in(db, args)
        person_id: int | None = None
        mailbox_id: int | None = None
        if args.address:
            # Keyed on the mailbox: a person's, or a unit account's (its custodian receives).
            mailbox_id = reissue.find_mailbox(db, args.address)
            view = reissue.preview(db, identity, mailbox_id=mailbox_id)
        else:
            person_id = people.find_person(db, identity, tckn=args.tckn, action=reissue.ACTION)
            view = reissue.preview(db, identity, person_id)
        if view.unit:
            print(
                translate(
                    "Cli",
                    "{address} is a unit account: the SMS goes to its primary custodian {name}.",
                ).format(address=view.address, name=view.person_name),
                file=sys.stderr,
            )
        if not args.yes:
            question = translate(
                "Cli", "Send a new password for {address} to {gsm}? [y/N] "
            ).format(address=view.address, gsm=view.gsm_masked)
            if _read_secret(question).strip().lower() not in ("y", "e", "yes", "evet"):  # ascii
                print(translate("Cli", "Not sent."), file=sys.stderr)
                return EXIT_FAILED

        def show_demo(number: str, text: str) -> None:
            # Demo database only: the SMS that would have gone out. With --json standard
            # output is the JSON alone, so the SMS goes to standard error.
            print(text, file=sys.stderr if args.json else sys.stdout)

        doveadm = Settings().doveadm_config if args.kick else ""
        result = adapters.reissue(
            db,
            identity,
            person_id,
            SecretStore(),
            mailbox_id=mailbox_id,
            # A scheduled job on a server without a keyring may pass the gateway password.
            sms_password=os.environ.get("MEBPOSTA_SMS_PASSWORD"),
            end_sessions=DoveadmConfig(config_path=doveadm) if doveadm else None,
            show_demo_sms=show_demo,
        )
    finally:
        db.dispose()
    if args.json:
        _print_json(asdict(result))
    else:
        print(
            translate("Cli", "Sent to {gsm} for {address} (job {job}).").format(
                gsm=result.gsm_masked, address=result.address, job=result.job_id
            ),
            file=sys.stderr,
        )
        if result.record_incomplete:
            print(_text(AppError("reissue.record_incomplete")), file=sys.stderr)
    return EXIT_OK
