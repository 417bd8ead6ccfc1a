"""Entry point ``mebposta-admin``: the GUI without a command, the CLI with one."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the bundle's Excel reader process starts here
    from mebposta_admin import cli

    argv = list(sys.argv[1:] if argv is None else argv)
    parser = cli.build_parser()
    args = parser.parse_args(argv)  # exits 2 on usage errors
    if args.command or args.self_check:
        from mebposta_admin.config import Settings
        from mebposta_admin.i18n import install_translators

        app = cli.core_application([sys.argv[0]])
        language = args.lang or Settings().language
        translators = install_translators(app, language)  # noqa: F841  (kept alive)
        return cli.run(args)
    from mebposta_admin.ui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
