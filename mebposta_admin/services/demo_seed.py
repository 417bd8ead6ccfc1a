"""Realistic synthetic data for the demo and for benchmarks (any size; 1.2 M must work).

Names come from ``resources/data/turkish_names.csv`` (weighted by rank), never from a per-row
Faker call, which would take minutes at national scale (notes/pitfalls.md). Rows are produced
in chunks and written with the driver's bulk path (``executemany`` on SQLite, ``COPY`` on
PostgreSQL) inside one transaction, so a cancelled or failed seed leaves nothing behind.
"""

from __future__ import annotations

import csv
import functools
import itertools
import json
import logging
import random
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, func, select, text

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.domain.addresses import DOMAIN, AddressAllocator, local_part
from mebposta_admin.domain.folding import fold, order_key, person_name_key
from mebposta_admin.domain.roles import Role
from mebposta_admin.errors import ValidationFailed
from mebposta_admin.models import (
    AdminAccount,
    AuditEvent,
    District,
    Person,
    Province,
    ReissueAttempt,
    SystemSetting,
    search_index,
)
from mebposta_admin.models.entities import DEFAULT_QUOTA_BYTES
from mebposta_admin.paths import resource
from mebposta_admin.services import audit
from mebposta_admin.services.auth import hash_password
from mebposta_admin.services.database import Database
from mebposta_admin.services.mail_backend import dovecot_hash
from mebposta_admin.services.tasks import (
    CancelToken,
    NeverCancelled,
    ProgressFn,
    check,
    no_progress,
)

log = logging.getLogger(__name__)

DEFAULT_DEMO_PEOPLE = 20_000
CHUNK = 50_000
PEOPLE_PER_SCHOOL = 17  # ~70 k institutions for 1.2 M staff (design.md §5)
DEMO_PASSWORD = "Demo.Parola-2026"
UNIT_QUOTA_BYTES = 2 * DEFAULT_QUOTA_BYTES

# Demo administrators: one of every role (username, display name, role, province, district).
DEMO_ADMINS: tuple[tuple[str, str, Role, str | None, str | None], ...] = (
    ("sistem", "Sistem Yöneticisi", Role.SUPERADMIN, None, None),
    ("yardim", "Yardım Masası Görevlisi", Role.HELPDESK, None, None),
    ("il06", "Ankara İl MEBBİS Yöneticisi", Role.PROVINCE_ADMIN, "06", None),
    ("il07", "Antalya İl MEBBİS Yöneticisi", Role.PROVINCE_ADMIN, "07", None),
    ("ilce0601", "Çankaya İlçe MEBBİS Yöneticisi", Role.DISTRICT_ADMIN, "06", "Çankaya"),
    ("denetci", "Denetçi", Role.AUDITOR, None, None),
)

# Province names of the demo administrators' scopes (shown on the sign-in screen in demo mode).
DEMO_ADMIN_PLACES = {"il06": "Ankara", "il07": "Antalya", "ilce0601": "Ankara"}

CENTRAL_UNITS: tuple[tuple[str, str], ...] = (
    ("pgm_tasra", "Personel Genel Müdürlüğü Taşra Atama"),
    ("pgm_merkez", "Personel Genel Müdürlüğü Merkez"),
    ("bidb_destek", "Bilgi İşlem Dairesi Destek"),
    ("tegm", "Temel Eğitim Genel Müdürlüğü"),
    ("ortaogretim", "Ortaöğretim Genel Müdürlüğü"),
    ("mtegm", "Mesleki ve Teknik Eğitim Genel Müdürlüğü"),
    ("strateji", "Strateji Geliştirme Başkanlığı"),
    ("rehberlik", "Özel Eğitim ve Rehberlik Hizmetleri Genel Müdürlüğü"),
)

