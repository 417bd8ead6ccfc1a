"""Logs never hold TCKNs, GSMs or passwords (KVKK)."""

from __future__ import annotations

import logging
from pathlib import Path

from mebposta_admin import logging_setup


def test_redact_examples() -> None:
    text = (
        "tckn 10000000146 gsm 0532 123 45 67 and +905321234599 "
        "password=Gizli-Parola! url postgresql://u:s3cr3t@h/db"
    )
    out = logging_setup.redact(text)
    for secret in ("10000000146", "123 45 67", "5321234599", "Gizli-Parola!", "s3cr3t"):
        assert secret not in out
    assert "100******46" in out and "5** *** ** 67" in out


def test_log_file_is_redacted_including_exceptions(tmp_path: Path) -> None:
    path = logging_setup.configure(tmp_path, console=False)
    assert path is not None
    log = logging.getLogger("test.redaction")
    log.warning("caller %s with %s", "12345678950", "5321234567")
    try:
        raise ValueError("parola: Cok-Gizli-1 for 10000000146")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "caller 123******50 with 5** *** ** 67" in content
    assert "ValueError" in content
    for secret in ("12345678950", "5321234567", "Cok-Gizli-1", "10000000146"):
        assert secret not in content


# ---------------------------------------------------------------------------- every form
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from mebposta_admin.domain import gsm as gsm_rules  # noqa: E402
from mebposta_admin.domain import tckn as tckn_rules  # noqa: E402
from mebposta_admin.domain.search_query import parse  # noqa: E402

_SEPARATORS = st.text(alphabet=" -().", max_size=gsm_rules.MAX_SEPARATOR_RUN)
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_WORDS = st.text(alphabet="abcçğıöşüİ ,:;!?", max_size=20)


@st.composite
def _spaced(draw, digits: str) -> str:
    text = "".join(ch + draw(_SEPARATORS) for ch in digits[:-1]) + digits[-1]
    return text.translate(_FULLWIDTH) if draw(st.booleans()) else text


@st.composite
def gsm_forms(draw):
    number = "5" + draw(st.text(alphabet="0123456789", min_size=9, max_size=9))
    prefix = draw(st.sampled_from(["", "0", "90", "+90", "+90 ", "(0", "0 (", "+ 90"]))
    form = draw(_spaced(prefix.replace(" ", "") + number)) if prefix else draw(_spaced(number))
    if prefix in ("+90 ", "(0", "0 (", "+ 90"):
        form = prefix + draw(_spaced(number))
    return number, form


@st.composite
def tckn_forms(draw):
    nine = str(draw(st.integers(100_000_000, 999_999_999)))
    value = nine + tckn_rules.check_digits(nine)
    return value, draw(_spaced(value))


@settings(max_examples=400, deadline=None)
@given(gsm_forms(), _WORDS, _WORDS)
def test_every_gsm_form_the_parsers_accept_is_masked(case, before, after) -> None:
    number, form = case
    assert gsm_rules.normalize(form) == number  # the parser accepts it...
    plan = parse(form)
    assert plan.gsm == number  # ...and so does the search box
    out = logging_setup.redact(f"{before} {form} {after}")
    digits = "".join(ch for ch in out if ch.isdigit())
    assert number not in digits and number[:8] not in digits, out
    assert gsm_rules.mask(number) in out


@settings(max_examples=400, deadline=None)
@given(tckn_forms(), _WORDS, _WORDS)
def test_every_tckn_form_is_masked(case, before, after) -> None:
    value, form = case
    assert parse(form).tckn_exact == value  # the search box reads it as this TCKN
    out = logging_setup.redact(f"{before} {form} {after}")
    digits = "".join(ch for ch in out if ch.isdigit())
    assert value[3:9] not in digits, out
    assert tckn_rules.mask(value) in out


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ABCDEFGHJKLMNPRSTUVYZabcdefghjkmnprstuvyz23456789", min_size=6, max_size=12)
)
def test_the_sms_text_password_is_masked(password: str) -> None:
    from mebposta_admin.domain import sms

    text = sms.password_text("ayse.kaya@meb.gov.tr", password)
    out = logging_setup.redact(f"sending {text!r}")
    assert password not in out.replace("ayse.kaya@meb.gov.tr", "")
    assert "ayse.kaya@meb.gov.tr" in out


def test_longer_separator_runs_are_not_a_gsm() -> None:
    assert gsm_rules.normalize("0532    123 45 67") is None  # not a number anyone writes
    assert (
        gsm_rules.normalize("０５３２ １２３ ４５ ６７") == "5321234567"
    )  # full-width: normalised
