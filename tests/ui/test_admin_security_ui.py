"""Issue 15 through the widgets (pytest-qt, offscreen): the Yönetim page, the sign-in with a
one-time password and with a second factor set up by QR code, and the idle lock.

The authenticator app cannot exist here: the test reads the key the dialog shows (as a
person would type it into the app) and computes the app's code with pyotp."""

from __future__ import annotations

import pyotp
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services import auth, system_settings
from mebposta_admin.ui import notify
from mebposta_admin.ui.dialogs.admin_dialog import AdminDialog
from mebposta_admin.ui.dialogs.enrolment_dialog import EnrolmentDialog
from mebposta_admin.ui.dialogs.login_dialog import LoginDialog
from mebposta_admin.ui.main_window import MainWindow
from mebposta_admin.ui.pages.admins import AdminsPage

NEW_PASSWORD = "Yeşil-Çınar-Altında-91"


def _scalar(url: str, sql: str, **params: object) -> object:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text(sql), params).scalar()
    finally:
        engine.dispose()


def _signed(make_context, url: str, username: str = "sistem"):
    from mebposta_admin.services.database import open_database

    context = make_context(db_url=url)
    context.database = open_database(url)
    context.identity = auth.authenticate(context.database, username, DEMO_PASSWORD)
    return context


def _login(qtbot, make_context, url: str) -> LoginDialog:
    context = make_context(db_url=url)
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=60000)
    return dialog


def _row_of(page: AdminsPage, username: str) -> int:
    return next(i for i, r in enumerate(page.model.rows()) if r.username == username)


@pytest.mark.parametrize("backend", ["sqlite"])  # the services run on both databases
def test_create_then_first_sign_in_replaces_the_one_time_password(
    qtbot, make_context, turkish, seeded_url, monkeypatch
) -> None:
    context = _signed(make_context, seeded_url)
    page = AdminsPage(context.signed())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6, timeout=10000)
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Kullanıcı adı"
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = next(w for w in page.findChildren(AdminDialog))
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10000)
    qtbot.keyClicks(dialog.username_edit, "il35.ayse")
    dialog.name_edit.insert("Ayşe Yılmaz")  # QTest types ASCII only; Turkish is pasted
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("province_admin"))
    assert not dialog.district_combo.isEnabled()
    dialog.province_combo.setCurrentIndex(dialog.province_combo.findData("35"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.password_dialog is not None, timeout=10000)
    shown = page.password_dialog
    assert shown is not None
    password = shown.password_edit.text()
    assert len(password) == 16
    shown.close()
    qtbot.waitUntil(lambda: "il35.ayse" in [r.username for r in page.model.rows()], timeout=10000)
    state = page.model.index(_row_of(page, "il35.ayse"), page.model.COL_STATE).data()
    assert "tek kullanımlık parola" in state
    assert password not in str(
        _scalar(seeded_url, "SELECT group_concat(details) FROM audit_events")
    )

    # The new administrator's first sign-in asks for a password of their own.
    login = _login(qtbot, make_context, seeded_url)
    qtbot.keyClicks(login.username_edit, "il35.ayse")
    qtbot.keyClicks(login.password_edit, password)
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(login.new_password_edit.isVisible, timeout=10000)
    assert "yeni bir parola" in login.status_label.text()
    assert login.password_edit.text() == password  # kept: it was right
    login.new_password_edit.insert(NEW_PASSWORD)
    login.repeat_edit.insert(NEW_PASSWORD)
    with qtbot.waitSignal(login.accepted, timeout=10000):
        qtbot.keyClick(login.repeat_edit, Qt.Key.Key_Return)
    assert login.identity is not None and login.identity.province_code == "35"
    assert not _scalar(
        seeded_url, "SELECT must_change_password FROM admin_accounts WHERE username='il35.ayse'"
    )
    login.database.dispose()  # type: ignore[union-attr]

    # Disable from the page: the account can no longer sign in.
    monkeypatch.setattr(notify, "confirm", lambda *_a: True)  # the question box is Qt's own
    page.refresh()
    qtbot.waitUntil(lambda: "il35.ayse" in [r.username for r in page.model.rows()], timeout=10000)
    page.table.setCurrentIndex(page.model.index(_row_of(page, "il35.ayse"), 0))
    assert page.fields["user"].text() == "il35.ayse"
    assert page.status_button.text() == "Devre dışı bı&rak"
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current is not None and not page.current.active, timeout=10000)
    assert page.status_button.text() == "&Etkinleştir"
    with pytest.raises(Exception) as refused:
        auth.authenticate(context.database, "il35.ayse", NEW_PASSWORD)
    assert getattr(refused.value, "code", "") == "auth.inactive"
    events = _scalar(
        seeded_url,
        "SELECT count(*) FROM audit_events WHERE admin_username='sistem' AND action IN "
        "('admin.create', 'admin.status') AND outcome='success'",
    )
    assert events == 2


