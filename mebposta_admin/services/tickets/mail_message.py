"""A help-desk mail, read: headers decoded (RFC 2047, windows-1254, iso-8859-9 …), the text
(HTML-only mail turned into sanitised text: no scripts, no styles, no remote content), the
threading ids and the attachments — and a clear mark on whatever could not be read, never an
exception that would stop the intake on one bad message.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime

MAX_BODY = 200_000  # characters kept of one body (the rest is cut with a mark)
MAX_SUBJECT = 300
_MSGID = re.compile(r"<[^<>\s]{1,290}>")


@dataclass(frozen=True)
class Attachment:
    filename: str  # sanitised
    content_type: str
    size: int
    data: bytes | None  # None: over the limit or unreadable (``refused`` says which)
    refused: str | None = None


@dataclass(frozen=True)
class IncomingMail:
    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    sender_name: str
    sender_address: str  # lower-case; "" when the From header could not be read
    recipients: str
    sent_at: datetime | None
    body: str
    digest: str  # SHA-256 of the raw message: the key of mail without a Message-ID
    problems: tuple[str, ...] = ()
    attachments: tuple[Attachment, ...] = field(default_factory=tuple)
    auto_reply: bool = False  # an out-of-office or a bounce: joins, never opens a ticket

    @property
    def source_key(self) -> str:
        return f"mail:{self.message_id}" if self.message_id else f"mail:sha256:{self.digest}"


def _ids(value: str | None) -> list[str]:
    return _MSGID.findall(value or "")


_ESCAPED = re.compile("[\udc80-\udcff]+")


def _unescape(text: str) -> str:
    """Raw 8-bit header bytes (carried as surrogates) read as UTF-8 if they are, else as
    Turkish Windows (what old Outlook sends without declaring it), run by run."""

    def one(found: re.Match[str]) -> str:
        raw = found.group(0).encode("ascii", "surrogateescape")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("windows-1254", "replace")

    return _ESCAPED.sub(one, text)


def decode_words(value: object, problems: list[str], name: str) -> str:
    """A header's text: RFC 2047 encoded words decoded in their charsets, raw 8-bit bytes
    read as UTF-8 or windows-1254; what cannot be read is marked."""
    text = value if isinstance(value, str) else str(value)
    try:
        parts = decode_header(text)
        out = []
        for chunk, charset in parts:
            if isinstance(chunk, str):
                out.append(chunk)
                continue
            if charset is None:  # the text between encoded words, as it was
                out.append(chunk.decode("raw-unicode-escape"))
                continue
            try:
                out.append(chunk.decode(charset))
            except (LookupError, UnicodeDecodeError):
                try:
                    out.append(chunk.decode("utf-8"))
                except UnicodeDecodeError:
                    out.append(chunk.decode("windows-1254", "replace"))
                    problems.append(f"header_damaged:{name}")
        text = "".join(out)
    except (ValueError, LookupError, UnicodeError, AssertionError):
        problems.append(f"header_damaged:{name}")
    return _unescape(text)


def _header(msg: Message, name: str, problems: list[str]) -> str:
    key = name.lower()  # ascii: header names
    raw = _raw_headers(msg).get(key)
    if raw is None:
        return ""
    text = decode_words(raw, problems, key) if name in _WORDS else _unescape(str(raw))
    if "\ufffd" in text:
        problems.append(f"header_damaged:{key}")
    return " ".join(text.split())


def _raw_headers(msg: Message) -> dict[str, str]:
    """The first value of every header as it came (8-bit bytes kept as surrogates)."""
    cached = getattr(msg, "_mebposta_raw", None)
    if cached is None:
        cached = {}
        for name, value in msg.raw_items():
            cached.setdefault(name.lower(), str(value))  # ascii: header names
        msg._mebposta_raw = cached  # type: ignore[attr-defined]
    return cached


_WORDS = frozenset({"Subject", "From", "To", "Cc"})  # headers that carry encoded words
_RAW_NAME = re.compile(r'(?i)\b(?:file)?name\s*=\s*(?:"([^"]*)"|([^;\s]+))')


def _filename(part: Message, problems: list[str]) -> str | None:
    """An attachment's name: RFC 2231 and RFC 2047 forms decoded, raw 8-bit names read as
    UTF-8 or windows-1254 (the parameter parser would have turned them into U+FFFD)."""
    name = part.get_filename()
    if name and "\ufffd" in name:
        for header in ("content-disposition", "content-type"):
            raw = _raw_headers(part).get(header, "")
            found = _RAW_NAME.search(raw)
            if found:
                name = found.group(1) if found.group(1) is not None else found.group(2)
                break
    return decode_words(name, problems, "filename") if name else None


def safe_filename(name: str | None, fallback: str) -> str:
    """A file name that is only a name: no folders, no control characters, no leading dot,
    no Windows device name, at most 120 characters (the extension kept)."""
    text = unicodedata.normalize("NFC", name or "")
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    text = re.sub(r"[\x00-\x1f\x7f<>:\"|?*]", "_", text).strip(" .")
    if re.fullmatch(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\..*)?", text):
        text = "_" + text
    if not text:
        text = fallback
    if len(text) > 120:
        stem, dot, ext = text.rpartition(".")
        text = (stem[: 120 - len(ext) - 1] + "." + ext) if dot and len(ext) <= 10 else text[:120]
    return text


def html_to_text(html: str) -> str:
    """The readable text of an HTML mail: scripts, styles, forms and embedded objects dropped,
    links shown as their text with the address after it, images as their alt text (never
    loaded)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head", "iframe", "object", "embed", "form", "noscript"]):
        tag.decompose()
    for img in soup.find_all("img"):
        alt = img.get("alt")
        img.replace_with(f"[{alt}]" if alt else "")
    for link in soup.find_all("a"):
        href = link.get("href")
        text = link.get_text(" ", strip=True)
        if isinstance(href, str) and href.startswith(("http://", "https://", "mailto:")):
            shown = href.removeprefix("mailto:")
            link.replace_with(text if shown in text else f"{text} <{shown}>".strip())
    for br in soup.find_all("br"):
        br.replace_with("\n")
    text = soup.get_text("\n")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def _part_text(part: Message, problems: list[str]) -> str:
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    declared = part.get_content_charset() or "us-ascii"
    try:
        return raw.decode(declared)
    except LookupError:
        problems.append("charset_unknown")
    except UnicodeDecodeError:
        pass  # declared wrongly (often UTF-8 or windows-1254 said to be something else)
    for charset in ("utf-8", "windows-1254"):
        try:
            return raw.decode(charset)
        except UnicodeDecodeError:
            continue
    problems.append("charset_damaged")
    return raw.decode("utf-8", "replace")


