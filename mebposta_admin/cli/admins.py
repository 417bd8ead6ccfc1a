"""``admin create`` and ``admin list``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING

from mebposta_admin.cli.common import (
    EXIT_OK,
    _open,
    _print_json,
    _read_secret,
    _sign_in,
    translate,
)
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AppError

if TYPE_CHECKING:
    from mebposta_admin.services.database import Database


def _admin(args: argparse.Namespace) -> int:
    from mebposta_admin.services import admins

    db = _open(args)
    try:
        if args.admin_command == "create":
            return _admin_create(db, args)
        identity = _sign_in(db, args)
        rows = admins.list_admins(db, identity)
    finally:
        db.dispose()
    if args.json:
        _print_json([asdict(r) for r in rows])
    else:
        for r in rows:
            scope = " / ".join(x for x in (r.province_code, r.district_name) if x) or "-"
            print(f"{r.username:<20} {r.role.value:<15} {scope:<20} {r.display_name}")
    return EXIT_OK


def _admin_create(db: Database, args: argparse.Namespace) -> int:
    from mebposta_admin.services import admins

    actor = None
    if args.as_user or admins.count_admins(db) > 0:
        actor = _sign_in(db, args)
    password = _read_secret(translate("Cli", "New administrator's password: "))
    again = _read_secret(translate("Cli", "The same password again: "))
    if password != again:
        raise AppError("password.mismatch")
    created = admins.create_admin(
        db,
        actor,
        admins.NewAdmin(
            username=args.username,
            display_name=args.display_name,
            password=password,
            role=Role(args.role),
            province_code=args.province,
            district_name=args.district,
        ),
    )
    if args.json:
        _print_json(asdict(created))
    else:
        print(
            translate("Cli", "Administrator {username} created.").format(username=created.username)
        )
    return EXIT_OK
