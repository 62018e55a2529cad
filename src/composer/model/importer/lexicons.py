"""Lexicons: country and language names in the languages appeals come in (Babel's CLDR
data), and the commonest words of each language (to tell which one a text is in)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

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


# --------------------------------------------------------------------------- countries, languages


# The languages whose country and language names the importer knows (Babel's CLDR data; the
# bundle keeps these locales, packaging/letter-composer.spec).
APPEAL_LANGUAGES = ("en", "fr", "es", "de", "nl", "pt", "it")


def _fold(text: str) -> str:
    """Lower case without accents or punctuation: 'MÉXICO' and 'Mexico' meet."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES).casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w' -]", " ", bare).split())


# "Arab Republic of Egypt", "Kingdom of Saudi Arabia", "République de Guinée": the state's form
# before the name it is known by.
_FORMAL_RE = re.compile(
    r"^(?:the\s+)?(?:(?:arab|islamic|federal|democratic|people'?s|socialist|united|bolivarian|"
    r"plurinational|oriental|hashemite|co-operative|cooperative|independent|sovereign|"
    r"federative|union)\s+)*"
    r"(?:republic|kingdom|state|federation|emirates|sultanate|principality|commonwealth|"
    r"grand duchy|union)\s+of\s+(?:the\s+)?"
    r"|^(?:la\s+)?(?:r[ée]publique|royaume|[ée]tat|f[ée]d[ée]ration)\s+(?:\w+\s+){0,2}?(?:de\s+|du\s+|d'|des\s+)(?:la\s+|l')?"
    r"|^(?:la\s+)?(?:rep[úu]blica|reino|estado)\s+(?:\w+\s+){0,2}?(?:de\s+|del\s+)(?:la\s+|el\s+)?"
    r"|^(?:die\s+)?(?:republik|königreich|koenigreich|staat)\s+(?:\w+\s+)?",
    re.IGNORECASE,
)


# Babel's regions that are not countries: the European Union, the United Nations, ...
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"})


