"""Search equals a brute-force oracle, obeys scope, ranks sensibly and follows every change."""

from __future__ import annotations

import random

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.domain.folding import fold, turkish_lower, turkish_sort_key, turkish_upper
from mebposta_admin.domain.search_query import MIN_TRIGRAM, Kind, parse
from mebposta_admin.models import Alias, Mailbox, Person
from mebposta_admin.services import auth, search
from tests.support.people import add_person


def _everyone(db) -> list[dict]:
    with db.engine.connect() as conn:
        people = (
            conn.execute(
                sa.text(
                    "SELECT p.id, p.name_folded, p.last_name_folded, p.tckn, p.gsm,"
                    " p.province_code,"
                    " p.district_id, i.code AS institution, m.address FROM people p"
                    " LEFT JOIN institutions i ON i.id = p.institution_id"
                    " LEFT JOIN mailboxes m ON m.person_id = p.id"
                )
            )
            .mappings()
            .all()
        )
        aliases = conn.execute(
            sa.text(
                "SELECT m.person_id, a.address FROM aliases a"
                " JOIN mailboxes m ON m.id = a.mailbox_id"
            )
        ).all()
    by_person: dict[int, list[str]] = {}
    for pid, address in aliases:
        by_person.setdefault(pid, []).append(address)
    return [{**p, "aliases": by_person.get(p["id"], [])} for p in people]


def oracle(people: list[dict], identity, text: str) -> set[int]:
    plan = parse(text)
    found = set()
    for p in people:
        if identity.district_id is not None and p["district_id"] != identity.district_id:
            continue
        if identity.province_code is not None and p["province_code"] != identity.province_code:
            continue
        if plan.kind is Kind.NAME:
            q = " ".join(plan.terms)
            if plan.uses_trigram:
                hit = all(t in p["name_folded"] for t in plan.terms)
            else:
                hit = p["name_folded"].startswith(q) or (
                    p["last_name_folded"].startswith(plan.terms[0])
                    and all(t in p["name_folded"] for t in plan.terms[1:])
                )
        elif plan.kind is Kind.DIGITS:
            hit = (
                (plan.tckn_exact is not None and p["tckn"] == plan.tckn_exact)
                or (plan.gsm is not None and p["gsm"] == plan.gsm)
                or (plan.institution_code is not None and p["institution"] == plan.institution_code)
                or (plan.tckn_prefix is not None and p["tckn"].startswith(plan.tckn_prefix))
            )
        elif plan.kind is Kind.EMAIL:
            fragment = plan.terms[0]
            addresses = [a for a in [p["address"], *p["aliases"]] if a]
            if len(fragment) >= MIN_TRIGRAM:
                hit = any(fragment in a for a in addresses)
            else:
                hit = any(a.startswith(fragment) for a in addresses)
        else:
            hit = False
        if hit:
            found.add(p["id"])
    return found


def all_pages(db, identity, text: str, limit: int = 7) -> list[int]:
    ids: list[int] = []
    cursor = None
    for _ in range(1000):
        page = search.search(db, identity, text, cursor=cursor, limit=limit)
        assert len(page.rows) <= limit
        ids += [r.id for r in page.rows]
        cursor = page.next
        if cursor is None:
            return ids
    raise AssertionError("paging never ended")


CRAFTED = [
    ("İsmail", "Öztürk", "ismail.ozturk@meb.gov.tr", ("iozturk06@meb.gov.tr",)),
    ("Ismail", "Ozturk", "ismail.ozturk2@meb.gov.tr", ()),
    ("Ayşe Nur", "Çağlar", "aysenur.caglar@meb.gov.tr", ("aysecaglar@meb.k12.tr",)),
    ("Işık", "Işıkoğlu", "isik.isikoglu@meb.gov.tr", ()),
    ("Özge", "Öz", "ozge.oz@meb.gov.tr", ()),
    ("Ali", "Kaya", "ali.kaya9@meb.gov.tr", ()),
]


@pytest.fixture
def crafted(seeded_db):
    rng = random.Random(3)
    for n, (first, last, address, aliases) in enumerate(CRAFTED):
        add_person(
            seeded_db,
            first,
            last,
            province="06" if n % 2 else "07",
            address=address,
            aliases=aliases,
            gsm=f"53212345{n:02d}",
            rng=rng,
        )
    return seeded_db


def _identities(db):
    return {u: auth.authenticate(db, u, DEMO_PASSWORD) for u in ("yardim", "il06", "ilce0601")}


