"""The one list table of the pages: whole rows selected one at a time, alternating colours,
no wrapping, interactive column widths with the last one stretched, one Tab stop."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from mebposta_admin.ui import accessibility


def row_table(model: QAbstractItemModel, name: str, parent: QWidget | None = None) -> QTableView:
    table = QTableView(parent)
    accessibility.keyboard_view(table, name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table
