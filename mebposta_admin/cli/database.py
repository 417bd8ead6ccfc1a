"""``db upgrade`` and ``db status``."""

from __future__ import annotations

import argparse

from mebposta_admin.cli.common import (
    EXIT_OK,
    _open,
    _print_json,
    translate,
)


def _db(args: argparse.Namespace) -> int:
    from mebposta_admin.services.database import schema_status
    from mebposta_admin.services.urls import redact_url

    db = _open(args)  # open_database migrates
    try:
        if args.db_command == "upgrade":
            print(
                translate("Cli", "Database {url} is at the newest schema.").format(
                    url=redact_url(db.url)
                )
            )
            return EXIT_OK
        status = schema_status(db.engine, db.url)
    finally:
        db.dispose()
    if args.json:
        _print_json({"url": redact_url(db.url), "revision": status.current, "head": status.head})
    else:
        print(translate("Cli", "Schema revision: {revision}").format(revision=status.current))
    return EXIT_OK
