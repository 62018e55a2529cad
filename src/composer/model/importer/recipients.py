"""Recipients and copies-to: address blocks, names versus titles, countries, salutations."""

from __future__ import annotations

import re

from composer.model.case import (
    BackgroundSection,
    Localized,
    Recipient,
)
from composer.model.importer.patterns import (
    _CONTACT_RE,
    _COPIES_RE,
    _LETTER_START_RE,
    _OFFICE_RE,
    _SALUTATION_RE,
    _WRITE_TO_RE,
    _plain,
    _salutation_language,
    country_name,
)
from composer.model.importer.result import WarningKind
from composer.model.importer.units import Kind, Unit, _Found, _is_marker


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
