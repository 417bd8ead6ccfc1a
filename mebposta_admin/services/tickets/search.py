"""The ticket search: every word of the text, Turkish-folded, in the ticket's search text,
fast whether a word is rare (a caller's address) or frequent (“şifre”). See :func:`condition`
and, for PostgreSQL, :func:`walk_first`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from mebposta_admin.domain.folding import fold
from mebposta_admin.models import Ticket
from mebposta_admin.services import paging

PROBE = 2000  # matches the trigram index hands over whole; more, and the scan in queue order wins


def condition(conn: Any, dialect: str, text: str) -> sa.ColumnElement[bool] | None:
    """The text filter: every word (folded) in the ticket's search text.

    On SQLite the trigram index is asked first for at most ``PROBE`` matches: a rare term
    (a caller's address, a name) becomes that short list of ids; a common one (“şifre”,
    “outlook”) is left to the scan in queue order, which meets the first page's matches
    within a few hundred rows. Either way the first page costs milliseconds, not the
    materialising of a third of the table."""
    words = [w for w in fold(text).split() if w]
    if not words:
        return None
    conditions: list[sa.ColumnElement[bool]] = []
    long_words = [w for w in words if len(w) >= 3]
    if long_words:
        if dialect == "sqlite":
            phrase = " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
            probe: Any = sa.text(
                "SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH :p LIMIT :n"
            ).bindparams(p=phrase, n=PROBE + 1)
        else:  # PostgreSQL: the pg_trgm GIN index answers the LIKE
            probe = (
                sa.select(Ticket.id).where(*(_like(Ticket.search_text, w) for w in long_words))
            ).limit(PROBE + 1)
        ids = list(conn.execute(probe).scalars())
        if len(ids) <= PROBE:
            conditions.append(Ticket.id.in_(ids) if ids else sa.false())
            words = [w for w in words if len(w) < 3]
    # A common word (or a short one): checked on the rows the queue order walks, the text
    # made unindexable on purpose so the planner does not fetch every match first.
    unindexed = Ticket.search_text.op("||")(sa.literal(""))
    conditions += [_like(unindexed, w) for w in words]
    return sa.and_(*conditions)


def _like(column: Any, word: str) -> sa.ColumnElement[bool]:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")  # type: ignore[no-any-return]


WALKS = (4000, 40_000)  # rows of the queue order read to meet a frequent word's first page


def walk_first(
    conn: Any, base: Any, columns: Sequence[Any], last: Any, limit: int, text: str
) -> list[Any] | None:
    """PostgreSQL, a text filter: the next rows of the queue order (``WALKS``: a few thousand,
    then more if some matched), filtered by the words. A frequent word fills the page there
    (the trigram index would first collect every one of its tens of thousands of matches);
    None when it does not — a rare word, which the index then finds cheaply
    (:func:`condition`)."""
    keys = (Ticket.next_breach_at, Ticket.id)
    words = [w for w in fold(text).split() if w]
    for size in WALKS:
        window = paging.keyset(base, keys, last, size).subquery()
        unindexed = window.c.search_text.op("||")(sa.literal(""))
        statement = (
            sa.select(*(window.c[c.key] for c in columns))
            .where(*(_like(unindexed, w) for w in words))
            .order_by(window.c.next_breach_at, window.c.id)
            .limit(limit + 1)
        )
        rows = list(conn.execute(statement).all())
        if len(rows) > limit:
            return rows
        if not rows:
            return None  # not in the first rows at all: a rare word, for the index
    return None
