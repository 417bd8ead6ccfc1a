"""Realistic synthetic data for the demo and for benchmarks (any size; 1.2 M must work).

Names come from ``resources/data/turkish_names.csv`` (weighted by rank), never from a per-row
Faker call, which would take minutes at national scale (notes/pitfalls.md). Rows are produced
in chunks and written with the driver's bulk path (``executemany`` on SQLite, ``COPY`` on
PostgreSQL) inside one transaction, so a cancelled or failed seed leaves nothing behind.

vocabulary: what it is made of; generate: the rows; models.bulk: the writer.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, func, select, text

from mebposta_admin.demo.generate import (
    _Geography,
    _make_admins,
    _make_institutions,
    _make_people,
    _make_reissue_history,
    _make_unit_accounts,
)
from mebposta_admin.demo.vocabulary import (
    CHUNK,
    DEFAULT_DEMO_PEOPLE,
    DEMO_ADMIN_PLACES,
    DEMO_ADMINS,
    DEMO_PASSWORD,
    _load_names,
)
from mebposta_admin.domain.addresses import AddressAllocator
from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.errors import ValidationFailed
from mebposta_admin.models import (
    AdminAccount,
    Person,
    SystemSetting,
    search_index,
)
from mebposta_admin.models.bulk import PEOPLE_COLUMNS, BulkWriter
from mebposta_admin.services import audit, audit_chain
from mebposta_admin.services.database import Database
from mebposta_admin.services.tasks import (
    CancelToken,
    NeverCancelled,
    ProgressFn,
    check,
    no_progress,
)

__all__ = [  # what the front ends, tests and benchmarks use
    "CHUNK",
    "DEFAULT_DEMO_PEOPLE",
    "DEMO_ADMINS",
    "DEMO_ADMIN_PLACES",
    "DEMO_PASSWORD",
    "SeedSummary",
    "is_empty",
    "seed",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SeedSummary:
    people: int
    institutions: int
    mailboxes: int
    aliases: int
    unit_accounts: int
    admins: int
    seconds: float


def is_empty(db: Database) -> bool:
    with db.unit_of_work() as session:
        people = session.scalar(select(func.count()).select_from(Person)) or 0
        admins = session.scalar(select(func.count()).select_from(AdminAccount)) or 0
        return people == 0 and admins == 0


def seed(
    db: Database,
    people: int = DEFAULT_DEMO_PEOPLE,
    *,
    rng_seed: int = 2026,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    history: bool = True,
) -> SeedSummary:
    """Fill an empty database with demo data in one transaction. ``history``: months of past
    SMS reissues and their audit events (tests that count audit events start without)."""
    if people < 0:
        raise ValidationFailed("demo.people_negative")
    cancel = cancel or NeverCancelled()
    started = datetime.now(UTC)
    rng = random.Random(rng_seed)
    names = _load_names()
    with db.engine.connect() as conn, conn.begin():
        if not _empty(conn):
            raise ValidationFailed("demo.not_empty")
        writer = BulkWriter(conn)
        search_index.drop(conn)  # write first, index after: far faster at national scale
        geo = _Geography.load(conn)
        progress(0, people, "institutions")
        institutions = _make_institutions(rng, geo, people)
        writer.insert(
            "institutions",
            ("id", "code", "name", "name_folded", "kind", "province_code", "district_id"),
            institutions,
        )
        check(cancel)
        allocator = AddressAllocator()
        used_tckn: set[str] = set()
        units = _make_unit_accounts(geo, institutions, allocator, writer.now)
        writer.insert_mail(units, [], [])
        schools = [i for i in institutions if i[4] == "school"]
        made_people = made_aliases = 0
        mailbox_id = len(units)
        alias_id = 0
        for start in range(0, people, CHUNK):
            check(cancel)
            count = min(CHUNK, people - start)
            p_rows, m_rows, a_rows = _make_people(
                rng,
                names,
                schools,
                allocator,
                used_tckn,
                start,
                count,
                mailbox_id,
                alias_id,
                writer.now,
            )
            writer.insert("people", PEOPLE_COLUMNS, p_rows)
            writer.insert_mail(m_rows, a_rows, p_rows)
            made_people += len(p_rows)
            made_aliases += len(a_rows)
            mailbox_id += len(m_rows)
            alias_id += len(a_rows)
            progress(made_people, people, "people")
        check(cancel)
        progress(people, people, "admins")
        admins = _make_admins(conn, geo, writer.now)
        if history:
            from mebposta_admin.demo.admins import make_roster

            admins += make_roster(conn, geo.districts, rng)
        # The demo signs in with the password alone (Settings → Sign-in turns the second
        # factor on); a real database asks superadmins and the help desk for it.
        conn.execute(
            SystemSetting.__table__.insert(),  # type: ignore[attr-defined]
            [
                {
                    "key": key,
                    "value": value,
                    "updated_at": datetime.now(UTC),
                    "updated_by": "(demo)",
                }
                for key, value in (("demo", "true"), ("totp_roles", '""'))
            ],
        )
        writer.fix_sequences()
        if history:
            _make_reissue_history(conn, rng)
        progress(people, people, "indexes")
        search_index.create(conn)
        audit_chain.append_rows(
            conn,
            [
                {
                    "occurred_at": datetime.now(UTC),
                    "admin_username": "(demo)",
                    "workstation": audit.workstation(),
                    "action": AuditAction.DEMO_SEED.value,
                    "outcome": audit.SUCCESS,
                    "details": f'{{"people": {people}, "seed": {rng_seed}}}',
                }
            ],
        )
        from mebposta_admin.demo.requests import copy_mebbis

        copy_mebbis(conn, writer.now)
        progress(people, people, "commit")
    _seed_custodians(db, rng, history)
    if history:
        _seed_requests(db, rng)
        _seed_tickets(db, rng)
    if db.dialect == "postgresql":
        # After a bulk load: the visibility map lets the covering indexes answer without
        # visiting the table (autovacuum would get there too, minutes later).
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM (ANALYZE) people, mailboxes, aliases, institutions")
    seconds = (datetime.now(UTC) - started).total_seconds()
    log.info("Seeded %d people in %.1f s", people, seconds)
    return SeedSummary(
        people=made_people,
        institutions=len(institutions),
        mailboxes=mailbox_id,
        aliases=made_aliases,
        unit_accounts=len(units),
        admins=admins,
        seconds=seconds,
    )


def _seed_custodians(db: Database, rng: random.Random, history: bool) -> None:
    from mebposta_admin.demo.units import make_custodians

    with db.unit_of_work() as session:
        made = make_custodians(session, rng, history=history)
    log.info("Seeded %d unit-account custodians", made)


def _seed_requests(db: Database, rng: random.Random) -> None:
    """Info-update requests through the intake itself (checked, placed, due, superseding)."""
    from mebposta_admin.demo.requests import make_requests

    with db.unit_of_work() as session:
        made = make_requests(session, rng)
    log.info("Seeded %d info-update requests", made)


def _seed_tickets(db: Database, rng: random.Random) -> None:
    """Help-desk tickets through the intake itself (threaded, linked, queued, clocked)."""
    from mebposta_admin.demo.tickets import make_tickets

    with db.unit_of_work() as session:
        made = make_tickets(session, rng)
    log.info("Seeded %d help-desk tickets", made)


def _empty(conn: Connection) -> bool:
    for table in ("people", "admin_accounts", "mailboxes", "institutions"):
        if conn.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first():
            return False
    return True
