"""Hand a unit account over — find the new primary custodian among the people of the unit's
province in your scope (after the handover the page strongly proposes a new password: the old
custodian knew it) — or, with ``deputy=True``, add a deputy custodian the same way."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
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
        *,
        province_code: str | None = None,
        deputy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        if deputy:
            self.setWindowTitle(
                self.tr("Add a deputy custodian to {address}").format(address=address)
            )
            intro_text = self.tr(
                "A deputy keeps the unit account with its primary custodian ({current}); the "
                "password still goes to the primary custodian. Find the deputy by name or "
                "TCKN, then press Enter."
            ).format(current=current or self.tr("none"))
        else:
            self.setWindowTitle(self.tr("Hand over {address}").format(address=address))
            intro_text = self.tr(
                "The current primary custodian ({current}) stops being responsible for "
                "{address}. Find the new one by name or TCKN, then press Enter."
            ).format(current=current or self.tr("none"), address=address)
        layout = QVBoxLayout(self)
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.picker = PersonPicker(context, self)
        self.picker.set_province(province_code)
        self.search_edit, self.results = self.picker.search_edit, self.picker.results
        accessibility.name(
            self.search_edit,
            self.tr("Find the deputy custodian") if deputy else self.tr("Find the new custodian"),
        )
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
        reason_label.setVisible(not deputy)
        self.reason_edit.setVisible(not deputy)
        # The proposal of a new password, in the dialog itself: the old custodian knows the
        # current one. Declining needs a reason, recorded in the audit trail.
        self.after_box = QGroupBox(self.tr("After the handover"))
        after = QVBoxLayout(self.after_box)
        self.send_check = QCheckBox(self.tr("&Send a new password to the new custodian at once"))
        self.send_check.setChecked(True)
        warning = QLabel(
            self.tr(
                "Strongly recommended: the previous custodian knows the current password and "
                "can sign in until a new one is sent."
            )
        )
        warning.setObjectName("hintLabel")
        warning.setWordWrap(True)
        self.decline_edit = QLineEdit()
        self.decline_edit.setPlaceholderText(self.tr("at least 10 characters"))
        accessibility.name(self.decline_edit, self.tr("Why no new password is sent now"))
        decline_label = QLabel(self.tr("&Why not now:"))
        decline_label.setBuddy(self.decline_edit)
        decline_form = QFormLayout()
        decline_form.addRow(decline_label, self.decline_edit)
        after.addWidget(self.send_check)
        after.addWidget(warning)
        after.addLayout(decline_form)
        self.decline_edit.setEnabled(False)
        self.send_check.toggled.connect(lambda on: self.decline_edit.setEnabled(not on))
        layout.addWidget(self.after_box)
        self.after_box.setVisible(not deputy)
        self.deputy = deputy
        self.status_label = accessibility.StatusLabel()
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.hand_button = buttons.addButton(
            self.tr("A&dd deputy") if deputy else self.tr("&Hand over"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.hand_button.setEnabled(False)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.picker.said.connect(
            lambda text, outcome: self.status_label.say(text, outcome=outcome or None)
        )
        self.results.currentItemChanged.connect(
            lambda item, _old: self.hand_button.setEnabled(item is not None)
        )

    def _accept(self) -> None:
        if not self.deputy and not self.send_now() and len(self.decline_reason()) < 10:
            self.status_label.say(
                self.tr(
                    "Write why no new password is sent now (at least 10 characters), or leave "
                    "the new password chosen."
                ),
                outcome="error",
                announce=True,
            )
            self.decline_edit.setFocus()
            return
        self.accept()

    def send_now(self) -> bool:
        return self.send_check.isChecked()

    def decline_reason(self) -> str:
        return self.decline_edit.text().strip()

    def find_people(self) -> None:
        self.picker.find_people()

    def person_id(self) -> int | None:
        return self.picker.person_id()

    def reason(self) -> str:
        return self.reason_edit.text().strip()
