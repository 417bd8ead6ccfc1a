"""Shared fixtures: real SQLite and a real PostgreSQL server, isolated settings and keyring."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa

from mebposta_admin.demo import seed as demo_seed
from mebposta_admin.services.database import Database, open_database
from tests.support import pg
from tests.support.keyrings import MemoryKeyring

BACKENDS = ("sqlite", "postgresql")
SEEDED_PEOPLE = 400


# ------------------------------------------------------------------------------ isolation

# The private Dovecot over a seeded database (mail_backend, mail_env), for any test module.
pytest_plugins = ["tests.support.mail_env"]


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own data and log directories, QSettings file and in-memory keyring."""
    monkeypatch.setenv("MEBPOSTA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("MEBPOSTA_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("MEBPOSTA_DB_URL", raising=False)
    monkeypatch.delenv("MEBPOSTA_PASSWORD", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def settings(tmp_path: Path):
    from PySide6.QtCore import QSettings

    from mebposta_admin.config import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


# ------------------------------------------------------------------------------ databases
@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg.PgServer]:
    server = pg.start()
    yield server
    server.stop()


class _Templates:
    """Migrated (and seeded) template databases, made once per backend and copied per test."""

    def __init__(self, base: Path, server_factory) -> None:
        self.base = base
        self.server_factory = server_factory
        self.made: dict[tuple[str, bool], str] = {}

    def template(self, backend: str, seeded: bool) -> str:
        key = (backend, seeded)
        if key not in self.made:
            name = f"tpl_{'seeded' if seeded else 'empty'}"
            url = self._new_url(backend, name)
            db = open_database(url)
            if seeded:
                # No demo history: tests count the audit events their own actions write.
                demo_seed.seed(db, SEEDED_PEOPLE, rng_seed=7, history=False)
            db.dispose()
            self.made[key] = name
        return self.made[key]

    def _new_url(self, backend: str, name: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{self.base / (name + '.sqlite3')}"
        server = self.server_factory()
        admin = sa.create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        admin.dispose()
        return server.url_for(name)

    def copy(self, backend: str, seeded: bool, tmp_path: Path) -> str:
        name = self.template(backend, seeded)
        if backend == "sqlite":
            target = tmp_path / "db.sqlite3"
            shutil.copyfile(self.base / (name + ".sqlite3"), target)
            return f"sqlite:///{target}"
        server = self.server_factory()
        new = f"t_{uuid.uuid4().hex[:12]}"
        admin = sa.create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{new}" TEMPLATE "{name}"')
        admin.dispose()
        return server.url_for(new)


@pytest.fixture(scope="session")
def templates(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> _Templates:
    return _Templates(
        tmp_path_factory.mktemp("templates"), lambda: request.getfixturevalue("pg_server")
    )


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, templates: _Templates, tmp_path: Path) -> str:
    """A fresh, migrated, empty database on the test's backend."""
    return templates.copy(backend, False, tmp_path)


@pytest.fixture
def seeded_url(backend: str, templates: _Templates, tmp_path: Path) -> str:
    """A fresh database holding the small demo data set (SEEDED_PEOPLE people)."""
    return templates.copy(backend, True, tmp_path)


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def seeded_db(seeded_url: str) -> Iterator[Database]:
    database = open_database(seeded_url)
    yield database
    database.dispose()


# ------------------------------------------------------------------------------ reporting
_passed_by_backend: Counter[str] = Counter()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        callspec = getattr(item, "callspec", None)
        backend = callspec.params.get("backend") if callspec is not None else None
        if backend in BACKENDS:
            item.add_marker(pytest.mark.db)
        elif "pg_server" in getattr(item, "fixturenames", ()):
            backend = "postgresql"
        if backend in BACKENDS:
            # carried by the test's report, so it is counted with pytest-xdist's workers too
            item.user_properties.append(("backend", backend))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    backend = dict(report.user_properties).get("backend")
    if report.when == "call" and report.passed and backend in BACKENDS:
        _passed_by_backend[str(backend)] += 1


def pytest_terminal_summary(terminalreporter) -> None:
    terminalreporter.write_sep("=", "database tests by backend")
    terminalreporter.write_line(
        f"SQLite: {_passed_by_backend['sqlite']} passed; "
        f"PostgreSQL: {_passed_by_backend['postgresql']} passed"
    )
