"""Search indexes over the Turkish-folded columns, per dialect (design.md §6, notes/pitfalls.md).

SQLite: FTS5 trigram tables. ``people_fts`` is contentless and its document is the folded name
followed by scope markers (``#p06#``, ``#d123#``), so a province or district administrator's
search is an intersection of posting lists instead of a row-by-row filter. Triggers keep the
tables right on every insert, update and delete.

PostgreSQL: ``pg_trgm`` GIN indexes on the same folded columns, led by the scope columns
(``btree_gin``), so a province or district search is an intersection inside one index too.
Mailboxes and old addresses carry their owner's scope in ``scope_province``/``scope_district``
columns that triggers keep right (the PostgreSQL counterpart of the SQLite markers). Addresses
are indexed with their separators turned into letters Turkish never uses (:func:`address_key`):
``pg_trgm`` splits words at ``.`` and ``@``, which would turn ``ayse.kaya1`` into trigrams that
every second address holds; joined, ``eqk`` and ``qka`` are rare and the index narrows fast.

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
# prefix ranges: ``COLLATE "C"`` on PostgreSQL, SQLite's default BINARY. "{N}" adds the folded
# name as a covered column (INCLUDE on PostgreSQL, a last column on SQLite), so the surname
# tier's "and the other words" filter is read from the index, not the table ("şahin mehmet"
# walks the Şahins in given-name order to the Mehmets: 23 -> 3 ms on SQLite). Scope-leading
# indexes let province and district administrators' searches read only their own rows.
_BTREE = [
    ("ix_people_tckn_prefix", "people", "tckn{C}", True),  # SQLite: the unique index serves
    ("ix_people_name_prefix", "people", "name_folded{C}, id", False),
    ("ix_people_province_name", "people", "province_code, name_folded{C}, id", False),
    ("ix_people_district_name", "people", "district_id, name_folded{C}, id", False),
    # Turkish order (domain.folding.order_key): the prefix tier pages by given names, the
    # surname tier by surname, each within the administrator's area.
    ("ix_people_order_first", "people", "order_first{C}, id{N}", False),
    ("ix_people_province_order_first", "people", "province_code, order_first{C}, id{N}", False),
    ("ix_people_district_order_first", "people", "district_id, order_first{C}, id{N}", False),
    ("ix_people_order_last", "people", "order_last{C}, id{N}", False),
    ("ix_people_province_order_last", "people", "province_code, order_last{C}, id{N}", False),
    ("ix_people_district_order_last", "people", "district_id, order_last{C}, id{N}", False),
    ("ix_people_gsm", "people", "gsm", False),
    ("ix_mailboxes_address_prefix", "mailboxes", "address{C}, id", False),
    ("ix_aliases_address_prefix", "aliases", "address{C}, id", False),
    # The owner-scope columns (below): an area's addresses in address order.
    ("ix_mailboxes_scope_province_address", "mailboxes", "scope_province, address{C}, id", False),
    ("ix_mailboxes_scope_district_address", "mailboxes", "scope_district, address{C}, id", False),
    ("ix_aliases_scope_province_address", "aliases", "scope_province, address{C}, id", False),
    ("ix_aliases_scope_district_address", "aliases", "scope_district, address{C}, id", False),
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


# PostgreSQL separators -> letters folded Turkish never holds (see the module text).
ADDRESS_SEPARATORS = ".@-_"
ADDRESS_STAND_INS = "qwxx"
_ADDRESS_KEY_SQL = f"translate({{col}}, '{ADDRESS_SEPARATORS}', '{ADDRESS_STAND_INS}')"
_STAND_IN = str.maketrans(ADDRESS_SEPARATORS, ADDRESS_STAND_INS)


def address_key(fragment: str) -> str:
    """The fragment as the PostgreSQL address index stores addresses (``ayse.k`` -> ``ayseqk``)."""
    return fragment.translate(_STAND_IN)


def rare_trigrams(fragment: str) -> list[str]:
    """Up to two trigrams of an e-mail fragment for a trigram index to look up (the whole
    fragment is then checked on every row it returns). An index lookup costs what it reads:
    the posting lists of every trigram asked for. Letters-only trigrams (``kay``, ``aya``)
    sit in hundreds of thousands of addresses; the ones that straddle a separator (``e.k``
    in ``ayse.kaya1``) or hold a digit (``ya1``) are rare. Taken from the local part (a
    domain is shared by thousands), or from the domain when the fragment is one ("@meb.k12":
    ``k12`` and ``b.k``; 4.2 -> 1.5 ms for old addresses in Ankara); empty when none."""
    local = fragment.split("@", 1)[0] + ("@" if "@" in fragment else "")
    return _rare(local) or _rare(fragment)


def trigrams(text: str) -> list[str]:
    """Every three-character window of ``text``, in order."""
    return [text[i : i + 3] for i in range(len(text) - 2)]


def _rare(text: str) -> list[str]:
    grams = trigrams(text)
    digits = [t for t in grams if any(c.isdigit() for c in t)]
    straddling = [t for t in grams if t[1] in ADDRESS_SEPARATORS and t not in digits]
    rare = list(dict.fromkeys([*digits[-1:], *straddling[:1], *digits[:-1], *straddling[1:]]))
    return rare[:2]


def address_index_patterns(fragment: str) -> list[str]:
    """PostgreSQL: what to ask the address index for, in its keyed form (the rare trigrams,
    else the whole fragment): ``ayse.kaya1`` 4.4 -> 1.2 ms at 1.2 M mailboxes."""
    return [address_key(t) for t in rare_trigrams(fragment)] or [address_key(fragment)]


def address_key_sql(column: str) -> str:
    return _ADDRESS_KEY_SQL.format(col=column)


_TRIGRAM = [
    ("ix_people_scope_name_trgm", "people", "province_code, district_id, name_folded"),
    (
        "ix_mailboxes_scope_address_trgm",
        "mailboxes",
        f"scope_province, scope_district, ({address_key_sql('address')})",
    ),
    (
        "ix_aliases_scope_address_trgm",
        "aliases",
        f"scope_province, scope_district, ({address_key_sql('address')})",
    ),
]
# Indexes of earlier versions, removed on the way to the current ones.
_RETIRED = ["ix_people_name_trgm", "ix_mailboxes_address_trgm", "ix_aliases_address_trgm"]
_RETIRED_BTREE = [  # surname order by folded key: replaced by the Turkish-order keys
    "ix_people_last_name_prefix",
    "ix_people_province_last",
    "ix_people_district_last_name",
]

# PostgreSQL: every mailbox and old address carries its owner's area; a unit account (no person)
# carries its own province. Triggers keep it right whoever writes, like the SQLite markers.
_PG_SCOPE = [
    "ALTER TABLE mailboxes ADD COLUMN IF NOT EXISTS scope_province VARCHAR(2)",
    "ALTER TABLE mailboxes ADD COLUMN IF NOT EXISTS scope_district INTEGER",
    "ALTER TABLE aliases ADD COLUMN IF NOT EXISTS scope_province VARCHAR(2)",
    "ALTER TABLE aliases ADD COLUMN IF NOT EXISTS scope_district INTEGER",
    """CREATE OR REPLACE FUNCTION mebposta_mailbox_scope() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF NEW.person_id IS NULL THEN
            NEW.scope_province := NEW.province_code;
            NEW.scope_district := NULL;
        ELSE
            SELECT p.province_code, p.district_id INTO NEW.scope_province, NEW.scope_district
            FROM people p WHERE p.id = NEW.person_id;
        END IF;
        RETURN NEW;
    END $$""",
    """CREATE OR REPLACE FUNCTION mebposta_alias_scope() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        SELECT m.scope_province, m.scope_district INTO NEW.scope_province, NEW.scope_district
        FROM mailboxes m WHERE m.id = NEW.mailbox_id;
        RETURN NEW;
    END $$""",
    """CREATE OR REPLACE FUNCTION mebposta_mailbox_scope_moved() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE aliases SET scope_province = NEW.scope_province,
                           scope_district = NEW.scope_district
        WHERE mailbox_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE OR REPLACE FUNCTION mebposta_person_moved() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE mailboxes SET scope_province = NEW.province_code,
                             scope_district = NEW.district_id
        WHERE person_id = NEW.id;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER mailboxes_scope_biu BEFORE INSERT OR UPDATE OF person_id, province_code "
    "ON mailboxes FOR EACH ROW EXECUTE FUNCTION mebposta_mailbox_scope()",
    "CREATE TRIGGER aliases_scope_biu BEFORE INSERT OR UPDATE OF mailbox_id "
    "ON aliases FOR EACH ROW EXECUTE FUNCTION mebposta_alias_scope()",
    "CREATE TRIGGER mailboxes_scope_au AFTER UPDATE OF scope_province, scope_district "
    "ON mailboxes FOR EACH ROW WHEN (OLD.scope_province IS DISTINCT FROM NEW.scope_province "
    "OR OLD.scope_district IS DISTINCT FROM NEW.scope_district) "
    "EXECUTE FUNCTION mebposta_mailbox_scope_moved()",
    "CREATE TRIGGER people_moves_mail_au AFTER UPDATE OF province_code, district_id "
    "ON people FOR EACH ROW WHEN (OLD.province_code IS DISTINCT FROM NEW.province_code "
    "OR OLD.district_id IS DISTINCT FROM NEW.district_id) "
    "EXECUTE FUNCTION mebposta_person_moved()",
    # Rows written while the triggers were away (bulk loads): set-based, only where wrong.
    "UPDATE mailboxes m SET scope_province = p.province_code, scope_district = p.district_id "
    "FROM people p WHERE p.id = m.person_id AND (m.scope_province IS DISTINCT FROM "
    "p.province_code OR m.scope_district IS DISTINCT FROM p.district_id)",
    "UPDATE mailboxes SET scope_province = province_code, scope_district = NULL "
    "WHERE person_id IS NULL AND (scope_province IS DISTINCT FROM province_code "
    "OR scope_district IS NOT NULL)",
    "UPDATE aliases a SET scope_province = m.scope_province, scope_district = m.scope_district "
    "FROM mailboxes m WHERE m.id = a.mailbox_id AND (a.scope_province IS DISTINCT FROM "
    "m.scope_province OR a.scope_district IS DISTINCT FROM m.scope_district)",
]
# SQLite: the same owner's-area columns and the triggers that keep them right. (Its FTS
# documents carry the area as markers for the fragment tiers; the columns serve the address
# prefix tiers, which read an area's B-tree range instead of every national match.)
_MAILBOX_AREA_SET = (
    "UPDATE mailboxes SET "
    "scope_province = CASE WHEN new.person_id IS NULL THEN new.province_code "
    "ELSE (SELECT p.province_code FROM people p WHERE p.id = new.person_id) END, "
    "scope_district = (SELECT p.district_id FROM people p WHERE p.id = new.person_id) "
    "WHERE id = new.id; "
)
_ALIAS_AREA_SET = (
    "UPDATE aliases SET "
    "scope_province = (SELECT m.scope_province FROM mailboxes m WHERE m.id = new.mailbox_id), "
    "scope_district = (SELECT m.scope_district FROM mailboxes m WHERE m.id = new.mailbox_id) "
    "WHERE id = new.id; "
)
_SQLITE_AREA_TRIGGERS = [
    f"CREATE TRIGGER mailboxes_area_ai AFTER INSERT ON mailboxes BEGIN {_MAILBOX_AREA_SET}END",
    "CREATE TRIGGER mailboxes_area_au AFTER UPDATE OF person_id, province_code ON mailboxes "
    f"BEGIN {_MAILBOX_AREA_SET}"
    "UPDATE aliases SET scope_province = (SELECT scope_province FROM mailboxes WHERE id = new.id),"
    " scope_district = (SELECT scope_district FROM mailboxes WHERE id = new.id) "
    "WHERE mailbox_id = new.id; END",
    f"CREATE TRIGGER aliases_area_ai AFTER INSERT ON aliases BEGIN {_ALIAS_AREA_SET}END",
    "CREATE TRIGGER aliases_area_au AFTER UPDATE OF mailbox_id ON aliases BEGIN "
    f"{_ALIAS_AREA_SET}END",
    "CREATE TRIGGER people_moves_area_au AFTER UPDATE OF province_code, district_id ON people "
    "BEGIN UPDATE mailboxes SET scope_province = new.province_code, "
    "scope_district = new.district_id WHERE person_id = new.id; "
    "UPDATE aliases SET scope_province = new.province_code, scope_district = new.district_id "
    "WHERE mailbox_id IN (SELECT id FROM mailboxes WHERE person_id = new.id); END",
]
_SQLITE_AREA_FILL = [  # rows written while the triggers were away: only where wrong
    "UPDATE mailboxes SET scope_province = p.province_code, scope_district = p.district_id "
    "FROM people p WHERE p.id = mailboxes.person_id AND (mailboxes.scope_province IS NOT "
    "p.province_code OR mailboxes.scope_district IS NOT p.district_id)",
    "UPDATE mailboxes SET scope_province = province_code, scope_district = NULL "
    "WHERE person_id IS NULL AND (scope_province IS NOT province_code "
    "OR scope_district IS NOT NULL)",
    "UPDATE aliases SET scope_province = m.scope_province, scope_district = m.scope_district "
    "FROM mailboxes m WHERE m.id = aliases.mailbox_id AND (aliases.scope_province IS NOT "
    "m.scope_province OR aliases.scope_district IS NOT m.scope_district)",
]


