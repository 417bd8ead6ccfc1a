"""After a reissue from our app a real Dovecot accepts the password the SMS carried, at once.

Dovecot is started by the tests on loopback (a private instance) and reads the mailbox table
through the SQL files in resources/dovecot/, on SQLite and on PostgreSQL. Skipped, with the
reason, only where Dovecot cannot be installed; the README's test command installs it.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.demo.sms import LocalGateway
from mebposta_admin.services import auth, reissue
from mebposta_admin.services.database import open_database
from mebposta_admin.services.mail_backend import DoveadmConfig, HashScheme, dovecot_hash
from mebposta_admin.services.sms_gateway import NetgsmConfig, NetgsmGateway, SmsError
from tests.support import dovecot as dv
from tests.support.people import add_person

pytestmark = pytest.mark.skipif(dv.available() is not None, reason=str(dv.available()))


class Phone:
    """Stands in for the caller's phone: the local gateway hands it the SMS text."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def receive(self, number: str, text: str) -> None:
        self.texts.append(text)

    @property
    def password(self) -> str:
        return re.search(r"ŞİFRENİZ : (\S+) OLARAK", self.texts[-1]).group(1)  # type: ignore[union-attr]


def _send(db, pid: int, who: str = "yardim", phone: Phone | None = None, **kwargs) -> Phone:
    """Reissue through the local gateway; the returned phone holds the SMS."""
    phone = phone or Phone()
    reissue.reissue(
        db,
        auth.authenticate(db, who, DEMO_PASSWORD),
        pid,
        LocalGateway(show_once=phone.receive),
        **kwargs,
    )
    return phone


def _person(db, n: int) -> tuple[int, str]:
    address = f"dovecot.test{n}.{uuid.uuid4().hex[:6]}@meb.gov.tr"
    pid = add_person(
        db, "Deniz", f"Testçi{n}", province="06", gsm=f"53212300{n:02d}", address=address
    )
    return pid, address


def test_reissued_password_logs_in_and_quota_shows(mail_env) -> None:
    db, server = mail_env
    pid, address = _person(db, 1)
    admin = auth.authenticate(db, "il06", DEMO_PASSWORD)
    phone = Phone()
    result = reissue.reissue(db, admin, pid, LocalGateway(show_once=phone.receive))
    assert result.address == address and result.gsm_masked == "5** *** ** 01"
    assert phone.texts[0].startswith(f"MAIL ADRESİNİZ : {address} ŞİFRENİZ : ")
    assert server.login_works(address, phone.password)
    assert server.quota_kib(address, phone.password) == 500 * 1024  # 500 MB from the table


def test_second_reissue_retires_the_first_password(mail_env) -> None:
    db, server = mail_env
    pid, address = _person(db, 2)
    phone = _send(db, pid)
    first = phone.password
    second = _send(db, pid, phone=phone).password
    assert first != second
    assert server.login_works(address, second)
    assert not server.login_works(address, first)


def test_deactivated_mailbox_cannot_log_in(mail_env) -> None:
    db, server = mail_env
    pid, address = _person(db, 3)
    phone = _send(db, pid)
    with db.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE mailboxes SET active = false WHERE address = :a"), {"a": address}
        )
    assert not server.login_works(address, phone.password)
    with db.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE mailboxes SET active = true WHERE address = :a"), {"a": address}
        )
    assert server.login_works(address, phone.password)


def test_gateway_refusal_keeps_the_old_password(mail_env, httpserver) -> None:
    db, server = mail_env
    pid, address = _person(db, 4)
    admin = auth.authenticate(db, "yardim", DEMO_PASSWORD)
    phone = Phone()
    reissue.reissue(db, admin, pid, LocalGateway(show_once=phone.receive))
    old = phone.password
    httpserver.expect_request("/sms/rest/v2/send", method="POST").respond_with_json(
        {"code": "30", "description": "Geçersiz kullanıcı adı"}
    )
    gateway = NetgsmGateway(NetgsmConfig(httpserver.url_for(""), "8501234567", "MEB"), "gw-secret")
    with pytest.raises(SmsError) as caught:
        reissue.reissue(db, admin, pid, gateway)
    assert caught.value.code == "sms.rejected_credentials"
    assert server.login_works(address, old)


