"""Reading an Urgent Action (web-page text, e-mail text or PDF) into a Case, with warnings.

Two real shapes are known (shared/samples): a section's web page ("urging him to:" bullets,
"Write to:", "Salutation:", headed background sections, "until November 1, 2024") and the
international UA PDF ("URGENT ACTION" heading, a recipient block ending with "Salutation:", a model
letter, "PREFERRED LANGUAGE TO ADDRESS TARGET", "PLEASE TAKE ACTION ... UNTIL:", "ADDITIONAL
INFORMATION"). The parser finds each part by its marker, not its position, so pasted, reflowed or
re-ordered text still imports. Text it cannot place goes into the background, never into the bin.

Everything here is linear in the size of the text, and input is capped (MAX_FILE_BYTES,
MAX_TEXT_CHARS), so an import returns quickly even for hostile input.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from composer.model.case import CASE_ID_RE, BackgroundSection, Case, Demand, Localized, Recipient

MAX_FILE_BYTES = 10 * 1024 * 1024  # a UA PDF with photos is well under this
MAX_TEXT_CHARS = 150_000  # a UA is a few thousand characters; this is dozens of them
MAX_PDF_PAGES = 60
UNPLACED_HEADING = "Other text from the Urgent Action"


class UAImportError(ValueError):
    """The input cannot be read as an Urgent Action at all; the message is one clear line."""


class WarningKind(StrEnum):
    MISSING = "missing"  # not found; the field is empty or a placeholder
    DOUBTFUL = "doubtful"  # found, but the importer guessed
    DERIVED = "derived"  # built from other text (demands from the model letter)


@dataclass(frozen=True)
class ImportWarning:
    """One field the importer could not find, or found doubtfully."""

    field: str  # "title", "demands", "recipients[0].country", ...
    message: str
    kind: WarningKind = WarningKind.MISSING

    @property
    def top_field(self) -> str:
        """The case field this warning is about: "recipients" for "recipients[0].country"."""
        return re.split(r"[.\[]", self.field, maxsplit=1)[0]

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


@dataclass(frozen=True)
class ImportResult:
    case: Case
    warnings: tuple[ImportWarning, ...] = ()

    def warned_fields(self) -> set[str]:
        """Top-level case fields with a warning (for highlighting in a review)."""
        return {w.top_field for w in self.warnings}


# --------------------------------------------------------------------------- reading bytes


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


def import_bytes(data: bytes, *, source: str = "", taken_ids: Collection[str] = ()) -> ImportResult:
    """Import from the bytes of a text or PDF file."""
    if len(data) > MAX_FILE_BYTES:
        raise UAImportError(
            f"the file is {len(data) / 1e6:.0f} MB; an Urgent Action is far "
            f"smaller (at most {MAX_FILE_BYTES // (1024 * 1024)} MB)"
        )
    if not data.strip():
        raise UAImportError("the file is empty")
    text = extract_pdf_text(data) if data.lstrip()[:5] == b"%PDF-" else decode_text(data)
    return import_text(text, source=source, taken_ids=taken_ids)


def import_file(path: Path, *, taken_ids: Collection[str] = ()) -> ImportResult:
    """Import the Urgent Action in a text or PDF file; UAImportError says why it cannot."""
    path = Path(path)
    try:
        if path.is_dir():
            raise UAImportError(f"{path} is a folder, not a file")
        if not path.exists():
            raise UAImportError(f"no such file: {path}")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UAImportError(
                f"{path.name} is {size / 1e6:.0f} MB; an Urgent Action is far "
                f"smaller (at most {MAX_FILE_BYTES // (1024 * 1024)} MB)"
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UAImportError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return import_bytes(data, source=path.name, taken_ids=taken_ids)


# --------------------------------------------------------------------------- normalising


_SPACES: dict[int, str | None] = dict.fromkeys(
    map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t\v"),
    " ",
)
_SPACES.update(dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None))
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


def _plain(text: str) -> str:
    """For matching markers: straight quotes, single spaces, lower case."""
    return " ".join(text.translate(_QUOTES).lower().split())


_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2032": "'",
        "\u00b4": "'",
        "\u2013": "-",
        "\u2014": "-",
    }
)


# --------------------------------------------------------------------------- patterns

_BULLET_RE = re.compile(
    r"^\s*(?:[•◦▪▫‣⁃∙·●○■□➢➤►▶✓✔\-–—*+]|\(?\d{1,2}[.)]|\(?[a-h][.)]|\(?[ivx]{1,4}[.)])\s+(\S.*)$"
)
_UA_META_RE = re.compile(
    r"(?:\bUA\b|urgent action)\s*(?:number|no\.?)?\s*:?\s*(\d{1,4}/\d{2,4})", re.IGNORECASE
)
_INDEX_RE = re.compile(
    r"\bIndex\s*(?:number|no\.?)?\s*:?\s*([A-Z]{2,4}\s*\d{1,3}/\d{3,5}/\d{4})", re.IGNORECASE
)
_PAGE_NUMBER_RE = re.compile(
    r"^(?:page\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:/|of)\s*\d{1,3})?$", re.IGNORECASE
)
_HEADER_LINE_RE = re.compile(
    r"(further information on ua|\bindex\s*:|^(first|second|third|fourth|fifth|\w+) ua\s*:"
    r"|issue date\s*:)",
    re.IGNORECASE,
)
_WRITE_TO_RE = re.compile(
    r"^(?:please\s+)?(?:write|send\s+(?:your\s+)?(?:letters?|appeals?|messages?)|appeals?|address)"
    r"(?:\s+(?:to|a letter to))?\s*:\s*(.*)$",
    re.IGNORECASE,
)
_SALUTATION_RE = re.compile(r"^(?:suggested\s+)?salutations?\s*:\s*(.*)$", re.IGNORECASE)
_COPIES_RE = re.compile(
    r"^(?:and\s+|please\s+)?(?:also\s+)?(?:send\s+)?(?:a\s+)?cop(?:y|ies)\s+(?:to|of)\b[^:]{0,80}:\s*(.*)$",
    re.IGNORECASE,
)
_LANGUAGE_RE = re.compile(
    r"^(?:preferred\s+languages?(?:\s+to\s+address\s+(?:the\s+)?targets?)?|languages?)\s*:\s*(.*)$",
    re.IGNORECASE,
)
_DEADLINE_HINT_RE = re.compile(
    r"(as soon as possible|\buntil\b|\bdeadline\b|\bno later than\b|\bbefore\b)", re.IGNORECASE
)
_ADDITIONAL_RE = re.compile(r"^additional information\s*:?\s*$", re.IGNORECASE)
_URGENT_ACTION_RE = re.compile(r"^urgent action\s*:?\s*$", re.IGNORECASE)
_NAME_RE = re.compile(r"^names?(?:\s+and\s+(?:pronouns?|gender))?\s*:\s*(.+)$", re.IGNORECASE)
_GENDER_RE = re.compile(r"^gender\b.*:", re.IGNORECASE)
_CONTACT_RE = re.compile(
    r"^(e-?mail|courriel|correo|fax|tel(?:ephone)?|phone|twitter|facebook|instagram|web(?:site)?)"
    r"\s*:\s*(.*)$",
    re.IGNORECASE,
)
_LETTER_START_RE = re.compile(
    r"^(dear|estimad[oa]s?|señora?|monsieur|madame|your excellency|excelent[ií]sim[oa]|"
    r"sehr geehrte|prezad[oa])\b",
    re.IGNORECASE,
)
_LETTER_END_RE = re.compile(
    r"^(yours\s+(sincerely|faithfully|truly)|sincerely|respectfully|kind regards|best regards|"
    r"atentamente|cordialement|veuillez agréer|mit freundlichen)",
    re.IGNORECASE,
)
_DEMAND_SENTENCE_RE = re.compile(
    r"\b(?:I|we)\s+(?:therefore\s+|also\s+|respectfully\s+|strongly\s+)?(?:urge|call on|call upon|"
    r"ask|request|implore)\s+(?:you|the authorities)\s+(?:to\s+)?(.+?)(?:[.!](?=\s|$)|$)",
    re.IGNORECASE | re.DOTALL,
)
_INTRO_RE = re.compile(r"(urg|call(ing)? (on|upon)|ask|demand|request|to:$)", re.IGNORECASE)
_BOILERPLATE = (
    "here's what you can do",
    "what you can do",
    "take action now",
    "you can also write in your own language",
    "act now",
)
_OFFICE_RE = re.compile(
    r"^(?:the\s+)?(?:(?:deputy|vice|acting|interim|first|chief|general|federal|national|"
    r"state|public|high)\s+)*(?:minister|ministry|president|prime\s+minister|attorney|prosecutor|"
    r"secretary|director|governor|head|chief|commissioner|chair(?:man|woman|person)?|judge|"
    r"mayor|ambassador|speaker|king|queen|emir|sultan|ombuds(?:man|person)|commander|"
    r"superintendent|warden|procurator|procurador[a]?|fiscal|ministr[oa]|secretari[oa]|"
    r"presidente?|ministre|président[e]?|procureur|embassy|ambassade|embajada|"
    r"office|commission|permanent representative|charg[eé] d.affaires|high commissioner)\b",
    re.IGNORECASE,
)
_SENTENCE_END = tuple('.!?:;"”’)')

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RES = (
    # November 1, 2024 / Nov. 1 2024
    (
        re.compile(
            rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE
        ),
        ("m", "d", "y"),
    ),
    # 16 August 2017 / 1er novembre 2024 / 16 de agosto de 2017
    (
        re.compile(
            rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:de\s+)?({_MONTH_ALT})\.?,?\s+(?:de\s+)?"
            rf"(\d{{4}})\b",
            re.IGNORECASE,
        ),
        ("d", "m", "y"),
    ),
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "mn", "d")),
)


def find_date(text: str) -> dt.date | None:
    """The first date written in words (or ISO) in ``text``."""
    best: tuple[int, dt.date] | None = None
    for pattern, order in _DATE_RES:
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        month = int(parts["mn"]) if "mn" in parts else _MONTHS[parts["m"].lower()]
        try:
            date = dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            continue
        if best is None or match.start() < best[0]:
            best = (match.start(), date)
    return best[1] if best else None


# --------------------------------------------------------------------------- countries, languages


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country names (English, French, Spanish) in lower case -> English name."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - Babel is a dependency
        return {}
    english = Locale.parse("en").territories
    names: dict[str, str] = {}
    for code, name in english.items():
        if code.isalpha() and len(code) == 2:
            names[name.lower()] = name
    for lang in ("fr", "es"):
        for code, name in Locale.parse(lang).territories.items():
            if code.isalpha() and len(code) == 2 and code in english:
                names.setdefault(name.lower(), english[code])
    names.update(
        {
            "usa": "United States",
            "united states of america": "United States",
            "uk": "United Kingdom",
            "russia": "Russia",
            "russian federation": "Russia",
            "the gambia": "Gambia",
            "iran": "Iran",
            "syria": "Syria",
            "democratic republic of the congo": "Congo - Kinshasa",
        }
    )
    return names


def country_name(text: str) -> str:
    """The English country name if ``text`` is one (any case), else ''."""
    key = " ".join(text.strip().strip(".,;").lower().split())
    return _countries().get(key, "")


@lru_cache(maxsize=1)
def _language_codes() -> dict[str, str]:
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover
        return {"english": "en", "french": "fr", "spanish": "es"}
    codes: dict[str, str] = {}
    for lang in ("en", "fr", "es"):
        for code, name in Locale.parse(lang).languages.items():
            if "_" not in code and len(code) <= 3:
                codes.setdefault(name.lower(), code)
    return codes


def language_code(name: str) -> str:
    """'Spanish' -> 'es'; unknown names come back as given."""
    key = name.strip().strip(".").lower()
    return _language_codes().get(key, name.strip().strip("."))


_STOPWORDS = {
    "en": {"the", "and", "of", "to", "is", "in", "that", "her", "his", "their", "has", "with"},
    "fr": {"le", "la", "les", "et", "des", "est", "que", "une", "dans", "pour", "qui", "sur"},
    "es": {"el", "la", "los", "las", "y", "que", "en", "una", "para", "por", "con", "del"},
}


def guess_language(text: str) -> str:
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else "en"


def _salutation_language(text: str, preferred: Iterable[str], fallback: str) -> str:
    low = text.lower()
    if re.match(r"^(estimad|señor|excelent|querid)", low):
        return "es"
    if re.match(r"^(monsieur|madame|cher|chère|excellence)", low):
        return "fr"
    if re.match(r"^(sehr geehrte|liebe)", low):
        return "de"
    if re.match(r"^(prezad|excelentíssim)", low):
        return "pt"
    if re.match(r"^(dear|your excellency)", low):
        return "en"
    for lang in preferred:
        if lang != fallback:
            return lang
    return fallback


# --------------------------------------------------------------------------- units


class Kind(Enum):
    TEXT = "text"
    BULLET = "bullet"


@dataclass
class Unit:
    """A run of lines between blank lines (or split off at a marker or bullet)."""

    lines: list[str]
    kind: Kind = Kind.TEXT
    gap_before: int = 0  # blank lines before it
    used: bool = False
    preface: bool = False  # text before the title (kept, but not as the summary)

    @property
    def first(self) -> str:
        return self.lines[0]

    def joined(self) -> str:
        return " ".join(" ".join(self.lines).split())


def _is_marker(line: str) -> bool:
    return _line_flags(line)[0]


def _stands_alone(line: str) -> bool:
    """Marker lines that are a unit of their own; other markers start a unit that continues."""
    return _line_flags(line)[1]


@lru_cache(maxsize=8192)
def _line_flags(line: str) -> tuple[bool, bool]:
    """(is a marker, stands alone), worked out once per distinct line."""
    plain = _plain(line)
    alone = bool(
        _SALUTATION_RE.match(line)
        or _ADDITIONAL_RE.match(line)
        or _URGENT_ACTION_RE.match(line)
        or _NAME_RE.match(line)
        or _GENDER_RE.match(line)
        or _LETTER_END_RE.match(line)
        or plain.startswith("take action")
        or _is_boilerplate(line, plain)
    )
    marker = alone or bool(
        _WRITE_TO_RE.match(line)
        or _COPIES_RE.match(line)
        or _LANGUAGE_RE.match(line)
        or _is_deadline_line(line, plain)
    )
    return marker, alone


def _is_deadline_line(line: str, plain: str | None = None) -> bool:
    plain = _plain(line) if plain is None else plain
    if "as soon as possible" in plain:
        return True
    asks = plain.startswith(("please", "take action", "act ", "send appeals", "deadline"))
    return (
        asks
        and bool(re.search(r"\b(until|before|by|deadline)\b", plain))
        and find_date(line) is not None
    )


def _is_boilerplate(line: str, plain: str | None = None) -> bool:
    plain = _plain(line) if plain is None else plain
    return any(
        plain.rstrip(":!. ") == phrase or plain.startswith(phrase + ":") for phrase in _BOILERPLATE
    )


def _units(lines: list[str]) -> list[Unit]:
    units: list[Unit] = []
    gap = 0
    current: Unit | None = None

    def close() -> None:
        nonlocal current
        if current is not None and current.lines:
            units.append(current)
        current = None

    for raw in lines:
        line = raw.strip()
        if not line:
            close()
            gap += 1
            continue
        if re.fullmatch(r"[•◦▪▫‣⁃∙·●○■□➢➤►▶*\-–—_=~]+", line):
            close()  # an empty bullet or a rule: nothing to keep
            continue
        bullet = _BULLET_RE.match(line)
        if bullet and not _PAGE_NUMBER_RE.match(line):
            close()
            current = Unit([bullet.group(1)], Kind.BULLET, gap)
        elif _is_marker(line) or (
            current is not None and current.kind is Kind.BULLET and _CONTACT_RE.match(line)
        ):
            close()
            current = Unit([line], Kind.TEXT, gap)
            if _stands_alone(line):
                close()
        elif current is None:
            current = Unit([line], Kind.TEXT, gap)
        else:
            current.lines.append(line)
        gap = 0
    close()
    return units


def _looks_like_heading(line: str) -> bool:
    text = line.strip()
    return (
        0 < len(text) <= 80
        and not text.endswith((*_SENTENCE_END, ","))
        and text[0].isupper()
        and len(text.split()) <= 10
    )


# --------------------------------------------------------------------------- the parser


@dataclass
class _Found:
    title: str = ""
    country: str = ""
    people: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    action_intro: str = ""
    demands: list[str] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    copies: list[Recipient] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    deadline: dt.date | None = None
    deadline_note: str = ""
    ua_number: str = ""
    index: str = ""
    issued: dt.date | None = None
    model_letter: str = ""
    background: list[BackgroundSection] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)

    def warn(self, name: str, message: str, kind: WarningKind = WarningKind.MISSING) -> None:
        self.warnings.append(ImportWarning(name, message, kind))


def _strip_page_furniture(text: str, found: _Found) -> list[str]:
    """Lines without running headers, footers and page numbers; their facts go into ``found``."""
    lines = text.replace("\f", "\n").split("\n")
    stripped = [" ".join(line.split()) for line in lines]
    counts: dict[str, int] = {}
    for line in stripped:
        if line:
            counts[line] = counts.get(line, 0) + 1
    out: list[str] = []
    seen: set[str] = set()
    for raw, line in zip(lines, stripped, strict=True):
        if not line:
            out.append("")
            continue
        if _HEADER_LINE_RE.search(line):
            _read_header(line, found)
            continue
        indent = len(raw) - len(raw.lstrip())
        if _PAGE_NUMBER_RE.match(line) and (
            indent > 20 or counts[line] == 1 or line.lower().startswith("page")
        ):
            continue
        # A repeated short heading (the running title on page 2) is kept once.
        if (
            counts[line] > 1
            and line in seen
            and len(line) <= 100
            and (line.upper() == line or _URGENT_ACTION_RE.match(line))
        ):
            continue
        seen.add(line)
        out.append(raw.strip())
    return out


def _read_header(line: str, found: _Found) -> None:
    ua = _UA_META_RE.search(line)
    if ua and not found.ua_number:
        found.ua_number = ua.group(1)
    index = _INDEX_RE.search(line)
    if index and not found.index:
        found.index = " ".join(index.group(1).split())
        after = line[index.end() :]
        country = re.split(r"\b(?:issue\s+)?date\s*:", after, flags=re.IGNORECASE)[0]
        if country_name(country) and not found.country:
            found.country = country_name(country)
    date_match = re.search(r"date\s*:\s*(.+)$", line, re.IGNORECASE)
    if date_match and not found.issued:
        found.issued = find_date(date_match.group(1))


def _paragraphs(lines: list[str]) -> list[str]:
    """Hard-wrapped lines as paragraphs: a short line ending a sentence ends a paragraph."""
    if not lines:
        return []
    width = max(len(line) for line in lines)
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        paragraphs[-1].append(line)
        if width > 60 and line.endswith(_SENTENCE_END) and len(line) < 0.75 * width:
            paragraphs.append([])
    return [" ".join(" ".join(p).split()) for p in paragraphs if p]


def _split_salutation(text: str, preferred: list[str], language: str) -> Localized:
    text = text.strip()
    if not text:
        return {}
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s+\|\s+", text) if p.strip()]
    if len(parts) > 1 and all(_LETTER_START_RE.match(p) for p in parts):
        result: Localized = {}
        for part in parts:
            lang = _salutation_language(part, preferred, language)
            if lang in result:
                lang = next((p for p in preferred if p not in result), f"x{len(result)}")
            result[lang] = part
        return result
    return (
        {_salutation_language(text, [], language): text}
        if _LETTER_START_RE.match(text)
        else {language: text}
    )


def _parse_recipient(
    lines: list[str], salutation: str, found: _Found, where: str, language: str
) -> Recipient | None:
    contact: dict[str, str] = {}
    other_contacts: list[str] = []
    rest: list[str] = []
    for line in lines:
        match = _CONTACT_RE.match(line)
        if match:
            key = match.group(1).lower().replace("-", "")
            if key in ("email", "courriel", "correo") and not contact.get("email"):
                contact["email"] = match.group(2).strip()
            elif key == "fax" and not contact.get("fax"):
                contact["fax"] = match.group(2).strip()
            elif match.group(2).strip():
                other_contacts.append(line)
            continue
        rest.append(line.strip().rstrip(","))
    rest = [line for line in rest if line]
    if not rest and not contact:
        return None
    if other_contacts:
        found.background.append(
            BackgroundSection("Other contact details", "\n".join(other_contacts))
        )
    name = title = ""
    if rest and _is_title_line(rest[0]) and ", " in rest[0]:
        # "Head of the Judiciary, Gholamhossein Mohseni Ejei": office, then the name
        office, _, person = rest[0].rpartition(", ")
        words = person.split()
        if (
            2 <= len(words) <= 6
            and all(w[0].isupper() for w in words if w[0].isalpha())
            and not _has_digits(person)
            and not _is_title_line(person)
        ):
            title, name = office.strip(), person.strip()
            rest = rest[1:]
    if rest and not name:
        first_is_office = _is_title_line(rest[0])
        second_is_office = len(rest) > 1 and _is_title_line(rest[1])
        if first_is_office and len(rest) > 1 and not second_is_office and not _has_digits(rest[1]):
            title, name = rest[0], rest[1]
            rest = rest[2:]
        elif len(rest) > 1 and second_is_office:
            name, title = rest[0], rest[1]
            rest = rest[2:]
        else:
            name = rest[0]
            rest = rest[1:]
            found.warn(
                f"{where}.title",
                "no official title recognised; check the name and title",
                WarningKind.DOUBTFUL,
            )
    country = ""
    if rest:
        last = rest[-1]
        whole = country_name(last)
        if whole:
            country = whole
            rest = rest[:-1]
        elif "," in last:
            head, _, tail = last.rpartition(",")
            if country_name(tail):
                country = country_name(tail)
                rest[-1] = head.strip().rstrip(",")
    if not country:
        found.warn(f"{where}.country", "no country found at the end of the address")
    if not rest:
        found.warn(f"{where}.address_lines", "no postal address found")
    salutation_text = _split_salutation(salutation, found.languages, language)
    if not salutation_text:
        found.warn(f"{where}.salutation", 'no salutation found ("Salutation: ...")')
    if not name:
        found.warn(f"{where}.name", "no name found")
        name = title or "?"
    return Recipient(
        name=name,
        title=title,
        address_lines=tuple(rest),
        country=country,
        salutation=salutation_text,
        email=contact.get("email", ""),
        fax=contact.get("fax", ""),
    )


def _is_title_line(line: str) -> bool:
    """'Minister of Security', 'Prime Minister' (an office), not 'President Jane Doe' (a name)."""
    if not _OFFICE_RE.match(line):
        return False
    words = line.split()
    return len(words) <= 2 or bool(re.search(r"\b(of|for|to|de|del|du|des|la|le|on)\b", line))


def _ends_with_country(line: str) -> bool:
    return bool(country_name(line) or ("," in line and country_name(line.rpartition(",")[2])))


def _has_digits(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _address_like(unit: Unit) -> bool:
    return (
        unit.kind is Kind.TEXT
        and len(unit.lines) <= 10
        and all(len(line) <= 90 for line in unit.lines)
        and not any(_is_marker(line) and not _SALUTATION_RE.match(line) for line in unit.lines)
        and not _LETTER_START_RE.match(unit.first)
    )


def _collect_recipients(
    units: list[Unit],
    start: int,
    found: _Found,
    target: list[Recipient],
    label: str,
    language: str,
    first_lines: list[str],
) -> None:
    """Recipient blocks after a "Write to:" or "Copies to:" marker at ``start``."""
    groups: list[tuple[list[str], str]] = []
    current: list[str] = list(first_lines)
    singles = 0
    i = start + 1
    while i < len(units):
        unit = units[i]
        if unit.used or not _address_like(unit):
            break
        # After a country line, only a salutation, a contact line or another address follows.
        if (
            current
            and _ends_with_country(current[-1])
            and not (
                _SALUTATION_RE.match(unit.first)
                or _CONTACT_RE.match(unit.first)
                or len(unit.lines) > 1
            )
        ):
            break
        # A blank-separated block after a closed recipient (salutation seen) starts a new one.
        salutation = ""
        lines: list[str] = []
        for line in unit.lines:
            match = _SALUTATION_RE.match(line)
            if match:
                salutation = match.group(1)
            else:
                lines.append(line)
        if len(unit.lines) == 1:
            singles += 1
        if lines and unit.gap_before and current and len(lines) > 1 and len(current) > 1:
            groups.append((current, ""))
            current = []
        current.extend(lines)
        unit.used = True
        i += 1
        if salutation or (not lines and not salutation):
            groups.append((current, salutation))
            current = []
            # after a salutation, only another address block continues the list
            if i < len(units) and (units[i].gap_before == 0 or len(units[i].lines) < 2):
                nxt = units[i]
                if not (_address_like(nxt) and any(_SALUTATION_RE.match(x) for x in nxt.lines)):
                    break
    if current:
        groups.append((current, ""))
    for lines, salutation in groups:
        where = f"{label}[{len(target)}]"
        rec = _parse_recipient(lines, salutation, found, where, language)
        if rec is not None:
            target.append(rec)


def _demands_from_letter(letter: str) -> list[str]:
    demands: list[str] = []
    for match in _DEMAND_SENTENCE_RE.finditer(letter):
        body = " ".join(match.group(1).split())
        for piece in re.split(r",?\s+and\s+(?:for you\s+|also\s+)?to\s+", body):
            piece = piece.strip().rstrip(".;,")
            if len(piece) > 8:
                demands.append(piece[0].upper() + piece[1:] + ".")
    return demands


def import_text(text: str, *, source: str = "", taken_ids: Collection[str] = ()) -> ImportResult:
    """Import an Urgent Action from its text (web page, e-mail or PDF text)."""
    if len(text) > MAX_TEXT_CHARS:
        raise UAImportError(
            f"the text has {len(text):,} characters; an Urgent Action has a few "
            f"thousand (at most {MAX_TEXT_CHARS:,})"
        )
    text = normalise(text)
    if not text.strip():
        raise UAImportError("there is no text to import")
    if _is_binary(text):
        raise UAImportError(
            "this is not text or a PDF (it looks like a binary file); "
            "save the Urgent Action as text or PDF"
        )
    page_title = ""
    if _HTML_START_RE.match(text[:2000]):
        text, page_title = html_to_text(text)
        if not text.strip():
            raise UAImportError("the web page holds no text to import")
    text, subject = strip_mail(text)
    subject = subject or page_title
    found = _Found()
    language = guess_language(text)
    lines = _strip_page_furniture(text, found)
    units = _units(lines)
    if not units:
        raise UAImportError("there is no text to import")

    _find_title(units, found)
    if not found.title and subject:
        found.title = subject
        found.warn(
            "title", "taken from the e-mail's subject or the page's title", WarningKind.DOUBTFUL
        )
    _find_simple_fields(units, found)
    _find_demands(units, found)
    _find_recipients(units, found, language)
    _find_model_letter(units, found)
    _find_summary_and_background(units, found)

    if not found.demands and found.model_letter:
        found.demands = _demands_from_letter(found.model_letter)
        if found.demands:
            found.warn(
                "demands",
                'derived from the model letter\'s "I urge you to" sentences; check them',
                WarningKind.DERIVED,
            )
    return _finish(found, language, source, taken_ids)


def _find_title(units: list[Unit], found: _Found) -> None:
    for i, unit in enumerate(units):
        if _URGENT_ACTION_RE.match(unit.first) and len(unit.lines) == 1:
            unit.used = True
            nxt = units[i + 1] if i + 1 < len(units) else None
            if (
                nxt is not None
                and not nxt.used
                and nxt.kind is Kind.TEXT
                and len(nxt.first) <= 150
                and not _is_marker(nxt.first)
            ):
                found.title = nxt.first
                if len(nxt.lines) == 1:
                    nxt.used = True
                else:
                    nxt.lines.pop(0)
                return
    # The title is the first short line; a few lines of preface before it (a forwarded
    # e-mail's "Hi all, see below.") are kept aside as unplaced text.
    for k, first in enumerate(units[:3]):
        if first.used or first.kind is not Kind.TEXT or _is_marker(first.first):
            break
        joined = first.joined()
        if len(joined) <= 160 and not joined.endswith((".", ":", "!", "?", ",")):
            found.title = joined
            first.used = True
        elif (
            len(first.first) <= 120
            and not first.first.endswith((".", ":", ","))
            and len(first.lines) > 1
        ):
            found.title = first.first
            first.lines.pop(0)
        elif k < 2 and len(joined) <= 200:
            continue
        if found.title:
            for preface in units[:k]:
                preface.preface = True
        break
    if found.title and not found.country and ":" in found.title:
        found.country = country_name(found.title.split(":", 1)[0])


def _find_simple_fields(units: list[Unit], found: _Found) -> None:
    for unit in units:
        if unit.used or unit.kind is not Kind.TEXT:
            continue
        first = unit.first
        plain = _plain(first)
        language = _LANGUAGE_RE.match(first)
        name = _NAME_RE.match(first)
        if language:
            unit.used = True
            for piece in re.split(r",|/|;|\bor\b|\band\b|\bou\b|\bo\b|\by\b", language.group(1)):
                piece = piece.strip().strip(".")
                if piece and len(piece) < 30:
                    code = language_code(piece)
                    if code not in found.languages:
                        found.languages.append(code)
        elif name:
            unit.used = True
            names = re.sub(r"\([^)]*\)", "", name.group(1))  # "(she/her)" pronouns
            found.people = [p.strip() for p in re.split(r",|\band\b|;", names) if p.strip()]
        elif _GENDER_RE.match(first):
            unit.used = True
        elif _is_deadline_line(first) and found.deadline is None:
            date = find_date(unit.joined())
            if date is not None:
                unit.used = True
                found.deadline = date
                found.deadline_note = unit.joined()
        elif _is_boilerplate(first):
            unit.used = True
        elif plain.startswith("take action") and len(unit.lines) == 1 and not found.action_intro:
            unit.used = True
            found.action_intro = first
    # Lines in the deadline's or language's company ("You can also write in your own language.",
    # "Please check with the office ... after the deadline.") belong to them.
    for i, unit in enumerate(units):
        if not unit.used or i + 1 >= len(units):
            continue
        nxt = units[i + 1]
        if nxt.used or nxt.gap_before or nxt.kind is not Kind.TEXT:
            continue
        plain = _plain(nxt.joined())
        if found.deadline_note and unit.joined() == found.deadline_note and "deadline" in plain:
            found.deadline_note += " " + nxt.joined()
            nxt.used = True
        elif "own language" in plain and len(plain) < 100:
            nxt.used = True


def _find_demands(units: list[Unit], found: _Found) -> None:
    # The demands are the bullet list after an intro ("... urging him to:"); failing that,
    # the first bullet list before the background.
    introduced = any(
        u.kind is Kind.BULLET and not u.used and _intro_before(units, j) is not None
        for j, u in enumerate(units)
    )
    for i, unit in enumerate(units):
        if unit.kind is not Kind.BULLET or unit.used:
            continue
        intro = _intro_before(units, i)
        if intro is None and introduced:
            continue
        j = i
        items: list[str] = []
        while j < len(units) and units[j].kind is Kind.BULLET and not units[j].used:
            units[j].used = True
            items.append(units[j].joined())
            j += 1
        found.demands = items
        if j >= len(units) or not items[-1].endswith(_SENTENCE_END):
            found.warn(
                "demands",
                "the text ends inside the list of demands, or the last one "
                "looks cut off; check that none is missing",
                WarningKind.DOUBTFUL,
            )
        if intro is not None:
            intro_unit, start = intro
            text = " ".join(" ".join(intro_unit.lines[start:]).split())
            if start:
                intro_unit.lines = intro_unit.lines[:start]
            else:
                intro_unit.used = True
            if not found.action_intro or _plain(found.action_intro).startswith("take action"):
                found.action_intro = text
        else:
            found.warn(
                "demands",
                'no introduction ("... urging him to:") before the list; '
                "check that these are the demands",
                WarningKind.DOUBTFUL,
            )
        return


def _intro_before(units: list[Unit], i: int) -> tuple[Unit, int] | None:
    """The unit before a list and the line where its introduction ("... urging him to:")
    starts; in text without blank lines the introduction shares a unit with the summary."""
    if i == 0:
        return None
    prev = units[i - 1]
    if prev.kind is not Kind.TEXT or prev.used or not prev.lines[-1].endswith(":"):
        return None
    start = len(prev.lines) - 1
    while (
        start > 0
        and not prev.lines[start - 1].endswith(_SENTENCE_END)
        and len(prev.lines) - start < 6
    ):
        start -= 1
    joined = " ".join(prev.lines[start:])
    if len(joined) <= 400 and _INTRO_RE.search(joined):
        return prev, start
    return None


def _find_recipients(units: list[Unit], found: _Found, language: str) -> None:
    for i, unit in enumerate(units):
        if unit.used or unit.kind is not Kind.TEXT:
            continue
        write_to = _WRITE_TO_RE.match(unit.first)
        copies = _COPIES_RE.match(unit.first)
        if write_to:
            unit.used = True
            first = [write_to.group(1)] if write_to.group(1).strip() else []
            first += unit.lines[1:]
            _collect_recipients(units, i, found, found.recipients, "recipients", language, first)
        elif copies:
            unit.used = True
            first = [copies.group(1)] if copies.group(1).strip() else []
            first += unit.lines[1:]
            before = len(found.copies)
            _collect_recipients(units, i, found, found.copies, "copies_to", language, first)
            if len(found.copies) == before:
                found.background.append(BackgroundSection("Copies", unit.joined()))
    # International shape: a block of address lines ending in "Salutation: ..." with no marker.
    for i, unit in enumerate(units):
        if unit.used or unit.kind is not Kind.TEXT:
            continue
        for k, line in enumerate(unit.lines):
            match = _SALUTATION_RE.match(line)
            if not match:
                continue
            block = unit.lines[:k]
            if not block:
                # the address is in the short blocks just above
                j = i - 1
                gathered: list[str] = []
                while (
                    j >= 0 and not units[j].used and _address_like(units[j]) and len(gathered) < 10
                ):
                    gathered = units[j].lines + gathered
                    j -= 1
                for u in units[j + 1 : i]:
                    u.used = True
                block = gathered
            unit.used = True
            where = f"recipients[{len(found.recipients)}]"
            rec = _parse_recipient(block, match.group(1), found, where, language)
            if rec is not None:
                found.recipients.append(rec)
            break
    if not found.recipients:
        _find_unmarked_recipient(units, found, language)
    if not found.recipients:
        found.warn("recipients", 'no one to write to found ("Write to:" and an address)')


def _find_unmarked_recipient(units: list[Unit], found: _Found, language: str) -> None:
    """An address block with no marker: after "TAKE ACTION", or just above the model letter,
    ending with a country; the model letter's "Dear ..." is then its salutation."""
    for i, unit in enumerate(units):
        if unit.used or not _address_like(unit) or len(unit.lines) < 2:
            continue
        if not _ends_with_country(unit.lines[-1]) and not any(
            _CONTACT_RE.match(line) for line in unit.lines
        ):
            continue
        before = units[i - 1] if i else None
        after = units[i + 1] if i + 1 < len(units) else None
        after_action = before is not None and _plain(before.first).startswith("take action")
        letter_next = (
            after is not None
            and not after.used
            and bool(_LETTER_START_RE.match(after.first))
            and len(after.first) <= 60
        )
        if not (after_action or letter_next):
            continue
        unit.used = True
        salutation = after.first if letter_next and after is not None else ""
        rec = _parse_recipient(unit.lines, salutation, found, "recipients[0]", language)
        if rec is not None:
            found.recipients.append(rec)
            found.warn(
                "recipients[0]",
                'found without "Write to:" or "Salutation:"; check it',
                WarningKind.DOUBTFUL,
            )
        return


