"""The shared deployment's enforcement in PostgreSQL itself (issue 15): each administrator is a
database role, and row-level security mirrors the one scope implementation (services.scope).

Roles
    ``mpg_<username>``       the administrator's gate: its password is the administrator's
                             own, stored by the server as a SCRAM-SHA-256 verifier computed on
                             the client (libpq's PQencryptPasswordConn): the plain password
                             never reaches the server, its logs or ``pg_stat_statements``. It
                             may only call ``mebposta_sign_in`` (services.db_sign_in_sql);
    ``mp_<username>``        the working role the policies know: its password is a session's,
                             set by ``mebposta_sign_in`` after the second factor, valid for
                             hours. Disabling the administrator makes both NOLOGIN.
    ``mebposta_readers``     group of every administrator: reads in scope, appends its own audit
                             events (auditors are only this);
    ``mebposta_desk``        + the desk's writes in scope (helpdesk, province and district
                             administrators); never a mailbox's password hash;
    ``mebposta_superadmins`` + the system settings and the provisioning of administrators;
    ``mebposta_worker``      the server-side worker's group: the only one that writes password
                             hashes, across every province.

Why SCRAM with the administrator's own password (and not a second secret in each
workstation's keyring): one secret for a person who works at several desks; nothing to copy
between machines, and nothing on a workstation that outlives the session; disabling or
resetting an administrator changes the database credential in the same transaction as the
account, so the two can never disagree; and PgBouncer authenticates SCRAM clients against the
same verifiers (``auth_query``), so pooling keeps the per-person roles.

Scope
    The policies read the caller's scope from ``admin_accounts`` through three STABLE
    SECURITY DEFINER functions keyed on ``session_user`` (``mebposta_national()``,
    ``mebposta_province()``, ``mebposta_district()``), each written as ``(SELECT f())`` so the
    planner evaluates it once per statement (an InitPlan) and the area columns' indexes stay
    usable. The rule is services.scope's, table by table:

    * area tables (province and district columns): national → all; a province → its rows;
      a district → its district's rows;
    * province tables (no district column, e.g. mailboxes): a district administrator sees the
      district's province, exactly as ``Scope.where`` does;
    * child tables (aliases, custodians, ticket articles…): the rows whose parent is visible;
    * the audit trail: read in scope like a province table, insert-only and only under the
      administrator's own name; nobody's role may update or delete it;
    * reference tables (provinces, districts, institutions): read by everybody; private
      tables (recovery codes, the sign-in throttle, the intake's cursors): nobody's.

``TABLES`` classifies every table of the schema; a test fails when a new table is not
classified, so every table to come gets its policy. SQLite (one workstation) relies on the
service layer alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from mebposta_admin.services.db_functions import (  # noqa: F401 - the names of the roles
    DESK,
    FUNCTIONS,
    GROUPS,
    MAIL_SERVERS,
    MAX_USERNAME,
    NATIONAL,
    READERS,
    ROLE_PREFIX,
    SCOPED,
    SUPERADMINS,
    WORKER,
)
from mebposta_admin.services.db_sign_in_sql import GATE, GATE_PREFIX, SIGN_IN_FUNCTIONS


@dataclass(frozen=True)
class TableRule:
    kind: str  # area | province | child | audit | reference | private | counter
    parent: tuple[str, str, str] | None = None  # (fk column, parent table, parent key)
    desk_writes: str = ""  # "INSERT, UPDATE" … granted to the desk (in scope)
    superadmin_writes: str = ""


def _child(fk: str, parent: str, key: str = "id", writes: str = "INSERT, UPDATE") -> TableRule:
    return TableRule("child", (fk, parent, key), writes)


TABLES: dict[str, TableRule] = {
    "people": TableRule("area", desk_writes="UPDATE"),
    "info_update_requests": TableRule("area", desk_writes="INSERT, UPDATE"),
    "tickets": TableRule("area", desk_writes="INSERT, UPDATE"),
    "mailboxes": TableRule("province", desk_writes="UPDATE"),  # hash columns excepted
    "mebbis_personnel": TableRule("province"),
    "aliases": _child("mailbox_id", "mailboxes", writes="INSERT, DELETE"),
    "unit_custodians": _child("mailbox_id", "mailboxes"),
    "reissue_attempts": _child("mailbox_id", "mailboxes"),
    "request_events": _child("request_id", "info_update_requests", writes="INSERT"),
    "notice_sms": _child("request_id", "info_update_requests"),
    "ticket_articles": _child("ticket_id", "tickets"),
    "ticket_events": _child("ticket_id", "tickets", writes="INSERT"),
    "ticket_message_ids": _child("ticket_id", "tickets", writes="INSERT"),
    "mail_outbox": _child("ticket_id", "tickets", writes="INSERT"),  # the worker sends
    "ticket_attachments": _child("article_id", "ticket_articles", writes="INSERT"),
    "ticket_attachment_blobs": _child("sha256", "ticket_attachments", "sha256", "INSERT"),
    "audit_events": TableRule("audit"),
    "audit_head": TableRule("counter"),  # the chain's head: every append moves it
    "ticket_counters": TableRule("counter"),
    "provinces": TableRule("reference"),
    "districts": TableRule("reference"),
    "institutions": TableRule("reference"),
    "alembic_version": TableRule("reference"),
    "system_settings": TableRule("reference", superadmin_writes="INSERT, UPDATE"),
    "admin_accounts": TableRule("admins"),
    "admin_recovery_codes": TableRule("private"),
    "sign_in_throttle": TableRule("private"),
    "intake_cursors": TableRule("private"),
    "mail_intake_state": TableRule("private"),
    "name_trigram_stats": TableRule("private"),  # mebposta_trigram_counts writes it
    "sign_in_events": TableRule("private"),  # mebposta_sign_in writes, the worker chains
}

# Columns no administrator's role may read or write (the worker's alone): a mailbox's
# password hash would let anybody with a role try passwords offline.
HASH_COLUMNS = {"mailboxes": ("password_hash",)}
SECRET_ADMIN_COLUMNS = ("password_hash", "totp_secret")


def _area() -> str:
    return (
        "province_code = (SELECT mebposta_province()) AND "
        "((SELECT mebposta_district()) IS NULL OR district_id = (SELECT mebposta_district()))"
    )


def _province() -> str:
    return "province_code = (SELECT mebposta_province())"


# A national administrator's rows: all. Plainly "true", which the planner folds away: any
# condition left as a security qual (even "(SELECT mebposta_national())", which is true)
# keeps the search's non-leakproof conditions such as LIKE out of its trigram index — a
# national name search became a sequential scan (52 ms at 200 000 people, measured). A
# disabled national administrator's role is NOLOGIN and its open sessions are ended by
# mebposta_provision (the owner needs pg_signal_backend for that; README).
_NATIONAL_ROWS = "true"


def _policy_sql(table: str, rule: TableRule) -> list[str]:
    q = f'"{table}"'
    statements = [f"ALTER TABLE {q} ENABLE ROW LEVEL SECURITY"]
    for name in ("mebposta_scope", "mebposta_read", "mebposta_append", "mebposta_worker"):
        statements.append(f"DROP POLICY IF EXISTS {name} ON {q}")
    for name in ("mebposta_national", "mebposta_national_read"):
        statements.append(f"DROP POLICY IF EXISTS {name} ON {q}")
    if rule.kind in ("area", "province", "child"):
        scope = {"area": _area(), "province": _province()}.get(rule.kind)
        if scope is None:
            assert rule.parent is not None
            fk, parent, key = rule.parent
            scope = f'EXISTS (SELECT 1 FROM "{parent}" p WHERE p."{key}" = {q}."{fk}")'
        statements.append(f"CREATE POLICY mebposta_scope ON {q} TO {SCOPED} USING ({scope})")
        statements.append(
            f"CREATE POLICY mebposta_national ON {q} TO {NATIONAL} USING ({_NATIONAL_ROWS})"
        )
    elif rule.kind == "audit":
        statements.append(
            f"CREATE POLICY mebposta_read ON {q} FOR SELECT TO {SCOPED} USING ({_province()})"
        )
        statements.append(
            f"CREATE POLICY mebposta_national_read ON {q} FOR SELECT TO {NATIONAL} "
            f"USING ({_NATIONAL_ROWS})"
        )
        statements.append(
            f"CREATE POLICY mebposta_append ON {q} FOR INSERT TO {READERS} "
            "WITH CHECK (admin_username = (SELECT mebposta_username()))"
        )
    elif rule.kind == "admins":
        # Everybody sees the colleagues' names (assignment, the audit trail's filter); the
        # secret columns are not granted at all; superadmins manage the accounts (Yönetim).
        statements.append(
            f"CREATE POLICY mebposta_read ON {q} FOR SELECT TO {READERS} USING (true)"
        )
        statements.append(f"DROP POLICY IF EXISTS mebposta_manage ON {q}")
        statements.append(f"CREATE POLICY mebposta_manage ON {q} TO {SUPERADMINS} USING (true)")
    elif table == "admin_recovery_codes":  # how many are left; a lost phone's reset
        statements.append(f"DROP POLICY IF EXISTS mebposta_manage ON {q}")
        statements.append(f"CREATE POLICY mebposta_manage ON {q} TO {SUPERADMINS} USING (true)")
    elif rule.kind != "private":  # reference, counter: privileges decide
        statements.append(f"CREATE POLICY mebposta_scope ON {q} TO {READERS} USING (true)")
    statements.append(f"CREATE POLICY mebposta_worker ON {q} TO {WORKER} USING (true)")
    if table == "mailboxes":
        # Dovecot's passdb/userdb role (resources/dovecot/dovecot-pgsql-role.sql) reads every
        # mailbox's four columns: row-level security must not hide the mailboxes from it.
        statements.append("DROP POLICY IF EXISTS mebposta_mail_servers ON mailboxes")
        statements.append(
            f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{MAIL_SERVERS}') "
            f"THEN CREATE POLICY mebposta_mail_servers ON mailboxes FOR SELECT TO {MAIL_SERVERS} "
            "USING (true); END IF; END $$"
        )
    return statements


def _grant_sql(table: str, rule: TableRule, columns: list[str]) -> list[str]:
    q = f'"{table}"'
    out = [f"REVOKE ALL ON {q} FROM PUBLIC, {READERS}, {DESK}, {SUPERADMINS}, {WORKER}"]
    if rule.kind == "private":
        out.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {q} TO {WORKER}")
        if table == "admin_recovery_codes":
            out.append(
                f'GRANT SELECT ("id", "admin_id", "used_at"), DELETE ON {q} TO {SUPERADMINS}'
            )
        return out
    if rule.kind == "admins":
        shown = ", ".join(f'"{c}"' for c in columns if c not in SECRET_ADMIN_COLUMNS)
        out.append(f"GRANT SELECT ({shown}) ON {q} TO {READERS}")
        out.append(f"GRANT SELECT ({shown}) ON {q} TO {WORKER}")
        # Written, never read: a new or reset password's Argon2 hash, a forgotten secret.
        out.append(f"GRANT INSERT, UPDATE ON {q} TO {SUPERADMINS}")
        return out
    hashed = HASH_COLUMNS.get(table, ())
    if hashed:
        visible = ", ".join(f'"{c}"' for c in columns if c not in hashed)
        out.append(f"GRANT SELECT ({visible}) ON {q} TO {READERS}")
    else:
        out.append(f"GRANT SELECT ON {q} TO {READERS}")
    if rule.kind == "audit":
        out.append(f"GRANT INSERT ON {q} TO {READERS}")
        out.append(f"GRANT SELECT, INSERT ON {q} TO {WORKER}")
        return out
    if rule.kind == "counter":
        out.append(f"GRANT UPDATE ON {q} TO {READERS}")
    out.append(f"GRANT SELECT, INSERT, UPDATE ON {q} TO {WORKER}")
    if rule.desk_writes:
        if hashed and "UPDATE" in rule.desk_writes:
            allowed = ", ".join(f'"{c}"' for c in columns if c not in hashed)
            other = [v.strip() for v in rule.desk_writes.split(",") if v.strip() != "UPDATE"]
            out.append(f"GRANT UPDATE ({allowed}) ON {q} TO {DESK}")
            if other:
                out.append(f"GRANT {', '.join(other)} ON {q} TO {DESK}")
        else:
            out.append(f"GRANT {rule.desk_writes} ON {q} TO {DESK}")
    if rule.superadmin_writes:
        out.append(f"GRANT {rule.superadmin_writes} ON {q} TO {SUPERADMINS}")
    return out


def _run(conn: Connection, sql: str) -> None:
    """DDL text as it is (``%`` in function bodies is no placeholder): on the driver's
    connection, inside the caller's transaction."""
    with conn.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(sql)


