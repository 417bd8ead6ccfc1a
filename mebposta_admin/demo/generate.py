"""The demo rows: institutions, unit accounts, people with mailboxes and old addresses,
administrators, months of reissue history."""

from __future__ import annotations

import json
import logging
import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select, text

from mebposta_admin.demo.vocabulary import (
    _GSM_PREFIXES,
    _OLD_DOMAIN,
    _SCHOOL_KINDS,
    _SCHOOL_NAMES,
    CENTRAL_UNITS,
    DEMO_ADMINS,
    DEMO_PASSWORD,
    PEOPLE_PER_SCHOOL,
    UNIT_QUOTA_BYTES,
    _fold,
    _Names,
)
from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.domain.addresses import DOMAIN, AddressAllocator, local_part
from mebposta_admin.domain.folding import fold, order_key, person_name_key
from mebposta_admin.domain.unit_names import expected_local
from mebposta_admin.models import (
    AdminAccount,
    District,
    Province,
    ReissueAttempt,
)
from mebposta_admin.models.bulk import Row
from mebposta_admin.models.mail import DEFAULT_QUOTA_BYTES
from mebposta_admin.services import audit, audit_chain
from mebposta_admin.services.auth import hash_password
from mebposta_admin.services.mail_backend import dovecot_hash

log = logging.getLogger(__name__)


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
    # The district units, named by the rule: {ilçe folded}{plate}@ (issue 12).
    district_names = {did: name for ds in geo.districts.values() for did, name in ds}
    for office in institutions:
        if office[4] != "district_office":
            continue
        local = expected_local("district_office", office[5], district_names[office[6]], {})
        address = f"{local}@{DOMAIN}"
        if not local or address in allocator.taken:
            continue
        allocator.taken.add(address)
        n += 1
        rows.append(
            (
                n,
                address,
                "unit",
                None,
                office[0],
                office[5],
                f"{district_names[office[6]]} İlçe MEM birim hesabı",
                None,
                UNIT_QUOTA_BYTES,
                True,
                f"{DOMAIN}/{local}/",
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
    events.sort(key=lambda e: e["occurred_at"])  # the trail is written in time order
    audit_chain.append_rows(conn, events)
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
