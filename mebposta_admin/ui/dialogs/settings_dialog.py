"""Settings, in three tabs by whom they concern.

* **Personal**: interface language and database connection profiles (this user, this file).
* **This computer**: what only this workstation needs — the Dovecot configuration for
  ``doveadm kick`` and the credentials it sends with (in the keyring, never in a file).
* **System**: what governs other people's accounts — the SMS gateway, the reissue limits and
  password style, the mail servers' database. Kept in the database, the same for every
  workstation; read-only unless the signed-in administrator is a superadmin, and every change
  is audited by the service. A workstation's file can no longer redirect the gateway.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.adapters import MAIL_DB_SECRET_KEY
from mebposta_admin.app_context import AppContext, SignedInContext
from mebposta_admin.config import DEMO_PROFILE, ConnectionProfile
from mebposta_admin.domain.mail_passwords import PasswordStyle
from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.errors import AppError
from mebposta_admin.services import system_settings
from mebposta_admin.services.directory import SECRET_KEY as MEBBIS_SECRET_KEY
from mebposta_admin.services.requests.feed import SECRET_KEY as PORTAL_SECRET_KEY
from mebposta_admin.services.secret_store import store_secrets
from mebposta_admin.services.sms_gateway import SECRET_KEY as SMS_SECRET_KEY
from mebposta_admin.services.system_settings import SystemSettings
from mebposta_admin.services.urls import parse_url, split_password
from mebposta_admin.texts.errors import text_for
from mebposta_admin.ui import accessibility
from mebposta_admin.ui.dialogs.settings_tabs import HelpdeskTab, RequestsTab, SignInTab


def _status_label() -> accessibility.StatusLabel:
    """A status line that is readable and copyable by keyboard while it says something; its
    ``say()`` colours it by outcome."""
    return accessibility.StatusLabel()


class SettingsDialog(QDialog):
    def __init__(
        self, context: AppContext | SignedInContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        self._profiles = list(context.settings.profiles())
        self._pending_passwords: dict[str, str | None] = {}
        self.loaded: SystemSettings | None = None
        # Before sign-in only the personal and this-computer tabs have anything to show.
        self.signed_in = context if isinstance(context, SignedInContext) else None
        identity = self.signed_in.identity if self.signed_in is not None else None
        self.may_change_system = identity is not None and allows(
            identity.role, Permission.CHANGE_SYSTEM_SETTINGS
        )
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._personal_tab(), self.tr("Personal"))
        self.tabs.addTab(self._computer_tab(), self.tr("This computer"))
        self.requests_tab = RequestsTab(self)  # its fields (and the help desk's) are system fields
        self.helpdesk_tab = HelpdeskTab(self)
        self.signin_tab = SignInTab(self)
        self.tabs.addTab(self._system_tab(), self.tr("System"))
        self.tabs.addTab(self.requests_tab, self.tr("Requests and units"))
        self.tabs.addTab(self.helpdesk_tab, self.tr("Help desk"))
        self.tabs.addTab(self.signin_tab, self.tr("Sign-in"))
        layout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refresh_list()
        self._load_system()

    # ------------------------------------------------------------------------------ tabs
    def _personal_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        general = QGroupBox(self.tr("Interface"))
        form = QFormLayout(general)
        self.language_combo = QComboBox()
        self.language_combo.addItem("Türkçe", "tr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if self.context.settings.language == "tr" else 1)
        accessibility.name(self.language_combo, self.tr("Language"))
        form.addRow(self.tr("&Language:"), self.language_combo)
        note = QLabel(self.tr("A new language takes effect the next time the program starts."))
        note.setObjectName("hintLabel")
        note.setWordWrap(True)
        form.addRow("", note)
        self.appearance_combo = QComboBox()
        for value, text in (
            ("system", self.tr("As the desktop (light or dark)")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.appearance_combo.addItem(text, value)
        self.appearance_combo.setCurrentIndex(
            max(0, self.appearance_combo.findData(self.context.settings.appearance))
        )
        accessibility.name(self.appearance_combo, self.tr("Appearance"))
        form.addRow(self.tr("A&ppearance:"), self.appearance_combo)
        layout.addWidget(general)

        profiles = QGroupBox(self.tr("Database connection profiles"))
        v = QVBoxLayout(profiles)
        self.profile_list = QListWidget()
        accessibility.keyboard_view(self.profile_list, self.tr("Connection profiles"))
        v.addWidget(self.profile_list)
        editor = QFormLayout()
        self.name_edit = QLineEdit()
        self.url_edit = QLineEdit()
        self.url_edit.setPlaceholderText("postgresql://kullanici@sunucu:5432/mebposta")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("stored in the system keyring"))
        editor.addRow(self.tr("Name:"), self.name_edit)
        editor.addRow(self.tr("Address (URL):"), self.url_edit)
        editor.addRow(self.tr("Password:"), self.password_edit)
        v.addLayout(editor)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add or update"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        row.addStretch(1)
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        v.addLayout(row)
        self.profile_error_label = _status_label()
        v.addWidget(self.profile_error_label)
        layout.addWidget(profiles)
        self.add_button.clicked.connect(self.add_or_update)
        self.remove_button.clicked.connect(self.remove_selected)
        self.profile_list.currentRowChanged.connect(self._load_selected)
        return tab

    def _computer_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        box = QGroupBox(self.tr("Credentials and tools of this computer"))
        form = QFormLayout(box)
        self.sms_password_edit = QLineEdit()
        self.sms_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sms_password_edit.setPlaceholderText(
            self.tr("stored in the keyring (leave empty to keep)")
        )
        self.mail_db_password_edit = QLineEdit()
        self.mail_db_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.mail_db_password_edit.setPlaceholderText(
            self.tr("stored in the keyring (leave empty to keep)")
        )
        self.doveadm_edit = QLineEdit(self.context.settings.doveadm_config)
        self.doveadm_edit.setPlaceholderText("/etc/dovecot/dovecot.conf")
        self.mebbis_token_edit = QLineEdit()
        self.mebbis_token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.mebbis_token_edit.setPlaceholderText(
            self.tr("stored in the keyring (leave empty to keep)")
        )
        self.portal_token_edit = QLineEdit()
        self.portal_token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.portal_token_edit.setPlaceholderText(
            self.tr("stored in the keyring (leave empty to keep)")
        )
        form.addRow(self.tr("SMS gateway password:"), self.sms_password_edit)
        form.addRow(self.tr("Mail servers' database password:"), self.mail_db_password_edit)
        form.addRow(self.tr("MEBBİS access token:"), self.mebbis_token_edit)
        form.addRow(self.tr("Help-desk portal token:"), self.portal_token_edit)
        form.addRow(self.tr("Dovecot configuration (doveadm):"), self.doveadm_edit)
        layout.addWidget(box)
        secrets = self.context.secrets
        keyring = QLabel(
            self.tr("Keyring: {backend}").format(backend=secrets.backend_name)
            if secrets.persistent
            else self.tr(
                "No system keyring is available: passwords are kept in memory for this session "
                "only and must be entered again next time."
            )
        )
        keyring.setObjectName("hintLabel" if secrets.persistent else "warningLabel")
        keyring.setWordWrap(True)
        layout.addWidget(keyring)
        layout.addStretch(1)
        return tab

    def _system_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.system_note_label = QLabel(
            self.tr(
                "These settings apply to every workstation. Each change is recorded in the "
                "audit trail with the values before and after."
            )
            if self.may_change_system
            else self.tr(
                "These settings apply to every workstation; only a system administrator can "
                "change them."
            )
        )
        self.system_note_label.setObjectName("hintLabel")
        self.system_note_label.setWordWrap(True)
        layout.addWidget(self.system_note_label)
        gateway = QGroupBox(self.tr("SMS gateway"))
        gform = QFormLayout(gateway)
        self.sms_url_edit = QLineEdit()
        self.sms_url_edit.setPlaceholderText("https://api.netgsm.com.tr")
        self.sms_user_edit = QLineEdit()
        self.sms_header_edit = QLineEdit()
        self.sms_header_edit.setMaxLength(system_settings.MAX_HEADER)
        gform.addRow(self.tr("Gateway address:"), self.sms_url_edit)
        gform.addRow(self.tr("User code:"), self.sms_user_edit)
        gform.addRow(self.tr("Sender name:"), self.sms_header_edit)
        layout.addWidget(gateway)
        limits = QGroupBox(self.tr("Password reissue"))
        lform = QFormLayout(limits)
        self.per_mailbox_spin = QSpinBox()
        self.per_mailbox_spin.setRange(*system_settings.PER_MAILBOX_RANGE)
        self.per_mailbox_spin.setSuffix(self.tr(" per mailbox in 24 hours"))
        self.per_admin_spin = QSpinBox()
        self.per_admin_spin.setRange(*system_settings.PER_ADMIN_RANGE)
        self.per_admin_spin.setSuffix(self.tr(" per administrator per hour"))
        self.style_combo = QComboBox()
        self.style_combo.addItem(
            self.tr("10 characters, no look-alikes (recommended)"), PasswordStyle.EASY.value
        )
        self.style_combo.addItem(
            self.tr("8 digits, as the manual shows"), PasswordStyle.NUMERIC.value
        )
        accessibility.name(self.style_combo, self.tr("New passwords"))
        self.mail_db_edit = QLineEdit()
        self.mail_db_edit.setPlaceholderText(self.tr("empty: the mail servers read this database"))
        lform.addRow(self.tr("SMS passwords at most:"), self.per_mailbox_spin)
        lform.addRow(self.tr("Sends at most:"), self.per_admin_spin)
        lform.addRow(self.tr("New passwords:"), self.style_combo)
        lform.addRow(self.tr("Mail servers' database:"), self.mail_db_edit)
        layout.addWidget(limits)
        self.demo_label = QLabel(
            self.tr("Demo database: SMS are shown on this screen, never sent.")
        )
        self.demo_label.setObjectName("warningLabel")
        self.demo_label.setWordWrap(True)
        self.demo_label.hide()
        layout.addWidget(self.demo_label)
        self.system_error_label = _status_label()
        layout.addWidget(self.system_error_label)
        layout.addStretch(1)
        self._system_fields: list[QWidget] = [
            *self.requests_tab.fields(),
            *self.helpdesk_tab.fields(),
            *self.signin_tab.fields(),
            self.sms_url_edit,
            self.sms_user_edit,
            self.sms_header_edit,
            self.per_mailbox_spin,
            self.per_admin_spin,
            self.style_combo,
            self.mail_db_edit,
        ]
        self._set_system_editable(False)  # until the values have loaded
        return tab

    # ------------------------------------------------------------------------------ system
    def _set_system_editable(self, editable: bool) -> None:
        for widget in self._system_fields:
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(not editable)
                widget.setEnabled(True)
                # A read-only empty field shows "not set", never an example that looks real.
                example = widget.property("example")
                if example is None:
                    widget.setProperty("example", widget.placeholderText())
                    example = widget.placeholderText()
                widget.setPlaceholderText(str(example) if editable else self.tr("not set"))
            else:
                widget.setEnabled(editable)

    def _load_system(self) -> None:
        if self.signed_in is None:
            self.system_error_label.say(self.tr("Sign in to see the system settings."))
            return
        self.system_error_label.say(self.tr("Loading…"))
        self.context.tasks.submit(
            "system-settings",
            system_settings.load,
            owner=self,
            db=self.signed_in.database,
            on_result=self._system_loaded,
            on_error=self._system_failed,
        )

    def _system_loaded(self, values: SystemSettings) -> None:
        self.loaded = values
        self.system_error_label.clear()
        self.sms_url_edit.setText(values.sms_base_url)
        self.sms_user_edit.setText(values.sms_usercode)
        self.sms_header_edit.setText(values.sms_header)
        self.per_mailbox_spin.setValue(values.reissue_per_mailbox_per_day)
        self.per_admin_spin.setValue(values.reissue_per_admin_per_hour)
        self.style_combo.setCurrentIndex(
            max(0, self.style_combo.findData(values.password_style.value))
        )
        self.mail_db_edit.setText(values.mail_database_url)
        self.requests_tab.show_values(values)
        self.helpdesk_tab.show_values(values)
        self.signin_tab.show_values(values)
        self.demo_label.setVisible(values.demo)
        self._set_system_editable(self.may_change_system)

    def _system_failed(self, exc: BaseException) -> None:
        text = text_for(exc) if isinstance(exc, AppError) else repr(exc)
        self.system_error_label.say(text, outcome="error", announce=True)
        self.requests_tab.error_label.say(text, outcome="error")  # shown on every tab
        self.helpdesk_tab.error_label.say(text, outcome="error")
        self.signin_tab.error_label.say(text, outcome="error")
        self.buttons.setEnabled(True)

    def system_changes(self) -> dict[str, str]:
        """What the superadmin changed, as the service takes it (text)."""
        if not self.may_change_system or self.loaded is None:
            return {}
        now = {
            "sms_base_url": self.sms_url_edit.text().strip(),
            "sms_usercode": self.sms_user_edit.text().strip(),
            "sms_header": self.sms_header_edit.text().strip(),
            "reissue_per_mailbox_per_day": str(self.per_mailbox_spin.value()),
            "reissue_per_admin_per_hour": str(self.per_admin_spin.value()),
            "password_style": str(self.style_combo.currentData()),
            "mail_database_url": self.mail_db_edit.text().strip(),
            **self.requests_tab.values(),
            **self.helpdesk_tab.values(),
            **self.signin_tab.values(),
        }
        before = system_settings.as_strings(self.loaded)
        return {key: value for key, value in now.items() if before.get(key) != value}

    # ------------------------------------------------------------------------------ profiles
    def _refresh_list(self) -> None:
        self.profile_list.clear()
        for profile in self._profiles:
            self.profile_list.addItem(f"{profile.name} — {profile.url}")

    def _load_selected(self, row: int) -> None:
        if 0 <= row < len(self._profiles):
            profile = self._profiles[row]
            self.name_edit.setText(profile.name)
            self.url_edit.setText(profile.url)
            self.password_edit.clear()

    def add_or_update(self) -> None:
        name = self.name_edit.text().strip()
        url, url_password = split_password(self.url_edit.text())
        if not name or name == DEMO_PROFILE:
            self.profile_error_label.say(
                self.tr("Give the profile a name (not “demo”)."), outcome="error", announce=True
            )
            return
        try:
            parse_url(url)
        except AppError as exc:
            self.profile_error_label.say(text_for(exc), outcome="error", announce=True)
            return
        self.profile_error_label.clear()
        password = self.password_edit.text() or url_password
        self._profiles = [p for p in self._profiles if p.name != name]
        self._profiles.append(ConnectionProfile(name, url))
        if password:
            self._pending_passwords[name] = password
        self.password_edit.clear()
        self._refresh_list()

    def remove_selected(self) -> None:
        row = self.profile_list.currentRow()
        if 0 <= row < len(self._profiles):
            removed = self._profiles.pop(row)
            self._pending_passwords[removed.name] = None
            self._refresh_list()

    # ------------------------------------------------------------------------------ saving
    def save(self) -> None:
        """Personal and this computer's settings at once; system settings through the
        service (validated, audited) — the dialog closes only when that succeeded."""
        settings = self.context.settings
        settings.language = str(self.language_combo.currentData())
        settings.appearance = str(self.appearance_combo.currentData())
        if self.context.theme is not None:
            self.context.theme.set_preference(settings.appearance)
        settings.save_profiles(self._profiles)
        settings.doveadm_config = self.doveadm_edit.text()
        changes: dict[str, str | None] = {
            ConnectionProfile(name, "").secret_key: password
            for name, password in self._pending_passwords.items()
        }
        self._pending_passwords.clear()
        if self.mail_db_password_edit.text():
            changes[MAIL_DB_SECRET_KEY] = self.mail_db_password_edit.text()
        if self.sms_password_edit.text():
            changes[SMS_SECRET_KEY] = self.sms_password_edit.text()
        if self.mebbis_token_edit.text():
            changes[MEBBIS_SECRET_KEY] = self.mebbis_token_edit.text()
        if self.portal_token_edit.text():
            changes[PORTAL_SECRET_KEY] = self.portal_token_edit.text()
        if changes:  # the keyring may be slow (D-Bus): never on the GUI thread
            self.context.tasks.submit(
                "store-secrets", store_secrets, secrets=self.context.secrets, changes=changes
            )
        settings.sync()
        system = self.system_changes()
        if not system or self.signed_in is None:
            self.accept()
            return
        self.system_error_label.say(self.tr("Saving…"))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        accessibility.park_focus(save, self.system_error_label)
        self.buttons.setEnabled(False)
        self.context.tasks.submit(
            "system-settings-save",
            system_settings.update,
            owner=self,
            db=self.signed_in.database,
            identity=self.signed_in.identity,
            changes=system,
            on_result=lambda _values: self.accept(),
            on_error=self._save_failed,
        )

    def _save_failed(self, exc: BaseException) -> None:
        changed = set(self.system_changes())
        # The tab the refused fields are on (the system tab when they span several).
        tabs = ((SignInTab.KEYS, 5), (HelpdeskTab.KEYS, 4))
        alone = next((i for keys, i in tabs if changed and changed <= keys), None)
        self.tabs.setCurrentIndex(alone or (3 if changed <= RequestsTab.KEYS else 2))
        self._system_failed(exc)
