"""The command-line interface: the same services, roles, scope and audit as the GUI.

Exit codes: 0 success, 1 refused or failed (with a message on stderr), 2 usage.

Only the standard library and the light domain modules are imported at module level, so
``--version`` and ``--help`` answer at once; Qt, SQLAlchemy and the services are imported by
the commands that use them (benchmarks/startup.py measures it).
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mebposta_admin import APP_NAME, ORG_NAME, __version__
from mebposta_admin.domain.roles import Role
from mebposta_admin.domain.search_query import MAILBOX_STATUSES
from mebposta_admin.errors import AppError

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from mebposta_admin.services.auth import AdminIdentity
    from mebposta_admin.services.database import Database

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
PROVINCE_COUNT = 81


def translate(context: str, text: str) -> str:
    """Qt's translation, imported only when a command has something to say (lupdate finds
    the ``translate("Cli", …)`` calls by this name)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


# ------------------------------------------------------------------------------------ parser
class UsageError(AppError):
    """A command given without what it needs (exit code 2, like argparse's own usage errors)."""


GLOBAL_HELP = {
    "db": "database URL (default: $MEBPOSTA_DB_URL, else the embedded demo database)",
    "lang": "interface language (default: settings, tr)",
}


def _add_globals(parser: argparse.ArgumentParser, *, main: bool) -> None:
    """The options every command takes, before or after its name.

    Declared on the main parser with a real default and on every subparser with
    ``SUPPRESS``: a subparser then sets the value only when the option is typed after the
    command, and never resets one typed before it (argparse parents would, notes/measured)."""
    default: Any = None if main else argparse.SUPPRESS
    parser.add_argument("--db", metavar="URL", default=default, help=GLOBAL_HELP["db"])
    parser.add_argument("--lang", choices=("tr", "en"), default=default, help=GLOBAL_HELP["lang"])


