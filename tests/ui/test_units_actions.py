"""The unit view's other actions end to end with pytest-qt, in the real dialogs: a handover
without the proposed new password (a reason required and recorded), a deputy added and its
custody ended, quota and old addresses (for a unit and from a person's view), the handover's
search limited to the unit's province, and the list's Excel export and import from the page."""

from __future__ import annotations

import openpyxl
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services import auth
from mebposta_admin.services.database import open_database
from mebposta_admin.ui import notify
from mebposta_admin.ui.dialogs.handover_dialog import HandoverDialog
from mebposta_admin.ui.dialogs.mailbox_dialog import MailboxDialog
from mebposta_admin.ui.main_window import MainWindow
from tests.support.people import add_person
from tests.support.requests import on_file
from tests.support.typing import type_text


@pytest.fixture
def said(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(notify, "inform", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(notify, "error", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(notify, "confirm", lambda parent, title, text: True)
    return shown


def _main(qtbot, make_context, url, who):
    context = make_context(db_url=url)
    context.database = open_database(url)
    context.identity = auth.authenticate(context.database, who, DEMO_PASSWORD)
    main = MainWindow(context.signed())
    qtbot.addWidget(main)
    main.show()
    return main, context.database


def _open_unit(qtbot, main, address: str):
    main.show_page("units")
    page = main.page_widgets["units"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    type_text(page.search_edit, address.split("@")[0])
    qtbot.waitUntil(lambda: [r.address for r in page.model.rows()] == [address], timeout=10000)
    page.open_row(0)
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.address == address, timeout=10000
    )
    return page


def _scalar(db, sql: str, **params):
    with db.engine.connect() as conn:
        return conn.execute(sa.text(sql), params).scalar()


def _find(qtbot, dialog, name: str) -> None:
    dialog.show()
    type_text(dialog.search_edit, name)
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "bulundu" in dialog.status_label.text(), timeout=10000)


def test_a_handover_without_a_new_password_needs_a_recorded_reason(
    qtbot, make_context, turkish, seeded_url, said, monkeypatch
) -> None:
    db = open_database(seeded_url)
    newcomer = on_file(db, "Nazlı", "Güneş", province="07", district="Muratpaşa", gsm="5367778899")
    hash_before = _scalar(
        db, "SELECT password_hash FROM mailboxes WHERE address='maarif07@meb.gov.tr'"
    )
    db.dispose()

    def fill(dialog) -> bool:
        _find(qtbot, dialog, "Nazlı Güneş")
        assert dialog.results.count() == 1
        dialog.send_check.setChecked(False)
        assert dialog.decline_edit.isEnabled()
        type_text(dialog.decline_edit, "yarın")  # too short: refused in the dialog
        qtbot.mouseClick(dialog.hand_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "10" in dialog.status_label.text()
        type_text(dialog.decline_edit, "Birim bugün kapalı, yarın sabah gönderilecek")
        qtbot.mouseClick(dialog.hand_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandoverDialog, "exec", fill)
    main, database = _main(qtbot, make_context, seeded_url, "il07")
    page = _open_unit(qtbot, main, "maarif07@meb.gov.tr")
    qtbot.mouseClick(page.view.handover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "neden kaydedildi" in page.view.result_label.text(), timeout=15000)
    details = _scalar(
        database, "SELECT details FROM audit_events WHERE action='unit.reissue_declined'"
    )
    assert "yarın sabah" in details
    primary = _scalar(
        database,
        "SELECT c.person_id FROM unit_custodians c JOIN mailboxes m ON m.id=c.mailbox_id"
        " WHERE m.address='maarif07@meb.gov.tr' AND c.role='primary' AND c.ended_at IS NULL",
    )
    assert primary == newcomer.id
    after = _scalar(
        database, "SELECT password_hash FROM mailboxes WHERE address='maarif07@meb.gov.tr'"
    )
    assert after == hash_before and not said  # no SMS was sent


def test_a_deputy_is_added_then_its_custody_ended(
    qtbot, make_context, turkish, seeded_url, said, monkeypatch
) -> None:
    db = open_database(seeded_url)
    deputy = on_file(db, "Deniz", "Akgül", province="07", district="Muratpaşa", gsm="5361112233")
    ankaran = add_person(  # a namesake in Ankara, in a national administrator's scope
        db,
        "Deniz",
        "Akgül",
        province="06",
        district="Çankaya",
        gsm="5361112244",
        address="deniz.akgul.ankara@meb.gov.tr",
    )
    db.dispose()

    def fill(dialog) -> bool:
        assert not dialog.after_box.isVisible() or not dialog.isVisible()
        _find(qtbot, dialog, "Deniz Akgül")
        ids = [
            dialog.results.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.results.count())
        ]
        assert ids == [deputy.id]  # the Ankara namesake is not offered for an Antalya unit
        assert ankaran not in ids and not dialog.after_box.isVisible()
        qtbot.mouseClick(dialog.hand_button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandoverDialog, "exec", fill)
    main, database = _main(qtbot, make_context, seeded_url, "sistem")
    page = _open_unit(qtbot, main, "maarif07@meb.gov.tr")
    qtbot.mouseClick(page.view.deputy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            page.detail is not None
            and any(c.person_id == deputy.id and c.current for c in page.detail.custodians)
        ),
        timeout=10000,
    )
    row = next(i for i, c in enumerate(page.detail.custodians) if c.person_id == deputy.id)
    page.view.custodians_list.setCurrentRow(row)
    assert page.view.end_button.isEnabled()
    page.view.custodians_list.setCurrentRow(0)  # the primary: ended only by a handover
    assert not page.view.end_button.isEnabled()
    page.view.custodians_list.setCurrentRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Tayini çıktı", True))
    qtbot.mouseClick(page.view.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            page.detail is not None
            and any(c.person_id == deputy.id and not c.current for c in page.detail.custodians)
        ),
        timeout=10000,
    )
    reason = _scalar(
        database, "SELECT end_reason FROM unit_custodians WHERE person_id=:p", p=deputy.id
    )
    assert reason == "Tayini çıktı"


