"""What the one search box understands."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mebposta_admin.domain.search_query import Hint, Kind, parse
from mebposta_admin.models import search_index


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("ÖZTÜRK", ("ozturk",)),
        ("ozturk", ("ozturk",)),
        ("öztü", ("oztu",)),
        ("ismail öz", ("ismail", "oz")),
        ("IŞIK", ("isik",)),
        ("  Ayşe   Nur ", ("ayse", "nur")),
    ],
)
def test_names(text: str, terms: tuple[str, ...]) -> None:
    plan = parse(text)
    assert plan.kind is Kind.NAME and plan.terms == terms


@pytest.mark.parametrize(
    "text", ["0532 123 45 67", "+905321234567", "5321234567", "90 532 123 4567"]
)
def test_gsm_forms(text: str) -> None:
    plan = parse(text)
    assert plan.kind is Kind.DIGITS and plan.gsm == "5321234567"


def test_tckn_and_prefixes() -> None:
    assert parse("10000000146").tckn_exact == "10000000146"
    assert parse("1000").tckn_prefix == "1000"
    plan = parse("123456")  # a TCKN prefix or an institution code: both are searched
    assert plan.tckn_prefix == "123456" and plan.institution_code == "123456"
    assert parse("123").hint is Hint.DIGITS_TOO_SHORT


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("ismail.ozturk@meb.gov.tr", "ismail.ozturk@meb.gov.tr"),
        ("İsmail.Öztürk@", "ismail.ozturk@"),
        ("@meb.k12.tr", "@meb.k12.tr"),
        ("ayse.kaya", "ayse.kaya"),
    ],
)
def test_email(text: str, fragment: str) -> None:
    plan = parse(text)
    assert plan.kind is Kind.EMAIL and plan.terms == (fragment,)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("", Hint.EMPTY),
        ("   ", Hint.EMPTY),
        ("a", Hint.TOO_SHORT),
        ("😀😀", Hint.NOTHING_SEARCHABLE),
        ("'; DROP--", Hint.NOTHING_SEARCHABLE),
        ("%_%", Hint.NOTHING_SEARCHABLE),
    ],
)
def test_hints(text: str, hint: Hint) -> None:
    plan = parse(text)
    if plan.kind is Kind.NAME:  # "drop" is a fine name fragment
        assert text == "'; DROP--"
    else:
        assert plan.kind is Kind.HINT and plan.hint is hint


def test_long_input_is_cut_with_a_note() -> None:
    plan = parse("ali " * 200)
    assert plan.kind is Kind.NAME and "search.note_truncated" in plan.notes
    assert plan.terms == ("ali",)


@given(st.text(max_size=600))
def test_never_raises(text: str) -> None:
    plan = parse(text)
    assert plan.kind in Kind
    assert all(t.isascii() for t in plan.terms)


@given(st.text(alphabet="abcçdegkmoz019.@-_", min_size=3, max_size=30))
def test_the_address_index_is_asked_only_for_parts_of_the_fragment(fragment: str) -> None:
    """Whatever trigrams are picked, an address holding the fragment holds them too (the
    index can only narrow to a superset; every row is checked in full)."""
    picked = search_index.rare_trigrams(fragment)
    assert len(picked) <= 2 and all(len(t) == 3 and t in fragment for t in picked)
    keyed = search_index.address_key(fragment)
    assert all(p in keyed for p in search_index.address_index_patterns(fragment))


def test_rare_trigrams_straddle_separators_or_hold_digits() -> None:
    assert search_index.rare_trigrams("ayse.kaya1") == ["ya1", "e.k"]
    assert search_index.rare_trigrams("ismail.oztu") == ["l.o"]
    assert search_index.rare_trigrams("kaya66@") == ["66@", "ya6"]
    assert search_index.rare_trigrams("ayse.kaya1@meb.gov.tr") == ["a1@", "e.k"]  # not domain
    assert search_index.rare_trigrams("@meb.k12") == ["k12", "b.k"]  # a domain search
    assert search_index.rare_trigrams("@gmail") == []
    assert search_index.address_index_patterns("@gmail") == ["wgmail"]
    assert search_index.address_index_patterns("ayse.kaya1") == ["ya1", "eqk"]
