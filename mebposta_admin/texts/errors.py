"""Error codes from services → translated sentences that say what went wrong and what to do.

Used by the GUI and the CLI alike (both are front ends). Source strings are English; the
Turkish translation in ``translations/mebposta_admin_tr.ts`` is the default.
"""

from __future__ import annotations

from mebposta_admin.errors import AppError
from mebposta_admin.texts import QT_TRANSLATE_NOOP, translate
from mebposta_admin.texts.request_errors import REQUEST_TEXTS
from mebposta_admin.texts.security_errors import SECURITY_TEXTS
from mebposta_admin.texts.ticket_errors import TICKET_TEXTS
from mebposta_admin.texts.unit_errors import UNIT_TEXTS

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
    "db.session_ended": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Your database session has ended: you signed in at another computer, 12 hours have "
        "passed, or a superadmin reset or disabled your account. Close the program and sign "
        "in again.",
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
        "ErrorTexts",
        "The user name or password is wrong. After 5 wrong attempts in a row an account is "
        "locked for 15 minutes.",
    ),
    "auth.locked": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This account is locked after repeated wrong passwords. Try again in {minutes} min, "
        "or ask a system administrator.",
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
    "password.guessable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This password is too easy to guess (a common word, a name, a date, a pattern or a "
        "repeat). Use several unrelated words or a longer random password.",
    ),
    "password.contains_username": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The password must not contain the user name or the administrator's name."
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
    "cli.checkpoint_needs_key": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "--checkpoint and --public-key go together: the checkpoint is verified with the public "
        "half of the key that signed it.",
    ),
    "cli.as_required": QT_TRANSLATE_NOOP(
        "ErrorTexts", "This command needs an administrator: add --as USERNAME."
    ),
    "permission.scope": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This person is outside your area. Ask the help desk, who can pass it to the right "
        "administrator. The attempt was recorded.",
    ),
    "permission.reveal": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Your role may not see personal data unmasked. The attempt was recorded.",
    ),
    "person.not_found": QT_TRANSLATE_NOOP(
        "ErrorTexts", "This person is no longer in the database. Search again."
    ),
    "person.not_found_lookup": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Nobody with this TCKN or e-mail address is in the database. Check the digits or the "
        "spelling, or search by name.",
    ),
    "tckn.invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This is not a valid TCKN: its check digits are wrong. Ask for the 11 digits on the "
        "identity card again.",
    ),
    "mailbox.unit_account": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "{address} is a unit account (an office's shared mailbox), not a person's: its password "
        "goes to the unit's custodian, not through a person's record.",
    ),
    "cli.demo_empty": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The demo database {path} is empty, so nobody can sign in yet. Fill it with "
        "“mebposta-admin demo seed” (or open the application with --demo, which fills it), or "
        "choose another database with --db URL.",
    ),
    "cli.no_admins": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This database has no administrators yet. Create the first one with “mebposta-admin "
        "admin create USERNAME --role superadmin --db URL”.",
    ),
    "settings.unknown_key": QT_TRANSLATE_NOOP(
        "ErrorTexts", "There is no system setting “{key}”. The settings are: {keys}."
    ),
    "settings.https_required": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "“{value}” is not an https:// address. The SMS gateway is only reached over HTTPS "
        "(plain http is accepted for a simulator on this computer only).",
    ),
    "settings.url_credentials": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Put no user name or password in the gateway address: the user code is a setting of "
        "its own and the password goes into the keyring.",
    ),
    "settings.url_password": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Put no password in the mail servers' database address: it goes into the keyring of the "
        "computer that sends.",
    ),
    "settings.text_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts", "Use at most {limit} printable characters."
    ),
    "settings.header_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The sender name must be 1 to {limit} characters, as registered with the SMS gateway.",
    ),
    "settings.out_of_range": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{value}” is not allowed here: use a whole number from {low} to {high}."
    ),
    "settings.choice_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{value}” is not allowed here: use one of {choices}."
    ),
    "settings.demo_only_seed": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Only the demo seed makes a database a demo (SMS shown on screen instead of sent); a "
        "real database cannot be switched to it.",
    ),
    "reissue.record_incomplete": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The new password works: the mail servers have it. This program's database could not "
        "record it, so the person view may show the send as unfinished.",
    ),
    "person.no_gsm": QT_TRANSLATE_NOOP("ErrorTexts", "There is no GSM number on file."),
    "mailbox.not_found": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The mailbox no longer exists. Search again."
    ),
    "reissue.no_mailbox": QT_TRANSLATE_NOOP(
        "ErrorTexts", "This person has no mailbox, so no password can be sent."
    ),
    "reissue.inactive": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The mailbox {address} (or its owner) is inactive: no password is sent to an inactive "
        "account. Check the record in MEBBİS first.",
    ),
    "reissue.no_gsm": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "There is no valid GSM number on file, and the password only ever goes to the number on "
        "file. The person must enter their mobile number in MEBBİS and send the info-update form.",
    ),
    "reissue.mailbox_limit": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This mailbox has already received {limit} passwords in the last 24 hours. Ask the "
        "caller to check their SMS messages; try again tomorrow.",
    ),
    "reissue.admin_limit": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "You have sent {limit} passwords in the last hour, the most allowed. Wait a while, or "
        "ask a colleague.",
    ),
    "reissue.not_stored": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS went out, but the new password could not be saved for {address}: the password "
        "in the SMS does not work. Send a new one in a few minutes.",
    ),
    "sms.rejected_text": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway refused the message text (code 20). The password was not changed.",
    ),
    "sms.rejected_credentials": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway refused our credentials or this computer's address (code 30). The "
        "password was not changed. Check the gateway settings with the system administrator.",
    ),
    "sms.rejected_header": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway does not know our sender name (code 40). The password was not changed.",
    ),
    "sms.rejected_iys": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway applied İYS consent rules to this message (code 50/51). The password "
        "was not changed.",
    ),
    "sms.rejected_parameters": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway refused the request's parameters (code 70). The password was not changed.",
    ),
    "sms.rejected_limit": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway's sending limit is used up (code 80). The password was not changed.",
    ),
    "sms.rejected_duplicate": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway refused another message to this number so soon (code 85). The "
        "password was not changed; try again in a few minutes.",
    ),
    "sms.rejected_other": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway refused the message (code {gateway_code}). The password was not changed.",
    ),
    "sms.gateway_fault": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway reported a fault of its own. The password was not changed; try again "
        "later.",
    ),
    "sms.malformed_reply": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway's answer could not be understood. The password was not changed. If the "
        "caller receives an SMS anyway, its password does not work: send a new one.",
    ),
    "sms.unreachable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway could not be reached. Nothing was sent and the password was not "
        "changed. Check the network, then try again.",
    ),
    "sms.timeout_unknown": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway did not answer in time, so it is not known whether the SMS went out. "
        "The old password still works and was not changed. If an SMS arrives, its password does "
        "not work: wait a few minutes, then send a new one.",
    ),
    "sms.not_configured": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "No SMS gateway is configured, so no password can be sent. A system administrator sets "
        "it in Settings (address, user code, sender name, password).",
    ),
    "sms.no_password": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SMS gateway's password is not in the keyring of this computer. Enter it in Settings.",
    ),
    "mailbox.not_in_mail_db": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The mail servers' database has no mailbox {address}. The SMS went out but its password "
        "does not work: ask the mail system team to add the mailbox, then send a new password.",
    ),
    "mail.kick_failed": QT_TRANSLATE_NOOP(
        "ErrorTexts", "Open mail sessions could not be ended ({reason})."
    ),
    "settings.time_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "“{value}” is not a time within working hours. Write it as HH:MM, e.g. 16:00.",
    ),
    "settings.dates_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{value}” is not a date. Write dates as YYYY-MM-DD, separated by commas."
    ),
    "settings.name_rule_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "“{value}” cannot be a naming rule: use a–z, 0–9 and _ around {needed} (each must "
        "appear), at most 40 characters.",
    ),
    "audit.event_not_found": QT_TRANSLATE_NOOP(
        "ErrorTexts", "Event {id} is not in the part of the audit trail you may read."
    ),
    "audit.head_missing": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The audit trail's chain head is missing: the database was changed behind the "
        "application's back. Run “mebposta-admin audit verify” and report it.",
    ),
    "audit.key_exists": QT_TRANSLATE_NOOP(
        "ErrorTexts", "A checkpoint key already exists at {path}; it was left as it is."
    ),
    "audit.key_unreadable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "{path} is not an Ed25519 key in PEM form (audit keygen writes one).",
    ),
    "audit.checkpoint_unreadable": QT_TRANSLATE_NOOP(
        "ErrorTexts", "{path} is not a checkpoint written by “mebposta-admin audit checkpoint”."
    ),
    "task.cancelled": QT_TRANSLATE_NOOP("ErrorTexts", "Cancelled. Nothing was changed."),
    "keyring.unavailable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "No system keyring is available: passwords are kept in memory for this session only "
        "and must be entered again next time.",
    ),
}

TEXTS.update(UNIT_TEXTS)
TEXTS.update(SECURITY_TEXTS)
TEXTS.update(REQUEST_TEXTS)
TEXTS.update(TICKET_TEXTS)

_FALLBACK = QT_TRANSLATE_NOOP("ErrorTexts", "Unexpected error ({code}). Details are in the log.")


def text_for(error: AppError) -> str:
    """The translated, filled-in sentence for ``error``."""
    source = TEXTS.get(error.code)
    if source is None:
        return translate(_CTX, _FALLBACK).format(code=error.code)
    params = {k: ("" if v is None else v) for k, v in error.params.items()}
    if "problem" in params:
        from mebposta_admin.texts.labels import problem_text

        params["problem_text"] = problem_text(str(params["problem"]))
    try:
        return translate(_CTX, source).format(**params)
    except (KeyError, IndexError):
        return translate(_CTX, source)
