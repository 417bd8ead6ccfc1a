"""The person view: scope, masking, audited reveals, and the caller check's three messages."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from mebposta_admin.demo.seed import DEMO_PASSWORD
from mebposta_admin.domain.manual import PasswordScreenMessage as Msg
from mebposta_admin.errors import AppError, PermissionDenied
from mebposta_admin.services import auth, people
from mebposta_admin.services.people import Field, NextStep
from tests.support.people import add_person

TCKN = "10000000146"
GSM = "5321234512"


@pytest.fixture
def person(seeded_db) -> int:
    return add_person(
        seeded_db,
        "İsmail",
        "Öztürk",
        province="06",
        district="Çankaya",
        tckn=TCKN,
        gsm=GSM,
        address="ismail.ozturk@meb.gov.tr",
        aliases=("iozturk@meb.k12.tr",),
    )


def who(db, username: str):
    return auth.authenticate(db, username, DEMO_PASSWORD)


def audit_rows(db, action: str) -> list[tuple[str, str, str]]:
    with db.engine.connect() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                sa.text(
                    "SELECT admin_username, outcome, details FROM audit_events"
                    " WHERE action = :a ORDER BY id"
                ),
                {"a": action},
            )
        ]


def test_detail_is_masked_and_complete(seeded_db, person: int) -> None:
    detail = people.get_person(seeded_db, who(seeded_db, "il06"), person)
    assert (detail.tckn_masked, detail.gsm_masked) == ("100******46", "5** *** ** 12")
    assert (detail.province_name, detail.district_name) == ("Ankara", "Çankaya")
    assert detail.mailbox is not None and detail.mailbox.address == "ismail.ozturk@meb.gov.tr"
    assert detail.mailbox.aliases == ("iozturk@meb.k12.tr",)
    assert detail.mailbox.quota_bytes == 500 * 1024 * 1024
    assert detail.can_reveal
    assert TCKN not in repr(detail) and GSM not in repr(detail)


def test_out_of_scope_is_refused_and_audited(seeded_db, person: int) -> None:
    with pytest.raises(PermissionDenied):
        people.get_person(seeded_db, who(seeded_db, "il07"), person)
    with pytest.raises(PermissionDenied):
        people.reveal(seeded_db, who(seeded_db, "il07"), person, Field.TCKN)
    assert [r[:2] for r in audit_rows(seeded_db, "person.view")] == [("il07", "refused")]
    assert [r[:2] for r in audit_rows(seeded_db, "person.reveal")] == [("il07", "refused")]


def test_reveal_is_audited_without_the_value(seeded_db, person: int) -> None:
    admin = who(seeded_db, "ilce0601")
    assert people.reveal(seeded_db, admin, person, Field.TCKN) == TCKN
    assert people.reveal(seeded_db, admin, person, Field.GSM) == "+90 532 123 45 12"
    rows = audit_rows(seeded_db, "person.reveal")
    assert [(u, o) for u, o, _ in rows] == [("ilce0601", "success")] * 2
    assert all(TCKN not in d and "1234512" not in d for _, _, d in rows)
    assert '"field": "tckn"' in rows[0][2] and '"field": "gsm"' in rows[1][2]
    history = people.get_person(seeded_db, admin, person).history
    assert [e.action for e in history] == ["person.reveal", "person.reveal"]


def test_auditor_may_not_reveal(seeded_db, person: int) -> None:
    auditor = who(seeded_db, "denetci")
    assert not people.get_person(seeded_db, auditor, person).can_reveal
    with pytest.raises(PermissionDenied, match="permission.reveal"):
        people.reveal(seeded_db, auditor, person, Field.GSM)
    assert [r[:2] for r in audit_rows(seeded_db, "person.reveal")] == [("denetci", "refused")]


def test_no_gsm_on_file(seeded_db) -> None:
    pid = add_person(seeded_db, "Ece", "Numarasız", tckn="12345678950")
    admin = who(seeded_db, "yardim")
    assert people.get_person(seeded_db, admin, pid).gsm_masked is None
    with pytest.raises(AppError, match="person.no_gsm"):
        people.reveal(seeded_db, admin, pid, Field.GSM)
    check = people.caller_check(seeded_db, admin, pid, "12345678950", "5321234567")
    assert (check.message, check.next_step) == (Msg.MISMATCH, NextStep.ADD_MEBBIS_GSM)


@pytest.mark.parametrize(
    ("typed_tckn", "typed_gsm", "message", "step", "tckn_ok", "gsm_ok"),
    [
        ("10000000147", GSM, Msg.TCKN_INVALID, NextStep.CHECK_TCKN_DIGITS, None, None),
        ("1000000014", GSM, Msg.TCKN_INVALID, NextStep.CHECK_TCKN_DIGITS, None, None),
        (TCKN, "05321234512", Msg.GSM_FORMAT, NextStep.DROP_LEADING_ZERO, True, None),
        (TCKN, "532123451", Msg.GSM_FORMAT, NextStep.GSM_TEN_DIGITS, True, None),
        (TCKN, "5329999999", Msg.MISMATCH, NextStep.UPDATE_MEBBIS_GSM, True, False),
        ("12345678950", GSM, Msg.MISMATCH, NextStep.OTHER_PERSON, False, True),
        (TCKN, GSM, Msg.NONE, NextStep.SHOULD_WORK, True, True),
        (f" {TCKN} ", f"{GSM} ", Msg.NONE, NextStep.SHOULD_WORK, True, True),
        (  # an input method's full-width digits are the same digits
            TCKN.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
            GSM.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
            Msg.NONE,
            NextStep.SHOULD_WORK,
            True,
            True,
        ),
    ],
)
def test_caller_check(
    seeded_db, person, typed_tckn, typed_gsm, message, step, tckn_ok, gsm_ok
) -> None:
    check = people.caller_check(seeded_db, who(seeded_db, "il06"), person, typed_tckn, typed_gsm)
    assert (check.message, check.next_step) == (message, step)
    assert (check.tckn_matches, check.gsm_matches) == (tckn_ok, gsm_ok)
    [(_, outcome, details)] = audit_rows(seeded_db, "person.caller_check")
    assert outcome == "success" and TCKN not in details and GSM not in details


def test_manual_messages_are_quoted_exactly() -> None:
    """The three messages are the manual's words (markdown links and bold removed)."""
    import re
    from pathlib import Path

    path = (
        Path(__file__).resolve().parents[3] / "shared" / "seed" / "mail-system-user-manual.tr.txt"
    )
    if not path.exists():
        pytest.skip(f"the manual is not beside this checkout ({path})")
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", path.read_text(encoding="utf-8"))
    text = " ".join(text.replace("**", "").split())
    for message in (Msg.TCKN_INVALID, Msg.GSM_FORMAT, Msg.MISMATCH):
        assert message.value in text
