"""Denetim end to end with pytest-qt: filter the trail, open an event in full, verify the
chain from the page (and see a change made behind the application's back named), and open a
person's whole trail from their view with one click."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services import audit, auth
from mebposta_admin.services.database import open_database
from mebposta_admin.ui.main_window import MainWindow
from mebposta_admin.ui.pages.audit import AuditPage
from tests.support.requests import on_file
from tests.support.typing import type_text


def _main(qtbot, make_context, url, who):
    context = make_context(db_url=url)
    context.database = open_database(url)
    context.identity = auth.authenticate(context.database, who, DEMO_PASSWORD)
    main = MainWindow(context.signed())
    qtbot.addWidget(main)
    main.show()
    return main, context.database


def _audit_page(qtbot, main) -> AuditPage:
    main.show_page("audit")
    page = main.page_widgets["audit"]
    assert isinstance(page, AuditPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    return page


def test_filter_open_an_event_and_verify(qtbot, make_context, turkish, seeded_url) -> None:
    db = open_database(seeded_url)
    with db.unit_of_work() as session:
        audit.record(
            session,
            action="password.reissue",
            outcome="refused",
            admin_id=1,
            admin_username="il07",
            province_code="07",
            target_type="mailbox",
            target_id="77",
            details={"reason": "mailbox_limit", "gsm": "5** *** ** 12"},
        )
    db.dispose()
    main, database = _main(qtbot, make_context, seeded_url, "denetci")
    page = _audit_page(qtbot, main)
    # The last verification is read by a task of its own ("Son doğrulama okunuyor…" until then).
    qtbot.waitUntil(lambda: "hiç doğrulanmadı" in page.verification_label.text(), timeout=10000)
    page.filters.outcome_combo.setCurrentIndex(page.filters.outcome_combo.findData("refused"))
    type_text(page.filters.text_edit, "mailbox_limit")
    qtbot.waitUntil(
        lambda: (
            page.model.rowCount() == 1 and getattr(page.model.row_at(0), "target_id", "") == "77"
        ),
        timeout=10000,
    )
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: "mailbox_limit" in page.detail_edit.toPlainText(), timeout=5000)
    assert "5** *** ** 12" in page.detail_edit.toPlainText()  # masked, as recorded
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sağlam" in page.verification_label.text(), timeout=15000)
    assert "denetci" in page.verification_label.text()
    with database.engine.begin() as conn:  # behind the application's back
        if database.dialect == "sqlite":
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_update")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change")
        conn.execute(
            sa.text(
                "UPDATE audit_events SET outcome = 'success' WHERE target_id = '77'"
                " AND action = 'password.reissue'"
            )
        )
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "KIRIK" in page.verification_label.text(), timeout=15000)
    assert page.verification_label.property("error")


def test_export_the_filtered_trail(qtbot, make_context, turkish, seeded_url, tmp_path) -> None:
    import openpyxl

    main, _db = _main(qtbot, make_context, seeded_url, "denetci")
    page = _audit_page(qtbot, main)
    out = tmp_path / "denetim.xlsx"
    page.export_file(out)
    assert page.stop_button.isVisible() and not page.export_button.isEnabled()
    qtbot.waitUntil(lambda: "yazıldı" in page.status_label.text(), timeout=15000)
    assert page.export_button.isEnabled() and not page.stop_button.isVisible()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "Denetim kayıtları — ayrıntı" and len(rows) > 8
    summary = tmp_path / "ozet.xlsx"
    page.status_label.clear()
    page.export_file(summary, "summary")
    qtbot.waitUntil(lambda: "yazıldı" in page.status_label.text(), timeout=15000)
    book = openpyxl.load_workbook(summary)
    assert [s.title for s in book.worksheets] == ["İller", "Yöneticiler"]


def test_a_stopped_export_leaves_no_file(qtbot, make_context, turkish, seeded_url, tmp_path):
    from datetime import UTC, datetime

    from mebposta_admin.services import audit_chain

    db = open_database(seeded_url)
    with db.unit_of_work() as session:  # a trail long enough to stop in the middle
        audit_chain.append_rows(
            session,
            [
                {
                    "occurred_at": datetime.now(UTC),
                    "admin_username": "il06",
                    "workstation": "ws",
                    "action": "search",
                    "outcome": "success",
                }
                for _ in range(40_000)
            ],
        )
    db.dispose()
    main, _db = _main(qtbot, make_context, seeded_url, "denetci")
    page = _audit_page(qtbot, main)
    out = tmp_path / "yarim.xlsx"
    page.export_file(out)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.export_task is None, timeout=30000)
    assert "İptal" in page.status_label.text()
    assert not out.exists() and not out.with_name(out.name + ".part").exists()


def test_a_persons_whole_trail_in_one_click(qtbot, make_context, turkish, seeded_url) -> None:
    db = open_database(seeded_url)
    person = on_file(db, "Gökçe", "Ünlüsoy", gsm="5321234599")
    with db.unit_of_work() as session:  # something happened to this person before
        audit.record(
            session,
            action="person.reveal",
            outcome="success",
            admin_id=1,
            admin_username="il06",
            province_code="06",
            target_type="person",
            target_id=str(person.id),
            details={"field": "tckn"},
        )
    db.dispose()
    main, _db = _main(qtbot, make_context, seeded_url, "il06")
    main.show_page("people")
    panel = main.people_page.panel
    panel.open_person(person.id)
    qtbot.waitUntil(lambda: panel.detail is not None, timeout=10000)
    qtbot.mouseClick(panel.history_box.trail_button, Qt.MouseButton.LeftButton)
    page = main.page_widgets["audit"]
    assert isinstance(page, AuditPage) and page.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1, timeout=10000)
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    wanted = set(page.trail)
    assert all(r is not None and (str(r.target_type), str(r.target_id)) in wanted for r in rows)
    assert "Gökçe Ünlüsoy" in page.trail_label.text()
    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    assert page.trail == () and not page.trail_label.isVisible()
