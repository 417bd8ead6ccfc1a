"""E-mail passwords sent by SMS: easy to read on a phone and type into Outlook, iOS, Android.

Generated with :mod:`secrets`. The default alphabet leaves out look-alikes (0/O, 1/l/I) and
letters that differ between Turkish and English keyboards (i, ı); the manual's 8-digit numeric
form stays available for compatibility.
"""

from __future__ import annotations

import secrets
import string
from enum import StrEnum

LOWER = "abcdefghjkmnpqrstuvwxyz"  # no i, l, o
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O
DIGITS = "23456789"  # no 0, 1
DEFAULT_LENGTH = 10


class PasswordStyle(StrEnum):
    EASY = "easy"  # 10 characters, letters and digits without look-alikes
    NUMERIC = "numeric"  # the manual's 8 digits (e.g. 21507310)


def generate(style: PasswordStyle = PasswordStyle.EASY, length: int = DEFAULT_LENGTH) -> str:
    """A fresh random password; every call differs (gateways refuse repeated texts)."""
    if style is PasswordStyle.NUMERIC:
        return "".join(secrets.choice(string.digits) for _ in range(8))
    if length < 8:
        raise ValueError("passwords shorter than 8 characters are not issued")
    alphabet = LOWER + UPPER + DIGITS
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(length))
        if (
            any(c in LOWER for c in candidate)
            and any(c in UPPER for c in candidate)
            and any(c in DIGITS for c in candidate)
        ):
            return candidate