def _babel_locale(language: str, what: str) -> dict[str, str]:
    """Babel's ``territories`` or ``languages`` names in ``language``; none if its data is
    missing (a trimmed install): the importer then knows fewer names, and still works."""
    from babel import Locale, UnknownLocaleError

    try:
        names: dict[str, str] = getattr(Locale.parse(language), what)
    except (ValueError, UnknownLocaleError, OSError):
        return {}
    return names


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country names in the languages appeals come in (Babel's territory names), folded
    (lower case, no accents) -> English name."""
    english = _babel_locale("en", "territories")
    names: dict[str, str] = {}
    for code, name in english.items():
        if code.isalpha() and len(code) == 2 and code not in _NOT_COUNTRIES:
            names[_fold(name)] = name
    for lang in APPEAL_LANGUAGES[1:]:
        for code, name in _babel_locale(lang, "territories").items():
            if code.isalpha() and len(code) == 2 and code in english and code not in _NOT_COUNTRIES:
                names.setdefault(_fold(name), english[code])
    for code, name in english.items():  # "Congo - Kinshasa" is also "Congo (DRC)"...
        if code.isalpha() and len(code) == 2 and code not in _NOT_COUNTRIES:
            short = re.split(r"\s+[-(]", name)[0]
            names.setdefault(_fold(short), name)
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
            "korea": "South Korea",
            "syrian arab republic": "Syria",
            "russische foderation": "Russia",
            "russische federatie": "Russia",
            "federation de russie": "Russia",
            "federacion de rusia": "Russia",
            "islamic republic of iran": "Iran",
            "viet nam": "Vietnam",
            "lao people's democratic republic": "Laos",
            "myanmar (burma)": "Myanmar (Burma)",
            "burma": "Myanmar (Burma)",
            "prc": "China",
            "rdc": "Congo - Kinshasa",
            "rd congo": "Congo - Kinshasa",
            "drc": "Congo - Kinshasa",
            "republique democratique du congo": "Congo - Kinshasa",
            "republica democratica del congo": "Congo - Kinshasa",
            "democratische republiek congo": "Congo - Kinshasa",
            "demokratische republik kongo": "Congo - Kinshasa",
            "ee uu": "United States",
            "eeuu": "United States",
            "ee. uu.": "United States",
            "e.u.a.": "United States",
            "vs": "United States",
        }
    )
    # names in wide use that Babel has replaced ("Türkiye", "Czechia", "Eswatini")
    for alias, code in _FORMER_NAMES.items():
        if code in english:
            names.setdefault(alias, english[code])
    return names


_FORMER_NAMES = {
    "turkey": "TR",
    "czech republic": "CZ",
    "swaziland": "SZ",
    "ivory coast": "CI",
    "macedonia": "MK",
    "east timor": "TL",
    "cape verde": "CV",
}


def country_name(text: str) -> str:
    """The English name of the country ``text`` names, in any case and in the languages
    appeals come in, formal names too ("ARAB REPUBLIC OF EGYPT"); else ''."""
    key = _fold(text.strip().strip(".,;"))
    if not key or len(key) > 60:
        return ""
    names = _countries()
    found = names.get(key)
    if found is None:
        bare = _FORMAL_RE.sub("", key).strip()
        found = names.get(bare) if bare and bare != key else None
    return found or ""


def country_in(text: str) -> str:
    """A country named anywhere in a short text: 'Prime Minister of Australia',
    'Toluca, Estado de México', "Premier of the People's Republic of China"."""
    words = _fold(text).split()
    for size in (5, 4, 3, 2, 1):
        for start in range(len(words) - size, -1, -1):
            chunk = " ".join(words[start : start + size])
            if len(chunk) < 4 and chunk not in ("uae", "usa"):
                continue
            name = country_name(chunk)
            if name:
                return name
    return ""


# ----------------------------------------------------------------- countries named in prose

# "the Japanese authorities", "die japanischen Behörden", "les autorités japonaises", "las
# autoridades japonesas", "de Japanse autoriteiten": a country's adjective is its name's stem
# ("japan", "egypt", "mexic", "russi") and one of these endings, in the five languages.
_ADJECTIVE_ENDING_RE = re.compile(
    r"(?:i?an|ean|ese|i|e|en[oa]s?|[ai]?sche?[nrs]?|(?:es|an)?ische?[nrs]?|ais|aises?|ois|oises?|"
    r"i?ens?|iennes?|i?anos?|i?anas?|es|esas?|eses|ies|itas?|itos?|se|aanse)"
)
_SHORT_STEM_ENDING_RE = re.compile(r"i?ans?|ese|ois(?:es?)?|(?:es)?isch\w{0,2}|se|sche|es?")
# A country named next to one of these is the one the appeal addresses
_AUTHORITY_WORDS = frozenset(
    {"authorities", "authority", "government", "autorites", "gouvernement", "autoridades"}
    | {"gobierno", "behorden", "regierung", "autoriteiten", "regering", "overheid"}
)
# Country names that are also words or first names ("gana": wins; "Chad"), and "VS"
_COMMON_WORDS = frozenset({"gana", "chad", "vs"})
_SAINTS = frozenset({"san", "santa", "santo", "sao", "saint", "sainte", "st", "sankt", "sint"})
_COMPASS = {"zuid": "south", "sud": "south", "sur": "south", "noord": "north", "nord": "north"}


@lru_cache(maxsize=1)
def _adjective_stems() -> dict[str, str]:
    """Folded stems of one-word country names -> English name: 'japan', 'egypt' ('Egypte',
    'Ägypten'), 'mexic' ('Mexico'), 'chin' ('China', 'Chine'); four letters at least."""
    stems: dict[str, str] = {}
    for key, name in _countries().items():
        if " " in key or "'" in key:
            continue
        vowel = key[:-1] if key[-1] in "aeiouy" else key
        # "Ägypten", "Russie" ("russes", "algériens"), "Egypte", "Japan"
        suffix = key[:-2] if key.endswith(("en", "ie", "as")) else key  # "Honduras": hondureña
        for stem in (key, suffix, vowel):
            if len(stem) >= 4:
                stems.setdefault(stem, name)
    return stems


def _adjective_country(word: str) -> str:
    """'japanese', 'japanischen', 'japonaises', 'egyptische' -> 'Japan', 'Japan', 'Japan',
    'Egypt'; the longest stem wins ('nigerian' is Nigeria's, not Niger's)."""
    stems = _adjective_stems()
    for cut in range(len(word) - 1, 3, -1):
        name = stems.get(word[:cut])
        ending = word[cut:]
        # a four-letter stem ('chin', 'syri') takes only the commonest endings: 'Indiana' is
        # not Indian
        pattern = _SHORT_STEM_ENDING_RE if cut == 4 else _ADJECTIVE_ENDING_RE
        if name and pattern.fullmatch(ending):
            return name
    return ""


def countries_in_prose(text: str) -> dict[str, tuple[int, int]]:
    """Each country the text names (by name, in any of the appeal languages, or by its
    adjective) -> (times named in the same sentence as, and near, "authorities" or
    "government", times named)."""
    found: dict[str, list[int]] = {}
    text = _SECTION_NAME_RE.sub(_without_section_country, text[:50_000])
    for sentence in re.split(r"[.!?;:]\s|\n", text):
        _count_countries(_country_tokens(sentence), found)
    return {name: (cued, count) for name, (cued, count) in found.items()}


# "Amnesty International USA", "Amnistía Internacional España": the section that sends the
# appeal, not the country it is about
_SECTION_NAME_RE = re.compile(
    r"\b((?:Amnesty|Amnist[ií]a|Amnistie|Anistia)(?:\s+Interna[a-z]*)?)"
    r"((?:\s+[^\W\d_][\w-]*){1,3})",
    re.IGNORECASE,
)


def _without_section_country(match: re.Match[str]) -> str:
    words = match.group(2).split()
    for size in range(len(words), 0, -1):
        if words[0][0].isupper() and country_name(" ".join(words[:size])):
            return (
                " ".join([match.group(1), *words[size:]])
                + match.group(2)[len(match.group(2).rstrip()) :]
            )
    return match.group(0)


def _country_tokens(sentence: str) -> list[tuple[str, str]]:
    """(word as written, folded) for each word; "Zuid-Sudan" is "south" and "sudan"."""
    tokens: list[tuple[str, str]] = []
    for word in re.findall(r"[^\W\d_][\w'’-]*", sentence):
        word = re.sub(r"^(?:d|l|qu|j|n|s)['’](?=\w)", "", word, flags=re.IGNORECASE)  # d’Égypte
        key = _fold(word)
        head, dash, rest = key.partition("-")
        if dash and head in _COMPASS and key not in _countries():
            tokens += [(word, _COMPASS[head]), (rest, rest)]
        elif key:
            tokens.append((word, key))
    return tokens


def _count_countries(tokens: list[tuple[str, str]], found: dict[str, list[int]]) -> None:
    names = _countries()
    i = 0
    while i < len(tokens):
        for size in (4, 3, 2, 1):
            if i + size > len(tokens):
                continue
            chunk = " ".join(key for _word, key in tokens[i : i + size])
            word = tokens[i][0]
            name = names.get(chunk) if word[0].isupper() else None
            if name and i and tokens[i - 1][1] in _SAINTS:
                name = None  # "San Salvador" (in Argentina too), "Santo Domingo": a city
            if size == 1 and (chunk in _COMMON_WORDS or (len(chunk) < 4 and not word.isupper())):
                name = None
            if name:
                break
        else:  # "Japanese", "japonaises", "Iranian-Kurd"
            key = tokens[i][1]
            size, name = 1, _adjective_country(key) or _adjective_country(key.split("-")[0])
        if name:
            window = {key for _word, key in tokens[max(0, i - 3) : i + size + 3]}
            found.setdefault(name, [0, 0])
            found[name][0] += bool(window & _AUTHORITY_WORDS)
            found[name][1] += 1
        i += size


def prose_country(text: str) -> str:
    """The country an appeal's prose is about: the one whose authorities it addresses ("the
    Japanese authorities", "de autoriteiten van Zuid-Sudan"), else the one it names most
    ("in Japan"); '' when two are level."""
    ranked = sorted(countries_in_prose(text).items(), key=lambda item: item[1], reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return ""
    return ranked[0][0]


@lru_cache(maxsize=1)
def _language_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for lang in APPEAL_LANGUAGES:
        for code, name in _babel_locale(lang, "languages").items():
            if "_" not in code and len(code) <= 3:
                codes.setdefault(name.lower(), code)
    return codes


def language_name(code: str, display: str = "en") -> str:
    """'es' -> 'Spanish' (or 'espagnol' with display 'fr'); an unknown code comes back as is."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # pragma: no cover
        return code
    try:
        names = Locale.parse(display).languages
    except (ValueError, UnknownLocaleError):
        names = Locale.parse("en").languages
    return str(names.get(code) or code)


def language_code(name: str) -> str:
    """'Spanish' -> 'es'; unknown names come back as given."""
    key = name.strip().strip(".").lower()
    key = re.sub(r"^(?:en|in|auf|en el|in het|het|l'|le|el)\s+", "", key)
    return _language_codes().get(key, name.strip().strip("."))


# The commonest short words of each language an appeal comes in, none shared between two lists
# (a shared word would count for both and tell nothing).
_STOPWORDS = {
    "en": {
        "the",
        "and",
        "of",
        "to",
        "is",
        "that",
        "her",
        "his",
        "their",
        "has",
        "with",
        "was",
        "for",
        "are",
        "been",
        "this",
        "from",
        "have",
        "were",
        "they",
        "you",
        "on",
    },
    "fr": {
        "le",
        "les",
        "et",
        "des",
        "est",
        "une",
        "dans",
        "pour",
        "qui",
        "sur",
        "au",
        "aux",
        "du",
        "il",
        "elle",
        "sont",
        "été",
        "avec",
        "pas",
        "ses",
        "leur",
        "vous",
        "a",
    },
    "es": {
        "el",
        "los",
        "las",
        "y",
        "una",
        "para",
        "por",
        "con",
        "del",
        "su",
        "sus",
        "fue",
        "lo",
        "al",
        "ha",
        "han",
        "como",
        "más",
        "pero",
        "sido",
        "ser",
        "usted",
    },
    "de": {
        "der",
        "die",
        "und",
        "den",
        "das",
        "ist",
        "nicht",
        "mit",
        "sich",
        "ein",
        "eine",
        "auf",
        "für",
        "wurde",
        "sie",
        "von",
        "zu",
        "dem",
        "auch",
        "ihr",
        "ihre",
        "wir",
    },
    "nl": {
        "het",
        "een",
        "van",
        "niet",
        "zijn",
        "voor",
        "met",
        "ook",
        "wordt",
        "werd",
        "hij",
        "naar",
        "bij",
        "om",
        "uit",
        "tot",
        "heeft",
        "deze",
        "wij",
        "ze",
        "dat",
        "je",
    },
    "pt": {"os", "não", "uma", "com", "são", "pelo", "pela", "foi", "dos", "das", "ao", "seu"},
}


def guess_language(text: str) -> str:
    """The language most of ``text`` is written in (by its commonest words); English when
    nothing tells."""
    language, _evidence = language_evidence(text)
    return language


def language_evidence(text: str) -> tuple[str, int]:
    """(the likeliest language, how many of its common words ``text`` has)."""
    words = re.findall(r"[a-zà-ÿ]+", text[:20000].lower())
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return (best, scores[best]) if scores[best] > 0 else ("en", 0)


def _salutation_language(text: str, preferred: Iterable[str], fallback: str) -> str:
    low = text.lower()
    if re.match(r"^(estimad|señor|excelent|querid|excm|sr\.|sra\.)", low):
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
