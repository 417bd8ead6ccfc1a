"""The MEBBİS HTTP contract against a real local server: found, 404, errors, timeouts, junk."""

from __future__ import annotations

import pytest

from mebposta_admin.services.directory import DirectoryUnavailable, HttpDirectory
from tests.support.portal import TOKEN, PortalServer

TCKN = "10000000146"
RECORD = {
    "tckn": TCKN,
    "first_name": "Ayşe",
    "last_name": "Yılmaz",
    "gsm": "0532 111 22 33",
    "institution_code": "123456",
    "institution_name": "Çankaya İlkokulu",
    "province_code": "6",
    "district": "Çankaya",
    "active": True,
}


@pytest.fixture
def mebbis():
    server = PortalServer(personnel={TCKN: RECORD}).start()
    yield server
    server.stop()


def test_found_and_unknown(mebbis) -> None:
    client = HttpDirectory(mebbis.url, TOKEN)
    found = client.lookup(TCKN)
    assert found is not None
    assert (found.gsm, found.province_code, found.active) == ("5321112233", "06", True)
    assert client.lookup("12345678950") is None  # 404: MEBBİS does not know this person
    assert client.lookup("12345678951") is None  # invalid: never sent
    assert mebbis.requests == [f"/api/v1/personnel/{TCKN}", "/api/v1/personnel/12345678950"]


@pytest.mark.parametrize(
    ("fault", "code"),
    [("500", "mebbis.http_error"), ("garbage", "mebbis.bad_answer"), ("slow", "mebbis.timeout")],
)
def test_faults_are_named(mebbis, fault, code) -> None:
    mebbis.faults = [fault]
    with pytest.raises(DirectoryUnavailable) as caught:
        HttpDirectory(mebbis.url, TOKEN, timeout=(1.0, 0.5)).lookup(TCKN)
    assert caught.value.code == code


def test_token_and_unreachable(mebbis) -> None:
    with pytest.raises(DirectoryUnavailable) as caught:
        HttpDirectory(mebbis.url, "wrong").lookup(TCKN)
    assert caught.value.code == "mebbis.refused_token"
    with pytest.raises(DirectoryUnavailable) as caught:
        HttpDirectory("http://127.0.0.1:9", TOKEN).lookup(TCKN)
    assert caught.value.code == "mebbis.unreachable"


def test_an_answer_about_someone_else_is_refused(mebbis) -> None:
    mebbis.personnel["12345678950"] = dict(RECORD)  # carries TCKN, not the one asked
    with pytest.raises(DirectoryUnavailable) as caught:
        HttpDirectory(mebbis.url, TOKEN).lookup("12345678950")
    assert caught.value.code == "mebbis.bad_answer"
