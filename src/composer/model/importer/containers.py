"""Reading the containers an Urgent Action arrives in: bytes to text (encodings, PDF, e-mail)."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

from composer.model.importer.result import UAImportError
from composer.model.plain_text import DIRECTION_CONTROLS

MAX_FILE_BYTES = 10 * 1024 * 1024  # a UA PDF with photos is well under this
MAX_TEXT_CHARS = 150_000  # a UA is a few thousand characters; this is dozens of them


def decode_text(data: bytes) -> str:
    """Text as a Windows or Mac user may have saved it: UTF-8 (BOM or not), UTF-16 with BOM,
    else cp1252 (the usual Windows "ANSI"), else Latin-1. Refuses binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UAImportError.coded("import.bad-utf16") from exc
    else:
        if _looks_utf16_without_bom(data):
            text = data.decode("utf-16-le" if data[1:2] == b"\0" else "utf-16-be", errors="replace")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    text = data.decode("cp1252")
                except UnicodeDecodeError:
                    text = data.decode("latin-1")
    if _is_binary(text):
        raise UAImportError.coded("import.binary")
    return text


def _looks_utf16_without_bom(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.4 * half and min(zeros_even, zeros_odd) < 0.05 * half


def _is_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ch < " " and ch not in "\n\r\t\f\v") or ch in "\ufffd\x7f")
    return "\0" in sample or bad > max(8, len(sample) // 50)


def read_container(data: bytes, source: str = "", depth: int = 0) -> tuple[str, str]:
    """The text of a file in any container a coordinator receives, and a title hint (the
    e-mail's subject): PDF, Word (.docx), saved e-mail (.eml), web page or plain text."""
    from composer.model.importer.mail import looks_like_mail, mail_text
    from composer.model.importer.pdf import extract_pdf_text
    from composer.model.importer.word import docx_text, looks_like_docx

    head = data.lstrip()[:8]
    if head[:5] == b"%PDF-":
        return extract_pdf_text(data), ""
    if looks_like_docx(data):
        return docx_text(data), ""
    if head[:4] == b"PK\x03\x04" or source.lower().endswith((".doc", ".odt", ".rtf")):
        raise UAImportError.coded("import.unknown-document")
    if looks_like_mail(data):

        def attachment(payload: bytes, name: str) -> str:
            if depth >= 2:
                return ""
            return read_container(payload, name, depth + 1)[0]

        return mail_text(data, attachment)
    return decode_text(data), ""


_SPACES: dict[int, str | None] = dict.fromkeys(
    map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t\v"),
    " ",
)
_SPACES.update(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None))
_SPACES.update(dict.fromkeys(map(ord, DIRECTION_CONTROLS), None))  # screen and paper agree
_SPACES.update({ord("\u2028"): "\n", ord("\u2029"): "\n\n"})


def normalise(text: str) -> str:
    """One newline style, plain spaces, no invisible characters, no trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACES)
    text = "".join(ch for ch in text if ch >= " " or ch in "\n\f")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


_MAIL_HEADER_RE = re.compile(
    r"^(from|sent|date|to|cc|bcc|subject|reply-to|de|envoyé|à|objet|asunto|para|enviado|"
    r"fecha|von|gesendet|an|betreff|datum|van|verzonden|aan|onderwerp)\s*:\s*(.*)$",
    re.IGNORECASE,
)
_SUBJECT_KEYS = ("subject", "objet", "asunto", "betreff", "onderwerp")
_FORWARD_RE = re.compile(
    r"^(-{2,}\s*(forwarded message|original message|message transféré|message d'origine|"
    r"mensaje reenviado|mensaje original|weitergeleitete nachricht|ursprüngliche nachricht|"
    r"doorgestuurd bericht|oorspronkelijk bericht)\s*-{2,}|begin forwarded message:)\s*$",
    re.IGNORECASE,
)


def strip_mail(text: str) -> tuple[str, str]:
    """A forwarded or quoted e-mail as plain text: '> ' quoting and the header block go;
    the subject comes back for want of a better title. The header block may follow a
    covering note or a page's furniture: two header lines in a row, one of them "From:" or
    "Subject:", start one."""
    lines = text.split("\n")
    quoted = [line for line in lines if line.strip()]
    unquoted = bool(quoted) and (
        sum(1 for line in quoted if line.lstrip().startswith(">")) > 0.6 * len(quoted)
    )
    if unquoted:
        lines = [re.sub(r"^\s*(>\s?)+", "", line) for line in lines]
    subject = ""
    out: list[str] = []
    in_header = True  # headers come first, or after a "forwarded message" line
    header_lines = 0
    for n, line in enumerate(lines):
        if _FORWARD_RE.match(line.strip()):
            in_header, header_lines = True, 0
            continue
        if not in_header and n < _HEADER_SEARCH_LINES and _starts_header_block(lines, n):
            in_header = True
        match = _MAIL_HEADER_RE.match(line.strip()) if in_header else None
        if match:
            header_lines += 1
            if match.group(1).lower() in _SUBJECT_KEYS:
                subject = re.sub(
                    r"^((fwd?|tr|rv|re)\s*:\s*)+", "", match.group(2), flags=re.IGNORECASE
                ).strip()
            continue
        if line.strip() or header_lines:
            in_header = False
        out.append(line)
    if header_lines < 2:  # a lone "To: ..." line is text, not a mail header
        return ("\n".join(lines), "") if unquoted else (text, "")
    return "\n".join(out), subject


_HEADER_SEARCH_LINES = 40


def _starts_header_block(lines: list[str], n: int) -> bool:
    """'From: ...' then 'Subject: ...' (any order, any of the five languages): a message's
    headers, pasted below a covering note."""
    pair = [_MAIL_HEADER_RE.match(x.strip()) for x in lines[n : n + 2]]
    if len(pair) < 2 or not all(pair):
        return False
    keys = {m.group(1).lower() for m in pair if m}
    return bool(keys & {"from", "de", "von", "van", *_SUBJECT_KEYS})


_HTML_START_RE = re.compile(
    r"^\s*(<!doctype html|<html|<head|<body|<meta|<div|<p[ >])", re.IGNORECASE
)
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "address",
    "hr",
    "dt",
    "dd",
    "figcaption",
    "title",
    "main",
    "aside",
    "nav",
}


# Never text of the appeal: code, and a site's navigation, forms, footers and side bars.
_SKIPPED_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "nav",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "iframe",
        "object",
        "canvas",
        "menu",
    }
)


class _HtmlText(HTMLParser):
    """A saved web page as text: blocks on their own lines, list items as bullets."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _SKIPPED_TAGS:
            self.skip += 1
        elif tag == "li":
            self.parts.append("\n\n• ")
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _SKIPPED_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(" ".join(data.split()) if data.strip() else " ")


def html_to_text(html: str) -> tuple[str, str]:
    """(the page's text, its <title>)."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = "\n".join(line.strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip(), " ".join("".join(parser.title).split())
