"""The writer and their return address: the lines a reply needs, in the post's order.

The return address is the name, the street lines, the town with its postal code in the form the
writer's country uses ("Guelph ON  N1H 3T5" in Canada, "10115 Berlin" in Germany), and the
country when the letter goes abroad. The writer's country also picks the form of the date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import threading
from dataclasses import dataclass
from functools import lru_cache

import babel
from babel import Locale, UnknownLocaleError

from composer import paths
from composer.atomic import write_text_atomic
from composer.model.plain_text import without_direction_controls
from composer.model.typography import typeset_name


@dataclass(frozen=True)
class Sender:
    """The writer, as they choose to sign (initials and town only is fine)."""

    name: str = ""
    address_lines: tuple[str, ...] = ()
    town: str = ""
    postal_code: str = ""
    country: str = ""

    def __post_init__(self) -> None:
        # No direction override from a pasted name or address reaches the letter.
        clean = without_direction_controls
        object.__setattr__(self, "name", clean(self.name))
        object.__setattr__(self, "address_lines", tuple(map(clean, self.address_lines)))
        for name in ("town", "postal_code", "country"):
            object.__setattr__(self, name, clean(getattr(self, name)))


# Where the postal code comes before the town ("10115 Berlin", "75001 Paris").
_CODE_FIRST = frozenset(
    [
        "AT",
        "BE",
        "BY",
        "CH",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IS",
        "IT",
        "LI",
        "LT",
        "LU",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "RS",
        "RU",
        "SE",
        "SI",
        "SK",
        "UA",
        "AR",
        "BR",
        "CL",
        "DZ",
        "MA",
        "MX",
        "TN",
        "TR",
        "IL",
    ]
)
# Canada Post: the province as its two-letter symbol, then two spaces, then the postal code.
_PROVINCES = {
    "alberta": "AB",
    "british columbia": "BC",
    "colombie-britannique": "BC",
    "manitoba": "MB",
    "new brunswick": "NB",
    "nouveau-brunswick": "NB",
    "newfoundland and labrador": "NL",
    "terre-neuve-et-labrador": "NL",
    "nova scotia": "NS",
    "nouvelle-écosse": "NS",
    "northwest territories": "NT",
    "territoires du nord-ouest": "NT",
    "nunavut": "NU",
    "ontario": "ON",
    "prince edward island": "PE",
    "île-du-prince-édouard": "PE",
    "quebec": "QC",
    "québec": "QC",
    "saskatchewan": "SK",
    "yukon": "YT",
}
_NAME_LOCALES = ("en", "fr", "es", "de", "ru")
# The form of a date when the writer's country says nothing: the first users are Canadian.
DEFAULT_DATE_LOCALES = {"en": "en_CA", "fr": "fr_CA", "es": "es_ES", "de": "de_DE", "ru": "ru_RU"}


@lru_cache(maxsize=1)
def _territory_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code in _NAME_LOCALES:
        for territory, name in Locale.parse(code).territories.items():
            if territory.isalpha():
                names.setdefault(name.casefold(), territory)
    return names


@lru_cache(maxsize=64)
def territory_of(country: str) -> str:
    """'CA' for 'Canada', 'canada', 'CA' or 'Kanada'; '' when the country is not known."""
    text = country.strip()
    if not text:
        return ""
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return _territory_names().get(text.casefold(), "")


def date_locale(language: str, country: str) -> str:
    """The locale for the date: the letter's language as written in the writer's country
    (en_DE: "30 November 2026" from Berlin), else the language's usual form."""
    territory = territory_of(country)
    if territory:
        tag = f"{language}_{territory}"
        try:
            Locale.parse(tag)
        except (UnknownLocaleError, ValueError):
            pass
        else:
            return tag
    return DEFAULT_DATE_LOCALES.get(language, language)


_DATES_KEPT = 64  # the days a cache file keeps (a few locales over the days of an event)
_dates_lock = threading.Lock()
_dates: dict[str, str] | None = None  # the cache file's dates, read once per process


