"""``requests list|show|decide|retry-notice``, ``import requests|mebbis``: the
info-update requests from scripts, with the same rules and audit as the GUI."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

from mebposta_admin.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    _open,
    _print_json,
    _sign_in,
    translate,
)
from mebposta_admin.domain.business_calendar import ISTANBUL


def _requests(args: argparse.Namespace) -> int:
    action = args.requests_command
    db = _open(args)
    try:
        identity = _sign_in(db, args)
        if action == "list":
            return _list(db, identity, args)
        if action == "show":
            return _show(db, identity, args)
        if action == "decide":
            return _decide(db, identity, args)
        return _retry(db, identity, args)
    finally:
        db.dispose()


def _list(db: Any, identity: Any, args: argparse.Namespace) -> int:
    from mebposta_admin.services.requests import queue
    from mebposta_admin.texts.labels import deadline_text, request_status_text

    filt = queue.QueueFilter(
        status=args.status,
        province_code=args.province,
        source=args.source,
        overdue=args.overdue,
        mine=args.mine,
    )
    page = queue.page(db, identity, filt, limit=args.limit)
    counts = queue.counts(db, identity)
    if args.json:
        _print_json({"counts": asdict(counts), "requests": [asdict(row) for row in page.rows]})
        return EXIT_OK
    for row in page.rows:
        due = row.due_at.astimezone(ISTANBUL).strftime("%d.%m %H:%M")
        print(
            f"{row.id:>7}  {request_status_text(row.status):<16} {deadline_text(row.deadline):<12}"
            f" {due}  {row.name:<28} {row.tckn_masked}  {row.province_name}"
        )
    print(
        translate(
            "Cli", "{open} open, {overdue} overdue, {second} waiting for a second approval."
        ).format(open=counts.open, overdue=counts.overdue, second=counts.second_approval),
        file=sys.stderr,
    )
    return EXIT_OK


def _directory(db: Any) -> Any:
    from mebposta_admin import adapters
    from mebposta_admin.services.secret_store import SecretStore

    return adapters.directory(db, SecretStore(), token=os.environ.get("MEBPOSTA_MEBBIS_TOKEN"))


def _show(db: Any, identity: Any, args: argparse.Namespace) -> int:
    from mebposta_admin.services.requests import review
    from mebposta_admin.texts.labels import (
        blocker_text,
        field_text,
        history_text,
        request_status_text,
        request_warning_text,
    )

    seen = review.review(db, identity, args.id, _directory(db))
    snap = seen.request
    if args.json:
        data = {
            "id": snap.id,
            "version": snap.version,
            "status": snap.status,
            "source": snap.source,
            "received_at": snap.received_at,
            "due_at": snap.due_at,
            "deadline": snap.deadline,
            "directory": seen.directory,
            "fields": [asdict(f) for f in seen.fields],
            "warnings": [asdict(w) for w in seen.warnings],
            "blockers": list(seen.blockers),
            "gsm_change": seen.gsm_change,
            "mebbis_holds_gsm": seen.mebbis_holds_gsm,
            "needs_second_approval": seen.needs_second,
            "history": [asdict(h) for h in snap.history],
        }
        _print_json(data)
        return EXIT_OK
    print(f"#{snap.id}  {request_status_text(snap.status)}  (version {snap.version})")
    mark = {True: "=", False: "≠", None: " "}
    for f in seen.fields:
        print(
            f"  {field_text(f.field):<20} {f.request:<28} {mark[f.ours_same]} "
            f"{(f.ours or ''):<28} {mark[f.mebbis_same]} {f.mebbis or ''}"
        )
    for w in seen.warnings:
        print("  ! " + request_warning_text(w.code, w.count))
    for b in seen.blockers:
        print("  × " + blocker_text(b))
    for h in snap.history:
        print(
            f"  {h.occurred_at.astimezone():%d.%m.%Y %H:%M}  {history_text(h.kind)}  "
            f"{h.admin_username or ''}"
        )
    return EXIT_OK


def _decide(db: Any, identity: Any, args: argparse.Namespace) -> int:
    from mebposta_admin import adapters
    from mebposta_admin.services.requests import decide, review
    from mebposta_admin.services.secret_store import SecretStore
    from mebposta_admin.texts.labels import notice_text, request_status_text

    version = args.version
    if version is None:
        version = review.snapshot(db, identity, args.id).version
    if args.reject:
        decisions = decide.reject(
            db, identity, [args.id], args.reject, text=args.text or "", versions={args.id: version}
        )
        result: dict[str, Any] = asdict(decisions[0])
    else:
        gateway = adapters.sms_gateway(
            db,
            SecretStore(),
            sms_password=os.environ.get("MEBPOSTA_SMS_PASSWORD"),
            show_demo_sms=lambda _n, text: print(text, file=sys.stderr),
        )
        decision = decide.approve(
            db,
            identity,
            args.id,
            version,
            _directory(db),
            justification=args.justification or "",
            gateway=gateway,
        )
        result = asdict(decision)
    if args.json:
        _print_json(result)
    else:
        print(request_status_text(result["status"]), file=sys.stderr)
        notice = result.get("notice")
        if notice:
            print(
                translate("Cli", "Notice SMS to {gsm}: {state}.").format(
                    gsm=notice["gsm_masked"], state=notice_text(notice["state"])
                ),
                file=sys.stderr,
            )
        if result.get("offer_reissue"):
            print(
                translate(
                    "Cli",
                    "The GSM number changed: send a new password to it with "
                    "“password reissue --tckn …”.",
                ),
                file=sys.stderr,
            )
    notice = result.get("notice")
    return EXIT_FAILED if notice and notice["state"] != "sent" else EXIT_OK


def _retry(db: Any, identity: Any, args: argparse.Namespace) -> int:
    from mebposta_admin import adapters
    from mebposta_admin.services.requests import decide
    from mebposta_admin.services.secret_store import SecretStore
    from mebposta_admin.texts.labels import notice_text

    gateway = adapters.sms_gateway(
        db, SecretStore(), sms_password=os.environ.get("MEBPOSTA_SMS_PASSWORD")
    )
    notice = decide.retry_notice(db, identity, args.id, gateway)
    if args.json:
        _print_json(asdict(notice))
    else:
        print(notice_text(notice.state), file=sys.stderr)
    return EXIT_OK if notice.state == "sent" else EXIT_FAILED


# ------------------------------------------------------------------------------ import
def _import(args: argparse.Namespace) -> int:
    if args.import_command == "units":
        from mebposta_admin.cli.units import _import_units

        return _import_units(args)
    from mebposta_admin.services import directory
    from mebposta_admin.services.requests import excel
    from mebposta_admin.texts.labels import import_text, problem_text

    path = Path(args.file)
    db = _open(args)
    try:
        identity = _sign_in(db, args)
        if args.import_command == "mebbis":
            result = directory.import_export(db, identity, path)
            data: dict[str, Any] = asdict(result)
            if not args.json:
                for row, codes in result.rejected:
                    reasons = " ".join(problem_text(c) for c in codes)
                    print(f"{row}: {reasons}", file=sys.stderr)
                print(
                    translate("Cli", "{stored} people stored, {rejected} rows rejected.").format(
                        stored=result.stored, rejected=len(result.rejected)
                    ),
                    file=sys.stderr,
                )
        else:
            report_path = Path(args.report) if args.report else None
            if report_path is None:
                report_path = path.with_name(path.stem + "-rapor.xlsx")
            headings = (
                translate("Cli", "Row"),
                translate("Cli", "Verdict"),
                translate("Cli", "Reasons"),
            )
            result2 = excel.import_file(
                db, identity, path, report_path=report_path, describe=import_text, headings=headings
            )
            data = {k: v for k, v in asdict(result2).items() if k != "verdicts"}
            data["verdicts"] = [asdict(v) for v in result2.verdicts if v.verdict != "stored"]
            if not args.json:
                print(
                    translate(
                        "Cli",
                        "{rows} rows: {stored} stored, {rejected} rejected, {repeated} repeats, "
                        "{before} imported before. Report: {report}",
                    ).format(
                        rows=result2.rows,
                        stored=result2.stored,
                        rejected=result2.rejected,
                        repeated=result2.repeated,
                        before=result2.imported_before,
                        report=report_path,
                    ),
                    file=sys.stderr,
                )
        if args.json:
            _print_json(data)
        return EXIT_OK
    finally:
        db.dispose()