FIXED_QUERIES = [
    "ÖZTÜRK",
    "ozturk",
    "öztü",
    "ismail öz",
    "IŞIK",
    "isik",
    "öztürk ismail",
    "ayşe nur",
    "nur",
    "ali",
    "al",
    "öz",
    "kaya ali",
    "5321234503",
    "0532 123 45 03",
    "+905321234501",
    "53212345",
    "ismail.ozturk",
    "@meb.k12",
    "iozturk06@meb.gov.tr",
    "ozturk2@",
    "zzzqx",
    "a",
    "",
    "p06",  # a province's scope marker in the SQLite documents: must not match names
    "kaya p07",
]


def test_fixed_queries_equal_the_oracle_in_every_scope(crafted) -> None:
    people = _everyone(crafted)
    for who, identity in _identities(crafted).items():
        for text in FIXED_QUERIES:
            ids = all_pages(crafted, identity, text)
            assert len(ids) == len(set(ids)), (who, text, "duplicates across pages")
            expected = oracle(people, identity, text)
            assert set(ids) == expected, (who, text)
            counted = search.count(crafted, identity, text)
            assert counted.exact and counted.value == len(expected), (who, text)


def test_scope_never_leaks(crafted) -> None:
    people = {p["id"]: p for p in _everyone(crafted)}
    ids = _identities(crafted)
    for text in ["a", "e", "ali", "ozturk", "53212345", "@meb", "meb.gov.tr"]:
        for row_id in all_pages(crafted, ids["il06"], text):
            assert people[row_id]["province_code"] == "06"
        for row_id in all_pages(crafted, ids["ilce0601"], text):
            assert people[row_id]["district_id"] == ids["ilce0601"].district_id


def test_exact_matches_rank_first(crafted) -> None:
    yardim = _identities(crafted)["yardim"]
    rows = search.search(crafted, yardim, "İSMAİL ÖZTÜRK").rows
    # Both are exact matches; between them Turkish order: I (dotless) before İ.
    assert [f"{r.first_name} {r.last_name}" for r in rows[:2]] == ["Ismail Ozturk", "İsmail Öztürk"]
    rows = search.search(crafted, yardim, "öz").rows  # prefixes of names before surnames
    firsts = [fold(r.first_name).startswith("oz") for r in rows]
    assert firsts == sorted(firsts, reverse=True)


def test_results_are_masked(crafted) -> None:
    yardim = _identities(crafted)["yardim"]
    [row] = search.search(crafted, yardim, "5321234501").rows
    assert row.gsm_masked == "5** *** ** 01"
    assert "*" in row.tckn_masked and len(row.tckn_masked) == 11


words = st.sampled_from(
    [
        "ali",
        "ayşe",
        "AYŞE",
        "öz",
        "Öztürk",
        "kaya",
        "nur",
        "ış",
        "IŞIK",
        "mehmet",
        "can",
        "er",
        "zz",
        "ismail",
        "ç",
        "gül",
        "demir",
        "yıl",
    ]
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(words, min_size=1, max_size=3),
    st.sampled_from(["yardim", "il06", "ilce0601"]),
    st.sampled_from([turkish_upper, turkish_lower, str]),
)
def test_random_name_queries_equal_the_oracle(crafted, terms, who, case) -> None:
    text = case(" ".join(terms))
    identity = _identities(crafted)[who]
    expected = oracle(_everyone(crafted), identity, text)
    assert set(all_pages(crafted, identity, text, limit=25)) == expected
    assert search.count(crafted, identity, text).value == len(expected)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.data(), st.sampled_from(["yardim", "il06", "ilce0601"]))
def test_random_address_fragments_equal_the_oracle(crafted, data, who) -> None:
    """Slices of real addresses and old addresses (separators, digits, domains): whatever the
    index is asked for (rare trigrams, area columns, candidates), the rows are the oracle's."""
    people = _everyone(crafted)
    addresses = sorted({a for p in people for a in [p["address"], *p["aliases"]] if a})
    address = data.draw(st.sampled_from(addresses))
    start = data.draw(st.integers(0, len(address) - 3))
    end = data.draw(st.integers(start + 3, len(address)))
    text = address[start:end]
    identity = _identities(crafted)[who]
    if parse(text).kind is not Kind.EMAIL:
        return  # a slice without "." or "@" is a name search, covered elsewhere
    expected = oracle(people, identity, text)
    ids = all_pages(crafted, identity, text, limit=9)
    assert len(ids) == len(set(ids)) and set(ids) == expected, text
    assert search.count(crafted, identity, text).value == len(expected)


