"""Search indexes over the Turkish-folded columns, per dialect (design.md §6, notes/pitfalls.md).

SQLite: FTS5 trigram tables. ``people_fts`` is contentless and its document is the folded name
followed by scope markers (``#p06#``, ``#d123#``), so a province or district administrator's
search is an intersection of posting lists instead of a row-by-row filter. Triggers keep the
tables right on every insert, update and delete.

PostgreSQL: ``pg_trgm`` GIN indexes on the same folded columns; PostgreSQL maintains them.

Both: B-tree indexes for exact and prefix look-ups (``COLLATE "C"`` on PostgreSQL, so a range
``>= q AND < q + U+10FFFF`` works whatever the database's collation).

:func:`drop` and :func:`create` let bulk loads write first and index after.
"""

from __future__ import annotations

from sqlalchemy import Connection

PEOPLE_DOC = (
    "{r}.name_folded || ' #p' || coalesce({r}.province_code, '') || '# #d' "
    "|| coalesce({r}.district_id, '') || '#'"
)


def province_marker(code: str) -> str:
    return f"#p{code}#"


def district_marker(district_id: int) -> str:
    return f"#d{district_id}#"


def _sqlite_statements() -> list[str]:
    new, old = PEOPLE_DOC.format(r="new"), PEOPLE_DOC.format(r="old")
    statements = [
        "CREATE VIRTUAL TABLE people_fts USING fts5(doc, content='', tokenize='trigram')",
        "INSERT INTO people_fts(rowid, doc) SELECT id, "
        + PEOPLE_DOC.format(r="people")
        + " FROM people",
        "CREATE TRIGGER people_fts_ai AFTER INSERT ON people BEGIN "
        f"INSERT INTO people_fts(rowid, doc) VALUES (new.id, {new}); END",
        "CREATE TRIGGER people_fts_ad AFTER DELETE ON people BEGIN "
        f"INSERT INTO people_fts(people_fts, rowid, doc) VALUES ('delete', old.id, {old}); END",
        "CREATE TRIGGER people_fts_au AFTER UPDATE OF name_folded, province_code, district_id "
        "ON people BEGIN "
        f"INSERT INTO people_fts(people_fts, rowid, doc) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO people_fts(rowid, doc) VALUES (new.id, {new}); END",
    ]
    statements += address_statements()
    return statements


# (index, table, columns, PostgreSQL only). "{C}" marks a text column compared byte-wise by
# prefix ranges: ``COLLATE "C"`` on PostgreSQL, SQLite's default BINARY. Scope-leading indexes
# let province and district administrators' searches read only their own rows.
_BTREE = [
    ("ix_people_tckn_prefix", "people", "tckn{C}", True),  # SQLite: the unique index serves
    ("ix_people_name_prefix", "people", "name_folded{C}, id", False),
    ("ix_people_last_name_prefix", "people", "last_name_folded{C}, id", False),
    ("ix_people_province_name", "people", "province_code, name_folded{C}, id", False),
    ("ix_people_province_last", "people", "province_code, last_name_folded{C}, id", False),
    ("ix_people_district_name", "people", "district_id, name_folded{C}, id", False),
    ("ix_people_district_last_name", "people", "district_id, last_name_folded{C}, id", False),
    ("ix_people_gsm", "people", "gsm", False),
    ("ix_mailboxes_address_prefix", "mailboxes", "address{C}, id", False),
    ("ix_aliases_address_prefix", "aliases", "address{C}, id", False),
]
# Mailbox and alias documents: the address, then the owner's scope markers (a unit account has
# its province only). Stored-content FTS tables, so rows are removed by rowid whatever changed.
_MARKERS_OF_MAILBOX = (
    "coalesce((SELECT ' #p' || coalesce(p.province_code, '') || '# #d'"
    " || coalesce(p.district_id, '') || '#' FROM people p WHERE p.id = {m}.person_id),"
    " ' #p' || coalesce({m}.province_code, '') || '# #d#')"
)


def _mailbox_doc(row: str) -> str:
    return f"{row}.address || " + _MARKERS_OF_MAILBOX.format(m=row)


def _alias_doc(row: str) -> str:
    markers = _MARKERS_OF_MAILBOX.format(m="m")
    return f"{row}.address || (SELECT {markers} FROM mailboxes m WHERE m.id = {row}.mailbox_id)"


