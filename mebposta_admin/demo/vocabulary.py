"""What the demo is made of: names, schools, GSM prefixes, the demo administrators."""

from __future__ import annotations

import csv
import functools
import itertools
import logging
from dataclasses import dataclass

from mebposta_admin.domain.folding import fold
from mebposta_admin.domain.roles import Role
from mebposta_admin.models.mail import DEFAULT_QUOTA_BYTES
from mebposta_admin.paths import resource

log = logging.getLogger(__name__)


DEFAULT_DEMO_PEOPLE = 20_000
CHUNK = 50_000
PEOPLE_PER_SCHOOL = 17  # ~70 k institutions for 1.2 M staff (design.md §5)
DEMO_PASSWORD = "Demo.Parola-2026"
UNIT_QUOTA_BYTES = 2 * DEFAULT_QUOTA_BYTES

# Demo administrators: one of every role (username, display name, role, province, district).
DEMO_ADMINS: tuple[tuple[str, str, Role, str | None, str | None], ...] = (
    ("sistem", "Sistem Yöneticisi", Role.SUPERADMIN, None, None),
    ("yardim", "Yardım Masası Görevlisi", Role.HELPDESK, None, None),
    ("il06", "Ankara İl MEBBİS Yöneticisi", Role.PROVINCE_ADMIN, "06", None),
    ("il07", "Antalya İl MEBBİS Yöneticisi", Role.PROVINCE_ADMIN, "07", None),
    ("ilce0601", "Çankaya İlçe MEBBİS Yöneticisi", Role.DISTRICT_ADMIN, "06", "Çankaya"),
    ("denetci", "Denetçi", Role.AUDITOR, None, None),
)

# Province names of the demo administrators' scopes (shown on the sign-in screen in demo mode).
DEMO_ADMIN_PLACES = {"il06": "Ankara", "il07": "Antalya", "ilce0601": "Ankara"}

CENTRAL_UNITS: tuple[tuple[str, str], ...] = (
    ("pgm_tasra", "Personel Genel Müdürlüğü Taşra Atama"),
    ("pgm_merkez", "Personel Genel Müdürlüğü Merkez"),
    ("bidb_destek", "Bilgi İşlem Dairesi Destek"),
    ("tegm", "Temel Eğitim Genel Müdürlüğü"),
    ("ortaogretim", "Ortaöğretim Genel Müdürlüğü"),
    ("mtegm", "Mesleki ve Teknik Eğitim Genel Müdürlüğü"),
    ("strateji", "Strateji Geliştirme Başkanlığı"),
    ("rehberlik", "Özel Eğitim ve Rehberlik Hizmetleri Genel Müdürlüğü"),
)

_SCHOOL_NAMES = (
    "Atatürk",
    "Cumhuriyet",
    "Gazi",
    "Fatih",
    "Mimar Sinan",
    "Yunus Emre",
    "Mehmet Akif Ersoy",
    "İstiklal",
    "Şehit Öğretmen Aybüke Yalçın",
    "Kâzım Karabekir",
    "Barbaros",
    "Piri Reis",
    "Ziya Gökalp",
    "Namık Kemal",
    "Hacı Bektaş Veli",
    "Mevlana",
    "İnönü",
    "Fevzi Çakmak",
    "Şehit Ömer Halisdemir",
    "15 Temmuz Şehitleri",
    "Hasan Âli Yücel",
    "Nene Hatun",
    "Yahya Kemal",
    "Aşık Veysel",
    "Necip Fazıl Kısakürek",
    "Cahit Arf",
    "Aziz Sancar",
    "Ulubatlı Hasan",
    "Kanuni",
    "Yavuz Sultan Selim",
    "Alparslan",
    "Ertuğrul Gazi",
    "Çanakkale Şehitleri",
    "Kurtuluş",
    "Bahçelievler",
    "Yenimahalle",
    "Hürriyet",
    "Zafer",
    "Adalet",
    "Gülbahar Hatun",
    "Sakarya",
    "Dumlupınar",
    "Şehit Halil İbrahim",
    "Akşemsettin",
    "Bilge Kağan",
    "Kaşgarlı Mahmut",
    "Farabi",
    "İbn-i Sina",
    "Ali Kuşçu",
    "Uluğ Bey",
)
_SCHOOL_KINDS = (
    ("İlkokulu", 30),
    ("Ortaokulu", 25),
    ("Anaokulu", 8),
    ("Anadolu Lisesi", 12),
    ("Mesleki ve Teknik Anadolu Lisesi", 8),
    ("İmam Hatip Ortaokulu", 6),
    ("Anadolu İmam Hatip Lisesi", 4),
    ("Fen Lisesi", 1),
    ("Halk Eğitim Merkezi", 2),
    ("Bilim ve Sanat Merkezi", 1),
    ("Özel Eğitim Uygulama Okulu", 2),
    ("Öğretmenevi", 1),
)
_GSM_PREFIXES = (
    "530",
    "531",
    "532",
    "533",
    "535",
    "536",
    "537",
    "538",
    "539",
    "541",
    "542",
    "543",
    "544",
    "545",
    "546",
    "505",
    "506",
    "507",
    "551",
    "552",
    "553",
    "554",
    "555",
    "559",
    "501",
)
_OLD_DOMAIN = "meb.k12.tr"


@dataclass(frozen=True)
class _Names:
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    male_w: tuple[float, ...]
    female_w: tuple[float, ...]
    surname_w: tuple[float, ...]


@functools.lru_cache(maxsize=65536)
def _fold(name: str) -> str:
    """Names repeat endlessly in a seed: fold each distinct one once."""
    return fold(name)


def _load_names() -> _Names:
    lists: dict[str, list[tuple[int, str]]] = {"male": [], "female": [], "surname": []}
    with resource("data", "turkish_names.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lists[row["kind"]].append((int(row["rank"]), row["name"].strip()))

    def weighted(kind: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
        ranked = sorted(lists[kind])
        names = tuple(n for _, n in ranked)
        cum = tuple(itertools.accumulate(1.0 / (r**0.7) for r, _ in ranked))  # Zipf-like
        return names, cum

    male, mw = weighted("male")
    female, fw = weighted("female")
    surnames, sw = weighted("surname")
    return _Names(male, female, surnames, mw, fw, sw)