@pytest.mark.parametrize(
    "text",
    [
        "x" * 500,
        "'; DROP TABLE people; --",
        "😀",
        "Мехмет",
        "ali\x00",
        '"ali"',
        "ali*",
        "NEAR(ali",
        "a:b",
        "-ali",
        "%",
        "_",
    ],
)
def test_bad_input_never_raises(seeded_db, text: str) -> None:
    yardim = auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD)
    page = search.search(seeded_db, yardim, text)
    assert page.hint is not None or isinstance(page.rows, tuple)
    search.count(seeded_db, yardim, text)


def test_count_is_capped(seeded_db) -> None:
    yardim = auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD)
    result = search.count(seeded_db, yardim, "meb.gov.tr", cap=5)
    assert result == search.SearchCount(5, False)


def test_filters_narrow_within_scope(crafted) -> None:
    ids = _identities(crafted)
    people = {p["id"]: p for p in _everyone(crafted)}
    antalya = search.SearchFilters(province_code="07")
    # A province administrator cannot filter their way out of their province.
    assert search.search(crafted, ids["il06"], "meb.gov.tr", antalya).rows == ()
    rows = search.search(crafted, ids["yardim"], "meb.gov.tr", antalya, limit=500).rows
    assert rows and all(people[r.id]["province_code"] == "07" for r in rows)
    inactive = search.SearchFilters(mailbox_status="inactive")
    with crafted.engine.connect() as conn:
        expected = {
            r[0]
            for r in conn.execute(
                sa.text(
                    "SELECT p.id FROM people p JOIN mailboxes m ON m.person_id = p.id"
                    " WHERE m.active = false"
                )
            )
        }
    got = set()
    cursor = None
    while True:
        page = search.search(crafted, ids["yardim"], "meb.gov.tr", inactive, cursor=cursor)
        got |= {r.id for r in page.rows}
        if page.next is None:
            break
        cursor = page.next
    assert got == expected and expected


def test_index_follows_inserts_updates_and_deletes(seeded_db) -> None:
    yardim = auth.authenticate(seeded_db, "yardim", DEMO_PASSWORD)
    pid = add_person(seeded_db, "Zehra", "Quxlyoğlu", address="zehra.quxlyoglu@meb.gov.tr")

    def names(text: str) -> list[str]:
        return [
            f"{r.first_name} {r.last_name}" for r in search.search(seeded_db, yardim, text).rows
        ]

    assert names("quxly") == ["Zehra Quxlyoğlu"]
    with seeded_db.unit_of_work() as s:
        person = s.get(Person, pid)
        person.last_name = "Vrąbelçi"
    assert names("quxly") == []
    assert names("vrąbelçi") == names("VRABELCI") == ["Zehra Vrąbelçi"]
    with seeded_db.unit_of_work() as s:
        box = s.scalar(sa.select(Mailbox).where(Mailbox.person_id == pid))
        box.address = "zehra.vrabelci@meb.gov.tr"
        s.add(Alias(address="zquxly@meb.k12.tr", mailbox_id=box.id))
    assert names("zehra.vrabelci") == ["Zehra Vrąbelçi"]
    assert names("zehra.quxly") == []
    assert names("zquxly@") == ["Zehra Vrąbelçi"]
    with seeded_db.unit_of_work() as s:
        s.execute(sa.delete(Alias).where(Alias.address == "zquxly@meb.k12.tr"))
        s.execute(sa.delete(Mailbox).where(Mailbox.person_id == pid))
        s.execute(sa.delete(Person).where(Person.id == pid))
    assert names("vrabelci") == [] and names("zquxly@") == []


