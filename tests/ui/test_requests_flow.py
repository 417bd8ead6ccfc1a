"""The request queue end to end with pytest-qt: open the queue, open a request, see the
mismatches marked, approve, see the person updated and the notice SMS recorded; the four-eyes
path with two administrators; keyboard only; several rejected at once."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services import auth
from mebposta_admin.services import requests as r
from mebposta_admin.services.database import open_database
from mebposta_admin.services.requests import intake
from mebposta_admin.ui import notify, theme
from mebposta_admin.ui.dialogs import reject_dialog
from mebposta_admin.ui.main_window import MainWindow
from tests.support.requests import form_for, mebbis_holds, on_file, person_gsm
from tests.support.typing import type_text

NEW = "5329998877"


@pytest.fixture
def shown(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(notify, "inform", lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(notify, "confirm", lambda parent, title, text: True)
    return messages


def _window(qtbot, make_context, url, who):
    context = make_context(db_url=url)
    context.database = open_database(url)
    context.identity = auth.authenticate(context.database, who, DEMO_PASSWORD)
    main = MainWindow(context.signed())
    qtbot.addWidget(main)
    main.show()
    main.show_page("requests")
    page = main.requests_page
    return main, page, context.database


def _open_first(qtbot, page):
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=10000)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.review_dialog()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=10000)
    return dialog


def _cell(dialog, field: str, column: int):
    fields = [f.field for f in dialog.current.fields]
    return dialog.table.item(fields.index(field), column)


def test_open_see_mismatches_approve_and_the_record_changes(
    qtbot, make_context, turkish, seeded_url, shown
) -> None:
    db = open_database(seeded_url)
    ayse = on_file(db)
    mebbis_holds(db, ayse, NEW)
    il06 = auth.authenticate(db, "il06", DEMO_PASSWORD)
    stored = intake.receive(db, il06, form_for(ayse, "0532 999 88 77"))
    db.dispose()
    _main, page, database = _window(qtbot, make_context, seeded_url, "il06")
    dialog = _open_first(qtbot, page)
    assert f"#{stored.id}" in dialog.title_label.text()
    ours = _cell(dialog, "gsm", 2)
    assert ours.text().startswith("≠") and ours.background().color() == theme.colour("bad_back")
    assert _cell(dialog, "gsm", 3).text().startswith("=")  # MEBBİS holds the new number
    assert _cell(dialog, "first_name", 2).text().startswith("=")
    assert dialog.approve_button.isEnabled() and not dialog.justification_edit.isVisible()
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_label.property("success") is True, timeout=15000)
    assert person_gsm(database, ayse.id) == NEW
    with database.engine.connect() as conn:
        notice = conn.execute(sa.text("SELECT state, gsm FROM notice_sms")).one()
    assert tuple(notice) == ("sent", ayse.gsm)
    qtbot.waitUntil(lambda: any("DEĞİŞTİRİLDİ" in m for m in shown), timeout=5000)
    assert dialog.password_button.isVisible()  # the reissue to the new number, offered
    assert "5** *** ** 33" in dialog.result_label.text()  # the old number, masked
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)  # gone from the queue


def test_four_eyes_needs_a_justification_and_a_second_administrator(
    qtbot, make_context, turkish, seeded_url, shown
) -> None:
    db = open_database(seeded_url)
    ayse = on_file(db)
    mebbis_holds(db, ayse, ayse.gsm)  # MEBBİS still has the old number
    intake.receive(db, auth.authenticate(db, "il06", DEMO_PASSWORD), form_for(ayse, NEW))
    db.dispose()
    _main, page, database = _window(qtbot, make_context, seeded_url, "il06")
    dialog = _open_first(qtbot, page)
    assert dialog.justification_edit.isVisible() and dialog.first_label.isVisible()
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_label.property("error") is True, timeout=10000)
    assert person_gsm(database, ayse.id) == ayse.gsm
    type_text(dialog.justification_edit, "Kimliğini görüntülü aramada doğruladım.")
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.current.request.status == r.SECOND_APPROVAL, timeout=10000)
    assert not dialog.approve_button.isEnabled()  # the same administrator cannot give the second
    assert person_gsm(database, ayse.id) == ayse.gsm
    dialog.close()

    _main2, page2, _db2 = _window(qtbot, make_context, seeded_url, "yardim")
    second = _open_first(qtbot, page2)
    assert "il06" in second.first_label.text()
    assert second.approve_button.isEnabled()
    qtbot.mouseClick(second.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.current.request.status == r.APPLIED, timeout=15000)
    assert person_gsm(database, ayse.id) == NEW


def test_keyboard_only_decides_a_simple_request_in_three_keys(
    qtbot, make_context, turkish, seeded_url, shown
) -> None:
    db = open_database(seeded_url)
    ayse = on_file(db)
    mebbis_holds(db, ayse, NEW)
    intake.receive(db, auth.authenticate(db, "il06", DEMO_PASSWORD), form_for(ayse, NEW))
    db.dispose()
    main, page, database = _window(qtbot, make_context, seeded_url, "il06")
    main.activateWindow()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    main.show_page("requests")  # 1: Ctrl+<n> or the sidebar
    page.focus_first()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # 2: open
    dialog = page.review_dialog()
    qtbot.waitUntil(lambda: dialog.current is not None, timeout=10000)
    assert QApplication.focusWidget() is dialog.approve_button
    qtbot.keyClick(dialog.approve_button, Qt.Key.Key_Space)  # 3: approve
    qtbot.waitUntil(lambda: person_gsm(database, ayse.id) == NEW, timeout=15000)


def test_several_requests_rejected_at_once(
    qtbot, make_context, turkish, seeded_url, shown, monkeypatch
) -> None:
    db = open_database(seeded_url)
    il06 = auth.authenticate(db, "il06", DEMO_PASSWORD)
    for last in ("Aksu", "Bulut", "Ceylan"):
        intake.receive(db, il06, form_for(on_file(db, "Can", last), NEW))
    db.dispose()

    class Answer:
        def __init__(self, count, parent) -> None:
            self.count = count

        def exec(self) -> bool:
            return True

        def reason(self) -> str:
            return "junk"

        def text(self) -> str:
            return ""

    monkeypatch.setattr(reject_dialog, "RejectDialog", Answer)
    from mebposta_admin.ui.pages import requests as requests_page

    monkeypatch.setattr(requests_page, "RejectDialog", Answer)
    _main, page, database = _window(qtbot, make_context, seeded_url, "il06")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    page.table.selectAll()
    assert page.reject_button.isEnabled()
    qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)
    with database.engine.connect() as conn:
        statuses = conn.execute(sa.text("SELECT DISTINCT status FROM info_update_requests")).all()
    assert statuses == [("rejected",)]


def test_the_portal_is_polled_inside_the_app_on_one_workstation(
    qtbot, make_context, turkish, seeded_url, shown
) -> None:
    """SQLite: the application polls the portal feed itself (a real local server), and the
    new requests appear in the queue; the token comes from the keyring."""
    from mebposta_admin.domain import tckn as tckn_rules
    from mebposta_admin.services import system_settings
    from tests.support.portal import TOKEN, PortalServer, item

    portal = PortalServer().start()
    try:
        import random

        rng = random.Random(3)
        portal.items = [item(i, tckn_rules.generate(rng)) for i in range(4)]
        db = open_database(seeded_url)
        system_settings.update(
            db, auth.authenticate(db, "sistem", DEMO_PASSWORD), {"portal_base_url": portal.url}
        )
        db.dispose()
        context = make_context(db_url=seeded_url)
        context.secrets.set("portal:token", TOKEN)
        context.database = open_database(seeded_url)
        context.identity = auth.authenticate(context.database, "il06", DEMO_PASSWORD)
        main = MainWindow(context.signed())
        qtbot.addWidget(main)
        main.show()
        main.show_page("requests")
        page = main.requests_page
        main.intake.poll()
        qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=15000)
        assert "4" in main.statusBar().currentMessage()
        assert portal.requests[0] == "/api/v1/info-update-requests"
    finally:
        portal.stop()


def test_the_in_app_poll_runs_only_where_it_should(make_context, seeded_url, backend) -> None:
    """One SQLite workstation and a role that receives requests; never an auditor's session,
    never a shared database (its server runs `intake run`)."""
    from mebposta_admin.ui.intake_poller import IntakePoller

    context = make_context(db_url=seeded_url)
    context.database = open_database(seeded_url)
    for who, expected in (("il06", backend == "sqlite"), ("denetci", False)):
        context.identity = auth.authenticate(context.database, who, DEMO_PASSWORD)
        assert IntakePoller.wanted(context.signed()) is expected, who
