"""Fixtures (a plugin of tests/conftest.py): a seeded database and a private Dovecot reading
its mailbox table, per test module, on SQLite and on PostgreSQL (``mail_backend``,
``mail_env``)."""

from __future__ import annotations

import re
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from mebposta_admin.services.database import open_database
from tests.support import dovecot as dv


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def mail_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def mail_env(mail_backend, templates, request):
    """A seeded database and a Dovecot reading its mailbox table, for this module."""
    name = templates.template(mail_backend, True)
    folder: Path | None = None
    if mail_backend == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="mebposta-maildb-"))
        folder.chmod(0o755)
        path = folder / "mail.sqlite3"
        shutil.copyfile(templates.base / f"{name}.sqlite3", path)
        path.chmod(0o644)
        url, connect = f"sqlite:///{path}", str(path)
    else:
        server = request.getfixturevalue("pg_server")
        database = f"mail_{uuid.uuid4().hex[:10]}"
        admin = sa.create_engine(server.admin_url, isolation_level="AUTOCOMMIT")
        role_sql = (dv.SHIPPED / "dovecot-pgsql-role.sql").read_text()
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{database}" TEMPLATE "{name}"')
            exists = conn.exec_driver_sql(
                "SELECT 1 FROM pg_roles WHERE rolname = 'dovecot_reader'"
            ).first()
        admin.dispose()
        url = server.url_for(database)
        owner = sa.create_engine(url, isolation_level="AUTOCOMMIT")
        with owner.connect() as conn:
            for statement in role_sql.replace("DATABASE mebposta", f'DATABASE "{database}"').split(
                ";"
            ):
                statement = "\n".join(
                    line for line in statement.splitlines() if not line.startswith("--")
                ).strip()
                if not statement or (exists and statement.startswith("CREATE ROLE")):
                    continue
                conn.exec_driver_sql(statement.replace("'CHANGE-ME'", "'dovecot-test-pw'"))
        owner.dispose()
        host, port = re.search(r"@([\d.]+):(\d+)/", url).groups()  # type: ignore[union-attr]
        connect = (
            f"host={host} port={port} dbname={database}"
            " user=dovecot_reader password=dovecot-test-pw"
        )
    server_dv = dv.start(mail_backend, connect)
    db = open_database(url)
    yield db, server_dv
    db.dispose()
    server_dv.stop()
    if folder is not None:  # the SQLite mail database's folder (0755 for the mail uid)
        shutil.rmtree(folder, ignore_errors=True)
