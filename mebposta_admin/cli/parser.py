"""The argument parser: global options before or after any command."""

from __future__ import annotations

import argparse
from typing import Any

from mebposta_admin import APP_NAME, __version__
from mebposta_admin.cli.common import (
    _day_end,
    _day_start,
    _non_negative,
    _positive,
    _province,
)
from mebposta_admin.domain.roles import Role
from mebposta_admin.domain.search_query import MAILBOX_STATUSES
from mebposta_admin.domain.ticket_answers import ANSWERS
from mebposta_admin.domain.tickets import Category

TICKET_CATEGORIES = tuple(c.value for c in Category)
TICKET_ANSWERS = tuple(a.key for a in ANSWERS)

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
    command(
        db_sub,
        "secure",
        help="PostgreSQL: administrators' roles and row-level security (run as the owner "
        "after every upgrade)",
        parents=[json_parent],
    )

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

    req_cmd = command(commands, "requests", help="info-update requests (bilgi güncelleme)")
    req_sub = req_cmd.add_subparsers(dest="requests_command", metavar="ACTION", required=True)
    listing = command(
        req_sub, "list", help="the request queue in your scope", parents=[as_parent, json_parent]
    )
    listing.add_argument(
        "--status",
        choices=("open", "pending", "second_approval", "applied", "rejected", "superseded", "all"),
        default="open",
        help="which requests (default: open ones)",
    )
    listing.add_argument("--province", metavar="CODE", type=_province, help="province plate code")
    listing.add_argument("--source", choices=("portal", "excel", "desk"), help="where it came from")
    listing.add_argument("--overdue", action="store_true", help="only those past their deadline")
    listing.add_argument("--mine", action="store_true", help="only those assigned to you")
    listing.add_argument("--limit", type=_positive, default=50, help="rows to print (default 50)")
    show = command(
        req_sub,
        "show",
        help="one request beside our record and MEBBİS, its warnings and history",
        parents=[as_parent, json_parent],
    )
    show.add_argument("id", type=int)
    decide_cmd = command(
        req_sub,
        "decide",
        help="approve (the default) or reject a request",
        parents=[as_parent, json_parent],
    )
    decide_cmd.add_argument("id", type=int)
    decide_cmd.add_argument(
        "--reject",
        metavar="REASON",
        choices=(
            "fix_gsm_in_mebbis",
            "identity_mismatch",
            "unknown_person",
            "duplicate",
            "incomplete",
            "not_the_owner",
            "junk",
            "other",
        ),
        help="reject with this reason template (other: with --text)",
    )
    decide_cmd.add_argument("--text", help="the reason in your words")
    decide_cmd.add_argument(
        "--justification", help="why you approve a GSM change MEBBİS does not hold (four eyes)"
    )
    decide_cmd.add_argument(
        "--version", type=int, help="the version you reviewed (default: the current one)"
    )
    retry = command(
        req_sub,
        "retry-notice",
        help="send a request's undelivered notice SMS again",
        parents=[as_parent, json_parent],
    )
    retry.add_argument("id", type=int)

    intake_cmd = command(
        commands, "intake", help="read the help-desk portal's feeds and the help-desk mailbox"
    )
    intake_sub = intake_cmd.add_subparsers(dest="intake_command", metavar="ACTION", required=True)
    run = command(
        intake_sub,
        "run",
        help="poll the portal's request and ticket feeds and the help-desk mailbox until SIGTERM "
        "(secrets: the keyring, or $MEBPOSTA_PORTAL_TOKEN and $MEBPOSTA_IMAP_PASSWORD)",
        parents=[json_parent],
    )
    run.add_argument("--once", action="store_true", help="fetch what is new, then stop")
    run.add_argument(
        "--interval", type=float, default=30.0, help="seconds between polls (default 30)"
    )

    worker = command(
        commands,
        "worker",
        help="the shared deployment's SMS worker: send the workstations' password requests and "
        "store the hashes, until SIGTERM (gateway password: the keyring, or "
        "$MEBPOSTA_SMS_PASSWORD)",
        parents=[json_parent],
    )
    worker.add_argument("--once", action="store_true", help="send what is queued, then stop")
    worker.add_argument(
        "--interval", type=float, default=0.2, help="seconds between looks at an empty queue"
    )
    tickets_cmd = command(commands, "tickets", help="help-desk tickets (destek talepleri)")
    tickets_sub = tickets_cmd.add_subparsers(
        dest="tickets_command", metavar="ACTION", required=True
    )
    t_list = command(
        tickets_sub,
        "list",
        help="the ticket queue in your scope, what breaches first on top",
        parents=[as_parent, json_parent],
    )
    t_list.add_argument(
        "--status",
        choices=("open", "all", "new", "waiting", "solved", "closed", "merged"),
        default="open",
        help="which tickets (default: new, open and waiting)",
    )
    t_list.add_argument("--queue", metavar="CODE|central", help="a province's queue or central")
    t_list.add_argument("--mine", action="store_true", help="only those assigned to you")
    t_list.add_argument("--category", choices=TICKET_CATEGORIES, help="one category")
    t_list.add_argument("--text", help="words in the subject, the messages or the caller")
    t_list.add_argument("--limit", type=_positive, default=50, help="rows to print (default 50)")
    t_show = command(
        tickets_sub,
        "show",
        help="one ticket: caller, matches, SLA clocks, messages",
        parents=[as_parent, json_parent],
    )
    t_show.add_argument("number", help="YM-YYYY-NNNNNN")
    t_reply = command(
        tickets_sub,
        "reply",
        help="answer the caller by e-mail (SMTP password: keyring or $MEBPOSTA_SMTP_PASSWORD)",
        parents=[as_parent, json_parent],
    )
    t_reply.add_argument("number")
    t_reply.add_argument("--text", help="the answer (after the canned one, with --answer)")
    t_reply.add_argument("--answer", choices=TICKET_ANSWERS, help="a canned answer, filled in")
    t_reply.add_argument(
        "--then",
        choices=("waiting", "solved", "open"),
        default="waiting",
        help="the ticket's status after the answer (default: waiting for the caller)",
    )
    t_assign = command(
        tickets_sub,
        "assign",
        help="assign a ticket: me, a user name, round_robin or nobody",
        parents=[as_parent, json_parent],
    )
    t_assign.add_argument("number")
    t_assign.add_argument("to", help="me | USERNAME | round_robin | nobody")
    t_status = command(
        tickets_sub,
        "status",
        help="set a ticket's status (and its category or priority)",
        parents=[as_parent, json_parent],
    )
    t_status.add_argument("number")
    t_status.add_argument("status", choices=("new", "open", "waiting", "solved", "closed"))
    t_status.add_argument("--category", choices=TICKET_CATEGORIES)
    t_status.add_argument("--priority", choices=("low", "normal", "high", "urgent"))

    import_cmd = command(commands, "import", help="import Excel files")
    import_sub = import_cmd.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    import_requests = command(
        import_sub,
        "requests",
        help="info-update forms from an Excel export (a row-level report is written back)",
        parents=[as_parent, json_parent],
    )
    import_requests.add_argument("file")
    import_requests.add_argument(
        "--report", metavar="FILE", help="where to write the report (default: FILE-rapor.xlsx)"
    )
    import_mebbis = command(
        import_sub,
        "mebbis",
        help="the MEBBİS personnel export (superadmin): the local HR directory",
        parents=[as_parent, json_parent],
    )
    import_mebbis.add_argument("file")
    import_units = command(
        import_sub,
        "units",
        help="unit accounts and their custodians (all rows or none; a row-level report is "
        "written back)",
        parents=[as_parent, json_parent],
    )
    import_units.add_argument("file")
    import_units.add_argument(
        "--report", metavar="FILE", help="where to write the report (default: FILE-rapor.xlsx)"
    )

    audit_cmd = command(commands, "audit", help="the audit trail's tamper evidence")
    audit_sub = audit_cmd.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = command(
        audit_sub,
        "verify",
        help="check the hash chain; exit code 1 names the first event changed, removed or "
        "inserted out of order",
        parents=[as_parent, json_parent],
    )
    verify.add_argument("--from", dest="since", type=_day_start, help="YYYY-MM-DD (Turkey)")
    verify.add_argument("--to", dest="until", type=_day_end, help="YYYY-MM-DD (Turkey)")
    verify.add_argument("--checkpoint", metavar="FILE", help="a signed checkpoint to extend")
    verify.add_argument("--public-key", metavar="FILE", help="the checkpoint key's public half")
    point = command(
        audit_sub,
        "checkpoint",
        help="sign the chain's head with your key and write it outside the database",
        parents=[as_parent, json_parent],
    )
    point.add_argument("--key", metavar="FILE", required=True, help="the private key (keygen)")
    point.add_argument("--out", metavar="FILE", help="where to write it (default: stdout)")
    keygen = command(audit_sub, "keygen", help="make a checkpoint key pair", parents=[json_parent])
    keygen.add_argument("--out", metavar="DIR", required=True, help="folder for the two files")

    report_cmd = command(commands, "report", help="Excel reports (for schedulers too)")
    report_sub = report_cmd.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    report_audit = command(
        report_sub,
        "audit",
        help="the audit trail's detail for a filter (scoped and masked like the Denetim page)",
        parents=[as_parent, json_parent],
    )
    report_audit.add_argument("--from", dest="since", type=_day_start, help="YYYY-MM-DD (Turkey)")
    report_audit.add_argument("--to", dest="until", type=_day_end, help="YYYY-MM-DD (Turkey)")
    report_audit.add_argument("--province", metavar="CODE", type=_province, help="plate code")
    report_audit.add_argument("--admin", metavar="USERNAME", help="one administrator's actions")
    report_audit.add_argument("--action", metavar="ACTION", help="e.g. password.reissue")
    report_audit.add_argument(
        "--outcome", choices=("success", "failure", "refused", "pending", "unknown")
    )
    report_audit.add_argument("--text", metavar="TEXT", help="text in the details")
    report_audit.add_argument("--out", metavar="FILE", required=True, help="the .xlsx to write")
    report_summary = command(
        report_sub,
        "summary",
        help="per province and administrator: passwords, requests, handovers, SMS (a chart)",
        parents=[as_parent, json_parent],
    )
    report_summary.add_argument("--from", dest="since", type=_day_start, help="YYYY-MM-DD")
    report_summary.add_argument("--to", dest="until", type=_day_end, help="YYYY-MM-DD")
    report_summary.add_argument("--province", metavar="CODE", type=_province, help="plate code")
    report_summary.add_argument("--out", metavar="FILE", required=True, help="the .xlsx")
    report_backlog = command(
        report_sub,
        "backlog",
        help="the open info-update requests with their ages and deadlines",
        parents=[as_parent, json_parent],
    )
    report_backlog.add_argument("--province", metavar="CODE", type=_province, help="plate code")
    report_backlog.add_argument("--out", metavar="FILE", required=True, help="the .xlsx")

    units_cmd = command(commands, "units", help="unit accounts (birim hesapları) in your scope")
    units_sub = units_cmd.add_subparsers(dest="units_command", metavar="ACTION", required=True)
    for name, text in (
        ("list", "list unit accounts by address"),
        ("export", "write the unit accounts to Excel (the import reads the file back)"),
    ):
        sub = command(units_sub, name, help=text, parents=[as_parent, json_parent])
        sub.add_argument("--search", metavar="TEXT", help="address or office name")
        sub.add_argument(
            "--flagged", action="store_true", help="only those without a valid primary custodian"
        )
        if name == "list":
            sub.add_argument("--limit", type=_positive, default=100, help="rows (default 100)")
        else:
            sub.add_argument("--out", metavar="FILE", required=True, help="the .xlsx to write")
    return parser
