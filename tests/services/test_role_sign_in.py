"""Issue 15: the shared deployment's sign-in, decided by PostgreSQL. A workstation holds no
database credential: it connects as the administrator's gate role with the password typed,
``mebposta_sign_in`` checks the second factor and the account, and only then does the working
role (the one the policies know) get a password for this session. Real PostgreSQL, raw SQL
where an attacker with the password would use psql."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import timedelta

import pyotp
import pytest
import sqlalchemy as sa
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.errors import AuthError
from mebposta_admin.services import (
    audit_chain,
    auth,
    db_security,
    role_sign_in,
    search,
    sign_in_events,
    system_settings,
)
from mebposta_admin.services.connect import connect
from mebposta_admin.services.database import Database, open_database

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])
PASSWORD = "Ankara-Kapı-Parolası-81"


@pytest.fixture
def shared(seeded_url: str) -> Iterator[tuple[Database, URL]]:
    """(the owner's database, the server's address with no credential)."""
    owner = open_database(seeded_url)
    with owner.engine.begin() as conn:
        db_security.install(conn)
        db_security.provision(conn, "il06", "province_admin", password=PASSWORD)
        db_security.provision(conn, "yardim", "helpdesk", password=PASSWORD)
    yield owner, make_url(seeded_url)._replace(username=None, password=None)
    owner.dispose()


def _scalar(db: Database, sql: str, **params: object) -> object:
    with db.engine.connect() as conn:
        return conn.execute(sa.text(sql), params).scalar()


def _require_totp(owner: Database) -> None:
    sistem = auth.authenticate(owner, "sistem", DEMO_PASSWORD)
    system_settings.update(owner, sistem, {"totp_roles": "superadmin, province_admin"})


def _next_code(secret: str) -> str:
    """A code of a step not used yet (the previous sign-in may have spent this one)."""
    step = int(time.time()) // 30
    return pyotp.TOTP(secret).generate_otp(step + 1)


def test_the_password_alone_opens_no_data(shared) -> None:
    owner, base = shared
    gate = sa.create_engine(
        base.set(username="mpg_il06", password=PASSWORD), poolclass=sa.pool.NullPool
    )
    try:
        for sql in (
            "SELECT count(*) FROM people",
            "SELECT count(*) FROM mailboxes",
            "SELECT username FROM admin_accounts",
            "SELECT count(*) FROM audit_events",
            "INSERT INTO audit_events (action) VALUES ('x')",
        ):
            with pytest.raises(DBAPIError) as caught, gate.begin() as conn:
                conn.execute(sa.text(sql))
            assert getattr(caught.value.orig, "sqlstate", "") == "42501", sql
    finally:
        gate.dispose()
    # The working role does not take the administrator's password: only a session's.
    work = sa.create_engine(
        base.set(username="mp_il06", password=PASSWORD), poolclass=sa.pool.NullPool
    )
    with pytest.raises(OperationalError):
        work.connect().close()
    work.dispose()
    # A wrong password is refused by the server (SCRAM), and said as a wrong password.
    with pytest.raises(AuthError) as refused:
        role_sign_in.open_session(base, "il06", "Yanlış-Parola-1")
    assert refused.value.code == "auth.invalid_credentials"
    with pytest.raises(AuthError):
        role_sign_in.open_session(base, "kimse", PASSWORD)


def test_a_session_works_in_scope_and_expires(shared) -> None:
    owner, base = shared
    desk = role_sign_in.open_session(base, "il06", PASSWORD)
    try:
        assert desk.url.username == "mp_il06"
        assert _scalar(desk, "SELECT count(DISTINCT province_code) FROM people") == 1
        identity = auth.identity_of(
            desk, int(str(_scalar(owner, "SELECT id FROM admin_accounts WHERE username='il06'")))
        )
        assert identity.province_name == "Ankara"
        name = _scalar(owner, "SELECT first_name FROM people WHERE province_code='06' LIMIT 1")
        rows = search.search(desk, identity, str(name), limit=25).rows
        assert rows and all(r.province_name == "Ankara" for r in rows)
        until = _scalar(owner, "SELECT rolvaliduntil - now() FROM pg_roles WHERE rolname='mp_il06'")
        assert isinstance(until, timedelta) and 11.9 * 3600 < until.total_seconds() <= 12 * 3600
    finally:
        desk.dispose()
    # The verifiers in pg_authid are SCRAM; neither password is there.
    for role in ("mpg_il06", "mp_il06"):
        verifier = str(_scalar(owner, f"SELECT rolpassword FROM pg_authid WHERE rolname='{role}'"))
        assert verifier.startswith("SCRAM-SHA-256$") and PASSWORD not in verifier


def test_the_second_factor_is_checked_by_the_database(shared) -> None:
    owner, base = shared
    _require_totp(owner)
    with pytest.raises(AuthError) as caught:
        role_sign_in.open_session(base, "il06", PASSWORD)
    assert caught.value.code == "auth.totp_enrolment_required"
    # Enrolment through the gate: the first code proves the app holds the secret.
    db = connect(base.render_as_string(hide_password=False) + "?auth=role")
    assert db.gate_url is not None
    enrolment = auth.begin_enrolment("il06")
    with pytest.raises(AuthError) as caught:
        auth.enrol(db, "il06", PASSWORD, enrolment, "000000")
    assert caught.value.code == "auth.totp_wrong"
    signed = auth.enrol(db, "il06", PASSWORD, enrolment, pyotp.TOTP(enrolment.secret).now())
    assert signed.identity.username == "il06" and len(signed.recovery_codes) == 10
    assert _scalar(db, "SELECT mebposta_province()") == "06"
    db.dispose()
    # Next time: the password alone is not enough; a code is; the same code twice is not.
    with pytest.raises(AuthError) as caught:
        role_sign_in.open_session(base, "il06", PASSWORD)
    assert caught.value.code == "auth.totp_required"
    code = _next_code(enrolment.secret)
    role_sign_in.open_session(base, "il06", PASSWORD, code=code).dispose()
    with pytest.raises(AuthError) as caught:
        role_sign_in.open_session(base, "il06", PASSWORD, code=code)
    assert caught.value.code == "auth.totp_replayed"
    # A recovery code works once, typed in any case and grouping.
    recovery = signed.recovery_codes[0]
    role_sign_in.open_session(base, "il06", PASSWORD, code=recovery.upper()).dispose()
    with pytest.raises(AuthError) as caught:
        role_sign_in.open_session(base, "il06", PASSWORD, code=recovery.replace("-", " "))
    assert caught.value.code == "auth.totp_replayed"
    left = _scalar(
        owner,
        "SELECT count(*) FROM admin_recovery_codes c JOIN admin_accounts a ON a.id = c.admin_id "
        "WHERE a.username = 'il06' AND c.used_at IS NULL",
    )
    assert left == 9


def test_wrong_codes_count_toward_the_lockout(shared) -> None:
    owner, base = shared
    _require_totp(owner)
    db = connect(base.render_as_string(hide_password=False) + "?auth=role")
    enrolment = auth.begin_enrolment("il06")
    auth.enrol(db, "il06", PASSWORD, enrolment, pyotp.TOTP(enrolment.secret).now())
    db.dispose()
    for attempt in range(1, 5):
        with pytest.raises(AuthError) as caught:
            role_sign_in.open_session(base, "il06", PASSWORD, code="123456")
        assert caught.value.code == "auth.totp_wrong"
        assert (
            _scalar(owner, "SELECT failed_attempts FROM admin_accounts WHERE username='il06'")
            == attempt
        )
    with pytest.raises(AuthError) as caught:
        role_sign_in.open_session(base, "il06", PASSWORD, code="654321")
    assert caught.value.code == "auth.locked" and caught.value.params["minutes"] == 15
    with pytest.raises(AuthError) as caught:  # locked: even the right code is refused
        role_sign_in.open_session(base, "il06", PASSWORD, code=_next_code(enrolment.secret))
    assert caught.value.code == "auth.locked"
    totals = (
        owner.engine.connect()
        .execute(
            sa.text(
                "SELECT failures_total, lockouts_total FROM admin_accounts WHERE username='il06'"
            )
        )
        .one()
    )
    assert tuple(totals) == (5, 1)


def test_the_worker_chains_the_sign_ins_into_the_audit_trail(shared) -> None:
    owner, base = shared
    before = int(str(_scalar(owner, "SELECT count(*) FROM audit_events")))
    role_sign_in.open_session(base, "yardim", PASSWORD).dispose()
    role_sign_in.open_session(base, "il06", PASSWORD).dispose()
    assert sign_in_events.waiting(owner) >= 1
    assert sign_in_events.chain(owner) >= 1
    assert sign_in_events.waiting(owner) == 0
    with owner.engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT admin_username, action, outcome, details, workstation FROM audit_events "
                "WHERE id > (SELECT max(id) FROM audit_events) - 5 ORDER BY id"
            )
        ).all()
    ours = [r for r in rows if r.admin_username == "il06"]
    assert ours and ours[-1].action == "login" and ours[-1].outcome == "success"
    assert ours[-1].workstation
    assert int(str(_scalar(owner, "SELECT count(*) FROM audit_events"))) > before
    assert all("Parola" not in json.dumps(r.details) for r in rows)
    assert audit_chain.verify(owner).ok


def test_unlocking_keeps_the_session_and_disabling_ends_it(shared) -> None:
    owner, base = shared
    db = connect(base.render_as_string(hide_password=False) + "?auth=role")
    identity = auth.authenticate(db, "il06", PASSWORD)
    verifier = _scalar(owner, "SELECT rolpassword FROM pg_authid WHERE rolname='mp_il06'")
    assert auth.unlock(db, "il06", PASSWORD, None).id == identity.id
    assert _scalar(owner, "SELECT rolpassword FROM pg_authid WHERE rolname='mp_il06'") == verifier
    assert _scalar(db, "SELECT mebposta_province()") == "06"  # the session goes on
    with pytest.raises(AuthError):
        auth.unlock(db, "il06", "Yanlış-Parola-1", None)
    with owner.engine.begin() as conn:
        db_security.provision(conn, "il06", "province_admin", active=False)
    with pytest.raises(Exception):  # noqa: B017 - the server ended the session
        _scalar(db, "SELECT 1")
    db.dispose()
    with pytest.raises(AuthError) as caught:
        role_sign_in.open_session(base, "il06", PASSWORD)
    assert caught.value.code == "auth.inactive"


def test_the_command_line_signs_in_as_the_role(shared) -> None:
    import os
    import subprocess
    import sys

    owner, base = shared
    with owner.engine.begin() as conn:
        db_security.provision(conn, "sistem", "superadmin", password=PASSWORD)
    url = base.render_as_string(hide_password=False) + "?auth=role"

    def run(password: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MEBPOSTA_PASSWORD": password}
        env.pop("MEBPOSTA_DB_URL", None)
        return subprocess.run(
            [sys.executable, "-m", "mebposta_admin", "admin", "list", "--as", "sistem"]
            + ["--db", url, "--json"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )

    done = run(PASSWORD)
    assert done.returncode == 0, done.stderr
    assert "il06" in done.stdout and PASSWORD not in done.stdout + done.stderr
    refused = run("Yanlış-Parola-1")
    assert refused.returncode != 0 and "arola" in refused.stderr  # "…parola yanlış"


def test_a_session_ended_elsewhere_is_said_as_such(shared) -> None:
    """Signing in at a second computer gives the working role a new session password: the
    first computer's next connection is refused, and told why in words."""
    from mebposta_admin.errors import DatabaseError
    from mebposta_admin.texts.errors import text_for

    _owner, base = shared
    first = role_sign_in.open_session(base, "il06", PASSWORD)
    second = role_sign_in.open_session(base, "il06", PASSWORD)
    try:
        first.engine.dispose()  # its pooled connections closed: the next one is new
        with pytest.raises(DatabaseError) as caught, first.reading() as conn:
            conn.execute(sa.text("SELECT 1"))
        assert caught.value.code == "db.session_ended" and text_for(caught.value)
        with second.reading() as conn:
            assert conn.execute(sa.text("SELECT mebposta_province()")).scalar() == "06"
    finally:
        first.dispose()
        second.dispose()