_SCHOOL_NAMES = (
    "Atatürk",
    "Cumhuriyet",
    "Gazi",
    "Fatih",
    "Mimar Sinan",
    "Yunus Emre",
    "Mehmet Akif Ersoy",
    "İstiklal",
    "Şehit Öğretmen Aybüke Yalçın",
    "Kâzım Karabekir",
    "Barbaros",
    "Piri Reis",
    "Ziya Gökalp",
    "Namık Kemal",
    "Hacı Bektaş Veli",
    "Mevlana",
    "İnönü",
    "Fevzi Çakmak",
    "Şehit Ömer Halisdemir",
    "15 Temmuz Şehitleri",
    "Hasan Âli Yücel",
    "Nene Hatun",
    "Yahya Kemal",
    "Aşık Veysel",
    "Necip Fazıl Kısakürek",
    "Cahit Arf",
    "Aziz Sancar",
    "Ulubatlı Hasan",
    "Kanuni",
    "Yavuz Sultan Selim",
    "Alparslan",
    "Ertuğrul Gazi",
    "Çanakkale Şehitleri",
    "Kurtuluş",
    "Bahçelievler",
    "Yenimahalle",
    "Hürriyet",
    "Zafer",
    "Adalet",
    "Gülbahar Hatun",
    "Sakarya",
    "Dumlupınar",
    "Şehit Halil İbrahim",
    "Akşemsettin",
    "Bilge Kağan",
    "Kaşgarlı Mahmut",
    "Farabi",
    "İbn-i Sina",
    "Ali Kuşçu",
    "Uluğ Bey",
)
_SCHOOL_KINDS = (
    ("İlkokulu", 30),
    ("Ortaokulu", 25),
    ("Anaokulu", 8),
    ("Anadolu Lisesi", 12),
    ("Mesleki ve Teknik Anadolu Lisesi", 8),
    ("İmam Hatip Ortaokulu", 6),
    ("Anadolu İmam Hatip Lisesi", 4),
    ("Fen Lisesi", 1),
    ("Halk Eğitim Merkezi", 2),
    ("Bilim ve Sanat Merkezi", 1),
    ("Özel Eğitim Uygulama Okulu", 2),
    ("Öğretmenevi", 1),
)
_GSM_PREFIXES = (
    "530",
    "531",
    "532",
    "533",
    "535",
    "536",
    "537",
    "538",
    "539",
    "541",
    "542",
    "543",
    "544",
    "545",
    "546",
    "505",
    "506",
    "507",
    "551",
    "552",
    "553",
    "554",
    "555",
    "559",
    "501",
)
_OLD_DOMAIN = "meb.k12.tr"


@dataclass(frozen=True)
class SeedSummary:
    people: int
    institutions: int
    mailboxes: int
    aliases: int
    unit_accounts: int
    admins: int
    seconds: float


@dataclass(frozen=True)
class _Names:
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    male_w: tuple[float, ...]
    female_w: tuple[float, ...]
    surname_w: tuple[float, ...]


@functools.lru_cache(maxsize=65536)
def _fold(name: str) -> str:
    """Names repeat endlessly in a seed: fold each distinct one once."""
    return fold(name)


