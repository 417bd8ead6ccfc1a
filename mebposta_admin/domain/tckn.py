"""TCKN (T.C. Kimlik Numarası) rules, on top of python-stdnum's offline check."""

from __future__ import annotations

import random

from stdnum.exceptions import ValidationError
from stdnum.tr import tckimlik


def is_valid(value: str) -> bool:
    """True when ``value`` is 11 digits, not starting with 0, with both check digits right."""
    if not isinstance(value, str) or len(value) != 11 or not (value.isascii() and value.isdigit()):
        return False
    try:
        tckimlik.validate(value)
    except ValidationError:
        return False
    return True


def check_digits(first_nine: str) -> str:
    """The two check digits (d10, d11) for nine leading digits."""
    d = [int(c) for c in first_nine]
    d10 = (7 * (d[0] + d[2] + d[4] + d[6] + d[8]) - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return f"{d10}{d11}"


def generate(rng: random.Random) -> str:
    """A random valid TCKN (for demo data)."""
    first_nine = str(rng.randint(100_000_000, 999_999_999))
    return first_nine + check_digits(first_nine)


def mask(value: str) -> str:
    """``10000000146`` → ``100******46``."""
    if len(value) != 11:
        return "*" * len(value)
    return value[:3] + "******" + value[-2:]
