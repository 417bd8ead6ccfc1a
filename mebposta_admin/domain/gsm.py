"""GSM numbers: stored as ten digits ``5XXXXXXXXX``; parsed and shown with phonenumbers."""

from __future__ import annotations

import re

from mebposta_admin.domain.folding import ascii_digits

_TEN_DIGITS = re.compile(r"^5\d{9}$")
# Between digits a number may carry up to three of these ("(0532) 123 45 67",
# "532.123.45.67"); the log redaction (logging_setup) masks exactly the forms accepted here.
SEPARATOR_CHARS = r"\s\-()."
MAX_SEPARATOR_RUN = 3
_SEPARATORS = re.compile(rf"[{SEPARATOR_CHARS}]")
_LONG_RUN = re.compile(rf"[{SEPARATOR_CHARS}]{{{MAX_SEPARATOR_RUN + 1},}}")


def normalize(value: str) -> str | None:
    """Return the ten-digit form of a Turkish mobile number, or None when it is not one.

    Accepts ``+90``, ``90`` or ``0`` prefixes and common separators:
    ``0532 123 45 67``, ``+905321234567``, ``5321234567``.
    """
    value = ascii_digits(value or "").strip()
    if _LONG_RUN.search(value):
        return None
    digits = _SEPARATORS.sub("", value)
    if digits.startswith("+90"):
        digits = digits[3:]
    elif digits.startswith("90") and len(digits) == 12:
        digits = digits[2:]
    elif digits.startswith("0") and len(digits) == 11:
        digits = digits[1:]
    return digits if _TEN_DIGITS.match(digits) else None


def is_manual_format(value: str) -> bool:
    """True when ``value`` is exactly what the password screen accepts: ``5XXXXXXXXX``."""
    return bool(_TEN_DIGITS.match(value or ""))


def display(ten_digits: str) -> str:
    """``5321234567`` → ``+90 532 123 45 67`` (via phonenumbers' TR metadata)."""
    import phonenumbers  # ~15 ms of metadata: only when a number is shown

    number = phonenumbers.parse(ten_digits, "TR")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def mask(ten_digits: str) -> str:
    """``5321234512`` → ``5** *** ** 12``."""
    if not _TEN_DIGITS.match(ten_digits or ""):
        return "*** *** ** **"
    return "5** *** ** " + ten_digits[-2:]
