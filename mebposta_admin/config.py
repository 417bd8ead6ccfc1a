"""Typed settings over QSettings: every key with its default. Never secrets.

Connection profiles keep a name and a URL *without* password; the password lives in the
keyring under ``profile:<name>`` (see :mod:`mebposta_admin.services.secret_store`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

SCHEMA_VERSION = 1
DEMO_PROFILE = "demo"
LANGUAGES = ("tr", "en")


@dataclass(frozen=True)
class ConnectionProfile:
    name: str
    url: str  # without password

    @property
    def secret_key(self) -> str:
        return f"profile:{self.name}"


def split_password(url: str) -> tuple[str, str | None]:
    """``postgresql://u:pw@h/db`` → (``postgresql://u@h/db``, ``pw``); bad URLs unchanged."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError:
        return url.strip(), None
    password = parsed.password
    if password is None:
        return url.strip(), None
    # URL.set() ignores None, so build the URL again without the password.
    return parsed._replace(password=None).render_as_string(hide_password=False), str(password)


class Settings:
    """Application settings. Tests pass their own ``QSettings`` (an INI file in a temp dir)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings()
        if int(self._s.value("schema_version", 0)) < SCHEMA_VERSION:
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

    # SMS gateway and mail server -------------------------------------------------------------
    def _text(self, key: str, default: str = "") -> str:
        return str(self._s.value(key, default) or "")

    @property
    def sms_base_url(self) -> str:
        """Netgsm REST base URL, e.g. https://api.netgsm.com.tr; empty: no gateway."""
        return self._text("sms/base_url")

    @sms_base_url.setter
    def sms_base_url(self, value: str) -> None:
        self._s.setValue("sms/base_url", value.strip())

    @property
    def sms_usercode(self) -> str:
        return self._text("sms/usercode")

    @sms_usercode.setter
    def sms_usercode(self, value: str) -> None:
        self._s.setValue("sms/usercode", value.strip())

    @property
    def sms_header(self) -> str:
        return self._text("sms/header", "MEB")

    @sms_header.setter
    def sms_header(self, value: str) -> None:
        self._s.setValue("sms/header", value.strip())

    @property
    def doveadm_config(self) -> str:
        """Path of the Dovecot configuration for ``doveadm kick``; empty: not available."""
        return self._text("mail/doveadm_config")

    @doveadm_config.setter
    def doveadm_config(self, value: str) -> None:
        self._s.setValue("mail/doveadm_config", value.strip())

    @property
    def mail_database_url(self) -> str:
        """The database the mail servers read, without password; empty: the application's."""
        return self._text("mail/database_url")

    @mail_database_url.setter
    def mail_database_url(self, value: str) -> None:
        url, password = split_password(value)
        if password is not None:
            raise ValueError("the mail database URL must not carry a password")
        self._s.setValue("mail/database_url", url)

    @property
    def reissue_per_mailbox_per_day(self) -> int:
        return int(self._s.value("reissue/per_mailbox_per_day", 3))

    @property
    def reissue_per_admin_per_hour(self) -> int:
        return int(self._s.value("reissue/per_admin_per_hour", 30))

    @property
    def reissue_numeric_passwords(self) -> bool:
        return str(self._s.value("reissue/numeric", "false")).lower() == "true"  # ascii

    def sync(self) -> None:
        self._s.sync()
