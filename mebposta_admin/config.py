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

    def sync(self) -> None:
        self._s.sync()
