"""Every question and message box goes through here, so tests can answer them.

Tests replace these functions with ``monkeypatch.setattr(notify, "confirm", ...)``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def question_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The confirmation as it is shown (No is the default: Enter never sends by accident;
    Alt+E / Alt+Y answers yes)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    return question_box(parent, title, text).exec() == QMessageBox.StandardButton.Yes


def _non_modal(
    icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str
) -> QMessageBox:
    box = QMessageBox(icon, title, text, parent=parent)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Non-modal information: the user may keep working."""
    return _non_modal(QMessageBox.Icon.Information, parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Non-modal error message."""
    return _non_modal(QMessageBox.Icon.Warning, parent, title, text)