def _find_model_letter(units: list[Unit], found: _Found) -> None:
    ends = [j for j, u in enumerate(units) if _LETTER_END_RE.match(u.first)]
    if not ends:
        return
    # used_before[k]: how many units before k are already placed (to check a span in O(1))
    used_before = [0]
    for u in units:
        used_before.append(used_before[-1] + (1 if u.used else 0))
    for i, unit in enumerate(units):
        if unit.used or unit.kind is not Kind.TEXT:
            continue
        if not (_LETTER_START_RE.match(unit.first) and len(unit.first) <= 60):
            continue
        k = bisect.bisect_right(ends, i)
        if k == len(ends):
            return
        end = ends[k]
        if end - i > 40 or used_before[end] - used_before[i + 1] > 0:
            continue
        parts = [unit.first, *_paragraphs(unit.lines[1:])]
        for u in units[i + 1 : end]:
            parts.extend(_paragraphs(u.lines) if u.kind is Kind.TEXT else [f"• {u.joined()}"])
        parts.append(units[end].joined())
        for u in units[i : end + 1]:
            u.used = True
        found.model_letter = "\n\n".join(parts)
        return


def _find_summary_and_background(units: list[Unit], found: _Found) -> None:
    heading = ""
    texts: list[str] = []
    unplaced: list[str] = []
    summary_open = True

    def flush() -> None:
        nonlocal texts
        if texts:
            found.background.append(BackgroundSection(heading, "\n\n".join(texts)))
        texts = []

    for i, unit in enumerate(units):
        if unit.used:
            if summary_open and (found.summary or i > 1):
                summary_open = False
            continue
        if unit.kind is Kind.BULLET:
            texts.append(f"• {unit.joined()}")
            continue
        if _ADDITIONAL_RE.match(unit.first):
            summary_open = False
            flush()
            heading = "Additional information"
            if len(unit.lines) > 1:
                texts.extend(_paragraphs(unit.lines[1:]))
            continue
        nxt = units[i + 1] if i + 1 < len(units) else None
        if (
            len(unit.lines) == 1
            and _looks_like_heading(unit.first)
            and nxt is not None
            and not nxt.used
            and nxt.kind is Kind.TEXT
            and not _looks_like_heading(nxt.first)
        ):
            summary_open = False
            flush()
            heading = unit.first
            continue
        width = max(len(line) for line in unit.lines)
        if (
            len(unit.lines) > 1
            and _looks_like_heading(unit.first)
            and len(unit.first) < 0.6 * width
            and not summary_open
        ):
            flush()
            heading = unit.first
            unit = Unit(unit.lines[1:])
        paragraphs = _paragraphs(unit.lines)
        if unit.preface:
            unplaced.extend(paragraphs)
            continue
        if summary_open:
            found.summary.extend(paragraphs)
            continue
        if heading:
            texts.extend(paragraphs)
        else:
            unplaced.extend(paragraphs)
    flush()
    if unplaced:
        found.background.append(BackgroundSection(UNPLACED_HEADING, "\n\n".join(unplaced)))
        found.warn(
            "background",
            "some text could not be placed; it is kept in the background "
            f'under "{UNPLACED_HEADING}"',
            WarningKind.DOUBTFUL,
        )


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > 48:
        slug = slug[:48].rsplit("-", 1)[0]
    return slug or "imported-case"