def test_a_person_who_moves_is_found_by_address_in_the_new_area(seeded_db) -> None:
    pid = add_person(
        seeded_db,
        "Tayin",
        "Gidenoğlu",
        province="06",
        district="Çankaya",
        address="tayin.gidenoglu@meb.gov.tr",
        aliases=("tgidenoglu@meb.k12.tr",),
    )
    ids = {u: auth.authenticate(seeded_db, u, DEMO_PASSWORD) for u in ("il06", "il07", "ilce0601")}

    def found(who: str, text: str) -> bool:
        return any(r.id == pid for r in search.search(seeded_db, ids[who], text).rows)

    assert found("ilce0601", "gidenoglu@meb") and found("ilce0601", "tgidenoglu@")
    assert not found("il07", "gidenoglu@meb")
    with seeded_db.engine.connect() as conn:
        antalya = conn.execute(
            sa.text("SELECT id FROM districts WHERE province_code = '07' ORDER BY id LIMIT 1")
        ).scalar()
    with seeded_db.unit_of_work() as s:
        person = s.get(Person, pid)
        person.province_code, person.district_id = "07", antalya
    assert found("il07", "gidenoglu@meb") and found("il07", "tgidenoglu@")
    assert found("il07", "tayin.gidenoglu")  # the address-prefix tier reads the area's B-tree
    assert not found("il06", "gidenoglu@meb") and not found("ilce0601", "tgidenoglu@")
    assert not found("ilce0601", "tayin.gidenoglu")
    assert _areas_out_of_step(seeded_db) == 0


def _areas_out_of_step(db) -> int:
    """Mailboxes and old addresses whose stored owner's area differs from the owner's."""
    with db.engine.connect() as conn:
        return int(
            conn.execute(
                sa.text(
                    "SELECT count(*) FROM mailboxes m LEFT JOIN people p ON p.id = m.person_id"
                    " WHERE (p.id IS NOT NULL AND (m.scope_province IS DISTINCT FROM"
                    " p.province_code OR m.scope_district IS DISTINCT FROM p.district_id))"
                    " OR (p.id IS NULL AND (m.scope_province IS DISTINCT FROM m.province_code"
                    " OR m.scope_district IS NOT NULL))"
                )
            ).scalar()
        ) + int(
            conn.execute(
                sa.text(
                    "SELECT count(*) FROM aliases a JOIN mailboxes m ON m.id = a.mailbox_id"
                    " WHERE NOT (coalesce(a.scope_province, '') = coalesce(m.scope_province, '')"
                    " AND coalesce(a.scope_district, 0) = coalesce(m.scope_district, 0))"
                )
            ).scalar()
        )


def test_an_old_address_moved_to_another_mailbox_follows_its_new_owner(seeded_db) -> None:
    """Each old address keeps its owner's area (triggers; SQLite also in its FTS markers)."""
    first = add_person(
        seeded_db,
        "Devir",
        "Verenoğlu",
        province="06",
        district="Çankaya",
        address="devir.verenoglu@meb.gov.tr",
        aliases=("dverenoglu@meb.k12.tr",),
    )
    second = add_person(
        seeded_db, "Devir", "Alanoğlu", province="07", address="devir.alanoglu@meb.gov.tr"
    )
    ids = {u: auth.authenticate(seeded_db, u, DEMO_PASSWORD) for u in ("il06", "il07", "ilce0601")}

    def found(who: str, text: str) -> set[int]:
        return {r.id for r in search.search(seeded_db, ids[who], text).rows}

    assert found("ilce0601", "verenoglu@meb.k12") == {first}
    assert found("il07", "verenoglu@meb.k12") == set()
    with seeded_db.unit_of_work() as s:
        target = s.scalar(sa.select(Mailbox.id).where(Mailbox.person_id == second))
        s.execute(
            sa.update(Alias)
            .where(Alias.address == "dverenoglu@meb.k12.tr")
            .values(mailbox_id=target)
        )
    assert found("il07", "verenoglu@meb.k12") == {second}
    assert found("il07", "dverenoglu@") == {second}  # the prefix tier: the area's B-tree
    assert found("il06", "verenoglu@meb.k12") == set()
    assert found("ilce0601", "verenoglu@meb.k12") == set()
    assert found("ilce0601", "dverenoglu@") == set()
    assert _areas_out_of_step(seeded_db) == 0


def test_the_trigram_index_is_asked_for_the_rarest_trigram_of_a_word() -> None:
    identity = auth.AdminIdentity.__new__(auth.AdminIdentity)  # not used by the choice
    counts = {"kay": 900, "aya": 40, "ayse": 1}
    builder = search._Builder("postgresql", identity, search.SearchFilters(), counts)
    assert builder.rarest_trigram("kaya") == "aya"
    assert builder.rarest_trigram("qxz") == "qxz"  # unseen: as rare as it gets
    assert (
        search._Builder("postgresql", identity, search.SearchFilters()).rarest_trigram("kaya")
        == "kaya"
    )  # no sample: the whole word


