"""The ticket view's words and its worker-thread calls: the clocks and the messages as plain
text (never HTML: nothing remote is loaded), the ticket loaded with its canned answer, the SMS
password sent and recorded on the ticket."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from mebposta_admin import adapters
from mebposta_admin.domain.business_calendar import ISTANBUL
from mebposta_admin.errors import AppError
from mebposta_admin.services.tickets import answers, queue, work
from mebposta_admin.texts.labels import ticket_text
from mebposta_admin.ui.itemmodels.tickets_model import timer_text


def load(
    db: Any, identity: Any, number: str, doveadm: Any = None
) -> tuple[queue.TicketDetail, Any]:
    """The ticket and the canned answer of its category, filled (with the mailbox's quota use
    when Dovecot can be asked here) — a worker thread's call."""
    view = queue.detail(db, identity, number)
    return view, answers.draft(view, doveadm=doveadm)


def reissue_and_record(
    db: Any, identity: Any, secrets: Any, person_id: int, number: str, show_demo_sms: Any
) -> Any:
    """The SMS password for the ticket's caller, and the ticket's record of it."""
    try:
        result = adapters.reissue(db, identity, person_id, secrets, show_demo_sms=show_demo_sms)
    except AppError as exc:
        work.record_action(db, identity, number, "password.reissue", "refused", {"error": exc.code})
        raise
    work.record_action(
        db, identity, number, "password.reissue", "success", {"gsm": result.gsm_masked}
    )
    return result


def when(moment: Any) -> str:
    return moment.astimezone(ISTANBUL).strftime("%d.%m.%Y %H:%M") if moment else "—"


def clock_text(clock: Any) -> str:
    name = ticket_text("clock", clock.name)
    if clock.ticking:
        return f"{name}: {timer_text(clock.due, clock.state.value)}"
    if clock.state.value == "met" and clock.elapsed == 0 and clock.name == "update":
        return f"{name}: —"  # nobody waits on us
    return f"{name}: {ticket_text('sla', clock.state.value)}"


def articles_text(detail: queue.TicketDetail) -> str:
    parts = []
    for a in detail.articles:
        head = f"— {when(a.occurred_at)} · {ticket_text('article', a.kind)} · {a.sender}"
        marks = [ticket_text("problem", p) for p in a.problems]
        if a.throttled:
            marks.append(
                QCoreApplication.translate("TicketView", "joined: the sender wrote too often")
            )
        if marks:
            head += "  [" + "; ".join(marks) + "]"
        lines = [head, a.body.strip()]
        for name, size, refused in a.attachments:
            note = f" — {ticket_text('attachment', refused)}" if refused else ""
            lines.append(f"📎 {name} ({max(1, size // 1024)} KB){note}")
        parts.append("\n".join(lines))
    if detail.merged_into:
        parts.append(
            QCoreApplication.translate("TicketView", "Merged into {number}.").format(
                number=detail.merged_into
            )
        )
    return "\n\n".join(parts)
