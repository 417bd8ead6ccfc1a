"""The mail system's own messages, quoted exactly as callers see them on the password screen.

These are quotations from the Turkish website (seed/mail-system-user-manual.tr.txt), so they are
shown verbatim in every interface language and never translated.
"""

from __future__ import annotations

from enum import StrEnum


class PasswordScreenMessage(StrEnum):
    TCKN_INVALID = "TC Kimlik numarası hatalı"
    GSM_FORMAT = "Lütfen GSM Numaranızı 5XXXXXXXXX şeklinde giriniz."
    MISMATCH = (
        "TC Kimlik numarası ile cep telefonu bilgisi eşleşmemektedir. Bilgilerinizin eksik ya da "
        "hatalı olduğunu düşünüyorsanız buradan güncelleyebilirsiniz"
    )
    NONE = ""  # both valid and matching: the screen sends the SMS


INFO_UPDATE_FORM_URL = "https://posta.meb.gov.tr/bilgiguncelleme/bilgiGuncelleme.aspx"
