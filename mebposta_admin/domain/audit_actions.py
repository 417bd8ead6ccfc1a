"""The names of audited actions: one enum, so a report, a label and a filter can never
disagree with what was recorded (the stored value is the enum's string)."""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    LOGIN = "login"
    ACCOUNT_LOCKOUT = "account.lockout"
    ADMIN_CREATE = "admin.create"
    ADMIN_LIST = "admin.list"
    ADMIN_UPDATE = "admin.update"  # name, role, scope (before/after)
    ADMIN_STATUS = "admin.status"  # disabled / enabled
    ADMIN_PASSWORD_RESET = "admin.password_reset"  # a one-time password set by a superadmin
    ADMIN_UNLOCK = "admin.unlock"
    ADMIN_SECOND_FACTOR_RESET = "admin.second_factor_reset"  # enrol again at the next sign-in
    PASSWORD_CHANGE = "admin.password_change"  # an administrator's own, at sign-in
    SECOND_FACTOR_ENROL = "admin.second_factor_enrol"
    SESSION_LOCK = "session.lock"  # the idle lock (and its unlock in the details)
    DEMO_SEED = "demo.seed"
    PERSON_VIEW = "person.view"
    PERSON_REVEAL = "person.reveal"
    PERSON_CALLER_CHECK = "person.caller_check"
    SEARCH = "search"
    PASSWORD_REISSUE = "password.reissue"
    SETTINGS_CHANGE = "settings.change"
    SETTINGS_MIGRATE = "settings.migrate"
    REQUEST_RECEIVE = "request.receive"  # desk entry; the feed's items are request_events
    REQUEST_IMPORT = "request.import"  # an Excel file of forms
    REQUEST_VIEW = "request.view"
    REQUEST_ASSIGN = "request.assign"
    REQUEST_APPROVE = "request.approve"  # first approval of a four-eyes change, or the only one
    REQUEST_REJECT = "request.reject"
    REQUEST_APPLY = "request.apply"  # the person updated (before/after, masked)
    REQUEST_NOTICE = "request.notice"  # the notice SMS to the old GSM
    DIRECTORY_IMPORT = "directory.import"  # a MEBBİS personnel export
    UNIT_CREATE = "unit.create"
    UNIT_CUSTODIAN_ADD = "unit.custodian_add"
    UNIT_CUSTODIAN_END = "unit.custodian_end"
    UNIT_HANDOVER = "unit.handover"
    UNIT_REISSUE_DECLINED = "unit.reissue_declined"  # a handover without the proposed reissue
    UNIT_IMPORT = "unit.import"  # an Excel file of unit accounts and custodians
    UNIT_EXPORT = "unit.export"  # the list written to Excel
    AUDIT_VERIFY = "audit.verify"  # the hash chain checked (its result in the details)
    AUDIT_CHECKPOINT = "audit.checkpoint"  # a signed head written outside the database
    REPORT_EXPORT = "report.export"  # an Excel report: its filters, row count and hash
    MAILBOX_STATUS = "mailbox.status"  # deactivated / reactivated
    MAILBOX_QUOTA = "mailbox.quota"
    MAILBOX_ALIAS = "mailbox.alias"  # an old address added or removed
    TICKET_CREATE = "ticket.create"  # a logged call or a desk entry
    TICKET_UPDATE = "ticket.update"  # status, category, priority, the linked caller
    TICKET_ASSIGN = "ticket.assign"
    TICKET_NOTE = "ticket.note"  # an internal note
    TICKET_REPLY = "ticket.reply"  # an answer sent to the caller by e-mail
    TICKET_MERGE = "ticket.merge"
    TICKET_SPLIT = "ticket.split"
    TICKET_ACTION = "ticket.action"  # a reissue, a caller check or a request started from it


class Outcome(StrEnum):
    SUCCESS = "success"
    FAILURE = "failure"
    REFUSED = "refused"
    PENDING = "pending"  # recorded before a step that crosses systems; resolved later
    UNKNOWN = "unknown"  # the other system may or may not have done it
