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
}


def problem_text(code: str) -> str:
    return _t(_PROBLEM[code]) if code in _PROBLEM else code
