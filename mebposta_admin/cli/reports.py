"""``report audit``: the Excel reports for OS schedulers (cron, Windows Task Scheduler), with
the password from ``MEBPOSTA_PASSWORD`` and an exit code a scheduler alerts on."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mebposta_admin.cli.common import EXIT_OK, _open, _print_json, _sign_in, translate


def _report(args: argparse.Namespace) -> int:
    from mebposta_admin.services.audit_query import AuditFilter
    from mebposta_admin.services.reports import export_audit
    from mebposta_admin.texts.labels import report_texts

    db = _open(args)
    try:
        identity = _sign_in(db, args)
        wanted = AuditFilter(
            since=args.since,
            until=args.until,
            admin=args.admin or "",
            action=args.action or "",
            province_code=args.province or "",
            outcome=args.outcome or "",
            text=args.text or "",
        )
        result = export_audit(db, identity, Path(args.out), wanted, report_texts())
        if args.json:
            _print_json({"file": result.path, "rows": result.rows, "sha256": result.sha256})
        else:
            print(
                translate("Cli", "{rows} events written to {file} (SHA-256 {sha}).").format(
                    rows=result.rows, file=result.path, sha=result.sha256[:16]
                ),
                file=sys.stderr,
            )
        return EXIT_OK
    finally:
        db.dispose()
