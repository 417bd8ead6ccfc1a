"""A reissue crosses three systems (SMS gateway, mail servers' database, this database): a
process killed between any two steps must leave a visible attempt that the limits count, and
a lost database after the mail servers have the hash must not be reported as "not stored"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.demo.sms import LocalGateway
from mebposta_admin.errors import AppError
from mebposta_admin.services import auth, people, reissue
from mebposta_admin.services.database import open_database
from mebposta_admin.services.reissue import ReissuePolicy
from tests.support.people import add_person, stored_hash

ADDRESS = "kesik.elektrik@meb.gov.tr"
ROOT = Path(__file__).resolve().parents[2]

# After the step: the attempt's state, and whether the hash changed here / on the mail servers.
EXPECTED = {
    "recorded": ("pending", False, False),
    "sent": ("pending", False, False),
    "marked_sent": ("sent", False, False),
    "mail_stored": ("sent", False, True),
    "stored": ("stored", True, True),
}


@pytest.fixture
def setup(seeded_url, templates, tmp_path):
    db = open_database(seeded_url)
    person = add_person(db, "Kesik", "Elektrik", gsm="5321112233", address=ADDRESS)
    db.dispose()
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    mail_url = templates.copy("sqlite", True, mail_dir)  # the mail servers' own database
    mail_db = open_database(mail_url)
    add_person(mail_db, "Kesik", "Elektrik", gsm="5321112233", address=ADDRESS)
    mail_db.dispose()
    return seeded_url, mail_url, person


@pytest.mark.parametrize("step", reissue.STEPS)
def test_a_process_killed_after_each_step_leaves_a_counted_visible_attempt(setup, step) -> None:
    db_url, mail_url, person = setup
    assert set(EXPECTED) == set(reissue.STEPS)
    before_here, before_mail = stored_hash(db_url, ADDRESS), stored_hash(mail_url, ADDRESS)
    child = subprocess.run(
        [sys.executable, "-m", "tests.support.reissue_crash", db_url, mail_url, str(person), step],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert f"killed after {step}" in child.stdout
    state, changed_here, changed_mail = EXPECTED[step]
    assert (stored_hash(db_url, ADDRESS) != before_here) is changed_here
    assert (stored_hash(mail_url, ADDRESS) != before_mail) is changed_mail

    db = open_database(db_url)
    try:
        yardim = auth.authenticate(db, "yardim", DEMO_PASSWORD)
        view = people.get_person(db, yardim, person)
        assert [a.state for a in view.reissues] == [state]  # the person view shows it
        assert "pending" in [e.outcome for e in view.history]  # the audit trail has it
        # The limits count the interrupted attempt like any other.
        with pytest.raises(AppError) as caught:
            reissue.preview(db, yardim, person, ReissuePolicy(per_mailbox_per_day=1))
        assert caught.value.code == "reissue.mailbox_limit"
    finally:
        db.dispose()


def _cut_off(pg_server, url: str) -> None:
    """The application's database goes away for real: no new connections, old ones ended."""
    name = sa.engine.make_url(url).database
    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        conn.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :db AND pid <> pg_backend_pid()"
            ),
            {"db": name},
        )
    admin.dispose()


def test_database_lost_after_the_mail_servers_took_the_hash_is_not_not_stored(
    templates, tmp_path, pg_server
) -> None:
    """PostgreSQL only: the application's database is a server that can be cut off."""
    db_url = templates.copy("postgresql", True, tmp_path)
    db = open_database(db_url)
    person = add_person(db, "Kesik", "Elektrik", gsm="5321112233", address=ADDRESS)
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    mail_url = templates.copy("sqlite", True, mail_dir)
    mail_db = open_database(mail_url)
    add_person(mail_db, "Kesik", "Elektrik", gsm="5321112233", address=ADDRESS)
    before_mail = stored_hash(mail_url, ADDRESS)
    texts: list[str] = []

    def checkpoint(step: str) -> None:
        if step == "mail_stored":
            _cut_off(pg_server, db_url)

    try:
        yardim = auth.authenticate(db, "yardim", DEMO_PASSWORD)
        result = reissue.reissue(
            db,
            yardim,
            person,
            LocalGateway(show_once=lambda _n, t: texts.append(t)),
            mail_db=mail_db,
            checkpoint=checkpoint,
        )
    finally:
        db.dispose()
        mail_db.dispose()
    assert result.record_incomplete is True  # "works, record lags" — never "not stored"
    password = texts[0].split("ŞİFRENİZ : ")[1].split()[0]
    from mebposta_admin.services.mail_backend import verify

    after_mail = stored_hash(mail_url, ADDRESS)
    assert after_mail != before_mail and verify(after_mail or "", password)
