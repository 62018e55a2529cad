"""Saved e-mail (.eml, message/rfc822): the body a person reads, from the MIME structure.

The standard library's ``email`` package decodes quoted-printable and base64 and the part's
charset. Of a multipart/alternative the plain text is taken, else the HTML as text; a forwarded
message attached as message/rfc822 gives its own body (after the forwarder's note); an appeal
sent as an attached PDF, Word file or web page is read too when the body says little.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable
from email.message import EmailMessage, Message

from composer.model.importer.result import UAImportError

_HEADER_RE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]*\S", re.MULTILINE)
_MAIL_HEADERS = (
    b"from:",
    b"to:",
    b"subject:",
    b"date:",
    b"mime-version:",
    b"content-type:",
    b"received:",
    b"return-path:",
    b"message-id:",
    b"delivered-to:",
    b"reply-to:",
    b"cc:",
    b"x-",
)
_PREFIX_RE = re.compile(
    r"^\s*(?:(?:fwd?|fw|tr|wg|rv|re|aw|sv|vs|doorst|antw|rif|enc)\s*:\s*|\[[^\]]{0,30}\]\s*)+",
    re.IGNORECASE,
)
MAX_PARTS = 200
MAX_DEPTH = 5
SHORT_BODY = 400  # characters: a covering note, not the appeal


def _without_mbox_line(data: bytes) -> bytes:
    """A message saved from a mailbox file starts with a 'From sender date' line."""
    data = data.lstrip()
    if data.startswith(b"From ") and b"\n" in data[:1000]:
        return data.split(b"\n", 1)[1]
    return data


def looks_like_mail(data: bytes) -> bool:
    """Bytes that start with a block of RFC 822 headers (From:, Subject:, MIME-Version: ...)."""
    head = _without_mbox_line(data)[:4000]
    block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0]
    lines = [line for line in block.splitlines() if line and line[:1] not in b" \t"]
    if len(lines) < 2 or not all(_HEADER_RE.match(line) for line in lines):
        return False
    known = sum(1 for line in lines if line.lower().startswith(_MAIL_HEADERS))
    return known >= 2


def mail_text(data: bytes, read_attachment: Callable[[bytes, str], str]) -> tuple[str, str]:
    """(the text a reader sees, the subject of the innermost forwarded message)."""
    try:
        message = email.message_from_bytes(_without_mbox_line(data), policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; this is a last resort
        raise UAImportError.coded("import.mail-unreadable") from exc
    reader = _Reader(read_attachment)
    text = reader.body(message, 0)
    subject = reader.subject or str(message.get("subject", "") or "")
    if not text.strip():
        raise UAImportError.coded("import.mail-empty")
    return text, clean_subject(subject)


def clean_subject(subject: str) -> str:
    """'Fwd: TR: [UA-list] Urgent Action: ...' -> 'Urgent Action: ...'."""
    return " ".join(_PREFIX_RE.sub("", subject).split())


class _Reader:
    def __init__(self, read_attachment: Callable[[bytes, str], str]) -> None:
        self.read_attachment = read_attachment
        self.subject = ""
        self.parts = 0

    def body(self, part: Message, depth: int) -> str:
        self.parts += 1
        if depth > MAX_DEPTH or self.parts > MAX_PARTS:
            return ""
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner = part.get_payload()
            inner = inner[0] if isinstance(inner, list) and inner else inner
            if isinstance(inner, Message):
                if inner.get("subject"):
                    self.subject = str(inner.get("subject"))
                return self.body(inner, depth + 1)
            return ""
        if part.is_multipart():
            children = [c for c in part.get_payload() if isinstance(c, Message)]
            if ctype == "multipart/alternative":
                for want in ("text/plain", "text/html"):
                    for child in children:
                        if child.get_content_type() == want or (
                            child.is_multipart() and want == "text/plain"
                        ):
                            text = self.body(child, depth + 1)
                            if text.strip():
                                return text
                return ""
            texts: list[str] = []
            attached: list[str] = []
            for child in children:
                if _is_attachment(child) and child.get_content_type() != "message/rfc822":
                    text = self._attachment(child)
                    if text.strip():
                        attached.append(text)
                    continue
                text = self.body(child, depth + 1)
                if text.strip():
                    texts.append(text.strip())
            body = "\n\n".join(texts)
            if attached and len(body) < SHORT_BODY:
                return "\n\n".join([body, *attached]) if body else "\n\n".join(attached)
            return body
        if _is_attachment(part):
            return self._attachment(part)
        if ctype == "text/plain":
            return _decoded(part)
        if ctype == "text/html":
            from composer.model.importer.containers import html_to_text

            return html_to_text(_decoded(part))[0]
        return ""

    def _attachment(self, part: Message) -> str:
        name = part.get_filename() or ""
        if not re.search(r"\.(pdf|docx|txt|html?|eml)$", name, re.IGNORECASE):
            return ""
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            return ""
        try:
            return self.read_attachment(payload, name)
        except UAImportError:
            return ""


def _is_attachment(part: Message) -> bool:
    disposition = str(part.get("content-disposition", "")).lower()
    return disposition.startswith("attachment") or (
        bool(part.get_filename()) and not part.get_content_type().startswith("text/plain")
    )


def _decoded(part: Message) -> str:
    """The part's text, its transfer encoding and charset undone."""
    if isinstance(part, EmailMessage):
        try:
            content = part.get_content()
            if isinstance(content, str):
                return content
        except (LookupError, UnicodeError, ValueError, AssertionError):
            pass
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset)
    except (LookupError, UnicodeDecodeError):
        from composer.model.importer.containers import decode_text

        try:
            return decode_text(payload)
        except UAImportError:
            return payload.decode("latin-1")
