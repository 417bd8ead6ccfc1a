"""The help desk end to end with pytest-qt, against real parts: a mail delivered into the
help-desk mailbox of a real Dovecot → the application's own intake takes it → the ticket is in
the queue with its suggested category and the caller linked → the desk inserts the manual's
answer, sends it → a real SMTP server (STARTTLS, AUTH) receives it, threaded → the ticket is
solved. Then the desk's triage from the page: confirm the category, take it, a phone call."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.models import Ticket
from mebposta_admin.services import auth, system_settings
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.services.tickets import imap_intake, mailer
from mebposta_admin.ui.main_window import MainWindow
from mebposta_admin.ui.pages.tickets import TicketsPage
from tests.support import dovecot as dv
from tests.support import smtp as smtp_support
from tests.support.keyrings import MemoryKeyring
from tests.support.people import add_person

pytestmark = pytest.mark.skipif(dv.available() is not None, reason=str(dv.available()))

DESK_PASSWORD = "Yardım-Masası-2026!"  # Turkish letters: AUTHENTICATE PLAIN carries them


@pytest.fixture(scope="module")
def smtp_server():
    server = smtp_support.start()
    yield server
    server.stop()


@pytest.fixture
def desk(mail_env, smtp_server, tmp_path, monkeypatch):
    """The mail system as the settings name it: the help-desk mailbox on Dovecot, replies to
    the SMTP server; both servers' private certificates trusted the way an administrator
    trusts an internal CA (SSL_CERT_FILE)."""
    db, server = mail_env
    address = dv.desk_mailbox(db, DESK_PASSWORD)
    bundle = tmp_path / "ca.pem"
    bundle.write_text(Path(server.cafile).read_text() + Path(smtp_server.cafile).read_text())
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    folder = f"Destek{uuid.uuid4().hex[:4]}"
    run = ["doveadm", "-c", str(server.config)]
    subprocess.run([*run, "mailbox", "create", "-u", address, folder], check=True)
    sistem = auth.authenticate(db, "sistem", DEMO_PASSWORD)
    system_settings.update(
        db,
        sistem,
        {
            "demo": "false",
            "helpdesk_address": address,
            "helpdesk_imap_host": "127.0.0.1",
            "helpdesk_imap_port": str(server.port),
            "helpdesk_imap_folder": folder,
            "smtp_host": "127.0.0.1",
            "smtp_port": str(smtp_server.port),
        },
    )
    secrets = SecretStore(MemoryKeyring())
    secrets.set(imap_intake.SECRET_KEY, DESK_PASSWORD)
    secrets.set(mailer.SECRET_KEY, smtp_support.PASSWORD)
    smtp_server.user = address
    yield db, server, address, folder, secrets
    system_settings.update(db, sistem, {"helpdesk_imap_host": "", "smtp_host": ""})


def _window(qtbot, make_context, db, secrets, who="yardim"):
    context = make_context(secrets=secrets)
    context.database = db
    context.identity = auth.authenticate(db, who, DEMO_PASSWORD)
    main = MainWindow(context.signed())
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    main.show_page("tickets")
    page = main.page_widgets["tickets"]
    assert isinstance(page, TicketsPage)
    return main, page


def test_a_mail_becomes_a_ticket_answered_from_the_manual_and_solved(
    qtbot, make_context, turkish, desk, smtp_server
) -> None:
    db, server, address, folder, secrets = desk
    tag = uuid.uuid4().hex[:6]
    caller = f"deniz.outlook{tag}@meb.gov.tr"
    add_person(db, "Deniz", f"Yazıcı{tag}", province="06", gsm="5321239876", address=caller)
    raw = (
        f"From: Deniz Yazıcı <{caller}>\r\nTo: {address}\r\n"
        f"Subject: =?utf-8?b?T3V0bG9vayBrdXJ1bHVtdSB5YXDEsWxhbWFkxLE=?= {tag}\r\n"
        f"Message-ID: <ui-{tag}@meb.gov.tr>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=windows-1254\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode() + "Outlook'ta gelen sunucu ayarlarını bulamadım.\r\n".encode("cp1254")
    done = subprocess.run(
        ["doveadm", "-c", str(server.config), "save", "-u", address, "-m", folder],
        input=raw,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    main, page = _window(qtbot, make_context, db, secrets)
    main.intake.poll()  # the single workstation's own intake round
    qtbot.waitUntil(lambda: not main.intake.busy, timeout=30000)
    page.search_edit.setText(tag)
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.view.detail is not None, timeout=15000
    )
    view = page.view
    row = page.model.rows()[0]
    assert row.subject == f"Outlook kurulumu yapılamadı {tag}"
    assert row.category == "client_setup" and not row.category_confirmed
    assert f"Deniz Yazıcı{tag}" in view.caller_label.text()
    assert "Outlook'ta gelen sunucu" in view.articles_edit.toPlainText()
    assert view.category_combo.currentData() == "client_setup"
    assert view.answer_combo.currentData() == "client_setup"
    qtbot.mouseClick(view.insert_button, Qt.MouseButton.LeftButton)
    answer = view.reply_edit.toPlainText()
    assert "posta.meb.gov.tr" in answer and "993" in answer and caller in answer
    view.after_combo.setCurrentIndex(view.after_combo.findData("solved"))
    before = len(smtp_server.received)
    qtbot.mouseClick(view.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(smtp_server.received) > before, timeout=15000)
    sent = smtp_server.received[-1]
    assert sent["In-Reply-To"] == f"<ui-{tag}@meb.gov.tr>"
    assert f"[{row.number}]" in sent["Subject"] and sent["To"].endswith(f"<{caller}>")
    assert "993" in sent.get_content()
    qtbot.waitUntil(lambda: view.reply_edit.toPlainText() == "", timeout=10000)
    with db.engine.connect() as conn:
        status = conn.execute(sa.select(Ticket.status).where(Ticket.number == row.number)).scalar()
    assert status == "solved"
    # solved: out of the open queue
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)


def test_triage_and_a_phone_call_from_the_page(qtbot, make_context, turkish, desk) -> None:
    db, _server, _address, _folder, secrets = desk
    main, page = _window(qtbot, make_context, db, secrets)
    dialog_seen = []

    def fill_dialog() -> None:
        from PySide6.QtWidgets import QApplication

        from mebposta_admin.ui.pages.tickets import PhoneTicketDialog

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, PhoneTicketDialog) and widget.isVisible():
                dialog_seen.append(widget)
                widget.subject_edit.setText("Kotam doldu (telefon)")
                widget.body_edit.setPlainText("Posta kutum doldu, ileti alamıyorum.")
                widget.name_edit.setText("Telefonla Arayan")
                widget.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(300, fill_dialog)
    qtbot.mouseClick(page.phone_button, Qt.MouseButton.LeftButton)
    assert dialog_seen
    qtbot.waitUntil(
        lambda: page.view.detail is not None and page.view.detail.source == "phone",
        timeout=15000,
    )
    view = page.view
    number = view.detail.row.number
    assert view.detail.row.category == "quota"
    qtbot.mouseClick(view.category_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.row.category_confirmed, timeout=10000
    )
    qtbot.mouseClick(view.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.detail is not None and view.detail.row.assigned_to == "yardim", timeout=10000
    )
    view.reply_edit.setPlainText("Arayana kota anlatıldı, geri aranacak.")
    qtbot.mouseClick(view.note_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.detail is not None and any(a.kind == "note" for a in view.detail.articles),
        timeout=10000,
    )
    with db.engine.connect() as conn:
        actions = list(
            conn.execute(
                sa.text("SELECT action FROM audit_events WHERE target_id = :n ORDER BY id"),
                {"n": number},
            ).scalars()
        )
    assert actions[:1] == ["ticket.create"] and "ticket.assign" in actions
    assert "ticket.note" in actions and "ticket.update" in actions
