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
import importlib
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


_COMMANDS = {  # command -> (module, function): imported only when run
    "db": ("database", "_db"),
    "demo": ("demo", "_demo"),
    "admin": ("admins", "_admin"),
    "search": ("search", "_search"),
    "password": ("password", "_reissue"),
    "settings": ("settings", "_settings"),
}


def _handler(command: str) -> Callable[[argparse.Namespace], int] | None:
    if command not in _COMMANDS:
        return None
    module, name = _COMMANDS[command]
    handler: Callable[[argparse.Namespace], int] = getattr(
        importlib.import_module(f"mebposta_admin.cli.{module}"), name
    )
    return handler
