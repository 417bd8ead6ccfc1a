"""The mouse-only corners the audit found, now done by keyboard and said in words: a revealed
TCKN copied by keyboard, the focus kept meaningful when a button disables itself, why sending is
impossible shown as text, an inactive mailbox marked in words and drawn grey, F1."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

from mebposta_admin.services.database import open_database
from mebposta_admin.ui.dialogs.help_dialog import HelpDialog
from mebposta_admin.ui.itemmodels.people_model import PeopleTableModel
from mebposta_admin.ui.main_window import MainWindow
from mebposta_admin.ui.theme import Theme
from tests.support.people import add_person
from tests.support.typing import type_text
from tests.support.windows import open_main_window


@pytest.fixture
def desk(qtbot, qapp, make_context, turkish, templates, tmp_path: Path):
    theme = Theme(qapp, "light")
    url = templates.copy("sqlite", True, tmp_path)
    context = make_context(db_url=url)
    context.demo = True
    context.database = open_database(url)
    for first, tckn, gsm, address in (
        ("Gülten", "10000000146", "5321119988", "gulten.sarioglu@meb.gov.tr"),
        ("Gülizar", "12345678950", "5321119989", "gulizar.sarioglu@meb.gov.tr"),
    ):
        add_person(
            context.database,
            first,
            "Sarıoğlu",
            province="06",
            district="Çankaya",
            gsm=gsm,
            tckn=tckn,
            address=address,
        )
    with context.database.engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE mailboxes SET active = 0 WHERE address = 'gulizar.sarioglu@meb.gov.tr'"
        )
    window = open_main_window(qtbot, context, "yardim")
    page = window.people_page
    window.find_person()
    type_text(page.search_edit, "sarıoğlu")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    yield window
    theme.deleteLater()


def _open(qtbot, window: MainWindow, address: str) -> None:
    page = window.people_page
    row = next(
        r
        for r in range(page.model.rowCount())
        if getattr(page.model.row_at(r), "address", None) == address
    )
    page.open_row(row)
    qtbot.waitUntil(
        lambda: page.panel.detail is not None and page.panel.address_label.text() == address,
        timeout=10000,
    )


def test_a_revealed_tckn_is_copied_by_keyboard_and_keeps_the_focus(qtbot, desk) -> None:
    panel = desk.people_page.panel
    _open(qtbot, desk, "gulten.sarioglu@meb.gov.tr")
    button = panel.reveal_tckn_button
    assert button.accessibleName() == "TCKN'yi göster"
    assert panel.reveal_gsm_button.accessibleName() == "GSM'yi göster"
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.tckn_label.text() == "10000000146", timeout=10000)
    # The focus went to the value, not to whatever follows the disabled button.
    assert desk.focusWidget() is panel.tckn_label
    label = panel.tckn_label
    QTest.keyClick(label, Qt.Key.Key_Home)
    QTest.keyClick(label, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(label, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "10000000146"


def test_an_inactive_mailbox_is_said_in_words_and_drawn_grey(qtbot, desk) -> None:
    page = desk.people_page
    model = page.model
    row = next(r for r in range(2) if model.row_at(r).address.startswith("gulizar"))
    status = model.index(row, PeopleTableModel.COL_STATUS)
    assert model.data(status) == "pasif"
    assert isinstance(model.data(status, Qt.ItemDataRole.ForegroundRole), QBrush)
    active = model.index(1 - row, PeopleTableModel.COL_STATUS)
    assert model.data(active) == "aktif"
    assert model.data(active, Qt.ItemDataRole.ForegroundRole) is None
    _open(qtbot, desk, "gulizar.sarioglu@meb.gov.tr")
    panel = page.panel
    assert not panel.send_password_button.isEnabled()
    assert panel.send_reason_label.isVisible()
    assert "Posta kutusu pasif" in panel.send_reason_label.text()
    assert panel.send_password_button.accessibleDescription() != ""


def test_f1_opens_the_help_of_the_section_in_use(qtbot, qapp, desk) -> None:
    QTest.keyClick(desk.people_page.search_edit, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: isinstance(qapp.activeModalWidget() or desk.findChild(HelpDialog), HelpDialog)
    )
    dialog = desk.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    native = QKeySequence.SequenceFormat.NativeText  # "Kontrol+1" in Turkish
    ctrl_1 = QKeySequence("Ctrl+1").toString(native)
    ctrl_f = QKeySequence("Ctrl+F").toString(native)
    for expected in ("Kişiler", "Alt+T", ctrl_1, ctrl_f, "F1", "Klavye", "Diğer bölümler"):
        assert expected in text, (expected, text[300:1500])
    from tests.ui.test_accessibility import assert_passes, check

    assert_passes(check(dialog, "help"))
    dialog.close()


def test_sections_open_with_ctrl_and_a_number(qtbot, desk) -> None:
    QTest.keyClick(desk.people_page.search_edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert desk.pages.currentWidget() is desk.overview_page
    QTest.keyClick(desk.focusWidget() or desk, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert desk.pages.currentWidget() is desk.people_page
    assert desk.focusWidget() is desk.people_page.search_edit


def test_a_status_line_never_keeps_the_colour_of_the_last_failure(qtbot) -> None:
    from mebposta_admin.ui.accessibility import StatusLabel, recent_announcements

    label = StatusLabel()
    qtbot.addWidget(label)
    label.say("SMS ağ geçidi yanıt vermedi.", outcome="error", announce=True)
    assert label.property("error") is True and label.property("success") is False
    assert recent_announcements[-1] == "SMS ağ geçidi yanıt vermedi."
    assert label.focusPolicy() == Qt.FocusPolicy.StrongFocus  # readable by keyboard now
    label.say("SMS gönderiliyor…")  # the next attempt in progress: neutral, not red
    assert label.property("error") is False and label.property("success") is False
    assert recent_announcements[-1] != "SMS gönderiliyor…"  # progress is not announced
    label.clear()
    assert label.focusPolicy() == Qt.FocusPolicy.NoFocus  # an empty line is no Tab stop
