"""The other fields: title, demands, deadline, languages, model letter, summary, background."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection

from composer.model.case import (
    CASE_ID_RE,
    BackgroundSection,
    Case,
    Demand,
    unique_id,
)
from composer.model.importer.address_lines import _address_tail, _heads_address
from composer.model.importer.lexicons import (
    countries_in_prose,
    country_name,
    language_code,
    prose_country,
)
from composer.model.importer.patterns import (
    _ADDITIONAL_RE,
    _DEMAND_SENTENCE_RE,
    _GENDER_RE,
    _INTRO_RE,
    _LANGUAGE_CUE_RE,
    _LANGUAGE_RE,
    _LETTER_END_RE,
    _LETTER_START_RE,
    _NAME_RE,
    _SENTENCE_END,
    _URGENT_ACTION_RE,
    _is_furniture,
    _plain,
    find_date,
    find_deadline,
    find_ua_number,
    languages_in,
)
from composer.model.importer.result import ImportResult, WarningKind
from composer.model.importer.titles import case_sheet_heading
from composer.model.importer.units import (
    UNPLACED_HEADING,
    Kind,
    Unit,
    _Found,
    _is_boilerplate,
    _is_deadline_line,
    _is_marker,
    _looks_like_heading,
    _paragraphs,
)


def _demands_from_letter(letter: str) -> list[str]:
    demands: list[str] = []
    for match in _DEMAND_SENTENCE_RE.finditer(letter):
        body = " ".join(match.group(1).split())
        if re.search(r"\bsetz", match.group(0), re.IGNORECASE):
            body = re.sub(r"\s+ein$", "", body)  # "setzen uns für die Aufhebung ... ein"
        for piece in re.split(r",?\s+and\s+(?:for you\s+|also\s+)?to\s+", body):
            piece = piece.strip().rstrip(".;,")
            # "..., see attachment for details": a pointer elsewhere, not part of the demand
            piece = re.sub(r",\s+(?:see|voir|véase|siehe|zie)\s[^,]*$", "", piece, flags=re.I)
            if 8 < len(piece) <= _LONGEST_DEMAND:
                demands.append(piece[0].upper() + piece[1:] + ".")
    return demands


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
                for preface in units[:i]:  # a forwarder's note above "URGENT ACTION"
                    if not preface.used:
                        preface.preface = True
                _country_under_title(units, units.index(nxt), found)
                _country_from_title(found)
                return
    # The case sheet's heading: "UA 229/10 Risk of Forced Eviction" / "BRAZIL Community of X"
    lines = [(k, line) for k, u in enumerate(units[:15]) for line in u.lines]
    for (k, line), (_k, below) in itertools.pairwise(lines):
        heading = None if units[k].used else case_sheet_heading(line, below)
        if heading is not None:
            found.title, found.country = heading
            for preface in units[:k]:
                if not preface.used:
                    preface.preface = True
            return  # both lines stay in the text: the number and the names are read there
    # An appeal's own title names the country first: "Belarus: End the isolation of ...",
    # "UA: HONDURAS", "1. EGYPTE: Schrijfactie ...". Among the first blocks it beats a site's
    # heading ("Voorbeeld brieven", "Kategoriarkiv: Protestbrev").
    for k, unit in enumerate(units[:12]):
        if unit.used:
            continue
        for n, line in enumerate(unit.lines[:8]):
            if not _country_title(line):
                continue
            if len(line) > 200:
                # "KENYA: Daniel Example, a teacher ..., has been held ...": a newsletter's
                # paragraph opens with the country; its first clause names the case
                head, sep, tail = _title_parts(_TITLE_NUMBER_RE.sub("", line))
                clause = re.split(r",\s|\.\s|;\s", tail, maxsplit=1)[0]
                found.title = " ".join(f"{head}{sep.strip()} {clause}".split())[:120]
                for preface in units[:k]:
                    if not preface.used:
                        preface.preface = True
                _country_from_title(found)
                return
            found.title = " ".join(_TITLE_NUMBER_RE.sub("", line).split())
            if len(unit.lines) == 1:
                unit.used = True
            else:
                before, unit.lines = unit.lines[:n], unit.lines[n + 1 :]
                # "1. EGYPTE: ..." numbered the title, not a list: what follows is prose
                unit.kind = Kind.TEXT
                if not unit.lines:
                    unit.lines, unit.used = [line], True
                if before:  # "SCHRIJFACTIE" above the title: kept aside, not a heading
                    units.insert(k, Unit(before, Kind.TEXT, unit.gap_before, preface=True))
                    k += 1
            for preface in units[:k]:
                if not preface.used:
                    preface.preface = True
            _country_from_title(found)
            return
    # Else the first short line that is not a site's furniture (navigation, a date, the
    # newsletter's name); what comes before it is kept aside as unplaced text.
    skipped = 0
    for k, first in enumerate(units[:12]):
        if first.used or _is_marker(first.first):
            break
        if all(_is_furniture(line) for line in first.lines) or (
            first.kind is Kind.BULLET and len(first.joined().split()) <= 4
        ):
            skipped += 1
            continue
        if first.kind is not Kind.TEXT:
            break
        # an address's first line ("Hiroshi Hiraguchi" over "Minister of Justice") is no title
        ahead = [*first.lines[:2], *(u.first for u in units[k + 1 : k + 3])]
        if _heads_address(ahead[:2]) or _heads_address(_address_tail(first.lines)):
            break
        joined = first.joined()
        if _is_furniture(first.first):
            rest = first.lines
            while rest and _is_furniture(rest[0]):
                rest = rest[1:]
            if rest and len(rest[0]) <= 120 and not rest[0].endswith((".", ":", ",")):
                found.title = rest[0]
                first.lines = first.lines[: len(first.lines) - len(rest)] + rest[1:]
                first.preface = True
        elif len(joined) <= 160 and not joined.endswith((".", ":", "!", "?", ",")):
            found.title = joined
            first.used = True
        elif (
            len(first.first) <= 120
            and not first.first.endswith((".", ":", ","))
            and len(first.lines) > 1
        ):
            found.title = first.first
            first.lines.pop(0)
        elif (
            k - skipped < 2
            and len(first.lines) > 1
            and len(first.first) <= 60
            and first.first.endswith((".", "!"))
            and not re.search(r"[.!?]\s", first.first)
        ):
            found.title = first.first.rstrip(".")  # "Libérez les Pussy Riot."
            if len(first.lines) == 1:
                first.used = True
            else:
                first.lines.pop(0)
        elif k - skipped < 2 and len(joined) <= 200:
            continue
        if found.title:
            for preface in units[:k]:
                if not preface.used:
                    preface.preface = True
            if len(found.title.split()) <= 3 or _is_furniture(found.title):
                found.warn("title", "import.title-from-page", WarningKind.DOUBTFUL)
        break
    _country_from_title(found)


_TITLE_NUMBER_RE = re.compile(r"^\s*(?:\d{1,2}[.)]|[•*\-–])\s+")
_TITLE_PREFIX_RE = re.compile(
    r"^(?:urgent action|ua|action urgente|acción urgente|au|eilaktion|schrijfactie)"
    r"\s*(?::|\s[–—-])\s*",  # "Action urgente – Iran : ..."
    re.IGNORECASE,
)


def _country_under_title(units: list[Unit], k: int, found: _Found) -> None:
    """'FORSCHER WILLKÜRLICH INHAFTIERT' / 'ÄGYPTEN': a country alone under the title is the
    case's country (the line is kept in the text all the same)."""
    unit = units[k]
    line = unit.first if not unit.used else (units[k + 1].first if k + 1 < len(units) else "")
    if not found.country and line and len(line.split()) <= 4 and country_name(line):
        found.country = country_name(line)


