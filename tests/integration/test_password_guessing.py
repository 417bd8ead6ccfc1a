"""The deployment guide's guard against password guessing, on the real parts.

PgBouncer checks each workstation's password itself (so PostgreSQL's ``auth_delay`` never sees
a wrong one, and the application's lockout cannot: its sign-in function runs only after the
password was accepted). The README's fail2ban filter and jail — read from the README itself,
so the text an operator copies is what is tested — must find every wrong password in a real
PgBouncer's log with the address it came from, and never a right one.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from tests.support.pgbouncer import start_pgbouncer

README = Path(__file__).resolve().parents[2] / "README.md"
FILTER = "/etc/fail2ban/filter.d/mebposta-pgbouncer.conf"
JAIL = "/etc/fail2ban/jail.d/mebposta-pgbouncer.conf"
RIGHT = "Dogru-Parola-2026"


def _readme_file(name: str) -> str:
    """The README's code block whose first line names ``name``."""
    for block in re.findall(r"```ini\n(.*?)```", README.read_text(encoding="utf-8"), re.S):
        first, _, rest = block.partition("\n")
        if first.strip() == f"# {name}":
            return rest
    raise AssertionError(f"the README has no block for {name}")


@pytest.fixture
def bouncer_log(pg_server) -> Iterator[tuple[Path, str]]:
    """A gate role, PgBouncer in front of the server, three wrong passwords, one unknown user
    and one right sign-in; the log as PgBouncer wrote it."""
    role = f"mpg_guess{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(pg_server.admin_url)
    with engine.begin() as conn:
        conn.execute(sa.text("SET password_encryption = 'scram-sha-256'"))
        conn.execute(sa.text(f"CREATE ROLE {role} LOGIN PASSWORD '{RIGHT}'"))
        verifier = conn.execute(
            sa.text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": role}
        ).scalar_one()
    folder = Path(tempfile.mkdtemp(prefix="mebposta-pgbouncer-"))
    (folder / "userlist.txt").write_text(f'"{role}" "{verifier}"\n', encoding="utf-8")
    pg_port = sa.engine.make_url(pg_server.admin_url).port
    process, port = start_pgbouncer(folder, int(pg_port or 5432), "postgres", 4, 1)
    try:

        def sign_in(user: str, password: str) -> bool:
            try:
                psycopg.connect(
                    host="127.0.0.1",
                    port=port,
                    dbname="postgres",
                    user=user,
                    password=password,
                    connect_timeout=10,
                ).close()
            except psycopg.OperationalError:
                return False
            return True

        outcomes = [sign_in(role, f"yanlis-{n}") for n in range(3)]
        outcomes.append(sign_in("kimse_yok", "tahmin"))
        outcomes.append(sign_in(role, RIGHT))
        assert outcomes == [False, False, False, False, True]
    finally:
        process.terminate()
        process.wait(10)
        with engine.begin() as conn:
            conn.execute(sa.text(f"DROP ROLE {role}"))
        engine.dispose()
    try:
        yield folder / "pgbouncer.log", role
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_readme_filter_finds_every_wrong_password_and_no_right_one(
    bouncer_log, tmp_path: Path
) -> None:
    log, role = bouncer_log
    text = log.read_text(encoding="utf-8")
    assert f"{role}@127.0.0.1" in text and "login attempt" in text  # a real PgBouncer log
    filter_file = tmp_path / "mebposta-pgbouncer.conf"
    filter_file.write_text(_readme_file(FILTER), encoding="utf-8")
    found = subprocess.run(
        ["fail2ban-regex", "--out", "ip", str(log), str(filter_file)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert found.returncode == 0, found.stderr
    # three wrong passwords and the unknown user, each with its address; the right one not
    assert found.stdout.split() == ["127.0.0.1"] * 4


def test_the_readme_jail_is_a_valid_fail2ban_configuration(bouncer_log, tmp_path: Path) -> None:
    log, _role = bouncer_log
    conf = tmp_path / "fail2ban"
    shutil.copytree("/etc/fail2ban", conf)
    for default in (conf / "jail.d").iterdir():  # Debian's sshd jail needs an sshd log
        default.unlink()
    (conf / "filter.d" / "mebposta-pgbouncer.conf").write_text(
        _readme_file(FILTER), encoding="utf-8"
    )
    jail = _readme_file(JAIL)
    assert "logpath  = /var/log/postgresql/pgbouncer.log" in jail  # Debian's PgBouncer log
    (conf / "jail.d" / "mebposta-pgbouncer.conf").write_text(
        jail.replace("/var/log/postgresql/pgbouncer.log", str(log)), encoding="utf-8"
    )
    checked = subprocess.run(
        ["fail2ban-client", "-c", str(conf), "-t"], capture_output=True, text=True, timeout=60
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    dumped = subprocess.run(
        ["fail2ban-client", "-c", str(conf), "-d"], capture_output=True, text=True, timeout=60
    ).stdout
    assert "['set', 'mebposta-pgbouncer', 'maxretry', 10]" in dumped
    assert "--dports 6432" in dumped  # the ban closes PgBouncer's port
