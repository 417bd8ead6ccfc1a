"""Demo custodians of the unit accounts: a primary for almost every unit (a person of the
province; central units: Ankara's central staff), past primaries whose custody ended — the
people who may still know a password —, some deputies, and a few units left without a primary
so the page's flag has something to show. With ``history``, each unit's past as the audit
trail holds it: the handovers, the new password sent to the new custodian afterwards (or the
reason it was not), deputies added, quota changes."""

from __future__ import annotations

import json
import random
import secrets
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import gsm as gsm_rules
from mebposta_admin.models import Mailbox, Person, ReissueAttempt, UnitCustodian
from mebposta_admin.services import audit, audit_chain
from mebposta_admin.services.mail_backend import dovecot_hash

WITHOUT_PRIMARY = ("maarif44", "maarif73", "strateji")  # flagged in the demo


DECLINE_REASONS = (
    "Birim bugün kapalı, yeni şifre yarın sabah gönderilecek",
    "Yeni sorumlu izinde; dönüşünde şifre gönderilecek",
)


def make_custodians(
    session: Session, rng: random.Random, now: datetime | None = None, *, history: bool = True
) -> int:
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    trail = _Trail(session, now) if history else None
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
        ended: datetime | None = None
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
        if trail is not None and ended is not None:
            trail.handover(rng, mailbox_id, province, chosen[1], chosen[0], ended)
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
            added = since + timedelta(days=rng.randint(0, 20))
            session.add(
                UnitCustodian(
                    mailbox_id=mailbox_id,
                    person_id=chosen[2],
                    role="deputy",
                    started_at=added,
                    started_by="(demo)",
                )
            )
            made += 1
            if trail is not None:
                trail.event(
                    "unit.custodian_add",
                    mailbox_id,
                    province,
                    min(added, now),
                    {"person_id": chosen[2], "role": "deputy"},
                )
        if trail is not None and rng.random() < 0.1:
            trail.event(
                "mailbox.quota",
                mailbox_id,
                province,
                now - timedelta(days=rng.randint(1, 180)),
                {"before": {"quota_mb": 500}, "after": {"quota_mb": 1000}},
            )
    session.flush()
    if trail is not None:
        trail.write()
    return made


class _Trail:
    """The units' audit history, written in bulk after the custodians."""

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now
        self.host = audit.workstation()
        self.admins: dict[str, int] = {
            name: admin_id
            for name, admin_id in session.execute(
                sa.text("SELECT username, id FROM admin_accounts")
            )
        }
        self.gsm: dict[int, str] = {}
        self.events: list[dict[str, object]] = []
        self.attempts: list[dict[str, object]] = []
        self.changed: dict[int, datetime] = {}  # mailbox → its last password

    def _who(self, province: str | None) -> str:
        return {"06": "il06", "07": "il07"}.get(province or "", "yardim")

    def event(
        self,
        action: str,
        mailbox_id: int,
        province: str | None,
        when: datetime,
        details: dict[str, object],
        outcome: str = "success",
    ) -> None:
        who = self._who(province)
        self.events.append(
            {
                "occurred_at": when,
                "admin_id": self.admins.get(who),
                "admin_username": who,
                "workstation": self.host,
                "action": action,
                "outcome": outcome,
                "target_type": "mailbox",
                "target_id": str(mailbox_id),
                "province_code": province,
                "details": audit_json(details),
            }
        )

    def handover(
        self,
        rng: random.Random,
        mailbox_id: int,
        province: str | None,
        old: int,
        new: int,
        when: datetime,
    ) -> None:
        self.event(
            "unit.handover", mailbox_id, province, when, {"from_person": old, "to_person": new}
        )
        if rng.random() < 0.15:
            self.event(
                "unit.reissue_declined",
                mailbox_id,
                province,
                when + timedelta(seconds=30),
                {"reason": rng.choice(DECLINE_REASONS)},
            )
            return
        sent = when + timedelta(minutes=rng.randint(1, 20))
        gsm = self._gsm(new)
        who = self._who(province)
        job = f"LOCAL-UNIT{len(self.attempts):08d}"
        self.attempts.append(
            {
                "mailbox_id": mailbox_id,
                "admin_id": self.admins.get(who, 0),
                "admin_username": who,
                "started_at": sent,
                "state": "stored",
                "job_id": job,
                "error": None,
                "finished_at": sent + timedelta(seconds=2),
            }
        )
        details: dict[str, object] = {
            "gsm": gsm_rules.mask(gsm) if gsm else None,
            "custodian_id": new,
        }
        self.event("password.reissue", mailbox_id, province, sent, details, "pending")
        self.event(
            "password.reissue",
            mailbox_id,
            province,
            sent + timedelta(seconds=2),
            {**details, "job_id": job, "gateway": "local"},
        )
        self.changed[mailbox_id] = sent + timedelta(seconds=2)

    def _gsm(self, person_id: int) -> str | None:
        if person_id not in self.gsm:
            self.gsm[person_id] = (
                self.session.scalar(sa.select(Person.gsm).where(Person.id == person_id)) or ""
            )
        return self.gsm[person_id] or None

    def write(self) -> None:
        if self.attempts:
            self.session.execute(sa.insert(ReissueAttempt), self.attempts)
        if self.events:
            self.events.sort(key=lambda e: e["occurred_at"])  # type: ignore[arg-type, return-value]
            audit_chain.append_rows(self.session, self.events)
        if self.changed:
            # One hash of a random password nobody kept (one Argon2 run, not one per unit).
            hashed = dovecot_hash(secrets.token_urlsafe(16))
            for mailbox_id, when in self.changed.items():
                self.session.execute(
                    sa.update(Mailbox)
                    .where(Mailbox.id == mailbox_id)
                    .values(password_changed_at=when, password_hash=hashed)
                )


def audit_json(details: dict[str, object]) -> str:
    return json.dumps(details, ensure_ascii=False, sort_keys=True)
