"""Secrets in the keyring; without one, memory only, never a plaintext file."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import fail

from mebposta_admin.services.secret_store import SERVICE, SecretStore
from tests.support.keyrings import MemoryKeyring, RefusingKeyring


def test_persistent_keyring_round_trip() -> None:
    backend = MemoryKeyring()
    store = SecretStore(backend)
    assert store.persistent
    store.set("profile:merkez", "pw-1")
    assert backend.get_password(SERVICE, "profile:merkez") == "pw-1"
    assert SecretStore(backend).get("profile:merkez") == "pw-1"  # survives a new store
    store.delete("profile:merkez")
    assert store.get("profile:merkez") is None
    store.delete("profile:merkez")  # deleting twice is fine


def test_no_backend_keeps_secrets_in_memory_only(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    store = SecretStore(fail.Keyring())
    assert not store.persistent
    store.set("profile:x", "only-in-memory")
    assert store.get("profile:x") == "only-in-memory"
    assert SecretStore(fail.Keyring()).get("profile:x") is None  # gone with the session
    written = [p for p in Path(tmp_path).rglob("*") if p.is_file()]
    data_files = [
        p
        for p in Path(tmp_path).rglob("*")
        if p.is_file() and "only-in-memory" in p.read_text(errors="ignore")
    ]
    assert data_files == [], written


def test_refusing_backend_falls_back_visibly() -> None:
    store = SecretStore(RefusingKeyring())
    assert not store.persistent
    store.set("k", "v")
    assert store.get("k") == "v"


def test_default_backend_is_used() -> None:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    store = SecretStore()
    assert store.backend_name.endswith("MemoryKeyring")


class _FailsLater(MemoryKeyring):
    """Works at start-up (the probe), then the Secret Service goes away (a locked session, a
    D-Bus restart): every later call raises."""

    broken = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.broken:
            raise keyring.errors.KeyringError("the Secret Service went away")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.broken:
            raise keyring.errors.KeyringError("the Secret Service went away")
        super().set_password(service, username, password)


def test_a_keyring_that_fails_later_keeps_the_secret_in_memory_never_a_file(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    backend = _FailsLater()
    store = SecretStore(backend)
    assert store.persistent
    backend.broken = True
    store.set("sms:password", "Gec-Kalan-Sir-7")
    assert not store.persistent  # the window says so from now on
    assert store.get("sms:password") == "Gec-Kalan-Sir-7"  # this session only
    home = Path(os.environ.get("HOME", "/nonexistent"))
    places = [tmp_path, Path(os.environ["MEBPOSTA_DATA_DIR"]).parent]
    if (home / ".local" / "share" / "python_keyring").exists():
        places.append(home / ".local" / "share" / "python_keyring")
    leaked = [
        p
        for place in places
        for p in place.rglob("*")
        if p.is_file() and "Gec-Kalan-Sir-7" in p.read_text(errors="ignore")
    ]
    assert leaked == []
