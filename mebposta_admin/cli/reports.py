"""``report audit|summary|backlog``: the Excel reports for OS schedulers (cron, Windows Task
Scheduler), with the password from ``MEBPOSTA_PASSWORD`` and an exit code to alert on."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mebposta_admin.cli.common import EXIT_OK, _open, _print_json, _sign_in, translate


def _report(args: argparse.Namespace) -> int:
    from mebposta_admin.services import reports
    from mebposta_admin.texts.labels import (
        report_texts,
        request_source_text,
        request_status_text,
    )

    db = _open(args)
    try:
        identity = _sign_in(db, args)
        out = Path(args.out)
        if args.report_command == "summary":
            result = reports.export_summary(
                db,
                identity,
                out,
                report_texts(),
                since=args.since,
                until=args.until,
                province=args.province,
            )
        elif args.report_command == "backlog":
            result = reports.export_backlog(
                db,
                identity,
                out,
                report_texts(),
                province=args.province,
                status_text=request_status_text,
                source_text=request_source_text,
            )
        else:
            result = reports.export_audit(db, identity, out, _filter(args), report_texts())
        if args.json:
            _print_json({"file": result.path, "rows": result.rows, "sha256": result.sha256})
        else:
            print(
                translate("Cli", "{rows} rows written to {file} (SHA-256 {sha}).").format(
                    rows=result.rows, file=result.path, sha=result.sha256[:16]
                ),
                file=sys.stderr,
            )
        return EXIT_OK
    finally:
        db.dispose()


def _filter(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from mebposta_admin.services.audit_query import AuditFilter

    return AuditFilter(
        since=args.since,
        until=args.until,
        admin=args.admin or "",
        action=args.action or "",
        province_code=args.province or "",
        outcome=args.outcome or "",
        text=args.text or "",
    )