_TITLE_SEP_RE = re.compile(r":\s*|\.\s+|\s+[–—-]\s+")


def _title_parts(text: str) -> tuple[str, str, str]:
    """'Belarus: End ...', 'ÉGYPTE. UN CHERCHEUR ...', 'Iran – Stop ...' -> (head, sep, tail)."""
    match = _TITLE_SEP_RE.search(text)
    if not match:
        return text, "", ""
    return text[: match.start()], match.group(0), text[match.end() :]


def _country_title(line: str) -> bool:
    """'Belarus: End the ...', 'UA: HONDURAS', 'Urgent Action: Saudi Arabia', '1. EGYPTE: ...'."""
    bare = _TITLE_NUMBER_RE.sub("", line)
    head, sep, tail = _title_parts(bare)
    if not sep or not tail.strip() or _is_furniture(bare):  # "AU: 170/10 Índice: ..."
        return False
    if country_name(head):
        return True
    return bool(_TITLE_PREFIX_RE.match(bare)) and (
        bool(country_name(tail)) or len(tail.split()) >= 3
    )


def _country_from_title(found: _Found) -> None:
    """The case's country as the title names it: before its colon, after "UA:", or in
    parentheses ("(Saudi Arabia: UA 60.22)")."""
    if found.country or not found.title:
        return
    title = _TITLE_PREFIX_RE.sub("", found.title)
    head, sep, tail = _title_parts(title)
    for candidate in (head if sep else "", tail if sep else title):
        name = country_name(candidate)
        if name:
            found.country = name
            return
    bracket = re.search(r"\(([^():]{3,40}):\s*(?:UA|AU|EA)\b", title)
    if bracket and country_name(bracket.group(1)):
        found.country = country_name(bracket.group(1))


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
    # A deadline inside a paragraph, in any phrasing ("Schrijf vóór 1 mei 2020 naar ..."):
    # the date is taken, the sentence stays where it is.
    if found.deadline is None:
        for unit in units[:600]:  # an appeal's blocks; hostile text is not read further
            if not _LETTER_START_RE.match(unit.first):
                deadline = find_deadline(unit.joined())
                if deadline is not None:
                    found.deadline, found.deadline_note = deadline
                    break
    if not found.ua_number:
        for unit in units[:40]:
            found.ua_number = find_ua_number(unit.joined())
            if found.ua_number:
                break
    if not found.languages:
        for unit in units[:600]:
            if unit.kind is Kind.TEXT and _LANGUAGE_CUE_RE.search(unit.joined()):
                for sentence in re.split(r"(?<=[.!?])\s+", unit.joined()):
                    if _LANGUAGE_CUE_RE.search(sentence):
                        found.languages.extend(
                            c for c in languages_in(sentence) if c not in found.languages
                        )
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
    rejected_until = 0  # a list judged as a whole is not judged again from its second item
    for i, unit in enumerate(units):
        if unit.kind is not Kind.BULLET or unit.used or i < rejected_until:
            continue
        intro = _intro_before(units, i)
        if intro is None and introduced:
            continue
        j = i
        run: list[Unit] = []
        while j < len(units) and units[j].kind is Kind.BULLET and not units[j].used:
            run.append(units[j])
            j += 1
        items = [u.joined() for u in run]
        # A list of meeting notes, instructions or news is not a list of demands: without an
        # introduction, most items must ask for something; a paragraph is never a demand.
        if any(len(item) > _LONGEST_DEMAND for item in items) or (
            intro is None and sum(1 for item in items if _asks(item)) * 2 <= len(items)
        ):
            rejected_until = j
            continue
        for u in run:
            u.used = True
        found.demands = items
        if j >= len(units) or not items[-1].endswith(_SENTENCE_END):
            found.warn("demands", "import.demands-cut", WarningKind.DOUBTFUL)
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
            found.warn("demands", "import.demands-no-intro", WarningKind.DOUBTFUL)
        return


