"""Typed settings over QSettings: every key with its default. Never secrets.

Connection profiles keep a name and a URL *without* password; the password lives in the
keyring under ``profile:<name>`` (see :mod:`mebposta_admin.services.secret_store`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings

from mebposta_admin.models.engine import split_password

SCHEMA_VERSION = 1
DEMO_PROFILE = "demo"
LANGUAGES = ("tr", "en")
APPEARANCES = ("system", "light", "dark")
# QSettings keys of version 0.1 → system settings (services/system_settings.py).
LEGACY_SYSTEM_KEYS = {
    "sms/base_url": "sms_base_url",
    "sms/usercode": "sms_usercode",
    "sms/header": "sms_header",
    "mail/database_url": "mail_database_url",
    "reissue/per_mailbox_per_day": "reissue_per_mailbox_per_day",
    "reissue/per_admin_per_hour": "reissue_per_admin_per_hour",
    "reissue/numeric": "password_style",
}


@dataclass(frozen=True)
class ConnectionProfile:
    name: str
    url: str  # without password

    @property
    def secret_key(self) -> str:
        return f"profile:{self.name}"


class Settings:
    """Application settings. Tests pass their own ``QSettings`` (an INI file in a temp dir)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings()
        if int(str(self._s.value("schema_version", 0))) < SCHEMA_VERSION:
            self._s.setValue("schema_version", SCHEMA_VERSION)

    # language ---------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        value = str(self._s.value("ui/language", "tr"))
        return value if value in LANGUAGES else "tr"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._s.setValue("ui/language", value)

    # appearance: "system" follows the desktop's light or dark scheme ---------------------------
    @property
    def appearance(self) -> str:
        value = str(self._s.value("ui/appearance", "system"))
        return value if value in APPEARANCES else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        if value not in APPEARANCES:
            raise ValueError(value)
        self._s.setValue("ui/appearance", value)

    # window -----------------------------------------------------------------------------------
    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("ui/window_geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("ui/window_geometry", value)

    # profiles ---------------------------------------------------------------------------------
    @property
    def last_profile(self) -> str:
        return str(self._s.value("connection/last_profile", DEMO_PROFILE))

    @last_profile.setter
    def last_profile(self, name: str) -> None:
        self._s.setValue("connection/last_profile", name)

    def profiles(self) -> list[ConnectionProfile]:
        result = []
        size = self._s.beginReadArray("connection/profiles")
        for i in range(size):
            self._s.setArrayIndex(i)
            result.append(ConnectionProfile(str(self._s.value("name")), str(self._s.value("url"))))
        self._s.endArray()
        return result

    def save_profiles(self, profiles: list[ConnectionProfile]) -> None:
        for profile in profiles:
            if split_password(profile.url)[1] is not None:
                raise ValueError("a profile URL must not carry a password")
        self._s.remove("connection/profiles")
        self._s.beginWriteArray("connection/profiles", len(profiles))
        for i, profile in enumerate(profiles):
            self._s.setArrayIndex(i)
            self._s.setValue("name", profile.name)
            self._s.setValue("url", profile.url)
        self._s.endArray()

    # this workstation's mail tools -----------------------------------------------------------
    def _text(self, key: str, default: str = "") -> str:
        return str(self._s.value(key, default) or "")

    @property
    def doveadm_config(self) -> str:
        """Path of the Dovecot configuration for ``doveadm kick``; empty: not available."""
        return self._text("mail/doveadm_config")

    @doveadm_config.setter
    def doveadm_config(self, value: str) -> None:
        self._s.setValue("mail/doveadm_config", value.strip())

    # values that moved to the database's system settings ---------------------------------------
    def legacy_system_values(self) -> dict[str, str]:
        """System settings an older version kept in this file, by their new names: a
        superadmin's first sign-in moves them into the database once (never trusted from a
        workstation otherwise)."""
        found: dict[str, str] = {}
        for old, new in LEGACY_SYSTEM_KEYS.items():
            value = self._s.value(old)
            if value is not None and str(value).strip():
                text = str(value).strip()
                if new == "password_style":
                    text = "numeric" if text.lower() == "true" else "easy"  # ascii flag
                found[new] = text
        return found

    def forget_legacy_system_values(self) -> None:
        for old in LEGACY_SYSTEM_KEYS:
            self._s.remove(old)

    def sync(self) -> None:
        self._s.sync()
