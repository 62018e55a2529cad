"""The appeal's title when a page's own heading stands where a title would: the name of a
campaign, a newsletter or the site ("Briefe gegen das Vergessen", "Schrijven voor Amnesty: de
maandbrieven", "March 2022 update") is not the case's. The case is then named as appeals name
it, by its country and the person the text is about ("Japan: Matsumoto Kenji")."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from composer.model.case import BackgroundSection
from composer.model.importer.lexicons import (
    _STOPWORDS,
    _adjective_country,
    _fold,
    country_in,
    country_name,
)
from composer.model.importer.patterns import _MONTH_ALT, _OFFICE_RE
from composer.model.importer.result import WarningKind
from composer.model.importer.units import UNPLACED_HEADING, _Found

_ORGANISATION_RE = re.compile(r"\b(?:amnesty|amnist[ií]a|amnistie)\b", re.IGNORECASE)
# a series, not a case: a newsletter, the month's letters, an update, an archive
_SERIES_RE = re.compile(
    r"\b(?:newsletter|nieuwsbrief|rundbrief|bulletin|maandbrie\w*|monatsbrie\w*|"
    r"briefe gegen das vergessen|lettres? du mois|cartas? del mes|action items?|updates?|"
    r"archives?|archief|archiv|blog|"
    # a model letter's heading names no case: "example letter - on behalf of Dr. S"
    r"(?:sample|example|model) letter|lettre[- ]type|mod[eè]le de lettre|carta modelo|"
    r"musterbrief|voorbeeldbrief)\b",
    re.IGNORECASE,
)
_MONTH_RE = re.compile(rf"\b(?:{_MONTH_ALT})\b", re.IGNORECASE)
_QUOTES = (("„", "“"), ("“", "”"), ('"', '"'), ("«", "»"), ("« ", " »"), ("‘", "’"), ("‚", "‘"))


def heading_not_case(title: str, text: str) -> bool:
    """The title is a page's or a series' heading rather than the case's: the text quotes it
    as a name („Briefe gegen das Vergessen“), or it names the organisation or a series
    (newsletter, monthly letters, update) and no country."""
    if not title.strip() or country_in(title):
        return False
    if any(f"{left}{title.strip()}{right}" in text for left, right in _QUOTES):
        return True
    # "Schrijfactie februari", "March 2022 update", "December 2011 Action Item": a month's
    # heading in a series
    if len(title.split()) <= 4 and _MONTH_RE.search(title):
        return True
    return bool(_ORGANISATION_RE.search(title) or _SERIES_RE.search(title))


_NAME_WORD = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*"
_WORD_RE = re.compile(rf"{_NAME_WORD}|\S+")
_FUNCTION_WORDS = frozenset().union(*_STOPWORDS.values()) | frozenset(
    {"in", "im", "am", "de", "la", "en", "er", "es", "he", "she", "we", "i", "it", "a", "an"}
    | {"mr", "mrs", "ms", "dr", "herr", "frau", "monsieur", "madame", "señor", "señora", "meneer"}
    | {"mevrouw", "sehr", "dear", "geachte", "cher", "chère", "estimado", "estimada", "saint"}
    | {"two", "three", "four", "five", "via", "per", "bij", "zur", "zum", "your", "his", "her"}
)
_NOT_NAMES_RE = re.compile(
    rf"^(?:amnesty|international|internacional|internationale|nations?|nationen|unies|unidas|"
    rf"naciones|naties|union|church|kirche|kerk|église|iglesia|group|gruppe|groep|groupe|"
    rf"grupo|urgent|action|actie|aktie|aktion|acción|letters?|briefe?|lettres?|cartas?|sample|"
    rf"model|musterbrief|voorbeeldbrief|excellency|majesty|highness|honou?r|exzellenz|excellence|"
    rf"excelencia|excellentie|{_MONTH_ALT}|monday|tuesday|wednesday|"
    rf"thursday|friday|saturday|sunday|sonntag|zondag|dimanche|domingo)$"
    # German nouns and adjectives by their endings ("Vereinten Nationen", "Allgemeinen
    # Erklärung"), which names seldom have
    r"|(?:ung|heit|keit|schaft|ität|ismus|nten|ischen|ische|lichen|liche)$",
    re.IGNORECASE,
)


def _capitalised_runs(sentence: str) -> list[str]:
    """Runs of words that start with a capital ("Đăng Đình Bách"); any other word or a
    comma ends a run."""
    runs: list[list[str]] = [[]]
    for token in _WORD_RE.findall(sentence):
        if token[0].isupper() and re.fullmatch(_NAME_WORD, token):
            runs[-1].append(token)
        elif runs[-1]:
            runs.append([])
    return [" ".join(run) for run in runs if run]


def _name_words(run: str) -> list[str]:
    words = run.split()
    while words and words[0].lower() in _FUNCTION_WORDS:
        words = words[1:]  # "Die", "In", "Dear" before a name
    return words


def named_person(text: str, focus: str) -> str:
    """The person the text is about: two to four capitalised words that are no country,
    office, organisation, month or common word, one of them also in ``focus`` (the demands
    and the model letter), counted with the times their words recur alone ("Magai Matiop
    Ngong" ... "Magai's"); '' unless one stands out."""
    text = unicodedata.normalize("NFC", text[:50_000])
    focus_words = {
        re.sub(r"['’]s$", "", w)
        for w in re.findall(_NAME_WORD, unicodedata.normalize("NFC", focus))
    }
    runs: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for sentence in re.split(r"(?<=[.!?:;])\s+|\n", text):
        for word in re.findall(_NAME_WORD, sentence):
            if word[0].isupper():
                words[re.sub(r"['’]s$", "", word)] += 1
        for run in _capitalised_runs(sentence):
            name = _name_words(run)
            if 2 <= len(name) <= 4 and _could_be_a_name(name):
                runs[re.sub(r"['’]s$", "", " ".join(name))] += 1  # "Saw Mra Aung's" too
    scored = sorted(
        (
            (count + max(words[w] for w in run.split()), run)
            for run, count in runs.items()
            if any(re.sub(r"['’]s$", "", w) in focus_words for w in run.split())
        ),
        reverse=True,
    )
    if not scored:
        return ""
    best_score, best = scored[0]
    if best_score < 3 or (len(scored) > 1 and scored[1][0] * 3 > best_score * 2):
        return ""
    return best


def _could_be_a_name(words: list[str]) -> bool:
    if not all(w[0].isupper() for w in words):
        return False
    if any(w.lower() in _FUNCTION_WORDS or _NOT_NAMES_RE.search(w) for w in words):
        return False
    if any(_adjective_country(_fold(w)) for w in words):  # "Ukrainian World Congress"
        return False
    run = " ".join(words)
    return not (_OFFICE_RE.search(run) or country_name(run) or country_in(run))


def retitle_page_heading(found: _Found, text: str) -> None:
    """A page's or series' heading taken as the title is flagged; when the text names its
    person in the demands or the model letter too, the case is titled by its country and
    that person, and the heading is kept in the background. A text with no title of its own
    (none, or a generic e-mail subject) is titled the same way."""
    heading = found.title
    # a subject such as "Urgent Action: please write now" names no country nor the person
    generic_hint = found.title_from_hint and not country_in(heading)
    if heading and not generic_hint and not heading_not_case(heading, text):
        return
    focus = "\n".join([*found.demands, found.model_letter, *found.people])
    person = named_person(text, focus) if focus.strip() else ""
    if generic_hint and person and set(person.split()) & set(heading.split()):
        return  # "Fwd: Free Maryia Kalesnikava": the subject names the person
    if not person and not (heading and not generic_hint):
        return
    found.warnings[:] = [w for w in found.warnings if w.field != "title"]
    if not person:
        found.warn("title", "import.title-from-page", WarningKind.DOUBTFUL)
        return
    found.title = f"{found.country}: {person}" if found.country else person
    if not heading:
        found.warn("title", "import.title-from-person", WarningKind.DOUBTFUL)
    elif generic_hint:
        found.warn(
            "title", "import.title-from-person-subject", WarningKind.DOUBTFUL, heading=heading
        )
    else:
        found.background.insert(0, BackgroundSection(UNPLACED_HEADING, heading))
        found.warn(
            "title", "import.title-from-person-heading", WarningKind.DOUBTFUL, heading=heading
        )


# "UA 229/10 Risk of Forced Eviction" over "BRAZIL Community of Restinga": the case sheet's
# own heading (its number and concern, then the country in capitals and the people)
_UA_CONCERN_RE = re.compile(r"^(?:UA|AU|EA)\s*:?\s*\d{1,4}\s*/\s*\d{2,4}\s+(\D.{2,100})$")


def case_sheet_heading(first: str, second: str) -> tuple[str, str] | None:
    """(title, country) when ``first`` is a UA number with its concern and ``second`` opens
    with the country in capitals before the people it is about; else None."""
    concern = _UA_CONCERN_RE.match(first.strip())
    words = second.split()
    if not concern or len(words) < 2 or len(second) > 120 or ":" in second:
        return None  # "PERU: Jorge ..." is a title of its own, read as such
    for size in (3, 2, 1):
        head = words[:size]
        if len(words) > size and all(w.isupper() for w in head):
            country = country_name(" ".join(head))
            if country:
                # "Fear of torture      12 May 1993": the sheet's date is not the concern's
                what = re.sub(
                    rf"\s+\d{{1,2}}\s+(?:{_MONTH_ALT})\.?\s+\d{{4}}$", "", concern.group(1)
                )
                return " ".join(f"{' '.join(words[size:])}: {what}".split()), country
    return None
