"""The one paged table model: pages fetched off the GUI thread, stale pages dropped, Qt's
model contract kept (qtmodeltester). The fetch functions here are in-memory lists standing in
for a service; the people page's tests run the same model against real databases."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from mebposta_admin.services.paging import Page
from mebposta_admin.ui.itemmodels.paged import PagedTableModel
from mebposta_admin.ui.tasks import TaskRunner


class NumbersModel(PagedTableModel[int]):
    def headers(self) -> tuple[str, ...]:
        return ("Number",)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        value = self.row_at(index.row()) if index.isValid() else None
        if value is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(value)


def pages_of(values: list[int], size: int, gate: threading.Event | None = None):
    def fetch(cursor: int | None) -> Page[int]:
        if gate is not None:
            gate.wait(10)
        start = cursor or 0
        rows = tuple(values[start : start + size])
        return Page(rows, start + size if start + size < len(values) else None)

    return fetch


def test_pages_arrive_as_the_view_asks_and_the_model_keeps_qts_contract(
    qtbot, qtmodeltester
) -> None:
    runner = TaskRunner()
    model = NumbersModel(runner)
    arrived: list[Page[int]] = []
    model.page_arrived.connect(arrived.append)
    model.start(pages_of(list(range(120)), 50))
    qtbot.waitUntil(lambda: model.rowCount() == 50, timeout=5000)
    assert model.canFetchMore() and model.rows()[:3] == (0, 1, 2)
    model.fetchMore()
    assert not model.canFetchMore()  # one page in flight at a time
    qtbot.waitUntil(lambda: model.rowCount() == 100, timeout=5000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == 120, timeout=5000)
    assert not model.canFetchMore() and len(arrived) == 3
    assert model.rows() == tuple(range(120))
    qtmodeltester.check(model)


def test_a_new_list_drops_the_pages_of_the_old_one(qtbot) -> None:
    runner = TaskRunner()
    model = NumbersModel(runner)
    slow = threading.Event()
    model.start(pages_of([1, 2, 3], 50, gate=slow))  # the old query, still running
    model.start(pages_of([7, 8], 50))  # the user typed on
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    slow.set()  # the old page arrives now
    assert runner.wait_for_done(5000)
    qtbot.wait(50)  # let its callback be delivered
    assert model.rows() == (7, 8)


def test_only_the_newest_lists_failure_is_reported(qtbot) -> None:
    runner = TaskRunner()
    model = NumbersModel(runner)
    failures: list[BaseException] = []
    model.failed.connect(failures.append)
    gate = threading.Event()

    def old_fails(cursor: int | None) -> Page[int]:
        gate.wait(10)
        raise RuntimeError("old")

    def new_fails(cursor: int | None) -> Page[int]:
        raise RuntimeError("new")

    model.start(old_fails)
    model.start(new_fails)
    qtbot.waitUntil(lambda: len(failures) == 1, timeout=5000)
    gate.set()
    assert runner.wait_for_done(5000)
    qtbot.wait(50)
    assert [str(f) for f in failures] == ["new"] and not model.loading
