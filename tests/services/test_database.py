"""Opening databases: migrations, schema checks and the errors a user can act on."""

from __future__ import annotations

import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from mebposta_admin.errors import DatabaseError
from mebposta_admin.models import schema
from mebposta_admin.services.database import Database, open_database


def test_fresh_database_is_migrated_with_geography(db) -> None:
    with db.engine.connect() as conn:
        assert schema.current_revision(conn) == schema.head_revision()
        assert conn.execute(sa.text("SELECT count(*) FROM provinces")).scalar() == 81
        assert conn.execute(sa.text("SELECT count(*) FROM districts")).scalar() == 973
        name = conn.execute(sa.text("SELECT name FROM provinces WHERE code = '34'")).scalar()
        assert name == "İstanbul"
        folded = conn.execute(
            sa.text("SELECT name_folded FROM districts WHERE name = 'Çankaya'")
        ).scalar()
        assert folded == "cankaya"


def test_audit_events_are_append_only(db) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO audit_events (occurred_at, admin_username, workstation, action,"
                " outcome, details) VALUES (CURRENT_TIMESTAMP, 'x', 'ws', 'test', 'success', '{}')"
            )
        )
    for statement in ("UPDATE audit_events SET outcome = 'failure'", "DELETE FROM audit_events"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), db.engine.begin() as conn:
            conn.execute(sa.text(statement))
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT outcome FROM audit_events")).scalars().all() == [
            "success"
        ]


def test_migrations_downgrade_and_upgrade_again(db) -> None:
    from alembic import command

    with db.engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "base")
    with db.engine.connect() as conn:
        assert "people" not in sa.inspect(conn).get_table_names()
    schema.upgrade(db.engine)
    with db.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM provinces")).scalar() == 81


def test_newer_schema_is_refused_and_left_untouched(db_url: str) -> None:
    engine = sa.create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseError) as caught:
        open_database(db_url)
    assert caught.value.code == "db.schema_newer"
    assert caught.value.params["revision"] == "9999_future"
    with engine.connect() as conn:
        assert (
            conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
            == "9999_future"
        )
        assert conn.execute(sa.text("SELECT count(*) FROM provinces")).scalar() == 81
    engine.dispose()


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("not a url", "db.url_invalid"),
        ("mysql://u@h/db", "db.url_unsupported"),
        ("postgresql+psycopg://nobody:pw@127.0.0.1:1/none", "db.unreachable"),
    ],
)
def test_bad_urls_give_clear_codes(url: str, code: str) -> None:
    started = time.monotonic()
    with pytest.raises(DatabaseError) as caught:
        open_database(url)
    assert caught.value.code == code
    assert "pw" not in str(caught.value)  # the password never reaches a message
    assert time.monotonic() - started < 10


def test_wrong_postgres_password(pg_server) -> None:
    bad = "postgresql+psycopg://postgres:wrong-password@" + pg_server.admin_url.split("@", 1)[1]
    with pytest.raises(DatabaseError) as caught:
        open_database(bad)
    assert caught.value.code == "db.auth_failed"
    assert "wrong-password" not in str(caught.value)


def test_missing_postgres_database(pg_server) -> None:
    with pytest.raises(DatabaseError) as caught:
        open_database(pg_server.url_for("no_such_database"))
    assert caught.value.code == "db.missing"


def test_read_only_sqlite_is_reported_even_for_root(tmp_path: Path) -> None:
    """SQLite's own read-only mode stands in for file permissions, which root ignores."""
    path = tmp_path / "ro.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    with pytest.raises(DatabaseError) as caught:
        open_database(f"sqlite:///file:{path}?mode=ro&uri=true")
    assert caught.value.code == "db.read_only"


def test_locked_sqlite_file_is_reported_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    holder = sqlite3.connect(path)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(DatabaseError) as caught:
            open_database(f"sqlite:///{path}")
        assert caught.value.code == "db.locked"
    finally:
        holder.rollback()
        holder.close()


def test_empty_sqlite_file_in_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "new.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        assert path.exists()
        with db.engine.connect() as conn:
            assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.dispose()


def _drop_connections(pg_server, database: str) -> None:
    """What a server restart or a dropped network does to the application's pooled links."""
    admin = sa.create_engine(pg_server.admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            sa.text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = :db AND pid <> pg_backend_pid()"
            ),
            {"db": database},
        )
    admin.dispose()


def test_a_lost_connection_is_replaced_after_idleness_and_reported_otherwise(
    templates, tmp_path: Path, pg_server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL only: an embedded SQLite file has no connection to lose."""
    seeded_url = templates.copy("postgresql", True, tmp_path)
    from mebposta_admin.demo.seed import DEMO_PASSWORD
    from mebposta_admin.models import engine as engine_module
    from mebposta_admin.services import auth, search

    db = open_database(seeded_url)
    try:
        yardim = auth.authenticate(db, "yardim", DEMO_PASSWORD)
        assert search.search(db, yardim, "a.b").kind == "email"
        name = db.url.database
        assert name is not None
        # In steady use (no ping): the action that meets the dead link fails with a message
        # the user can act on, and the very next one works on a new connection.
        _drop_connections(pg_server, name)
        with pytest.raises(DatabaseError) as caught:
            search.search(db, yardim, "kaya")
        assert caught.value.code == "db.unreachable"
        assert search.search(db, yardim, "kaya").rows
        # After idleness the pool pings first and replaces the dead link: nothing is seen.
        monkeypatch.setattr(engine_module, "PING_AFTER_IDLE_S", 0.0)
        _drop_connections(pg_server, name)
        assert search.search(db, yardim, "kaya").rows
    finally:
        db.dispose()


def test_the_models_describe_the_migrated_schema(db) -> None:
    """Autogenerate finds nothing to change: the models and migrations agree, and what the
    models leave out on purpose (search indexes, FTS tables, scope columns) is filtered."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from mebposta_admin.models import Base

    with db.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": schema.include_object, "compare_type": False}
        )
        assert compare_metadata(context, Base.metadata) == []