def address_statements() -> list[str]:
    """SQLite: the mailbox and alias trigram tables and the triggers that keep them right."""
    return [
        "CREATE VIRTUAL TABLE mailboxes_fts USING fts5(doc, tokenize='trigram')",
        f"INSERT INTO mailboxes_fts(rowid, doc) SELECT id, {_mailbox_doc('mailboxes')} "
        "FROM mailboxes",
        "CREATE VIRTUAL TABLE aliases_fts USING fts5(doc, tokenize='trigram')",
        f"INSERT INTO aliases_fts(rowid, doc) SELECT id, {_alias_doc('aliases')} FROM aliases",
        "CREATE TRIGGER mailboxes_fts_ai AFTER INSERT ON mailboxes BEGIN "
        f"INSERT INTO mailboxes_fts(rowid, doc) VALUES (new.id, {_mailbox_doc('new')}); END",
        "CREATE TRIGGER mailboxes_fts_ad AFTER DELETE ON mailboxes BEGIN "
        "DELETE FROM mailboxes_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER mailboxes_fts_au AFTER UPDATE OF address, person_id, province_code "
        "ON mailboxes BEGIN "
        "DELETE FROM mailboxes_fts WHERE rowid = old.id; "
        f"INSERT INTO mailboxes_fts(rowid, doc) VALUES (new.id, {_mailbox_doc('new')}); "
        "DELETE FROM aliases_fts WHERE rowid IN "
        "(SELECT id FROM aliases WHERE mailbox_id = new.id); "
        f"INSERT INTO aliases_fts(rowid, doc) SELECT id, {_alias_doc('aliases')} FROM aliases "
        "WHERE mailbox_id = new.id; END",
        "CREATE TRIGGER aliases_fts_ai AFTER INSERT ON aliases BEGIN "
        f"INSERT INTO aliases_fts(rowid, doc) VALUES (new.id, {_alias_doc('new')}); END",
        "CREATE TRIGGER aliases_fts_ad AFTER DELETE ON aliases BEGIN "
        "DELETE FROM aliases_fts WHERE rowid = old.id; END",
        "CREATE TRIGGER aliases_fts_au AFTER UPDATE OF address, mailbox_id ON aliases BEGIN "
        "DELETE FROM aliases_fts WHERE rowid = old.id; "
        f"INSERT INTO aliases_fts(rowid, doc) VALUES (new.id, {_alias_doc('new')}); END",
        # A person who moves takes their mailbox and old addresses to the new area.
        "CREATE TRIGGER people_moves_mail_au AFTER UPDATE OF province_code, district_id ON people "
        "BEGIN "
        "DELETE FROM mailboxes_fts WHERE rowid IN "
        "(SELECT id FROM mailboxes WHERE person_id = new.id); "
        f"INSERT INTO mailboxes_fts(rowid, doc) SELECT id, {_mailbox_doc('mailboxes')} "
        "FROM mailboxes WHERE person_id = new.id; "
        "DELETE FROM aliases_fts WHERE rowid IN (SELECT a.id FROM aliases a "
        "JOIN mailboxes m ON m.id = a.mailbox_id WHERE m.person_id = new.id); "
        f"INSERT INTO aliases_fts(rowid, doc) SELECT a.id, {_alias_doc('a')} FROM aliases a "
        "JOIN mailboxes mb ON mb.id = a.mailbox_id WHERE mb.person_id = new.id; END",
    ]


def drop_address_tables(conn: Connection) -> None:
    for name in (
        "mailboxes_fts_ai",
        "mailboxes_fts_ad",
        "mailboxes_fts_au",
        "aliases_fts_ai",
        "aliases_fts_ad",
        "aliases_fts_au",
        "people_moves_mail_au",
    ):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS mailboxes_fts")
    conn.exec_driver_sql("DROP TABLE IF EXISTS aliases_fts")


_TRIGRAM = [
    ("ix_people_name_trgm", "people", "name_folded"),
    ("ix_mailboxes_address_trgm", "mailboxes", "address"),
    ("ix_aliases_address_trgm", "aliases", "address"),
]


def create(conn: Connection) -> None:
    """Create (and fill) the search indexes for the rows already present."""
    if conn.dialect.name == "sqlite":
        for statement in _sqlite_statements():
            conn.exec_driver_sql(statement)
        for name, table, columns, pg_only in _BTREE:
            if not pg_only:
                conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} ({columns.format(C='')})")
        conn.exec_driver_sql("ANALYZE")  # without statistics the planner picks the wrong index
        return
    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, table, columns, _pg_only in _BTREE:
        byte_order = columns.format(C=' COLLATE "C"')
        conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} ({byte_order})")
    for name, table, column in _TRIGRAM:
        conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} USING gin ({column} gin_trgm_ops)")
    conn.exec_driver_sql("ANALYZE people, mailboxes, aliases, institutions")


def drop(conn: Connection) -> None:
    """Remove the search indexes (the extension stays)."""
    if conn.dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS people_fts_{suffix}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS people_fts")
        drop_address_tables(conn)
    else:
        for name, *_ in _TRIGRAM:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    for name, *_ in _BTREE:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
