"""Typography per language: apostrophes, quotation marks, French spacing and elision.

Applied to the template wordings when the letter is made and to the writer's own text, so a
volunteer who types ``l'ONU`` or ``" ;"`` gets what a careful typesetter would set. Every function
is idempotent: typesetting typeset text changes nothing.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"  # a word space that does not break: before « : » and inside « » in French
NNBSP = "\u202f"  # a narrow one: before « ; ? ! » in French

# Opening and closing double (and single) quotation marks per language.
QUOTES: dict[str, tuple[str, str, str, str]] = {
    "en": ("“", "”", "‘", "’"),
    "fr": ("«" + NBSP, NBSP + "»", "“", "”"),
    "es": ("«", "»", "“", "”"),
    "de": ("„", "“", "‚", "‘"),
    "ru": ("«", "»", "„", "“"),
}

_LETTER = r"[^\W\d_]"
_APOSTROPHE = re.compile(rf"(?<=[\w.])'(?={_LETTER})|(?<={_LETTER})'(?=\W|$)|(?<=\s)'(?=\d\d\b)")
_DOUBLE = re.compile(r'"([^"\n]*)"')
_SINGLE = re.compile(r"(?<![\w’])'(?=\w)([^'\n]*?\w[.!?]?)'(?!\w)")
_SPACED_HYPHEN = re.compile(r"(?<=\S) -{1,2} (?=\S)")
_SPACED_DASH = re.compile(r"(?<=\S) ([–—]) (?=\S)")
_FR_BEFORE_TIGHT = re.compile(r"(?<=[\w.\)\]»’”%…])[ \t\u00a0\u202f]*([;?!])")
_FR_BEFORE_COLON = re.compile(r"(?<=[\w.\)\]»’”%…])[ \t\u00a0\u202f]*:(?!\d|//)")
_FR_OPEN_GUILLEMET = re.compile(r"«[ \t\u00a0\u202f]*")
_FR_CLOSE_GUILLEMET = re.compile(r"[ \t\u00a0\u202f]*»")


def base_language(language: str) -> str:
    return language.replace("_", "-").split("-", 1)[0].lower()


def smart_quotes(text: str, language: str) -> str:
    """Straight apostrophes and quotation marks made typographic, in the language's style."""
    lang = base_language(language)
    open_d, close_d, open_s, close_s = QUOTES.get(lang, QUOTES["en"])
    text = _DOUBLE.sub(lambda m: f"{open_d}{m.group(1).strip()}{close_d}", text)
    text = _SINGLE.sub(lambda m: f"{open_s}{m.group(1)}{close_s}", text)
    return _APOSTROPHE.sub("’", text).replace("'", "’")


def french_spacing(text: str) -> str:
    """Non-breaking spaces before « ; ? ! » (narrow) and « : » (word), and inside « »."""
    text = _FR_OPEN_GUILLEMET.sub("«" + NBSP, text)
    text = _FR_CLOSE_GUILLEMET.sub(NBSP + "»", text)
    text = _FR_BEFORE_TIGHT.sub(lambda m: NNBSP + m.group(1), text)
    text = _FR_BEFORE_COLON.sub(NBSP + ":", text)
    # "?!" and "!!" keep their marks together.
    return re.sub(f"([?!]){NNBSP}([?!])", r"\1\2", text)


def typeset(text: str, language: str) -> str:
    """The text as a typesetter would set it in ``language`` (idempotent)."""
    if not text:
        return text
    lang = base_language(language)
    text = smart_quotes(text, lang)
    text = text.replace("...", "…")
    # A spaced hyphen is a dash: "– " in every letter language (English as in Canada and Britain).
    text = _SPACED_HYPHEN.sub(" – ", text)
    if lang == "ru":
        text = re.sub(f"(?<=[ {NBSP}])–(?= )", "—", text)  # Russian sets a spaced em dash
    # A spaced dash stays with the word before it: no line starts with a dash.
    text = _SPACED_DASH.sub(NBSP + r"\1 ", text)
    if lang == "fr":
        text = french_spacing(text)
    return text


_OPENING_CONTEXT = "([{<«„“‘—–-/"
_URL_SCHEME = re.compile(r"(?:https?|ftp|mailto|file)$", re.IGNORECASE)


def as_typed(before: str, char: str, language: str) -> tuple[int, str] | None:
    """What AutoCorrect makes of ``char`` typed after ``before`` (the text left of the cursor
    on its line), so the screen shows what the page will: how many characters before the
    cursor to replace and the text to put in their place, or None to keep ``char`` as typed.

    Straight quotes and apostrophes become the language's; in French, « ; ? ! » get a narrow
    no-break space before them and « : » a no-break space (times and web addresses excepted).
    """
    lang = base_language(language)
    open_d, close_d, open_s, close_s = QUOTES.get(lang, QUOTES["en"])
    prev = before[-1:]
    opening = not prev or prev.isspace() or prev in _OPENING_CONTEXT
    if char == "'":
        if opening:
            return (0, open_s)
        # After a letter it is an apostrophe; after punctuation it closes an open quotation.
        pending = before.rfind(open_s) > before.rfind(close_s) if open_s != close_s else False
        return (0, close_s if pending and not prev.isalnum() else "’")
    if char == '"':
        if opening:
            return (0, open_d)
        if lang == "fr" and prev == " ":
            return (1, close_d)
        return (0, close_d)
    if lang != "fr" or char not in ";?!:" or not prev:
        return None
    if prev in "?!" or (char == ":" and (prev.isdigit() or _URL_SCHEME.search(before))):
        return None
    space = NBSP if char == ":" else NNBSP
    if prev in (" ", NBSP, NNBSP):
        return (1, space + char) if len(before) > 1 and not before[-2].isspace() else None
    if prev.isalnum() or prev in ".)]»’”%…":
        return (0, space + char)
    return None


def typeset_name(text: str) -> str:
    """Names and address lines: typographic apostrophes only; spacing is the writer's (Canada
    Post's two spaces before the postal code stay)."""
    return _APOSTROPHE.sub("’", text).replace("'", "’")


# --------------------------------------------------------------------------- French elision

_VOWEL_START = re.compile(r"^[aeiouyàâäéèêëîïôöûùüÿœæh]", re.IGNORECASE)


def _article_split(place: str) -> tuple[str, str]:
    """('le', 'Havre') for 'Le Havre'; ('', 'Ottawa') for a name without an article."""
    for article in ("Les ", "Le ", "La ", "L’", "L'"):
        if place.startswith(article):
            return article.strip().rstrip("’'").lower(), place[len(article) :]
    return "", place


def french_de(text: str) -> str:
    """« de » before a name or an infinitive, elided or contracted: d’Ottawa, du Havre, des Ulis,
    de La Rochelle, d’accorder, de veiller."""
    text = text.strip()
    article, rest = _article_split(text)
    if article == "le":
        return f"du {rest}"
    if article == "les":
        return f"des {rest}"
    if article in ("la", "l"):
        return f"de {text.replace(chr(39), '’')}"
    return f"d’{text}" if _VOWEL_START.match(text) else f"de {text}"


def french_a(text: str) -> str:
    """« à » before a name, contracted: à Ottawa, au Havre, aux Ulis, à La Rochelle."""
    text = text.strip()
    article, rest = _article_split(text)
    if article == "le":
        return f"au {rest}"
    if article == "les":
        return f"aux {rest}"
    return f"à {text}"