def test_a_superadmin_manages_administrators_as_its_own_role(shared) -> None:
    """Yönetim under row-level security: create (a one-time password), the newcomer's first
    sign-in through the gate replaces it, unlock, reset, disable — all as mp_sistem."""
    from mebposta_admin.domain.roles import Role
    from mebposta_admin.services import admin_accounts
    from mebposta_admin.services.admin_accounts import Changes

    owner, base = shared
    with owner.engine.begin() as conn:
        db_security.provision(conn, "sistem", "superadmin", password=PASSWORD)
    desk = role_sign_in.open_session(base, "sistem", PASSWORD)
    try:
        sistem = auth.identity_of(desk, _id(owner, "sistem"))
        made = admin_accounts.create(
            desk, sistem, "il35.yeni", Changes("Yeni Yönetici", Role.PROVINCE_ADMIN, "35", None)
        )
        with pytest.raises(AuthError) as caught:
            role_sign_in.open_session(base, "il35.yeni", made.password)
        assert caught.value.code == "auth.password_change_required"
        fresh = role_sign_in.open_session(
            base, "il35.yeni", made.password, new_password="İzmir-Körfez-Parolası-35"
        )
        assert _scalar(fresh, "SELECT mebposta_province()") == "35"
        fresh.dispose()
        row = admin_accounts.detail(desk, sistem, _id(owner, "il35.yeni"))
        assert row.last_login_at is not None and not row.must_change_password
        reset = admin_accounts.reset_password(desk, sistem, row.id, row.version)
        with pytest.raises(AuthError):  # the own password no longer opens the gate
            role_sign_in.open_session(base, "il35.yeni", "İzmir-Körfez-Parolası-35")
        after = admin_accounts.set_active(desk, sistem, row.id, reset.row.version, False)
        assert not after.active
        with pytest.raises(AuthError) as caught:
            role_sign_in.open_session(base, "il35.yeni", reset.password)
        assert caught.value.code == "auth.inactive"
    finally:
        desk.dispose()


def _id(db: Database, username: str) -> int:
    return int(str(_scalar(db, "SELECT id FROM admin_accounts WHERE username = :u", u=username)))
