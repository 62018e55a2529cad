"""Recipients and copies-to: address blocks, names versus titles, countries, salutations."""

from __future__ import annotations

import dataclasses
import re

from composer.model.case import (
    BackgroundSection,
    Localized,
    Recipient,
)
from composer.model.importer.address_lines import (
    _address_evidence,
    _address_line,
    _address_tail,
    _country_ending,
    _ends_with_country,
    _has_digits,
    _heads_address,
    _is_title_line,
    _office_then_name,
    _official_address,
    _person_name,
    _place_and_date,
    _prose_line,
    _salutation_line,
    _sentence,
    flattened_address,
)
from composer.model.importer.lexicons import (
    _salutation_language,
    country_in,
    country_name,
)
from composer.model.importer.patterns import (
    _CONTACT_RE,
    _COPIES_RE,
    _HONORIFIC_RE,
    _LETTER_END_RE,
    _LETTER_START_RE,
    _OFFICE_RE,
    _SALUTATION_RE,
    _WRITE_TO_END_RE,
    _WRITE_TO_RE,
    _plain,
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
    role = "copy" if where.startswith("copies_to") else "recipient"  # its warnings' codes
    contact: dict[str, str] = {}
    other_contacts: list[str] = []
    rest: list[str] = []
    for line in lines:
        if _SECTION_LABEL_RE.match(line.strip()):
            continue
        match = _CONTACT_RE.match(line)
        if match:
            key = match.group(1).lower().replace("-", "")
            if key.startswith(("email", "courriel", "correo")) and not contact.get("email"):
                contact["email"] = match.group(2).strip()
            elif key.startswith(("fax", "telefax")) and not contact.get("fax"):
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
    if rest:
        rest[0] = _HONORIFIC_RE.sub("", rest[0]).strip()
    split = _office_then_name(rest[0]) if len(rest) > 1 else None
    if split is not None and not _is_title_line(rest[1]) and _is_title_line(split[0]):
        # "Public Prosecutor Hamada al-Sawi" is published as one line and stays one: the
        # office words read well before the name on the envelope
        name = rest[0]
        rest = rest[1:]
    if rest and not name and _is_title_line(rest[0]) and ", " in rest[0]:
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
        elif len(office.split()) >= 3 and _is_title_line(office) and not _has_digits(person):
            # "Président de la République, Palais de l'Élysée": an office with no person
            title, rest = office.strip(), [person.strip(), *rest[1:]]
    if rest and not name and not title:
        first_is_office = _is_title_line(rest[0])
        second_is_office = len(rest) > 1 and _is_title_line(rest[1])
        if first_is_office and len(rest) > 1 and not second_is_office and not _has_digits(rest[1]):
            title, name = rest[0], _HONORIFIC_RE.sub("", rest[1]).strip()
            rest = rest[2:]
        elif len(rest) > 1 and second_is_office:
            name, title = rest[0], rest[1]
            rest = rest[2:]
        else:
            name = rest[0]
            rest = rest[1:]
            found.warn(f"{where}.title", f"import.{role}.no-title", WarningKind.DOUBTFUL)
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
    if not country and rest:
        # "Toluca, Estado de México": the country ends the last line but is part of it
        country = _country_ending(rest[-1])
    if not country:
        # "Prime Minister of Australia": the office names the country
        country = country_in(title) if title else ""
        if country:
            found.warn(
                f"{where}.country", f"import.{role}.country-from-title", WarningKind.DOUBTFUL
            )
    if not country:
        found.warn(f"{where}.country", f"import.{role}.no-country")
    if not rest:
        found.warn(f"{where}.address_lines", f"import.{role}.no-address")
    salutation_text = _split_salutation(salutation, found.languages, language)
    if not salutation_text and not where.startswith("copies_to"):  # a copy needs none
        found.warn(f"{where}.salutation", "import.recipient.no-salutation")
    if not name:
        found.warn(f"{where}.name", f"import.{role}.no-name")
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


def _address_like(unit: Unit) -> bool:
    return (
        unit.kind is Kind.TEXT
        and len(unit.lines) <= 10
        and all(len(line) <= 90 and not _sentence(line) for line in unit.lines)
        and not any(_is_marker(line) and not _SALUTATION_RE.match(line) for line in unit.lines)
        and not _LETTER_START_RE.match(unit.first)
    )


# "COPIES TO: diplomatic representatives of Peru accredited to your country": a note
_COPIES_NOTE_RE = re.compile(
    r"\b(?:your (?:own )?country|accredited|diplomatic representatives?|"
    r"votre pays|su país|ihrem land|uw land)\b",
    re.IGNORECASE,
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
    i = start + 1
    while i < len(units):
        unit = units[i]
        if unit.used or not _address_like(unit) or _SECTION_LABEL_RE.match(unit.first):
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
        if (
            lines
            and unit.gap_before
            and current
            and len(lines) > 1
            and len(current) > 1
            # an address set one line a paragraph ("Président Joseph Kabila" / "Présidence
            # de la République" / ...) goes on until it reaches its town or country
            and (len(current) >= 3 or _ends_with_country(current[-1]) or _has_digits(current[-1]))
        ):
            groups.append((current, ""))
            current = []
        current.extend(lines)
        unit.used = True
        i += 1
        if salutation or (not lines and not salutation):
            groups.append((current, salutation))
            current = []
            # contact lines just after the salutation still belong to this recipient
            while (
                i < len(units)
                and units[i].gap_before == 0
                and not units[i].used
                and all(_CONTACT_RE.match(line) for line in units[i].lines)
            ):
                groups[-1][0].extend(units[i].lines)
                units[i].used = True
                i += 1
            # after a salutation, only another address block continues the list
            if i < len(units) and (units[i].gap_before == 0 or len(units[i].lines) < 2):
                nxt = units[i]
                if not (_address_like(nxt) and any(_SALUTATION_RE.match(x) for x in nxt.lines)):
                    break
    if current:
        groups.append((current, ""))
    # the model letter's "Monsieur," right after the last address is that recipient's greeting
    if groups and not groups[-1][1] and i < len(units) and not label.startswith("copies"):
        greeting = units[i].first.strip()
        if not units[i].used and _salutation_line(greeting):
            groups[-1] = (groups[-1][0], greeting)
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
            tail = write_to.group(1) or ""
            first = (_inline_address(tail) or [tail]) if tail.strip() else []
            first += unit.lines[1:]
            # prose after the address in the same block ("Et postons les photos ...") is text
            cut = next((n for n, line in enumerate(first) if n and _prose_line(line)), None)
            scope = units
            if cut is not None:
                units.insert(i + 1, Unit(first[cut:], Kind.TEXT, 0))
                first = first[:cut]
                scope = units[: i + 1]  # the address ends where the prose starts
            k = next((n for n, line in enumerate(first) if _salutation_line(line)), None)
            if k:
                # no blank line between the address and the letter: the letter is split off
                units.insert(i + 1, Unit(first[k:], Kind.TEXT, 0))
                block = [line for line in first[:k] if not _SECTION_LABEL_RE.match(line)]
                where = f"recipients[{len(found.recipients)}]"
                rec = _parse_recipient(block, first[k], found, where, language)
                if rec is not None:
                    found.recipients.append(rec)
                continue
            _collect_recipients(scope, i, found, found.recipients, "recipients", language, first)
        elif copies:
            unit.used = True
            tail = copies.group(1) or ""
            nxt = units[i + 1] if i + 1 < len(units) else None
            if (
                not tail.strip()
                and len(unit.lines) == 1
                and nxt is not None
                and not nxt.used
                and len(nxt.lines) == 1
                and _COPIES_NOTE_RE.search(nxt.first)
            ):
                # "COPIAS A:" / "Embajada de México en su país": a note, not an address
                nxt.used = True
                found.background.append(BackgroundSection("Copies", f"{unit.first} {nxt.first}"))
                continue
            if _COPIES_NOTE_RE.search(" ".join([tail, *unit.lines[1:2]])) and len(unit.lines) <= 2:
                found.background.append(BackgroundSection("Copies", unit.joined()))
                continue
            first = [tail] if tail.strip() else []
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
            if not block:  # "Tratamiento: ..." before the address: kept for the address
                found.orphan_salutations.append(match.group(1))
                break
            where = f"recipients[{len(found.recipients)}]"
            rec = _parse_recipient(block, match.group(1), found, where, language)
            if rec is not None:
                found.recipients.append(rec)
            break
    _recipients_after_sentence_marker(units, found, language)
    _recipients_before_salutations(units, found, language)
    if not found.recipients:
        _recipients_in_sentences(units, found, language)
    if not found.recipients:
        _recipient_named_above_salutation(units, found, language)
    _give_orphan_salutation(found, language)
    if not found.recipients:
        _find_unmarked_recipient(units, found, language)
    if not found.recipients:
        _flattened_recipients(units, found, language)
    if not found.recipients:
        _recipient_named_in_sentence(units, found, language)
    if not found.recipients:
        found.warn("recipients", "import.no-recipients")


# "Pétition à l'attention de Monsieur X, Procureur général de Russie", "Letter to the
# attention of ...", "Carta dirigida a ...": the addressee named in one line
_ADDRESSED_TO_RE = re.compile(
    r"^(?:(?:pétition|petition|petición|petitie|lettre|letter|carta|brief|appel|appeal)\s+)?"
    r"(?:à l['’]attention d[eu]|(?:to|for) the attention of|addressed to|adressée? à|"
    r"dirigida a|gerichtet an|gericht aan|t\.a\.v\.)\s+(.+?)\.?$",
    re.IGNORECASE,
)
# Courtesy before a person's name, not part of it
_COURTESY_RE = re.compile(
    r"^(?:monsieur|madame|mr\.?|mrs\.?|ms\.?|herrn?|frau|señora?|sr\.|sra\.|de heer|mevrouw)\s+",
    re.IGNORECASE,
)


def _recipient_named_above_salutation(units: list[Unit], found: _Found, language: str) -> None:
    """'Pétition à l'attention de Monsieur X, Procureur général de Russie' just above
    'Monsieur le Procureur général,': the person and office the letter is addressed to."""
    for unit in units[:_UNITS_SCANNED]:
        if unit.kind is not Kind.TEXT:
            continue
        for line, nxt in zip(unit.lines, unit.lines[1:], strict=False):
            match = _ADDRESSED_TO_RE.match(line.strip())
            if not match or not _salutation_line(nxt):
                continue
            parts = [p.strip() for p in match.group(1).split(", ") if p.strip()]
            parts[0] = _COURTESY_RE.sub("", parts[0])
            if len(parts) < 2 or not _is_title_line(parts[1]):
                continue
            where = f"recipients[{len(found.recipients)}]"
            rec = _parse_recipient(parts, nxt.strip(), found, where, language)
            if rec is not None:
                found.recipients.append(rec)
            return


# "... appealing for his release to: His Excellency President X, Office of the President,
# PO Box 100, Nairobi, Kenya." - an address written out in a sentence
_INLINE_TO_RE = re.compile(
    r"\b(?:write|send|appeals?|letters?|messages?|cards?)\b[^:]{0,160}?\bto\s*:\s*(.+)$",
    re.IGNORECASE,
)


def _inline_address(text: str) -> list[str] | None:
    """Comma-separated address parts when ``text`` is an address on one line (three parts
    or more, ending with a country); else None."""
    parts = [p.strip() for p in re.split(r",\s+(?![^()]*\))", text.strip().rstrip(".;"))]
    parts = [p for p in parts if p]
    if len(parts) < 3 or not country_name(parts[-1]) or any(len(p) > 70 for p in parts):
        return None
    return parts


def _recipients_in_sentences(units: list[Unit], found: _Found, language: str) -> None:
    """Addresses written out after "to:" inside a paragraph (newsletters of the 1980s and
    1990s; one-line "Write to:" tails)."""
    for unit in units:
        if unit.used or unit.kind is not Kind.TEXT:
            continue
        joined = unit.joined()
        match = _INLINE_TO_RE.search(joined)
        if not match:
            continue
        address, _, salutation = match.group(1).partition("Salutation:")
        parts = _inline_address(address)
        if parts is None:
            continue
        where = f"recipients[{len(found.recipients)}]"
        rec = _parse_recipient(parts, salutation.strip(), found, where, language)
        if rec is not None:
            found.recipients.append(rec)


def _give_orphan_salutation(found: _Found, language: str) -> None:
    """A salutation given apart from any address goes to the one recipient without one."""
    bare = [i for i, r in enumerate(found.recipients) if not r.salutation]
    if len(found.orphan_salutations) != 1 or len(bare) != 1:
        return
    i = bare[0]
    salutation = _split_salutation(found.orphan_salutations[0], found.languages, language)
    found.recipients[i] = dataclasses.replace(found.recipients[i], salutation=salutation)
    found.warnings[:] = [w for w in found.warnings if w.field != f"recipients[{i}].salutation"]


def _recipients_after_sentence_marker(units: list[Unit], found: _Found, language: str) -> None:
    """ "... please write to:" ending a paragraph: the address blocks follow it."""
    for i, unit in enumerate(units):
        # the marker may also be the deadline's line, already read as such
        if unit.kind is not Kind.TEXT or not _WRITE_TO_END_RE.search(unit.lines[-1]):
            continue
        if _intro_like(unit.lines[-1]):
            continue
        # the sentence itself stays where it is (summary or background)
        _collect_recipients(units, i, found, found.recipients, "recipients", language, [])


def _intro_like(line: str) -> bool:
    """'Write to the Minister urging him to:' introduces demands, not addresses."""
    return bool(
        re.search(
            r"\b(urg|call|ask|demand|request|to\s+ensure|exig|pid|fordern|vraag)",
            line,
            re.IGNORECASE,
        )
    )


_SECTION_LABEL_RE = re.compile(
    r"^(?:inhalt|inhoud|contenu|contenido|text|texte|tekst|body|betreff|objet|asunto|"
    r"onderwerp|subject|brieftext|model letter|sample letter|lettre type|modèle de lettre|"
    r"carta modelo|musterbrief|voorbeeldbrief)\s*:?$",
    re.IGNORECASE,
)


# An appeal names a few officials in its first few hundred blocks; hostile text with
# thousands of "Dear ..." lines is not read further than this (the import stays fast).
_MAX_RECIPIENTS = 12
_UNITS_SCANNED = 600


def _recipients_before_salutations(units: list[Unit], found: _Found, language: str) -> None:
    """Address blocks with no marker, each followed by a letter's salutation ("Your
    Excellency:", "Sehr geehrter Herr Staatsanwalt,"): as many recipients as letters. A
    place-and-date line or a label ("INHALT") between them is passed over."""
    i = -1
    while i + 1 < min(len(units), _UNITS_SCANNED) and len(found.recipients) < _MAX_RECIPIENTS:
        i += 1
        unit = units[i]
        if unit.used or unit.kind is not Kind.TEXT:
            continue
        k = next((n for n, line in enumerate(unit.lines) if _salutation_line(line)), None)
        if k is None:
            continue
        salutation = unit.lines[k].strip()
        # in the same block, only the address-like lines just above the salutation
        start = k
        while start > 0 and _address_line(unit.lines[start - 1]):
            start -= 1
        block = [
            line
            for line in unit.lines[start:k]
            if not _SECTION_LABEL_RE.match(line) and not _place_and_date(line)
        ]
        if k and start == k:
            continue
        taken: list[Unit] = []
        split: tuple[Unit, int] | None = None
        j = i - 1
        if not block:
            while j >= 0 and len(block) < 12:
                prev = units[j]
                if prev.used or prev.kind is not Kind.TEXT:
                    break
                lines = [
                    line
                    for line in prev.lines
                    if not _SECTION_LABEL_RE.match(line) and not _place_and_date(line)
                ]
                if not lines and not taken:
                    j -= 1  # "Apeldoorn, April 2020." between the address and "Dear ..."
                    continue
                if not lines or _LETTER_END_RE.match(prev.first) or _heads_address(block):
                    break  # the address already starts with its person
                if not _address_like(prev) or not all(_address_line(x) for x in lines):
                    # "... Please write to the minister." / "Hiroshi Hiraguchi" / ...: the
                    # address follows a sentence with no blank line
                    tail = _address_tail(prev.lines)
                    if tail and _heads_address(tail + block):
                        block = tail + block
                        split = (prev, len(prev.lines) - len(tail))
                    break
                block = lines + block
                taken.append(prev)
                j -= 1
        if len(block) < 2 or not _address_evidence(block):
            continue
        for used in taken:
            used.used = True
        if split is not None:
            split[0].lines = split[0].lines[: split[1]]
        if k:
            # "Im Dezember 2025" above "Sehr geehrter ...": a date line stays in the text
            kept = unit.lines[:start] + [x for x in unit.lines[start:k] if _place_and_date(x)]
            unit.lines = unit.lines[k:]
            if kept:
                units.insert(i, Unit(kept, Kind.TEXT, unit.gap_before))
                i += 1
        where = f"recipients[{len(found.recipients)}]"
        rec = _parse_recipient(block, salutation, found, where, language)
        if rec is not None:
            found.recipients.append(rec)
            found.warn(where, "import.recipient.unmarked", WarningKind.DOUBTFUL)


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
        # an official's address standing alone, but not the sender's under a letter's closing
        signed = before is not None and bool(
            _LETTER_END_RE.match(before.lines[-1]) or _LETTER_END_RE.match(before.first)
        )
        alone = not signed and _official_address(unit.lines)
        if not (after_action or letter_next or alone):
            continue
        unit.used = True
        salutation = after.first if letter_next and after is not None else ""
        rec = _parse_recipient(unit.lines, salutation, found, "recipients[0]", language)
        if rec is not None:
            found.recipients.append(rec)
            found.warn("recipients[0]", "import.recipient.unlabelled", WarningKind.DOUBTFUL)
        return


# "Send letters to the President of the Chamber, Jane Doe: jane@example.org", "envíen una
# carta al fiscal general, Sergio Lello, para ...", "une lettre à adresser au ministre de la
# Justice, Me Malick Sall.": the call to write names the office, then the person
_WRITE_VERB_RE = re.compile(
    r"\b(?:write|writing|send|sending|escrib\w*|env[ií][aeé]\w*|envoy\w*|écri\w*|adresser|"
    r"schreib\w*|schrijf\w*|stuur\w*)\b",
    re.IGNORECASE,
)
# a lookahead, so that "a letter to the Governor, ..." is tried from "to" as well as from "a"
_TO_OFFICE_RE = re.compile(
    r"(?=\b(?:to|al|a|au|aux|à|an|aan)\s+(?:the\s+|la\s+|le\s+|l['’]|den\s+|die\s+|de\s+)?"
    r"(?P<office>[^,.;:!?]{3,90}?),\s+(?P<name>[^,.;:!?]{3,60}?)\s*(?P<end>[,.;:!?]|$))",
    re.IGNORECASE,
)
_EMAIL_RE = re.compile(r"^\s*([\w.+-]+@[\w-]+(?:\.[\w-]+)+)")


def _recipient_named_in_sentence(units: list[Unit], found: _Found, language: str) -> None:
    """No address anywhere, but a sentence asks to write to an office and names its holder
    ("Envía cartas a la presidenta de la Cámara de Diputados, Alejandra Sepúlveda Ordenes:
    asepulveda@congreso.cl"): that person is the recipient, to be checked by the reader."""
    for unit in units[:_UNITS_SCANNED]:
        if unit.kind is not Kind.TEXT:
            continue
        text = unit.joined()
        for verb in _WRITE_VERB_RE.finditer(text):
            window = text[verb.end() : verb.end() + 300]
            sentence_end = re.search(r"[.!?](?:\s|$)", window)
            limit = sentence_end.start() if sentence_end else len(window)
            for match in _TO_OFFICE_RE.finditer(window):
                if match.start() > min(limit, 160):
                    break
                office = match.group("office").strip()
                name = _COURTESY_RE.sub("", match.group("name").strip())
                if not _OFFICE_RE.match(office) or not _person_name(name):
                    continue
                lines = [office, match.group("name").strip()]
                rest = window[match.end("end") :] if match.group("end") == ":" else ""
                email = _EMAIL_RE.match(rest)
                if email:
                    lines.append(f"Email: {email.group(1)}")
                where = f"recipients[{len(found.recipients)}]"
                rec = _parse_recipient(lines, "", found, where, language)
                if rec is not None:
                    found.recipients.append(rec)
                    found.warn(where, "import.recipient.unmarked", WarningKind.DOUBTFUL)
                return


def _flattened_recipients(units: list[Unit], found: _Found, language: str) -> None:
    """Officials' addresses whose line breaks were lost on the way (a web page flattened,
    a news item quoting a letter): one line each (or a paragraph's few lines, as a PDF wraps
    it), the office or honorific first, the country last; a salutation next is theirs."""
    # a list item's continuation too: "3. Click here to report." then the flattened addresses
    lines = [line for unit in units[:_UNITS_SCANNED] for line in unit.lines]
    n = 0
    while n < len(lines) and len(found.recipients) < _MAX_RECIPIENTS:
        flat, size = None, 1
        for size in (1, 2, 3):
            joined = " ".join(line.strip() for line in lines[n : n + size])
            flat = flattened_address(joined) if n + size <= len(lines) else None
            if flat is not None:
                break
        if flat is None:
            n += 1
            continue
        parts, salutation = flat
        nxt = lines[n + size] if n + size < len(lines) else ""
        if not salutation and _salutation_line(nxt):
            salutation = nxt.strip()
        where = f"recipients[{len(found.recipients)}]"
        rec = _parse_recipient(parts, salutation, found, where, language)
        if rec is not None:
            if len(parts) > 1 and rec.title == parts[1]:  # the institution: an address line
                address = (rec.title, *rec.address_lines)
                rec = dataclasses.replace(rec, title="", address_lines=address)
            found.recipients.append(rec)
            found.warn(where, "import.recipient.unmarked", WarningKind.DOUBTFUL)
        n += size
