"""Adding people for tests through the ORM (its events keep the folded columns right)."""

from __future__ import annotations

import random

import sqlalchemy as sa

from mebposta_admin.domain import tckn as tckn_rules
from mebposta_admin.models import Alias, District, Institution, Mailbox, Person


def add_person(
    db,
    first: str,
    last: str,
    *,
    province: str = "06",
    district: str | None = None,
    gsm: str | None = None,
    tckn: str | None = None,
    address: str | None = None,
    aliases: tuple[str, ...] = (),
    rng: random.Random | None = None,
) -> int:
    rng = rng or random.Random(f"{first}{last}{province}{district}")
    with db.unit_of_work() as s:
        query = sa.select(District).where(District.province_code == province)
        if district:
            query = query.where(District.name == district)
        dist = s.scalars(query.order_by(District.id)).first()
        institution = s.scalars(
            sa.select(Institution)
            .where(Institution.district_id == dist.id)
            .order_by(Institution.id)
        ).first()
        person = Person(
            tckn=tckn or tckn_rules.generate(rng),
            first_name=first,
            last_name=last,
            gsm=gsm,
            institution_id=institution.id if institution else None,
            province_code=province,
            district_id=dist.id,
            active=True,
        )
        s.add(person)
        s.flush()
        if address:
            box = Mailbox(
                address=address,
                kind="personal",
                person_id=person.id,
                institution_id=person.institution_id,
                province_code=province,
                display_name=f"{first} {last}",
                quota_bytes=500 * 1024 * 1024,
                active=True,
                maildir=f"meb.gov.tr/{address.split('@')[0]}/",
            )
            s.add(box)
            s.flush()
            for alias in aliases:
                s.add(Alias(address=alias, mailbox_id=box.id))
        return person.id


def stored_hash(url: str, address: str) -> str | None:
    """The mailbox's password hash as the database holds it (read on a connection of its own)."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        value = conn.execute(
            sa.text("SELECT password_hash FROM mailboxes WHERE address = :a"), {"a": address}
        ).scalar()
    engine.dispose()
    return value