# Written out by hand, not folded by the code's own ``fold``: a folding bug fails here too.
HAND_WRITTEN = {
    "isik": {("Işık", "Işıkoğlu")},
    "IŞIK": {("Işık", "Işıkoğlu")},
    "ışık": {("Işık", "Işıkoğlu")},
    "ISIKOGLU": {("Işık", "Işıkoğlu")},
    "ÖZTÜRK": {("İsmail", "Öztürk"), ("Ismail", "Ozturk")},
    "ozturk ismail": {("İsmail", "Öztürk"), ("Ismail", "Ozturk")},
    "İSMAİL": {("İsmail", "Öztürk"), ("Ismail", "Ozturk")},
    "çağlar": {("Ayşe Nur", "Çağlar")},
    "CAGLAR": {("Ayşe Nur", "Çağlar")},
    "ayşe nur çağlar": {("Ayşe Nur", "Çağlar")},
    # a double given name typed joined, the way addresses write it
    "aysenur caglar": {("Ayşe Nur", "Çağlar")},
    "AYŞENUR": {("Ayşe Nur", "Çağlar")},
    "özge öz": {("Özge", "Öz")},
}


@pytest.mark.parametrize("query", sorted(HAND_WRITTEN))
def test_hand_written_cases(crafted, query) -> None:
    yardim = auth.authenticate(crafted, "yardim", DEMO_PASSWORD)
    crafted_names = {(f, last) for f, last, _a, _al in CRAFTED}
    found = {
        (r.first_name, r.last_name)
        for r in search.search(crafted, yardim, query, limit=200).rows
        if (r.first_name, r.last_name) in crafted_names
    }
    assert found == HAND_WRITTEN[query]