def unique_id(base: str, taken: Collection[str]) -> str:
    base = slugify(base)[:56].strip("-") or "imported-case"
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def _people_from_title(title: str) -> list[str]:
    """'Belarus: End the torturous isolation of Maryia Kalesnikava' -> ['Maryia Kalesnikava']."""
    words = title.split()
    tail: list[str] = []
    for word in reversed(words):
        bare = word.strip(",.;:!?\"'’”")
        if bare and bare[0].isupper() and not bare.isupper():
            tail.insert(0, bare)
        else:
            break
    return [" ".join(tail)] if 2 <= len(tail) <= 4 and len(tail) < len(words) else []


def _finish(found: _Found, language: str, source: str, taken_ids: Collection[str]) -> ImportResult:
    if not found.title:
        found.warn("title", "no title found")
        found.title = (found.summary[0][:80] if found.summary else "") or "Imported Urgent Action"
    if not found.summary:
        found.warn("summary", "no summary found")
    if not found.demands:
        found.warn(
            "demands",
            'no demands found (a bullet list after "... urging him to:", '
            'or "I urge you to ..." in a model letter)',
        )
    if found.deadline is None:
        found.warn("deadline", 'no deadline found ("... until November 1, 2024")')
    if not found.languages:
        found.languages = [language]
        found.warn(
            "languages",
            "no preferred language stated; assumed the Urgent Action's own language",
            WarningKind.DOUBTFUL,
        )
    if not found.country:
        countries = {r.country for r in found.recipients if r.country}
        if len(countries) == 1:
            found.country = countries.pop()
        else:
            found.warn("country", "the country is not clear", WarningKind.MISSING)
    people = found.people or _people_from_title(found.title)
    case_id = unique_id(people[0] if people else found.title, taken_ids)
    if not CASE_ID_RE.match(case_id):  # pragma: no cover - slugify guarantees the shape
        case_id = unique_id("imported-case", taken_ids)
    demands = tuple(Demand({language: text}) for text in found.demands if text.strip())
    case = Case(
        id=case_id,
        title=found.title,
        language=language,
        country=found.country,
        people=tuple(people),
        summary="\n\n".join(found.summary),
        action_intro=found.action_intro,
        demands=demands,
        recipients=tuple(found.recipients),
        copies_to=tuple(found.copies),
        languages=tuple(found.languages),
        deadline=found.deadline,
        deadline_note=found.deadline_note,
        ua_number=found.ua_number,
        index=found.index,
        issued=found.issued,
        source=f"Imported from {source}" if source else "Imported",
        background=tuple(s for s in found.background if s.text.strip()),
        model_letter=found.model_letter,
    )
    return ImportResult(case, tuple(found.warnings))
