"""The letter's defaults from the user's locale (LC_ALL, LC_PAPER, LC_MESSAGES, LANG), for the
command line: the language to write in and the paper to lay the letter out on."""

from __future__ import annotations

import os


def locale_tag(category: str = "LC_PAPER") -> str:
    """The locale the user set for ``category``: LC_ALL, then the category, then LANG."""
    for name in ("LC_ALL", category, "LANG"):
        value = os.environ.get(name, "").strip()
        if value:
            return value
    return ""


def locale_parts(tag: str) -> tuple[str, str]:
    """('fr', 'CA') from 'fr_CA.UTF-8@euro'; ('', '') for 'C', 'POSIX' or nonsense."""
    base = tag.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if base in ("", "C", "POSIX"):
        return "", ""
    from babel import Locale, UnknownLocaleError

    try:
        parsed = Locale.parse(base, sep="_")
    except (ValueError, UnknownLocaleError):
        head, _, tail = base.partition("_")
        return head.lower(), tail.upper()
    return parsed.language or "", parsed.territory or ""


def default_layout_from_locale() -> str:
    """Letter paper in Canada, the US and the other Letter countries; A4 elsewhere.

    With no territory set at all (the "C" locale), US Letter: the first users are Canadian.
    """
    from composer.render.layouts import default_layout_id

    _, territory = locale_parts(locale_tag("LC_PAPER"))
    return default_layout_id(territory)


def default_language_from_locale() -> str:
    from composer.model.templates import LANGUAGES

    language, _ = locale_parts(locale_tag("LC_MESSAGES"))
    return language if language in LANGUAGES else "en"