_LONGEST_DEMAND = 400  # characters; longer is a paragraph of description
_ASKS_RE = re.compile(
    r"^(?:immediately\s+|urgently\s+|to\s+)?(?:calling|urging|asking|expressing|seeking|"
    r"requesting|demanding|insisting|appealing|"
    r"pidiendo|instando|exigiendo|solicitando|expresando|"
    r"demandant|exhortant|appelant|priant|exprimant|"
    r"appelez|demandez|exhortez|pidan|insten|exijan|fordern sie|roep|vraag|eis|"
    r"release|free|ensure|stop|end|halt|protect|investigate|"
    r"provide|allow|grant|drop|quash|guarantee|commute|lift|repeal|refrain|respect|"
    r"disclose|reveal|bring|take|give|cease|abolish|impose|deny|invite|"
    r"libérer|libérez|garantir|garantissez|mettre fin|mettez fin|veiller|veillez|"
    r"abandonner|abandonnez|protéger|protégez|ouvrir|annuler|"
    r"liberar|liberen|libere|garantizar|garanticen|poner fin|pongan fin|proteger|protejan|"
    r"investigar|investiguen|retirar|retiren|"
    r"freilassen|freizulassen|lassen sie|sicherstellen|stellen sie sicher|gewährleisten|"
    r"beenden|schützen|untersuchen|"
    r"vrijlaten|laat|zorg|beëindig|bescherm|onderzoek|trek)\b"
    r"|\b(?:must|should|immediately|unconditionally|doit|doivent|debe|deben|muss|müssen|"
    r"moet|moeten)\b",
    re.IGNORECASE,
)


def _asks(item: str) -> bool:
    return bool(_ASKS_RE.search(item.strip()))


def _intro_before(units: list[Unit], i: int) -> tuple[Unit, int] | None:
    """The unit before a list and the line where its introduction ("... urging him to:")
    starts; in text without blank lines the introduction shares a unit with the summary."""
    if i == 0:
        return None
    prev = units[i - 1]
    if prev.kind is not Kind.TEXT or prev.used:
        return None
    last = prev.lines[-1]
    # "... in denen Sie die Behörden auffordern," introduces a list as a colon does
    if not (last.endswith(":") or (last.endswith(",") and _INTRO_RE.search(last))):
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


def _find_model_letter(units: list[Unit], found: _Found) -> None:
    _find_closed_letter(units, found)
    if not found.model_letter:
        _find_open_letter(units, found)


