"""Settings: interface language and database connection profiles (passwords in the keyring)."""

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
    QVBoxLayout,
    QWidget,
)

from mebposta_admin.app_context import AppContext
from mebposta_admin.config import DEMO_PROFILE, ConnectionProfile, split_password
from mebposta_admin.errors import AppError
from mebposta_admin.models.engine import parse_url
from mebposta_admin.services.reissue import MAIL_DB_SECRET_KEY
from mebposta_admin.services.secret_store import store_secrets
from mebposta_admin.services.sms_gateway import SECRET_KEY as SMS_SECRET_KEY
from mebposta_admin.ui.error_texts import text_for


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        self._profiles = list(context.settings.profiles())
        self._pending_passwords: dict[str, str | None] = {}
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("Interface"))
        form = QFormLayout(general)
        self.language_combo = QComboBox()
        self.language_combo.addItem("Türkçe", "tr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if context.settings.language == "tr" else 1)
        form.addRow(self.tr("Language:"), self.language_combo)
        note = QLabel(self.tr("A new language takes effect the next time the program starts."))
        note.setObjectName("hintLabel")
        note.setWordWrap(True)
        form.addRow("", note)
        layout.addWidget(general)

        profiles = QGroupBox(self.tr("Database connection profiles"))
        v = QVBoxLayout(profiles)
        self.profile_list = QListWidget()
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
        self.add_button = QPushButton(self.tr("Add or update"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row.addStretch(1)
        row.addWidget(self.remove_button)
        row.addWidget(self.add_button)
        v.addLayout(row)
        self.profile_error_label = QLabel()
        self.profile_error_label.setObjectName("statusLabel")
        self.profile_error_label.setProperty("error", True)
        self.profile_error_label.setWordWrap(True)
        v.addWidget(self.profile_error_label)
        keyring = QLabel(
            self.tr("Keyring: {backend}").format(backend=context.secrets.backend_name)
            if context.secrets.persistent
            else self.tr(
                "No system keyring is available: passwords are kept in memory for this session "
                "only and must be entered again next time."
            )
        )
        keyring.setObjectName("hintLabel" if context.secrets.persistent else "warningLabel")
        keyring.setWordWrap(True)
        v.addWidget(keyring)
        layout.addWidget(profiles)

        gateway = QGroupBox(self.tr("SMS gateway and mail server"))
        gform = QFormLayout(gateway)
        self.sms_url_edit = QLineEdit(context.settings.sms_base_url)
        self.sms_url_edit.setPlaceholderText("https://api.netgsm.com.tr")
        self.sms_user_edit = QLineEdit(context.settings.sms_usercode)
        self.sms_header_edit = QLineEdit(context.settings.sms_header)
        self.sms_password_edit = QLineEdit()
        self.sms_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sms_password_edit.setPlaceholderText(
            self.tr("stored in the keyring (leave empty to keep)")
        )
        self.doveadm_edit = QLineEdit(context.settings.doveadm_config)
        self.doveadm_edit.setPlaceholderText("/etc/dovecot/dovecot.conf")
        gform.addRow(self.tr("Gateway address:"), self.sms_url_edit)
        gform.addRow(self.tr("User code:"), self.sms_user_edit)
        gform.addRow(self.tr("Sender name:"), self.sms_header_edit)
        gform.addRow(self.tr("Gateway password:"), self.sms_password_edit)
        gform.addRow(self.tr("Dovecot configuration (doveadm):"), self.doveadm_edit)
        self.mail_db_edit = QLineEdit(context.settings.mail_database_url)
        self.mail_db_edit.setPlaceholderText(self.tr("empty: the mail servers read this database"))
        self.mail_db_password_edit = QLineEdit()
        self.mail_db_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.mail_db_password_edit.setPlaceholderText(
            self.tr("stored in the keyring (leave empty to keep)")
        )
        gform.addRow(self.tr("Mail servers' database:"), self.mail_db_edit)
        gform.addRow(self.tr("Its password:"), self.mail_db_password_edit)
        layout.addWidget(gateway)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add_or_update)
        self.remove_button.clicked.connect(self.remove_selected)
        self.profile_list.currentRowChanged.connect(self._load_selected)
        self._refresh_list()

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
            self.profile_error_label.setText(self.tr("Give the profile a name (not “demo”)."))
            return
        try:
            parse_url(url)
        except AppError as exc:
            self.profile_error_label.setText(text_for(exc))
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

    def save(self) -> None:
        settings = self.context.settings
        settings.language = str(self.language_combo.currentData())
        settings.save_profiles(self._profiles)
        settings.sms_base_url = self.sms_url_edit.text()
        settings.sms_usercode = self.sms_user_edit.text()
        settings.sms_header = self.sms_header_edit.text()
        settings.doveadm_config = self.doveadm_edit.text()
        mail_url, mail_password = split_password(self.mail_db_edit.text())
        settings.mail_database_url = mail_url
        changes: dict[str, str | None] = {
            ConnectionProfile(name, "").secret_key: password
            for name, password in self._pending_passwords.items()
        }
        if self.mail_db_password_edit.text() or mail_password:
            changes[MAIL_DB_SECRET_KEY] = self.mail_db_password_edit.text() or mail_password
        if self.sms_password_edit.text():
            changes[SMS_SECRET_KEY] = self.sms_password_edit.text()
        if changes:  # the keyring may be slow (D-Bus): never on the GUI thread
            self.context.tasks.submit(
                "store-secrets", store_secrets, secrets=self.context.secrets, changes=changes
            )
        settings.sync()
        self.accept()
