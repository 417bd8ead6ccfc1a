"""Domain rules: Turkish folding, TCKN, GSM, masking, addresses (design.md §6)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mebposta_admin.domain import gsm, tckn
from mebposta_admin.domain.addresses import AddressAllocator, candidates, choose_address
from mebposta_admin.domain.folding import fold, turkish_lower, turkish_sort_key, turkish_upper

TURKISH = "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZâîûÂÎÛ "
turkish_text = st.text(alphabet=TURKISH, max_size=40)


class TestFolding:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("ÖZTÜRK", "ozturk"),
            ("öztürk", "ozturk"),
            ("İSMAİL IŞIK", "ismail isik"),
            ("ismail ışık", "ismail isik"),
            ("Çağlar  Şahin", "caglar sahin"),
            ("Kâzım", "kazim"),
            ("Ayşe\u0307", "ayse"),  # stray combining dot dropped
        ],
    )
    def test_examples(self, text: str, expected: str) -> None:
        assert fold(text) == expected

    @given(turkish_text)
    def test_idempotent(self, text: str) -> None:
        assert fold(fold(text)) == fold(text)

    @given(turkish_text)
    def test_output_is_plain_ascii_lower_case(self, text: str) -> None:
        folded = fold(text)
        assert folded.isascii()
        assert folded == folded.lower()

    @given(turkish_text)
    def test_case_insensitive_the_turkish_way(self, text: str) -> None:
        assert fold(turkish_upper(text)) == fold(text) == fold(turkish_lower(text))

    def test_python_lower_would_be_wrong(self) -> None:
        # The reason folding exists: "İ".lower() is two code points.
        assert len("İ".lower()) == 2
        assert fold("İ") == "i"

    def test_turkish_sort_order(self) -> None:
        names = [
            "Zeki",
            "Çelik",
            "Can",
            "Işık",
            "İnce",
            "Öz",
            "Oğuz",
            "Şen",
            "Sarı",
            "Ünal",
            "Uysal",
        ]
        assert sorted(names, key=turkish_sort_key) == [
            "Can",
            "Çelik",
            "Işık",
            "İnce",
            "Oğuz",
            "Öz",
            "Sarı",
            "Şen",
            "Uysal",
            "Ünal",
            "Zeki",
        ]


class TestTckn:
    @pytest.mark.parametrize("value", ["10000000146", "12345678950"])
    def test_valid_examples(self, value: str) -> None:
        assert tckn.is_valid(value)

    @pytest.mark.parametrize(
        "value", ["12345678951", "02345678950", "1234567895", "123456789500", "1234567895a", ""]
    )
    def test_invalid_examples(self, value: str) -> None:
        assert not tckn.is_valid(value)

    @given(st.integers(min_value=100_000_000, max_value=999_999_999))
    def test_check_digits_agree_with_stdnum(self, first_nine: int) -> None:
        value = str(first_nine) + tckn.check_digits(str(first_nine))
        assert tckn.is_valid(value)
        wrong = value[:-1] + str((int(value[-1]) + 1) % 10)
        assert not tckn.is_valid(wrong)

    def test_generate_is_valid(self) -> None:
        rng = random.Random(1)
        assert all(tckn.is_valid(tckn.generate(rng)) for _ in range(1000))

    def test_mask(self) -> None:
        assert tckn.mask("10000000146") == "100******46"


class TestGsm:
    @pytest.mark.parametrize(
        "value",
        ["0532 123 45 67", "+905321234567", "5321234567", "90 532 123 45 67", "(0532) 123-45-67"],
    )
    def test_normalize_common_forms(self, value: str) -> None:
        assert gsm.normalize(value) == "5321234567"

    @pytest.mark.parametrize("value", ["", "532123456", "4321234567", "05321234567890", "abc"])
    def test_rejects(self, value: str) -> None:
        assert gsm.normalize(value) is None

    def test_manual_format_is_strict(self) -> None:
        assert gsm.is_manual_format("5321234567")
        assert not gsm.is_manual_format("05321234567")

    def test_display_and_mask(self) -> None:
        assert gsm.display("5321234567") == "+90 532 123 45 67"
        assert gsm.mask("5321234512") == "5** *** ** 12"


class TestAddresses:
    def test_double_given_names_joined(self) -> None:
        assert next(candidates("Ayşe Nur", "Çağlar")) == "aysenur.caglar"

    def test_candidate_order(self) -> None:
        gen = candidates("Ayşe Nur", "Çağlar")
        assert [next(gen) for _ in range(4)] == [
            "aysenur.caglar",
            "ayse.caglar",
            "aysenur.caglar2",
            "aysenur.caglar3",
        ]

    def test_collisions_take_next_free(self) -> None:
        taken = {"ismail.ozturk@meb.gov.tr", "ismail.ozturk2@meb.gov.tr"}
        assert choose_address("İsmail", "ÖZTÜRK", taken.__contains__) == "ismail.ozturk3@meb.gov.tr"

    names = st.sampled_from(["Ayşe", "Ayşe Nur", "İsmail", "Işıl", "Mehmet Ali", "Çağrı"])
    surnames = st.sampled_from(["Öztürk", "Çağlar", "Işık", "Yılmaz"])

    @given(st.lists(st.tuples(names, surnames), max_size=60))
    def test_allocator_equals_choose_address(self, people: list[tuple[str, str]]) -> None:
        allocator = AddressAllocator()
        taken: set[str] = set()
        for first, last in people:
            expected = choose_address(first, last, taken.__contains__)
            taken.add(expected)
            assert allocator.allocate(first, last) == expected
        assert len(taken) == len(people)
