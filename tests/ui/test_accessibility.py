"""Every registered page and every dialog, as each role sees it with realistic data, passes the
accessibility check (tests/support/a11y.py): named controls, no duplicate names, no Tab traps,
no duplicate mnemonics, nothing clipped. A page a later issue registers is checked here without
anyone adding a line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget

from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.services.database import open_database
from mebposta_admin.ui.dialogs.exception_dialog import ExceptionDialog
from mebposta_admin.ui.dialogs.login_dialog import LoginDialog
from mebposta_admin.ui.dialogs.settings_dialog import SettingsDialog
from mebposta_admin.ui.main_window import MainWindow
from mebposta_admin.ui.pages.registry import PAGES
from mebposta_admin.ui.theme import Theme
from tests.support import a11y
from tests.support.typing import type_text
from tests.support.windows import open_main_window

ROLES = ("sistem", "yardim", "il06", "ilce0601", "denetci")


@pytest.fixture(autouse=True)
def themed(qapp):
    """The application's own palette and style sheet, as ui.app applies them."""
    theme = Theme(qapp, "light")
    font = qapp.font()
    yield theme
    theme.deleteLater()
    qapp.setFont(font)
    qapp.setStyleSheet("")


@pytest.fixture
def sqlite_seeded(templates, tmp_path: Path) -> str:
    """One backend is enough for what the screen shows; the services are tested on both."""
    return templates.copy("sqlite", True, tmp_path)


def check(window: QWidget, where: str, *, clipping: bool = True) -> list[str]:
    QApplication.processEvents()
    findings = (
        a11y.unnamed_controls(window)
        + a11y.duplicate_names(window)
        + a11y.duplicate_mnemonics(window)
        + a11y.tab_traps(window)
        + (a11y.clipped_texts(window) if clipping else [])
    )
    return [f"{where}: {finding}" for finding in findings]


def assert_passes(findings: list[str]) -> None:
    assert not findings, "\n".join(["", *findings])


def signed_window(qtbot, make_context, url: str, username: str) -> MainWindow:
    context = make_context(db_url=url)
    context.demo = True
    context.database = open_database(url)
    return open_main_window(qtbot, context, username)


def open_a_person(qtbot, window: MainWindow) -> None:
    """The desk's state during a call: results listed, a person open, the check answered."""
    page = window.people_page
    identity = window.context.identity
    where: str = "p.active"
    params: dict[str, object] = {}
    if identity.district_id is not None:
        where, params = "p.district_id = :d", {"d": identity.district_id}
    elif identity.province_code is not None:
        where, params = "p.province_code = :p", {"p": identity.province_code}
    with window.context.database.engine.connect() as conn:
        name = conn.exec_driver_sql(
            "SELECT p.first_name || ' ' || p.last_name FROM people p "
            f"JOIN mailboxes m ON m.person_id = p.id WHERE {where} ORDER BY p.id LIMIT 1",
            params,
        ).scalar()
    window.find_person()
    type_text(page.search_edit, str(name))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    page.open_row(0)
    qtbot.waitUntil(lambda: page.panel.detail is not None, timeout=15000)
    if allows(identity.role, Permission.CALLER_CHECK):
        page.panel.check_tckn_edit.setText("12345678901")
        page.panel.check_gsm_edit.setText("5321234567")
        page.panel.run_caller_check()
        qtbot.waitUntil(lambda: page.panel.check_result_frame.isVisible(), timeout=15000)
    else:
        assert not page.panel.check_box.isVisibleTo(window)


@pytest.mark.parametrize("username", ROLES)
def test_every_registered_page_passes_as_each_role(
    qtbot, make_context, turkish, sqlite_seeded, username
) -> None:
    window = signed_window(qtbot, make_context, sqlite_seeded, username)
    findings: list[str] = []
    assert set(window.page_widgets) <= {spec.key for spec in PAGES}
    for key, page in window.page_widgets.items():
        window.show_page(key)
        if key == "people":
            open_a_person(qtbot, window)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        window.context.tasks.wait_for_done(15000)
        findings += check(window, f"{username}/{key}")
    assert_passes(findings)


def test_sign_in_window_passes(qtbot, make_context, turkish, sqlite_seeded) -> None:
    context = make_context(demo=True, db_url=sqlite_seeded)
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sign_in_button.isEnabled(), timeout=30000)
    assert dialog.demo_table.isVisible()
    assert_passes(check(dialog, "sign-in"))


@pytest.mark.parametrize("username", ("sistem", "il06"))
def test_settings_dialog_passes_on_every_tab(
    qtbot, make_context, turkish, sqlite_seeded, username
) -> None:
    window = signed_window(qtbot, make_context, sqlite_seeded, username)
    dialog = SettingsDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=15000)
    findings = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        findings += check(dialog, f"settings/{username}/{dialog.tabs.tabText(index)}")
    assert_passes(findings)


def test_error_dialog_passes(qtbot, turkish) -> None:
    dialog = ExceptionDialog("Traceback (most recent call last):\n  ValueError: x", "/tmp/x.log")
    qtbot.addWidget(dialog)
    dialog.show()
    assert_passes(check(dialog, "error dialog"))


