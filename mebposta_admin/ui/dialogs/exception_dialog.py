"""Shown for an unexpected error: what happened, where the log is, and a copy button."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.logging_setup import redact
from mebposta_admin.ui import accessibility

log = logging.getLogger(__name__)


class ExceptionDialog(QDialog):
    def __init__(self, details: str, log_path: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = self.tr(
            "Something went wrong that the program did not expect. Your last action may not have "
            "been completed; nothing half-done was saved. Please send the text below to the "
            "help desk."
        )
        if log_path:
            intro += "\n" + self.tr("Log file: {path}").format(path=log_path)
        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.details_edit = QPlainTextEdit(redact(details))
        self.details_edit.setReadOnly(True)
        accessibility.name(self.details_edit, self.tr("Error details"))
        # Tab leaves the text (it is read-only: there is nothing to indent).
        self.details_edit.setTabChangesFocus(True)
        layout.addWidget(self.details_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_edit.toPlainText())


def install_excepthook(log_path: str | None) -> None:
    """Unhandled exceptions on the GUI thread are logged and shown, never silently lost."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.error("Unhandled exception:\n%s", text)
        if QApplication.instance() is not None:
            dialog = ExceptionDialog(text, log_path, QApplication.activeWindow())
            dialog.exec()

    sys.excepthook = hook
