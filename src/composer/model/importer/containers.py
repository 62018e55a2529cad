"""Reading the containers an Urgent Action arrives in: bytes to text (encodings, PDF, e-mail)."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

from composer.model.importer.result import UAImportError
from composer.model.plain_text import DIRECTION_CONTROLS

MAX_FILE_BYTES = 10 * 1024 * 1024  # a UA PDF with photos is well under this
MAX_TEXT_CHARS = 150_000  # a UA is a few thousand characters; this is dozens of them
MAX_PDF_PAGES = 60


def decode_text(data: bytes) -> str:
    """Text as a Windows or Mac user may have saved it: UTF-8 (BOM or not), UTF-16 with BOM,
    else cp1252 (the usual Windows "ANSI"), else Latin-1. Refuses binary data."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UAImportError("the file says it is UTF-16 text but is not") from exc
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
        raise UAImportError(
            "this is not text or a PDF (it looks like a binary file); "
            "save the Urgent Action as text or PDF"
        )
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


def extract_pdf_text(data: bytes) -> str:
    """The text of a PDF, page after page (pypdf, imported only when needed)."""
    import io
    import logging
    import warnings

    try:
        from pypdf import PdfReader
        from pypdf.errors import FileNotDecryptedError, PdfReadError
    except ImportError as exc:  # pragma: no cover - pypdf is a dependency
        raise UAImportError("reading PDF files needs the pypdf package") from exc

    # pypdf reports what it repaired through logging (even as errors); the user gets one
    # clear message from us instead, so it is silenced while we read.
    pypdf_logger = logging.getLogger("pypdf")
    old_level = pypdf_logger.level
    pypdf_logger.setLevel(logging.CRITICAL + 1)
    pages: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as exc:
                    raise UAImportError("the PDF is encrypted; save an unprotected copy") from exc
                if not opened:
                    raise UAImportError(
                        "the PDF is protected by a password; save an unprotected copy first"
                    )
            count = len(reader.pages)
            if count > MAX_PDF_PAGES:
                raise UAImportError(f"the PDF has {count} pages; an Urgent Action has a few")
            total = 0
            for page in reader.pages:
                text = page.extract_text() or ""
                total += len(text)
                if total > MAX_TEXT_CHARS:
                    raise UAImportError("the PDF holds far more text than an Urgent Action")
                pages.append(text)
        except UAImportError:
            raise
        except FileNotDecryptedError as exc:
            raise UAImportError(
                "the PDF is protected by a password; save an unprotected copy first"
            ) from exc
        except (PdfReadError, Exception) as exc:
            raise UAImportError(f"the PDF is damaged or incomplete ({type(exc).__name__})") from exc
        finally:
            pypdf_logger.setLevel(old_level)
    text = "\n\f\n".join(pages)
    if not text.strip():
        raise UAImportError("no text could be read from the PDF (a scan or a damaged file?)")
    return text


# --------------------------------------------------------------------------- normalising


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
    r"^(from|sent|date|to|cc|bcc|subject|reply-to|de|envoyé|à|objet|asunto|para|enviado)\s*:\s*(.*)$",
    re.IGNORECASE,
)
_FORWARD_RE = re.compile(
    r"^(-{2,}\s*(forwarded message|original message|message transféré|"
    r"mensaje reenviado)\s*-{2,}|begin forwarded message:)\s*$",
    re.IGNORECASE,
)


def strip_mail(text: str) -> tuple[str, str]:
    """A forwarded or quoted e-mail as plain text: '> ' quoting and the header block go;
    the subject comes back for want of a better title."""
    lines = text.split("\n")
    quoted = [line for line in lines if line.strip()]
    if quoted and sum(1 for line in quoted if line.lstrip().startswith(">")) > 0.6 * len(quoted):
        lines = [re.sub(r"^\s*(>\s?)+", "", line) for line in lines]
    subject = ""
    out: list[str] = []
    in_header = True  # headers come first, or after a "forwarded message" line
    header_lines = 0
    for line in lines:
        if _FORWARD_RE.match(line.strip()):
            in_header, header_lines = True, 0
            continue
        match = _MAIL_HEADER_RE.match(line.strip()) if in_header else None
        if match:
            header_lines += 1
            if match.group(1).lower() in ("subject", "objet", "asunto"):
                subject = re.sub(
                    r"^((fwd?|tr|rv|re)\s*:\s*)+", "", match.group(2), flags=re.IGNORECASE
                ).strip()
            continue
        if line.strip() or header_lines:
            in_header = False
        out.append(line)
    if header_lines < 2:  # a lone "To: ..." line is text, not a mail header
        return text, ""
    return "\n".join(out), subject


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
        elif tag in ("script", "style", "noscript", "template", "svg"):
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
        elif tag in ("script", "style", "noscript", "template", "svg"):
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
