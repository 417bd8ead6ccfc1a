"""PostgreSQL tactics: the trigram sample and forced bitmap scans."""

from __future__ import annotations

import logging
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy import Connection

from mebposta_admin.domain.search_query import MIN_TRIGRAM, Kind, QueryPlan
from mebposta_admin.models.search_index import (
    trigrams,
)
from mebposta_admin.services.database import Database

log = logging.getLogger(__name__)


TRIGRAM_SAMPLE = 20_000


def _name_trigrams(db: Database, plan: QueryPlan) -> dict[str, int] | None:
    """PostgreSQL: in how many names of a sample each of the query's trigrams occurs (the
    planner keeps no such figure for pg_trgm). Counted in the database, only for trigrams not
    seen yet on this open database: tallying the whole 20 000-name sample in Python cost a
    one-shot CLI search 0.2 s. Names change slowly; the sample only ranks trigrams, and every
    row is still checked in full."""
    if db.dialect != "postgresql" or plan.kind is not Kind.NAME or not plan.uses_trigram:
        return None
    counts = cast(dict[str, int], db.reference.setdefault("name_trigrams", {}))
    wanted = sorted(
        {g for t in plan.terms if len(t) >= MIN_TRIGRAM for g in trigrams(t)} - counts.keys()
    )
    if not wanted:
        return counts
    with db.reading(statement_snapshots=True) as conn:
        total = db.reference.get("people_estimate")
        if total is None:
            rows = conn.execute(sa.text("SELECT reltuples FROM pg_class WHERE relname = 'people'"))
            total = db.reference["people_estimate"] = max(float(rows.scalar() or 0), 1.0)
        percent = 100.0 if total <= TRIGRAM_SAMPLE * 10 else TRIGRAM_SAMPLE * 100 / total
        secured = db.reference.get("rls")
        if secured is None:
            from mebposta_admin.services import db_security

            secured = db.reference["rls"] = db_security.installed(conn)
        if secured:
            # Row-level security would sample only the scope's names, reading the whole
            # table to find enough of a district's: the database counts over all of them and
            # returns the counts alone (services.db_security).
            row = conn.execute(
                sa.text("SELECT mebposta_trigram_counts(:grams, :n, :p)"),
                {"grams": wanted, "n": TRIGRAM_SAMPLE, "p": min(100.0, percent)},
            ).scalar_one()
        else:
            if percent >= 100.0:
                sample = "SELECT name_folded FROM people LIMIT :n"
            else:  # about TRIGRAM_SAMPLE names from pages spread over the table
                sample = (
                    f"SELECT name_folded FROM people TABLESAMPLE SYSTEM ({percent:.4f}) "
                    "REPEATABLE (2026) LIMIT :n"
                )
            tallies = ", ".join(
                f"count(*) FILTER (WHERE strpos(name_folded, :g{i}) > 0)"
                for i in range(len(wanted))
            )
            params: dict[str, Any] = {"n": TRIGRAM_SAMPLE}
            params.update({f"g{i}": gram for i, gram in enumerate(wanted)})
            row = conn.execute(sa.text(f"SELECT {tallies} FROM ({sample}) AS s"), params).one()
    counts.update({gram: int(n) for gram, n in zip(wanted, row, strict=True)})
    return counts


def _index_scans_only(conn: Connection) -> None:
    """PostgreSQL, for the rest of this transaction: plan with bitmap index scans only.
    One statement for both settings: each round trip costs as much as a small query."""
    conn.execute(
        sa.select(
            sa.func.set_config("enable_seqscan", "off", True),
            sa.func.set_config("enable_indexscan", "off", True),
        )
    )