@pytest.mark.parametrize(("scale", "scheme"), ((1.5, "light"), (1.0, "dark"), (1.5, "dark")))
def test_person_view_at_large_text_and_in_dark(
    qtbot, qapp, make_context, turkish, sqlite_seeded, themed, scale, scheme
) -> None:
    """150 % text (the desktop's font size, which the application now follows) and the dark
    variant: nothing clipped, the check passes, and the palette is the dark one."""
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)  # the theme follows the new size (QGuiApplication.fontChanged)
    themed.set_preference(scheme)
    window = signed_window(qtbot, make_context, sqlite_seeded, "il06")
    open_a_person(qtbot, window)
    window.context.tasks.wait_for_done(15000)
    assert window.people_page.search_edit.font().pointSizeF() >= font.pointSizeF()
    assert_passes(check(window, f"{scheme} at {int(scale * 100)} %"))
    dark = qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert dark == (scheme == "dark")


def test_message_boxes_pass(qtbot, turkish) -> None:
    """The confirmation before a send and the non-modal notices, as notify shows them."""
    from mebposta_admin.ui import notify

    question = notify.question_box(None, "SMS ile şifre gönder", "Gönderilsin mi?")
    qtbot.addWidget(question)
    question.show()
    findings = check(question, "confirmation")
    question.close()
    notice = notify.inform(None, "Demo SMS", "Bu bilgisayardan SMS çıkmaz.")
    findings += check(notice, "notice")
    notice.close()
    assert_passes(findings)


@pytest.mark.parametrize(("scale", "scheme"), ((1.0, "light"), (1.5, "dark")))
def test_request_queue_review_and_forms_pass(
    qtbot, qapp, make_context, turkish, sqlite_seeded, themed, scale, scheme
) -> None:
    """The queue with rows, the review of a four-eyes GSM change with its warnings, the
    rejection and desk-entry forms: named, no traps, nothing clipped, at 150 % and in dark."""
    from mebposta_admin.services import auth
    from mebposta_admin.services.requests import intake
    from mebposta_admin.ui.dialogs.reject_dialog import RejectDialog
    from mebposta_admin.ui.dialogs.request_entry import RequestEntryDialog
    from tests.support.requests import form_for, mebbis_holds, on_file

    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)
    themed.set_preference(scheme)
    db = open_database(sqlite_seeded)
    from mebposta_admin.demo.seed import DEMO_PASSWORD

    il06 = auth.authenticate(db, "il06", DEMO_PASSWORD)
    ayse = on_file(db)
    mebbis_holds(db, ayse, ayse.gsm)  # still the old number: four eyes
    intake.receive(db, il06, form_for(ayse, "5329998800"))
    intake.receive(db, il06, form_for(ayse, "5329998877"))
    db.dispose()
    window = signed_window(qtbot, make_context, sqlite_seeded, "il06")
    window.show_page("requests")
    page = window.requests_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=15000)
    window.context.tasks.wait_for_done(15000)
    findings = check(window, f"queue {scheme} {scale}")
    page.open_current()
    dialog = page.review_dialog()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=15000)
    window.context.tasks.wait_for_done(15000)
    assert dialog.warnings_label.isVisible() and dialog.justification_edit.isVisible()
    findings += check(dialog, f"review {scheme} {scale}")
    reject = RejectDialog(2, window)
    qtbot.addWidget(reject)
    reject.show()
    findings += check(reject, f"reject {scheme} {scale}")
    entry = RequestEntryDialog(window.context, window)
    qtbot.addWidget(entry)
    entry.show()
    qtbot.waitUntil(lambda: entry.province_combo.count() > 0, timeout=15000)
    findings += check(entry, f"entry {scheme} {scale}")
    assert_passes(findings)


@pytest.mark.parametrize(("scale", "scheme"), ((1.0, "light"), (1.5, "dark")))
def test_unit_accounts_page_and_dialogs_pass(
    qtbot, qapp, make_context, turkish, sqlite_seeded, themed, scale, scheme
) -> None:
    from mebposta_admin.ui.dialogs.handover_dialog import HandoverDialog
    from mebposta_admin.ui.dialogs.mailbox_dialog import MailboxDialog
    from mebposta_admin.ui.dialogs.unit_create_dialog import UnitCreateDialog
    from mebposta_admin.ui.pages.units import UnitsPage

    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)
    themed.set_preference(scheme)
    window = signed_window(qtbot, make_context, sqlite_seeded, "il07")
    window.show_page("units")
    page = window.page_widgets["units"]
    assert isinstance(page, UnitsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 10, timeout=15000)
    page.open_row(0)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=15000)
    window.context.tasks.wait_for_done(15000)
    findings = check(window, f"units {scheme} {scale}")
    create = UnitCreateDialog(window.context, window)
    qtbot.addWidget(create)
    create.show()
    qtbot.waitUntil(lambda: create.office_combo.count() > 0, timeout=15000)
    findings += check(create, f"unit create {scheme} {scale}")
    handover = HandoverDialog(window.context, "maarif07@meb.gov.tr", "Emel Sarı", window)
    qtbot.addWidget(handover)
    handover.show()
    findings += check(handover, f"handover {scheme} {scale}")
    deputy = HandoverDialog(window.context, "maarif07@meb.gov.tr", "Emel Sarı", window, deputy=True)
    qtbot.addWidget(deputy)
    deputy.show()
    findings += check(deputy, f"deputy {scheme} {scale}")
    mailbox = MailboxDialog(
        window.context, 1, "maarif07@meb.gov.tr", 1000 * 1024 * 1024, ("eski07@meb.gov.tr",), window
    )
    qtbot.addWidget(mailbox)
    mailbox.show()
    findings += check(mailbox, f"mailbox {scheme} {scale}")
    assert_passes(findings)
