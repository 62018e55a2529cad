"""Text as units (paragraphs, bullets, marker lines), page furniture, and what was found."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from composer.model.case import (
    BackgroundSection,
    Recipient,
)
from composer.model.importer.lexicons import (
    country_name,
)
from composer.model.importer.patterns import (
    _ADDITIONAL_RE,
    _ASKING_WORDS_RE,
    _BOILERPLATE,
    _BULLET_RE,
    _CONTACT_RE,
    _COPIES_RE,
    _GENDER_RE,
    _HEADER_LINE_RE,
    _INDEX_RE,
    _LANGUAGE_RE,
    _LETTER_END_RE,
    _NAME_RE,
    _PAGE_NUMBER_RE,
    _SALUTATION_RE,
    _SENTENCE_END,
    _UA_META_RE,
    _URGENT_ACTION_RE,
    _WRITE_TO_END_RE,
    _WRITE_TO_RE,
    _plain,
    find_date,
    find_ua_number,
)
from composer.model.importer.result import ImportWarning, WarningKind
from composer.model.messages import english

UNPLACED_HEADING = "Other text from the Urgent Action"

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
        # "PLEASE SEND APPEALS BEFORE 12 MAY 2019 TO:": the addresses follow on their own
        or (_WRITE_TO_END_RE.search(line) is not None and not _ASKING_WORDS_RE.search(line))
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
        and not re.search(r",\s+[a-z]", text)  # "Ana Muestra, his wife": a name, described
    )


# --------------------------------------------------------------------------- the parser


@dataclass
class _Found:
    title: str = ""
    title_from_hint: bool = False  # the e-mail's subject or the web page's <title>
    country: str = ""
    people: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    action_intro: str = ""
    demands: list[str] = field(default_factory=list)
    demand_language: str = ""  # when it differs from the appeal's (a quoted letter's)
    orphan_salutations: list[str] = field(default_factory=list)  # found before any address
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

    def warn(
        self, name: str, code: str, kind: WarningKind = WarningKind.MISSING, **params: object
    ) -> None:
        """A warning about field ``name`` (composer.model.messages ``code``); a recipient's
        or copy's warning gets its ``number`` (1 for "recipients[0].name")."""
        index = re.match(r"(?:recipients|copies_to)\[(\d+)\]", name)
        if index:
            params.setdefault("number", int(index.group(1)) + 1)
        self.warnings.append(ImportWarning(name, english(code, params), kind, code, params))


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
            and not country_name(line)  # "ÄGYPTEN" under the title and again in the address
        ):
            continue
        seen.add(line)
        out.append(raw.strip())
    return out


def _read_header(line: str, found: _Found) -> None:
    ua = _UA_META_RE.search(line)
    if ua and not found.ua_number:
        found.ua_number = ua.group(1)
    if not found.ua_number:
        found.ua_number = find_ua_number(line)  # "UA-Nr: UA-012/2020", "AU 116/07"
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


_UNWRAPPED = 140  # characters: no one hard-wraps text wider than this


def _paragraphs(lines: list[str]) -> list[str]:
    """Hard-wrapped lines as paragraphs: a short line ending a sentence ends a paragraph, and
    so does a line longer than anyone wraps at (a paragraph on one line, as a web page or a
    rebuilt PDF gives it)."""
    if not lines:
        return []
    width = max(len(line) for line in lines)
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        paragraphs[-1].append(line)
        if (
            width > 60
            and line.endswith(_SENTENCE_END)
            and (len(line) < 0.75 * width or len(line) > _UNWRAPPED)
        ):
            paragraphs.append([])
    return [" ".join(" ".join(p).split()) for p in paragraphs if p]
