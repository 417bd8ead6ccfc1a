"""Error texts of the info-update requests, their intake (portal, Excel) and MEBBİS (merged
into texts.errors.TEXTS)."""

from __future__ import annotations

from mebposta_admin.texts import QT_TRANSLATE_NOOP

REQUEST_TEXTS: dict[str, str] = {
    "request.form_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The form cannot be saved as it stands: {problem_text} Correct the field and save "
        "again (problems found: {count}).",
    ),
    "request.not_found": QT_TRANSLATE_NOOP(
        "ErrorTexts", "Request {id} no longer exists. Refresh the queue."
    ),
    "request.filter_invalid": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{value}” is not a request status or source."
    ),
    "request.already_decided": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This request was already decided ({status}) by {by} at {at}. Nothing was changed; "
        "the queue shows its current state.",
    ),
    "request.changed": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This request was changed by {by} ({at}) after you opened it. Nothing was changed: open "
        "it again to see its current state, then decide.",
    ),
    "request.mebbis_unavailable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "MEBBİS cannot be reached ({reason}), so the request cannot be approved now: approval "
        "waits until MEBBİS answers. Rejecting still works.",
    ),
    "request.blocked.mebbis.unknown_person": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "MEBBİS has no personnel record for this TCKN, so the request cannot be approved. "
        "Reject it, or ask the person to have their record entered in MEBBİS first.",
    ),
    "request.blocked.mebbis.identity_mismatch": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The name on the request contradicts MEBBİS, so it cannot be approved. Reject it with "
        "the reason, or ask the person to correct MEBBİS first (Bilgi Düzeltme).",
    ),
    "request.blocked.mebbis.inactive": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "MEBBİS lists this person as no longer in service, so the request cannot be approved.",
    ),
    "request.blocked.mebbis.unavailable": QT_TRANSLATE_NOOP(
        "ErrorTexts", "MEBBİS cannot be reached: approval waits until it answers."
    ),
    "request.blocked.person.unknown": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Nobody with this TCKN is on file, and the form does not create new addresses. Reject "
        "the request with the reason.",
    ),
    "request.justification_needed": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "MEBBİS does not hold the new GSM number yet, so this change needs a second "
        "administrator. Write why you approve it (at least {minimum} characters): how you "
        "confirmed the caller's identity.",
    ),
    "request.four_eyes_same_admin": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "You gave this request its first approval. The second approval must come from another "
        "administrator with scope for it (four eyes).",
    ),
    "request.none_selected": QT_TRANSLATE_NOOP("ErrorTexts", "Select at least one request."),
    "request.reason_unknown": QT_TRANSLATE_NOOP(
        "ErrorTexts", "“{reason}” is not one of the rejection reasons."
    ),
    "request.reason_text_needed": QT_TRANSLATE_NOOP(
        "ErrorTexts", "Write the reason for the rejection: the person will be told."
    ),
    "request.reason_too_long": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The reason is too long (at most {limit} characters)."
    ),
    "request.notice_expired": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The notice waited ten minutes for the server's worker and was not sent. Send it again "
        "from the request.",
    ),
    "request.notice_not_found": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The notice SMS of this request no longer exists."
    ),
    "request.no_notice_to_send": QT_TRANSLATE_NOOP(
        "ErrorTexts", "This request has no notice SMS waiting to be sent."
    ),
    "portal.not_configured": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "No help-desk portal address is set, so its requests are not fetched. A system "
        "administrator sets portal_base_url in the system settings and the portal token in "
        "the keyring.",
    ),
    "portal.timeout": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The help-desk portal {url} did not answer in time. Requests already fetched are kept; "
        "fetching resumes on its own.",
    ),
    "portal.unreachable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The help-desk portal {url} cannot be reached. Requests already fetched are kept; "
        "fetching resumes when it is back.",
    ),
    "portal.refused_token": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The help-desk portal refused this computer's access token (HTTP {status}). Enter a "
        "valid token in the keyring (portal:token).",
    ),
    "portal.http_error": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The help-desk portal answered with an error (HTTP {status}). Fetching resumes on its "
        "own; nothing was lost.",
    ),
    "portal.bad_answer": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The help-desk portal answered something that is not its feed ({reason}). Nothing was "
        "stored from that answer; tell the portal's team if it lasts.",
    ),
    "mebbis.timeout": QT_TRANSLATE_NOOP(
        "ErrorTexts", "MEBBİS ({url}) did not answer in time. Try again in a minute."
    ),
    "mebbis.unreachable": QT_TRANSLATE_NOOP(
        "ErrorTexts", "MEBBİS ({url}) cannot be reached from this computer."
    ),
    "mebbis.refused_token": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "MEBBİS refused this computer's access token (HTTP {status}). Enter a valid token in "
        "the keyring (mebbis:token).",
    ),
    "mebbis.http_error": QT_TRANSLATE_NOOP(
        "ErrorTexts", "MEBBİS answered with an error (HTTP {status}). Try again later."
    ),
    "mebbis.bad_answer": QT_TRANSLATE_NOOP(
        "ErrorTexts", "MEBBİS answered something that cannot be read ({reason})."
    ),
    "excel.missing_file": QT_TRANSLATE_NOOP("ErrorTexts", "The file {path} does not exist."),
    "excel.not_a_workbook": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "{path} is not an Excel workbook (.xlsx). Save it from Excel as “Excel Workbook” and "
        "import it again. Nothing was imported.",
    ),
    "excel.no_header": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "No header row was found in the first rows of {path} (such as Ad, Soyad, TCKN, GSM, İl). "
        "Nothing was imported.",
    ),
    "excel.missing_columns": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The file lacks required columns: {columns}. Add them and import again. Nothing was "
        "imported.",
    ),
}
