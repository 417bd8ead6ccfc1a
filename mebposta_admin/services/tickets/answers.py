"""A canned answer for a ticket, filled from its linked mailbox: the address, the quota and
how much of it is used (from Dovecot, when it can be asked here), the old addresses."""

from __future__ import annotations

from dataclasses import dataclass

from mebposta_admin.domain import ticket_answers as canned
from mebposta_admin.domain import tickets as t
from mebposta_admin.services.mail_backend import DoveadmConfig, quota_used_mb
from mebposta_admin.services.tickets.queue import TicketDetail


@dataclass(frozen=True)
class Drafted:
    key: str
    title: str
    text: str


def fill_of(view: TicketDetail, doveadm: DoveadmConfig | None = None) -> canned.Fill:
    used = (
        quota_used_mb(view.mailbox_address, doveadm) if doveadm and view.mailbox_address else None
    )
    name = view.person_label.split(" (")[0] if view.person_label else view.caller_name
    return canned.Fill(
        caller_name=name,
        address=view.mailbox_address or "",
        quota_mb=view.quota_mb or canned.QUOTA_MB,
        used_mb=used,
        old_addresses=view.old_addresses,
        number=view.row.number,
    )


def draft(
    view: TicketDetail, key: str | None = None, doveadm: DoveadmConfig | None = None
) -> Drafted | None:
    """The answer ``key`` (default: the one of the ticket's category) for this caller."""
    answer = canned.by_key(key) if key else canned.for_category(view.row.category)
    if answer is None:
        return None
    text_of_caller = "\n".join(a.body for a in view.articles if a.kind == "incoming")
    platform = t.platform_of(f"{view.row.subject}\n{text_of_caller}")
    return Drafted(answer.key, answer.title, canned.fill(answer, fill_of(view, doveadm), platform))
