"""Administrator password strength (the CLI and the GUI refuse weak ones).

Strength is estimated with zxcvbn (Dropbox's estimator, maintained Python port): it knows
common passwords, keyboard walks, repeats, dates and l33t substitutions, which a "three kinds
of characters" rule does not (``Password12``, ``Parola2026!`` and ``Aa1!Aa1!Aa`` all passed
that rule). It is told the words an attacker would try first here: the user name, the
administrator's own name and the ministry's words.
"""

from __future__ import annotations

from mebposta_admin.domain.folding import fold

MIN_LENGTH = 10
# zxcvbn scores 0..4; 4 = "very unguessable: strong protection from offline attack" (at least
# 10^10 guesses). These accounts reach 1.2 million mailboxes: 3 let "Meb123456!" through.
MIN_SCORE = 4
# Words an attacker tries first against a ministry's administrators.
CONTEXT_WORDS = (
    "meb",
    "mebposta",
    "posta",
    "eposta",
    "parola",
    "sifre",
    "şifre",
    "yonetici",
    "yönetici",
    "admin",
    "mebbis",
    "milli",
    "egitim",
    "eğitim",
    "bakanlik",
    "bakanlık",
    "ogretmen",
    "öğretmen",
    "okul",
)


def weakness(password: str, username: str = "", display_name: str = "") -> str | None:
    """Return an error code when ``password`` is too weak, else None."""
    if len(password) < MIN_LENGTH:
        return "password.too_short"
    folded = fold(password)
    names = [w for w in (fold(username), *fold(display_name).split()) if len(w) >= 3]
    if any(name in folded for name in names):
        return "password.contains_username"
    from zxcvbn import zxcvbn  # imported when a password is set, not at start-up

    inputs = [*CONTEXT_WORDS, *names, username, display_name]
    result = zxcvbn(password[:100], user_inputs=[w for w in inputs if w])
    if int(result["score"]) < MIN_SCORE:
        return "password.guessable"
    return None