def _load_names() -> _Names:
    lists: dict[str, list[tuple[int, str]]] = {"male": [], "female": [], "surname": []}
    with resource("data", "turkish_names.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lists[row["kind"]].append((int(row["rank"]), row["name"].strip()))

    def weighted(kind: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
        ranked = sorted(lists[kind])
        names = tuple(n for _, n in ranked)
        cum = tuple(itertools.accumulate(1.0 / (r**0.7) for r, _ in ranked))  # Zipf-like
        return names, cum

    male, mw = weighted("male")
    female, fw = weighted("female")
    surnames, sw = weighted("surname")
    return _Names(male, female, surnames, mw, fw, sw)


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
        writer = _BulkWriter(conn)
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
            writer.insert("people", _PEOPLE_COLUMNS, p_rows)
            writer.insert_mail(m_rows, a_rows, p_rows)
            made_people += len(p_rows)
            made_aliases += len(a_rows)
            mailbox_id += len(m_rows)
            alias_id += len(a_rows)
            progress(made_people, people, "people")
        check(cancel)
        progress(people, people, "admins")
        admins = _make_admins(conn, geo, writer.now)
        conn.execute(
            SystemSetting.__table__.insert(),  # type: ignore[attr-defined]
            {
                "key": "demo",
                "value": "true",
                "updated_at": datetime.now(UTC),
                "updated_by": "(demo)",
            },
        )
        writer.fix_sequences()
        if history:
            _make_reissue_history(conn, rng)
        progress(people, people, "indexes")
        search_index.create(conn)
        conn.execute(
            AuditEvent.__table__.insert(),  # type: ignore[attr-defined]
            {
                "occurred_at": datetime.now(UTC),
                "admin_username": "(demo)",
                "workstation": audit.workstation(),
                "action": "demo.seed",
                "outcome": audit.SUCCESS,
                "details": f'{{"people": {people}, "seed": {rng_seed}}}',
            },
        )
        progress(people, people, "commit")
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


def _empty(conn: Connection) -> bool:
    for table in ("people", "admin_accounts", "mailboxes", "institutions"):
        if conn.execute(text(f"SELECT 1 FROM {table} LIMIT 1")).first():
            return False
    return True


@dataclass
class _Geography:
    provinces: dict[str, str]  # code -> name
    districts: dict[str, list[tuple[int, str]]]  # province code -> [(id, name)]

    @classmethod
    def load(cls, conn: Connection) -> _Geography:
        provinces = {
            code: name for code, name in conn.execute(select(Province.code, Province.name))
        }
        districts: dict[str, list[tuple[int, str]]] = {code: [] for code in provinces}
        for did, code, name in conn.execute(
            select(District.id, District.province_code, District.name).order_by(District.id)
        ).all():
            districts[code].append((did, name))
        return cls(provinces, districts)


_PEOPLE_COLUMNS = (
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
_MAILBOX_COLUMNS = (
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


def _make_institutions(rng: random.Random, geo: _Geography, people: int) -> list[Row]:
    rows: list[Row] = []
    codes = iter(rng.sample(range(100_000, 1_000_000), 900_000))
    n = 0

    def add(name: str, kind: str, province: str | None, district: int | None) -> None:
        nonlocal n
        n += 1
        rows.append((n, str(next(codes)), name, fold(name), kind, province, district))

    for _unit, name in CENTRAL_UNITS:
        add(name, "central", None, None)
    for code, pname in sorted(geo.provinces.items()):
        add(f"{pname} İl Millî Eğitim Müdürlüğü", "province_office", code, None)
        for did, dname in geo.districts[code]:
            add(f"{dname} İlçe Millî Eğitim Müdürlüğü", "district_office", code, did)
    all_districts = [(code, did) for code, ds in geo.districts.items() for did, _ in ds]
    kinds = [k for k, _ in _SCHOOL_KINDS]
    kind_w = [w for _, w in _SCHOOL_KINDS]
    schools = max(len(all_districts), people // PEOPLE_PER_SCHOOL)
    for i in range(schools):
        code, did = all_districts[i] if i < len(all_districts) else rng.choice(all_districts)
        kind = rng.choices(kinds, kind_w)[0]
        add(f"{rng.choice(_SCHOOL_NAMES)} {kind}", "school", code, did)
    return rows


def _make_unit_accounts(
    geo: _Geography, institutions: list[Row], allocator: AddressAllocator, now: Any
) -> list[Row]:
    rows: list[Row] = []
    offices = {r[5]: r for r in institutions if r[4] == "province_office"}
    central = {r[2]: r for r in institutions if r[4] == "central"}
    n = 0
    for code, pname in sorted(geo.provinces.items()):
        n += 1
        address = f"maarif{code}@{DOMAIN}"
        allocator.taken.add(address)
        office = offices[code]
        rows.append(
            (
                n,
                address,
                "unit",
                None,
                office[0],
                code,
                f"{pname} İl MEM birim hesabı",
                None,
                UNIT_QUOTA_BYTES,
                True,
                f"{DOMAIN}/maarif{code}/",
                now,
                None,
            )
        )
    for unit, name in CENTRAL_UNITS:
        n += 1
        address = f"{unit}@{DOMAIN}"
        allocator.taken.add(address)
        rows.append(
            (
                n,
                address,
                "unit",
                None,
                central[name][0],
                None,
                name,
                None,
                UNIT_QUOTA_BYTES,
                True,
                f"{DOMAIN}/{unit}/",
                now,
                None,
            )
        )
    return rows


def _make_people(
    rng: random.Random,
    names: _Names,
    schools: Sequence[Row],
    allocator: AddressAllocator,
    used_tckn: set[str],
    start: int,
    count: int,
    mailbox_start: int,
    alias_start: int,
    now: Any,
) -> tuple[list[Row], list[Row], list[Row]]:
    females = [rng.random() < 0.55 for _ in range(count)]  # MEB staff are mostly women
    male_first = rng.choices(names.male, cum_weights=names.male_w, k=count)
    female_first = rng.choices(names.female, cum_weights=names.female_w, k=count)
    seconds = rng.choices(names.female, cum_weights=names.female_w, k=count)
    seconds_m = rng.choices(names.male, cum_weights=names.male_w, k=count)
    surnames = rng.choices(names.surnames, cum_weights=names.surname_w, k=count)
    places = rng.choices(schools, k=count)
    people: list[Row] = []
    mailboxes: list[Row] = []
    aliases: list[Row] = []
    for i in range(count):
        pid = start + i + 1
        female = females[i]
        first = female_first[i] if female else male_first[i]
        if rng.random() < 0.12:
            second = seconds[i] if female else seconds_m[i]
            if second != first:
                first = f"{first} {second}"
        last = surnames[i]
        if rng.random() < 0.01:
            last = f"{last} {rng.choice(names.surnames)}"  # double surnames exist too
        while True:
            tckn = tckn_rules.generate(rng)
            if tckn not in used_tckn:
                break
        used_tckn.add(tckn)
        gsm = (
            None
            if rng.random() < 0.03
            else rng.choice(_GSM_PREFIXES) + f"{rng.randrange(10**7):07d}"
        )
        school = places[i]
        active = rng.random() >= 0.02
        people.append(
            (
                pid,
                tckn,
                first,
                last,
                person_name_key(_fold(first), _fold(last)),
                _fold(last),
                order_key(last, first),
                order_key(first, last),
                gsm,
                school[0],
                school[5],
                school[6],
                active,
                now,
                now,
            )
        )
        address = allocator.allocate(first, last)
        mid = mailbox_start + i + 1
        local = address.split("@", 1)[0]
        mailboxes.append(
            (
                mid,
                address,
                "personal",
                pid,
                school[0],
                school[5],
                f"{first} {last}",
                None,
                DEFAULT_QUOTA_BYTES,
                active,
                f"{DOMAIN}/{local}/",
                now,
                None,
            )
        )
        if rng.random() < 0.08:
            old = _old_address(rng, first, last, allocator)
            if old:
                aliases.append((alias_start + len(aliases) + 1, old, mid, now))
    return people, mailboxes, aliases


def _old_address(
    rng: random.Random, first: str, last: str, allocator: AddressAllocator
) -> str | None:
    """An address of the old system that now forwards (manual, yenilikler 4)."""
    given = local_part(first.split()[0])
    surname = local_part(last)
    for _ in range(5):
        style = rng.randrange(3)
        if style == 0:
            local = f"{given}{surname}"
        elif style == 1:
            local = f"{given[:1]}{surname}{rng.randrange(10, 100)}"
        else:
            local = f"{given}_{surname}"
        for domain in (DOMAIN, _OLD_DOMAIN):
            address = f"{local}@{domain}"
            if address not in allocator.taken:
                allocator.taken.add(address)
                return address
    return None


def _make_admins(conn: Connection, geo: _Geography, now: Any) -> int:
    demo_hash = hash_password(DEMO_PASSWORD)
    n = 0
    for username, display, role, province, district in DEMO_ADMINS:
        district_id = None
        if district:
            district_id = next(d for d, name in geo.districts[province or ""] if name == district)
        conn.execute(
            AdminAccount.__table__.insert(),  # type: ignore[attr-defined]
            {
                "username": username,
                "display_name": display,
                "password_hash": demo_hash,
                "role": role.value,
                "province_code": province,
                "district_id": district_id,
                "active": True,
                "failed_attempts": 0,
                "created_at": datetime.now(UTC),
            },
        )
        n += 1
    return n


# What became of the demo's past SMS passwords: mostly sent, some refused by the gateway, one
# unanswered, a few interrupted (the workstation lost power between recording and the answer).
_HISTORY_OUTCOMES = (
    ("stored", "success", None, 80),
    ("failed", "failure", "sms.rejected_duplicate", 8),
    ("failed", "failure", "sms.unreachable", 4),
    ("unknown", "unknown", "sms.timeout_unknown", 4),
    ("pending", None, None, 4),
)
HISTORY_MAILBOXES = 300


def _make_reissue_history(conn: Connection, rng: random.Random) -> None:
    """Past password reissues over the last 90 days, with their audit events, so the person
    view's "recent SMS passwords" and the limits show real history from the first sign-in."""
    rows = conn.execute(
        text(
            "SELECT m.id, p.province_code, d.name, p.gsm FROM mailboxes m "
            "JOIN people p ON p.id = m.person_id JOIN districts d ON d.id = p.district_id "
            "WHERE m.active AND p.gsm IS NOT NULL ORDER BY m.id LIMIT :n"
        ),
        {"n": HISTORY_MAILBOXES * 20},
    ).all()
    if not rows:
        return
    picked = rng.sample(rows, min(HISTORY_MAILBOXES, len(rows)))
    # Ankara's and Antalya's own administrators among the demo's callers, so each demo user
    # finds history in their own area.
    picked += [r for r in rows if r[1] in ("06", "07")][:40]
    weights = [w for *_, w in _HISTORY_OUTCOMES]
    now = datetime.now(UTC).replace(microsecond=0)
    attempts: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    host = audit.workstation()
    admin_ids: dict[str, int] = {
        r[0]: r[1] for r in conn.execute(text("SELECT username, id FROM admin_accounts"))
    }
    for mailbox_id, province, district, gsm in picked:
        admins = ["yardim"]
        if province == "06":
            admins += ["il06"] + (["ilce0601"] if district == "Çankaya" else [])
        elif province == "07":
            admins.append("il07")
        for _ in range(rng.choice((1, 1, 2, 3))):
            state, outcome, error, _w = rng.choices(_HISTORY_OUTCOMES, weights)[0]
            started = now - timedelta(days=rng.randint(1, 90), minutes=rng.randint(0, 1439))
            who = rng.choice(admins)
            job = f"LOCAL-DEMO{len(attempts):08d}" if state == "stored" else None
            attempts.append(
                {
                    "mailbox_id": mailbox_id,
                    "admin_id": admin_ids.get(who, 0),
                    "admin_username": who,
                    "started_at": started,
                    "state": state,
                    "job_id": job,
                    "error": error,
                    "finished_at": None if state == "pending" else started + timedelta(seconds=2),
                }
            )
            base = {
                "occurred_at": started,
                "admin_id": admin_ids.get(who),
                "admin_username": who,
                "workstation": host,
                "action": "password.reissue",
                "target_type": "mailbox",
                "target_id": str(mailbox_id),
                "province_code": province,
            }
            details = {"gsm": gsm_rules.mask(gsm), "gateway": "local", "segments": 1}
            events.append({**base, "outcome": "pending", "details": json.dumps(details)})
            if outcome is not None:
                resolved = {**details, **({"job_id": job} if job else {"error": error})}
                events.append(
                    {
                        **base,
                        "occurred_at": started + timedelta(seconds=2),
                        "outcome": outcome,
                        "details": json.dumps(resolved),
                    }
                )
    conn.execute(ReissueAttempt.__table__.insert(), attempts)  # type: ignore[attr-defined]
    conn.execute(AuditEvent.__table__.insert(), events)  # type: ignore[attr-defined]
    # The mailbox's "last password reissue" is its newest stored one, and it has a password
    # since: one hash of a random password nobody kept (one Argon2 run, not one per mailbox).
    conn.execute(
        text(
            "UPDATE mailboxes SET password_changed_at = (SELECT max(a.finished_at) FROM "
            "reissue_attempts a WHERE a.mailbox_id = mailboxes.id AND a.state = 'stored'), "
            "password_hash = coalesce(password_hash, :hash) "
            "WHERE id IN (SELECT mailbox_id FROM reissue_attempts WHERE state = 'stored')"
        ),
        {"hash": dovecot_hash(secrets.token_urlsafe(16))},
    )


class _BulkWriter:
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
        else:
            with driver.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:  # type: ignore[union-attr]
                for row in rows:
                    copy.write_row(row)

    def insert_mail(self, mailboxes: list[Row], aliases: list[Row], people: list[Row]) -> None:
        """Mailboxes and old addresses with their owner's area, which the triggers would
        otherwise add one row at a time (they are away during bulk loads; see
        ``search_index``). A unit account's area is its own province."""
        alias_columns: tuple[str, ...] = ("id", "address", "mailbox_id", "created_at")
        province, district = (_PEOPLE_COLUMNS.index(c) for c in ("province_code", "district_id"))
        areas = {p[0]: (p[province], p[district]) for p in people}
        boxes = {m[0]: (areas[m[3]] if m[3] is not None else (m[5], None)) for m in mailboxes}
        area = ("scope_province", "scope_district")
        self.insert("mailboxes", (*_MAILBOX_COLUMNS, *area), [m + boxes[m[0]] for m in mailboxes])
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
