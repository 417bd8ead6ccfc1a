"""A mailbox's quota and old addresses — a unit account's or a person's — changed one action
at a time through the service (scope-checked and audited each), with the outcome in words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import SignedInContext
from mebposta_admin.errors import AppError
from mebposta_admin.services import units
from mebposta_admin.texts.errors import text_for
from mebposta_admin.ui import accessibility


class MailboxDialog(QDialog):
    """Signals: changed() after each change the service accepted."""

    changed = Signal()

    def __init__(
        self,
        context: SignedInContext,
        mailbox_id: int,
        address: str,
        quota_bytes: int,
        aliases: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.mailbox_id = mailbox_id
        self.quota_mb = quota_bytes // (1024 * 1024)
        self.setWindowTitle(self.tr("Quota and old addresses of {address}").format(address=address))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        quota_row = QHBoxLayout()
        self.quota_spin = QSpinBox()
        self.quota_spin.setRange(*units.QUOTA_RANGE_MB)
        self.quota_spin.setSingleStep(100)
        self.quota_spin.setValue(self.quota_mb)
        self.quota_spin.setSuffix(" MB")
        self.quota_spin.setGroupSeparatorShown(True)
        accessibility.name(self.quota_spin, self.tr("Quota in megabytes"))
        self.quota_button = QPushButton(self.tr("&Set quota"))
        self.quota_button.setAutoDefault(False)
        self.quota_button.clicked.connect(self.set_quota)
        quota_row.addWidget(self.quota_spin, 1)
        quota_row.addWidget(self.quota_button)
        quota_label = QLabel(self.tr("&Quota:"))
        quota_label.setBuddy(self.quota_spin)
        form.addRow(quota_label, quota_row)
        layout.addLayout(form)
        aliases_label = QLabel(self.tr("&Old addresses (mail to them still arrives here):"))
        layout.addWidget(aliases_label)
        self.aliases_list = QListWidget()
        self.aliases_list.addItems(list(aliases))
        accessibility.name(self.aliases_list, self.tr("Old addresses"))
        aliases_label.setBuddy(self.aliases_list)
        layout.addWidget(self.aliases_list, 1)
        add_row = QHBoxLayout()
        self.alias_edit = QLineEdit()
        self.alias_edit.setPlaceholderText(self.tr("e.g. eski.adres (before @meb.gov.tr)"))
        accessibility.name(self.alias_edit, self.tr("Old address to add"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_alias)
        self.alias_edit.returnPressed.connect(self.add_alias)
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_alias)
        self.remove_button.setEnabled(False)
        self.aliases_list.currentRowChanged.connect(
            lambda row: self.remove_button.setEnabled(row >= 0)
        )
        add_row.addWidget(self.alias_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        layout.addLayout(add_row)
        self.status_label = accessibility.StatusLabel()
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def of(cls, context: SignedInContext, box: Any, parent: QWidget | None = None) -> MailboxDialog:
        """For a mailbox as a view holds it: a unit's detail or a person's mailbox (anything
        with ``id``, ``address``, ``quota_bytes`` and ``aliases``)."""
        return cls(context, box.id, box.address, box.quota_bytes, tuple(box.aliases), parent)

    # ------------------------------------------------------------------------------ actions
    def _run(
        self, name: str, call: Callable[..., Any], done: Callable[[Any], None], **kw: Any
    ) -> None:
        self.status_label.say(self.tr("Saving…"))

        def accepted(value: Any) -> None:
            done(value)
            self.changed.emit()

        self.context.tasks.submit(
            name,
            call,
            owner=self,
            db=self.context.database,
            identity=self.context.identity,
            mailbox_id=self.mailbox_id,
            on_result=accepted,
            on_error=self._failed,
            **kw,
        )

    def set_quota(self) -> None:
        wanted = self.quota_spin.value()
        if wanted == self.quota_mb:
            self.status_label.say(
                self.tr("The quota is already {size} MB.").format(size=QLocale().toString(wanted))
            )
            return

        def done(_none: None) -> None:
            self.quota_mb = wanted
            self.status_label.say(
                self.tr("Quota set to {size} MB.").format(size=QLocale().toString(wanted)),
                outcome="success",
                announce=True,
            )

        self._run("mailbox-quota", units.set_quota, done, quota_mb=wanted)

    def add_alias(self) -> None:
        typed = self.alias_edit.text().strip()
        if not typed:
            self.status_label.say(self.tr("Type the old address first."), outcome="error")
            self.alias_edit.setFocus()
            return

        def done(full: str) -> None:
            self.aliases_list.addItem(full)
            self.alias_edit.clear()
            self.status_label.say(
                self.tr("{address} added: mail to it arrives in this mailbox.").format(
                    address=full
                ),
                outcome="success",
                announce=True,
            )

        self._run("mailbox-alias-add", units.add_alias, done, address=typed)

    def remove_alias(self) -> None:
        item = self.aliases_list.currentItem()
        if item is None:
            return
        address = item.text()

        def done(_none: None) -> None:
            row = self.aliases_list.row(item)
            self.aliases_list.takeItem(row)
            self.status_label.say(
                self.tr("{address} removed: mail to it no longer arrives.").format(address=address),
                outcome="success",
                announce=True,
            )

        self._run("mailbox-alias-remove", units.remove_alias, done, address=address)

    def _failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.status_label.say(text, outcome="error", announce=True)
