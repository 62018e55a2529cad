"""What a line of an address looks like: an office or a person, a number, a country at the
end, a place-and-date line, prose that is not an address at all."""

from __future__ import annotations

import re

from composer.model.importer.lexicons import country_in, country_name
from composer.model.importer.patterns import (
    _CONTACT_RE,
    _HONORIFIC_RE,
    _LETTER_START_RE,
    _MONTH_ALT,
    _NAME_PARTICLES,
    _OFFICE_RE,
    _SALUTATION_RE,
    is_date_line,
)


def _country_ending(line: str) -> str:
    words = line.replace(",", " ").split()
    for size in (4, 3, 2, 1):
        if len(words) > size and not _has_digits(" ".join(words[-size:])):
            name = country_name(" ".join(words[-size:]))
            if name:
                return name
    return ""


_OFFICE_CONTINUES = frozenset(
    {"of", "for", "the", "to", "der", "des", "den", "de", "du", "la", "le", "del", "di", "van"}
    | {"von", "voor", "für", "en", "in", "on", "at"}
)


def _office_then_name(line: str) -> tuple[str, str] | None:
    """'Public Prosecutor Hamada al-Sawi' -> ('Public Prosecutor', 'Hamada al-Sawi');
    'Président Paul Kagame' -> ('Président', 'Paul Kagame'). A name is two to five
    capitalised words (particles such as al-, de, van allowed) with no "of"."""
    match = _OFFICE_RE.match(line)
    if not match or _has_digits(line) or _is_title_line(line):
        return None  # "Fiscal General de la República" is an office from end to end
    office, person = line[: match.end()].strip(), line[match.end() :].strip(" ,")
    words = person.split()
    if not 2 <= len(words) <= 5:
        return None
    # "BOTSCHAFT DER ARABISCHEN REPUBLIK ÄGYPTEN": the office goes on, no name follows
    if words[0].lower() in _OFFICE_CONTINUES or country_in(person):
        return None
    for word in words:
        bare = word.strip(".,'’()")
        if not bare:
            return None
        head = bare.split("-")[0].lower()
        if not (bare[0].isupper() or head in _NAME_PARTICLES):
            return None
        if bare.lower() in ("of", "for", "the", "and", "de la", "del"):
            return None
    if not (words[0][0].isupper() and words[-1].split("-")[-1][:1].isupper()):
        return None
    return office, person


def _is_title_line(line: str) -> bool:
    """'Minister of Security', 'Prime Minister' (an office), not 'President Jane Doe' (a name)."""
    match = _OFFICE_RE.match(line)
    if not match:
        return False
    words = line.split()
    # "Chairman, State Peace and Development Council": the office, then its body
    return (
        len(words) <= 2
        or line[match.end() :].startswith(",")
        or bool(
            re.search(
                r"\b(of|for|to|de|del|du|des|la|le|on|von|van|der|des|für|voor)\b",
                line,
                re.IGNORECASE,
            )
        )
    )


def _ends_with_country(line: str) -> bool:
    return bool(country_name(line) or ("," in line and country_name(line.rpartition(",")[2])))


