"""The password SMS: the manual's text, and how many SMS segments it costs.

Text (manual, "Yeni E-posta Şifresi Al"): ``MAIL ADRESİNİZ : <adres> ŞİFRENİZ : <şifre> OLARAK
GÜNCELLENMİŞTİR``. The operator appends its own code (the manual's ``B002``): it is never part of
our text.

Segments: with the gateway's ``encoding: "TR"`` Turkish letters travel in the GSM 7-bit Turkish
national language shift table, one escape each, so a single SMS holds 155 characters and a part
of a longer one 149 (the shift header takes room). Anything outside that set falls back to UCS-2:
70 characters, 67 per part.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = "^{}\\[~]|€"
TURKISH_SHIFT = "ğĞıİşŞç"  # reached through the Turkish single-shift table (Ç is basic)


@dataclass(frozen=True)
class SmsSize:
    characters: int
    segments: int
    encoding: str  # "GSM7-TR" or "UCS2"


def password_text(address: str, password: str) -> str:
    return f"MAIL ADRESİNİZ : {address} ŞİFRENİZ : {password} OLARAK GÜNCELLENMİŞTİR"


def size(text: str) -> SmsSize:
    if all(c in GSM7_BASIC or c in GSM7_EXTENDED or c in TURKISH_SHIFT for c in text):
        units = sum(2 if (c in GSM7_EXTENDED or c in TURKISH_SHIFT) else 1 for c in text)
        single, part = 155, 149
        encoding = "GSM7-TR"
    else:
        units = len(text)
        single, part = 70, 67
        encoding = "UCS2"
    segments = 1 if units <= single else math.ceil(units / part)
    return SmsSize(characters=len(text), segments=segments, encoding=encoding)


def gsm_change_notice(address: str) -> str:
    """The notice to the *old* GSM after an approved number change (issue 11): it names the
    mailbox and tells the person what to do if the change was not theirs. No password, no new
    number (the notice may be read by someone who has lost the phone to a thief)."""
    return (
        f"{address} E-POSTA HESABINIZA KAYITLI CEP TELEFONU NUMARANIZ DEĞİŞTİRİLDİ. "
        "BU İŞLEMİ SİZ YAPMADIYSANIZ KURUMUNUZUN MEBBİS YÖNETİCİSİNE HEMEN BAŞVURUNUZ."
    )
