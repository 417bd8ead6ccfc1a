"""Error codes from services → translated sentences that say what went wrong and what to do.

Used by the GUI and the CLI alike (both are front ends). Source strings are English; the
Turkish translation in ``translations/mebposta_admin_tr.ts`` is the default.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mebposta_admin.errors import AppError

_CTX = "ErrorTexts"

TEXTS: dict[str, str] = {
    "db.url_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database address “{url}” cannot be read. Use the form "
        "sqlite:///path/to/file.sqlite3 or postgresql://user@host:5432/database.",
    ),
    "db.url_unsupported": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database address “{url}” is not supported. Only SQLite and PostgreSQL can be used.",
    ),
    "db.unreachable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Cannot connect to the database {url}. Check that the server is running and reachable "
        "from this computer, then try again. Details: {reason}",
    ),
    "db.auth_failed": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database server {url} refused the user name or password. Check the connection "
        "profile's password in Settings.",
    ),
    "db.missing": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database named in {url} does not exist on the server. Ask the database "
        "administrator to create it, or correct the address.",
    ),
    "db.cannot_open": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database file {url} cannot be opened. Check that its folder exists and that you "
        "may write to it.",
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database {url} is read-only for this program, so no change could be saved. Give "
        "your user write permission on the file and its folder, or choose another database.",
    ),
    "db.locked": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database {url} is locked by another program. Close the other program (or wait "
        "for it to finish) and try again. Nothing was changed.",
    ),
    "db.schema_newer": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database {url} was prepared by a newer version of MEB Posta Yönetim (schema "
        "{revision}). Install the newer version; this one will not touch the database.",
    ),
    "db.schema_old": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database {url} needs an upgrade. Run “mebposta-admin db upgrade”.",
    ),
    "auth.invalid_credentials": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The user name or password is wrong."
    ),
    "auth.invalid_credentials_left": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The user name or password is wrong. {left} attempt(s) left before the account is "
        "locked for 15 minutes.",
    ),
    "auth.locked": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This account is locked after repeated wrong passwords. Try again in {minutes} "
        "minute(s), or ask a system administrator.",
    ),
    "auth.inactive": QT_TRANSLATE_NOOP(
        "ErrorTexts", "This administrator account is disabled. Ask a system administrator."
    ),
    "auth.password_required": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "A password is needed: type it at the prompt or set MEBPOSTA_PASSWORD for scheduled jobs.",
    ),
    "permission.role": QT_TRANSLATE_NOOP(
        "ErrorTexts", "Your role ({role}) does not allow this action. The attempt was recorded."
    ),
    "admin.bootstrap_only": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Administrators already exist: sign in as a system administrator with --as USERNAME.",
    ),
    "admin.username_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "“{username}” is not a valid user name: use 3–64 lower-case letters, digits, “.”, “_” "
        "or “-”, starting with a letter.",
    ),
    "admin.username_taken": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The user name “{username}” is already taken."
    ),
    "admin.scope_not_allowed": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The role {role} is national: do not give a province or district."
    ),
    "admin.scope_province_required": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The role {role} needs a province (--province 07)."
    ),
    "admin.scope_district_required": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The role {role} needs a district (--district NAME) as well as a province."
    ),
    "geo.unknown_province": QT_TRANSLATE_NOOP(
        "ErrorTexts", "There is no province with the code {province} (use 01–81)."
    ),
    "geo.unknown_district": QT_TRANSLATE_NOOP(
        "ErrorTexts", "Province {province} has no district named “{district}”."
    ),
    "password.too_short": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The password is too short: use at least 10 characters."
    ),
    "password.too_simple": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The password is too simple: mix at least three of lower-case letters, upper-case "
        "letters, digits and symbols.",
    ),
    "password.contains_username": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The password must not contain the user name."
    ),
    "password.mismatch": QT_TRANSLATE_NOOP("ErrorTexts", "The two passwords differ."),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The database already holds data; demo data is only written to an empty database. "
        "Choose a new file with --db.",
    ),
    "demo.people_negative": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The number of people must be zero or more."
    ),
    "cli.as_required": QT_TRANSLATE_NOOP(
        "ErrorTexts", "This command needs an administrator: add --as USERNAME."
    ),
    "task.cancelled": QT_TRANSLATE_NOOP("ErrorTexts", "Cancelled. Nothing was changed."),
    "keyring.unavailable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "No system keyring is available: passwords are kept in memory for this session only "
        "and must be entered again next time.",
    ),
}

_FALLBACK = QT_TRANSLATE_NOOP("ErrorTexts", "Unexpected error ({code}). Details are in the log.")


def text_for(error: AppError) -> str:
    """The translated, filled-in sentence for ``error``."""
    source = TEXTS.get(error.code)
    if source is None:
        return QCoreApplication.translate(_CTX, _FALLBACK).format(code=error.code)
    params = {k: ("" if v is None else v) for k, v in error.params.items()}
    try:
        return QCoreApplication.translate(_CTX, source).format(**params)
    except (KeyError, IndexError):
        return QCoreApplication.translate(_CTX, source)
