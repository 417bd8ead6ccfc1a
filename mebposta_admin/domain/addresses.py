"""E-mail addresses ``ad.soyad@meb.gov.tr`` (design.md §6).

Candidate order for a person (the first free one is taken and then stored, never re-derived):

1. every given name joined, a dot, every surname joined: ``Ayşe Nur Çağlar`` → ``aysenur.caglar``;
2. for a double given name, the first given name alone: ``ayse.caglar``;
3. the first candidate with a number from 2 upward: ``aysenur.caglar2``, ``aysenur.caglar3``...
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from mebposta_admin.domain.folding import fold

DOMAIN = "meb.gov.tr"
_NOT_LOCAL = re.compile(r"[^a-z0-9]")


def local_part(words: str) -> str:
    """Fold a name to the characters allowed in an address: ``"Ayşe Nur"`` → ``"aysenur"``."""
    return _NOT_LOCAL.sub("", fold(words))


def candidates(first_name: str, last_name: str) -> Iterator[str]:
    """Yield the candidate local parts in the documented order (endless)."""
    given = [local_part(w) for w in first_name.split() if local_part(w)]
    surname = local_part(last_name)
    base = f"{''.join(given)}.{surname}"
    yield base
    if len(given) > 1:
        yield f"{given[0]}.{surname}"
    n = 2
    while True:
        yield f"{base}{n}"
        n += 1


def choose_address(first_name: str, last_name: str, is_taken: Callable[[str], bool]) -> str:
    """The first free full address for the person."""
    for local in candidates(first_name, last_name):
        address = f"{local}@{DOMAIN}"
        if not is_taken(address):
            return address
    raise AssertionError("unreachable: candidates() is endless")


class AddressAllocator:
    """Chooses addresses for many people at once, with the result of :func:`choose_address`.

    Remembers the next number to try per base, so thousands of ``mehmet.yilmaz`` cost
    O(1) each instead of walking ``mehmet.yilmaz2`` … ``mehmet.yilmazN`` every time. Valid
    because addresses are only ever added while it runs.
    """

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken: set[str] = taken if taken is not None else set()
        self._next_number: dict[str, int] = {}

    def allocate(self, first_name: str, last_name: str) -> str:
        given = [local_part(w) for w in first_name.split() if local_part(w)]
        surname = local_part(last_name)
        base = f"{''.join(given)}.{surname}"
        plain = [base] + ([f"{given[0]}.{surname}"] if len(given) > 1 else [])
        for local in plain:
            address = f"{local}@{DOMAIN}"
            if address not in self.taken:
                self.taken.add(address)
                return address
        n = self._next_number.get(base, 2)
        while f"{base}{n}@{DOMAIN}" in self.taken:
            n += 1
        address = f"{base}{n}@{DOMAIN}"
        self._next_number[base] = n + 1
        self.taken.add(address)
        return address
