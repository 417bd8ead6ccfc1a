"""What every command shares: exit codes, messages, the database and the signing in."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from mebposta_admin import APP_NAME, ORG_NAME
from mebposta_admin.errors import AppError
from mebposta_admin.texts import translate
from mebposta_admin.texts.errors import text_for

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from mebposta_admin.services.auth import AdminIdentity
    from mebposta_admin.services.database import Database


EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
PROVINCE_COUNT = 81


# ------------------------------------------------------------------------------------ parser


class UsageError(AppError):
    """A command given without what it needs (exit code 2, like argparse's own usage errors)."""


def _province(value: str) -> str:
    """A licence-plate code 01–81 (``7`` is ``07``); anything else is a usage error."""
    text = value.strip()
    if not text.isascii() or not text.isdigit() or not 1 <= int(text) <= PROVINCE_COUNT:
        raise argparse.ArgumentTypeError(
            f"not a province plate code: {value!r} (use 01-{PROVINCE_COUNT})"
        )
    return f"{int(text):02d}"


def _moment(value: str, *, end: bool = False) -> datetime:
    """``2026-11-30`` (a day in Turkey's time: its start, or with ``end`` its last moment) or
    an ISO time (``2026-11-30T14:00``, Turkey's time unless it names a zone)."""
    from mebposta_admin.domain.business_calendar import ISTANBUL

    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time.max if end else time.min, tzinfo=ISTANBUL)
        else:
            moment = datetime.fromisoformat(text)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=ISTANBUL)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            f"not a date: {value!r} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
        ) from exc
    return moment


def _day_start(value: str) -> datetime:
    return _moment(value)


def _day_end(value: str) -> datetime:
    return _moment(value, end=True)


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


def _text(exc: AppError) -> str:
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
    """The database; a URL ending in ``?auth=role`` is opened by the sign-in, as the
    administrator's own role (services.role_sign_in)."""
    from mebposta_admin.services.connect import connect

    url, _embedded = database_url(args)
    return connect(url)


def _sign_in(db: Database, args: argparse.Namespace) -> AdminIdentity:
    from mebposta_admin.services import admins, auth

    username = getattr(args, "as_user", None)
    if not username:
        raise UsageError("cli.as_required")
    if db.gate_url is None and admins.count_admins(db) == 0:
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
    code = os.environ.get("MEBPOSTA_TOTP_CODE")
    try:
        return auth.authenticate(db, username, password, code=code)
    except AppError as exc:
        interactive = sys.stdin is not None and sys.stdin.isatty()
        if exc.code == "auth.totp_required" and code is None and interactive:
            code = input(translate("Cli", "Code from your authenticator app: "))
            return auth.authenticate(db, username, password, code=code)
        if exc.code == "auth.totp_enrolment_required" and interactive:
            return _enrol(db, username, password)
        if exc.code == "auth.totp_enrolment_required":
            raise AppError("auth.totp_cli") from exc
        raise


def _enrol(db: Database, username: str, password: str) -> AdminIdentity:
    """Set up the second factor at a terminal: the QR code drawn in text, the code typed,
    the recovery codes printed once."""
    import segno

    from mebposta_admin.services import auth

    enrolment = auth.begin_enrolment(username)
    print(translate("Cli", "Scan this code with an authenticator app (or type the key):"))
    segno.make(enrolment.uri, error="m").terminal(compact=True)
    print(translate("Cli", "Key: {secret}").format(secret=enrolment.secret))
    code = input(translate("Cli", "Code from your authenticator app: "))
    done = auth.enrol(db, username, password, enrolment, code)
    print(translate("Cli", "Recovery codes (each works once; keep them apart from the phone):"))
    for recovery in done.recovery_codes:
        print(f"  {recovery}")
    return done.identity


def _read_secret(prompt: str) -> str:
    """A prompt on a terminal; one line of standard input otherwise (scripts, tests)."""
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


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