def _has_digits(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _prose_line(line: str) -> bool:
    """Ten words or more, or a sentence: not a line of an address."""
    return not _SALUTATION_RE.match(line) and (len(line.split()) >= 10 or _sentence(line))


def _sentence(line: str) -> bool:
    """Prose, not an address line: eight words or more that end or break a sentence."""
    text = line.strip()
    if re.match(r"^[\w -]{2,30}:\s", text):  # "Salutation: ...", "Telegrams: ..."
        return False
    words = len(text.split())
    return words >= 8 and (text.endswith(".") or (words >= 12 and ". " in text))


def _salutation_line(line: str) -> bool:
    return (
        bool(_LETTER_START_RE.match(line)) and len(line) <= 70 and not re.search(r"[.!?]\s", line)
    )


def _address_line(line: str) -> bool:
    """A line as an address has them: short, not a sentence."""
    text = line.strip()
    if not text or len(text) > 70 or _salutation_line(text):
        return False
    return not text.endswith(("!", "?")) and not (
        text.endswith(".") and len(text.split()) > 3 and not re.search(r"\b\w{1,4}\.$", text)
    )


# "Im Dezember 2025", "In December 2025", "En décembre 2025", "Op 3 mei 2020"
_IN_MONTH_RE = re.compile(
    rf"^(?:im|in|en|op|am|le|el|au|mois\s+de)\s+(?:\d{{1,2}}\.?\s+)?(?:{_MONTH_ALT})\.?\s+\d{{4}}$",
    re.IGNORECASE,
)


def _address_tail(lines: list[str]) -> list[str]:
    """The address lines at the end of a block that starts with prose."""
    start = len(lines)
    while start > 0 and _address_line(lines[start - 1]):
        start -= 1
    return lines[start:] if 0 < start < len(lines) - 1 else []


def _place_and_date(line: str) -> bool:
    """'Apeldoorn, April 2020.', '29 July 2014', 'Bruxelles, le 3 mai 2021', 'Im Dezember 2025'."""
    text = line.strip().rstrip(".")
    if is_date_line(text) or _IN_MONTH_RE.match(text):
        return True
    head, sep, tail = text.partition(",")
    return (
        bool(sep)
        and len(head.split()) <= 3
        and (is_date_line(tail.strip()) or bool(re.fullmatch(r"\s*(?:le\s+)?\w+\s+\d{4}", tail)))
    )


def _address_evidence(lines: list[str]) -> bool:
    """An address names an office, a number, a country or a way to write (e-mail, fax)."""
    return any(
        _is_title_line(line)
        or bool(_OFFICE_RE.match(line))
        or _has_digits(line)
        or bool(country_in(line))
        or bool(_CONTACT_RE.match(line))
        for line in lines
    )


def _official_address(lines: list[str]) -> bool:
    """'Hiroshi Hiraguchi / Minister of Justice / 1-1-1 Kasumigaseki / ... / JAPAN': an
    official's postal address (a person and an office in the first two lines, a number, a
    country at the end) is someone to write to even with no marker or salutation; an
    embassy's is a copy's."""
    if len(lines) < 4 or not _has_digits(" ".join(lines[2:])):
        return False
    if any(re.search(r"\b(?:embassy|ambassade|embajada|botschaft)\b", x, re.I) for x in lines):
        return False
    return _heads_address(lines)


def _heads_address(lines: list[str]) -> bool:
    """The first two lines are a person and an office ('Hiroshi Hiraguchi / Minister of
    Justice', 'Senior General Than Shwe / Chairman, State Peace and Development Council'), or
    the other way round: nothing above belongs to the address."""
    if len(lines) < 2:
        return False
    first, second = (_HONORIFIC_RE.sub("", x).strip() for x in lines[:2])
    return (
        _is_title_line(second) and (_person_name(first) or _office_then_name(first) is not None)
    ) or (_is_title_line(first) and _person_name(second))


def _person_name(line: str) -> bool:
    """'Hiroshi Hiraguchi', 'LI Qiang', 'Lương Cường', 'Hamada al-Sawi': two to five words,
    each capitalised or a particle, no figures, no office."""
    words = line.replace(",", " ").split()
    return (
        2 <= len(words) <= 5
        and not _has_digits(line)
        and not _OFFICE_RE.match(line)
        and not country_in(line)
        and all(w[0].isupper() or w.split("-")[0].lower() in _NAME_PARTICLES for w in words)
    )


# "His Majesty King X Office of His Majesty the King Royal Court, Riyadh Kingdom of Saudi
# Arabia Fax: +966 ...": an address whose line breaks were lost, country last or before the
# contacts. The person's name ends where the institution's begins.
_MAJESTY_RE = re.compile(r"^(?:his|her)\s+(?:majesty|royal\s+highness|highness)\s", re.I)
_FLAT_CONTACT_RE = re.compile(
    r"\s+(?=(?:fax|tel|phone|e-?mail|twitter|salutation|contact form)\b\s*:)", re.IGNORECASE
)
_INSTITUTION_RE = re.compile(
    r"\s(?=(?:Office|Ministry|Ministère|Ministerio|Royal|Embassy|Department|Palace|Presidency|"
    r"People's|Government|Court|State Council|Cabinet|Secretariat|Prison)\b)"
)
_FLAT_FIELD_RE = re.compile(
    r"\b(fax|e-?mail|salutation)\s*:\s*(.+?)(?=[,;]?\s+(?:fax|tel|phone|e-?mail|twitter|"
    r"salutation|contact form)\b\s*:|$)",
    re.IGNORECASE,
)


def flattened_address(line: str) -> tuple[list[str], str] | None:
    """(address lines with 'Fax: ...'/'Email: ...' lines, salutation) when ``line`` is an
    official's address on one line: an honorific or office first, the country at the end or
    just before the contacts; else None."""
    text = line.strip()
    if not 40 <= len(text) <= 400 or not (
        _MAJESTY_RE.match(text) or _HONORIFIC_RE.match(text) or _OFFICE_RE.match(text)
    ):
        return None
    parts = _FLAT_CONTACT_RE.split(text, maxsplit=1)
    body, contacts = parts[0].rstrip(" ,;"), (parts[1] if len(parts) > 1 else "")
    words = body.split()
    country = ""
    for size in (5, 4, 3, 2, 1):
        if len(words) > size + 2:
            country = country_name(" ".join(words[-size:]))
            if country:
                body = " ".join(words[:-size]).rstrip(" ,")
                break
    if not country or re.search(r"[.!?]\s+[a-z]", body):
        return None
    head, _, place = body.partition(", ")  # "... Royal Court, Riyadh"
    pieces = _INSTITUTION_RE.split(head, maxsplit=1)
    lines = [p.strip() for p in pieces if p.strip()]
    person = lines[0].split()
    if len(person) < 2 or not all(
        w[0].isupper() or w.split("-")[0].lower() in _NAME_PARTICLES for w in person
    ):
        return None  # "President of the Republic wants ...": a sentence, not an address
    lines += [p.strip() for p in place.split(", ") if p.strip()] + [country]
    salutation = ""
    for label, value in _FLAT_FIELD_RE.findall(contacts):
        key = label.lower().replace("-", "")
        if key == "salutation":
            salutation = value.strip()
        else:
            lines.append(f"{'Fax' if key == 'fax' else 'Email'}: {value.strip().rstrip(',;')}")
    return lines, salutation
