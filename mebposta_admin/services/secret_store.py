"""Secrets (database passwords, gateway credentials) in the OS keyring.

When no keyring backend works (headless Linux has ``keyring.backends.fail.Keyring``), secrets
live in this process's memory only and :attr:`SecretStore.persistent` is False so the UI can say
so. There is deliberately no plaintext file fallback (vorta issue #1361 is the anti-example).
"""

from __future__ import annotations

import logging

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

log = logging.getLogger(__name__)

SERVICE = "mebposta-admin"


class SecretStore:
    """get/set/delete secrets by key; falls back to session memory with a visible flag."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend or keyring.get_keyring()
        self._memory: dict[str, str] = {}
        self._persistent = self._probe()

    @property
    def persistent(self) -> bool:
        """False when secrets are only kept for this session (no working keyring)."""
        return self._persistent

    @property
    def backend_name(self) -> str:
        cls = type(self._backend)
        return f"{cls.__module__}.{cls.__name__}"

    def _probe(self) -> bool:
        if getattr(self._backend, "priority", 1) <= 0 and "fail" in type(self._backend).__module__:
            log.warning("No keyring backend: secrets are kept in memory for this session only")
            return False
        try:
            self._backend.get_password(SERVICE, "__probe__")
        except (NoKeyringError, KeyringError, RuntimeError) as exc:
            log.warning(
                "Keyring %s refused (%s): secrets kept in memory only", self.backend_name, exc
            )
            return False
        return True

    def get(self, key: str) -> str | None:
        if not self._persistent:
            return self._memory.get(key)
        try:
            return self._backend.get_password(SERVICE, key)
        except (KeyringError, RuntimeError) as exc:
            self._fall_back(exc)
            return self._memory.get(key)

    def set(self, key: str, secret: str) -> None:
        if not self._persistent:
            self._memory[key] = secret
            return
        try:
            self._backend.set_password(SERVICE, key, secret)
        except (KeyringError, RuntimeError) as exc:
            self._fall_back(exc)
            self._memory[key] = secret

    def delete(self, key: str) -> None:
        self._memory.pop(key, None)
        if not self._persistent:
            return
        try:
            self._backend.delete_password(SERVICE, key)
        except PasswordDeleteError:
            pass
        except (KeyringError, RuntimeError) as exc:
            self._fall_back(exc)

    def _fall_back(self, exc: Exception) -> None:
        log.warning("Keyring failed (%s): keeping secrets in memory for this session", exc)
        self._persistent = False


def store_secrets(secrets: SecretStore, changes: dict[str, str | None]) -> None:
    """Set (or, for None, delete) several secrets: one call for a worker thread."""
    for key, value in changes.items():
        if value is None:
            secrets.delete(key)
        else:
            secrets.set(key, value)
