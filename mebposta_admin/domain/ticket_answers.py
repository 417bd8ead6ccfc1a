"""Canned answers drawn from the mail system's manual (seed/mail-system-user-manual.tr.txt),
filled from the caller's mailbox. They go to the caller in Turkish, whatever the desk's
interface language, as the manual does; none ever holds a password (a password only goes by
SMS to the GSM on file).
"""

from __future__ import annotations

from dataclasses import dataclass

from mebposta_admin.domain.manual import INFO_UPDATE_FORM_URL, PasswordScreenMessage
from mebposta_admin.domain.tickets import Category

IMAP_HOST = "posta.meb.gov.tr"
IMAP_PORT = 993
SMTP_PORT = 587
WEBMAIL = "https://posta.meb.gov.tr"
QUOTA_MB = 500


@dataclass(frozen=True)
class Fill:
    """What the answer knows of the caller's mailbox ("" when nothing is linked)."""

    caller_name: str = ""
    address: str = ""
    quota_mb: int = QUOTA_MB
    used_mb: int | None = None  # from Dovecot when it could be asked
    old_addresses: tuple[str, ...] = ()
    number: str = ""


@dataclass(frozen=True)
class Answer:
    key: str
    title: str  # the desk's short name of it (Turkish, as the text)
    categories: tuple[Category, ...]
    text: str  # with {placeholders}


_GREETING = "Sayın {caller},\n\n"
_CLOSING = (
    "\n\nBaşka bir sorunuz olursa bu iletiyi yanıtlamanız yeterlidir; talep numaranız "
    "{number}.\n\nSaygılarımızla,\nMEB Yardım Masası"
)

ANSWERS: tuple[Answer, ...] = (
    Answer(
        "password",
        "Yeni e-posta şifresi alma",
        (Category.PASSWORD,),
        "E-posta programlarında (Outlook, mobil cihazlar) kullanacağınız şifreyi {webmail} "
        "adresindeki “Yeni E-posta Şifresi Al” bölümünden alabilirsiniz: “TCKN” alanına TC "
        "kimlik numaranızı, “GSM” alanına cep telefonu numaranızı başında 0 olmadan on hane "
        "olarak yazıp “GÖNDER” butonuna tıklayınız. E-posta adresiniz ve yeni şifreniz MEBBİS'te "
        "kayıtlı cep telefonunuza SMS ile gönderilir. MEBBİS şifreniz yalnızca web e-posta "
        "arayüzünde geçerlidir.{address_line}",
    ),
    Answer(
        "mismatch",
        "TCKN ile GSM eşleşmiyor",
        (Category.MISMATCH,),
        "Şifre ekranında “" + PasswordScreenMessage.MISMATCH.value + "” uyarısını alıyorsanız "
        "sistemde kayıtlı cep telefonu bilginiz eksik ya da hatalıdır. Önce MEBBİS → Bilgi "
        "Düzeltme ekranından cep telefonu bilginizi güncelleyiniz, ardından Kullanıcı Bilgi "
        "Güncelleme Formunu doldurunuz: " + INFO_UPDATE_FORM_URL + " . Talebiniz aynı gün "
        "içerisinde değerlendirilir.",
    ),
    Answer(
        "tckn_invalid",
        "TC Kimlik numarası hatalı",
        (Category.TCKN_INVALID,),
        "“" + PasswordScreenMessage.TCKN_INVALID.value + "” uyarısı, girilen TC kimlik "
        "numarasının geçerli olmadığını gösterir. Numaranızı 11 hane olarak, boşluksuz ve "
        "eksiksiz yazdığınızı kontrol ederek tekrar deneyiniz.",
    ),
    Answer(
        "gsm_format",
        "GSM biçimi",
        (Category.GSM_FORMAT,),
        "“" + PasswordScreenMessage.GSM_FORMAT.value + "” uyarısını alıyorsanız GSM alanına cep "
        "telefonu numaranızı başında “0” olmadan, on haneli olarak (5XXXXXXXXX) girerek tekrar "
        "deneyiniz.",
    ),
    Answer(
        "client_setup",
        "Outlook / iOS / Android kurulumu",
        (Category.CLIENT_SETUP,),
        "E-posta programınızda hesabınızı IMAP olarak tanımlayınız:\n"
        "• Kullanıcı adı: {address_or_hint}\n"
        "• Şifre alanı → SMS ile aldığınız e-posta şifresi (MEBBİS şifreniz değil)\n"
        "• Gelen sunucu (IMAP): {imap_host}, bağlantı noktası {imap_port}, güvenlik SSL/TLS\n"
        "• Giden sunucu (SMTP): {imap_host}, bağlantı noktası {smtp_port}, güvenlik STARTTLS, "
        "giden sunucu kimlik doğrulaması gerekir\n"
        "{platform_hint}",
    ),
    Answer(
        "old_mail",
        "Eski adresler ve eski postalar",
        (Category.OLD_MAIL,),
        "Eski sistemde kullandığınız adreslere gelen e-postalar yeni adresinize yönlendirilir, "
        "kaybolmaz.{old_line} Yine de iletişim bilgisi verirken yeni adresinizi "
        "({address_or_hint}) kullanınız.",
    ),
    Answer(
        "quota",
        "Posta kutusu kotası",
        (Category.QUOTA,),
        "Yeni e-posta sisteminde posta kutusu boyutu {quota_mb} MB'dır.{used_line} Kutunuz "
        "dolduğunda yeni ileti alamazsınız: gereksiz iletileri ve özellikle büyük ekli "
        "iletileri silip “Çöp Kutusu”nu boşaltınız ya da iletileri e-posta programınızla "
        "bilgisayarınıza arşivleyiniz.",
    ),
    Answer(
        "unit_account",
        "Birim hesapları",
        (Category.UNIT_ACCOUNT,),
        "İl ve ilçelerdeki birim hesaplarının (örneğin maarif07@meb.gov.tr) bilgileri ve "
        "kurulumu için il MEBBİS yöneticinizden destek alabilirsiniz. Merkez teşkilatındaki "
        "birim hesapları (örneğin pgm_tasra@meb.gov.tr) için posta@meb.gov.tr adresine ya da "
        "https://yardimmasasi.meb.gov.tr sayfasına yazınız. Birim hesabının şifresi birincil "
        "sorumlusunun MEBBİS'te kayıtlı cep telefonuna SMS ile gönderilir.",
    ),
)

