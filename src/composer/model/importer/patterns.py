"""Patterns and lexicons: markers, dates, countries, languages and salutations."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache


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