def test_sqlite_connections_get_a_page_cache_for_a_big_database(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'cache.sqlite3'}")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -256 * 1024
            # SQLite caps it at its compile-time maximum (just under 2 GiB here)
            assert (conn.exec_driver_sql("PRAGMA mmap_size").scalar() or 0) >= 1024**3
    finally:
        db.dispose()


def test_a_sqlite_uri_creates_no_folder_in_the_working_directory(
    tmp_path: Path, monkeypatch
) -> None:
    """A ``file:`` URI is SQLite's, not a path: the test suite left a ``file:`` folder."""
    monkeypatch.chdir(tmp_path)
    db = open_database(f"sqlite:///file:{tmp_path / 'uri.sqlite3'}?uri=true")
    db.dispose()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("file:")]
    assert (tmp_path / "uri.sqlite3").exists()


def test_the_revision_graph_read_without_alembic_equals_alembics(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(schema.alembic_config())
    assert schema.head_revision() == script.get_current_head()
    assert schema.known_revisions() == {r.revision for r in script.walk_revisions()}
    db = open_database(f"sqlite:///{tmp_path / 'rev.sqlite3'}")
    try:
        from alembic.runtime.migration import MigrationContext

        with db.engine.connect() as conn:
            assert (
                schema.current_revision(conn)
                == MigrationContext.configure(conn).get_current_revision()
            )
    finally:
        db.dispose()


def _schema_objects(db: Database) -> dict[str, str]:
    """Every index, trigger, table and column the database holds, by name, as its DDL."""
    import re

    import sqlalchemy as sa

    def norm(sql: str | None) -> str:
        text = re.sub(r"\s+", " ", (sql or "").replace(" IF NOT EXISTS", "")).strip()
        return text.replace('"', "")

    with db.engine.connect() as conn:
        if db.dialect == "sqlite":
            rows = conn.execute(
                sa.text(
                    "SELECT type || ':' || name, sql FROM sqlite_master "
                    "WHERE name NOT LIKE 'sqlite_%'"
                )
            ).all()
            columns = [
                (f"column:{t}.{c[1]}", f"{c[2]} {c[3]} {c[4]}")
                for (t,) in conn.execute(
                    sa.text("SELECT name FROM sqlite_master WHERE type='table'")
                )
                for c in conn.execute(sa.text(f"PRAGMA table_info('{t}')"))
            ]
        else:
            rows = conn.execute(
                sa.text(
                    "SELECT 'index:' || indexname, indexdef FROM pg_indexes "
                    "WHERE schemaname = 'public' UNION ALL "
                    "SELECT 'trigger:' || tgname, pg_get_triggerdef(oid) FROM pg_trigger "
                    "WHERE NOT tgisinternal UNION ALL "
                    "SELECT 'function:' || proname, prosrc FROM pg_proc "
                    "WHERE pronamespace = 'public'::regnamespace AND proname LIKE 'mebposta_%'"
                )
            ).all()
            columns = [
                (f"column:{r[0]}.{r[1]}", f"{r[2]} {r[3]} {r[4]}")
                for r in conn.execute(
                    sa.text(
                        "SELECT table_name, column_name, data_type, is_nullable, "
                        "column_default FROM information_schema.columns "
                        "WHERE table_schema = 'public'"
                    )
                )
            ]
    return {name: norm(sql) for name, sql in [*rows, *columns]}


def test_frozen_migrations_build_what_the_live_index_code_builds(db: Database) -> None:
    """Migrations run frozen DDL; a bulk load drops and rebuilds the search objects with the
    live code (models.search_index). Both must give the same schema: a change to the live
    code without a migration (and its frozen DDL) fails here."""
    from mebposta_admin.models import search_index

    migrated = _schema_objects(db)
    with db.engine.begin() as conn:
        search_index.drop(conn)
        search_index.create(conn)
    rebuilt = _schema_objects(db)
    differing = sorted(
        name for name in migrated.keys() | rebuilt.keys() if migrated.get(name) != rebuilt.get(name)
    )
    assert differing == [], {n: (migrated.get(n), rebuilt.get(n)) for n in differing[:4]}


def test_the_events_written_before_the_chain_are_chained_by_its_migration(seeded_db) -> None:
    """A trail from before migration 0012 (no hashes) comes out of it as one valid chain,
    the append-only triggers in place again."""
    from alembic import command

    from mebposta_admin.services import audit_chain

    with seeded_db.engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "0011")
    with seeded_db.engine.begin() as conn:
        for n in range(25):
            conn.execute(
                sa.text(
                    "INSERT INTO audit_events (occurred_at, admin_username, workstation, action,"
                    " outcome, details) VALUES (:t, 'il06', 'eski-pc', 'search', 'success', :d)"
                ),
                {"t": datetime.now(UTC), "d": f'{{"n": {n}}}'},
            )
        before = conn.execute(sa.text("SELECT count(*) FROM audit_events")).scalar_one()
    schema.upgrade(seeded_db.engine)
    result = audit_chain.verify(seeded_db)
    assert result.ok and result.checked == before
    with pytest.raises(sa.exc.DBAPIError), seeded_db.engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_events SET outcome = 'refused'"))