def _sqlite_area(conn: Connection) -> None:
    """The area triggers, and the area of rows written while they were away (the columns
    themselves are migration 0008's)."""
    _drop_sqlite_area_triggers(conn)
    for statement in [*_SQLITE_AREA_TRIGGERS, *_SQLITE_AREA_FILL]:
        conn.exec_driver_sql(statement)


def _drop_sqlite_area_triggers(conn: Connection) -> None:
    for name in (
        "mailboxes_area_ai",
        "mailboxes_area_au",
        "aliases_area_ai",
        "aliases_area_au",
        "people_moves_area_au",
    ):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


_PG_SCOPE_TRIGGERS = [
    ("mailboxes_scope_biu", "mailboxes"),
    ("aliases_scope_biu", "aliases"),
    ("mailboxes_scope_au", "mailboxes"),
    ("people_moves_mail_au", "people"),
]


def create(conn: Connection) -> None:
    """Create (and fill) the search indexes for the rows already present. (The order keys
    on people are written with every row: the ORM's listener, the bulk writer.)"""
    if conn.dialect.name == "sqlite":
        _sqlite_area(conn)
        for statement in _sqlite_statements():
            conn.exec_driver_sql(statement)
        for name, table, columns, pg_only in _BTREE:
            if not pg_only:
                conn.exec_driver_sql(
                    _btree_sql(name, table, columns, sqlite=True, if_missing=False)
                )
        conn.exec_driver_sql("ANALYZE")  # without statistics the planner picks the wrong index
        return
    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS btree_gin")  # scope + trigrams in one
    for trigger, table in _PG_SCOPE_TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
    for statement in _PG_SCOPE:
        conn.exec_driver_sql(statement)
    for name, table, columns, _pg_only in _BTREE:
        conn.exec_driver_sql(_btree_sql(name, table, columns, sqlite=False, if_missing=False))
    for name, table, columns in _TRIGRAM:
        conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} USING gin ({columns} gin_trgm_ops)")
    conn.exec_driver_sql("ANALYZE people, mailboxes, aliases, institutions")


