"""Turkish folding for search keys and e-mail addresses (design.md §6).

Python's ``str.lower`` is wrong for Turkish (``"İ".lower()`` is two characters and
``"I".lower()`` is ``"i"``), so the Turkish letters are mapped to ASCII *before*
lower-casing. No maintained package does exactly this.
"""

from __future__ import annotations

import re
import unicodedata

_TURKISH_MAP = str.maketrans(
    {
        "ç": "c",
        "Ç": "c",
        "ğ": "g",
        "Ğ": "g",
        "ı": "i",
        "I": "i",
        "İ": "i",
        "ö": "o",
        "Ö": "o",
        "ş": "s",
        "Ş": "s",
        "ü": "u",
        "Ü": "u",
        "â": "a",
        "Â": "a",
        "î": "i",
        "Î": "i",
        "û": "u",
        "Û": "u",
    }
)
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Return the search key of ``text``: ASCII-like, lower case, single-spaced.

    >>> fold("İSMAİL IŞIK")
    'ismail isik'
    """
    text = unicodedata.normalize("NFC", text).translate(_TURKISH_MAP)
    text = text.lower()  # ASCII-safe now: the Turkish letters are already mapped
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip()


def turkish_upper(text: str) -> str:
    """Upper-case Turkish text correctly (i→İ, ı→I)."""
    return text.replace("i", "İ").replace("ı", "I").upper()  # turkish: dotted/dotless first


def turkish_lower(text: str) -> str:
    """Lower-case Turkish text correctly (İ→i, I→ı)."""
    return text.replace("İ", "i").replace("I", "ı").lower()  # turkish: dotted/dotless first


def turkish_title(text: str) -> str:
    """Title-case each word the Turkish way (``"ışık"`` → ``"Işık"``)."""
    return " ".join(turkish_upper(w[:1]) + turkish_lower(w[1:]) for w in text.split())


_ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyz"
_ORDER = {ch: i for i, ch in enumerate(_ALPHABET)}


def turkish_sort_key(text: str) -> tuple[int, ...]:
    """Sort key that follows the Turkish alphabet (Ç after C, İ after I, ...)."""
    return tuple(_ORDER.get(ch, 100 + ord(ch)) for ch in turkish_lower(text))


def ascii_digits(text: str) -> str:
    """Every decimal digit of any script as its ASCII digit (``"０５３２"`` → ``"0532"``).

    Typed or pasted numbers may carry full-width or Arabic-Indic digits; ``str.isdigit`` and
    ``\\d`` accept them, so TCKNs and GSMs are normalised with this before any check and are
    stored in ASCII only."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(ch))
        if not ch.isascii() and unicodedata.decimal(ch, None) is not None
        else ch
        for ch in text
    )


NAME_KEY_MAX = 201  # people.name_folded


def person_name_key(first_folded: str, last_folded: str) -> str:
    """The search key of a person's name: ``"ayse nur caglar"``, and for double given names the
    joined form that addresses use (``aysenur``, design.md §6) after it, so ``aysenur caglar``
    finds Ayşe Nur Çağlar: ``"ayse nur caglar aysenur"``. Arguments are already folded."""
    key = f"{first_folded} {last_folded}"
    if " " in first_folded:
        joined = f"{key} {first_folded.replace(' ', '')}"
        if len(joined) <= NAME_KEY_MAX:
            return joined
    return key
