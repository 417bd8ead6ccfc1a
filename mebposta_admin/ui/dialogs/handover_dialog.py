"""Hand a unit account over: find the new primary custodian among the people of your scope.
After the handover the page strongly proposes a new password (the old custodian knew it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.widgets.person_picker import PersonPicker


class HandoverDialog(QDialog):
    def __init__(
        self,
        context: SignedInContext,
        address: str,
        current: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Hand over {address}").format(address=address))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The current primary custodian ({current}) stops being responsible for "
                "{address}. Find the new one by name or TCKN, then press Enter."
            ).format(current=current or self.tr("none"), address=address)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.picker = PersonPicker(context, self)
        self.search_edit, self.results = self.picker.search_edit, self.picker.results
        accessibility.name(self.search_edit, self.tr("Find the new custodian"))
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.search_edit)
        form.addRow(find_label, self.search_edit)
        layout.addLayout(form)
        layout.addWidget(self.picker, 1)
        self.reason_edit = QLineEdit()
        accessibility.name(self.reason_edit, self.tr("Reason of the handover"))
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        reason_form = QFormLayout()
        reason_form.addRow(reason_label, self.reason_edit)
        layout.addLayout(reason_form)
        self.status_label = accessibility.StatusLabel()
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.hand_button = buttons.addButton(
            self.tr("&Hand over"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.hand_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.picker.said.connect(
            lambda text, outcome: self.status_label.say(text, outcome=outcome or None)
        )
        self.results.currentItemChanged.connect(
            lambda item, _old: self.hand_button.setEnabled(item is not None)
        )

    def find_people(self) -> None:
        self.picker.find_people()

    def person_id(self) -> int | None:
        return self.picker.person_id()

    def reason(self) -> str:
        return self.reason_edit.text().strip()
