"""The info-update form checked the same way for every source: what is normalised, what is an
error (the request is stored rejected, with the reason), what is only a warning."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mebposta_admin import paths
from mebposta_admin.domain.info_update import InfoUpdateForm, Places, Severity, check


@pytest.fixture(scope="module")
def places() -> Places:
    with paths.resource("data/il_ilce.csv").open(encoding="utf-8") as handle:
        rows = [(r["il_kodu"], r["il_adi"], r["ilce_adi"]) for r in csv.DictReader(handle)]
    return Places.of(rows)


GOOD = InfoUpdateForm(
    first_name="  Ayşe   Nur ",
    last_name="ÇAĞLAR",
    tckn="100 000 001 46",
    gsm="0532 111 22 33",
    email="AyseNur.Caglar@meb.gov.tr",
    institution_name="Çankaya İlçe Millî Eğitim Müdürlüğü",
    province="ANKARA",
    district="cankaya",
    institution_code="630955",
    note="GSM numaram değişti.",
)


def codes(result) -> set[str]:
    return {p.code for p in result.problems}


def test_a_good_form_is_normalised(places: Places) -> None:
    result = check(GOOD, places)
    assert result.ok and result.problems == ()
    form = result.form
    assert (form.first_name, form.last_name) == ("Ayşe Nur", "ÇAĞLAR")
    assert (form.tckn, form.gsm, form.email) == (
        "10000000146",
        "5321112233",
        "aysenur.caglar@meb.gov.tr",
    )
    assert (result.province_code, form.province, form.district) == ("06", "Ankara", "Çankaya")


@pytest.mark.parametrize(
    ("change", "code", "severity"),
    (
        ({"tckn": "12345678951"}, "tckn.checksum", Severity.ERROR),
        ({"tckn": "1234567890"}, "tckn.shape", Severity.ERROR),
        ({"tckn": ""}, "tckn.missing", Severity.ERROR),
        ({"gsm": "0212 123 45 67"}, "gsm.shape", Severity.ERROR),  # a landline
        ({"gsm": "532111223"}, "gsm.shape", Severity.ERROR),
        ({"gsm": ""}, "gsm.missing", Severity.ERROR),
        ({"first_name": ""}, "name.missing", Severity.ERROR),
        ({"last_name": "Kaya2"}, "name.invalid", Severity.ERROR),
        ({"email": "ayse@"}, "email.shape", Severity.ERROR),
        ({"email": "ayşe@meb.gov.tr"}, "email.shape", Severity.ERROR),
        ({"email": "ayse@gmail.com"}, "email.not_meb", Severity.WARNING),
        ({"province": "Ankra"}, "province.unknown", Severity.ERROR),
        ({"province": "82"}, "province.unknown", Severity.ERROR),
        ({"province": ""}, "province.missing", Severity.ERROR),
        ({"district": "Kadıköy"}, "district.not_in_province", Severity.ERROR),
        ({"institution_code": "63095"}, "institution_code.shape", Severity.WARNING),
        ({"note": "x" * 2001}, "text.too_long", Severity.ERROR),
    ),
)
def test_each_problem_is_named_with_its_weight(places: Places, change, code, severity) -> None:
    result = check(replace(GOOD, **change), places)
    assert codes(result) == {code}
    assert result.problems[0].severity is severity
    assert result.ok == (severity is Severity.WARNING)


@pytest.mark.parametrize("written", ("06", "6", "Ankara", "ankara", "ANKARA", "06 Ankara", "０６"))
def test_a_province_in_every_form_people_write_it(places: Places, written: str) -> None:
    assert check(replace(GOOD, province=written), places).province_code == "06"


def test_a_district_is_checked_against_its_own_province(places: Places) -> None:
    # Merkezefendi is in Denizli (20), not in Ankara.
    wrong = check(replace(GOOD, district="Merkezefendi"), places)
    assert codes(wrong) == {"district.not_in_province"}
    right = check(replace(GOOD, province="Denizli", district="MERKEZEFENDİ"), places)
    assert right.ok and right.form.district == "Merkezefendi" and right.province_code == "20"
    assert check(replace(GOOD, district=""), places).ok  # central staff: no district


def test_several_problems_are_all_reported(places: Places) -> None:
    bad = InfoUpdateForm(tckn="12345678951", gsm="123", province="Atlantis")
    assert codes(check(bad, places)) == {
        "name.missing",
        "tckn.checksum",
        "gsm.shape",
        "province.unknown",
    }


@given(
    st.sampled_from(["", "0", "+90", "90", "+90 ", "0 "]),
    st.from_regex(r"5[0-9]{9}", fullmatch=True),
    st.sampled_from(["", " ", "-", "."]),
)
def test_every_gsm_form_normalises_to_ten_digits(prefix: str, ten: str, sep: str) -> None:
    spaced = sep.join([ten[:3], ten[3:6], ten[6:8], ten[8:]]) if sep else ten
    places = Places.of([("06", "Ankara", "Çankaya")])
    result = check(replace(GOOD, gsm=prefix + spaced, district=""), places)
    assert result.form.gsm == ten and "gsm.shape" not in codes(result)


def test_every_problem_has_a_sentence_in_both_languages(qapp) -> None:
    import re

    from PySide6.QtCore import QCoreApplication

    from mebposta_admin.domain import info_update
    from mebposta_admin.i18n import install_translators
    from mebposta_admin.texts.labels import problem_text

    source = Path(info_update.__file__).read_text(encoding="utf-8")
    used = set(re.findall(r'problem\(\s*[^,()]+,\s*"([\w.]+)"', source))
    assert len(used) >= 14
    assert all(problem_text(code) != code for code in used)
    translators = install_translators(qapp, "tr")
    try:
        assert problem_text("tckn.checksum").startswith("TCKN")
        assert (
            problem_text("gsm.shape")
            != "The GSM number is not a Turkish mobile number (5XXXXXXXXX)."
        )
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        install_translators(qapp, "en")
