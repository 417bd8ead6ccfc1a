"""Generated e-mail passwords: fresh, easy to type, of the chosen form."""

from __future__ import annotations

from mebposta_admin.domain.mail_passwords import DIGITS, LOWER, UPPER, PasswordStyle, generate
from mebposta_admin.services.mail_backend import HashScheme, dovecot_hash, verify


def test_easy_passwords_avoid_look_alikes() -> None:
    passwords = {generate() for _ in range(500)}
    assert len(passwords) == 500  # a fresh one every time
    for password in passwords:
        assert len(password) == 10
        assert set(password) <= set(LOWER + UPPER + DIGITS)
        assert not set(password) & set("0O1lIiı")


def test_numeric_form_of_the_manual() -> None:
    password = generate(PasswordStyle.NUMERIC)
    assert len(password) == 8 and password.isdigit()


def test_hash_schemes_round_trip_with_dovecot_prefixes() -> None:
    for scheme, prefix in (
        (HashScheme.ARGON2ID, "{ARGON2ID}$argon2id$"),
        (HashScheme.BLF_CRYPT, "{BLF-CRYPT}$2b$"),
        (HashScheme.SHA512_CRYPT, "{SHA512-CRYPT}$6$"),
    ):
        stored = dovecot_hash("Kx7pQ2mZr9", scheme)
        assert stored.startswith(prefix)
        assert verify(stored, "Kx7pQ2mZr9") and not verify(stored, "Kx7pQ2mZr8")
