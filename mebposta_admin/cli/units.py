"""``units list|export`` and ``import units``: the unit accounts in scope, their Excel export,
and the import of unit accounts and custodians (all rows or none, with a row-level report)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from mebposta_admin.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    _open,
    _print_json,
    _sign_in,
    _text,
    translate,
)


def _units(args: argparse.Namespace) -> int:
    from mebposta_admin.services import units
    from mebposta_admin.texts.labels import unit_bulk_text, unit_export_headers

    db = _open(args)
    try:
        identity = _sign_in(db, args)
        if args.units_command == "export":
            out = Path(args.out)
            count = units.export_file(
                db,
                identity,
                out,
                unit_export_headers(),
                text=args.search or "",
                flagged_only=args.flagged,
                describe=unit_bulk_text,
            )
            if args.json:
                _print_json({"file": str(out), "rows": count})
            else:
                print(
                    translate("Cli", "{rows} unit accounts written to {file}.").format(
                        rows=count, file=out
                    ),
                    file=sys.stderr,
                )
            return EXIT_OK
        page = units.page(
            db, identity, args.search or "", None, args.limit, flagged_only=args.flagged
        )
        if args.json:
            _print_json([asdict(row) for row in page.rows])
            return EXIT_OK
        for row in page.rows:
            place = row.province_name or unit_bulk_text("unit_export.central")
            flag = f"  ⚠ {unit_bulk_text('unit_export.flag')}" if row.flagged else ""
            state = unit_bulk_text("unit_export.active" if row.active else "unit_export.inactive")
            print(f"{row.address}\t{place}\t{row.primary_name or '—'}\t{state}{flag}")
        return EXIT_OK
    finally:
        db.dispose()


def _import_units(args: argparse.Namespace) -> int:
    from mebposta_admin.services import units
    from mebposta_admin.texts.labels import unit_bulk_text

    path = Path(args.file)
    report_path = Path(args.report) if args.report else path.with_name(path.stem + "-rapor.xlsx")
    db = _open(args)
    try:
        identity = _sign_in(db, args)
        headings = (
            translate("Cli", "Row"),
            translate("Cli", "Verdict"),
            translate("Cli", "Reasons"),
        )
        report = units.import_file(
            db,
            identity,
            path,
            report_path=report_path,
            describe=unit_bulk_text,
            explain=_text,
            headings=headings,
        )
        if args.json:
            data = {k: v for k, v in asdict(report).items() if k != "verdicts"}
            data["verdicts"] = [
                {
                    "row": v.row,
                    "verdict": v.verdict,
                    "address": v.address,
                    "problems": [p.code for p in v.problems],
                    "mailbox_id": v.mailbox_id,
                }
                for v in report.verdicts
            ]
            _print_json(data)
        if not report.imported:
            for verdict in report.verdicts:
                if verdict.problems:
                    reasons = " ".join(_text(p) for p in verdict.problems)
                    print(f"{verdict.row}: {reasons}", file=sys.stderr)
            print(
                _text_of(
                    "unit.import_rejected",
                    rejected=report.rejected,
                    rows=report.rows,
                    report=report_path,
                ),
                file=sys.stderr,
            )
            return EXIT_FAILED
        if not args.json:
            print(
                translate(
                    "Cli",
                    "{rows} rows: {created} created, {handed} handed over (send them a new "
                    "password), {updated} updated, {unchanged} unchanged. Report: {report}",
                ).format(
                    rows=report.rows,
                    created=report.created,
                    handed=report.handed_over,
                    updated=report.updated,
                    unchanged=report.unchanged,
                    report=report_path,
                ),
                file=sys.stderr,
            )
        return EXIT_OK
    finally:
        db.dispose()


def _text_of(code: str, **params: object) -> str:
    from mebposta_admin.errors import ValidationFailed

    return _text(ValidationFailed(code, **params))
