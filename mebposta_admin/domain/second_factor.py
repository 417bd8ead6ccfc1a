"""The second factor of an administrator's sign-in: TOTP (RFC 6238) and recovery codes.

* A code is the TOTP of a 160-bit secret (SHA-1, 6 digits, 30-second steps: what every
  authenticator app reads from an ``otpauth://`` QR code), accepted one step either side of
  now for clock drift. A code is accepted once: the step it belongs to is stored, and a code of
  that step or an earlier one is refused as a replay (also a second sign-in in the same 30 s).
* Recovery codes are ten one-time codes of 16 characters (80 random bits each, grouped
  ``abcd-efgh-ijkm-npqr``), shown once at enrolment and stored as SHA-256: with 80 random bits
  a fast hash is enough, nobody can try 2^80 candidates against a stolen table, and the shared
  database can check them with its own ``digest()`` (issue 15's row-level security).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

import pyotp

ISSUER = "MEB Posta Yönetim"
STEP_SECONDS = 30
DIGITS = 6
DRIFT_STEPS = 1
RECOVERY_CODES = 10
# Without 0/o, 1/l/i: a code read from paper is typed right the first time.
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_RECOVERY_LENGTH = 16


def new_secret() -> str:
    """A fresh base32 secret of 160 bits (RFC 4226's recommended length)."""
    return pyotp.random_base32(32)


def provisioning_uri(secret: str, username: str) -> str:
    """The ``otpauth://totp/…`` text the QR code carries (issuer and account shown in the app)."""
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).provisioning_uri(
        name=username, issuer_name=ISSUER
    )


def code_at(secret: str, step: int) -> str:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS).generate_otp(step)


def step_of(unix_time: float) -> int:
    return int(unix_time // STEP_SECONDS)


def normalise_code(text: str) -> str:
    """What the administrator typed, without spaces and dashes (``123 456`` is ``123456``)."""
    return "".join(ch for ch in text if not ch.isspace() and ch != "-")


def looks_like_totp(text: str) -> bool:
    code = normalise_code(text)
    return len(code) == DIGITS and code.isascii() and code.isdigit()


@dataclass(frozen=True)
class Verdict:
    """A TOTP check: the step matched (to store), or why not (``wrong``/``replayed``)."""

    step: int | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.step is not None


def verify(secret: str, text: str, last_step: int | None, unix_time: float) -> Verdict:
    """Check a typed code against now ± one step; a step at or before ``last_step`` is a
    replay. Compared in constant time."""
    code = normalise_code(text)
    if not looks_like_totp(code):
        return Verdict(None, "wrong")
    now = step_of(unix_time)
    replayed = False
    for step in range(now - DRIFT_STEPS, now + DRIFT_STEPS + 1):
        if hmac.compare_digest(code_at(secret, step), code):
            if last_step is not None and step <= last_step:
                replayed = True
                continue
            return Verdict(step)
    return Verdict(None, "replayed" if replayed else "wrong")


def new_recovery_codes(count: int = RECOVERY_CODES) -> list[str]:
    codes = []
    for _ in range(count):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
        codes.append("-".join(raw[i : i + 4] for i in range(0, _RECOVERY_LENGTH, 4)))
    return codes


def recovery_hash(text: str) -> str:
    """SHA-256 of the code as typed, case and grouping aside (see the module text)."""
    code = normalise_code(text).lower()  # ascii: the alphabet is ASCII
    return hashlib.sha256(code.encode("ascii", "replace")).hexdigest()


def looks_like_recovery(text: str) -> bool:
    code = normalise_code(text).lower()  # ascii: the alphabet is ASCII
    return len(code) == _RECOVERY_LENGTH and all(ch in _RECOVERY_ALPHABET for ch in code)
