"""``settings show`` and ``settings set``: the system settings."""

from __future__ import annotations

import argparse

from mebposta_admin.cli.common import (
    EXIT_OK,
    _open,
    _print_json,
    _sign_in,
)


def _settings(args: argparse.Namespace) -> int:
    from mebposta_admin.services import system_settings

    db = _open(args)
    try:
        identity = _sign_in(db, args)
        if args.settings_command == "set":
            key = args.key.replace("-", "_").replace(".", "_")
            current = system_settings.update(db, identity, {key: args.value})
        else:
            current = system_settings.load(db)
    finally:
        db.dispose()
    values = system_settings.as_strings(current)
    if args.json:
        _print_json(values)
    else:
        for key, value in values.items():
            print(f"{key:<30} {value}")
    return EXIT_OK