def long_date(day: dt.date, locale: str) -> str:
    """The date in the locale's long form, as Babel writes it ("November 30, 2026",
    "30 novembre 2026", "30. November 2026").

    Kept in the cache folder by Babel's version, the locale and the day: a letter process reads
    it there instead of loading Babel's date code and its locale data (tens of milliseconds);
    the first letter of a day in a locale makes it. A cache that cannot be read or written is
    only slower."""
    global _dates  # the process's copy of the cache file
    key = f"{babel.__version__} {locale} {day.isoformat()}"
    path = paths.user_cache_dir() / "dates.json"
    with _dates_lock:
        if _dates is None:
            try:
                kept = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                kept = {}
            _dates = (
                {k: v for k, v in kept.items() if isinstance(v, str)}
                if isinstance(kept, dict)
                else {}
            )
        text = _dates.get(key)
        if text is not None:
            return text
        from babel.dates import format_date  # only for a day not kept yet

        text = str(format_date(day, format="long", locale=locale))
        _dates[key] = text
        while len(_dates) > _DATES_KEPT:
            del _dates[next(iter(_dates))]
        with contextlib.suppress(OSError):
            write_text_atomic(path, json.dumps(_dates, ensure_ascii=False, indent=0))
        return text


def town_in_text(town: str, language: str) -> str:
    """The writer's town as a sentence names it: 'Guelph, Ontario' in English (the wording
    closes the comma pair), 'Guelph (Ontario)' in French, Spanish, German and Russian."""
    town = " ".join(town.split())
    head, sep, tail = town.rpartition(",")
    if language == "en" or not sep or not head.strip() or not tail.strip():
        return town
    return f"{head.strip()} ({tail.strip()})"


def _canadian_town(town: str) -> str:
    """'Guelph, Ontario' -> 'Guelph ON'; a town without a province is left as it is."""
    head, sep, tail = town.rpartition(",")
    symbol = _PROVINCES.get(tail.strip().casefold())
    if sep and symbol:
        return f"{head.strip()} {symbol}"
    return town


def locality_line(sender: Sender) -> str:
    """The town and postal code as the writer's country writes them."""
    town = sender.town.strip()
    code = sender.postal_code.strip()
    territory = territory_of(sender.country)
    if not territory and town and _canadian_town(town) != town:
        territory = "CA"
    if territory == "CA":
        town = _canadian_town(town)
    if not code:
        return town
    if not town:
        return code
    if territory in _CODE_FIRST:
        return f"{code} {town}"
    # Canada Post (and the USPS) keep two spaces between the province and the postal code.
    return f"{town}  {code}" if territory in ("CA", "US") else f"{town} {code}"


def _same_place(line: str, town: str, code: str) -> bool:
    """Whether an address line the writer typed already holds the town (or the postal code)."""
    text = re.sub(r"\s+", " ", line).casefold()
    if code and re.sub(r"\s+", " ", code).casefold() in text:
        return True
    first = town.split(",", 1)[0].strip().casefold()
    return bool(first) and not code and first in text


def return_address(sender: Sender, recipient_country: str = "") -> tuple[str, ...]:
    """The sender's block: name, address lines, locality, and the country in capitals when
    it is not the recipient's."""
    lines = [line.strip() for line in sender.address_lines if line.strip()]
    locality = locality_line(sender)
    if locality and not any(_same_place(line, sender.town, sender.postal_code) for line in lines):
        lines.append(locality)
    country = sender.country.strip()
    if country and not _same_country(country, recipient_country):
        lines.append(country.upper())
    name = sender.name.strip()
    return tuple(typeset_name(line) for line in ([name] if name else []) + lines)


def _same_country(a: str, b: str) -> bool:
    if not b.strip():
        return False
    ta, tb = territory_of(a), territory_of(b)
    if ta and tb:
        return ta == tb
    return a.strip().casefold() == b.strip().casefold()
