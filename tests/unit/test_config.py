"""Typed settings: defaults, languages, profiles without passwords."""

from __future__ import annotations

from pathlib import Path

import pytest

from mebposta_admin.config import ConnectionProfile
from mebposta_admin.models.engine import split_password


def test_defaults(settings) -> None:
    assert settings.language == "tr"
    assert settings.last_profile == "demo"
    assert settings.profiles() == []
    assert settings.window_geometry is None


def test_language_is_validated(settings) -> None:
    settings.language = "en"
    assert settings.language == "en"
    with pytest.raises(ValueError):
        settings.language = "de"


def test_profiles_round_trip_and_never_hold_passwords(settings, tmp_path: Path) -> None:
    profiles = [ConnectionProfile("Merkez", "postgresql://yonetici@db.meb:5432/posta")]
    settings.save_profiles(profiles)
    settings.sync()
    assert settings.profiles() == profiles
    with pytest.raises(ValueError):
        settings.save_profiles([ConnectionProfile("x", "postgresql://u:secret@h/db")])
    assert "secret" not in (tmp_path / "settings.ini").read_text()


def test_split_password() -> None:
    assert split_password("postgresql://u:p%40ss@h:5432/db") == ("postgresql://u@h:5432/db", "p@ss")
    assert split_password("sqlite:////tmp/x.sqlite3") == ("sqlite:////tmp/x.sqlite3", None)