def test_quota_and_old_addresses_of_a_unit(
    qtbot, make_context, turkish, seeded_url, said, monkeypatch
) -> None:
    def fill(dialog) -> bool:
        dialog.show()
        dialog.quota_spin.setValue(2500)
        qtbot.mouseClick(dialog.quota_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "2.500 MB" in dialog.status_label.text(), timeout=10000)
        type_text(dialog.alias_edit, "antalya_mem")
        qtbot.keyClick(dialog.alias_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.aliases_list.count() == 1, timeout=10000)
        type_text(dialog.alias_edit, "müdürlük07")  # Turkish letters: named, not added
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "müdürlük07" in dialog.status_label.text(), timeout=10000)
        assert dialog.aliases_list.count() == 1
        return True

    monkeypatch.setattr(MailboxDialog, "exec", fill)
    main, database = _main(qtbot, make_context, seeded_url, "il07")
    page = _open_unit(qtbot, main, "maarif07@meb.gov.tr")
    qtbot.mouseClick(page.view.mailbox_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "antalya_mem@meb.gov.tr" in page.view.aliases_label.text(), timeout=10000
    )
    assert "2.500 MB" in page.view.quota_label.text()
    quota = _scalar(
        database, "SELECT quota_bytes FROM mailboxes WHERE address='maarif07@meb.gov.tr'"
    )
    assert quota == 2500 * 1024 * 1024
    actions = _scalar(
        database,
        "SELECT COUNT(*) FROM audit_events WHERE action IN ('mailbox.quota','mailbox.alias')"
        " AND outcome='success'",
    )
    assert actions == 2


def test_an_old_address_added_and_removed_from_the_person_view(
    qtbot, make_context, turkish, seeded_url, said, monkeypatch
) -> None:
    db = open_database(seeded_url)
    person = on_file(db, "Gökçe", "Ünlüsoy", gsm="5321234599")
    db.dispose()

    def fill(dialog) -> bool:
        dialog.show()
        type_text(dialog.alias_edit, "gokce.unlusoy.eski")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.aliases_list.count() == 1, timeout=10000)
        dialog.aliases_list.setCurrentRow(0)
        qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.aliases_list.count() == 0, timeout=10000)
        return True

    monkeypatch.setattr(MailboxDialog, "exec", fill)
    main, database = _main(qtbot, make_context, seeded_url, "ilce0601")
    main.show_page("people")
    panel = main.people_page.panel
    panel.open_person(person.id)
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=10000)
    button = panel.mailbox_box.mailbox_button
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    details = [
        r
        for (r,) in database.engine.connect().execute(
            sa.text("SELECT details FROM audit_events WHERE action='mailbox.alias' ORDER BY id")
        )
    ]
    assert len(details) == 2 and "added" in details[0] and "removed" in details[1]


def test_export_and_import_from_the_page(
    qtbot, make_context, turkish, seeded_url, said, tmp_path
) -> None:
    main, database = _main(qtbot, make_context, seeded_url, "il07")
    main.show_page("units")
    page = main.page_widgets["units"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    out = tmp_path / "antalya.xlsx"
    page.export_file(out)
    qtbot.waitUntil(lambda: "yazıldı" in page.status_label.text(), timeout=60000)
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "Adres" and len(rows) > 20
    bad = tmp_path / "bozuk.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Adres", "Kurum Kodu", "Sorumlu"])
    book.active.append(["yeni07", "000", "12345678901"])
    book.save(bad)
    page.import_file(bad)
    qtbot.waitUntil(lambda: "hiçbir şey aktarılmadı" in page.status_label.text(), timeout=60000)
    assert said and (tmp_path / "bozuk-rapor.xlsx").exists()
    assert page.import_button.isEnabled() and not page.cancel_button.isVisible()
    page.import_file(out)
    qtbot.waitUntil(lambda: "değişmedi" in page.status_label.text(), timeout=60000)
