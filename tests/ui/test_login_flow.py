"""End to end through the widgets: prepare the database, sign in, see who and where."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mebposta_admin.demo import seed as demo_seed
from mebposta_admin.paths import demo_database_path
from mebposta_admin.ui.dialogs.login_dialog import LoginDialog
from mebposta_admin.ui.main_window import MainWindow
from tests.conftest import SEEDED_PEOPLE


def _ready(qtbot, dialog: LoginDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.sign_in_button.isEnabled() or dialog.retry_button.isVisible(), timeout=60000
    )


def _count(url: str, sql: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text(sql)).scalar() or 0)
    finally:
        engine.dispose()


def test_demo_first_run_builds_the_database_then_signs_in(
    qtbot, make_context, turkish, monkeypatch
) -> None:
    monkeypatch.setattr(demo_seed, "DEFAULT_DEMO_PEOPLE", 1500)
    monkeypatch.setattr("mebposta_admin.demo.seed.DEFAULT_DEMO_PEOPLE", 1500)
    context = make_context(demo=True)
    assert not demo_database_path().exists() or demo_database_path().stat().st_size == 0
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "MEB Posta Yönetim — Giriş"
    assert dialog.demo_box.isVisible()
    _ready(qtbot, dialog)
    assert dialog.sign_in_button.isEnabled(), dialog.status_label.text()
    assert dialog.status_label.text().startswith("Bağlandı: SQLite")
    # A demo account fills the form by keyboard (select, Enter) as by a double-click.
    row = [a[0] for a in demo_seed.DEMO_ADMINS].index("il06")
    table = dialog.demo_table
    table.setFocus()
    table.setCurrentCell(row, 0)
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert dialog.username_edit.text() == "il06"
    dialog.username_edit.clear()
    cell = table.visualRect(table.model().index(row, 1)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert dialog.username_edit.text() == "il06"
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.identity is not None and dialog.identity.province_name == "Ankara"
    url = f"sqlite:///{demo_database_path()}"
    assert _count(url, "SELECT count(*) FROM people") > 0
    assert (
        _count(url, "SELECT count(*) FROM audit_events WHERE action='login' AND outcome='success'")
        == 1
    )
    dialog.database.dispose()  # type: ignore[union-attr]


def test_wrong_password_is_explained_and_audited(qtbot, make_context, turkish, seeded_url) -> None:
    context = make_context(db_url=seeded_url)
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _ready(qtbot, dialog)
    assert not dialog.demo_box.isVisible()  # not demo mode: no demo passwords shown
    qtbot.keyClicks(dialog.username_edit, "il07")
    qtbot.keyClicks(dialog.password_edit, "yanlis-parola")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "yanlış" in dialog.status_label.text(), timeout=10000)
    assert "kalan deneme" not in dialog.status_label.text()  # no counter: no enumeration
    assert dialog.password_edit.text() == ""
    assert dialog.result() != LoginDialog.DialogCode.Accepted
    assert (
        _count(
            seeded_url,
            "SELECT count(*) FROM audit_events WHERE admin_username='il07' AND outcome='failure'",
        )
        == 1
    )
    dialog.reject()


def test_unreachable_database_says_what_to_do(qtbot, make_context, turkish) -> None:
    context = make_context(db_url="postgresql+psycopg://u:gizli@127.0.0.1:1/posta")
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    _ready(qtbot, dialog)
    text = dialog.status_label.text()
    assert "bağlanılamıyor" in text and "yeniden deneyin" in text
    assert "gizli" not in text and "gizli" not in dialog.profile_combo.currentText()
    assert dialog.retry_button.isVisible()
    assert not dialog.sign_in_button.isEnabled()


def test_main_window_shows_identity_scope_database_and_overview(
    qtbot, make_context, turkish, seeded_url
) -> None:
    context = make_context(db_url=seeded_url)
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    dialog.username_edit.setText("ilce0601")
    dialog.password_edit.setText(demo_seed.DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.sign_in()
    context.database, context.identity = dialog.database, dialog.identity
    window = MainWindow(context.signed())
    qtbot.addWidget(window)
    window.show()
    assert window.role_label.text() == "İlçe MEBBİS yöneticisi"
    assert window.scope_label.text() == "Kapsam: Ankara / Çankaya ilçesi"
    assert "SQLite" in window.database_label.text() or "PostgreSQL" in window.database_label.text()
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Genel Bakış",
        "Kişiler",
        "Talepler",
        "Destek Talepleri",
        "Birim Hesapları",
        "Denetim",  # their own actions
    ]
    page = window.overview_page
    qtbot.waitUntil(lambda: page.figures["people"].value_label.text() != "–", timeout=10000)
    expected = _count(
        seeded_url,
        "SELECT count(*) FROM people p JOIN districts d ON d.id = p.district_id"
        " WHERE d.name = 'Çankaya'",
    )
    assert page.figures["people"].value_label.text() == f"{expected:,}".replace(",", ".")
    assert expected < SEEDED_PEOPLE
    assert page.events_model.rowCount() == 1
    assert page.events_model.index(0, page.events_model.COL_ACTION).data() == "Oturum açma"
    window.close()
    assert context.settings.window_geometry is not None


def test_profile_password_comes_from_the_keyring(
    qtbot, make_context, turkish, pg_server, templates, tmp_path
) -> None:
    from mebposta_admin.config import ConnectionProfile
    from mebposta_admin.models.engine import split_password
    from mebposta_admin.services.secret_store import SecretStore
    from tests.support.keyrings import MemoryKeyring

    url = templates.copy("postgresql", True, tmp_path)
    bare, password = split_password(url)
    assert password
    store = SecretStore(MemoryKeyring())
    store.set("profile:Merkez", password)
    context = make_context(secrets=store)
    context.settings.save_profiles([ConnectionProfile("Merkez", bare)])
    dialog = LoginDialog(context)
    qtbot.addWidget(dialog)
    _ready(qtbot, dialog)
    assert dialog.profile_combo.currentText() == "Merkez"
    assert dialog.status_label.text().startswith("Bağlandı: PostgreSQL"), dialog.status_label.text()
    assert not dialog.demo_box.isVisible()
    dialog.reject()


def test_the_shared_deployment_signs_in_as_the_administrators_own_role(
    qtbot, make_context, turkish, pg_server, templates, tmp_path, caplog, monkeypatch
) -> None:
    """A profile ending in ``?auth=role`` holds no credential: the typed password opens the
    gate role, PostgreSQL signs the administrator in, and every page of the main window then
    works under row-level security as ``mp_<user>`` — nothing refused, nothing logged."""
    import logging

    from sqlalchemy.engine import make_url

    from mebposta_admin.config import ConnectionProfile
    from mebposta_admin.services import db_security
    from mebposta_admin.services.database import open_database
    from mebposta_admin.ui import tasks

    failed: list[str] = []  # every task's exception, also those a page shows as a message
    job_init = tasks._Job.__init__

    def recording(self, fn, kwargs, signals) -> None:
        def run(**kw):
            try:
                return fn(**kw)
            except Exception as exc:
                failed.append(f"{getattr(fn, '__name__', fn)}: {exc!r}"[:300])
                raise

        job_init(self, run, kwargs, signals)

    monkeypatch.setattr(tasks._Job, "__init__", recording)
    owner_url = templates.copy("postgresql", True, tmp_path)
    owner = open_database(owner_url)
    with owner.engine.begin() as conn:
        db_security.install(conn)
        for username, role in (
            ("il06", "province_admin"),
            ("sistem", "superadmin"),
            ("yardim", "helpdesk"),
            ("ilce0601", "district_admin"),
            ("denetci", "auditor"),
        ):
            db_security.provision(conn, username, role, password=demo_seed.DEMO_PASSWORD)
    owner.dispose()
    bare = make_url(owner_url)._replace(username=None, password=None)
    profile_url = bare.render_as_string(hide_password=False) + "?auth=role"
    for username, province in (
        ("il06", "Ankara"),
        ("sistem", None),
        ("yardim", None),
        ("ilce0601", "Ankara"),
        ("denetci", None),
    ):
        context = make_context()
        context.settings.save_profiles([ConnectionProfile("Merkez", profile_url)])
        dialog = LoginDialog(context)
        qtbot.addWidget(dialog)
        _ready(qtbot, dialog)
        assert "veritabanı denetler" in dialog.status_label.text(), dialog.status_label.text()
        QTest.keyClicks(dialog.username_edit, username)
        dialog.password_edit.insert(demo_seed.DEMO_PASSWORD)
        with qtbot.waitSignal(dialog.accepted, timeout=20000):
            QTest.keyClick(dialog.password_edit, Qt.Key.Key_Return)
        assert dialog.identity is not None and dialog.identity.province_name == province
        assert dialog.database is not None
        assert dialog.database.url.username == f"mp_{username}"
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            window = MainWindow(context.signed_in(dialog.database, dialog.identity))
            qtbot.addWidget(window)
            window.show()
            pool = context.tasks.pool
            for key in list(window.page_widgets):
                window.show_page(key)
                QTest.qWait(150)
                qtbot.waitUntil(lambda p=pool: p.activeThreadCount() == 0, timeout=20000)
            QTest.qWait(600)  # loads a page starts after a pause (search as you type)
            context.tasks.wait_for_done(20000)
            QTest.qWait(200)
        problems = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        assert problems == [] and failed == [], (problems, failed)
        window.close()
