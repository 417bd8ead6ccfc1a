"""Translated names of domain values (roles, scopes, audit outcomes)."""

from __future__ import annotations

from mebposta_admin.domain.audit_actions import AuditAction
from mebposta_admin.domain.manual import INFO_UPDATE_FORM_URL
from mebposta_admin.domain.roles import Role
from mebposta_admin.services.auth import AdminIdentity
from mebposta_admin.services.people import NextStep
from mebposta_admin.texts import QT_TRANSLATE_NOOP, translate

_ROLE = {
    Role.SUPERADMIN: QT_TRANSLATE_NOOP("Labels", "System administrator"),
    Role.HELPDESK: QT_TRANSLATE_NOOP("Labels", "Help desk"),
    Role.PROVINCE_ADMIN: QT_TRANSLATE_NOOP("Labels", "Provincial MEBBİS administrator"),
    Role.DISTRICT_ADMIN: QT_TRANSLATE_NOOP("Labels", "District MEBBİS administrator"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("Labels", "Auditor"),
}
_OUTCOME = {
    "success": QT_TRANSLATE_NOOP("Labels", "success"),
    "failure": QT_TRANSLATE_NOOP("Labels", "failure"),
    "refused": QT_TRANSLATE_NOOP("Labels", "refused"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "unknown"),
    "pending": QT_TRANSLATE_NOOP("Labels", "started"),
}
# What became of one SMS password (services.reissue attempt states).
_ATTEMPT = {
    "queued": QT_TRANSLATE_NOOP("Labels", "waiting for the server's SMS worker"),
    "pending": QT_TRANSLATE_NOOP(
        "Labels", "outcome unknown: interrupted before the gateway answered (or still running)"
    ),
    "sent": QT_TRANSLATE_NOOP(
        "Labels", "SMS sent, new password not saved: the SMS password does not work"
    ),
    "stored": QT_TRANSLATE_NOOP("Labels", "sent, password changed"),
    "mail_stored": QT_TRANSLATE_NOOP("Labels", "sent, password changed on the mail servers"),
    "failed": QT_TRANSLATE_NOOP("Labels", "not sent, password unchanged"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "gateway did not answer: outcome unknown"),
}
_ACTION: dict[str, str] = {
    AuditAction.LOGIN: QT_TRANSLATE_NOOP("Labels", "Sign-in"),
    AuditAction.ACCOUNT_LOCKOUT: QT_TRANSLATE_NOOP("Labels", "Account locked"),
    AuditAction.ADMIN_CREATE: QT_TRANSLATE_NOOP("Labels", "Administrator created"),
    AuditAction.ADMIN_LIST: QT_TRANSLATE_NOOP("Labels", "Administrator list"),
    AuditAction.ADMIN_UPDATE: QT_TRANSLATE_NOOP("Labels", "Administrator changed"),
    AuditAction.ADMIN_STATUS: QT_TRANSLATE_NOOP("Labels", "Administrator disabled or enabled"),
    AuditAction.ADMIN_PASSWORD_RESET: QT_TRANSLATE_NOOP("Labels", "Administrator's password reset"),
    AuditAction.ADMIN_UNLOCK: QT_TRANSLATE_NOOP("Labels", "Administrator unlocked"),
    AuditAction.ADMIN_SECOND_FACTOR_RESET: QT_TRANSLATE_NOOP(
        "Labels", "Administrator's two-factor sign-in reset"
    ),
    AuditAction.PASSWORD_CHANGE: QT_TRANSLATE_NOOP("Labels", "Own password changed"),
    AuditAction.SECOND_FACTOR_ENROL: QT_TRANSLATE_NOOP("Labels", "Two-factor sign-in set up"),
    AuditAction.SESSION_LOCK: QT_TRANSLATE_NOOP("Labels", "Session locked when idle"),
    AuditAction.DEMO_SEED: QT_TRANSLATE_NOOP("Labels", "Demo data created"),
    AuditAction.PERSON_VIEW: QT_TRANSLATE_NOOP("Labels", "Person viewed"),
    AuditAction.PERSON_REVEAL: QT_TRANSLATE_NOOP("Labels", "Personal data shown"),
    AuditAction.PERSON_CALLER_CHECK: QT_TRANSLATE_NOOP("Labels", "Caller check"),
    AuditAction.SEARCH: QT_TRANSLATE_NOOP("Labels", "Search"),
    AuditAction.PASSWORD_REISSUE: QT_TRANSLATE_NOOP("Labels", "Password sent by SMS"),
    AuditAction.SETTINGS_CHANGE: QT_TRANSLATE_NOOP("Labels", "System settings changed"),
    AuditAction.SETTINGS_MIGRATE: QT_TRANSLATE_NOOP(
        "Labels", "System settings moved into the database"
    ),
    AuditAction.REQUEST_RECEIVE: QT_TRANSLATE_NOOP("Labels", "Request taken at the desk"),
    AuditAction.REQUEST_IMPORT: QT_TRANSLATE_NOOP("Labels", "Requests imported from Excel"),
    AuditAction.REQUEST_VIEW: QT_TRANSLATE_NOOP("Labels", "Request viewed"),
    AuditAction.REQUEST_ASSIGN: QT_TRANSLATE_NOOP("Labels", "Request taken or given back"),
    AuditAction.REQUEST_APPROVE: QT_TRANSLATE_NOOP("Labels", "Request approved"),
    AuditAction.REQUEST_REJECT: QT_TRANSLATE_NOOP("Labels", "Request rejected"),
    AuditAction.REQUEST_APPLY: QT_TRANSLATE_NOOP("Labels", "Record updated from a request"),
    AuditAction.REQUEST_NOTICE: QT_TRANSLATE_NOOP("Labels", "Notice SMS to the old number"),
    AuditAction.DIRECTORY_IMPORT: QT_TRANSLATE_NOOP("Labels", "MEBBİS export imported"),
    AuditAction.UNIT_CREATE: QT_TRANSLATE_NOOP("Labels", "Unit account created"),
    AuditAction.UNIT_CUSTODIAN_ADD: QT_TRANSLATE_NOOP("Labels", "Deputy custodian added"),
    AuditAction.UNIT_CUSTODIAN_END: QT_TRANSLATE_NOOP("Labels", "Custody ended"),
    AuditAction.UNIT_HANDOVER: QT_TRANSLATE_NOOP("Labels", "Custody handed over"),
    AuditAction.AUDIT_VERIFY: QT_TRANSLATE_NOOP("Labels", "Audit trail verified"),
    AuditAction.AUDIT_CHECKPOINT: QT_TRANSLATE_NOOP("Labels", "Audit checkpoint signed"),
    AuditAction.REPORT_EXPORT: QT_TRANSLATE_NOOP("Labels", "Report exported to Excel"),
    AuditAction.UNIT_IMPORT: QT_TRANSLATE_NOOP("Labels", "Unit accounts imported from Excel"),
    AuditAction.UNIT_EXPORT: QT_TRANSLATE_NOOP("Labels", "Unit accounts exported to Excel"),
    AuditAction.UNIT_REISSUE_DECLINED: QT_TRANSLATE_NOOP(
        "Labels", "Reissue after a handover declined"
    ),
    AuditAction.MAILBOX_STATUS: QT_TRANSLATE_NOOP("Labels", "Mailbox deactivated or reactivated"),
    AuditAction.MAILBOX_QUOTA: QT_TRANSLATE_NOOP("Labels", "Mailbox quota changed"),
    AuditAction.MAILBOX_ALIAS: QT_TRANSLATE_NOOP("Labels", "Old address added or removed"),
    AuditAction.TICKET_CREATE: QT_TRANSLATE_NOOP("Labels", "Ticket opened at the desk"),
    AuditAction.TICKET_UPDATE: QT_TRANSLATE_NOOP("Labels", "Ticket changed"),
    AuditAction.TICKET_ASSIGN: QT_TRANSLATE_NOOP("Labels", "Ticket assigned"),
    AuditAction.TICKET_NOTE: QT_TRANSLATE_NOOP("Labels", "Ticket note added"),
    AuditAction.TICKET_REPLY: QT_TRANSLATE_NOOP("Labels", "Ticket answered by e-mail"),
    AuditAction.TICKET_MERGE: QT_TRANSLATE_NOOP("Labels", "Tickets merged"),
    AuditAction.TICKET_SPLIT: QT_TRANSLATE_NOOP("Labels", "Ticket split"),
    AuditAction.TICKET_ACTION: QT_TRANSLATE_NOOP("Labels", "Action taken from a ticket"),
}
_NEXT_STEP = {
    NextStep.CHECK_TCKN_DIGITS: QT_TRANSLATE_NOOP(
        "Labels",
        "The TCKN typed fails its check digits. Ask the caller to read the 11 digits from the "
        "identity card again and retype them.",
    ),
    NextStep.DROP_LEADING_ZERO: QT_TRANSLATE_NOOP(
        "Labels",
        "The GSM must be typed as ten digits starting with 5: without the leading 0 or +90.",
    ),
    NextStep.GSM_TEN_DIGITS: QT_TRANSLATE_NOOP(
        "Labels", "The GSM must be ten digits starting with 5 (5XXXXXXXXX)."
    ),
    NextStep.OTHER_PERSON: QT_TRANSLATE_NOOP(
        "Labels",
        "The TCKN typed is valid but is not this person's. Check that you have the right "
        "record: search for the TCKN the caller typed.",
    ),
    NextStep.UPDATE_MEBBIS_GSM: QT_TRANSLATE_NOOP(
        "Labels",
        "The GSM typed differs from the one on file. The caller must correct the mobile number "
        "in MEBBİS (Bilgi Düzeltme), then fill in the info-update form ({url}); it is processed "
        "the same day, after which the password screen works.",
    ),
    NextStep.ADD_MEBBIS_GSM: QT_TRANSLATE_NOOP(
        "Labels",
        "There is no GSM on file. The caller must enter the mobile number in MEBBİS (Bilgi "
        "Düzeltme), then fill in the info-update form ({url}).",
    ),
    NextStep.SHOULD_WORK: QT_TRANSLATE_NOOP(
        "Labels",
        "Both match the record: the password screen sends the SMS. If it does not arrive, "
        "check that the phone is on and can receive SMS, then try again a few minutes later.",
    ),
}


def _t(text: str) -> str:
    return translate("Labels", text)


def role_text(role: Role) -> str:
    return _t(_ROLE[role])


def outcome_text(outcome: str) -> str:
    return _t(_OUTCOME[outcome]) if outcome in _OUTCOME else outcome


def attempt_text(state: str) -> str:
    return _t(_ATTEMPT[state]) if state in _ATTEMPT else state


def action_text(action: str) -> str:
    return _t(_ACTION[action]) if action in _ACTION else action


_HINT = {
    "search.hint_empty": QT_TRANSLATE_NOOP(
        "Labels",
        "Type a name, TCKN (at least 4 digits), GSM, e-mail address or institution code.",
    ),
    "search.hint_too_short": QT_TRANSLATE_NOOP("Labels", "Type at least two letters."),
    "search.hint_digits_too_short": QT_TRANSLATE_NOOP(
        "Labels", "Type at least 4 digits of a TCKN, or a whole GSM number."
    ),
    "search.hint_nothing_searchable": QT_TRANSLATE_NOOP(
        "Labels", "Names, numbers and e-mail addresses can be searched; this text has none."
    ),
    "search.note_truncated": QT_TRANSLATE_NOOP(
        "Labels", "(Only the first 100 characters were used.)"
    ),
    "search.note_terms_dropped": QT_TRANSLATE_NOOP(
        "Labels", "(Only the first six words were used.)"
    ),
}


def hint_text(code: str) -> str:
    return _t(_HINT[code]) if code in _HINT else code


def next_step_text(step: NextStep) -> str:
    return _t(_NEXT_STEP[step]).format(url=INFO_UPDATE_FORM_URL)


def scope_text(identity: AdminIdentity) -> str:
    if identity.district_name:
        return translate("Labels", "{province} / {district} district").format(
            province=identity.province_name, district=identity.district_name
        )
    if identity.province_name:
        return translate("Labels", "{province} province").format(province=identity.province_name)
    return translate("Labels", "National")


# Problems of an info-update form (domain.info_update), as the queue and the import report say them.
_PROBLEM = {
    "name.missing": QT_TRANSLATE_NOOP("Labels", "The name or surname is missing."),
    "name.invalid": QT_TRANSLATE_NOOP(
        "Labels", "The name or surname holds digits or signs that no name has."
    ),
    "tckn.missing": QT_TRANSLATE_NOOP("Labels", "The TCKN is missing."),
    "tckn.shape": QT_TRANSLATE_NOOP("Labels", "The TCKN is not 11 digits."),
    "tckn.checksum": QT_TRANSLATE_NOOP(
        "Labels", "The TCKN fails its check digits: it was mistyped."
    ),
    "gsm.missing": QT_TRANSLATE_NOOP("Labels", "The GSM number is missing."),
    "gsm.shape": QT_TRANSLATE_NOOP(
        "Labels", "The GSM number is not a Turkish mobile number (5XXXXXXXXX)."
    ),
    "email.shape": QT_TRANSLATE_NOOP("Labels", "The e-mail address cannot be read."),
    "email.not_meb": QT_TRANSLATE_NOOP("Labels", "The e-mail address is not a meb.gov.tr address."),
    "province.missing": QT_TRANSLATE_NOOP("Labels", "The province is missing."),
    "province.unknown": QT_TRANSLATE_NOOP("Labels", "The province is not one of the 81."),
    "district.not_in_province": QT_TRANSLATE_NOOP(
        "Labels", "The district is not in the province given."
    ),
    "institution_code.shape": QT_TRANSLATE_NOOP(
        "Labels", "The institution code is not the usual six digits."
    ),
    "text.too_long": QT_TRANSLATE_NOOP("Labels", "A text field is longer than the form allows."),
    "feed.not_an_object": QT_TRANSLATE_NOOP(
        "Labels", "The portal sent something that is not a form; it is kept as it came."
    ),
    "feed.field_type": QT_TRANSLATE_NOOP("Labels", "A field holds a list or an object, not text."),
    "feed.id_missing": QT_TRANSLATE_NOOP("Labels", "The portal sent the form without its id."),
    "feed.submitted_at_invalid": QT_TRANSLATE_NOOP(
        "Labels", "The submission time is missing or has no time zone."
    ),
    "cell.formula": QT_TRANSLATE_NOOP(
        "Labels", "A cell holds a formula: type the value itself, formulas are not imported."
    ),
    "date.unreadable": QT_TRANSLATE_NOOP(
        "Labels", "The date cannot be read (use 01.12.2026 10:15); the import time is used."
    ),
    "scope.outside": QT_TRANSLATE_NOOP(
        "Labels", "The province or district is outside your scope: its administrators import it."
    ),
}

_REQUEST_STATUS = {
    "pending": QT_TRANSLATE_NOOP("Labels", "Waiting"),
    "second_approval": QT_TRANSLATE_NOOP("Labels", "Second approval"),
    "applied": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "superseded": QT_TRANSLATE_NOOP("Labels", "Superseded"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "all": QT_TRANSLATE_NOOP("Labels", "All"),
}
_REQUEST_SOURCE = {
    "portal": QT_TRANSLATE_NOOP("Labels", "Portal"),
    "excel": QT_TRANSLATE_NOOP("Labels", "Excel"),
    "desk": QT_TRANSLATE_NOOP("Labels", "Desk"),
}
_DEADLINE = {
    "on_time": QT_TRANSLATE_NOOP("Labels", "on time"),
    "due_soon": QT_TRANSLATE_NOOP("Labels", "due soon"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "overdue"),
    "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
}
_HISTORY = {
    "received": QT_TRANSLATE_NOOP("Labels", "Received"),
    "rejected_at_intake": QT_TRANSLATE_NOOP("Labels", "Received and rejected by the form check"),
    "superseded": QT_TRANSLATE_NOOP("Labels", "Superseded by a newer request"),
    "supersedes": QT_TRANSLATE_NOOP("Labels", "Supersedes an older request"),
    "assigned": QT_TRANSLATE_NOOP("Labels", "Taken"),
    "unassigned": QT_TRANSLATE_NOOP("Labels", "Given back"),
    "first_approval": QT_TRANSLATE_NOOP("Labels", "First approval (waits for a second)"),
    "approved": QT_TRANSLATE_NOOP("Labels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "applied": QT_TRANSLATE_NOOP("Labels", "Applied to the record"),
    "notice_sent": QT_TRANSLATE_NOOP("Labels", "Notice SMS sent to the old number"),
    "notice_failed": QT_TRANSLATE_NOOP("Labels", "Notice SMS refused by the gateway"),
    "notice_unknown": QT_TRANSLATE_NOOP("Labels", "Notice SMS: the gateway did not answer"),
}
_REQUEST_WARNING = {
    "gsm.on_file_elsewhere": QT_TRANSLATE_NOOP(
        "Labels", "Other people with the new GSM number on file: {count}."
    ),
    "gsm.asked_elsewhere": QT_TRANSLATE_NOOP(
        "Labels", "Other TCKNs whose requests asked for this GSM number in 30 days: {count}."
    ),
    "tckn.repeated": QT_TRANSLATE_NOOP("Labels", "{count} requests for this TCKN in 30 days."),
    "institution.burst": QT_TRANSLATE_NOOP(
        "Labels", "{count} requests from this institution within a day."
    ),
    "person.inactive": QT_TRANSLATE_NOOP("Labels", "The person's record on file is passive."),
}
_BLOCKER = {
    "request.closed": QT_TRANSLATE_NOOP("Labels", "The request is already decided."),
    "person.unknown": QT_TRANSLATE_NOOP(
        "Labels", "Nobody with this TCKN is on file (the form does not create addresses)."
    ),
    "mebbis.unavailable": QT_TRANSLATE_NOOP(
        "Labels", "MEBBİS cannot be reached: approval waits. Rejecting still works."
    ),
    "mebbis.unknown_person": QT_TRANSLATE_NOOP("Labels", "MEBBİS does not know this TCKN."),
    "mebbis.identity_mismatch": QT_TRANSLATE_NOOP(
        "Labels", "The name contradicts MEBBİS: it cannot be approved."
    ),
    "mebbis.inactive": QT_TRANSLATE_NOOP("Labels", "MEBBİS lists the person as out of service."),
    "four_eyes.same_admin": QT_TRANSLATE_NOOP(
        "Labels", "You gave the first approval: the second must come from someone else."
    ),
}
_REJECT_REASON = {
    "fix_gsm_in_mebbis": QT_TRANSLATE_NOOP(
        "Labels",
        "Correct your GSM number in MEBBİS first (MEBBİS → Bilgi Düzeltme), then send the form "
        "again.",
    ),
    "identity_mismatch": QT_TRANSLATE_NOOP(
        "Labels", "The name and TCKN on the form do not match MEBBİS."
    ),
    "unknown_person": QT_TRANSLATE_NOOP("Labels", "No staff record was found for this TCKN."),
    "duplicate": QT_TRANSLATE_NOOP("Labels", "The same request was already received."),
    "incomplete": QT_TRANSLATE_NOOP("Labels", "The form is incomplete or cannot be read."),
    "not_the_owner": QT_TRANSLATE_NOOP(
        "Labels", "The request was not made by the owner of the record."
    ),
    "junk": QT_TRANSLATE_NOOP("Labels", "Not a real request (test, spam or nonsense)."),
    "other": QT_TRANSLATE_NOOP("Labels", "Other (write the reason)"),
}
_FIELD = {
    "first_name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "last_name": QT_TRANSLATE_NOOP("Labels", "Surname"),
    "tckn": QT_TRANSLATE_NOOP("Labels", "TCKN"),
    "gsm": QT_TRANSLATE_NOOP("Labels", "GSM"),
    "email": QT_TRANSLATE_NOOP("Labels", "Current e-mail"),
    "institution_name": QT_TRANSLATE_NOOP("Labels", "Institution / unit"),
    "institution_code": QT_TRANSLATE_NOOP("Labels", "Institution code"),
    "province": QT_TRANSLATE_NOOP("Labels", "Province"),
    "district": QT_TRANSLATE_NOOP("Labels", "District"),
    "note": QT_TRANSLATE_NOOP("Labels", "Explanation"),
}
_VERDICT = {
    "verdict.stored": QT_TRANSLATE_NOOP("Labels", "Stored"),
    "verdict.stored_with_warnings": QT_TRANSLATE_NOOP("Labels", "Stored, with warnings"),
    "verdict.superseded": QT_TRANSLATE_NOOP("Labels", "Stored, superseded by a later row"),
    "verdict.rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
    "verdict.repeated": QT_TRANSLATE_NOOP("Labels", "Skipped: the same form as an earlier row"),
    "verdict.imported_before": QT_TRANSLATE_NOOP("Labels", "Skipped: imported before"),
    "note.repeated": QT_TRANSLATE_NOOP("Labels", "Same as row {0}."),
    "note.superseded": QT_TRANSLATE_NOOP("Labels", "Superseded by request {0}."),
    "sheet.report": QT_TRANSLATE_NOOP("Labels", "Import report"),
}
_TARGET = {
    "person": QT_TRANSLATE_NOOP("Labels", "person"),
    "mailbox": QT_TRANSLATE_NOOP("Labels", "mailbox"),
    "request": QT_TRANSLATE_NOOP("Labels", "request"),
    "import": QT_TRANSLATE_NOOP("Labels", "import"),
    "settings": QT_TRANSLATE_NOOP("Labels", "settings"),
    "audit": QT_TRANSLATE_NOOP("Labels", "audit trail"),
    "export": QT_TRANSLATE_NOOP("Labels", "export"),
    "system": QT_TRANSLATE_NOOP("Labels", "system"),
    "admin": QT_TRANSLATE_NOOP("Labels", "administrator"),
    "directory": QT_TRANSLATE_NOOP("Labels", "MEBBİS directory"),
    "unit": QT_TRANSLATE_NOOP("Labels", "unit account"),
    "ticket": QT_TRANSLATE_NOOP("Labels", "ticket"),
}
_NOTICE = {
    "pending": QT_TRANSLATE_NOOP("Labels", "not sent yet"),
    "sent": QT_TRANSLATE_NOOP("Labels", "sent"),
    "failed": QT_TRANSLATE_NOOP("Labels", "refused by the gateway"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "the gateway did not answer"),
    "queued": QT_TRANSLATE_NOOP("Labels", "waiting for the server's worker"),
    "sending": QT_TRANSLATE_NOOP("Labels", "being sent by the server's worker"),
}


def request_status_text(status: str) -> str:
    return _t(_REQUEST_STATUS[status]) if status in _REQUEST_STATUS else status


def request_source_text(source: str) -> str:
    return _t(_REQUEST_SOURCE[source]) if source in _REQUEST_SOURCE else source


def deadline_text(state: str) -> str:
    return _t(_DEADLINE[state]) if state in _DEADLINE else state


def history_text(kind: str) -> str:
    return _t(_HISTORY[kind]) if kind in _HISTORY else kind


def request_warning_text(code: str, count: int = 0) -> str:
    return _t(_REQUEST_WARNING[code]).format(count=count) if code in _REQUEST_WARNING else code


def blocker_text(code: str) -> str:
    return _t(_BLOCKER[code]) if code in _BLOCKER else code


def reject_reason_text(code: str) -> str:
    return _t(_REJECT_REASON[code]) if code in _REJECT_REASON else code


def field_text(name: str) -> str:
    return _t(_FIELD[name]) if name in _FIELD else name


def notice_text(state: str) -> str:
    return _t(_NOTICE[state]) if state in _NOTICE else state


def import_text(code: str) -> str:
    """Texts of the Excel import report: verdicts, notes, problems."""
    if code in _VERDICT:
        return _t(_VERDICT[code])
    return problem_text(code)


def problem_text(code: str) -> str:
    return _t(_PROBLEM[code]) if code in _PROBLEM else code


def target_text(kind: str) -> str:
    """What an audit event is about (its target type), in words."""
    return _t(_TARGET[kind]) if kind in _TARGET else kind


# The Excel reports' and the unit accounts' bulk words (texts.report_labels), here too.
from mebposta_admin.texts.report_labels import (  # noqa: E402
    report_text,
    report_texts,
    unit_bulk_text,
    unit_export_headers,
)

# The help-desk tickets' words (texts.ticket_labels), here too.
from mebposta_admin.texts.ticket_labels import ticket_choices, ticket_text  # noqa: E402

__all__ = [
    "report_text",
    "report_texts",
    "ticket_choices",
    "ticket_text",
    "unit_bulk_text",
    "unit_export_headers",
]
