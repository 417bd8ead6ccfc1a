"""Figures for the overview page, limited to the administrator's scope."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, false, func, select

from mebposta_admin.domain.permissions import Permission, allows
from mebposta_admin.models import Alias, Institution, Mailbox, Person
from mebposta_admin.services import audit
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.database import Database
from mebposta_admin.services.scope import rows_in_scope


@dataclass(frozen=True)
class Overview:
    people: int
    people_without_gsm: int
    personal_mailboxes: int
    mailboxes_without_password: int
    inactive_mailboxes: int
    aliases: int
    unit_accounts: int
    institutions: int
    my_recent_events: tuple[audit.AuditRecord, ...]
    # The scope's info-update backlog (None: the role does not see requests).
    requests_open: int | None = None
    requests_overdue: int | None = None
    notices_undelivered: int | None = None
    unit_accounts_flagged: int = 0  # without a valid primary custodian


def overview(db: Database, identity: AdminIdentity) -> Overview:
    from mebposta_admin.services import units

    figures = replace(
        _figures(db, identity), unit_accounts_flagged=units.counts(db, identity).flagged
    )
    if not allows(identity.role, Permission.VIEW_REQUESTS):
        return figures
    from mebposta_admin.services.requests import decide, queue

    backlog = queue.counts(db, identity)
    return replace(
        figures,
        requests_open=backlog.open,
        requests_overdue=backlog.overdue,
        notices_undelivered=decide.undelivered(db, identity),
    )


def _figures(db: Database, identity: AdminIdentity) -> Overview:
    with db.unit_of_work() as s:
        person_scope = rows_in_scope(identity, Person.province_code, Person.district_id)
        box_scope = rows_in_scope(identity, Mailbox.province_code, None)
        if identity.district_id is not None:
            box_scope = Mailbox.person_id.in_(select(Person.id).where(person_scope))

        def count(query: Select[Any]) -> int:
            return int(s.scalar(query) or 0)

        personal = Mailbox.kind == "personal"
        return Overview(
            people=count(select(func.count()).select_from(Person).where(person_scope)),
            people_without_gsm=count(
                select(func.count()).select_from(Person).where(person_scope, Person.gsm.is_(None))
            ),
            personal_mailboxes=count(
                select(func.count()).select_from(Mailbox).where(box_scope, personal)
            ),
            mailboxes_without_password=count(
                select(func.count())
                .select_from(Mailbox)
                .where(box_scope, personal, Mailbox.password_changed_at.is_(None))
            ),
            inactive_mailboxes=count(
                select(func.count())
                .select_from(Mailbox)
                .where(box_scope, Mailbox.active.is_(False))
            ),
            aliases=count(
                select(func.count())
                .select_from(Alias)
                .join(Mailbox, Mailbox.id == Alias.mailbox_id)
                .where(box_scope)
            ),
            unit_accounts=count(
                select(func.count()).select_from(Mailbox).where(box_scope, Mailbox.kind == "unit")
                if identity.district_id is None
                else select(func.count())
                .select_from(Mailbox)
                .where(false())  # units are provincial
            ),
            institutions=count(
                select(func.count())
                .select_from(Institution)
                .where(rows_in_scope(identity, Institution.province_code, Institution.district_id))
            ),
            my_recent_events=tuple(audit.recent(s, 20, admin_username=identity.username)),
        )