def build_parser() -> argparse.ArgumentParser:
    as_parent = argparse.ArgumentParser(add_help=False)
    as_parent.add_argument(
        "--as",
        dest="as_user",
        metavar="USERNAME",
        help="sign in as this administrator (password from a prompt or $MEBPOSTA_PASSWORD)",
    )
    json_parent = argparse.ArgumentParser(add_help=False)
    json_parent.add_argument("--json", action="store_true", help="print JSON")

    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="MEB Posta Yönetim: e-mail account administration. "
        "Without a command the desktop application opens.",
    )
    _add_globals(parser, main=True)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (created on first use)"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open the database, apply migrations, load the Turkish translation, "
        "name the keyring backend",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(group: Any, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = group.add_parser(name, **kwargs)
        _add_globals(sub, main=False)
        return sub

    db_cmd = command(commands, "db", help="database schema")
    db_sub = db_cmd.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    command(db_sub, "upgrade", help="apply migrations")
    command(db_sub, "status", help="show the schema revision", parents=[json_parent])

    demo_cmd = command(commands, "demo", help="demo data")
    demo_sub = demo_cmd.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    seed = command(
        demo_sub, "seed", help="fill an empty database with demo data", parents=[json_parent]
    )
    seed.add_argument(
        "--people", type=_non_negative, default=None, help="people to create (default 20000)"
    )
    seed.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")

    admin_cmd = command(commands, "admin", help="administrator accounts")
    admin_sub = admin_cmd.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    create = command(
        admin_sub,
        "create",
        help="create an administrator (the password is prompted twice, or read from stdin)",
        parents=[as_parent, json_parent],
    )
    create.add_argument("username")
    create.add_argument("--role", required=True, choices=[r.value for r in Role])
    create.add_argument(
        "--province", metavar="CODE", type=_province, help="province plate code, e.g. 07"
    )
    create.add_argument("--district", metavar="NAME", help="district name (district_admin)")
    create.add_argument("--display-name", default="", help="full name shown in the application")
    command(admin_sub, "list", help="list administrators", parents=[as_parent, json_parent])

    settings_cmd = command(commands, "settings", help="system settings (kept in the database)")
    settings_sub = settings_cmd.add_subparsers(
        dest="settings_command", metavar="ACTION", required=True
    )
    command(settings_sub, "show", help="show the system settings", parents=[as_parent, json_parent])
    change = command(
        settings_sub,
        "set",
        help="change one system setting (superadmin; audited)",
        parents=[as_parent, json_parent],
    )
    change.add_argument("key")
    change.add_argument("value")

    password = command(commands, "password", help="e-mail passwords")
    password_sub = password.add_subparsers(dest="password_command", metavar="ACTION", required=True)
    send = command(
        password_sub,
        "reissue",
        help="send a new e-mail password by SMS to the GSM on file",
        parents=[as_parent, json_parent],
    )
    who = send.add_mutually_exclusive_group(required=True)
    who.add_argument("--tckn", help="the person's TCKN")
    who.add_argument("--address", help="the mailbox address (or an old alias)")
    send.add_argument("--kick", action="store_true", help="end open IMAP sessions (doveadm kick)")
    send.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    find = command(
        commands,
        "search",
        help="find people: name, TCKN (or 4+ digits), GSM, e-mail or institution code",
        parents=[as_parent, json_parent],
    )
    find.add_argument("query")
    find.add_argument(
        "--province", metavar="CODE", type=_province, help="province plate code, e.g. 07"
    )
    find.add_argument("--district", metavar="NAME", help="district name (with --province)")
    find.add_argument("--institution", metavar="CODE", help="institution code")
    find.add_argument("--status", choices=MAILBOX_STATUSES, help="mailbox status")
    find.add_argument("--limit", type=_positive, default=50, help="rows to print (default 50)")
    return parser


def _province(value: str) -> str:
    """A licence-plate code 01–81 (``7`` is ``07``); anything else is a usage error."""
    text = value.strip()
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= PROVINCE_COUNT:
        raise argparse.ArgumentTypeError(
            f"not a province plate code: {value!r} (use 01-{PROVINCE_COUNT})"
        )
    return f"{int(text):02d}"


def _positive(value: str) -> int:
    number = _non_negative(value)
    if not 1 <= number <= 10_000:
        raise argparse.ArgumentTypeError("must be between 1 and 10000")
    return number


def _non_negative(value: str) -> int:
    try:
        number = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from exc
    if number < 0:
        raise argparse.ArgumentTypeError("must be zero or more")
    return number


# ------------------------------------------------------------------------------------ running
def run(args: argparse.Namespace) -> int:
    """Run a CLI command (or the self-check); the caller owns the QCoreApplication."""
    from mebposta_admin import logging_setup, paths

    logging_setup.configure(paths.user_log_dir(), console=False)
    try:
        handler = {
            "db": _db,
            "demo": _demo,
            "admin": _admin,
            "search": _search,
            "password": _reissue,
            "settings": _settings,
        }.get(args.command or "")
        if args.self_check:
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


def _text(exc: AppError) -> str:
    from mebposta_admin.ui.error_texts import text_for

    return text_for(exc)


def database_url(args: argparse.Namespace) -> tuple[str, bool]:
    """The database to use and whether it is the embedded demo database (nothing chosen).

    ``--db`` wins, then ``$MEBPOSTA_DB_URL``; a chosen database that cannot be opened is an
    error, never a reason to fall back to the demo database."""
    from mebposta_admin import paths

    chosen = getattr(args, "db", None)
    if chosen is None:
        chosen = os.environ.get("MEBPOSTA_DB_URL") or None
    if chosen is not None:
        return chosen, False
    return paths.demo_database_url(), True


def _open(args: argparse.Namespace) -> Database:
    from mebposta_admin.services.database import open_database

    url, _embedded = database_url(args)
    return open_database(url)


def _db(args: argparse.Namespace) -> int:
    from mebposta_admin.models.engine import redact_url
    from mebposta_admin.services.database import schema_status

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


def _demo(args: argparse.Namespace) -> int:
    from mebposta_admin.services import demo_seed

    db = _open(args)
    try:

        def progress(done: int, total: int, stage: str) -> None:
            if sys.stderr.isatty() and stage == "people":
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        people = demo_seed.DEFAULT_DEMO_PEOPLE if args.people is None else args.people
        summary = demo_seed.seed(db, people, rng_seed=args.seed, progress=progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        db.dispose()
    if args.json:
        _print_json(asdict(summary))
    else:
        print(
            translate(
                "Cli",
                "Demo data written: {people} people, {mailboxes} mailboxes, "
                "{aliases} old addresses, {institutions} institutions in {seconds} s.",
            ).format(
                people=summary.people,
                mailboxes=summary.mailboxes,
                aliases=summary.aliases,
                institutions=summary.institutions,
                seconds=round(summary.seconds, 1),
            )
        )
    return EXIT_OK


def _sign_in(db: Database, args: argparse.Namespace) -> AdminIdentity:
    from mebposta_admin.services import admins, auth

    username = getattr(args, "as_user", None)
    if not username:
        raise UsageError("cli.as_required")
    if admins.count_admins(db) == 0:
        url, embedded = database_url(args)
        if embedded:
            raise AppError("cli.demo_empty", path=url.removeprefix("sqlite:///"))
        raise AppError("cli.no_admins")
    password = os.environ.get("MEBPOSTA_PASSWORD")
    if password is None:
        password = _read_secret(
            translate("Cli", "Password for {username}: ").format(username=username)
        )
    if not password:
        raise AppError("auth.password_required")
    return auth.authenticate(db, username, password)


def _read_secret(prompt: str) -> str:
    """A prompt on a terminal; one line of standard input otherwise (scripts, tests)."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


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


def _search(args: argparse.Namespace) -> int:
    from mebposta_admin.domain.search_query import MAX_QUERY_CHARS
    from mebposta_admin.domain.search_query import parse as parse_query
    from mebposta_admin.services import search as search_service
    from mebposta_admin.ui.labels import hint_text

    db = _open(args)
    try:
        identity = _sign_in(db, args)
        province = args.province
        district_id = None
        if args.district:
            district_id = _district_id(db, province or identity.province_code, args.district)
        filters = search_service.SearchFilters(
            province_code=province,
            district_id=district_id,
            institution_code=args.institution,
            mailbox_status=args.status,
        )
        page = search_service.search(db, identity, args.query, filters, limit=args.limit)
        total = search_service.count(db, identity, args.query, filters)
    finally:
        db.dispose()
    hint = hint_text(page.hint) if page.hint else None
    notes = [hint_text(n) for n in page.notes]
    if args.json:
        _print_json(
            {
                "query": args.query,
                "searched_for": parse_query(args.query).text,
                "truncated": "search.note_truncated" in page.notes,
                "max_query_chars": MAX_QUERY_CHARS,
                "notes": notes,
                "count": total.value,
                "count_exact": total.exact,
                "hint": hint,
                "results": [asdict(r) for r in page.rows],
            }
        )
        return EXIT_OK
    for note in notes:
        print(note, file=sys.stderr)
    if hint:
        print(hint)
        return EXIT_OK
    for r in page.rows:
        place = " / ".join(x for x in (r.province_name, r.district_name) if x)
        print(f"{r.tckn_masked}  {r.first_name} {r.last_name:<24} {r.address or '-':<36} {place}")
    shown = translate("Cli", "{shown} shown of {total}{more}.").format(
        shown=len(page.rows), total=total.value, more="" if total.exact else "+"
    )
    print(shown, file=sys.stderr)
    return EXIT_OK


def _reissue(args: argparse.Namespace) -> int:
    from mebposta_admin.config import Settings
    from mebposta_admin.services import people, reissue
    from mebposta_admin.services.mail_backend import DoveadmConfig
    from mebposta_admin.services.secret_store import SecretStore

    db = _open(args)
    try:
        identity = _sign_in(db, args)
        person_id = people.find_person(
            db, identity, tckn=args.tckn, address=args.address, action=reissue.ACTION
        )
        view = reissue.preview(db, identity, person_id)
        if not args.yes:
            question = translate(
                "Cli", "Send a new password for {address} to {gsm}? [y/N] "
            ).format(address=view.address, gsm=view.gsm_masked)
            if _read_secret(question).strip().lower() not in ("y", "e", "yes", "evet"):  # ascii
                print(translate("Cli", "Not sent."), file=sys.stderr)
                return EXIT_FAILED

        def show_demo(number: str, text: str) -> None:
            # Demo database only: the SMS that would have gone out. With --json standard
            # output is the JSON alone, so the SMS goes to standard error.
            print(text, file=sys.stderr if args.json else sys.stdout)

        doveadm = Settings().doveadm_config if args.kick else ""
        result = reissue.reissue_configured(
            db,
            identity,
            person_id,
            SecretStore(),
            end_sessions=DoveadmConfig(config_path=doveadm) if doveadm else None,
            show_demo_sms=show_demo,
        )
    finally:
        db.dispose()
    if args.json:
        _print_json(asdict(result))
    else:
        print(
            translate("Cli", "Sent to {gsm} for {address} (job {job}).").format(
                gsm=result.gsm_masked, address=result.address, job=result.job_id
            ),
            file=sys.stderr,
        )
        if result.record_incomplete:
            print(_text(AppError("reissue.record_incomplete")), file=sys.stderr)
    return EXIT_OK


def _district_id(db: Database, province: str | None, name: str) -> int:
    from mebposta_admin.domain.folding import fold
    from mebposta_admin.services import geography

    if not province:
        raise UsageError("admin.scope_province_required", role="--district")
    places = geography.load(db).districts.get(province, ())
    for place in places:
        if fold(place.name) == fold(name):
            return int(place.code)
    raise AppError("geo.unknown_district", province=province, district=name)


def self_check(args: argparse.Namespace) -> int:
    """For bundles and installs: every part the application needs, checked and named."""
    from PySide6.QtCore import QCoreApplication

    from mebposta_admin.models.engine import redact_url
    from mebposta_admin.services.database import schema_status
    from mebposta_admin.services.secret_store import SecretStore
    from mebposta_admin.ui.i18n import install_translators, translation_loaded

    report: dict[str, Any] = {"version": __version__}
    ok = True
    db = _open(args)
    try:
        status = schema_status(db.engine, db.url)
        report["database"] = {
            "url": redact_url(db.url),
            "revision": status.current,
            "head": status.head,
        }
        ok &= status.up_to_date
    finally:
        db.dispose()
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "tr")
    probe = QCoreApplication.translate("Labels", "National")
    report["translation_tr"] = {"loaded": translation_loaded(translators), "probe": probe}
    ok &= translation_loaded(translators) and probe != "National"
    secrets = SecretStore()
    report["keyring"] = {"backend": secrets.backend_name, "persistent": secrets.persistent}
    report["ok"] = bool(ok)
    _print_json(report)
    return EXIT_OK if ok else EXIT_FAILED


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def core_application(argv: list[str]) -> QCoreApplication:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QCoreApplication.instance()
    return existing if existing is not None else QCoreApplication(argv[:1])
