"""Every error code a service raises has its sentence (else the user reads "Unexpected error")."""

from __future__ import annotations

import re
from pathlib import Path

from mebposta_admin.texts.errors import TEXTS

ROOT = Path(__file__).resolve().parents[2] / "mebposta_admin"
RAISED = re.compile(
    r"\b(?:AppError|ValidationFailed|PermissionDenied|DatabaseError|AuthError|SmsError|"
    r"FeedError|DirectoryUnavailable|ExcelError)\(\s*\"([a-z_]+(?:\.[a-z_]+)+)\""
)


def test_every_raised_code_has_a_sentence() -> None:
    missing = set()
    for path in ROOT.rglob("*.py"):
        for code in RAISED.findall(path.read_text(encoding="utf-8")):
            if code not in TEXTS:
                missing.add(f"{path.relative_to(ROOT)}: {code}")
    assert sorted(missing) == []


def test_the_scan_finds_codes() -> None:
    # the pattern itself works (a scan that finds nothing would pass the test above)
    assert "request.already_decided" in RAISED.findall('AppError(\n "request.already_decided",')
