"""The command-line interface: the same services, roles, scope and audit as the GUI.

Exit codes: 0 success, 1 refused or failed (with a message on stderr), 2 usage.
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
from typing import Any

from PySide6.QtCore import QCoreApplication

from mebposta_admin import APP_NAME, ORG_NAME, __version__, logging_setup, paths
from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import AppError
from mebposta_admin.models.engine import redact_url
from mebposta_admin.services import admins, auth, demo_seed, geography, reissue
from mebposta_admin.services import search as search_service
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database, open_database, schema_status
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.ui.error_texts import text_for
from mebposta_admin.ui.labels import hint_text

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


# ------------------------------------------------------------------------------------ parser
def build_parser() -> argparse.ArgumentParser:
    db_parent = argparse.ArgumentParser(add_help=False)
    db_parent.add_argument(
        "--db",
        metavar="URL",
        default=os.environ.get("MEBPOSTA_DB_URL"),
        help="database URL (default: $MEBPOSTA_DB_URL, else the embedded demo database)",
    )
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
        parents=[db_parent],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (created on first use)"
    )
    parser.add_argument(
        "--lang", choices=("tr", "en"), help="interface language (default: settings, tr)"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open the database, apply migrations, load the Turkish translation, "
        "name the keyring backend",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    db_cmd = commands.add_parser("db", help="database schema")
    db_sub = db_cmd.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="apply migrations", parents=[db_parent])
    db_sub.add_parser("status", help="show the schema revision", parents=[db_parent, json_parent])

    demo_cmd = commands.add_parser("demo", help="demo data")
    demo_sub = demo_cmd.add_subparsers(dest="demo_command", metavar="ACTION", required=True)
    seed = demo_sub.add_parser(
        "seed", help="fill an empty database with demo data", parents=[db_parent, json_parent]
    )
    seed.add_argument("--people", type=_non_negative, default=demo_seed.DEFAULT_DEMO_PEOPLE)
    seed.add_argument("--seed", type=int, default=2026, help="random seed (same seed, same data)")

    admin_cmd = commands.add_parser("admin", help="administrator accounts")
    admin_sub = admin_cmd.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    create = admin_sub.add_parser(
        "create",
        help="create an administrator (the password is prompted twice, or read from stdin)",
        parents=[db_parent, as_parent, json_parent],
    )
    create.add_argument("username")
    create.add_argument("--role", required=True, choices=[r.value for r in Role])
    create.add_argument("--province", metavar="CODE", help="province plate code, e.g. 07")
    create.add_argument("--district", metavar="NAME", help="district name (district_admin)")
    create.add_argument("--display-name", default="", help="full name shown in the application")
    admin_sub.add_parser(
        "list", help="list administrators", parents=[db_parent, as_parent, json_parent]
    )

    password = commands.add_parser("password", help="e-mail passwords")
    password_sub = password.add_subparsers(dest="password_command", metavar="ACTION", required=True)
    send = password_sub.add_parser(
        "reissue",
        help="send a new e-mail password by SMS to the GSM on file",
        parents=[db_parent, as_parent, json_parent],
    )
    who = send.add_mutually_exclusive_group(required=True)
    who.add_argument("--tckn", help="the person's TCKN")
    who.add_argument("--address", help="the mailbox address (or an old alias)")
    send.add_argument("--kick", action="store_true", help="end open IMAP sessions (doveadm kick)")
    send.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    find = commands.add_parser(
        "search",
        help="find people: name, TCKN (or 4+ digits), GSM, e-mail or institution code",
        parents=[db_parent, as_parent, json_parent],
    )
    find.add_argument("query")
    find.add_argument("--province", metavar="CODE", help="province plate code, e.g. 07")
    find.add_argument("--district", metavar="NAME", help="district name (with --province)")
    find.add_argument("--institution", metavar="CODE", help="institution code")
    find.add_argument("--status", choices=search_service.MAILBOX_STATUSES, help="mailbox status")
    find.add_argument("--limit", type=_positive, default=50, help="rows to print (default 50)")
    return parser


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
    logging_setup.configure(paths.user_log_dir(), console=False)
    try:
        if args.self_check:
            return self_check(args)
        if args.command == "db":
            return _db(args)
        if args.command == "demo":
            return _demo(args)
        if args.command == "admin":
            return _admin(args)
        if args.command == "search":
            return _search(args)
        if args.command == "password":
            return _reissue(args)
    except AppError as exc:
        print(text_for(exc), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(
            QCoreApplication.translate("Cli", "Interrupted. Nothing was changed."), file=sys.stderr
        )
        return EXIT_FAILED
    print(QCoreApplication.translate("Cli", "Unknown command."), file=sys.stderr)
    return EXIT_USAGE


def _url(args: argparse.Namespace) -> str:
    return args.db or paths.demo_database_url()


def _open(args: argparse.Namespace) -> Database:
    return open_database(_url(args))


def _db(args: argparse.Namespace) -> int:
    if args.db_command == "upgrade":
        db = _open(args)  # open_database migrates
        try:
            print(
                QCoreApplication.translate("Cli", "Database {url} is at the newest schema.").format(
                    url=redact_url(db.url)
                )
            )
        finally:
            db.dispose()
        return EXIT_OK
    db = open_database(_url(args), migrate=True)
    try:
        status = schema_status(db.engine, db.url)
        if args.json:
            _print_json(
                {"url": redact_url(db.url), "revision": status.current, "head": status.head}
            )
        else:
            print(
                QCoreApplication.translate("Cli", "Schema revision: {revision}").format(
                    revision=status.current
                )
            )
    finally:
        db.dispose()
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    db = _open(args)
    try:

        def progress(done: int, total: int, stage: str) -> None:
            if sys.stderr.isatty() and stage == "people":
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        summary = demo_seed.seed(db, args.people, rng_seed=args.seed, progress=progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        db.dispose()
    if args.json:
        _print_json(asdict(summary))
    else:
        print(
            QCoreApplication.translate(
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


def _sign_in(db: Database, username: str | None) -> AdminIdentity:
    if not username:
        raise AppError("cli.as_required")
    password = os.environ.get("MEBPOSTA_PASSWORD")
    if password is None:
        password = _read_secret(
            QCoreApplication.translate("Cli", "Password for {username}: ").format(username=username)
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
    db = _open(args)
    try:
        if args.admin_command == "create":
            return _admin_create(db, args)
        identity = _sign_in(db, args.as_user)
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
    actor = None
    if admins.count_admins(db) > 0 or args.as_user:
        actor = _sign_in(db, args.as_user)
    password = _read_secret(QCoreApplication.translate("Cli", "New administrator's password: "))
    again = _read_secret(QCoreApplication.translate("Cli", "The same password again: "))
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
            QCoreApplication.translate("Cli", "Administrator {username} created.").format(
                username=created.username
            )
        )
    return EXIT_OK


def _search(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        identity = _sign_in(db, args.as_user)
        province = args.province.zfill(2) if args.province else None
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
    if args.json:
        _print_json(
            {
                "query": args.query,
                "count": total.value,
                "count_exact": total.exact,
                "hint": hint,
                "results": [asdict(r) for r in page.rows],
            }
        )
        return EXIT_OK
    if hint:
        print(hint)
        return EXIT_OK
    for r in page.rows:
        place = " / ".join(x for x in (r.province_name, r.district_name) if x)
        print(f"{r.tckn_masked}  {r.first_name} {r.last_name:<24} {r.address or '-':<36} {place}")
    shown = QCoreApplication.translate("Cli", "{shown} shown of {total}{more}.").format(
        shown=len(page.rows), total=total.value, more="" if total.exact else "+"
    )
    print(shown, file=sys.stderr)
    return EXIT_OK


def _reissue(args: argparse.Namespace) -> int:
    from mebposta_admin.app_context import AppContext
    from mebposta_admin.config import Settings

    db = _open(args)
    try:
        identity = _sign_in(db, args.as_user)
        person_id = _find_person(db, identity, tckn=args.tckn, address=args.address)
        context = AppContext(
            settings=Settings(),
            secrets=SecretStore(),
            tasks=None,  # type: ignore[arg-type]  # the CLI runs in the foreground
            demo=args.db is None,  # the embedded demo database: the local gateway
        )
        policy = context.reissue_policy()
        view = reissue.preview(db, identity, person_id, policy)
        if not args.yes:
            question = QCoreApplication.translate(
                "Cli", "Send a new password for {address} to {gsm}? [y/N] "
            ).format(address=view.address, gsm=view.gsm_masked)
            if _read_secret(question).strip().lower() not in ("y", "e", "yes", "evet"):  # ascii
                print(QCoreApplication.translate("Cli", "Not sent."), file=sys.stderr)
                return EXIT_FAILED

        def show_demo(number: str, text: str) -> None:
            print(text)  # demo mode only: the SMS that would have gone out

        result = reissue.reissue_configured(
            db,
            identity,
            person_id,
            context.gateway_setup(),
            context.secrets,
            policy,
            end_sessions=context.doveadm() if args.kick else None,
            show_demo_sms=show_demo,
        )
    finally:
        db.dispose()
    if args.json:
        _print_json(asdict(result))
    else:
        print(
            QCoreApplication.translate("Cli", "Sent to {gsm} for {address} (job {job}).").format(
                gsm=result.gsm_masked, address=result.address, job=result.job_id
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def _find_person(
    db: Database, identity: AdminIdentity, *, tckn: str | None, address: str | None
) -> int:
    """The person by TCKN or address, within scope (the search service applies it)."""
    text = tckn if tckn else (address or "")
    page = search_service.search(db, identity, text, limit=5)
    for row in page.rows:
        if address and row.address == fold(address):
            return row.id
    if tckn and len(page.rows) == 1:
        return page.rows[0].id
    if address and len(page.rows) == 1:
        return page.rows[0].id  # an old alias leads to its mailbox's owner
    raise AppError("person.not_found")


def _district_id(db: Database, province: str | None, name: str) -> int:
    if not province:
        raise AppError("admin.scope_province_required", role="--district")
    places = geography.load(db).districts.get(province, ())
    for place in places:
        if fold(place.name) == fold(name):
            return int(place.code)
    raise AppError("geo.unknown_district", province=province, district=name)


def self_check(args: argparse.Namespace) -> int:
    """For bundles and installs: every part the application needs, checked and named."""
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
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QCoreApplication.instance()
    return existing if existing is not None else QCoreApplication(argv[:1])
