"""Words of the help-desk tickets (statuses, priorities, categories, SLA states and clocks, the
kinds of messages, why a match was found), in the "Labels" translation context."""

from __future__ import annotations

from mebposta_admin.texts import QT_TRANSLATE_NOOP, translate

_WORDS: dict[str, dict[str, str]] = {
    "status": {
        "new": QT_TRANSLATE_NOOP("Labels", "New"),
        "open": QT_TRANSLATE_NOOP("Labels", "Open"),
        "waiting": QT_TRANSLATE_NOOP("Labels", "Waiting for caller"),
        "solved": QT_TRANSLATE_NOOP("Labels", "Solved"),
        "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
        "merged": QT_TRANSLATE_NOOP("Labels", "Merged"),
    },
    "priority": {
        "low": QT_TRANSLATE_NOOP("Labels", "Low"),
        "normal": QT_TRANSLATE_NOOP("Labels", "Normal"),
        "high": QT_TRANSLATE_NOOP("Labels", "High"),
        "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    },
    "category": {
        "password": QT_TRANSLATE_NOOP("Labels", "Getting a password"),
        "mismatch": QT_TRANSLATE_NOOP("Labels", "TCKN/GSM mismatch"),
        "tckn_invalid": QT_TRANSLATE_NOOP("Labels", "TCKN invalid"),
        "gsm_format": QT_TRANSLATE_NOOP("Labels", "GSM format"),
        "client_setup": QT_TRANSLATE_NOOP("Labels", "Outlook/iOS/Android set-up"),
        "old_mail": QT_TRANSLATE_NOOP("Labels", "Old mail and addresses"),
        "quota": QT_TRANSLATE_NOOP("Labels", "Quota"),
        "unit_account": QT_TRANSLATE_NOOP("Labels", "Unit account"),
        "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    },
    "sla": {
        "none": QT_TRANSLATE_NOOP("Labels", "No target"),
        "met": QT_TRANSLATE_NOOP("Labels", "Met"),
        "breached": QT_TRANSLATE_NOOP("Labels", "Breached"),
        "running": QT_TRANSLATE_NOOP("Labels", "Running"),
        "warning": QT_TRANSLATE_NOOP("Labels", "Due soon"),
        "paused": QT_TRANSLATE_NOOP("Labels", "Paused"),
    },
    "clock": {
        "first": QT_TRANSLATE_NOOP("Labels", "First response"),
        "update": QT_TRANSLATE_NOOP("Labels", "Update"),
        "solution": QT_TRANSLATE_NOOP("Labels", "Solution"),
    },
    "article": {
        "incoming": QT_TRANSLATE_NOOP("Labels", "From the caller"),
        "reply": QT_TRANSLATE_NOOP("Labels", "Our answer"),
        "note": QT_TRANSLATE_NOOP("Labels", "Internal note"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone call"),
        "system": QT_TRANSLATE_NOOP("Labels", "System"),
    },
    "reason": {
        "sender": QT_TRANSLATE_NOOP("Labels", "sender's address"),
        "address": QT_TRANSLATE_NOOP("Labels", "address in the text"),
        "tckn": QT_TRANSLATE_NOOP("Labels", "TCKN in the text"),
        "gsm": QT_TRANSLATE_NOOP("Labels", "GSM in the text"),
    },
    "attachment": {
        "too_large": QT_TRANSLATE_NOOP("Labels", "too large, not kept"),
        "unreadable": QT_TRANSLATE_NOOP("Labels", "could not be read"),
    },
    "source": {
        "mail": QT_TRANSLATE_NOOP("Labels", "E-mail"),
        "portal": QT_TRANSLATE_NOOP("Labels", "Help-desk portal"),
        "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
        "desk": QT_TRANSLATE_NOOP("Labels", "Desk"),
    },
    "problem": {
        "html_only": QT_TRANSLATE_NOOP("Labels", "HTML mail, shown as text"),
        "mime_defects": QT_TRANSLATE_NOOP("Labels", "damaged mail structure"),
        "mime_unreadable": QT_TRANSLATE_NOOP("Labels", "mail could not be read; raw text kept"),
        "charset_unknown": QT_TRANSLATE_NOOP("Labels", "unknown character set; text approximate"),
        "sender_unreadable": QT_TRANSLATE_NOOP("Labels", "sender could not be read"),
        "date_unreadable": QT_TRANSLATE_NOOP("Labels", "date could not be read"),
        "attachment_too_large": QT_TRANSLATE_NOOP("Labels", "an attachment was too large"),
        "attachment_unreadable": QT_TRANSLATE_NOOP("Labels", "an attachment could not be read"),
        "no_text": QT_TRANSLATE_NOOP("Labels", "no text"),
        "body_cut": QT_TRANSLATE_NOOP("Labels", "very long text, cut"),
    },
    "event": {
        "created": QT_TRANSLATE_NOOP("Labels", "Opened"),
        "status": QT_TRANSLATE_NOOP("Labels", "Status"),
        "category": QT_TRANSLATE_NOOP("Labels", "Category"),
        "priority": QT_TRANSLATE_NOOP("Labels", "Priority"),
        "assigned": QT_TRANSLATE_NOOP("Labels", "Assigned"),
        "assigned_rr": QT_TRANSLATE_NOOP("Labels", "Assigned in turn"),
        "linked": QT_TRANSLATE_NOOP("Labels", "Caller linked"),
        "candidates": QT_TRANSLATE_NOOP("Labels", "Several matches"),
        "action": QT_TRANSLATE_NOOP("Labels", "Done for the caller"),
        "merged": QT_TRANSLATE_NOOP("Labels", "Merged into"),
        "merged_in": QT_TRANSLATE_NOOP("Labels", "Merged in"),
        "split": QT_TRANSLATE_NOOP("Labels", "Split off"),
        "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated (SLA breached)"),
    },
}


def ticket_text(kind: str, value: str | None) -> str:
    """The translated word for a ticket's ``kind`` of value (its code when unknown)."""
    if value is None:
        return "—"
    word = _WORDS.get(kind, {}).get(value)
    if word is None and kind == "problem" and ":" in value:
        word = _WORDS["problem"].get(value.split(":", 1)[0])
    return translate("Labels", word) if word else value


def ticket_choices(kind: str) -> list[tuple[str, str]]:
    """(code, word) of every value of ``kind``, in their order."""
    return [(code, translate("Labels", word)) for code, word in _WORDS[kind].items()]
