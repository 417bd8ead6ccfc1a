"""Demo info-update requests and the demo's MEBBİS directory, so a new user sees the queue at
work at once: overdue requests, GSM changes MEBBİS confirms and ones it does not (four eyes),
one waiting for its second approval, hijack warnings (a number already on someone else's
record, a burst from one school), a name that contradicts MEBBİS, superseded and decided
requests with their history over the past weeks."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain.info_update import InfoUpdateForm
from mebposta_admin.models import (
    AuditEvent,
    District,
    InfoUpdateRequest,
    Institution,
    Mailbox,
    NoticeSms,
    Person,
    Province,
)
from mebposta_admin.services import audit, audit_chain
from mebposta_admin.services import requests as r
from mebposta_admin.services.requests.calendar import calendar_of
from mebposta_admin.services.requests.intake import Incoming, event, store
from mebposta_admin.services.requests.places import places_from
from mebposta_admin.services.system_settings import DEFAULTS

MEBBIS_COPY = (
    "INSERT INTO mebbis_personnel (tckn, first_name, last_name, gsm, institution_code, "
    "institution_name, province_code, district, active, imported_at) "
    "SELECT p.tckn, p.first_name, p.last_name, p.gsm, COALESCE(i.code, ''), "
    "COALESCE(i.name, ''), p.province_code, COALESCE(d.name, ''), p.active, :now "
    "FROM people p LEFT JOIN institutions i ON i.id = p.institution_id "
    "LEFT JOIN districts d ON d.id = p.district_id"
)


def copy_mebbis(conn: sa.Connection, now: datetime) -> None:
    """The demo's MEBBİS: the people as the HR directory knows them (the requests below then
    change some of its numbers, as a person who corrected MEBBİS first would have)."""
    conn.execute(sa.text(MEBBIS_COPY), {"now": now})


def _new_gsm(rng: random.Random) -> str:
    return "5" + rng.choice("0345") + "".join(rng.choice("0123456789") for _ in range(8))


def make_requests(session: Session, rng: random.Random, now: datetime | None = None) -> int:
    """About 60 requests in Ankara, Çankaya and Antalya (the demo administrators' areas) and
    elsewhere. Returns how many."""
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    where = places_from(session)
    calendar = calendar_of(DEFAULTS)
    people = _people(session)
    if len(people) < 30:
        return 0
    rng.shuffle(people)
    admins: dict[str, int] = {
        name: aid
        for name, aid in session.execute(sa.text("SELECT username, id FROM admin_accounts"))
    }
    made = 0

    def form(p: dict[str, Any], gsm: str, **changes: str) -> InfoUpdateForm:
        values = {
            "first_name": p["first_name"],
            "last_name": p["last_name"],
            "tckn": p["tckn"],
            "gsm": gsm,
            "email": p["address"] or "",
            "institution_name": p["institution_name"],
            "province": p["province_name"],
            "district": p["district_name"],
            "institution_code": p["institution_code"],
            "note": rng.choice(_NOTES),
        }
        values.update(changes)
        return InfoUpdateForm(**values)

    def add(p: dict[str, Any], gsm: str, hours_ago: float, source: str, **changes: str) -> int:
        nonlocal made
        received = now - timedelta(hours=hours_ago)
        incoming = Incoming(
            form(p, _spaced(gsm) if rng.random() < 0.3 else gsm, **changes),
            source,
            submitted_at=received - timedelta(minutes=rng.randint(1, 30)),
            portal_id=f"YM-BG-{rng.randint(10**7, 10**8 - 1)}" if source == r.PORTAL else None,
        )
        by = rng.choice(["il06", "yardim"]) if source == r.DESK else None
        stored = store(session, incoming, where, calendar, now=received, by=by)
        made += 1
        return stored.id

    def mebbis_holds(p: dict[str, Any], gsm: str) -> None:
        session.execute(
            sa.text("UPDATE mebbis_personnel SET gsm = :g WHERE tckn = :t"),
            {"g": gsm, "t": p["tckn"]},
        )

    ankara = [p for p in people if p["province_code"] == "06"]
    cankaya = [p for p in ankara if p["district_name"] == "Çankaya"]
    antalya = [p for p in people if p["province_code"] == "07"]
    others = [p for p in people if p["province_code"] not in ("06", "07")]
    pick = _Picker(rng)
    sources = (r.PORTAL, r.PORTAL, r.PORTAL, r.EXCEL, r.DESK)

    # Simple ones: MEBBİS already holds the new number — one administrator approves.
    for group, n in ((cankaya, 4), (ankara, 4), (antalya, 4), (others, 6)):
        for p in pick(group, n):
            gsm = _new_gsm(rng)
            mebbis_holds(p, gsm)
            add(p, gsm, rng.uniform(0.2, 6), rng.choice(sources))
    # Overdue: received on earlier days, still waiting.
    for group, n in ((cankaya, 2), (ankara, 3), (antalya, 2), (others, 3)):
        for p in pick(group, n):
            gsm = _new_gsm(rng)
            if rng.random() < 0.5:
                mebbis_holds(p, gsm)
            add(p, gsm, rng.uniform(26, 24 * 5), rng.choice(sources))
    # MEBBİS still has the old number: four eyes.
    for group, n in ((cankaya, 2), (ankara, 2), (antalya, 2), (others, 2)):
        for p in pick(group, n):
            add(p, _new_gsm(rng), rng.uniform(0.5, 5), rng.choice(sources))
    # Waiting for the second approval.
    for group, first in ((ankara, "il06"), (antalya, "il07"), (others, "yardim")):
        for p in pick(group, 1):
            rid = add(p, _new_gsm(rng), rng.uniform(1, 4), r.PORTAL)
            q = session.get(InfoUpdateRequest, rid)
            assert q is not None
            q.status = r.SECOND_APPROVAL
            q.first_approver_id, q.first_approver = admins.get(first), first
            q.first_approved_at = q.received_at + timedelta(minutes=40)
            q.justification = "Arayanı görüntülü görüşmede nüfus cüzdanıyla doğruladım."
            event(session, rid, r.FIRST_APPROVAL, first, {"gsm_change": True}, q.first_approved_at)
    # Hijack signs: the new number is already another person's.
    for group in (ankara, antalya, cankaya):
        for p in pick(group, 1):
            victim = pick(group, 1)
            if victim and victim[0]["gsm"]:
                add(p, victim[0]["gsm"], rng.uniform(0.3, 3), r.PORTAL)
    # A burst from one school within the day.
    school = [p for p in ankara if p["institution_code"]]
    if school:
        code = school[0]["institution_code"]
        same_school = [p for p in ankara if p["institution_code"] == code] or school[:1]
        for index in range(6):
            chosen = [same_school[index]] if index < len(same_school) else pick(ankara, 1)
            for p in chosen:
                add(
                    p,
                    _new_gsm(rng),
                    rng.uniform(0.5, 8),
                    r.PORTAL,
                    institution_code=code,
                    institution_name=school[0]["institution_name"],
                )
    # A name that contradicts MEBBİS.
    for group in (ankara, antalya):
        for p in pick(group, 1):
            add(p, _new_gsm(rng), rng.uniform(1, 5), r.PORTAL, last_name=p["last_name"] + "oğlu")
    # Superseded: the person sent the form twice.
    for group in (cankaya, antalya, others):
        for p in pick(group, 1):
            add(p, _new_gsm(rng), rng.uniform(5, 9), r.PORTAL)
            gsm = _new_gsm(rng)
            mebbis_holds(p, gsm)
            add(p, gsm, rng.uniform(0.5, 4), r.PORTAL)
    # Decided over the past weeks: approved (with their notice) and rejected.
    host = audit.workstation()
    for group, deciders in (
        (ankara, ("il06", "ilce0601")),
        (antalya, ("il07",)),
        (others, ("yardim",)),
    ):
        for p in pick(group, 8):
            hours = rng.uniform(24 * 3, 24 * 60)
            gsm = _new_gsm(rng)
            rid = add(p, gsm, hours, rng.choice(sources))
            q = session.get(InfoUpdateRequest, rid)
            assert q is not None
            who = rng.choice(deciders)
            if who == "ilce0601" and p["district_name"] != "Çankaya":
                who = "il06"
            decided = q.received_at + timedelta(hours=rng.uniform(0.3, 7))
            approve = rng.random() < 0.65
            q.decided_by_id, q.decided_by, q.decided_at = admins.get(who), who, decided
            if approve:
                q.status = r.APPLIED
                event(session, rid, r.APPROVED, who, {"stage": "only"}, decided)
                event(session, rid, r.APPLIED_EVENT, who, {"changed": ["gsm"]}, decided)
                person = session.get(Person, p["id"])
                assert person is not None
                old = person.gsm
                person.gsm = gsm
                if old:
                    notice = NoticeSms(
                        request_id=rid,
                        person_id=p["id"],
                        gsm=old,
                        address=p["address"] or "",
                        state="sent" if rng.random() < 0.9 else "failed",
                        attempts=1,
                        created_at=decided,
                    )
                    notice.job_id = f"LOCAL-DEMO-N{rid:06d}" if notice.state == "sent" else None
                    notice.error = None if notice.state == "sent" else "sms.rejected_limit"
                    notice.sent_at = decided if notice.state == "sent" else None
                    session.add(notice)
                    kind = r.NOTICE_SENT if notice.state == "sent" else r.NOTICE_FAILED
                    event(session, rid, kind, who, {"gsm": "5** *** ** " + old[-2:]}, decided)
            else:
                q.status = r.REJECTED
                q.reason_code = rng.choice(
                    ("fix_gsm_in_mebbis", "fix_gsm_in_mebbis", "junk", "duplicate")
                )
                event(session, rid, r.REJECTED_EVENT, who, {"reason": q.reason_code}, decided)
            audit_chain.append(
                session,
                [
                    AuditEvent(
                        occurred_at=decided,
                        admin_id=admins.get(who),
                        admin_username=who,
                        workstation=host,
                        action="request.approve" if approve else "request.reject",
                        outcome="success",
                        target_type="request",
                        target_id=str(rid),
                        province_code=p["province_code"],
                        details=json.dumps(
                            {"request": rid, "stage": "only"}
                            if approve
                            else {"requests": [rid], "reason": q.reason_code},
                            sort_keys=True,
                        ),
                    )
                ],
            )
    # A form the portal sent that fails the check: stored rejected with its reason.
    for p in pick(others, 2):
        add(
            p,
            _new_gsm(rng),
            rng.uniform(1, 20),
            r.PORTAL,
            tckn=p["tckn"][:-1] + str((int(p["tckn"][-1]) + 1) % 10),
        )
    session.flush()
    return made


class _Picker:
    """People drawn without repeats across the groups."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[int] = set()

    def __call__(self, group: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
        free = [p for p in group if p["id"] not in self.used]
        chosen = free[:n]
        self.used.update(p["id"] for p in chosen)
        return chosen


def _spaced(gsm: str) -> str:
    return f"0{gsm[:3]} {gsm[3:6]} {gsm[6:8]} {gsm[8:]}"


_PERSON_KEYS = (
    "id",
    "tckn",
    "first_name",
    "last_name",
    "gsm",
    "province_code",
    "province_name",
    "district_name",
    "institution_code",
    "institution_name",
    "address",
)


def _people_where(
    session: Session, *conditions: Any, limit: int | None = None
) -> list[dict[str, Any]]:
    query = (
        sa.select(
            Person.id,
            Person.tckn,
            Person.first_name,
            Person.last_name,
            Person.gsm,
            Person.province_code,
            Province.name,
            District.name,
            Institution.code,
            Institution.name,
            Mailbox.address,
        )
        .join(Province, Province.code == Person.province_code)
        .join(District, District.id == Person.district_id)
        .outerjoin(Institution, Institution.id == Person.institution_id)
        .outerjoin(Mailbox, Mailbox.person_id == Person.id)
        .where(*conditions)
        .order_by(Person.id)
        .limit(limit)
    )
    people = [dict(zip(_PERSON_KEYS, row, strict=True)) for row in session.execute(query)]
    for p in people:
        p["institution_code"] = p["institution_code"] or ""
        p["institution_name"] = p["institution_name"] or ""
    return people


def _people(session: Session) -> list[dict[str, Any]]:
    """A sample of active people with a GSM, the demo administrators' areas always in it."""
    people = _people_where(session, Person.active, Person.gsm.is_not(None), limit=4000)
    have = {p["id"] for p in people}
    local = _people_where(
        session,
        Person.province_code.in_(("06", "07")),
        Person.active,
        Person.gsm.is_not(None),
        limit=600,
    )
    return people + [p for p in local if p["id"] not in have]


_NOTES = (
    "Hattımı değiştirdim, şifre alamıyorum.",
    "Eski numaram artık kullanılmıyor.",
    "Telefon numaram MEBBİS'te güncellendi.",
    "Şifre ekranında TC ve GSM eşleşmiyor hatası alıyorum.",
    "Yeni hat aldım.",
    "",
)
