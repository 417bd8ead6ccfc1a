"""Error texts of the administrators, their sign-in's second factor, the shared deployment's
row-level security and its SMS worker (issue 15; merged into texts.errors.TEXTS)."""

from __future__ import annotations

from mebposta_admin.texts import QT_TRANSLATE_NOOP

SECURITY_TEXTS: dict[str, str] = {
    "auth.totp_required": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Type the 6-digit code your authenticator app shows for MEB Posta Yönetim (or one of "
        "your recovery codes).",
    ),
    "auth.totp_wrong": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The code is wrong or has expired. Check that your phone's clock is right and type the "
        "code it shows now. Wrong codes count toward the lockout like wrong passwords.",
    ),
    "auth.totp_replayed": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This code was already used. Wait for the next code (a new one every 30 seconds); a "
        "recovery code works only once.",
    ),
    "auth.totp_enrolment_required": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Your role signs in with a second factor. Set up an authenticator app now: scan the "
        "QR code and type the code it shows.",
    ),
    "auth.password_change_required": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Your password was set by a system administrator: choose a new password of your own to "
        "go on.",
    ),
    "auth.password_unchanged": QT_TRANSLATE_NOOP(
        "ErrorTexts", "The new password must differ from the one a system administrator set."
    ),
    "auth.totp_cli": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This account needs a second factor the command line cannot set up: sign in once in "
        "the application, or give the code in MEBPOSTA_TOTP_CODE.",
    ),
    "db.secure_postgresql": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Row-level security is for the shared PostgreSQL database; a SQLite database on one "
        "workstation relies on the application's checks.",
    ),
    "admin.not_found": QT_TRANSLATE_NOOP(
        "ErrorTexts", "There is no such administrator (it may have been removed meanwhile)."
    ),
    "admin.changed": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "Another administrator changed this account meanwhile. The list was read again: check "
        "it and try once more.",
    ),
    "admin.self_change": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "You cannot disable your own account or change your own role or scope: ask another "
        "system administrator.",
    ),
    "admin.last_superadmin": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "This is the last active system administrator: make another one first, so the system "
        "is never left without one.",
    ),
    "reissue.worker_waiting": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The request for {address} is recorded, but the server's SMS worker has not taken it "
        "yet (is it running?). It is sent when the worker takes it within 10 minutes, "
        "otherwise it lapses; the person's history shows which.",
    ),
    "reissue.worker_busy": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The server's SMS worker took the request for {address} but has not reported back yet. "
        "The person's history will show the outcome; do not send again before it does.",
    ),
    "reissue.expired": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "The request waited more than 10 minutes for the server's SMS worker and was not sent. "
        "Send it again while the caller is on the line.",
    ),
    "reissue.not_sendable": QT_TRANSLATE_NOOP(
        "ErrorTexts",
        "By the time the server's SMS worker took the request, the mailbox or the person was "
        "inactive, or no GSM was on file: nothing was sent.",
    ),
}
