"""The command-line interface: the same services, roles, scope and audit as the GUI.

One module per command group (database, demo, admins, settings, search, password, check);
common holds what they share, parser the options.

Exit codes: 0 success, 1 refused or failed (with a message on stderr), 2 usage.

Only the standard library and the light domain modules are imported at module level, so
``--version`` and ``--help`` answer at once; Qt, SQLAlchemy and the services are imported by
the commands that use them (benchmarks/startup.py measures it).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from mebposta_admin import APP_NAME
from mebposta_admin.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    UsageError,
    _text,
    core_application,
    translate,
)
from mebposta_admin.cli.parser import build_parser
from mebposta_admin.errors import AppError

__all__ = ["build_parser", "core_application", "run"]


# ------------------------------------------------------------------------------------ running
def run(args: argparse.Namespace) -> int:
    """Run a CLI command (or the self-check); the caller owns the QCoreApplication."""
    from mebposta_admin import logging_setup, paths

    logging_setup.configure(paths.user_log_dir(), console=False)
    try:
        handler = _handler(args.command or "")
        if args.self_check:
            from mebposta_admin.cli.check import self_check

            return self_check(args)
        if handler is not None:
            return handler(args)
    except UsageError as exc:
        print(f"{APP_NAME}: {_text(exc)}", file=sys.stderr)
        return EXIT_USAGE
    except AppError as exc:
        print(_text(exc), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(translate("Cli", "Interrupted. Nothing was changed."), file=sys.stderr)
        return EXIT_FAILED
    print(translate("Cli", "Unknown command."), file=sys.stderr)
    return EXIT_USAGE


def _handler(command: str) -> Callable[[argparse.Namespace], int] | None:
    """The command's function, imported only when it runs (plain import statements, so the
    PyInstaller bundle sees every command module)."""
    if command == "db":
        from mebposta_admin.cli.database import _db

        return _db
    if command == "demo":
        from mebposta_admin.cli.demo import _demo

        return _demo
    if command == "admin":
        from mebposta_admin.cli.admins import _admin

        return _admin
    if command == "search":
        from mebposta_admin.cli.search import _search

        return _search
    if command == "password":
        from mebposta_admin.cli.password import _reissue

        return _reissue
    if command == "settings":
        from mebposta_admin.cli.settings import _settings

        return _settings
    if command == "requests":
        from mebposta_admin.cli.requests import _requests

        return _requests
    if command == "intake":
        from mebposta_admin.cli.tickets import _intake

        return _intake
    if command == "worker":
        from mebposta_admin.cli.worker import _worker

        return _worker
    if command == "tickets":
        from mebposta_admin.cli.tickets import _tickets

        return _tickets
    if command == "report":
        from mebposta_admin.cli.reports import _report

        return _report
    if command == "audit":
        from mebposta_admin.cli.audit import _audit

        return _audit
    if command == "units":
        from mebposta_admin.cli.units import _units

        return _units
    if command == "import":
        from mebposta_admin.cli.requests import _import

        return _import
    return None
