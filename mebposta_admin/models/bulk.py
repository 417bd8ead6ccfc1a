"""Bulk writes through the driver (``executemany`` on SQLite, ``COPY`` on PostgreSQL): the demo
seed now, imports next. Rows are plain tuples in the column orders below."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

log = logging.getLogger(__name__)


PEOPLE_COLUMNS = (
    "id",
    "tckn",
    "first_name",
    "last_name",
    "name_folded",
    "last_name_folded",
    "order_last",
    "order_first",
    "gsm",
    "institution_id",
    "province_code",
    "district_id",
    "active",
    "created_at",
    "updated_at",
)
MAILBOX_COLUMNS = (
    "id",
    "address",
    "kind",
    "person_id",
    "institution_id",
    "province_code",
    "display_name",
    "password_hash",
    "quota_bytes",
    "active",
    "maildir",
    "created_at",
    "password_changed_at",
)

Row = tuple[Any, ...]


class BulkWriter:
    """Fast inserts through the driver: ``executemany`` (SQLite) or ``COPY`` (PostgreSQL)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.dialect = conn.dialect.name
        moment = datetime.now(UTC).replace(microsecond=0) - timedelta(days=400)
        # SQLite stores SQLAlchemy's DateTime as text in this exact shape.
        self.now: Any = (
            moment.strftime("%Y-%m-%d %H:%M:%S.000000") if self.dialect == "sqlite" else moment
        )

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Row]) -> None:
        rows = list(rows)
        if not rows:
            return
        cols = ", ".join(columns)
        driver = self.conn.connection.driver_connection
        if self.dialect == "sqlite":
            marks = ", ".join("?" * len(columns))
            driver.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)  # type: ignore[union-attr]
        elif self._row_security(table):
            # COPY is refused where row-level security applies (an administrator's own role in
            # the shared deployment): the policies check each row of a plain INSERT instead.
            marks = ", ".join(["%s"] * len(columns))
            with driver.cursor() as cur:  # type: ignore[union-attr]
                cur.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)
        else:
            with driver.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:  # type: ignore[union-attr]
                for row in rows:
                    copy.write_row(row)

    def _row_security(self, table: str) -> bool:
        known: dict[str, bool] = self.__dict__.setdefault("_rls", {})
        if table not in known:
            known[table] = bool(
                self.conn.exec_driver_sql(f"SELECT row_security_active('{table}')").scalar()
            )
        return known[table]

    def insert_dicts(
        self, table: str, columns: Sequence[str], rows: Sequence[dict[str, Any]]
    ) -> None:
        """Rows as dicts (missing keys are NULL); aware datetimes stored as SQLAlchemy's UTC
        columns store them, so the ORM reads them back the same."""
        sqlite = self.dialect == "sqlite"

        def value(v: Any) -> Any:
            if isinstance(v, datetime):
                utc = v.astimezone(UTC)
                return utc.strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite else utc
            if sqlite and isinstance(v, bool):
                return int(v)
            return v

        self.insert(table, columns, [tuple(value(r.get(c)) for c in columns) for r in rows])

    def insert_mail(self, mailboxes: list[Row], aliases: list[Row], people: list[Row]) -> None:
        """Mailboxes and old addresses with their owner's area, which the triggers would
        otherwise add one row at a time (they are away during bulk loads; see
        ``search_index``). A unit account's area is its own province."""
        alias_columns: tuple[str, ...] = ("id", "address", "mailbox_id", "created_at")
        province, district = (PEOPLE_COLUMNS.index(c) for c in ("province_code", "district_id"))
        areas = {p[0]: (p[province], p[district]) for p in people}
        boxes = {m[0]: (areas[m[3]] if m[3] is not None else (m[5], None)) for m in mailboxes}
        area = ("scope_province", "scope_district")
        self.insert("mailboxes", (*MAILBOX_COLUMNS, *area), [m + boxes[m[0]] for m in mailboxes])
        self.insert("aliases", (*alias_columns, *area), [a + boxes[a[2]] for a in aliases])

    def fix_sequences(self) -> None:
        """Explicit ids were written: move PostgreSQL's sequences past them."""
        if self.dialect != "postgresql":
            return
        for table in ("institutions", "people", "mailboxes", "aliases"):
            self.conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" COALESCE((SELECT max(id) FROM {table}), 0) + 1, false)"
                )
            )
