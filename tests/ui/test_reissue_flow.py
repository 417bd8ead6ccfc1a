"""Şifre Gönder end to end: find the person, send, confirm, see the result; hit the limit."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services import auth
from mebposta_admin.services.database import open_database
from mebposta_admin.ui import notify
from mebposta_admin.ui.main_window import MainWindow
from tests.support.people import add_person
from tests.support.typing import type_text


@pytest.fixture
def opened(qtbot, make_context, turkish, seeded_url, monkeypatch):
    asked: list[str] = []
    shown: list[str] = []

    def confirm(parent, title, text) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(notify, "confirm", confirm)
    monkeypatch.setattr(notify, "inform", lambda parent, title, text: shown.append(text))
    context = make_context(db_url=seeded_url)
    context.demo = True  # the local gateway: nothing leaves the machine
    context.database = open_database(seeded_url)
    add_person(
        context.database,
        "Gökçe",
        "Ünlüsoy",
        province="06",
        district="Çankaya",
        gsm="5321234599",
        address="gokce.unlusoy@meb.gov.tr",
    )
    context.identity = auth.authenticate(context.database, "ilce0601", DEMO_PASSWORD)
    main = MainWindow(context.signed())
    qtbot.addWidget(main)
    main.show()
    main.find_person()
    page = main.people_page
    type_text(page.search_edit, "Ünlüsoy")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.open_row(0)
    qtbot.waitUntil(lambda: page.panel.name_label.text() == "Gökçe Ünlüsoy", timeout=10000)
    yield page.panel, asked, shown  # the generator frame keeps the window alive


def _hash(url: str) -> str | None:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        value = conn.execute(
            sa.text(
                "SELECT password_hash FROM mailboxes WHERE address = 'gokce.unlusoy@meb.gov.tr'"
            )
        ).scalar()
    engine.dispose()
    return value


def test_send_confirm_and_see_the_result(qtbot, opened, seeded_url) -> None:
    panel, asked, shown = opened
    assert panel.send_password_button.isEnabled()
    qtbot.mouseClick(panel.send_password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.send_result_label.text().startswith("Gönderildi"), timeout=15000)
    assert "gokce.unlusoy@meb.gov.tr" in asked[0] and "5** *** ** 99" in asked[0]
    assert "5321234599" not in asked[0]
    assert "5** *** ** 99" in panel.send_result_label.text()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)  # the demo SMS, shown once
    assert "MAIL ADRESİNİZ : gokce.unlusoy@meb.gov.tr ŞİFRENİZ : " in shown[0]
    assert (_hash(seeded_url) or "").startswith("{ARGON2ID}")
    qtbot.waitUntil(lambda: panel.history_model.rowCount() >= 1, timeout=5000)
    assert "ilce0601 · gönderildi, şifre değişti" in panel.recent_sends_label.text()
    assert (
        panel.history_model.index(0, panel.history_model.COL_ACTION).data()
        == "Şifre SMS ile gönderildi"
    )


def test_the_rate_limit_is_explained(qtbot, opened, seeded_url) -> None:
    panel, asked, _ = opened
    for _ in range(3):
        panel.start_reissue()
        qtbot.waitUntil(
            lambda: (
                panel.send_result_label.text().startswith("Gönderildi")
                and panel.send_password_button.isEnabled()
            ),
            timeout=15000,
        )
        panel.send_result_label.clear()
    before = _hash(seeded_url)
    panel.start_reissue()
    qtbot.waitUntil(lambda: "24 saatte" in panel.send_result_label.text(), timeout=15000)
    assert len(asked) == 3  # refused before asking: nothing to confirm
    assert _hash(seeded_url) == before


def test_auditor_has_no_send_button(qtbot, make_context, turkish, seeded_url) -> None:
    context = make_context(db_url=seeded_url)
    context.database = open_database(seeded_url)
    pid = add_person(
        context.database, "Ece", "Denetlenen", gsm="5321234598", address="ece.d@meb.gov.tr"
    )
    context.identity = auth.authenticate(context.database, "denetci", DEMO_PASSWORD)
    main = MainWindow(context.signed())
    qtbot.addWidget(main)
    main.people_page.panel.open_person(pid)
    qtbot.waitUntil(
        lambda: main.people_page.panel.name_label.text() == "Ece Denetlenen", timeout=10000
    )
    assert not main.people_page.panel.send_password_button.isVisibleTo(main.people_page.panel)