@pytest.mark.parametrize("scheme", list(HashScheme))
def test_every_hash_scheme_is_accepted(mail_env, scheme: HashScheme) -> None:
    db, server = mail_env
    _pid, address = _person(db, 5 + list(HashScheme).index(scheme))
    with db.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE mailboxes SET password_hash = :h WHERE address = :a"),
            {"h": dovecot_hash("Kolay-Yazilir-7", scheme), "a": address},
        )
    assert server.login_works(address, "Kolay-Yazilir-7")
    assert not server.login_works(address, "kolay-yazilir-7")


def test_reissue_can_end_open_sessions(mail_env) -> None:
    db, server = mail_env
    pid, address = _person(db, 9)
    admin = auth.authenticate(db, "yardim", DEMO_PASSWORD)
    phone = Phone()
    reissue.reissue(db, admin, pid, LocalGateway(show_once=phone.receive))
    client = server.imap()
    client.login(address, phone.password)
    client.select("INBOX")
    result = reissue.reissue(
        db,
        admin,
        pid,
        LocalGateway(show_once=phone.receive),
        end_sessions=DoveadmConfig(config_path=str(server.config)),
    )
    assert result.sessions_ended == 1
    # The kicked session ends: within a few seconds every command fails.
    deadline = time.monotonic() + 5
    with pytest.raises((OSError, EOFError, client.abort, client.error)):  # noqa: PT012
        while time.monotonic() < deadline:
            client.noop()
            time.sleep(0.05)
    assert server.login_works(address, phone.password)


def test_no_plaintext_password_anywhere(mail_env, tmp_path) -> None:
    db, server = mail_env
    pid, address = _person(db, 10)
    phone = _send(db, pid)
    password = phone.password
    with db.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT details FROM audit_events")).scalars().all()
        stored = conn.execute(
            sa.text("SELECT password_hash FROM mailboxes WHERE address = :a"), {"a": address}
        ).scalar()
    assert all(password not in r for r in rows)
    assert stored.startswith("{ARGON2ID}$argon2id$") and password not in stored
    if db.dialect == "sqlite":
        for path in Path(db.url.database).parent.glob("*"):
            assert password.encode() not in path.read_bytes(), path
    for log_dir in (os.environ["MEBPOSTA_LOG_DIR"], server.directory):
        for path in Path(log_dir).rglob("*"):
            if path.is_file():
                assert password.encode() not in path.read_bytes(), path


def test_separate_mail_database(mail_env, mail_backend) -> None:
    """Production: the mail servers read their own database; the hash goes there first."""
    db, _ = mail_env
    pid, address = _person(db, 11)
    folder = Path(tempfile.mkdtemp(prefix="mebposta-mailonly-"))
    folder.chmod(0o755)
    mail_path = folder / "mailservers.sqlite3"
    mail_db = open_database(f"sqlite:///{mail_path}")
    with mail_db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO mailboxes (address, kind, display_name, quota_bytes, active, maildir,"
                " created_at) VALUES (:a, 'personal', 'Deniz', 524288000, true, 'x/', '2026-01-01')"
            ),
            {"a": address},
        )
    mail_path.chmod(0o644)
    other = dv.start("sqlite", str(mail_path))
    try:
        phone = Phone()
        reissue.reissue(
            db,
            auth.authenticate(db, "yardim", DEMO_PASSWORD),
            pid,
            LocalGateway(show_once=phone.receive),
            mail_db=mail_db,
        )
        assert other.login_works(address, phone.password)
        with db.engine.connect() as conn:
            app_hash = conn.execute(
                sa.text("SELECT password_hash FROM mailboxes WHERE address = :a"), {"a": address}
            ).scalar()
        assert app_hash.startswith("{ARGON2ID}")
    finally:
        other.stop()
        mail_db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


