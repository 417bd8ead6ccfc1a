"""Reject one request or several: a reason from the templates, or in the administrator's words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.services.requests.decide import REJECT_REASONS
from mebposta_admin.texts.labels import reject_reason_text
from mebposta_admin.ui import accessibility


class RejectDialog(QDialog):
    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reject requests"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Reject %n request(s)? The reason is recorded with each.", "", count)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason_combo = QComboBox()
        for code in REJECT_REASONS:
            self.reason_combo.addItem(reject_reason_text(code), code)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_combo)
        form.addRow(reason_label, self.reason_combo)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        text_label = QLabel(self.tr("&In your words:"))
        text_label.setBuddy(self.text_edit)
        accessibility.name(self.text_edit, self.tr("Reason in your words"))
        form.addRow(text_label, self.text_edit)
        layout.addLayout(form)
        self.error_label = accessibility.StatusLabel()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reject_button = buttons.addButton(
            self.tr("Re&ject"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def reason(self) -> str:
        return str(self.reason_combo.currentData())

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def _check(self) -> None:
        if self.reason() == "other" and not self.text():
            self.error_label.say(
                self.tr("Write the reason: “Other” needs it."), outcome="error", announce=True
            )
            self.text_edit.setFocus()
            return
        self.accept()