def drop(conn: Connection) -> None:
    """Remove the search indexes (the extensions and PostgreSQL's scope columns stay; their
    triggers go, and :func:`create` sets the columns of rows written meanwhile)."""
    if conn.dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS people_fts_{suffix}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS people_fts")
        drop_address_tables(conn)
        _drop_sqlite_area_triggers(conn)  # bulk loads fill the area columns after
    else:
        for name in [*(t[0] for t in _TRIGRAM), *_RETIRED]:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        for trigger, table in _PG_SCOPE_TRIGGERS:  # bulk loads fill the scope columns after
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
    for name in [*(t[0] for t in _BTREE), *_RETIRED_BTREE]:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")


def _btree_sql(name: str, table: str, columns: str, *, sqlite: bool, if_missing: bool) -> str:
    exists = " IF NOT EXISTS" if if_missing else ""
    if sqlite:  # no INCLUDE: the covered column goes last
        return f"CREATE INDEX{exists} {name} ON {table} ({columns.format(C='', N=', name_folded')})"
    include = " INCLUDE (name_folded)" if "{N}" in columns else ""
    body = columns.format(C=' COLLATE "C"', N="")
    return f"CREATE INDEX{exists} {name} ON {table} ({body}){include}"


def managed_names() -> frozenset[str]:
    """Tables, indexes and columns this module creates by hand, which are not in the ORM
    metadata: Alembic's autogenerate must leave them alone."""
    names = {name for name, *_ in _BTREE} | {name for name, *_ in _TRIGRAM}
    names |= set(_RETIRED) | set(_RETIRED_BTREE)
    names |= {"scope_province", "scope_district", "ix_tickets_search_trgm"}
    for table in (
        "people_fts",
        "mailboxes_fts",
        "aliases_fts",
        "tickets_fts",
    ):  # and FTS5's shadow tables
        names |= {table, *(f"{table}_{part}" for part in FTS5_SHADOWS)}
    return frozenset(names)


FTS5_SHADOWS = ("data", "idx", "content", "docsize", "config")