_PLATFORM = {
    "outlook": "Outlook'ta: Dosya → Hesap Ekle → Gelişmiş seçenekler → “Hesabımı el ile "
    "ayarlamama izin ver” → IMAP.",
    "ios": "iPhone/iPad'de: Ayarlar → Mail → Hesaplar → Hesap Ekle → Diğer → Posta Hesabı "
    "Ekle → IMAP.",
    "android": "Android'de: Ayarlar → Cloud ve Hesaplar → Hesaplar → Hesap ekle → E-posta → "
    "Diğer → IMAP hesabı; güvenlik türü olarak SSL/TLS seçiniz.",
}


def by_key(key: str) -> Answer:
    for answer in ANSWERS:
        if answer.key == key:
            return answer
    raise KeyError(key)


def for_category(category: str | None) -> Answer | None:
    for answer in ANSWERS:
        if any(c.value == category for c in answer.categories):
            return answer
    return None


def fill(answer: Answer, data: Fill, platform: str | None = None) -> str:
    """The answer's text for this caller."""
    address_hint = data.address or "e-posta adresiniz (ad.soyad@meb.gov.tr)"
    values = {
        "caller": data.caller_name or "Kullanıcımız",
        "webmail": WEBMAIL,
        "imap_host": IMAP_HOST,
        "imap_port": IMAP_PORT,
        "smtp_port": SMTP_PORT,
        "quota_mb": data.quota_mb,
        "address_or_hint": address_hint,
        "address_line": (
            f" Sistemde kayıtlı e-posta adresiniz: {data.address}." if data.address else ""
        ),
        "used_line": (
            f" Şu anda kutunuzda yaklaşık {data.used_mb} MB kullanılmaktadır."
            if data.used_mb is not None
            else ""
        ),
        "old_line": (
            (" Eski adresiniz: " if len(data.old_addresses) == 1 else " Eski adresleriniz: ")
            + ", ".join(data.old_addresses)
            + "."
            if data.old_addresses
            else ""
        ),
        "platform_hint": _PLATFORM.get(platform or "", " ".join(_PLATFORM.values())),
        "number": data.number or "—",
    }
    return (_GREETING + answer.text + _CLOSING).format(**values).strip()
