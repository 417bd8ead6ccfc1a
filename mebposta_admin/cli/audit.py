"""``audit verify|checkpoint|keygen``: the audit trail's hash chain checked, its head signed
outside the database, and the key pair for signing (services.audit_chain)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mebposta_admin.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    UsageError,
    _open,
    _print_json,
    _sign_in,
    translate,
)


def _audit(args: argparse.Namespace) -> int:
    from mebposta_admin.services import audit_chain

    if args.audit_command == "keygen":
        private, public = audit_chain.make_key(Path(args.out))
        if args.json:
            _print_json({"private_key": str(private), "public_key": str(public)})
        else:
            print(
                translate(
                    "Cli",
                    "Private key: {private} (keep it with the auditor, never on a shared "
                    "disk). Public key: {public} (give it to whoever verifies).",
                ).format(private=private, public=public),
                file=sys.stderr,
            )
        return EXIT_OK
    if args.audit_command == "verify" and bool(args.checkpoint) != bool(args.public_key):
        raise UsageError("cli.checkpoint_needs_key")
    db = _open(args)
    try:
        identity = _sign_in(db, args)
        if args.audit_command == "checkpoint":
            return _checkpoint(args, db, identity)
        result = audit_chain.run_verification(
            db,
            identity,
            since=args.since,
            until=args.until,
            checkpoint_file=Path(args.checkpoint) if args.checkpoint else None,
            public_key=Path(args.public_key) if args.public_key else None,
        )
        if args.json:
            _print_json(audit_chain.as_dict(result))
        print(_verdict(result), file=sys.stderr)
        return EXIT_OK if result.ok else EXIT_FAILED
    finally:
        db.dispose()


def _verdict(result: object) -> str:
    from mebposta_admin.services.audit_chain import Verification

    assert isinstance(result, Verification)
    if result.checkpoint_ok is False:
        return translate(
            "Cli",
            "The trail does not extend the checkpoint: the chain was rewritten after it was "
            "signed (or the checkpoint is not genuine). Treat the trail as tampered with.",
        )
    if result.ok:
        return translate(
            "Cli", "The audit trail is intact: {checked} events verified, up to event {last}."
        ).format(checked=result.checked, last=result.last_id or 0)
    texts = {
        "changed": translate(
            "Cli",
            "Event {id} was changed after it was written (its content no longer "
            "matches its hash). {checked} events before it are intact.",
        ),
        "link": translate(
            "Cli",
            "The chain breaks at event {id}: an event before it was removed, or it was "
            "inserted out of order. {checked} events before it are intact.",
        ),
        "head": translate(
            "Cli",
            "Events after {last} were removed: the chain's head names event {id}.",
        ),
    }
    return texts[result.problem or "link"].format(
        id=result.broken_id, checked=result.checked, last=result.last_id or 0
    )


def _checkpoint(args: argparse.Namespace, db: object, identity: object) -> int:
    from mebposta_admin.domain.audit_actions import AuditAction, Outcome
    from mebposta_admin.domain.permissions import Permission
    from mebposta_admin.errors import PermissionDenied
    from mebposta_admin.services import audit_chain, guard
    from mebposta_admin.services.auth import AdminIdentity
    from mebposta_admin.services.database import Database

    assert isinstance(db, Database) and isinstance(identity, AdminIdentity)
    if not guard.check(identity, Permission.VIEW_AUDIT):
        guard.refuse(db, identity, AuditAction.AUDIT_CHECKPOINT, guard.NO_TARGET, "role")
        raise PermissionDenied("permission.role", role=identity.role.value)
    signed = audit_chain.checkpoint(db, Path(args.key), signer=identity.username)
    text = json.dumps(signed, indent=2, sort_keys=True)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    with db.unit_of_work() as session:
        guard.record(
            session,
            identity,
            AuditAction.AUDIT_CHECKPOINT,
            Outcome.SUCCESS,
            guard.Target("audit", None),
            {"head_id": signed["head_id"], "head_hash": signed["head_hash"]},
        )
    if args.out:
        print(
            translate("Cli", "Checkpoint of event {id} written to {file}.").format(
                id=signed["head_id"], file=args.out
            ),
            file=sys.stderr,
        )
    return EXIT_OK
