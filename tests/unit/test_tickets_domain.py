"""Tickets' pure rules: the category suggested from a caller's words, the identifiers found in
a message, the subject's ticket number, the password guard of replies, masking, canned answers,
and the SLA clocks in business time."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from mebposta_admin.domain import ticket_answers as answers
from mebposta_admin.domain import tickets as t
from mebposta_admin.domain.business_calendar import ISTANBUL, BusinessCalendar
from mebposta_admin.domain.manual import PasswordScreenMessage
from mebposta_admin.domain.ticket_sla import ClockState, Moment, Targets, TargetTable, compute


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the manual's three messages, as callers paste or retype them
        (PasswordScreenMessage.MISMATCH.value, t.Category.MISMATCH),
        ("TC KİMLİK NUMARASI İLE CEP TELEFONU BİLGİSİ EŞLEŞMEMEKTEDİR diyor", t.Category.MISMATCH),
        ("sifre alirken tc kimlik numarasi hatali uyarisi aliyorum", t.Category.TCKN_INVALID),
        (PasswordScreenMessage.GSM_FORMAT.value, t.Category.GSM_FORMAT),
        ("iPhone'uma maili kuramadım, sunucu ayarları nedir?", t.Category.CLIENT_SETUP),
        ("Outlook gelen sunucu ayarını yapamadım", t.Category.CLIENT_SETUP),
        ("Samsung telefonuma ANDROID kurulum", t.Category.CLIENT_SETUP),
        ("Posta kutum doldu, kota yetersiz", t.Category.QUOTA),
        ("eski postalarımı nilufer'den aktaramıyorum", t.Category.OLD_MAIL),
        ("maarif07 birim hesabının sorumlusu değişti", t.Category.UNIT_ACCOUNT),
        ("Şifremi unuttum, sms gelmedi", t.Category.PASSWORD),
        ("Merhaba, toplantı saat kaçta?", t.Category.OTHER),
    ],
)
def test_the_suggestion_follows_the_callers_words(text: str, category: t.Category) -> None:
    assert t.suggest_category(text).category is category


def test_a_suggestion_names_the_words_it_saw() -> None:
    found = t.suggest_category("Outlook'ta IMAP 993 ayarı")
    assert found.category is t.Category.CLIENT_SETUP
    assert {"outlook", "imap", "993"} <= set(found.matched)


def test_identifiers_in_every_form_callers_type() -> None:
    text = (
        "TC: 10000000146, cep 0532 111 22 33 ya da +90 (542) 000 11 22; eski adresim "
        "Ayse.Yilmaz@meb.gov.tr. Yanlış TC 12345678951 ve 123 olmaz."
    )
    found = t.identifiers_in(text)
    assert found.tckns == ("10000000146",)  # the invalid checksum is not a TCKN
    assert "5321112233" in found.gsms
    assert found.addresses == ("ayse.yilmaz@meb.gov.tr",)


def test_masking_hides_tckn_and_gsm_in_a_body() -> None:
    shown = t.mask_identifiers("TCKN 10000000146, GSM 05321112233")
    assert "10000000146" not in shown and "5321112233" not in shown
    assert "100******46" in shown and "5** *** ** 33" in shown


def test_the_ticket_number_survives_reply_prefixes() -> None:
    assert t.number_in("Ynt: RE: [YM-2026-000123] Şifre") == "YM-2026-000123"
    assert t.number_in("ym-2026-000007 hakkında") == "YM-2026-000007"
    assert t.number_in("2026 yılı") is None
    assert t.reply_subject("YM-2026-000123", "Ynt: [YM-2026-000123] Şifre") == (
        "Re: [YM-2026-000123] Şifre"
    )


@pytest.mark.parametrize(
    "text",
    [
        "MAIL ADRESİNİZ : ali.veli@meb.gov.tr ŞİFRENİZ : Kx9-mPq2 OLARAK GÜNCELLENMİŞTİR",
        "Yeni şifreniz: Abc12345",
        "parola = Gizli-2026",
        "password: hunter22",
    ],
)
def test_a_reply_carrying_a_password_is_recognised(text: str) -> None:
    assert t.carries_password(text)


def test_no_canned_answer_carries_a_password_or_a_placeholder() -> None:
    fill = answers.Fill(
        "Ayşe Yılmaz", "ayse.yilmaz@meb.gov.tr", 500, 312, ("ayse@meb.gov.tr",), "YM-2026-000001"
    )
    for answer in answers.ANSWERS:
        for platform in (None, "ios", "android", "outlook"):
            text = answers.fill(answer, fill, platform)
            assert not t.carries_password(text), answer.key
            assert "{" not in text and "}" not in text
            assert "YM-2026-000001" in text and "Ayşe Yılmaz" in text
    setup = answers.fill(answers.by_key("client_setup"), fill, "ios")
    assert "posta.meb.gov.tr" in setup and "993" in setup and "587" in setup
    assert "ayse.yilmaz@meb.gov.tr" in setup and "iPhone" in setup
    quota = answers.fill(answers.by_key("quota"), fill)
    assert "500 MB" in quota and "312 MB" in quota
    old = answers.fill(answers.by_key("old_mail"), fill)
    assert "ayse@meb.gov.tr" in old
    mismatch = answers.fill(answers.by_key("mismatch"), answers.Fill())
    assert PasswordScreenMessage.MISMATCH.value in mismatch and "bilgiGuncelleme" in mismatch


# ------------------------------------------------------------------------------ SLA
CAL = BusinessCalendar()
TWO_HOURS = Targets(first=2 * 3600, update=4 * 3600, solution=16 * 3600)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=ISTANBUL)  # December 2026


def test_business_time_skips_the_night_and_the_weekend() -> None:
    # Friday 4 December 16:00 → Monday 7 December 09:00: 1.5 h + 0.5 h
    assert CAL.business_seconds(at(4, 16), at(7, 9)) == 2 * 3600
    assert CAL.add_business(at(4, 16), 2 * 3600) == at(7, 9)


def test_a_new_ticket_friday_evening_breaches_monday_morning() -> None:
    created = at(4, 16)
    clocks = compute(created, [Moment(created, "caller")], TWO_HOURS, CAL, at(7, 8, 45))
    assert clocks.first.state is ClockState.WARNING  # 15 minutes of 2 hours left
    assert clocks.first.due == at(7, 9)
    assert clocks.next_breach == at(7, 9)
    later = compute(created, [Moment(created, "caller")], TWO_HOURS, CAL, at(7, 10))
    assert later.first.state is ClockState.BREACHED


def test_waiting_for_the_caller_pauses_the_clocks() -> None:
    created = at(1, 9)
    history = [
        Moment(created, "caller"),
        Moment(at(1, 9, 30), "response"),
        Moment(at(1, 9, 30), "status", "waiting"),
        Moment(at(2, 14), "status", "open"),  # a day and a half later
    ]
    clocks = compute(created, history, TWO_HOURS, CAL, at(2, 15))
    assert clocks.first.state is ClockState.MET
    # solution: 30 min before the pause, 1 h after it — the waiting day did not count
    assert clocks.solution.elapsed == pytest.approx(1.5 * 3600)
    paused = compute(created, history[:3], TWO_HOURS, CAL, at(3, 15))
    assert paused.solution.state is ClockState.PAUSED and paused.solution.due is None


def test_reopening_keeps_the_first_response_and_continues_the_solution() -> None:
    created = at(1, 9)
    history = [
        Moment(created, "caller"),
        Moment(at(1, 12), "response"),  # late: 3 h for a 2 h target
        Moment(at(1, 12), "status", "solved"),
        Moment(at(2, 10), "caller"),
        Moment(at(2, 10), "status", "open"),
    ]
    clocks = compute(created, history, TWO_HOURS, CAL, at(2, 11))
    assert clocks.first.state is ClockState.BREACHED and not clocks.first.ticking
    assert clocks.update.state is ClockState.RUNNING  # the caller waits again since 10:00
    assert clocks.update.elapsed == pytest.approx(3600)
    assert clocks.solution.elapsed == pytest.approx(4 * 3600)  # 3 h + 1 h; solved time excluded


def test_a_changed_calendar_moves_the_due_time() -> None:
    created = at(30, 16)  # Wednesday 30 December 16:00
    history = [Moment(created, "caller")]
    plain = compute(created, history, TWO_HOURS, CAL, at(30, 16, 5))
    closed = BusinessCalendar(closures=frozenset({at(31, 0).date()}))
    moved = compute(created, history, TWO_HOURS, closed, at(30, 16, 5))
    assert plain.first.due == at(31, 9)
    assert moved.first.due == datetime(2027, 1, 4, 9, 0, tzinfo=ISTANBUL)  # 1 Jan holiday, weekend


def test_targets_per_category_and_priority() -> None:
    table = TargetTable("normal=120/240/960; urgent=30/60/240; password:normal=60/0/480")
    assert table.of("password", "normal").first == 3600
    assert table.of("password", "normal").update == 0
    assert table.of("quota", "urgent").first == 1800
    assert table.of("quota", "low").first == 7200  # no "low": the normal targets
    for bad in ("normal=1/2", "sometimes=1/2/3", "nothing:normal=1/2/3", "normal"):
        with pytest.raises(ValueError):
            TargetTable(bad)


def test_throttle_counts_the_last_hour() -> None:
    now = at(1, 12)
    rule = t.Throttle(per_hour=3)
    assert not rule.exceeded([now - timedelta(minutes=m) for m in (5, 10)], now)
    assert rule.exceeded([now - timedelta(minutes=m) for m in (5, 10, 50)], now)
    assert not rule.exceeded([now - timedelta(minutes=m) for m in (5, 10, 70)], now)
