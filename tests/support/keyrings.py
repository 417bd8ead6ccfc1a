"""Keyring backends for tests: keyring itself cannot exist headless here (notes/pitfalls.md)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Stands in for the OS keyring (Secret Service / Credential Manager), which CI lacks."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError(username)
        del self.store[(service, username)]


class RefusingKeyring(KeyringBackend):
    """A keyring that is present but refuses every call (a locked or broken backend)."""

    priority = 10

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keyring refused")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keyring refused")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("the keyring refused")
