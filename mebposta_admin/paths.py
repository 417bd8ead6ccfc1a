"""Where the application's files are: shipped resources and the user's data and logs.

Resources live beside the package (a source checkout or the PyInstaller bundle lay them out
the same way), so no code branches on how the program was started.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from mebposta_admin import APP_NAME

_PACKAGE = Path(__file__).resolve().parent
# An installed wheel carries them inside the package (setup.py's build hook); a checkout and the
# PyInstaller bundle lay them out beside it.
_INSTALLED = _PACKAGE / "_data"
_ROOT = _INSTALLED if (_INSTALLED / "resources").is_dir() else _PACKAGE.parent
RESOURCES_DIR = _ROOT / "resources"
TRANSLATIONS_DIR = _ROOT / "translations"


def resource(*parts: str) -> Path:
    return RESOURCES_DIR.joinpath(*parts)


def _user_dir(override_variable: str, default: str) -> Path:
    """``$override_variable`` (tests, portable installs) or the platform's folder; created."""
    override = os.environ.get(override_variable)
    path = Path(override) if override else Path(default)
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_data_dir() -> Path:
    return _user_dir("MEBPOSTA_DATA_DIR", platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_log_dir() -> Path:
    return _user_dir("MEBPOSTA_LOG_DIR", platformdirs.user_log_dir(APP_NAME, appauthor=False))


def demo_database_path() -> Path:
    return user_data_dir() / "demo.sqlite3"


def demo_database_url() -> str:
    return f"sqlite:///{demo_database_path()}"
