"""Error texts of unit accounts and the mailbox actions (merged into texts.errors.TEXTS)."""

from __future__ import annotations

from mebposta_admin.texts import QT_TRANSLATE_NOOP

UNIT_TEXTS: dict[str, str] = {
    "mailbox.no_such_address": QT_TRANSLATE_NOOP(
        "ErrorTexts", "No mailbox or old address is {address}. Check the spelling."
    ),
    "reissue.no_custodian": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The unit account {address} has no primary custodian, so its password has nobody to go "
        "to. Name a primary custodian first (a person of the office with a GSM on file).",
    ),
    "unit.custodian_outside_scope": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This person is outside your area, so they cannot be a custodian of a unit account you "
        "manage. Choose someone of your province.",
    ),
    "unit.custodian_inactive": QT_TRANSLATE_NOOP(
        "ErrorTexts", "This person's record is passive: a custodian must be in service."
    ),
    "unit.custodian_no_gsm": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This person has no GSM number on file, so the unit's password could not reach them. "
        "Choose someone with a GSM, or have their number entered first.",
    ),
    "unit.not_a_unit": QT_TRANSLATE_NOOP(
        "ErrorTexts", "{address} is a person's mailbox, not a unit account."
    ),
    "unit.already_custodian": QT_TRANSLATE_NOOP(
        "ErrorTexts", "This person is already a custodian of the unit account."
    ),
    "unit.handover_to_same": QT_TRANSLATE_NOOP(
        "ErrorTexts", "This person is already the primary custodian: choose the new one."
    ),
    "unit.decline_reason_needed": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Write why no new password is sent now (at least {minimum} characters): the old "
        "custodian still knows the password.",
    ),
    "unit.custody_not_found": QT_TRANSLATE_NOOP(
        "ErrorTexts", "That custody no longer exists. Open the unit account again."
    ),
    "unit.custody_ended": QT_TRANSLATE_NOOP("ErrorTexts", "That custody has already ended."),
    "unit.primary_needs_handover": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The primary custodian's custody ends with a handover to the new one (a unit account "
        "always has someone its password goes to).",
    ),
    "unit.address_taken": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "{address} is already a mailbox or an old address. Every address and old address is "
        "unique: choose another.",
    ),
    "unit.address_domain": QT_TRANSLATE_NOOP(
        "ErrorTexts", "Unit accounts are @meb.gov.tr addresses; “{address}” is not."
    ),
    "unit.address_turkish_letters": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "“{address}” holds Turkish or capital letters; addresses use a–z only, so it would be "
        "“{expected}”. Type it that way.",
    ),
    "unit.address_shape": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "“{address}” cannot be a unit account's address: use 3 to 40 of a–z, 0–9 and _.",
    ),
    "unit.address_rule": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This office's unit account is named by the rule: {expected}@meb.gov.tr, not “{address}”.",
    ),
    "unit.office_kind": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Unit accounts belong to an İl or İlçe MEM or a central unit; this institution is none "
        "of them.",
    ),
    "unit.office_unknown": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The office ({id}) is not known. Choose it from the list."
    ),
    "mailbox.quota_range": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The quota must be between {low} and {high} MB."
    ),
    "mailbox.alias_shape": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{address}” cannot be an old address: use a–z, 0–9, dots and _ only."
    ),
    "mailbox.alias_unknown": QT_TRANSLATE_NOOP(
        "ErrorTexts", "{address} is not an old address of this mailbox."
    ),
    "unit.custodian_other_province": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This person works in another province: a province's unit account is kept by people "
        "of that province. Choose someone of {province}.",
    ),
    "unit.import_office_missing": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The row names no office: give the office's institution code or name."
    ),
    "unit.import_office_unknown": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "No İl or İlçe MEM or central unit is “{office}”. Give the office's institution code "
        "(as in MEBBİS) or its exact name.",
    ),
    "unit.import_office_ambiguous": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Several offices are called “{office}”: give the institution code instead.",
    ),
    "unit.import_office_mismatch": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "{address} already belongs to another office ({office}). Correct the office or the "
        "address.",
    ),
    "unit.import_no_primary": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "A new unit account needs its primary custodian: give their TCKN or e-mail address.",
    ),
    "unit.import_person_unknown": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "No person has the TCKN or e-mail address “{value}”. Check it, or import the person first.",
    ),
    "unit.import_repeated": QT_TRANSLATE_NOOP(
        "ErrorTexts", "{address} appears in an earlier row ({row}) of the file already."
    ),
    "unit.import_quota": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{value}” is not a quota: write megabytes between {low} and {high}."
    ),
    "unit.import_formula": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The cell of {column} holds a formula; write the value itself (formulas are never "
        "imported).",
    ),
    "unit.import_rejected": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "{rejected} of {rows} rows cannot be imported, so nothing was imported. Correct the rows "
        "the report names ({report}) and import the file again.",
    ),
}
