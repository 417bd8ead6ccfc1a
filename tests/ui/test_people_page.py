"""Kişiler end to end: type, see rows, open a person, reveal (audited), caller check, keyboard."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services import auth
from mebposta_admin.services.database import open_database
from mebposta_admin.ui.itemmodels.people_model import PeopleTableModel
from mebposta_admin.ui.main_window import MainWindow
from tests.support.people import add_person
from tests.support.typing import type_text

TCKN = "10000000146"


@pytest.fixture
def window(qtbot, make_context, turkish, seeded_url):
    def open_as(username: str) -> MainWindow:
        context = make_context(db_url=seeded_url)
        context.database = open_database(seeded_url)
        add_person(
            context.database,
            "İsmail",
            "Öztürk",
            province="06",
            district="Çankaya",
            tckn=TCKN,
            gsm="5321234512",
            address="ismail.ozturk99@meb.gov.tr",
        )
        context.identity = auth.authenticate(context.database, username, DEMO_PASSWORD)
        main = MainWindow(context.signed())
        qtbot.addWidget(main)
        main.show()
        return main

    return open_as


def _audit(url: str, action: str) -> list[tuple[str, str]]:
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT admin_username, outcome FROM audit_events WHERE action = :a ORDER BY id"
            ),
            {"a": action},
        ).all()
    engine.dispose()
    return [tuple(r) for r in rows]


def _rows(page) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_type_find_open_reveal_and_audit(qtbot, window, seeded_url) -> None:
    main = window("il06")
    page = main.people_page
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    qtbot.keyClick(main.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main.pages.currentWidget() is page and page.search_edit.hasFocus()
    type_text(page.search_edit, "öztürk")
    qtbot.waitUntil(lambda: "İsmail Öztürk" in _rows(page), timeout=10000)
    assert all("Öztürk" in name for name in _rows(page))
    qtbot.waitUntil(lambda: "kişi bulundu" in page.result_label.text(), timeout=10000)
    # Keyboard: Down into the results, Enter opens the selected person.
    row = _rows(page).index("İsmail Öztürk")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.table.hasFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    panel = page.panel
    qtbot.waitUntil(lambda: panel.name_label.text() == "İsmail Öztürk", timeout=10000)
    assert panel.tckn_label.text() == "100******46"
    assert panel.gsm_label.text() == "5** *** ** 12"
    assert panel.address_label.text() == "ismail.ozturk99@meb.gov.tr"
    assert panel.reveal_tckn_button.isVisible()
    qtbot.mouseClick(panel.reveal_tckn_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.tckn_label.text() == TCKN, timeout=10000)
    assert _audit(seeded_url, "person.reveal") == [("il06", "success")]
    qtbot.waitUntil(lambda: panel.history_model.rowCount() == 1, timeout=10000)
    assert (
        panel.history_model.index(0, panel.history_model.COL_ACTION).data()
        == "Kişisel veri gösterildi"
    )


def test_auditor_cannot_reveal(qtbot, window, seeded_url) -> None:
    main = window("denetci")
    page = main.people_page
    main.find_person()
    type_text(page.search_edit, TCKN)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # one result: Enter opens it
    qtbot.waitUntil(lambda: page.panel.name_label.text() == "İsmail Öztürk", timeout=10000)
    assert page.panel.tckn_label.text() == "100******46"
    assert not page.panel.reveal_tckn_button.isVisible()
    assert not page.panel.reveal_gsm_button.isVisible()
    assert _audit(seeded_url, "person.reveal") == []


def test_province_admin_sees_only_the_province(qtbot, window) -> None:
    main = window("il07")
    page = main.people_page
    main.find_person()
    assert not page.province_combo.isEnabled() and page.province_combo.currentText() == "Antalya"
    type_text(page.search_edit, "İsmail Öztürk")
    qtbot.waitUntil(lambda: page.result_label.text() not in ("", "Aranıyor…"), timeout=10000)
    qtbot.wait(50)
    assert "İsmail Öztürk" not in _rows(page)


def test_caller_check_shows_the_manuals_message(qtbot, window) -> None:
    main = window("ilce0601")
    page = main.people_page
    main.find_person()
    type_text(page.search_edit, "ismail.ozturk99@")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.open_row(0)
    panel = page.panel
    qtbot.waitUntil(lambda: panel.name_label.text() == "İsmail Öztürk", timeout=10000)
    type_text(panel.check_tckn_edit, TCKN)
    type_text(panel.check_gsm_edit, "05321234512")
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(panel.check_message_label.text()), timeout=10000)
    assert "Lütfen GSM Numaranızı 5XXXXXXXXX şeklinde giriniz." in panel.check_message_label.text()
    assert "baştaki 0" in panel.check_next_label.text()
    panel.check_gsm_edit.setText("5329999999")
    panel.run_caller_check()
    qtbot.waitUntil(lambda: "eşleşmemektedir" in panel.check_message_label.text(), timeout=10000)
    assert "MEBBİS" in panel.check_next_label.text()
    assert "5329999999" not in panel.check_next_label.text()


def test_hints_for_bad_input(qtbot, window) -> None:
    main = window("yardim")
    page = main.people_page
    for text, expected in (
        ("a", "En az iki harf"),
        ("123", "en az 4 hanesini"),
        ("😀", "hiçbiri yok"),
    ):
        page.search_edit.setText(text)
        page.run_search()
        qtbot.waitUntil(lambda e=expected: e in page.result_label.text(), timeout=10000)
        assert page.model.rowCount() == 0


def test_lazy_paging_as_the_user_scrolls(qtbot, window) -> None:
    main = window("yardim")
    page = main.people_page
    page.search_edit.setText("meb.gov.tr")
    page.run_search()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 50, timeout=10000)
    first = page.model.rowCount()
    assert page.model.canFetchMore()
    page.table.scrollToBottom()
    page.model.fetchMore()
    qtbot.waitUntil(lambda: page.model.rowCount() > first, timeout=10000)
    names = [page.model.row_at(r).id for r in range(page.model.rowCount())]
    assert len(names) == len(set(names))


def test_people_model_passes_qt_model_tester(qtmodeltester) -> None:
    from mebposta_admin.services.search import Cursor, PersonRow, SearchPage

    model = PeopleTableModel()
    rows = tuple(
        PersonRow(
            i,
            "Ayşe",
            f"Kaya{i}",
            "100******46",
            None,
            f"a{i}@meb.gov.tr",
            i % 2 == 0,
            "123456",
            "Okul",
            "Ankara",
            "Çankaya",
        )
        for i in range(3)
    )
    model.start(lambda cursor: SearchPage(rows, None, "name"))
    model._arrived(
        model.generation, SearchPage(rows, Cursor(0, ("x",)), "name")
    )  # no task runner here
    qtmodeltester.check(model)
    assert model.canFetchMore() and model.rowCount() == 3