def _find_open_letter(units: list[Unit], found: _Found) -> None:
    """A letter that runs to the end of the text with no closing (a page cut short, a blog
    quoting the letter): from its salutation to the next marker or the end."""
    for i, unit in enumerate(units):
        if unit.used or unit.kind is not Kind.TEXT:
            continue
        k = next(
            (
                n
                for n, line in enumerate(unit.lines)
                if _LETTER_START_RE.match(line) and len(line) <= 60 and line.endswith((",", ":"))
            ),
            None,
        )
        if k is None:
            continue
        if k:
            units.insert(i, Unit(unit.lines[:k], Kind.TEXT, unit.gap_before))
            unit.lines = unit.lines[k:]
            i += 1
        parts = [unit.first, *_paragraphs(unit.lines[1:])]
        unit.used = True
        for u in units[i + 1 : i + 41]:
            if u.used or _is_marker(u.first) or _ADDITIONAL_RE.match(u.first):
                break
            parts.extend(_paragraphs(u.lines) if u.kind is Kind.TEXT else [f"• {u.joined()}"])
            u.used = True
        found.model_letter = "\n\n".join(parts)
        found.warn("model_letter", "import.letter-no-closing", WarningKind.DOUBTFUL)
        return


def _find_closed_letter(units: list[Unit], found: _Found) -> None:
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

    # the page's own heading and what precedes the appeal's title (kept, not the summary)
    start = next((i for i, u in enumerate(units) if not u.preface), len(units))
    for i, unit in enumerate(units):
        if unit.preface and not unit.used:
            unplaced.extend(_paragraphs(unit.lines))
            continue
        if unit.used:
            if summary_open and (found.summary or i - start > 1):
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
            "import.text-unplaced",
            WarningKind.DOUBTFUL,
            heading=UNPLACED_HEADING,
        )


def _people_from_title(title: str) -> list[str]:
    """'Belarus: End the torturous isolation of Maryia Kalesnikava' -> ['Maryia Kalesnikava']."""
    words = title.split()
    tail: list[str] = []
    for word in reversed(words):
        bare = word.strip(",.;:!?\"'’”")
        if word.endswith(":"):  # "Russland: Aleksandra Skochilenko": the country is not a name
            break
        if bare and bare[0].isupper() and not bare.isupper():
            tail.insert(0, bare)
        else:
            break
    named = len(tail) < len(words) or ":" in title
    return [" ".join(tail)] if 2 <= len(tail) <= 4 and named else []


def _country_from_recipients_or_prose(found: _Found) -> None:
    """The case's country when no title or heading names it: the recipients' country (their
    addresses'), else the country the text is about ("the Japanese authorities", "in Japan");
    among several recipients' countries, the one the text names most."""
    countries = list(dict.fromkeys(r.country for r in found.recipients if r.country))
    if len(countries) == 1:
        found.country = countries[0]
        return
    prose = "\n".join(
        [
            found.title,
            *found.summary,
            *(s.text for s in found.background),
            found.model_letter,
            *found.demands,
            # "Please write to the Bahraini authorities ... by 4 June": the call names them
            found.action_intro,
            found.deadline_note,
        ]
    )
    if countries:
        named = countries_in_prose(prose)
        found.country = max(countries, key=lambda c: named.get(c, (0, 0)))
        found.warn("country", "import.country-of-recipients", WarningKind.DOUBTFUL)
        return
    found.country = prose_country(prose)
    if found.country:
        found.warn("country", "import.country-from-text", WarningKind.DOUBTFUL)
    else:
        found.warn("country", "import.no-country", WarningKind.MISSING)


def _title_from_summary(summary: list[str]) -> str:
    """A stand-in title when none was found: the first sentence of the first paragraph that
    is not a date or a site's furniture, cut at a word ("lunes, agosto 30, 2010" is none)."""
    for paragraph in summary:
        text = " ".join(paragraph.split())
        if not text or _is_furniture(text):
            continue
        sentence = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
        if len(sentence) <= 100:
            return sentence.rstrip(".")
        return sentence[:80].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return ""


def _finish(found: _Found, language: str, source: str, taken_ids: Collection[str]) -> ImportResult:
    if not found.title:
        found.warn("title", "import.no-title")
        found.title = _title_from_summary(found.summary) or "Imported Urgent Action"
    if not found.summary:
        found.warn("summary", "import.no-summary")
    if not found.demands:
        found.warn("demands", "import.no-demands")
    if found.deadline is None:
        found.warn("deadline", "import.no-deadline")
    if not found.languages:
        found.languages = [language]
        found.warn("languages", "import.no-language", WarningKind.DOUBTFUL)
    people = found.people or _people_from_title(found.title)
    case_id = unique_id(people[0] if people else found.title, taken_ids)
    if not CASE_ID_RE.match(case_id):  # pragma: no cover - slugify guarantees the shape
        case_id = unique_id("imported-case", taken_ids)
    demand_language = found.demand_language or language
    demands = tuple(Demand({demand_language: text}) for text in found.demands if text.strip())
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
