"""Settings dialog, exception dialog, task runner and table model."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication

from mebposta_admin.errors import AppError
from mebposta_admin.services.secret_store import SecretStore
from mebposta_admin.ui.dialogs.exception_dialog import ExceptionDialog
from mebposta_admin.ui.dialogs.settings_dialog import SettingsDialog
from mebposta_admin.ui.itemmodels.audit_model import AuditTableModel
from mebposta_admin.ui.tasks import TaskRunner
from tests.support.keyrings import MemoryKeyring


def test_settings_dialog_keeps_passwords_in_the_keyring(
    qtbot, make_context, turkish, tmp_path: Path
) -> None:
    backend = MemoryKeyring()
    context = make_context(secrets=SecretStore(backend))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Merkez")
    dialog.url_edit.setText("postgresql://yonetici:Cok.Gizli-9@db.meb.local:5432/posta")
    dialog.add_button.click()
    assert dialog.profile_list.count() == 1
    assert "Cok.Gizli-9" not in dialog.profile_list.item(0).text()
    dialog.language_combo.setCurrentIndex(1)
    dialog.sms_password_edit.setText("Gw-Secret-1")
    dialog.save()
    context.tasks.wait_for_done(5000)
    qtbot.waitUntil(lambda: backend.get_password("mebposta-admin", "sms:password") is not None)
    assert backend.get_password("mebposta-admin", "sms:password") == "Gw-Secret-1"
    assert context.settings.language == "en"
    [profile] = context.settings.profiles()
    assert profile.url == "postgresql://yonetici@db.meb.local:5432/posta"
    assert backend.get_password("mebposta-admin", "profile:Merkez") == "Cok.Gizli-9"
    assert "Cok.Gizli-9" not in (tmp_path / "settings.ini").read_text()
    assert "Gw-Secret-1" not in (tmp_path / "settings.ini").read_text()


def _signed_in(make_context, seeded_url: str, username: str):
    from mebposta_admin.demo.seed import DEMO_PASSWORD
    from mebposta_admin.services import auth
    from mebposta_admin.services.database import open_database

    context = make_context(db_url=seeded_url)
    context.database = open_database(seeded_url)
    context.identity = auth.authenticate(context.database, username, DEMO_PASSWORD)
    return context


def _audit(seeded_url: str, action: str) -> list[tuple[str, str, str]]:
    import sqlalchemy as sa

    engine = sa.create_engine(seeded_url)
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT admin_username, outcome, details FROM audit_events WHERE action = :a"
                " ORDER BY id"
            ),
            {"a": action},
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def test_system_settings_are_read_only_for_a_province_admin(
    qtbot, make_context, turkish, seeded_url
) -> None:
    context = _signed_in(make_context, seeded_url, "il06")
    dialog = SettingsDialog(context.signed())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
    assert dialog.sms_header_edit.text() == "MEB"
    assert dialog.sms_url_edit.isReadOnly() and not dialog.per_mailbox_spin.isEnabled()
    assert "yalnızca bir sistem yöneticisi" in dialog.system_note_label.text()
    dialog.sms_url_edit.setText("https://evil.example")  # even if a field were typed into
    assert dialog.system_changes() == {}
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save()
    assert _audit(seeded_url, "settings.change") == []


def test_a_superadmin_changes_system_settings_audited_before_and_after(
    qtbot, make_context, turkish, seeded_url
) -> None:
    from mebposta_admin.services import system_settings
    from mebposta_admin.services.database import open_database

    context = _signed_in(make_context, seeded_url, "sistem")
    dialog = SettingsDialog(context.signed())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
    assert not dialog.sms_url_edit.isReadOnly() and dialog.per_mailbox_spin.isEnabled()
    dialog.sms_url_edit.setText("http://sms.example")  # not https: refused, nothing saved
    dialog.save()
    qtbot.waitUntil(lambda: "https://" in dialog.system_error_label.text(), timeout=10000)
    assert dialog.isVisible() is False or dialog.result() == 0
    dialog.sms_url_edit.setText("https://sms.example.test")
    dialog.per_mailbox_spin.setValue(2)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    db = open_database(seeded_url)
    values = system_settings.load(db)
    db.dispose()
    assert values.sms_base_url == "https://sms.example.test"
    assert values.reissue_per_mailbox_per_day == 2
    [(who, outcome, details)] = _audit(seeded_url, "settings.change")
    assert (who, outcome) == ("sistem", "success")
    assert '"before": {"reissue_per_mailbox_per_day": 3, "sms_base_url": ""}' in details


def test_legacy_workstation_values_move_into_the_database_once(
    qtbot, make_context, turkish, seeded_url
) -> None:
    from mebposta_admin.services import system_settings
    from mebposta_admin.services.database import open_database
    from mebposta_admin.ui.main_window import MainWindow

    ini = make_context().settings
    raw = ini._s
    raw.setValue("sms/base_url", "https://eski.sms.example")
    raw.setValue("reissue/per_admin_per_hour", "12")
    raw.setValue("reissue/numeric", "true")
    province = _signed_in(make_context, seeded_url, "il06")
    window = MainWindow(province.signed())
    qtbot.addWidget(window)
    province.tasks.wait_for_done(5000)
    assert raw.value("sms/base_url") == "https://eski.sms.example"  # not trusted from il06
    context = _signed_in(make_context, seeded_url, "sistem")
    window = MainWindow(context.signed())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: raw.value("sms/base_url") is None, timeout=10000)
    db = open_database(seeded_url)
    values = system_settings.load(db)
    db.dispose()
    assert values.sms_base_url == "https://eski.sms.example"
    assert values.reissue_per_admin_per_hour == 12 and values.password_style.value == "numeric"
    [(who, _, _)] = _audit(seeded_url, "settings.migrate")
    assert who == "sistem"


def test_settings_dialog_rejects_a_bad_url(qtbot, make_context, turkish) -> None:
    context = make_context()
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("X")
    dialog.url_edit.setText("mysql://u@h/db")
    dialog.add_button.click()
    assert dialog.profile_list.count() == 0
    assert "desteklenmiyor" in dialog.profile_error_label.text()


def test_no_keyring_is_said_plainly(qtbot, make_context, turkish) -> None:
    from keyring.backends import fail

    context = make_context(secrets=SecretStore(fail.Keyring()))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    texts = [w.text() for w in dialog.findChildren(QLabel)]
    assert any("Sistem anahtarlığı kullanılamıyor" in t for t in texts)


def test_exception_dialog_copies_redacted_details(qtbot) -> None:
    dialog = ExceptionDialog("Traceback: boom for 10000000146 password=abc123", "/tmp/log.txt")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "boom" in copied and "100******46" in copied
    assert "10000000146" not in copied and "abc123" not in copied


def test_task_runner_delivers_result_error_progress_and_cancel(qtbot, qapp) -> None:
    runner = TaskRunner()
    gui_thread = threading.current_thread()
    seen: dict[str, object] = {}

    def work(x: int, progress, cancel) -> int:
        progress(1, 2, "half")
        seen["worker_thread"] = threading.current_thread()
        return x * 2

    def on_result(value: int) -> None:
        seen["result"] = value
        seen["result_thread"] = threading.current_thread()

    runner.submit(
        "double",
        work,
        x=21,
        wants_progress=True,
        on_result=on_result,
        on_progress=lambda d, t, s: seen.update(progress=(d, t, s)),
    )
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["progress"] == (1, 2, "half")
    assert seen["worker_thread"] is not gui_thread and seen["result_thread"] is gui_thread

    def fail() -> None:
        raise AppError("db.locked", url="x")

    runner.submit("fail", fail, on_error=lambda e: seen.update(error=e))
    qtbot.waitUntil(lambda: "error" in seen)
    assert isinstance(seen["error"], AppError) and seen["error"].code == "db.locked"

    def slow(progress, cancel) -> str:
        for _ in range(200):
            if cancel.is_set():
                return "stopped"
            time.sleep(0.01)
        return "finished"

    handle = runner.submit(
        "slow", slow, wants_progress=True, on_result=lambda v: seen.update(slow=v)
    )
    handle.cancel()
    qtbot.waitUntil(lambda: "slow" in seen)
    assert seen["slow"] == "stopped" and handle.finished


def test_a_slow_older_read_never_paints_over_a_newer_one(qtbot, qapp) -> None:
    """Two reads of one view side by side: the first (slow) ends after the second; only the
    second is shown. Without ``latest`` both are delivered and the stale one wins."""
    owner = QObject()
    for latest, expected in ((True, ["new"]), (False, ["new", "old"])):
        runner = TaskRunner()
        shown: list[str] = []
        release = threading.Event()

        def old(release: threading.Event = release) -> str:
            release.wait(5)
            return "old"

        def new() -> str:
            return "new"

        runner.submit("view", old, owner=owner, latest=latest, on_result=shown.append)
        runner.submit("view", new, owner=owner, latest=latest, on_result=shown.append)
        qtbot.waitUntil(lambda shown=shown: shown == ["new"])
        release.set()
        assert runner.wait_for_done(5000)
        qtbot.wait(50)  # the old read's result, had it been kept, arrives now
        assert shown == expected
    # another view's read of the same name is its own
    runner, shown = TaskRunner(), []
    runner.submit("view", lambda: "a", owner=owner, latest=True, on_result=shown.append)
    runner.submit("view", lambda: "b", owner=QObject(), latest=True, on_result=shown.append)
    qtbot.waitUntil(lambda: sorted(shown) == ["a", "b"])


def test_audit_model_passes_qt_model_tester(qtmodeltester) -> None:
    from datetime import UTC, datetime

    from mebposta_admin.services.audit import AuditRecord

    model = AuditTableModel()
    model.set_rows(
        [
            AuditRecord(
                1,
                datetime(2026, 11, 26, 9, 0, tzinfo=UTC),
                "il06",
                "ws1",
                "login",
                "success",
                None,
                None,
                "06",
                {},
            ),
            AuditRecord(
                2,
                datetime(2026, 11, 26, 9, 5, tzinfo=UTC),
                "il06",
                "ws1",
                "admin.create",
                "refused",
                "admin",
                "x",
                "06",
                {},
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2


@pytest.mark.parametrize("language", ["tr", "en"])
def test_roles_have_names_in_both_languages(qapp, language: str) -> None:
    from PySide6.QtCore import QCoreApplication

    from mebposta_admin.domain.roles import Role
    from mebposta_admin.i18n import install_translators
    from mebposta_admin.texts.labels import role_text

    translators = install_translators(qapp, language)
    try:
        expected = "İl MEBBİS yöneticisi" if language == "tr" else "Provincial MEBBİS administrator"
        assert role_text(Role.PROVINCE_ADMIN) == expected
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)


def test_appearance_is_chosen_in_settings_applied_at_once_and_kept(
    qtbot, qapp, make_context, turkish
) -> None:
    from PySide6.QtGui import QPalette

    from mebposta_admin.ui.theme import Theme

    context = make_context()
    original = qapp.palette()
    context.theme = Theme(qapp, context.settings.appearance)
    try:
        dialog = SettingsDialog(context)
        qtbot.addWidget(dialog)
        assert dialog.appearance_combo.currentData() == "system"
        dialog.appearance_combo.setCurrentIndex(dialog.appearance_combo.findData("dark"))
        dialog.save()
        assert context.settings.appearance == "dark"
        assert context.theme.scheme == "dark"
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
        again = SettingsDialog(context)
        qtbot.addWidget(again)
        assert again.appearance_combo.currentData() == "dark"
    finally:
        context.theme.deleteLater()
        qapp.setStyleSheet("")
        qapp.setPalette(original)


def test_the_request_calendar_and_systems_are_system_settings(
    qtbot, make_context, turkish, seeded_url
) -> None:
    """The cut-off, local holidays and the MEBBİS / portal addresses: on the Requests tab,
    validated (a bad time is named on that tab, nothing saved), audited; the tokens go to
    the keyring, never to the settings file."""
    from mebposta_admin.services import system_settings
    from mebposta_admin.services.database import open_database

    context = _signed_in(make_context, seeded_url, "sistem")
    dialog = SettingsDialog(context.signed())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded is not None, timeout=10000)
    assert dialog.requests_tab.cutoff_edit.text() == "16:00"
    dialog.requests_tab.cutoff_edit.setText("25:00")
    dialog.save()
    qtbot.waitUntil(lambda: "25:00" in dialog.requests_tab.error_label.text(), timeout=10000)
    assert dialog.tabs.currentIndex() == 3
    dialog.requests_tab.cutoff_edit.setText("15:30")
    dialog.requests_tab.closures_edit.setText("2026-12-31 2026-12-30")
    dialog.requests_tab.mebbis_url_edit.setText("https://mebbis.example.test")
    assert dialog.requests_tab.district_rule_edit.text() == "{district}{plate}"
    dialog.requests_tab.district_rule_edit.setText("{district}")  # the plate is missing
    dialog.save()
    qtbot.waitUntil(lambda: "{plate}" in dialog.requests_tab.error_label.text(), timeout=10000)
    assert dialog.tabs.currentIndex() == 3
    dialog.requests_tab.district_rule_edit.setText("ilce_{district}{plate}")
    dialog.portal_token_edit.setText("gizli-portal-anahtari")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    context.tasks.wait_for_done(5000)
    db = open_database(seeded_url)
    values = system_settings.load(db)
    db.dispose()
    assert values.request_cutoff == "15:30"
    assert values.business_closures == "2026-12-30, 2026-12-31"
    assert values.mebbis_base_url == "https://mebbis.example.test"
    assert values.unit_name_district == "ilce_{district}{plate}"
    assert context.secrets.get("portal:token") == "gizli-portal-anahtari"
    assert "gizli" not in Path(context.settings._s.fileName()).read_text(encoding="utf-8")
    [(_who, outcome, details)] = _audit(seeded_url, "settings.change")
    assert outcome == "success" and '"request_cutoff": "15:30"' in details
