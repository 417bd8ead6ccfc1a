"""One engine factory for SQLite (embedded) and PostgreSQL (shared)."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from mebposta_admin.errors import DatabaseError

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 5
# A pooled PostgreSQL connection idle longer than this is pinged before use (a server restart
# or a dropped VPN while the administrator was away costs nothing visible). One in steady use
# is not: the ping is a round trip, a third of a small search.
PING_AFTER_IDLE_S = 10.0


def parse_url(url: str) -> URL:
    """Parse and check a database URL; only SQLite and PostgreSQL (psycopg 3) are supported."""
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError) as exc:  # ValueError: a port that is not a number
        raise DatabaseError("db.url_invalid", url=redact_url(url)) from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed
    if backend in ("postgresql", "postgres"):
        return parsed.set(drivername="postgresql+psycopg")
    raise DatabaseError("db.url_unsupported", url=redact_url(url))


def split_password(url: str) -> tuple[str, str | None]:
    """``postgresql://u:pw@h/db`` → (``postgresql://u@h/db``, ``pw``); bad URLs unchanged."""
    try:
        parsed = make_url(url.strip())
    except (ArgumentError, ValueError):
        return url.strip(), None
    password = parsed.password
    if password is None:
        return url.strip(), None
    # URL.set() ignores None, so build the URL again without the password.
    return parsed._replace(password=None).render_as_string(hide_password=False), str(password)


_TYPED_PASSWORD = re.compile(r"(://[^:/@\s]*:)([^@\s]*)(@)")


def redact_url(url: str | URL) -> str:
    """The URL as the user wrote it, for messages and logs: any password hidden, and no
    driver name of ours (``postgresql+psycopg`` is shown as ``postgresql``). An unparseable
    URL is shown as typed, its password part masked."""
    if isinstance(url, str):
        try:
            parsed = make_url(url.strip())
        except (ArgumentError, ValueError):
            return _TYPED_PASSWORD.sub(r"\1***\3", url.strip())
    else:
        parsed = url
    shown = parsed.set(drivername=parsed.get_backend_name())
    return shown.render_as_string(hide_password=True)


def describe(url: URL) -> str:
    """Short human description: ``SQLite /path/db.sqlite`` or ``PostgreSQL host:5432/db``."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database or ':memory:'}"
    port = f":{url.port}" if url.port else ""
    return f"PostgreSQL {url.host or 'localhost'}{port}/{url.database}"


# SQLite's default page cache is 2 MB, for a 1 GB database at 1.2 M people: a province
# administrator's search re-read the same index pages from the OS each time (notes/measured:
# 256 MB roughly halved them). The cache is a ceiling, filled only by pages read; memory-mapped
# reads share the OS page cache between the pool's connections.
SQLITE_CACHE_KIB = 256 * 1024
SQLITE_MMAP_BYTES = 2 * 1024**3


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KIB}")
    cur.execute(f"PRAGMA mmap_size = {SQLITE_MMAP_BYTES}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def create_app_engine(url: str | URL, *, echo: bool = False) -> Engine:
    """Create the application's engine.

    SQLite: WAL journal, foreign keys on, busy timeout, the parent directory created.
    PostgreSQL: psycopg 3 with automatic prepared statements off (a generic plan made a
    trigram search 1000x slower, notes/pitfalls.md) and a short connect timeout.
    """
    parsed = parse_url(url) if isinstance(url, str) else url
    kwargs: dict[str, Any] = {"echo": echo, "future": True}
    try:
        if parsed.get_backend_name() == "sqlite":
            db = parsed.database
            if db and db != ":memory:" and not _is_uri(parsed):
                try:
                    Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseError("db.cannot_open", url=redact_url(parsed)) from exc
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
            engine = create_engine(parsed, **kwargs)
            event.listen(engine, "connect", _sqlite_on_connect)
        else:
            kwargs["connect_args"] = {
                "prepare_threshold": None,
                "connect_timeout": PG_CONNECT_TIMEOUT_S,
                "application_name": "mebposta-admin",
            }
            engine = create_engine(parsed, **kwargs)
            _ping_when_idle(engine)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise DatabaseError("db.url_invalid", url=redact_url(parsed)) from exc
    return engine


def _is_uri(url: URL) -> bool:
    """``sqlite:///file:name?mode=memory&uri=true``: SQLite's own URI, not a path to create
    (making its "parent" left a ``file:`` folder in the working directory)."""
    return str(url.query.get("uri", "")).lower() in ("true", "1")  # ascii


def _ping_when_idle(engine: Engine) -> None:
    """Pessimistic disconnect handling, but only after idleness (SQLAlchemy's ``pool_pre_ping``
    pings at every checkout). A failed ping raises ``DisconnectionError``: the pool discards
    the connection and opens a new one (SQLAlchemy docs, "Disconnect Handling")."""

    @event.listens_for(engine.pool, "checkin")
    def _checked_in(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def _checked_out(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.get("idle_since")
        if idle_since is None or time.monotonic() - idle_since < PING_AFTER_IDLE_S:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the driver's own error types: any failure means "gone"
            raise DisconnectionError("idle connection failed its ping") from exc
        if not alive:
            raise DisconnectionError("idle connection failed its ping")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions for units of work; DTOs leave services, so expiring on commit is not needed."""
    return sessionmaker(engine, expire_on_commit=False)