def test_a_unit_account_logs_in_with_its_custodians_password(mail_env) -> None:
    """Created in the app, its first password sent to the primary custodian: Dovecot accepts
    it; after a handover and a reissue the old password fails; deactivated, nothing logs in."""
    from mebposta_admin.models import Institution
    from mebposta_admin.services import units

    db, server = mail_env
    il06 = auth.authenticate(db, "il06", DEMO_PASSWORD)
    first_id, _ = _person(db, 40)
    second_id, _ = _person(db, 41)
    with db.engine.connect() as conn:
        office = conn.execute(
            sa.select(Institution.id).where(
                Institution.kind == "district_office", Institution.name.startswith("Etimesgut")
            )
        ).scalar_one()
    from tests.support.units import free_address

    free_address(db, "etimesgut06@meb.gov.tr")  # the demo's own: created here instead
    mailbox_id = units.create(
        db, il06, institution_id=office, address="etimesgut06", custodian_id=first_id
    )
    address = "etimesgut06@meb.gov.tr"

    def send() -> Phone:
        phone = Phone()
        reissue.reissue(
            db, il06, None, LocalGateway(show_once=phone.receive), mailbox_id=mailbox_id
        )
        return phone

    first = send()
    assert first.texts[0].startswith(f"MAIL ADRESİNİZ : {address} ŞİFRENİZ : ")
    assert server.login_works(address, first.password)
    units.handover(db, il06, mailbox_id, second_id, "Görev değişikliği")
    second = send()
    assert server.login_works(address, second.password)
    assert not server.login_works(address, first.password)  # the old custodian's is dead
    units.set_active(db, il06, mailbox_id, False)
    assert not server.login_works(address, second.password)


def test_a_unit_account_imported_from_excel_logs_in(mail_env, tmp_path) -> None:
    """A unit account created by the Excel import is the mail backend's like any other: its
    custodian's first password logs in at Dovecot."""
    import openpyxl

    from mebposta_admin.services import units

    db, server = mail_env
    desk = auth.authenticate(db, "yardim", DEMO_PASSWORD)
    keeper_id, keeper_address = _person(db, 42)
    path = tmp_path / "birimler.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Adres", "Kurum/Birim Adı", "Sorumlu"])
    book.active.append(["tegm_destek", "Temel Eğitim Genel Müdürlüğü", keeper_address])
    book.save(path)
    report = units.import_file(db, desk, path)
    assert report.imported and report.created == 1
    [verdict] = report.verdicts
    phone = Phone()
    reissue.reissue(
        db, desk, None, LocalGateway(show_once=phone.receive), mailbox_id=verdict.mailbox_id
    )
    assert server.login_works("tegm_destek@meb.gov.tr", phone.password)
    assert not server.login_works("tegm_destek@meb.gov.tr", "wrong-password-1")


@pytest.mark.parametrize(("step", "n"), [("claimed", 60), ("sent", 61)])
def test_a_worker_killed_before_the_hash_keeps_the_old_password(
    mail_env, tmp_path, step: str, n: int
) -> None:
    """The shared deployment's worker (issue 15) killed after claiming a request, and after
    the gateway accepted its SMS: the old password keeps working, the SMS's does not, the
    attempt says "outcome unknown", and no worker ever sends it again."""
    import subprocess
    import sys

    from mebposta_admin.errors import AppError
    from mebposta_admin.services import sms_worker

    db, server = mail_env
    pid, address = _person(db, n)
    old = _send(db, pid).password
    identity = auth.authenticate(db, "yardim", DEMO_PASSWORD)
    attempt, target = sms_worker.request(db, identity, pid)
    sms_file = tmp_path / "sms.txt"
    url = db.engine.url.render_as_string(hide_password=False)
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.worker_crash", url, step, str(sms_file)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert f"killed after {step}" in done.stdout, done.stderr[-2000:]
    with db.engine.connect() as conn:
        state = conn.execute(
            sa.text("SELECT state FROM reissue_attempts WHERE id = :i"), {"i": attempt}
        ).scalar()
    assert state == "pending"  # shown as "outcome unknown"
    if step == "sent":
        sent = re.search(r"ŞİFRENİZ : (\S+) OLARAK", sms_file.read_text(encoding="utf-8"))
        assert sent is not None and not server.login_works(address, sent.group(1))
    assert server.login_works(address, old)
    gateway = LocalGateway()
    assert sms_worker.run_once(db, gateway) == 0 and gateway.sent == []  # never a second SMS
    with pytest.raises(AppError) as caught:
        sms_worker.wait(db, attempt, target, timeout=0.2)
    assert caught.value.code == "reissue.worker_busy"