def installed(conn: Connection) -> bool:
    """Whether this database enforces per-administrator roles (``db secure`` was run)."""
    if conn.dialect.name != "postgresql":
        return False
    return bool(
        conn.execute(
            text("SELECT to_regprocedure('mebposta_provision(text,text,text,boolean)') IS NOT NULL")
        ).scalar()
    )


def install(conn: Connection) -> list[str]:
    """Create the groups, functions, grants and policies (idempotent; run by the database's
    owner after every ``db upgrade``). Returns the tables secured."""
    if conn.dialect.name != "postgresql":
        raise ValueError("row-level security is PostgreSQL's")
    for group in GROUPS:
        _run(
            conn,
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{group}') THEN CREATE ROLE \"{group}\" NOLOGIN; END IF; END $$",
        )
    _run(conn, f"GRANT {READERS} TO {DESK}")
    _run(conn, f"GRANT {DESK} TO {SUPERADMINS}")
    _run(conn, FUNCTIONS)
    _run(conn, SIGN_IN_FUNCTIONS)
    _run(
        conn,
        "GRANT EXECUTE ON FUNCTION mebposta_sign_in(text, text, text, text, text, text, "
        f"text[], text) TO {GATE}",
    )
    _run(
        conn,
        "GRANT EXECUTE ON FUNCTION mebposta_trigram_counts(text[], integer, float8) "
        f"TO {READERS}, {WORKER}",
    )
    for function in ("me", "national", "province", "district", "username"):
        _run(conn, f"REVOKE ALL ON FUNCTION mebposta_{function}() FROM PUBLIC")
        _run(conn, f"GRANT EXECUTE ON FUNCTION mebposta_{function}() TO {READERS}, {WORKER}")
    _run(
        conn,
        f"GRANT EXECUTE ON FUNCTION mebposta_provision(text, text, text, boolean) TO {SUPERADMINS}",
    )
    present = set(
        conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    unclassified = sorted(present - set(TABLES))
    if unclassified:
        raise ValueError(f"tables without a security rule: {', '.join(unclassified)}")
    for table in sorted(present):
        rule = TABLES[table]
        columns = list(
            conn.execute(
                text(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_schema = current_schema() AND table_name = :t "
                    "ORDER BY ordinal_position"
                ),
                {"t": table},
            ).scalars()
        )
        for statement in [*_policy_sql(table, rule), *_grant_sql(table, rule, columns)]:
            _run(conn, statement)
    _run(conn, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    _run(conn, f"GRANT USAGE ON SCHEMA public TO {READERS}, {WORKER}, {GATE}")
    _run(
        conn,
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {DESK}, {READERS}, {WORKER}",
    )
    return sorted(present)


# The name search's operators on text that PostgreSQL does not mark LEAKPROOF. Under row-level
# security a condition that is not leakproof may not run before the policy's, so a scoped
# administrator's LIKE could not use the trigram index and read the whole province instead
# (measured at 300 000 people: "mehmet kaya" for Ankara 36 ms under RLS, 6 ms as the owner;
# 7 ms with these two marked). strpos cannot fail; textlike fails only for a pattern ending in
# the escape character — information about the pattern, which the searcher chose. Marking them
# needs a PostgreSQL superuser, once per database (README, "The shared deployment").
SEARCH_FUNCTIONS = ("pg_catalog.textlike(text, text)", "pg_catalog.strpos(text, text)")
LEAKPROOF_SQL = "; ".join(f"ALTER FUNCTION {f} LEAKPROOF" for f in SEARCH_FUNCTIONS)


def search_leakproof(conn: Connection) -> bool:
    """Whether the name search's operators may run before the policies (see above)."""
    return bool(
        conn.execute(
            text(
                "SELECT bool_and(proleakproof) FROM pg_proc WHERE oid IN "
                "('pg_catalog.textlike(text, text)'::regprocedure, "
                "'pg_catalog.strpos(text, text)'::regprocedure)"
            )
        ).scalar()
    )


def role_of(username: str) -> str:
    """The working role: the policies' ``session_user``; its password is a session's."""
    return ROLE_PREFIX + username


def gate_of(username: str) -> str:
    """The gate role: the administrator's own password; it may only sign in."""
    return GATE_PREFIX + username


def group_of(role: str) -> str:
    """The database group of an application role (domain.roles)."""
    return {"superadmin": SUPERADMINS, "auditor": READERS}.get(role, DESK)


def scram_verifier(conn: Connection, username: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of the password, computed by libpq on this side."""
    raw = conn.connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:  # pragma: no cover - psycopg 3 is the driver
        raise RuntimeError("psycopg 3 is needed to compute SCRAM verifiers")
    verifier: bytes = pgconn.encrypt_password(
        password.encode("utf-8"), role_of(username).encode("utf-8"), b"scram-sha-256"
    )
    return verifier.decode("ascii")


def provision(
    conn: Connection,
    username: str,
    role: str,
    *,
    password: str | None = None,
    active: bool = True,
) -> None:
    """Create or change the administrator's database role in the caller's transaction (role
    changes are transactional in PostgreSQL: with the account, or not at all)."""
    if not installed(conn):
        return
    if len(username) > MAX_USERNAME:
        from mebposta_admin.errors import ValidationFailed

        raise ValidationFailed("admin.username_invalid", username=username)
    verifier = scram_verifier(conn, username, password) if password is not None else None
    conn.execute(
        text("SELECT mebposta_provision(:u, :v, :g, :l)"),
        {"u": username, "v": verifier, "g": group_of(role), "l": active},
    )
