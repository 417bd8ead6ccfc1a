"""``db upgrade``, ``db status`` and ``db secure``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from mebposta_admin.cli.common import (
    EXIT_OK,
    _open,
    _print_json,
    translate,
)

if TYPE_CHECKING:
    from mebposta_admin.services.database import Database


def _db(args: argparse.Namespace) -> int:
    from mebposta_admin.services.database import schema_status
    from mebposta_admin.services.urls import redact_url

    db = _open(args)  # open_database migrates
    try:
        if args.db_command == "secure":
            return _secure(db, args)
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


def _secure(db: Database, args: argparse.Namespace) -> int:
    """Install (again) the groups, functions, grants and policies, and give every existing
    administrator a database role (NOLOGIN until their next password: the server never
    learns a password it was not given)."""
    from sqlalchemy import select, text

    from mebposta_admin.errors import AppError
    from mebposta_admin.models import AdminAccount
    from mebposta_admin.services import db_security

    if db.dialect != "postgresql":
        raise AppError("db.secure_postgresql")
    with db.engine.begin() as conn:
        tables = db_security.install(conn)
        admins = conn.execute(
            select(AdminAccount.username, AdminAccount.role, AdminAccount.active)
        ).all()
        for username, role, active in admins:
            # A role that exists keeps its password and login (run again after an upgrade);
            # a new one waits for a password the administrator gives.
            can_login = conn.execute(
                text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"),
                {"r": db_security.role_of(username)},
            ).scalar()
            db_security.provision(conn, username, role, active=bool(can_login) and active)
        leakproof = db_security.search_leakproof(conn)
    if args.json:
        _print_json(
            {"tables": tables, "administrators": len(admins), "search_leakproof": leakproof}
        )
    else:
        print(
            translate(
                "Cli",
                "Row-level security on {tables} tables; {admins} administrators have database "
                "roles (they sign in with their own password once it is set again).",
            ).format(tables=len(tables), admins=len(admins))
        )
    if not leakproof:
        print(
            translate(
                "Cli",
                "Province and district administrators' name searches will be slow: as a "
                "PostgreSQL superuser, run in this database: {sql}",
            ).format(sql=db_security.LEAKPROOF_SQL),
            file=sys.stderr,
        )
    return EXIT_OK
