"""Error texts of the help-desk tickets and their settings (merged into texts.errors.TEXTS)."""

from __future__ import annotations

from mebposta_admin.texts import QT_TRANSLATE_NOOP

TICKET_TEXTS: dict[str, str] = {
    "settings.host_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "“{value}” is not a server name: write the name or address alone (no https://, no port).",
    ),
    "settings.address_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{value}” is not an e-mail address."
    ),
    "settings.folder_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{value}” is not a mail folder name (1 to 100 printable characters)."
    ),
    "settings.sla_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The SLA targets cannot be read ({reason}). Write “[category:]priority=first/update/"
        "solution” in business minutes, separated by “;”, e.g. “normal=120/240/960”.",
    ),
    "ticket.not_found": QT_TRANSLATE_NOOP(
        "ErrorTexts", "There is no ticket {number}. Check the number (YM-YYYY-NNNNNN)."
    ),
    "ticket.changed": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Someone else changed this ticket meanwhile. It has been reloaded: look again and "
        "repeat what you meant to do.",
    ),
    "ticket.status_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{value}” is not a ticket status: use one of {choices}."
    ),
    "ticket.category_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{value}” is not a ticket category: use one of {choices}."
    ),
    "ticket.priority_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{value}” is not a priority: use one of {choices}."
    ),
    "ticket.merged": QT_TRANSLATE_NOOP(
        "ErrorTexts", "This ticket was merged into {number}; work on that one."
    ),
    "ticket.reply_empty": QT_TRANSLATE_NOOP("ErrorTexts", "Write the answer first."),
    "ticket.reply_has_password": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The answer looks like it contains a password. A password is never sent by e-mail: "
        "send it with the SMS password reissue, which only goes to the GSM on file.",
    ),
    "ticket.no_caller_address": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This ticket has no caller e-mail address to answer to. Call the caller back and log "
        "the call instead.",
    ),
    "ticket.smtp_not_configured": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "No outgoing mail server is set. A superadmin sets it on Settings → Help desk "
        "(smtp_host), and the password goes into this computer's keyring.",
    ),
    "ticket.worker_waiting": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The answer is waiting for the server's worker, which has not taken it within half a "
        "minute. It will be sent when the worker runs; look at the ticket before answering "
        "again, and tell the system administrator that the worker is not running.",
    ),
    "ticket.worker_busy": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The server's worker is sending the answer and has not finished; whether the mail "
        "server accepted it is not known yet. Look at the ticket in a minute before answering "
        "again.",
    ),
    "ticket.reply_expired": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The answer waited ten minutes for the server's worker and was not sent. Nothing "
        "reached the caller; send it again.",
    ),
    "ticket.reply_sent_unrecorded": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The answer was sent to the caller but could not be put on the ticket. Add what you "
        "wrote as a note so the ticket shows it; do not send it again.",
    ),
    "ticket.reply_not_sent": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The answer was not sent. Try again; if it keeps failing, tell the system administrator.",
    ),
    "ticket.smtp_unreachable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The outgoing mail server {host} could not be reached. Nothing was sent and the answer "
        "is kept as a draft; try again in a few minutes.",
    ),
    "ticket.smtp_tls": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The outgoing mail server {host} did not offer a secure connection (STARTTLS) or its "
        "certificate could not be verified. Nothing was sent.",
    ),
    "ticket.smtp_refused_login": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The outgoing mail server refused the help desk's user name or password. Nothing was "
        "sent. Check the password in the keyring.",
    ),
    "ticket.smtp_refused": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The outgoing mail server refused the message ({reason}). Nothing was sent.",
    ),
    "ticket.merge_self": QT_TRANSLATE_NOOP("ErrorTexts", "A ticket cannot be merged into itself."),
    "ticket.split_article": QT_TRANSLATE_NOOP(
        "ErrorTexts", "Only a message of this ticket can be split off into a ticket of its own."
    ),
    "ticket.candidate_unknown": QT_TRANSLATE_NOOP(
        "ErrorTexts", "That person or unit account is not among this ticket's matches."
    ),
    "ticket.assignee_unknown": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "“{username}” is not an active administrator who handles tickets of this queue.",
    ),
    "ticket.nobody_in_queue": QT_TRANSLATE_NOOP(
        "ErrorTexts", "Nobody handles tickets of this queue yet, so nobody could be chosen."
    ),
    "imap.not_configured": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The help-desk mailbox is not set (helpdesk_imap_host). A superadmin sets it on "
        "Settings → Help desk; its password goes into the keyring of the reading computer.",
    ),
    "imap.unreachable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The help-desk mailbox {host} could not be reached. Nothing was lost: the mail stays on "
        "the server and is read at the next attempt.",
    ),
    "imap.refused_login": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The mail server refused the help-desk mailbox's user name or password. Check the "
        "password in the keyring.",
    ),
    "imap.folder_missing": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The help-desk mailbox has no folder “{folder}”."
    ),
}
