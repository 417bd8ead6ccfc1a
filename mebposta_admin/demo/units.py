"""Demo custodians of the unit accounts: a primary for almost every unit (a person of the
province; central units: Ankara's central staff), past primaries whose custody ended — the
people who may still know a password —, some deputies, and a few units left without a primary
so the page's flag has something to show."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.models import Mailbox, Person, UnitCustodian

WITHOUT_PRIMARY = ("maarif44", "maarif73", "strateji")  # flagged in the demo


def make_custodians(session: Session, rng: random.Random, now: datetime | None = None) -> int:
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    units = session.execute(
        sa.select(Mailbox.id, Mailbox.address, Mailbox.province_code)
        .where(Mailbox.kind == "unit")
        .order_by(Mailbox.id)
    ).all()
    candidates: dict[str | None, list[int]] = {}
    for pid, province in session.execute(
        sa.select(Person.id, Person.province_code)
        .where(Person.active, Person.gsm.is_not(None))
        .order_by(Person.id)
    ):
        bucket = candidates.setdefault(province, [])
        if len(bucket) < 40:
            bucket.append(pid)
    made = 0
    for mailbox_id, address, province in units:
        pool = candidates.get(province or "06") or candidates.get("06") or []
        if len(pool) < 3:
            continue
        chosen = rng.sample(pool, 3)
        local = address.split("@", 1)[0]
        if rng.random() < 0.6:  # a past primary: custody handed over months ago
            ended = now - timedelta(days=rng.randint(20, 300))
            session.add(
                UnitCustodian(
                    mailbox_id=mailbox_id,
                    person_id=chosen[1],
                    role="primary",
                    started_at=ended - timedelta(days=rng.randint(200, 900)),
                    started_by="(demo)",
                    ended_at=ended,
                    ended_by=rng.choice(("yardim", "il06", "il07")),
                    end_reason=rng.choice(
                        ("Görev yeri değişti", "Emekli oldu", "Görev değişikliği")
                    ),
                )
            )
            made += 1
            since = ended
        else:
            since = now - timedelta(days=rng.randint(30, 700))
        if local not in WITHOUT_PRIMARY:
            session.add(
                UnitCustodian(
                    mailbox_id=mailbox_id,
                    person_id=chosen[0],
                    role="primary",
                    started_at=since,
                    started_by="(demo)",
                )
            )
            made += 1
        if rng.random() < 0.3:
            session.add(
                UnitCustodian(
                    mailbox_id=mailbox_id,
                    person_id=chosen[2],
                    role="deputy",
                    started_at=since + timedelta(days=rng.randint(0, 20)),
                    started_by="(demo)",
                )
            )
            made += 1
    session.flush()
    return made
