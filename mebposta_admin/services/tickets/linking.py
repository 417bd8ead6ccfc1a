"""Who a ticket's caller is: every person or unit account a message points to — the sender's
address (or an old address of theirs), addresses, valid TCKNs and GSMs in the text — with the
reason each was found; linking one routes the ticket to that person's province's queue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from mebposta_admin.domain import tickets as t
from mebposta_admin.models import Alias, Mailbox, Person, Ticket


@dataclass(frozen=True)
class Candidate:
    kind: str  # person | unit
    id: int  # person id, or the unit's mailbox id
    mailbox_id: int | None
    reason: str  # sender | tckn | gsm | address
    province_code: str | None
    district_id: int | None


def candidates(session: Session, sender: str, text: str) -> list[Candidate]:
    """Every person or unit account the message points to, with why (Core queries on the
    session's connection: the intake asks this of every message)."""
    conn = session.connection()
    found: list[Candidate] = []
    ids = t.identifiers_in(text)
    sender_address = sender.lower()  # ascii: e-mail addresses
    addresses = [a for a in dict.fromkeys([sender_address, *ids.addresses]) if a]
    box_columns = (
        Mailbox.id,
        Mailbox.kind,
        Mailbox.person_id,
        Mailbox.province_code,
        Person.province_code.label("person_province"),
        Person.district_id,
    )
    for address in addresses:
        direct = (
            sa.select(*box_columns)
            .outerjoin(Person, Person.id == Mailbox.person_id)
            .where(Mailbox.address == address)
        )
        by_alias = (
            sa.select(*box_columns)
            .join(Alias, Alias.mailbox_id == Mailbox.id)
            .outerjoin(Person, Person.id == Mailbox.person_id)
            .where(Alias.address == address)
        )
        box = conn.execute(sa.union_all(direct, by_alias).limit(1)).first()
        if box is None:
            continue
        reason = "sender" if address == sender_address else "address"
        if box.kind == "unit" or box.person_id is None:
            found.append(Candidate("unit", box.id, box.id, reason, box.province_code, None))
        else:
            found.append(
                Candidate(
                    "person", box.person_id, box.id, reason, box.person_province, box.district_id
                )
            )
    people = (Person.id, Person.province_code, Person.district_id)
    for number in ids.tckns:
        for row in conn.execute(sa.select(*people).where(Person.tckn == number)):
            found.append(Candidate("person", row.id, None, "tckn", row[1], row[2]))
    for number in ids.gsms:
        for row in conn.execute(sa.select(*people).where(Person.gsm == number).limit(5)):
            found.append(Candidate("person", row.id, None, "gsm", row[1], row[2]))
    return found


def distinct(found: Sequence[Candidate]) -> dict[tuple[str, int], Candidate]:
    out: dict[tuple[str, int], Candidate] = {}
    for c in found:
        out.setdefault((c.kind, c.id), c)
    return out


def link(session: Session, ticket: Ticket, choice: Candidate | None) -> None:
    """Link the ticket to one person or unit account (None: unlink) and route its queue."""
    if choice is None:
        ticket.person_id = ticket.mailbox_id = None
        ticket.province_code = ticket.district_id = None
        return
    if choice.kind == "person":
        ticket.person_id = choice.id
        box_id = choice.mailbox_id
        if box_id is None:
            box_id = session.execute(
                sa.select(Mailbox.id).where(Mailbox.person_id == choice.id)
            ).scalar_one_or_none()
        ticket.mailbox_id = box_id
        ticket.province_code, ticket.district_id = choice.province_code, choice.district_id
    else:
        ticket.person_id = None
        ticket.mailbox_id = choice.id
        ticket.province_code, ticket.district_id = choice.province_code, None
