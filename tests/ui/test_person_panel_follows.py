"""The person panel always shows the highlighted caller, and nothing of a previous one.

An outside check found the panel keeping the previous caller (and the TCKN/GSM typed into the
caller check) after a new search, an empty result or a single click on another row, so the next
"Şifreyi SMS ile gönder" could go to the wrong person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.services import auth
from mebposta_admin.services.database import open_database
from mebposta_admin.ui import notify
from mebposta_admin.ui.main_window import MainWindow
from tests.support.people import add_person, stored_hash
from tests.support.typing import type_text

FIRST = "zerrin.tuzcuoglu@meb.gov.tr"
SECOND = "zerrin.tuzcuoglu2@meb.gov.tr"


@pytest.fixture
def page(qtbot, make_context, turkish, seeded_url, monkeypatch):
    context = make_context(db_url=seeded_url)
    context.database = open_database(seeded_url)
    # Two people with the same name: the rows must be told apart, and acted on separately.
    add_person(
        context.database,
        "Zerrin",
        "Tuzcuoğlu",
        province="06",
        district="Çankaya",
        gsm="5321110001",
        tckn="10000000146",
        address=FIRST,
    )
    add_person(
        context.database,
        "Zerrin",
        "Tuzcuoğlu",
        province="06",
        district="Çankaya",
        gsm="5321110002",
        tckn="12345678950",
        address=SECOND,
    )
    context.identity = auth.authenticate(context.database, "yardim", DEMO_PASSWORD)
    main = MainWindow(context.signed())
    qtbot.addWidget(main)
    main.show()
    main.find_person()
    page = main.people_page
    type_text(page.search_edit, "zerrin tuzcuoğlu")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    asked: list[str] = []

    def confirm(_parent, _title, text) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(notify, "confirm", confirm)
    monkeypatch.setattr(notify, "inform", lambda *a: None)
    page.asked = asked  # type: ignore[attr-defined]
    page.window_kept = main  # type: ignore[attr-defined]  # the window must outlive this fixture
    return page


def _address_at(page, row: int) -> str:
    return page.model.row_at(row).address


def _click(qtbot, page, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _shows(page, address: str) -> bool:
    panel = page.panel
    return panel.detail is not None and panel.address_label.text() == address


def test_same_name_rows_are_told_apart(page) -> None:
    rows = {
        tuple(page.model.index(r, c).data() for c in range(page.model.columnCount()))
        for r in range(2)
    }
    assert len(rows) == 2  # masked TCKN and address differ
    assert {_address_at(page, 0), _address_at(page, 1)} == {FIRST, SECOND}


def test_a_single_click_and_the_arrow_keys_move_the_panel(qtbot, page) -> None:
    _click(qtbot, page, 0)
    qtbot.waitUntil(lambda: _shows(page, _address_at(page, 0)), timeout=10000)
    type_text(page.panel.check_tckn_edit, "10000000146")
    type_text(page.panel.check_gsm_edit, "5321110001")
    _click(qtbot, page, 1)
    qtbot.waitUntil(lambda: _shows(page, _address_at(page, 1)), timeout=10000)
    assert page.panel.check_tckn_edit.text() == "" and page.panel.check_gsm_edit.text() == ""
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: _shows(page, _address_at(page, 0)), timeout=10000)


def test_a_new_query_and_an_empty_result_clear_the_panel(qtbot, page) -> None:
    _click(qtbot, page, 0)
    qtbot.waitUntil(lambda: _shows(page, _address_at(page, 0)), timeout=10000)
    type_text(page.panel.check_tckn_edit, "10000000146")
    page.search_edit.setText("kimsebulunmazqx")
    page.run_search()
    assert page.panel.detail is None and not page.panel.body.isVisible()
    assert page.panel.check_tckn_edit.text() == ""
    qtbot.waitUntil(lambda: "Kimse bulunamadı" in page.result_label.text(), timeout=10000)
    assert page.panel.detail is None and not page.panel.send_password_button.isVisible()


def test_the_send_goes_to_the_person_on_screen_and_names_them(qtbot, page, seeded_url) -> None:
    _click(qtbot, page, 0)
    qtbot.waitUntil(lambda: _shows(page, _address_at(page, 0)), timeout=10000)
    _click(qtbot, page, 1)
    target = _address_at(page, 1)
    other = _address_at(page, 0)
    qtbot.waitUntil(lambda: _shows(page, target), timeout=10000)
    qtbot.mouseClick(page.panel.send_password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.panel.send_result_label.text().startswith("Gönderildi"), timeout=15000
    )
    [question] = page.asked
    assert "Zerrin Tuzcuoğlu" in question and target in question and other not in question
    assert (stored_hash(seeded_url, target) or "").startswith("{ARGON2ID}")
    assert stored_hash(seeded_url, other) is None


def test_a_selection_change_during_the_checks_sends_nothing(qtbot, page, seeded_url) -> None:
    _click(qtbot, page, 0)
    first = _address_at(page, 0)
    qtbot.waitUntil(lambda: _shows(page, first), timeout=10000)
    page.panel.start_reissue()  # the preview runs on a worker thread...
    page.table.selectionModel().setCurrentIndex(  # ...while the administrator moves on
        page.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.waitUntil(lambda: _shows(page, _address_at(page, 1)), timeout=10000)
    page.panel.context.tasks.wait_for_done(10000)
    qtbot.wait(100)
    assert page.asked == []
    assert (
        stored_hash(seeded_url, first) is None
        and stored_hash(seeded_url, _address_at(page, 1)) is None
    )


def test_at_1280x800_the_answer_and_the_columns_fit(qtbot, page) -> None:
    """The desk order (identity → caller check → mailbox → history) keeps the caller check's
    answer on screen without scrolling, and the results need no sideways scrolling."""
    window = page.window()
    window.resize(1280, 800)
    qtbot.wait(50)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.panel.detail is not None, timeout=10000)
    panel = page.panel
    panel.check_tckn_edit.setText("10000000146")
    panel.check_gsm_edit.setText("05321110001")
    panel.run_caller_check()
    qtbot.waitUntil(panel.check_result_frame.isVisible, timeout=10000)
    qtbot.wait(50)
    scroll = panel.parentWidget().parentWidget()  # the scroll area's viewport, then the area
    viewport = scroll.viewport() if hasattr(scroll, "viewport") else panel.parentWidget()
    frame = panel.check_result_frame
    bottom = frame.mapTo(viewport, frame.rect().bottomLeft()).y()
    assert 0 < bottom <= viewport.height(), (bottom, viewport.height())
    assert frame.property("outcome") == "error"
    panel.check_gsm_edit.setText("5321110001")
    panel.run_caller_check()
    qtbot.waitUntil(lambda: frame.property("outcome") == "ok", timeout=10000)
    header = page.table.horizontalHeader()
    assert header.length() <= page.table.viewport().width() + 1
    for column in range(page.model.columnCount()):
        if not page.table.isColumnHidden(column) and column != page.model.COL_INSTITUTION:
            text = page.model.index(1, column).data()
            needed = page.table.fontMetrics().horizontalAdvance(text)
            assert page.table.columnWidth(column) >= needed, (column, text)
