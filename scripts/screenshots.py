"""Screenshots of the real windows at 1280×800, for a person to look at. Writes PNG files.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py OUT_DIR

Builds a small demo database in a temporary folder (two callers with the same name added), signs
in as the Ankara administrator, types a search, selects a row, runs the caller check, and grabs
the main window; then the Settings dialog's System tab for il06 (read-only) and for sistem.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from mebposta_admin.app_context import AppContext, SignedInContext  # noqa: E402
from mebposta_admin.config import Settings  # noqa: E402
from mebposta_admin.demo import seed as demo_seed  # noqa: E402
from mebposta_admin.i18n import install_translators  # noqa: E402
from mebposta_admin.services import auth  # noqa: E402
from mebposta_admin.services.database import open_database  # noqa: E402
from mebposta_admin.services.secret_store import SecretStore  # noqa: E402
from mebposta_admin.ui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from mebposta_admin.ui.main_window import MainWindow  # noqa: E402
from mebposta_admin.ui.tasks import TaskRunner  # noqa: E402
from mebposta_admin.ui.theme import Theme  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.support.people import add_person  # noqa: E402


def wait(app: QApplication, condition, ms: int = 15000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not condition() and waited < ms:
        QTest.qWait(20)
        waited += 20
    if not condition():
        raise SystemExit("timed out waiting for the window")


def grab(widget: QWidget, path: Path) -> None:
    QTest.qWait(200)
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    parser = argparse.ArgumentParser(description="Screenshots of the real windows (PNG).")
    parser.add_argument("out", nargs="?", default="screenshots", help="folder to write into")
    parser.add_argument("--scheme", choices=("light", "dark"), default="light")
    parser.add_argument(
        "--text-scale", type=float, default=1.0, help="the desktop's text size, e.g. 1.5 = 150 %%"
    )
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    translators = install_translators(app, "tr")  # noqa: F841
    font = app.font()
    font.setPointSizeF(font.pointSizeF() * args.text_scale)
    app.setFont(font)  # what a larger desktop text size gives the application
    theme = Theme(app, args.scheme)  # noqa: F841
    folder = Path(tempfile.mkdtemp(prefix="mebposta-shots-"))
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    db = open_database(url)
    demo_seed.seed(db, 4000)
    for tckn, gsm, address, district in (
        ("10000000146", "5321110001", "zerrin.tuzcuoglu@meb.gov.tr", "Çankaya"),
        ("12345678950", "5321110002", "zerrin.tuzcuoglu2@meb.gov.tr", "Keçiören"),
    ):
        add_person(
            db,
            "Zerrin",
            "Tuzcuoğlu",
            province="06",
            district=district,
            gsm=gsm,
            tckn=tckn,
            address=address,
        )

    def context_for(username: str) -> SignedInContext:
        settings = Settings(QSettings(str(folder / f"{username}.ini"), QSettings.Format.IniFormat))
        context = AppContext(settings=settings, secrets=SecretStore(), tasks=TaskRunner(app))
        return context.signed_in(db, auth.authenticate(db, username, demo_seed.DEMO_PASSWORD))

    context = context_for("il06")
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    window.find_person()
    page = window.people_page
    page.search_edit.setText("zerrin tuzcuoğlu")
    page.run_search()
    wait(app, lambda: page.model.rowCount() == 2)
    page.table.selectRow(0)
    wait(app, lambda: page.panel.detail is not None)
    grab(window, out / "people-1280x800.png")
    page.panel.check_tckn_edit.setText("10000000146")
    page.panel.check_gsm_edit.setText("05321110001")
    page.panel.run_caller_check()
    wait(app, lambda: page.panel.check_result_frame.isVisible())
    grab(window, out / "caller-check-1280x800.png")
    page.panel.check_gsm_edit.setText("5321110001")
    page.panel.run_caller_check()
    wait(app, lambda: "kabul" in page.panel.check_message_label.text())
    grab(window, out / "caller-check-ok-1280x800.png")
    # A caller with past SMS passwords (the demo seed's history), opened by TCKN.
    with db.engine.connect() as conn:
        busiest = conn.exec_driver_sql(
            "SELECT p.tckn FROM reissue_attempts a JOIN mailboxes m ON m.id = a.mailbox_id "
            "JOIN people p ON p.id = m.person_id WHERE p.province_code = '06' "
            "GROUP BY p.tckn ORDER BY count(*) DESC, p.tckn LIMIT 1"
        ).scalar()
    page.search_edit.setText(str(busiest))
    page.run_search()
    wait(app, lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    wait(app, lambda: page.panel.detail is not None and page.panel.detail.reissues != ())
    grab(window, out / "history-1280x800.png")
    for username in ("il06", "sistem"):
        dialog = SettingsDialog(context_for(username), window)
        dialog.tabs.setCurrentIndex(2)
        dialog.show()
        wait(app, lambda d=dialog: d.loaded is not None)
        grab(dialog, out / f"settings-system-{username}.png")
        dialog.close()
    shoot_requests(app, window, context, context_for, db, out)
    shoot_units(app, context_for, db, out)
    shoot_audit(app, context_for, out)
    shoot_tickets(app, context_for, out)
    shoot_admins(app, context_for, out)
    QTimer.singleShot(0, app.quit)
    app.exec()
    context.tasks.wait_for_done(5000)
    db.dispose()
    shutil.rmtree(folder, ignore_errors=True)


def shoot_requests(app, window, context, context_for, db, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The queue with overdue rows; the review of a GSM change with a hijack warning (the new
    number is already someone else's); the second approval of a four-eyes change."""
    window.show_page("requests")
    page = window.requests_page
    wait(app, lambda: page.model.rowCount() > 5)
    page.table.setFocus()
    grab(window, out / "requests-queue-1280x800.png")
    with db.engine.connect() as conn:
        hijack = conn.exec_driver_sql(
            "SELECT q.id FROM info_update_requests q JOIN people p ON p.gsm = q.gsm "
            "AND p.tckn <> q.tckn WHERE q.status = 'pending' AND q.province_code = '06' "
            "ORDER BY q.id LIMIT 1"
        ).scalar()
        second = conn.exec_driver_sql(
            "SELECT id FROM info_update_requests WHERE status = 'second_approval' "
            "AND province_code = '06' ORDER BY id LIMIT 1"
        ).scalar()
    for row, request_id in enumerate(r.id for r in page.model.rows()):
        if request_id == hijack:
            page.table.selectRow(row)
    page.open_current()
    dialog = page.review_dialog()
    wait(app, lambda: dialog.current is not None and dialog.current.request.id == hijack)
    dialog.resize(1100, 760)
    grab(dialog, out / "request-review-hijack.png")
    dialog.close()
    desk = MainWindow(context_for("yardim"))
    desk.resize(1280, 800)
    desk.show()
    desk.show_page("requests")
    desk_page = desk.requests_page
    wait(app, lambda: desk_page.model.rowCount() > 5)
    for row, request_id in enumerate(r.id for r in desk_page.model.rows()):
        if request_id == second:
            desk_page.table.selectRow(row)
    desk_page.open_current()
    review = desk_page.review_dialog()
    wait(app, lambda: review.current is not None and review.current.request.id == second)
    review.resize(1100, 760)
    grab(review, out / "request-review-second-approval.png")
    review.close()
    desk.close()


