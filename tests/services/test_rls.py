"""Issue 15: scope enforced by PostgreSQL itself. Each administrator connects with their own
role (password = their own, SCRAM) and runs raw SQL — what anybody holding those credentials
could do with psql — on a real server: other provinces' and districts' rows cannot be read,
changed or deleted, the audit trail is insert-only under one's own name, no mailbox password
hash can be written, and no secret column can be read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.errors import AuthError
from mebposta_admin.services import admin_accounts, auth, db_security, role_sign_in
from mebposta_admin.services.admin_accounts import AdminFilter
from mebposta_admin.services.database import Database, open_database

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])
NEW = "Yeni-Ankara-Parolası-77"
PASSWORDS = {
    "sistem": "Sistem-Rol-Parolası-11",
    "yardim": "Yardım-Rol-Parolası-22",
    "il06": "Ankara-Rol-Parolası-33",
    "ilce0601": "Çankaya-Rol-Parolası-44",
    "denetci": "Denetçi-Rol-Parolası-55",
}
ROLES = {
    "sistem": "superadmin",
    "yardim": "helpdesk",
    "il06": "province_admin",
    "ilce0601": "district_admin",
    "denetci": "auditor",
}


@pytest.fixture
def secured(seeded_url: str) -> Iterator[tuple[Database, dict[str, sa.Engine]]]:
    db = open_database(seeded_url)
    with db.engine.begin() as conn:
        db_security.install(conn)
        for username, role in ROLES.items():
            db_security.provision(conn, username, role, password=PASSWORDS[username])
    url = make_url(seeded_url)
    # Each through its gate role and mebposta_sign_in, as a workstation signs in.
    sessions = {u: role_sign_in.open_session(url, u, PASSWORDS[u]) for u in ROLES}
    yield db, {u: s.engine for u, s in sessions.items()}
    for session in sessions.values():
        session.dispose()
    db.dispose()


def _one(engine: sa.Engine, sql: str, **params: object) -> object:
    with engine.begin() as conn:
        return conn.execute(sa.text(sql), params).scalar()


def _rows(engine: sa.Engine, sql: str, **params: object) -> int:
    with engine.begin() as conn:
        return conn.execute(sa.text(sql), params).rowcount


def _refused(engine: sa.Engine, sql: str, **params: object) -> str:
    """The SQLSTATE of a statement the server refuses."""
    with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
        conn.execute(sa.text(sql), params)
    return str(getattr(caught.value.orig, "sqlstate", ""))


def test_a_province_role_sees_and_changes_only_its_province(secured) -> None:
    db, roles = secured
    owner = db.engine
    il06 = roles["il06"]
    assert _one(il06, "SELECT count(*) FROM people") == _one(
        owner, "SELECT count(*) FROM people WHERE province_code = '06'"
    )
    assert _one(il06, "SELECT count(*) FROM people WHERE province_code <> '06'") == 0
    assert _one(il06, "SELECT count(*) FROM mailboxes WHERE province_code = '07'") == 0
    assert _one(il06, "SELECT count(*) FROM aliases") == _one(
        owner,
        "SELECT count(*) FROM aliases a JOIN mailboxes m ON m.id = a.mailbox_id "
        "WHERE m.province_code = '06'",
    )
    # Another province's rows can be neither changed nor deleted: none of them is there.
    assert _rows(il06, "UPDATE people SET gsm = '5551112233' WHERE province_code = '07'") == 0
    assert (
        _rows(
            il06,
            "DELETE FROM aliases WHERE mailbox_id IN "
            "(SELECT id FROM mailboxes WHERE province_code = '07')",
        )
        == 0
    )
    assert _one(owner, "SELECT count(*) FROM people WHERE gsm = '5551112233'") == 0
    # Nor moved into the province's reach, nor written there.
    one_of_06 = _one(owner, "SELECT id FROM people WHERE province_code = '06' LIMIT 1")
    assert _refused(il06, "UPDATE people SET province_code = '07' WHERE id = :i", i=one_of_06) in (
        "42501",
        "",
    )
    assert _one(owner, "SELECT province_code FROM people WHERE id = :i", i=one_of_06) == "06"
    # People are never deleted by a role (records end, they are not removed).
    assert _refused(il06, "DELETE FROM people WHERE id = :i", i=one_of_06) == "42501"
    # Requests and tickets of other provinces are invisible too.
    assert _one(il06, "SELECT count(*) FROM info_update_requests WHERE province_code <> '06'") == 0
    assert _one(il06, "SELECT count(*) FROM tickets WHERE province_code IS DISTINCT FROM '06'") == 0


def test_a_district_role_sees_only_its_district(secured) -> None:
    db, roles = secured
    owner, ilce = db.engine, roles["ilce0601"]
    cankaya = _one(owner, "SELECT district_id FROM admin_accounts WHERE username = 'ilce0601'")
    assert _one(ilce, "SELECT count(*) FROM people") == _one(
        owner, "SELECT count(*) FROM people WHERE district_id = :d", d=cankaya
    )
    assert _one(ilce, "SELECT count(*) FROM people WHERE district_id <> :d", d=cankaya) == 0
    assert (
        _one(
            ilce,
            "SELECT count(*) FROM info_update_requests WHERE district_id IS DISTINCT FROM :d",
            d=cankaya,
        )
        == 0
    )
    other = _one(
        owner,
        "SELECT id FROM people WHERE province_code = '06' AND district_id <> :d LIMIT 1",
        d=cankaya,
    )
    assert _rows(ilce, "UPDATE people SET active = false WHERE id = :i", i=other) == 0


def test_audit_is_insert_only_and_under_ones_own_name(secured) -> None:
    db, roles = secured
    il06 = roles["il06"]
    # Reading: the province's events only.
    assert _one(il06, "SELECT count(*) FROM audit_events WHERE province_code <> '06'") == 0
    insert = (
        "INSERT INTO audit_events (occurred_at, admin_username, workstation, action, outcome,"
        " details, province_code) VALUES (now(), :u, 'psql', 'search', 'success', '{}', '06')"
    )
    assert _rows(il06, insert, u="il06") == 1
    assert _refused(il06, insert, u="sistem") == "42501"  # not in another's name
    assert _refused(il06, "UPDATE audit_events SET outcome = 'failure'") == "42501"
    assert _refused(il06, "DELETE FROM audit_events") == "42501"
    assert _refused(il06, "TRUNCATE audit_events") == "42501"
    assert _refused(roles["sistem"], "DELETE FROM audit_events") == "42501"  # superadmins too


def test_no_role_writes_a_password_hash_or_reads_a_secret(secured) -> None:
    db, roles = secured
    for username, engine in roles.items():
        mailbox = _one(engine, "SELECT id FROM mailboxes LIMIT 1")
        assert mailbox is not None, username
        code = _refused(
            engine, "UPDATE mailboxes SET password_hash = '{PLAIN}x' WHERE id = :m", m=mailbox
        )
        assert code == "42501", username
        for column in ("password_hash", "totp_secret"):
            assert _refused(engine, f"SELECT {column} FROM admin_accounts") == "42501"
        assert _refused(engine, "SELECT * FROM admin_recovery_codes") == "42501"
        assert _refused(engine, "SELECT * FROM sign_in_throttle") == "42501"
        # Whatever the role can read: no column that holds a password, hash, token or key.
        readable = list(
            engine.connect()
            .execute(
                sa.text(
                    "SELECT table_name || '.' || column_name FROM information_schema.columns c "
                    "WHERE table_schema = 'public' AND has_column_privilege("
                    "quote_ident(table_name), column_name, 'SELECT') AND ("
                    "column_name LIKE '%password%' OR column_name LIKE '%secret%' OR "
                    "column_name LIKE '%token%' OR column_name LIKE '%hash%')"
                )
            )
            .scalars()
        )
        assert _refused(engine, "SELECT password_hash FROM mailboxes") == "42501"
        assert set(readable) <= {
            "mailboxes.password_changed_at",
            "audit_events.prev_hash",  # the chain's public hashes
            "audit_events.row_hash",
            "audit_head.last_hash",
            "ticket_attachments.sha256",
            "ticket_attachment_blobs.sha256",
            "admin_accounts.must_change_password",
        }, (username, readable)
        assert "audit_events.row_hash" in readable  # the check sees what the role sees
    # The gateway's credentials are in no table at all: only the worker's keyring holds them.


def test_system_settings_are_a_superadmins_alone(secured) -> None:
    _db, roles = secured
    change = "UPDATE system_settings SET value = '\"x\"' WHERE key = 'totp_roles'"
    for username in ("yardim", "il06", "ilce0601", "denetci"):
        assert _refused(roles[username], change) == "42501", username
    assert _rows(roles["sistem"], change) == 1


def test_an_auditor_reads_and_writes_nothing(secured) -> None:
    db, roles = secured
    denetci = roles["denetci"]
    assert _one(denetci, "SELECT count(*) FROM people") == _one(
        db.engine, "SELECT count(*) FROM people"
    )  # national, read-only
    assert _refused(denetci, "UPDATE people SET active = active") == "42501"
    assert _refused(denetci, "UPDATE tickets SET status = status") == "42501"


def test_disabling_revokes_the_login_and_a_reset_changes_it(secured) -> None:
    db, roles = secured
    sistem = auth.authenticate(db, "sistem", DEMO_PASSWORD)
    row = next(
        r
        for r in admin_accounts.page(db, sistem, AdminFilter(text="il06"), None).rows
        if r.username == "il06"
    )
    disabled = admin_accounts.set_active(db, sistem, row.id, row.version, False)
    with pytest.raises(OperationalError):
        _one(roles["il06"], "SELECT 1")
    enabled = admin_accounts.set_active(db, sistem, row.id, disabled.version, True)
    assert _one(roles["il06"], "SELECT 1") == 1
    reset = admin_accounts.reset_password(db, sistem, row.id, enabled.version)
    with pytest.raises(OperationalError):  # the old password no longer opens the database
        _one(roles["il06"], "SELECT 1")
    url = make_url(str(db.engine.url))
    with pytest.raises(AuthError) as caught:  # the one-time password must be replaced first
        role_sign_in.open_session(url, "il06", reset.password)
    assert caught.value.code == "auth.password_change_required"
    fresh = role_sign_in.open_session(url, "il06", reset.password, new_password=NEW)
    try:
        assert _one(fresh.engine, "SELECT mebposta_province()") == "06"
    finally:
        fresh.dispose()
    with pytest.raises(AuthError):  # the one-time password is spent
        role_sign_in.open_session(url, "il06", reset.password)
    role_sign_in.open_session(url, "il06", NEW).dispose()
    # No plain password is in the server's view of the roles: SCRAM verifiers only.
    for role in ("mpg_il06", "mp_il06"):
        verifier = _one(db.engine, f"SELECT rolpassword FROM pg_authid WHERE rolname = '{role}'")
        assert str(verifier).startswith("SCRAM-SHA-256$")
        assert reset.password not in str(verifier) and NEW not in str(verifier)


def test_provisioning_is_refused_to_anyone_but_a_superadmin(secured) -> None:
    _db, roles = secured
    call = "SELECT mebposta_provision('ele', NULL, 'mebposta_superadmins', true)"
    assert _refused(roles["il06"], call) == "42501"
    assert _refused(roles["yardim"], call) == "42501"
    # A plain password is refused even from a superadmin: only a verifier reaches the server.
    plain = "SELECT mebposta_provision('x', 'plain', 'mebposta_desk', true)"
    assert _refused(roles["sistem"], plain) == "22023"


def test_every_table_has_a_rule(secured) -> None:
    db, _roles = secured
    with db.engine.connect() as conn:
        tables = set(
            conn.execute(
                sa.text("SELECT tablename FROM pg_tables WHERE schemaname='public'")
            ).scalars()
        )
        without_rls = set(
            conn.execute(
                sa.text(
                    "SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = "
                    "'public'::regnamespace AND NOT relrowsecurity"
                )
            ).scalars()
        )
    assert tables <= set(db_security.TABLES)
    assert without_rls == set()


def test_db_secure_from_the_command_line_keeps_existing_logins(secured, seeded_url) -> None:
    import json
    import os
    import subprocess
    import sys

    _db, roles = secured
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "mebposta_admin", "db", "secure", "--db", seeded_url, "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert "people" in report["tables"] and report["administrators"] == 6
    assert _one(roles["il06"], "SELECT mebposta_province()") == "06"  # still signs in


def test_a_disabled_national_administrators_open_session_ends(secured) -> None:
    """A national role's policies are plainly "true" (so its searches keep their indexes): a
    disabled account must therefore lose its open sessions too, not only new ones."""
    db, roles = secured
    sistem = auth.authenticate(db, "sistem", DEMO_PASSWORD)
    row = next(
        r
        for r in admin_accounts.page(db, sistem, AdminFilter(text="yardim"), None).rows
        if r.username == "yardim"
    )
    with roles["yardim"].connect() as open_session:
        assert open_session.execute(sa.text("SELECT count(*) FROM people")).scalar()
        admin_accounts.set_active(db, sistem, row.id, row.version, False)
        with pytest.raises(DBAPIError):
            open_session.execute(sa.text("SELECT count(*) FROM people")).scalar()


def test_the_search_as_a_role_finds_what_the_service_finds(secured, seeded_url) -> None:
    """The name search under a role (row-level security on) returns the service's own answer
    on the owner's connection, and the shared trigram figures are counted once for all."""
    from mebposta_admin.services import search

    db, _roles = secured
    il06 = auth.authenticate(db, "il06", DEMO_PASSWORD)
    as_role = role_sign_in.open_session(make_url(seeded_url), "il06", PASSWORDS["il06"])
    try:
        with db.engine.connect() as conn:
            name = conn.execute(
                sa.text("SELECT first_name FROM people WHERE province_code = '06' LIMIT 1")
            ).scalar()
        mine = [r.id for r in search.search(as_role, il06, name, limit=25).rows]
        theirs = [r.id for r in search.search(db, il06, name, limit=25).rows]
        assert mine == theirs and mine
        assert int(str(_one(db.engine, "SELECT count(*) FROM name_trigram_stats"))) > 0
        assert _refused(as_role.engine, "SELECT * FROM name_trigram_stats") == "42501"
    finally:
        as_role.dispose()
