"""Opening a database: URL checks, connectivity, schema version, migrations, write access.

Every failure becomes a :class:`DatabaseError` with a code the UI and CLI explain.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from mebposta_admin.errors import DatabaseError
from mebposta_admin.models import schema
from mebposta_admin.models.engine import (
    create_app_engine,
    describe,
    make_session_factory,
    parse_url,
    redact_url,
)

log = logging.getLogger(__name__)


@dataclass
class Database:
    """An open, migrated database: the engine and the session factory for units of work."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    # Reference data the application never changes (provinces, districts: written by
    # migrations only), kept for the life of this connection by the services that read it.
    reference: dict[str, Any] = field(default_factory=dict)
    # The shared deployment's profiles without a credential (services.role_sign_in): the
    # server's address, until the sign-in rebinds this database to the administrator's role.
    gate_url: URL | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def description(self) -> str:
        return describe(self.url)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any exception."""
        session = self.sessions()
        try:
            with session.begin():
                yield session
        except OperationalError as exc:
            raise self._classified(exc) from exc
        finally:
            session.close()

    @contextmanager
    def reading(self, *, statement_snapshots: bool = False) -> Iterator[Connection]:
        """Reads on a plain connection (no ORM session: searches are Core statements, and the
        session's bookkeeping costs more than some of them), in one transaction.

        ``statement_snapshots``: PostgreSQL runs each statement on its own (autocommit), which
        under READ COMMITTED sees exactly what the transaction would have, without the BEGIN
        and COMMIT round trips. SQLite keeps its transaction (one snapshot for all reads)."""
        try:
            with self.engine.connect() as conn:
                if statement_snapshots and self.dialect == "postgresql":
                    yield conn.execution_options(isolation_level="AUTOCOMMIT")
                    return
                with conn.begin():
                    yield conn
        except OperationalError as exc:
            raise self._classified(exc) from exc

    def _classified(self, exc: OperationalError) -> DatabaseError:
        error = classify_operational_error(exc, self.url)
        ended = error.code == "db.auth_failed" or "not permitted to log in" in str(exc)
        if self.gate_url is not None and ended:
            # The working role's session password no longer opens it (services.role_sign_in).
            return DatabaseError("db.session_ended")
        return error

    def dispose(self) -> None:
        self.engine.dispose()

    def rebind(self, url: URL) -> None:
        """Work as another role from now on (the sign-in's session; nothing is open yet)."""
        old = self.engine
        self.url = url
        self.engine = create_app_engine(url)
        self.sessions = make_session_factory(self.engine)
        self.reference.clear()
        old.dispose()


def gated(url: URL) -> Database:
    """A shared database reached through each administrator's own role: nothing is
    connected until the sign-in (services.role_sign_in)."""
    engine = create_app_engine(url)
    return Database(url=url, engine=engine, sessions=make_session_factory(engine), gate_url=url)


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def classify_operational_error(exc: DBAPIError, url: URL) -> DatabaseError:
    """Turn a driver error into a message code the user can act on."""
    message = str(exc.orig if exc.orig is not None else exc).lower()  # ascii driver text
    where = redact_url(url)
    if "readonly" in message or "read-only" in message:
        return DatabaseError("db.read_only", url=where)
    if "locked" in message:
        return DatabaseError("db.locked", url=where)
    if "password authentication failed" in message or "authentication" in message:
        return DatabaseError("db.auth_failed", url=where)
    if "does not exist" in message and "database" in message:
        return DatabaseError("db.missing", url=where)
    if "unable to open database file" in message:
        return DatabaseError("db.cannot_open", url=where)
    return DatabaseError("db.unreachable", url=where, reason=str(exc.orig or exc).strip()[:200])


def open_database(url: str | URL, *, migrate: bool = True) -> Database:
    """Connect, refuse a schema newer than this program, migrate an older one, check writes."""
    parsed = parse_url(url) if isinstance(url, str) else url
    engine = create_app_engine(parsed)
    try:
        status = schema_status(engine, parsed)
        if status.current is not None and status.current not in schema.known_revisions():
            raise DatabaseError("db.schema_newer", url=redact_url(parsed), revision=status.current)
        if not status.up_to_date:
            if not migrate:
                raise DatabaseError("db.schema_old", url=redact_url(parsed))
            log.info("Migrating %s from %s to %s", redact_url(parsed), status.current, status.head)
            try:
                schema.upgrade(engine)
            except OperationalError as exc:
                raise classify_operational_error(exc, parsed) from exc
        _check_writable(engine, parsed)
    except DatabaseError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(
            "db.unreachable", url=redact_url(parsed), reason=str(exc)[:200]
        ) from exc
    return Database(url=parsed, engine=engine, sessions=make_session_factory(engine))


def schema_status(engine: Engine, url: URL) -> SchemaStatus:
    try:
        with engine.connect() as conn:
            current = schema.current_revision(conn)
    except OperationalError as exc:
        raise classify_operational_error(exc, url) from exc
    return SchemaStatus(current=current, head=schema.head_revision())


def _check_writable(engine: Engine, url: URL) -> None:
    """Take and release a write lock so a read-only or locked file is reported at once."""
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            version = conn.exec_driver_sql("PRAGMA user_version").scalar()
            conn.exec_driver_sql(f"PRAGMA user_version = {int(version or 0)}")  # a real write
            conn.exec_driver_sql("ROLLBACK")
            mode = conn.execute(text("PRAGMA journal_mode = WAL")).scalar()
            log.debug("SQLite journal mode: %s", mode)
    except OperationalError as exc:
        raise classify_operational_error(exc, url) from exc
