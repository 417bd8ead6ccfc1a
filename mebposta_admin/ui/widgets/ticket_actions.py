"""The ticket view's actions that open a dialog first: assign to a colleague, merge, split,
a new info-update request for the caller, an SMS password — each recorded on the ticket."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from mebposta_admin.services.tickets import housekeeping, work
from mebposta_admin.ui import notify
from mebposta_admin.ui.widgets.ticket_text import reissue_and_record, when

if TYPE_CHECKING:
    from mebposta_admin.ui.widgets.ticket_view import TicketView


def assign_colleague(view: TicketView) -> None:
    if view.number is None:
        return
    number = view.number

    def chosen(names: list[str]) -> None:
        name, ok = QInputDialog.getItem(
            view,
            QCoreApplication.translate("TicketView", "Assign to a colleague"),
            QCoreApplication.translate("TicketView", "Administrator:"),
            names,
            0,
            False,
        )
        if ok and name:
            view._run(
                "ticket-assign",
                work.assign,
                QCoreApplication.translate("TicketView", "Assigned."),
                to=name,
            )

    view.context.tasks.submit(
        "ticket-colleagues",
        work.colleagues,
        owner=view,
        db=view.context.database,
        identity=view.context.identity,
        key=number,
        on_result=chosen,
        on_error=view._failed,
    )


def merge_into(view: TicketView) -> None:
    """This ticket is a duplicate: its messages go to the ticket named."""
    target, ok = QInputDialog.getText(
        view,
        QCoreApplication.translate("TicketView", "Merge into another ticket"),
        QCoreApplication.translate(
            "TicketView", "The number of the ticket that stays (YM-YYYY-NNNNNN):"
        ),
    )
    if ok and target.strip():
        view._run(
            "ticket-merge",
            housekeeping.merge,
            QCoreApplication.translate("TicketView", "Merged."),
            into=target.strip(),
        )


def split_off(view: TicketView) -> None:
    detail = view.detail
    if detail is None:
        return
    incoming = [a for a in detail.articles if a.kind == "incoming"]
    if len(incoming) < 2:
        view.status_label.say(
            QCoreApplication.translate(
                "TicketView", "Only a ticket with several messages can be split."
            )
        )
        return
    labels = [f"{when(a.occurred_at)} · {a.body.strip()[:60]}" for a in incoming[1:]]
    label, ok = QInputDialog.getItem(
        view,
        QCoreApplication.translate("TicketView", "Split a message off"),
        QCoreApplication.translate("TicketView", "Message:"),
        labels,
        0,
        False,
    )
    if ok and label:
        article = incoming[1 + labels.index(label)]
        view._run(
            "ticket-split",
            housekeeping.split,
            QCoreApplication.translate("TicketView", "Split off into a new ticket."),
            article_id=article.id,
        )


def new_request(view: TicketView) -> None:
    """The info-update form taken for this caller; the ticket records the request."""
    from mebposta_admin.ui.dialogs.request_entry import RequestEntryDialog

    if view.number is None:
        return
    number = view.number
    dialog = RequestEntryDialog(view.context, view)

    def stored(request_id: int) -> None:
        view.context.tasks.submit(
            "ticket-request",
            work.record_action,
            owner=view,
            db=view.context.database,
            identity=view.context.identity,
            key=number,
            action="request.receive",
            outcome="success",
            details={"request": request_id},
            on_result=lambda _r: view.open(number),
            on_error=view._failed,
        )

    dialog.stored.connect(stored)
    dialog.show()


def send_password(view: TicketView) -> None:
    detail = view.detail
    if detail is None or detail.person_id is None or view.number is None:
        return
    question = QCoreApplication.translate(
        "TicketView",
        "Send a new e-mail password by SMS to {person}?\n\nIt goes only to the GSM on file; "
        "the ticket records it.",
    ).format(person=detail.person_label)
    if not notify.confirm(
        view, QCoreApplication.translate("TicketView", "Send password"), question
    ):
        return
    number = view.number
    view.status_label.say(QCoreApplication.translate("TicketView", "Sending the SMS…"))

    def done(result: Any) -> None:
        view.status_label.say(
            QCoreApplication.translate(
                "TicketView", "Sent: the new password went by SMS to {gsm}."
            ).format(gsm=result.gsm_masked),
            outcome="success",
            announce=True,
        )
        view.open(number)

    view.context.tasks.submit(
        "ticket-reissue",
        reissue_and_record,
        owner=view,
        db=view.context.database,
        identity=view.context.identity,
        secrets=view.context.secrets,
        person_id=detail.person_id,
        number=number,
        show_demo_sms=view.demo_sms.arrived.emit,
        on_result=done,
        on_error=view._failed,
    )