@pytest.mark.parametrize("backend", ["sqlite"])
def test_second_factor_set_up_by_qr_then_asked_at_sign_in(
    qtbot, make_context, turkish, seeded_url, tmp_path
) -> None:
    context = _signed(make_context, seeded_url)
    system_settings.update(context.database, context.identity, {"totp_roles": "helpdesk"})
    login = _login(qtbot, make_context, seeded_url)
    qtbot.keyClicks(login.username_edit, "yardim")
    qtbot.keyClicks(login.password_edit, DEMO_PASSWORD)
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(login, "enrolment_dialog", None) is not None, timeout=10000)
    enrol: EnrolmentDialog = login.enrolment_dialog
    assert enrol.isVisible() and enrol.windowTitle() == "İki aşamalı girişi kur"
    assert not enrol.qr_label.pixmap().isNull()
    assert enrol.qr_label.pixmap().width() >= 150  # big enough for a phone's camera
    enrol.grab().save(str(tmp_path / "enrolment.png"))
    key = enrol.key_edit.text().replace(" ", "")
    totp = pyotp.TOTP(key)
    # A wrong code first: said, and the dialog stays.
    qtbot.keyClicks(enrol.code_edit, "000000" if totp.now() != "000000" else "111111")
    qtbot.keyClick(enrol.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "yanlış" in enrol.status_label.text(), timeout=10000)
    assert enrol.isVisible()
    enrol.code_edit.clear()
    qtbot.keyClicks(enrol.code_edit, totp.now())
    qtbot.keyClick(enrol.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: enrol.stack.currentIndex() == 1 or bool(enrol.status_label.property("error")),
        timeout=10000,
    )
    assert enrol.stack.currentIndex() == 1, enrol.status_label.text()
    codes = enrol.codes_edit.toPlainText().split()
    assert len(codes) == 10
    with qtbot.waitSignal(login.accepted, timeout=10000):
        qtbot.mouseClick(enrol.done_button, Qt.MouseButton.LeftButton)
    assert login.identity is not None and login.identity.username == "yardim"
    login.database.dispose()  # type: ignore[union-attr]

    # The next sign-in asks for the code after the password; a recovery code works once.
    again = _login(qtbot, make_context, seeded_url)
    qtbot.keyClicks(again.username_edit, "yardim")
    qtbot.keyClicks(again.password_edit, DEMO_PASSWORD)
    qtbot.keyClick(again.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(again.code_edit.isVisible, timeout=10000)
    assert again.code_edit.hasFocus()
    qtbot.keyClicks(again.code_edit, codes[0])
    with qtbot.waitSignal(again.accepted, timeout=10000):
        qtbot.keyClick(again.code_edit, Qt.Key.Key_Return)
    again.database.dispose()  # type: ignore[union-attr]
    used = _scalar(
        seeded_url, "SELECT count(*) FROM admin_recovery_codes WHERE used_at IS NOT NULL"
    )
    assert used == 1


@pytest.mark.parametrize("backend", ["sqlite"])
def test_idle_lock_hides_the_window_until_the_password(
    qtbot, make_context, turkish, seeded_url
) -> None:
    context = _signed(make_context, seeded_url, "il06")
    window = MainWindow(context.signed())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.idle_lock.minutes == 15, timeout=10000)
    clock = [1000.0]
    window.idle_lock.clock = lambda: clock[0]
    window.idle_lock.last = clock[0]
    clock[0] += 14 * 60
    window.idle_lock.check()
    assert window.idle_lock.dialog is None  # 14 minutes: not yet
    window.people_page.search_edit.setFocus()
    qtbot.keyClicks(window.people_page.search_edit, "a")  # typing is use, pointer still
    clock[0] += 61
    window.idle_lock.check()
    assert window.idle_lock.dialog is None  # 61 s after the key press
    clock[0] += 14 * 60
    window.idle_lock.check()
    lock = window.idle_lock.dialog
    assert lock is not None and lock.isVisible()
    assert not window.centralWidget().isVisible()  # nothing personal behind the dialog
    qtbot.keyClick(lock, Qt.Key.Key_Escape)
    assert lock.isVisible()  # Esc does not unlock
    qtbot.keyClicks(lock.password_edit, "yanlis-parola")
    qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "yanlış" in lock.status_label.text(), timeout=10000)
    assert lock.isVisible()
    qtbot.keyClicks(lock.password_edit, DEMO_PASSWORD)
    with qtbot.waitSignal(window.idle_lock.unlocked, timeout=10000):
        qtbot.keyClick(lock.password_edit, Qt.Key.Key_Return)
    assert window.centralWidget().isVisible()
    qtbot.waitUntil(
        lambda: (
            _scalar(
                seeded_url,
                "SELECT count(*) FROM audit_events WHERE action='session.lock' AND "
                "admin_username='il06'",
            )
            == 1
        ),
        timeout=10000,
    )
