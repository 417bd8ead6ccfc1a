"""Birim Hesapları end to end with pytest-qt: find maarif07, see its custodians present and
past, hand it over, accept the proposed reissue, see the SMS go to the new custodian; a unit
without a primary custodian is flagged and cannot be sent a password."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services import auth
from mebposta_admin.services.database import open_database
from mebposta_admin.ui import notify
from mebposta_admin.ui.dialogs.handover_dialog import HandoverDialog
from mebposta_admin.ui.main_window import MainWindow
from mebposta_admin.ui.pages import units as units_page
from tests.support.requests import on_file
from tests.support.typing import type_text
from tests.support.units import free_address


@pytest.fixture
def answers(monkeypatch):
    shown: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(notify, "inform", lambda parent, title, text: shown.append(text))

    def confirm(parent, title, text) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(notify, "confirm", confirm)
    return shown, asked


def _window(qtbot, make_context, url, who):
    context = make_context(db_url=url)
    context.database = open_database(url)
    context.identity = auth.authenticate(context.database, who, DEMO_PASSWORD)
    main = MainWindow(context.signed())
    qtbot.addWidget(main)
    main.show()
    main.show_page("units")
    page = main.page_widgets["units"]
    assert isinstance(page, units_page.UnitsPage)
    return page, context.database


def test_hand_over_and_send_the_password_to_the_new_custodian(
    qtbot, make_context, turkish, seeded_url, answers, monkeypatch
) -> None:
    shown, asked = answers
    db = open_database(seeded_url)
    newcomer = on_file(db, "Nazlı", "Güneş", province="07", district="Muratpaşa", gsm="5367778899")
    db.dispose()

    def fill(dialog) -> bool:
        """The real handover dialog as a user fills it: the newcomer found, a reason
        written, the proposed new password left chosen."""
        dialog.show()
        type_text(dialog.search_edit, "Nazlı Güneş")
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.results.count() >= 1, timeout=10000)
        assert dialog.after_box.isVisible() and dialog.send_check.isChecked()
        type_text(dialog.reason_edit, "Görev yeri değişti")
        qtbot.mouseClick(dialog.hand_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandoverDialog, "exec", fill)
    page, database = _window(qtbot, make_context, seeded_url, "il07")
    qtbot.waitUntil(lambda: page.model.rowCount() > 10, timeout=10000)
    type_text(page.search_edit, "maarif07")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.open_row(0)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10000)
    assert page.view.address_label.text() == "maarif07@meb.gov.tr"
    qtbot.mouseClick(page.view.handover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("5** *** ** 99" in m for m in asked), timeout=15000)
    qtbot.waitUntil(lambda: "5** *** ** 99" in page.view.result_label.text(), timeout=15000)
    assert any("maarif07@meb.gov.tr" in text for text in shown)  # the demo SMS, shown
    detail = page.detail
    assert detail is not None and detail.primary is not None
    assert detail.primary.person_id == newcomer.id
    assert page.view.custodians_list.item(0).text().startswith("Nazlı Güneş")
    with database.engine.connect() as conn:
        hashed = conn.execute(
            sa.text("SELECT password_hash FROM mailboxes WHERE address = 'maarif07@meb.gov.tr'")
        ).scalar()
    assert (hashed or "").startswith("{ARGON2ID}")


def test_a_unit_without_a_primary_is_flagged_and_cannot_be_sent(
    qtbot, make_context, turkish, seeded_url, answers
) -> None:
    page, _db = _window(qtbot, make_context, seeded_url, "yardim")
    page.flagged_check.setChecked(True)
    qtbot.waitUntil(
        lambda: any(r.address == "maarif44@meb.gov.tr" for r in page.model.rows()), timeout=10000
    )
    row = [r.address for r in page.model.rows()].index("maarif44@meb.gov.tr")
    page.open_row(row)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10000)
    assert page.view.flag_label.isVisible() and not page.view.send_button.isEnabled()
    cell = page.model.index(row, page.model.COL_PRIMARY).data()
    assert "⚠" in cell


def test_a_personal_mailbox_is_made_passive_from_the_person_view(
    qtbot, make_context, turkish, seeded_url, answers
) -> None:
    db = open_database(seeded_url)
    person = on_file(db, "Gökçe", "Ünlüsoy", gsm="5321234599")
    db.dispose()
    context = make_context(db_url=seeded_url)
    context.database = open_database(seeded_url)
    context.identity = auth.authenticate(context.database, "ilce0601", DEMO_PASSWORD)
    main = MainWindow(context.signed())
    qtbot.addWidget(main)
    main.show()
    main.show_page("people")
    panel = main.people_page.panel
    panel.open_person(person.id)
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=10000)
    button = panel.mailbox_box.active_button
    assert button.isVisible() and button.text() == "&Pasif yap"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            panel.detail is not None
            and panel.detail.mailbox is not None
            and not panel.detail.mailbox.active
        ),
        timeout=10000,
    )
    assert button.text() == "&Aktif yap"
    with context.database.engine.connect() as conn:
        outcome = conn.execute(
            sa.text("SELECT outcome FROM audit_events WHERE action = 'mailbox.status'")
        ).scalar()
    assert outcome == "success"


def test_create_a_district_unit_with_its_custodian(
    qtbot, make_context, turkish, seeded_url, answers
) -> None:
    """The rule's address is proposed for the office; a Turkish letter typed is refused with
    its reason; the unit is created with its custodian and shows in the list."""
    from mebposta_admin.ui.dialogs.unit_create_dialog import UnitCreateDialog

    db = open_database(seeded_url)
    keeper = on_file(db, "Nazlı", "Güneş", province="07", district="Muratpaşa", gsm="5367778899")
    free_address(db, "muratpasa07@meb.gov.tr")  # the demo's own: created here as a user would
    db.dispose()
    page, database = _window(qtbot, make_context, seeded_url, "il07")
    dialog = UnitCreateDialog(page.context, page)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.office_combo.count() > 5, timeout=10000)
    index = next(i for i, o in enumerate(dialog.offices) if o.name.startswith("Muratpaşa"))
    dialog.office_combo.setCurrentIndex(index)
    assert dialog.address_edit.text() == "muratpasa07"
    type_text(dialog.person_edit, "Nazlı Güneş")
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.people.count() >= 1, timeout=10000)
    dialog.address_edit.setText("muratpaşa07")
    dialog.create_unit()
    qtbot.waitUntil(lambda: "muratpasa07" in dialog.status_label.text(), timeout=10000)
    dialog.address_edit.setText("muratpasa07")
    with qtbot.waitSignal(dialog.created, timeout=10000):
        dialog.create_unit()
    with database.engine.connect() as conn:
        custodian = conn.execute(
            sa.text(
                "SELECT c.person_id FROM unit_custodians c JOIN mailboxes m ON m.id = c.mailbox_id"
                " WHERE m.address = 'muratpasa07@meb.gov.tr' AND c.role = 'primary'"
            )
        ).scalar()
    assert custodian == keeper.id


def test_the_people_box_lists_unit_accounts_and_opens_them(
    qtbot, make_context, turkish, seeded_url, answers
) -> None:
    """Typing a unit's address in Kişiler lists it, marked as a unit account, within scope;
    Enter on it opens the unit view in Birim Hesapları."""
    context = make_context(db_url=seeded_url)
    context.database = open_database(seeded_url)
    context.identity = auth.authenticate(context.database, "il07", DEMO_PASSWORD)
    main = MainWindow(context.signed())
    qtbot.addWidget(main)
    main.show()
    main.find_person()
    page = main.people_page
    type_text(page.search_edit, "maarif0")
    qtbot.waitUntil(lambda: page.units_list.count() == 1, timeout=10000)  # only Antalya's
    item = page.units_list.item(0)
    assert item.text().startswith("Birim hesabı: maarif07@meb.gov.tr")
    page.units_list.setCurrentRow(0)
    page.units_list.itemActivated.emit(item)
    units = main.page_widgets["units"]
    assert isinstance(units, units_page.UnitsPage)
    qtbot.waitUntil(lambda: units.detail is not None, timeout=10000)
    assert units.isVisible() and units.view.address_label.text() == "maarif07@meb.gov.tr"
    type_text(page.search_edit, "x")  # a new query clears the list until its answer
    desk = auth.authenticate(context.database, "ilce0601", DEMO_PASSWORD)
    from mebposta_admin.services import units as units_service

    assert units_service.matching(context.database, desk, "maarif06") == ()  # district: none