def shoot_units(app, context_for, db, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The Birim Hesapları page with a unit open that has a past and a present custodian, and
    the handover dialog with people found."""
    from mebposta_admin.ui.dialogs.handover_dialog import HandoverDialog
    from mebposta_admin.ui.dialogs.mailbox_dialog import MailboxDialog
    from mebposta_admin.ui.pages.units import UnitsPage

    with db.engine.connect() as conn:
        address = conn.exec_driver_sql(
            "SELECT m.address FROM mailboxes m WHERE m.kind = 'unit' AND EXISTS (SELECT 1 FROM"
            " unit_custodians c WHERE c.mailbox_id = m.id AND c.ended_at IS NOT NULL) AND EXISTS"
            " (SELECT 1 FROM unit_custodians c WHERE c.mailbox_id = m.id AND c.ended_at IS NULL"
            " AND c.role = 'primary') ORDER BY m.province_code = '07' DESC, m.address LIMIT 1"
        ).scalar()
    desk = MainWindow(context_for("yardim"))
    desk.resize(1280, 800)
    desk.show()
    desk.show_page("units")
    page = desk.page_widgets["units"]
    assert isinstance(page, UnitsPage)
    wait(app, lambda: page.model.rowCount() > 20)
    page.search_edit.setText(str(address).split("@")[0])
    wait(app, lambda: page.model.rowCount() == 1)
    page.open_row(0)
    wait(app, lambda: page.detail is not None)
    grab(desk, out / "units-1280x800.png")
    assert page.detail is not None
    primary = page.detail.primary
    dialog = HandoverDialog(
        page.context,
        page.detail.address,
        primary.name if primary else None,
        desk,
        province_code=page.detail.province_code,
    )
    dialog.resize(720, 560)
    dialog.show()
    dialog.search_edit.setText("Yılmaz")
    dialog.find_people()
    wait(app, lambda: dialog.results.count() > 0)
    dialog.reason_edit.setText("Görev yeri değişti")
    grab(dialog, out / "unit-handover.png")
    dialog.close()
    detail = page.detail
    mailbox = MailboxDialog(
        page.context, detail.id, detail.address, detail.quota_bytes, detail.aliases, desk
    )
    mailbox.show()
    mailbox.alias_edit.setText("eski.birim")
    grab(mailbox, out / "unit-quota-aliases.png")
    mailbox.close()
    desk.close()


def shoot_audit(app, context_for, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Denetim as the auditor sees it: verified, filtered to the SMS passwords refused or of
    unknown outcome, one event open in full."""
    from mebposta_admin.ui.pages.audit import AuditPage

    window = MainWindow(context_for("denetci"))
    window.resize(1280, 800)
    window.show()
    window.show_page("audit")
    page = window.page_widgets["audit"]
    assert isinstance(page, AuditPage)
    wait(app, lambda: page.model.rowCount() > 0)
    page.verify_now()
    wait(app, lambda: page.verify_task is None, 60000)
    page.filters.action_combo.setCurrentIndex(
        page.filters.action_combo.findData("password.reissue")
    )
    page.filters.outcome_combo.setCurrentIndex(page.filters.outcome_combo.findData("failure"))
    wait(
        app,
        lambda: not page.timer.isActive() and not page.model.loading and page.model.rowCount() > 0,
    )
    page.table.selectRow(0)
    wait(app, lambda: page.detail_edit.toPlainText() != "")
    grab(window, out / "audit-1280x800.png")
    window.close()


def shoot_tickets(app, context_for, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The help desk's queue with its SLA timers, and a linked caller's ticket with the
    manual's answer filled in."""
    from mebposta_admin.ui.pages.tickets import TicketsPage

    window = MainWindow(context_for("yardim"))
    window.resize(1280, 800)
    window.show()
    window.show_page("tickets")
    page = window.page_widgets["tickets"]
    assert isinstance(page, TicketsPage)
    wait(app, lambda: page.model.rowCount() > 0 and page.view.detail is not None)
    grab(window, out / "tickets-queue-1280x800.png")
    page.search_edit.setText("outlook")
    wait(
        app,
        lambda: not page.timer.isActive() and not page.model.loading and page.model.rowCount() > 0,
    )
    linked = [i for i, r in enumerate(page.model.rows()) if r.province_code]
    page.table.selectRow(linked[0] if linked else 0)
    wait(
        app,
        lambda: (
            page.view.detail is not None
            and page.view.detail.row.number
            == page.model.rows()[page.table.currentIndex().row()].number
        ),
    )
    page.view.insert_answer()
    grab(window, out / "ticket-answer-1280x800.png")
    window.close()


def shoot_admins(app, context_for, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Yönetim with a locked account open, and the second factor's enrolment dialog."""
    from mebposta_admin.ui.dialogs.enrolment_dialog import EnrolmentDialog
    from mebposta_admin.ui.pages.admins import AdminsPage

    context = context_for("sistem")
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    window.show_page("admins")
    page = window.page_widgets["admins"]
    assert isinstance(page, AdminsPage)
    wait(app, lambda: page.model.rowCount() > 6)
    locked = next(i for i, r in enumerate(page.model.rows()) if r.locked())
    page.table.selectRow(locked)
    wait(app, lambda: page.current is not None and page.current.locked())
    grab(window, out / "admins-1280x800.png")
    dialog = EnrolmentDialog(context.tasks, context.database, "yardim.selin", "-", None, window)
    dialog.show()
    grab(dialog, out / "totp-enrolment.png")
    dialog.close()
    window.close()


if __name__ == "__main__":
    main()
