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


# ------------------------------------------------------------------------- Turkish order keys
# A stored text key whose byte order is the Turkish alphabet, so a B-tree can page names in
# Turkish order (Ç after every C, I before İ; Q, W and X where Turkish dictionaries put them).
# Each letter is one character, "A" for "a" onwards; a space between words is ORDER_WORD and
# the break between the two parts of a key (surname | given names) is ORDER_PART, both before
# every letter: "Mehmet" < "Mehmet Ali" < "Mehmetcan". Anything else is ORDER_OTHER.
_ORDER_LETTERS = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"
_ORDER_CODE = {ch: chr(0x41 + i) for i, ch in enumerate(_ORDER_LETTERS)}
ORDER_PART = " "
ORDER_WORD = "!"
ORDER_OTHER = '"'
# A folded letter stands for each of these (fold("Ş") == "s"): the prefix ranges to ask for.
_FOLDED_TO_LETTERS = {
    "c": "cç",
    "g": "gğ",
    "i": "ıi",
    "o": "oö",
    "s": "sş",
    "u": "uü",
}


def _order_char(ch: str) -> str:
    if ch in _ORDER_CODE:
        return _ORDER_CODE[ch]
    if ch.isspace():
        return ORDER_WORD
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    base = base.lower()  # â -> a, é -> e; not Turkish letters, so lower() is safe here
    return _ORDER_CODE.get(base, ORDER_OTHER) if len(base) == 1 else ORDER_OTHER


def order_key(*parts: str) -> str:
    """The Turkish-order key of a name given as parts, most significant first:
    ``order_key("Çağlar", "Ayşe Nur")`` sorts by surname, then given names."""
    keys = []
    for part in parts:
        text = _SPACES.sub(" ", turkish_lower(unicodedata.normalize("NFC", part))).strip()
        keys.append("".join(_order_char(ch) for ch in text))
    return ORDER_PART.join(keys)


ORDER_VARIANTS_MAX = 16


def order_prefixes(folded: str, *, parts: bool = False) -> tuple[list[str], bool]:
    """The order-key prefixes a name whose folded key starts with ``folded`` can have, in key
    order: ``"sah"`` -> the keys of ``sah``, ``şah`` (Turkish order: every S before every Ş).
    ``parts``: a space may also be the break between the key's parts.

    Each ambiguous letter doubles them, so at most :data:`ORDER_VARIANTS_MAX` are made, from
    as much of ``folded`` as that allows; the second value says whether all of it was used
    (if not, the caller checks the rest on the folded key: "ismail oz" -> the 16 readings of
    "ismail " and a check for "oz" on each row, not 64 ranges)."""
    prefixes = [""]
    for ch in folded:
        if ch == " ":
            # A part break is allowed once: after it, spaces are word spaces again.
            grown = []
            for p in prefixes:
                grown.append(p + ORDER_WORD)
                if parts and ORDER_PART not in p:
                    grown.append(p + ORDER_PART)
        else:
            letters = _FOLDED_TO_LETTERS.get(ch, ch)
            grown = [p + _order_char(letter) for p in prefixes for letter in letters]
        if len(grown) > ORDER_VARIANTS_MAX:
            return sorted(prefixes), False
        prefixes = grown
    return sorted(prefixes), True