def test_the_migration_joins_existing_double_given_names(tmp_path) -> None:
    from mebposta_admin.models import schema
    from mebposta_admin.models.engine import create_app_engine

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_app_engine(url)
    schema.upgrade(engine, "0006")
    with engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO people (tckn, first_name, last_name, name_folded, last_name_folded,"
                " province_code, active, created_at, updated_at) VALUES"
                " ('10000000146', 'Ayşe Nur', 'Çağlar', 'ayse nur caglar', 'caglar', '06', 1,"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                " ('12345678950', 'Ali', 'Kaya', 'ali kaya', 'kaya', '06', 1,"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
    schema.upgrade(engine)
    with engine.connect() as conn:
        keys = sorted(conn.execute(sa.text("SELECT name_folded FROM people")).scalars())
    engine.dispose()
    assert keys == ["ali kaya", "ayse nur caglar aysenur"]


# ------------------------------------------------------------------- Turkish alphabetical order
def _words_key(text: str) -> tuple[tuple[int, ...], ...]:
    """Written out independently of the code: word by word in the Turkish alphabet, so a
    shorter name ("Mehmet") comes before a longer one ("Mehmet Ali", "Mehmetcan")."""
    return tuple(turkish_sort_key(w) for w in text.split())


SURNAMES_IN_EVERY_READING = [
    "Celep",
    "Cengiz",
    "Çelik",
    "Çınar",
    "Ilgın",
    "Işık",
    "İnce",
    "İpek",
    "Sarı",
    "Sönmez",
    "Şahin",
    "Şen",
    "Ozan",
    "Öz",
    "Öztürk",
    "Uysal",
    "Ünal",
    "Güneş",
    "Gür",
    "Gürsoy",
]


@pytest.fixture
def alphabet(seeded_db):
    rng = random.Random(11)
    for n, last in enumerate(SURNAMES_IN_EVERY_READING):
        for first in ("Zeynep", "Zeynep Su", "Zeynepcan", "Sadık", "Şaban", "Işıl", "İlker"):
            add_person(seeded_db, first, last, province="06" if n % 3 else "35", rng=rng)
    return seeded_db


def _assert_turkish_order_within_tiers(rows, query: str) -> None:
    plan = parse(query)
    q, first = " ".join(plan.terms), plan.terms[0]
    tiers: list[int] = []
    by_tier: dict[int, list] = {0: [], 1: [], 2: []}
    for r in rows:
        name = fold(f"{r.first_name} {r.last_name}")
        tier = 0 if name.startswith(q) else 1 if fold(r.last_name).startswith(first) else 2
        tiers.append(tier)
        if tier == 0:
            key = (_words_key(r.first_name), _words_key(r.last_name), r.id)
        else:
            key = (_words_key(r.last_name), _words_key(r.first_name), r.id)
        by_tier[tier].append(key)
    assert tiers == sorted(tiers), "tiers out of order"
    for tier, keys in by_tier.items():
        assert keys == sorted(keys), f"tier {tier} of {query!r} is not in Turkish order"


def _all_rows(db, identity, text: str, limit: int = 7) -> list:
    rows: list = []
    cursor = None
    while True:
        page = search.search(db, identity, text, cursor=cursor, limit=limit)
        rows += page.rows
        cursor = page.next
        if cursor is None:
            return rows


@pytest.mark.parametrize("query", ["zeynep", "sa", "ZEYNEP Ş", "işık", "ilker", "can", "gur"])
def test_each_tier_comes_in_turkish_alphabetical_order(alphabet, query) -> None:
    ids = _identities(alphabet)
    for who in ("yardim", "il06", "ilce0601"):
        rows = _all_rows(alphabet, ids[who], query)
        assert len({r.id for r in rows}) == len(rows), "a row came twice across pages"
        assert set(r.id for r in rows) == oracle(_everyone(alphabet), ids[who], query)
        _assert_turkish_order_within_tiers(rows, query)
    # By hand: the surname readings of "s" in Turkish order, S before Ş, O before Ö.
    sadik = [
        r.last_name
        for r in _all_rows(alphabet, ids["yardim"], "sadık")
        if r.first_name == "Sadık" and r.last_name in SURNAMES_IN_EVERY_READING
    ]
    assert sadik == [
        "Celep",
        "Cengiz",
        "Çelik",
        "Çınar",
        "Güneş",
        "Gür",
        "Gürsoy",
        "Ilgın",
        "Işık",
        "İnce",
        "İpek",
        "Ozan",
        "Öz",
        "Öztürk",
        "Sarı",
        "Sönmez",
        "Şahin",
        "Şen",
        "Uysal",
        "Ünal",
    ]


def test_the_migration_fills_the_order_keys_of_existing_people(tmp_path) -> None:
    from mebposta_admin.models import schema
    from mebposta_admin.models.engine import create_app_engine

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = create_app_engine(url)
    schema.upgrade(engine, "0007")
    with engine.begin() as conn:  # rows as version 0007 wrote them: no order keys
        conn.execute(
            sa.text(
                "INSERT INTO people (tckn, first_name, last_name, name_folded, last_name_folded,"
                " province_code, active, created_at, updated_at) VALUES"
                " ('10000000146', 'Şule', 'Çınar', 'sule cinar', 'cinar', '06', 1,"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP),"
                " ('12345678950', 'Sude', 'Cengiz', 'sude cengiz', 'cengiz', '06', 1,"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
    schema.upgrade(engine)
    with engine.connect() as conn:
        rows = (
            conn.execute(sa.text("SELECT last_name FROM people ORDER BY order_last"))
            .scalars()
            .all()
        )
        empty = conn.execute(
            sa.text("SELECT count(*) FROM people WHERE order_last = '' OR order_first = ''")
        ).scalar()
    engine.dispose()
    assert rows == ["Cengiz", "Çınar"] and empty == 0


@pytest.mark.parametrize("fragment", ["zqxold@", "zqxold@meb.k12", ".zqxold", "zqxoldbirim@"])
def test_unit_accounts_never_count_as_people(seeded_db, fragment) -> None:
    """A national count counts owning mailboxes; a unit account's addresses must not add to
    it (nor show), whichever tier or table matched."""
    pid = add_person(
        seeded_db,
        "Zeki",
        "Qxoldoğlu",
        province="06",
        address="zeki.zqxold@meb.gov.tr",
        aliases=("zqxold@meb.k12.tr",),
    )
    with seeded_db.unit_of_work() as s:
        unit = Mailbox(
            address="zqxoldbirim@meb.gov.tr",
            kind="unit",
            person_id=None,
            province_code="06",
            display_name="Birim",
            quota_bytes=1,
            active=True,
            maildir="meb.gov.tr/zqxoldbirim/",
        )
        s.add(unit)
        s.flush()
        s.add(Alias(address="zqxoldbirim@meb.k12.tr", mailbox_id=unit.id))
    for who in ("yardim", "il06"):
        identity = auth.authenticate(seeded_db, who, DEMO_PASSWORD)
        found = {r.id for r in search.search(seeded_db, identity, fragment, limit=200).rows}
        expected = oracle(_everyone(seeded_db), identity, fragment)
        assert found == expected and (pid in found) is (fragment != "zqxoldbirim@")
        assert search.count(seeded_db, identity, fragment).value == len(expected)