def parse(raw: bytes, *, attachment_limit: int = 10 * 1024 * 1024) -> IncomingMail:
    """Read one message (the bytes an IMAP FETCH returned)."""
    problems: list[str] = []
    digest = hashlib.sha256(raw).hexdigest()
    try:
        # compat32: the structure without the header registry's parsing of every header
        # (three times faster here; the headers that carry words are decoded below)
        msg: Message = email.message_from_bytes(raw)
    except Exception:  # noqa: BLE001 - the parser itself gave up: keep the raw text
        text = raw.decode("utf-8", "replace")[:MAX_BODY]
        return IncomingMail(
            None, None, (), "", "", "", "", None, text, digest, ("mime_unreadable",)
        )
    if msg.defects:
        problems.append("mime_defects")
    message_ids = _ids(_header(msg, "Message-ID", problems))
    in_reply = _ids(_header(msg, "In-Reply-To", problems))
    references = tuple(_ids(_header(msg, "References", problems)))
    subject = _header(msg, "Subject", problems)[:MAX_SUBJECT]
    sender_name, sender_address = "", ""
    from_text = _header(msg, "From", problems)
    pairs = getaddresses([from_text]) if from_text else []
    if pairs and "@" in pairs[0][1]:
        sender_name, sender_address = (
            pairs[0][0].strip(),
            pairs[0][1].strip().lower(),  # ascii
        )  # ascii: addresses, codes
    else:
        problems.append("sender_unreadable")
    sent_at = None
    date_text = _header(msg, "Date", problems)
    if date_text:
        try:
            sent_at = parsedate_to_datetime(date_text)
            sent_at = sent_at.astimezone(UTC) if sent_at.tzinfo else sent_at.replace(tzinfo=UTC)
        except (TypeError, ValueError, IndexError):
            problems.append("date_unreadable")
    submitted = _header(msg, "Auto-Submitted", problems).lower()  # ascii: a keyword
    content_type = _header(msg, "Content-Type", problems).lower()  # ascii: a MIME type
    auto = (
        submitted.startswith("auto-")
        or bool(msg.get("X-Autoreply"))
        or content_type.startswith("multipart/report")
    )

    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    for index, part in enumerate(msg.walk() if msg.is_multipart() else [msg]):
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        disposition = part.get_content_disposition()
        filename = _filename(part, problems)
        if disposition == "attachment" or (filename and kind not in ("text/plain", "text/html")):
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else None
            name = safe_filename(filename, f"ek-{index}")
            if data is None:
                attachments.append(Attachment(name, kind, 0, None, "unreadable"))
                problems.append("attachment_unreadable")
            elif len(data) > attachment_limit:
                attachments.append(Attachment(name, kind, len(data), None, "too_large"))
                problems.append("attachment_too_large")
            else:
                attachments.append(Attachment(name, kind, len(data), data))
            continue
        if kind == "text/plain":
            plain.append(_part_text(part, problems))
        elif kind == "text/html":
            html.append(_part_text(part, problems))
    if plain:
        body = "\n\n".join(t.strip() for t in plain)
    elif html:
        body = "\n\n".join(html_to_text(h) for h in html)
        problems.append("html_only")
    else:
        body = ""
        if not attachments:
            problems.append("no_text")
    body = body.replace("\r\n", "\n").replace("\x00", "")
    if len(body) > MAX_BODY:
        body = body[:MAX_BODY] + "\n[…]"
        problems.append("body_cut")
    recipients = ", ".join(
        a for _, a in getaddresses([_header(msg, "To", problems), _header(msg, "Cc", problems)])
    )
    return IncomingMail(
        message_ids[0] if message_ids else None,
        in_reply[0] if in_reply else None,
        references,
        subject,
        sender_name,
        sender_address,
        recipients,
        sent_at,
        body,
        digest,
        tuple(dict.fromkeys(problems)),
        tuple(attachments),
        auto,
    )


def as_email(message: EmailMessage) -> bytes:
    """A message we send, as bytes (for tests and the sent copy)."""
    return message.as_bytes(policy=email.policy.SMTP)
